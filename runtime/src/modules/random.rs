//! `random`: CPython's Mersenne Twister (MT19937) and the functions of its `random` module,
//! giving the same sequence as CPython after the same integer `seed`.
// Conversions to `Float` are casts to the same type on a 64-bit-float build.
#![allow(clippy::unnecessary_cast)]

use crate::bigint::{BigInt, BigUint};
use crate::exc::*;
use crate::float::{new_float, Float};
use crate::func::{Kw, NativeObj, ANY};
use crate::int::{as_int, from_big, Int};
use crate::object::*;
use crate::ops::{self, binop};
use crate::value::*;
use alloc::string::String;
use alloc::vec::Vec;

const N: usize = 624;
const M: usize = 397;

/// The generator's state, on the heap: made at the first use of the module, so that a program
/// without `random` keeps its 2.5 KB of RAM.
#[repr(C)]
struct MtObj {
    header: Header,
    index: usize,
    mt: [u32; N],
    /// `gauss()`'s second value, kept for its next call (`has_gauss`).
    gauss_next: f64,
    has_gauss: bool,
}

static STATE: Global<Value> = Global::new(0);

/// Keeps the state alive across collections.
pub fn mark_roots(mark: &mut dyn FnMut(usize)) {
    mark(*STATE.get());
}

/// The state, seeded from the clock at its first use unless that use is `seed(n)`.
fn state() -> R<&'static mut MtObj> {
    if *STATE.get() == 0 {
        seed_varying(new_state()?);
    }
    Ok(unsafe { body(*STATE.get()) })
}

fn new_state() -> R<&'static mut MtObj> {
    // Built in place (zeroed by the allocator): 2.5 KB would not fit a generator's stack.
    let p = alloc_obj(&OBJECT_TYPE, core::mem::size_of::<MtObj>(), crate::gc::LEAF)?;
    *STATE.get() = p as Value;
    Ok(unsafe { body(p as Value) })
}

impl MtObj {
    fn init_genrand(&mut self, s: u32) {
        self.mt[0] = s;
        for i in 1..N {
            self.mt[i] = 1812433253u32.wrapping_mul(self.mt[i - 1] ^ (self.mt[i - 1] >> 30)).wrapping_add(i as u32);
        }
        self.index = N;
    }

    fn init_by_array(&mut self, key: &[u32]) {
        self.init_genrand(19650218);
        let mt = &mut self.mt;
        let (mut i, mut j) = (1, 0);
        for _ in 0..N.max(key.len()) {
            let prev = mt[i - 1] ^ (mt[i - 1] >> 30);
            mt[i] = (mt[i] ^ prev.wrapping_mul(1664525)).wrapping_add(key[j]).wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            let prev = mt[i - 1] ^ (mt[i - 1] >> 30);
            mt[i] = (mt[i] ^ prev.wrapping_mul(1566083941)).wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = 0x8000_0000;
    }

    fn next_u32(&mut self) -> u32 {
        const UPPER: u32 = 0x8000_0000;
        const LOWER: u32 = 0x7fff_ffff;
        let mag = |y: u32| if y & 1 != 0 { 0x9908_b0df } else { 0 };
        if self.index >= N {
            let mt = &mut self.mt;
            for k in 0..N {
                let y = (mt[k] & UPPER) | (mt[(k + 1) % N] & LOWER);
                mt[k] = mt[(k + M) % N] ^ (y >> 1) ^ mag(y);
            }
            self.index = 0;
        }
        let mut y = self.mt[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    /// `getrandbits(k)` for k ≤ 128, as CPython assembles it: 32-bit words, least significant
    /// first, the last one shifted down to the bits left.
    fn bits_u128(&mut self, k: u32) -> u128 {
        if k <= 32 {
            return if k == 0 { 0 } else { (self.next_u32() >> (32 - k)) as u128 };
        }
        let (mut r, mut left, mut shift) = (0u128, k, 0);
        while left > 0 {
            let mut w = self.next_u32();
            if left < 32 {
                w >>= 32 - left;
            }
            r |= (w as u128) << shift;
            shift += 32;
            left = left.saturating_sub(32);
        }
        r
    }

    /// `k` random bits, in a buffer of just their size (MemoryError where the heap has no room
    /// for it: a buffer grown by doubling could outgrow what the caller's room check allowed).
    fn bits_big(&mut self, k: u64) -> R<BigUint> {
        let mut words = crate::reserve::vec_with(k.div_ceil(32) as usize)?;
        let mut left = k;
        while left > 0 {
            let mut w = self.next_u32();
            if left < 32 {
                w >>= 32 - left;
            }
            words.push(w);
            left = left.saturating_sub(32);
        }
        Ok(BigUint::new(words))
    }

    /// `_randbelow(n)`: draws bit_length(n) bits until the value is below n.
    fn below_u128(&mut self, n: u128) -> u128 {
        let k = 128 - n.leading_zeros();
        loop {
            let r = self.bits_u128(k);
            if r < n {
                return r;
            }
        }
    }

    fn below_big(&mut self, n: &BigUint) -> R<BigUint> {
        loop {
            let r = self.bits_big(n.bits())?;
            if &r < n {
                return Ok(r);
            }
        }
    }

    /// `random()`: 53 random bits scaled into [0, 1).
    fn random(&mut self) -> f64 {
        let a = (self.next_u32() >> 5) as f64;
        let b = (self.next_u32() >> 6) as f64;
        (a * 67108864.0 + b) * (1.0 / 9007199254740992.0)
    }
}

/// Seeds from the clock, as `seed()` without an argument.
fn seed_varying(s: &mut MtObj) {
    #[cfg(not(target_os = "none"))]
    let key = {
        let t = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
        [t.as_nanos() as u32, (t.as_nanos() >> 32) as u32, std::process::id()]
    };
    // (Not `micros`: it is the marker the perf_bench harness counts between.)
    #[cfg(target_os = "none")]
    let key = [crate::board::millis()];
    s.init_by_array(&key);
}

/// The arguments of a function CPython's `random.py` defines in Python (`Random.name(self,
/// …)`): positional or keyword, with its TypeErrors. Returns one slot per parameter.
fn bind<const P: usize>(a: &[Value], kw: &Kw, name: &str, params: [&str; P], required: usize) -> R<[Option<Value>; P]> {
    let mut out = [None; P];
    if a.len() > P {
        let takes = if required == P {
            alloc::format!("{} positional arguments", P + 1)
        } else {
            alloc::format!("from {} to {} positional arguments", required + 1, P + 1)
        };
        return Err(raise(&TYPE_ERROR, alloc::format!("Random.{name}() takes {takes} but {} were given", a.len() + 1)));
    }
    for (slot, &v) in out.iter_mut().zip(a) {
        *slot = Some(v);
    }
    for (&n, &v) in kw.names.iter().zip(kw.values) {
        let n = crate::str::as_str(n).unwrap_or("");
        match params.iter().position(|&p| p == n) {
            Some(i) if out[i].is_some() => {
                return Err(raise(
                    &TYPE_ERROR,
                    alloc::format!("Random.{name}() got multiple values for argument '{n}'"),
                ))
            }
            Some(i) => out[i] = Some(v),
            None => {
                return Err(raise(
                    &TYPE_ERROR,
                    alloc::format!("Random.{name}() got an unexpected keyword argument '{n}'"),
                ))
            }
        }
    }
    let missing: Vec<&str> = (0..required).filter(|&i| out[i].is_none()).map(|i| params[i]).collect();
    if !missing.is_empty() {
        let names = match missing.as_slice() {
            [one] => alloc::format!("'{one}'"),
            [rest @ .., last] => {
                let rest: Vec<String> = rest.iter().map(|n| alloc::format!("'{n}'")).collect();
                alloc::format!("{} and '{last}'", rest.join(", "))
            }
            [] => unreachable!(),
        };
        return Err(raise(
            &TYPE_ERROR,
            alloc::format!(
                "Random.{name}() missing {} required positional argument{}: {names}",
                missing.len(),
                if missing.len() == 1 { "" } else { "s" }
            ),
        ));
    }
    Ok(out)
}

fn int_of(v: Value) -> R<Value> {
    crate::int::int_new(&[INT_TYPE.as_value(), v], &Kw::NONE)
}

/// A randrange bound: an int, or (as CPython still accepts) a number equal to one.
fn range_arg(v: Value, which: &str) -> R<BigInt> {
    if let Some(i) = as_int(v) {
        return Ok(i.to_big());
    }
    let i = int_of(v)?;
    if !ops::eq(i, v)? {
        return Err(raise(&VALUE_ERROR, alloc::format!("non-integer {which} for randrange()")));
    }
    Ok(as_int(i).expect("int() gives an int").to_big())
}

/// `start + step * _randbelow(n)` for n > 0.
fn pick(s: &mut MtObj, start: &BigInt, step: &BigInt, n: &BigInt) -> R {
    let r = match n.to_u128() {
        Some(n) => BigInt::from(s.below_u128(n)),
        None => BigInt::from_biguint(false, s.below_big(n.magnitude())?),
    };
    from_big(start + step * r)
}

fn randrange(s: &mut MtObj, start: Value, stop: Option<Value>, step: Option<Value>) -> R {
    // The common case, `randrange(n)` with a small n, without big ints.
    if let (Some(Int::Small(n)), None, None) = (as_int(start), stop, step) {
        if n > 0 {
            return crate::int::from_i64(s.below_u128(n as u128) as i64);
        }
    }
    let istart = range_arg(start, "arg 1")?;
    let Some(stop) = stop.filter(|&v| v != NONE) else {
        if step.is_some_and(|v| v != small(1)) {
            return Err(raise(&TYPE_ERROR, "Missing a non-None stop argument"));
        }
        if istart.is_positive() {
            return pick(s, &BigInt::zero(), &BigInt::from(1), &istart);
        }
        return Err(raise(&VALUE_ERROR, "empty range for randrange()"));
    };
    let istop = range_arg(stop, "stop")?;
    let width = &istop - &istart;
    let istep = match step {
        Some(v) => range_arg(v, "step")?,
        None => BigInt::from(1),
    };
    if istep == BigInt::from(1) {
        if width.is_positive() {
            return pick(s, &istart, &istep, &width);
        }
        return Err(raise(&VALUE_ERROR, alloc::format!("empty range for randrange() ({istart}, {istop}, {width})")));
    }
    let n = if istep.is_positive() {
        (&width + &istep - 1i64).div_floor(&istep)
    } else if istep.is_negative() {
        (&width + &istep + 1i64).div_floor(&istep)
    } else {
        return Err(raise(&VALUE_ERROR, "zero step for randrange()"));
    };
    if !n.is_positive() {
        return Err(raise(&VALUE_ERROR, "empty range for randrange()"));
    }
    pick(s, &istart, &istep, &n)
}

fn seed(a: Value) -> R {
    // The key first: a seed that raises leaves the state as it was.
    let key = if a == NONE { None } else { Some(seed_key(a)?) };
    let s = match *STATE.get() {
        0 => new_state()?,
        v => unsafe { body(v) },
    };
    reseed(s, key);
    Ok(NONE)
}

/// `seed(a)` of state `s` (a `Random`'s).
fn seed_into(s: &mut MtObj, a: Value) -> R {
    let key = if a == NONE { None } else { Some(seed_key(a)?) };
    reseed(s, key);
    Ok(NONE)
}

fn reseed(s: &mut MtObj, key: Option<Vec<u32>>) {
    s.has_gauss = false;
    match key {
        Some(key) => s.init_by_array(&key),
        None => seed_varying(s),
    }
}

/// The key `init_by_array` takes for `seed(a)`: |a|'s 32-bit words, least significant first.
fn seed_key(a: Value) -> R<Vec<u32>> {
    let n = match as_int(a) {
        // (A big one's digits are the key: copied once, fallibly.)
        Some(crate::int::Int::Big(b)) => return crate::reserve::copied(b.mag),
        Some(i) => i.to_big().magnitude().clone(),
        // CPython seeds a float with its hash, as an unsigned 64-bit word.
        None if crate::float::as_float(a).is_some() => {
            BigUint::from(crate::pyhash::float_hash(crate::float::as_float(a).expect("a float").value) as u64)
        }
        // As CPython's version 2: the bytes (a str's UTF-8) followed by their SHA-512, read as
        // one big-endian number.
        None if crate::str::as_str(a).is_some() || crate::bytes::bytes_of(a).is_some() => {
            let b = crate::str::as_str(a).map(str::as_bytes).or_else(|| crate::bytes::bytes_of(a)).unwrap_or(&[]);
            // (Little-endian: the digest reversed first, then the bytes.)
            let mut all = crate::reserve::vec_with(b.len() + 64)?;
            all.extend(sha512(b).iter().rev());
            all.extend(b.iter().rev());
            BigUint::from_bytes_le(&all)
        }
        None => {
            return Err(raise(
                &TYPE_ERROR,
                "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.",
            ))
        }
    };
    let mut key = crate::reserve::copied(n.digits())?;
    if key.is_empty() {
        key.push(0);
    }
    Ok(key)
}

/// `random()` at the board's float width; never 1.0, which rounding to f32 could give.
fn random_float(s: &mut MtObj) -> R {
    let x = s.random() as Float;
    new_float(if x < 1.0 { x } else { 1.0 - Float::EPSILON / 2.0 })
}

fn choice(s: &mut MtObj, a: &[Value], kw: &Kw) -> R {
    let [seq] = bind(a, kw, "choice", ["seq"], 1)?;
    let seq = seq.expect("required");
    let n = ops::len(seq)?;
    if n == 0 {
        return Err(raise(&INDEX_ERROR, "Cannot choose from an empty sequence"));
    }
    let i = s.below_u128(n as u128);
    ops::getitem(seq, small(i as isize))
}

fn getrandbits(s: &mut MtObj, a: &[Value], kw: &Kw) -> R {
    kw.only("Random.getrandbits", &[])?;
    if a.len() != 1 {
        return Err(raise(
            &TYPE_ERROR,
            alloc::format!("Random.getrandbits() takes exactly one argument ({} given)", a.len()),
        ));
    }
    let k = crate::int::index_of(a[0], "k")?;
    if k < 0 {
        return Err(raise(&VALUE_ERROR, "number of bits must be non-negative"));
    }
    if k <= 128 {
        from_big(BigInt::from(s.bits_u128(k as u32)))
    } else {
        crate::reserve::room_for_int(k as u64)?;
        from_big(BigInt::from_biguint(false, s.bits_big(k as u64)?))
    }
}

fn randint(s: &mut MtObj, a: &[Value], kw: &Kw) -> R {
    let [lo, hi] = bind(a, kw, "randint", ["a", "b"], 2)?;
    let hi = ops::add(hi.expect("required"), small(1))?;
    randrange(s, lo.expect("required"), Some(hi), None)
}

fn random(s: &mut MtObj, a: &[Value], kw: &Kw) -> R {
    kw.only("Random.random", &[])?;
    if !a.is_empty() {
        return Err(raise(&TYPE_ERROR, alloc::format!("Random.random() takes no arguments ({} given)", a.len())));
    }
    random_float(s)
}

fn randrange_fn(s: &mut MtObj, a: &[Value], kw: &Kw) -> R {
    let [start, stop, step] = bind(a, kw, "randrange", ["start", "stop", "step"], 1)?;
    randrange(s, start.expect("required"), stop, step)
}

fn shuffle(s: &mut MtObj, a: &[Value], kw: &Kw) -> R {
    let [x] = bind(a, kw, "shuffle", ["x"], 1)?;
    let x = x.expect("required");
    let n = ops::len(x)?;
    for i in (1..n).rev() {
        let j = s.below_u128(i as u128 + 1) as usize;
        // (A list subclass's `__len__` may say more than it holds: then the general path's
        // IndexError.)
        if kind_of(x) == Kind::List && i < crate::list::list_items(x).len() {
            crate::list::list_items(x).swap(i, j);
        } else {
            let (xi, xj) = (ops::getitem(x, small(i as isize))?, ops::getitem(x, small(j as isize))?);
            ops::setitem(x, small(i as isize), xj)?;
            ops::setitem(x, small(j as isize), xi)?;
        }
    }
    Ok(NONE)
}

fn uniform(s: &mut MtObj, a: &[Value], kw: &Kw) -> R {
    let [lo, hi] = bind(a, kw, "uniform", ["a", "b"], 2)?;
    let (lo, hi) = (lo.expect("required"), hi.expect("required"));
    let width = ops::binary(binop::SUB, hi, lo)?;
    let r = random_float(s)?;
    ops::binary(binop::ADD, lo, ops::binary(binop::MUL, width, r)?)
}

/// A number argument as a float.
fn real(v: Value) -> R<f64> {
    match crate::float::to_float(v)? {
        Some(f) => Ok(f as f64),
        None => Err(raise(&TYPE_ERROR, alloc::format!("must be real number, not {}", type_name(v)))),
    }
}

fn float(x: f64) -> R {
    new_float(x as Float)
}

fn ln(x: f64) -> f64 {
    crate::fltmath::log(x as Float) as f64
}

/// `sample(population, k, *, counts=None)`: CPython's algorithm (a pool for small
/// populations, else a set of chosen indices), so a seeded run picks what CPython picks.
fn sample(s: &mut MtObj, a: &[Value], kw: &Kw) -> R {
    let [pop, k, counts] = bind(a, kw, "sample", ["population", "k", "counts"], 2)?;
    let (pop, k) = (pop.expect("required"), k.expect("required"));
    let sequence = matches!(
        kind_of(pop),
        Kind::List
            | Kind::Tuple
            | Kind::Str
            | Kind::Bytes
            | Kind::ByteArray
            | Kind::Range
            | Kind::MemoryView
            | Kind::Array
    );
    if !sequence {
        return Err(raise(&TYPE_ERROR, "Population must be a sequence.  For dicts or sets, use sorted(d)."));
    }
    let n = ops::len(pop)?;
    let k = crate::int::index_of(k, "k")?;
    if let Some(counts) = counts.filter(|&c| c != NONE) {
        let mut cum = Vec::new();
        let mut total: i64 = 0;
        crate::iter::for_each(counts, |c| {
            if as_int(c).is_none() {
                return Err(raise(&TYPE_ERROR, "Counts must be integers"));
            }
            total = total.saturating_add(crate::int::index_of(c, "counts")? as i64);
            crate::reserve::push(&mut cum, total)
        })?;
        if cum.len() != n {
            return Err(raise(&VALUE_ERROR, "The number of counts does not match the population"));
        }
        cum.pop();
        if total <= 0 {
            return Err(raise(&VALUE_ERROR, "Total of counts must be greater than zero"));
        }
        let total = usize::try_from(total).map_err(|_| raise(&OVERFLOW_ERROR, "Total of counts is too large"))?;
        let out = crate::list::new_list(&[])?;
        sample_indices(s, total, k, |p| {
            let i = cum.partition_point(|&c| c <= p as i64);
            crate::list::push(out, ops::getitem(pop, small(i as isize))?)
        })?;
        return Ok(out);
    }
    let out = crate::list::new_list(&[])?;
    sample_indices(s, n, k, |i| crate::list::push(out, ops::getitem(pop, small(i as isize))?))?;
    Ok(out)
}

/// The indices `sample` picks from a population of `n`, in order, each to `emit` (which
/// keeps what it makes where the collector sees it, and fails with MemoryError when full).
fn sample_indices(s: &mut MtObj, n: usize, k: isize, mut emit: impl FnMut(usize) -> R<()>) -> R<()> {
    if k < 0 || k as usize > n {
        return Err(raise(&VALUE_ERROR, "Sample larger than population or is negative"));
    }
    let k = k as usize;
    // (A list of n beats a set of k below this size: CPython's measure, in its own words.)
    let mut setsize = 21usize;
    if k > 5 {
        let e = libm::ceil(ln(k as f64 * 3.0) / ln(4.0));
        setsize = setsize.saturating_add(4usize.saturating_pow(e as u32));
    }
    if n <= setsize {
        let mut pool: Vec<usize> = crate::reserve::vec_with(n)?;
        pool.extend(0..n);
        for i in 0..k {
            let j = s.below_u128((n - i) as u128) as usize;
            emit(pool[j])?;
            pool[j] = pool[n - i - 1];
        }
    } else {
        // The picks so far, in an open-addressed table at most half full, taken whole at the
        // start (a MemoryError, not a failure of the Rust allocator, when there is no room).
        let size = (2 * k + 1).next_power_of_two();
        let mut selected: Vec<usize> = crate::reserve::vec_with(size)?;
        selected.resize(size, usize::MAX);
        for _ in 0..k {
            loop {
                let j = s.below_u128(n as u128) as usize;
                let mut at = j.wrapping_mul(0x9E37_79B9) & (size - 1);
                while selected[at] != usize::MAX && selected[at] != j {
                    at = (at + 1) & (size - 1);
                }
                if selected[at] == usize::MAX {
                    emit(j)?;
                    selected[at] = j;
                    break;
                }
            }
        }
    }
    Ok(())
}

/// `choices(population, weights=None, *, cum_weights=None, k=1)`, as CPython picks them.
fn choices(s: &mut MtObj, a: &[Value], kw: &Kw) -> R {
    let [pop, weights, cum_weights, k] = bind(a, kw, "choices", ["population", "weights", "cum_weights", "k"], 1)?;
    let pop = pop.expect("required");
    let n = ops::len(pop)?;
    let k = match k {
        Some(k) => crate::int::index_of(k, "k")?.max(0) as usize,
        None => 1,
    };
    let out = crate::list::new_list(&[])?;
    let (weights, cum_weights) = (weights.filter(|&w| w != NONE), cum_weights.filter(|&w| w != NONE));
    let cum: Vec<f64> = match (weights, cum_weights) {
        (None, None) => {
            for _ in 0..k {
                let i = libm::floor(s.random() * n as f64) as isize;
                crate::list::push(out, ops::getitem(pop, small(i))?)?;
            }
            return Ok(out);
        }
        (Some(_), Some(_)) => return Err(raise(&TYPE_ERROR, "Cannot specify both weights and cumulative weights")),
        (Some(w), None) => {
            // (Each running total as a float at once: the objects are not kept anywhere the
            // collector would see them.)
            let mut acc = Vec::new();
            let mut total = None;
            crate::iter::for_each(w, |x| {
                let t = match total {
                    None => x,
                    Some(t) => ops::add(t, x)?,
                };
                total = Some(t);
                crate::reserve::push(&mut acc, real(t)?)
            })?;
            acc
        }
        (None, Some(c)) => {
            let mut acc = Vec::new();
            crate::iter::for_each(c, |x| crate::reserve::push(&mut acc, real(x)?))?;
            acc
        }
    };
    if cum.len() != n {
        return Err(raise(&VALUE_ERROR, "The number of weights does not match the population"));
    }
    let total = cum.last().copied().unwrap_or(0.0);
    if total <= 0.0 {
        return Err(raise(&VALUE_ERROR, "Total of weights must be greater than zero"));
    }
    if !total.is_finite() {
        return Err(raise(&VALUE_ERROR, "Total of weights must be finite"));
    }
    let hi = n - 1;
    for _ in 0..k {
        let x = s.random() * total;
        let i = cum[..hi].partition_point(|&c| c <= x);
        crate::list::push(out, ops::getitem(pop, small(i as isize))?)?;
    }
    Ok(out)
}

/// `gauss(mu=0.0, sigma=1.0)`: Box-Muller, its second value kept for the next call.
fn gauss(s: &mut MtObj, a: &[Value], kw: &Kw) -> R {
    let [mu, sigma] = bind(a, kw, "gauss", ["mu", "sigma"], 0)?;
    let (mu, sigma) = (mu.map_or(Ok(0.0), real)?, sigma.map_or(Ok(1.0), real)?);
    let z = if s.has_gauss {
        s.has_gauss = false;
        s.gauss_next
    } else {
        let x2pi = s.random() * core::f64::consts::TAU;
        let g2rad = libm::sqrt(-2.0 * ln(1.0 - s.random()));
        s.gauss_next = crate::fltmath::sin(x2pi as Float) as f64 * g2rad;
        s.has_gauss = true;
        crate::fltmath::cos(x2pi as Float) as f64 * g2rad
    };
    float(mu + z * sigma)
}

/// `normalvariate(mu=0.0, sigma=1.0)`: Kinderman and Monahan's ratio method, as CPython's.
fn normalvariate(s: &mut MtObj, a: &[Value], kw: &Kw) -> R {
    let [mu, sigma] = bind(a, kw, "normalvariate", ["mu", "sigma"], 0)?;
    let (mu, sigma) = (mu.map_or(Ok(0.0), real)?, sigma.map_or(Ok(1.0), real)?);
    let magic = 4.0 * crate::fltmath::exp(-0.5 as Float) as f64 / libm::sqrt(2.0);
    let z = loop {
        let u1 = s.random();
        let u2 = 1.0 - s.random();
        let z = magic * (u1 - 0.5) / u2;
        if z * z / 4.0 <= -ln(u2) {
            break z;
        }
    };
    float(mu + z * sigma)
}

fn expovariate(s: &mut MtObj, a: &[Value], kw: &Kw) -> R {
    let [lambd] = bind(a, kw, "expovariate", ["lambd"], 1)?;
    let lambd = real(lambd.expect("required"))?;
    if lambd == 0.0 {
        return Err(raise(&ZERO_DIVISION_ERROR, "float division by zero"));
    }
    float(-ln(1.0 - s.random()) / lambd)
}

fn triangular(s: &mut MtObj, a: &[Value], kw: &Kw) -> R {
    let [low_v, high, mode] = bind(a, kw, "triangular", ["low", "high", "mode"], 0)?;
    let (mut low, mut high) = (low_v.map_or(Ok(0.0), real)?, high.map_or(Ok(1.0), real)?);
    let mut u = s.random();
    let mut c = match mode.filter(|&m| m != NONE) {
        None => 0.5,
        Some(m) if high != low => (real(m)? - low) / (high - low),
        // (CPython's ZeroDivisionError path: `low` as it was given.)
        Some(_) => return low_v.map_or_else(|| float(low), Ok),
    };
    if u > c {
        u = 1.0 - u;
        c = 1.0 - c;
        core::mem::swap(&mut low, &mut high);
    }
    float(low + (high - low) * libm::sqrt(u * c))
}

fn lognormvariate(s: &mut MtObj, a: &[Value], kw: &Kw) -> R {
    let z = normalvariate(s, a, kw)?;
    float(crate::fltmath::exp(crate::float::as_float(z).map_or(0.0, |f| f.value)) as f64)
}

fn paretovariate(s: &mut MtObj, a: &[Value], kw: &Kw) -> R {
    let [alpha] = bind(a, kw, "paretovariate", ["alpha"], 1)?;
    let alpha = real(alpha.expect("required"))?;
    if alpha == 0.0 {
        return Err(raise(&ZERO_DIVISION_ERROR, "float division by zero"));
    }
    let u = 1.0 - s.random();
    float(crate::fltmath::pow(u as Float, (-1.0 / alpha) as Float) as f64)
}

fn weibullvariate(s: &mut MtObj, a: &[Value], kw: &Kw) -> R {
    let [alpha, beta] = bind(a, kw, "weibullvariate", ["alpha", "beta"], 2)?;
    let (alpha, beta) = (real(alpha.expect("required"))?, real(beta.expect("required"))?);
    if beta == 0.0 {
        return Err(raise(&ZERO_DIVISION_ERROR, "float division by zero"));
    }
    let u = 1.0 - s.random();
    float(alpha * crate::fltmath::pow(-ln(u) as Float, (1.0 / beta) as Float) as f64)
}

/// `gammavariate(alpha, beta)`'s draw, as CPython's: Cheng's algorithm GB for alpha > 1, the
/// exponential for 1, Ahrens and Dieter's GS below.
fn gamma_draw(s: &mut MtObj, alpha: f64, beta: f64) -> R<f64> {
    if alpha <= 0.0 || beta <= 0.0 {
        return Err(raise(&VALUE_ERROR, "gammavariate: alpha and beta must be > 0.0"));
    }
    let exp = |x: f64| crate::fltmath::exp(x as Float) as f64;
    let pow = |x: f64, y: f64| crate::fltmath::pow(x as Float, y as Float) as f64;
    if alpha > 1.0 {
        let ainv = libm::sqrt(2.0 * alpha - 1.0);
        let (bbb, ccc) = (alpha - ln(4.0), alpha + ainv);
        let magic = 1.0 + ln(4.5);
        loop {
            let u1 = s.random();
            if !(1e-7 < u1 && u1 < 0.9999999) {
                continue;
            }
            let u2 = 1.0 - s.random();
            let v = ln(u1 / (1.0 - u1)) / ainv;
            let x = alpha * exp(v);
            let z = u1 * u1 * u2;
            let r = bbb + ccc * v - x;
            if r + magic - 4.5 * z >= 0.0 || r >= ln(z) {
                return Ok(x * beta);
            }
        }
    }
    if alpha == 1.0 {
        return Ok(-ln(1.0 - s.random()) * beta);
    }
    let e = core::f64::consts::E;
    loop {
        let u = s.random();
        let b = (e + alpha) / e;
        let p = b * u;
        let x = if p <= 1.0 { pow(p, 1.0 / alpha) } else { -ln((b - p) / alpha) };
        let u1 = s.random();
        let accept = if p > 1.0 { u1 <= pow(x, alpha - 1.0) } else { u1 <= exp(-x) };
        if accept {
            return Ok(x * beta);
        }
    }
}

fn gammavariate(s: &mut MtObj, a: &[Value], kw: &Kw) -> R {
    let [alpha, beta] = bind(a, kw, "gammavariate", ["alpha", "beta"], 2)?;
    let (alpha, beta) = (real(alpha.expect("required"))?, real(beta.expect("required"))?);
    float(gamma_draw(s, alpha, beta)?)
}

/// `betavariate(alpha, beta)`: from two gamma draws, as CPython 3.11's.
fn betavariate(s: &mut MtObj, a: &[Value], kw: &Kw) -> R {
    let [alpha, beta] = bind(a, kw, "betavariate", ["alpha", "beta"], 2)?;
    let (alpha, beta) = (real(alpha.expect("required"))?, real(beta.expect("required"))?);
    let y = gamma_draw(s, alpha, 1.0)?;
    if y == 0.0 {
        return float(0.0);
    }
    float(y / (y + gamma_draw(s, beta, 1.0)?))
}

/// `vonmisesvariate(mu, kappa)`: Best and Fisher's algorithm, as CPython's; an angle in
/// [0, 2π).
fn vonmisesvariate(s: &mut MtObj, a: &[Value], kw: &Kw) -> R {
    let [mu, kappa] = bind(a, kw, "vonmisesvariate", ["mu", "kappa"], 2)?;
    let kappa = real(kappa.expect("required"))?;
    let tau = core::f64::consts::TAU;
    if kappa <= 1e-6 {
        return float(tau * s.random());
    }
    let mu = real(mu.expect("required"))?;
    let half = 0.5 / kappa;
    let r = half + libm::sqrt(1.0 + half * half);
    let z = loop {
        let z = crate::fltmath::cos((core::f64::consts::PI * s.random()) as Float) as f64;
        let d = z / (r + z);
        let u2 = s.random();
        if u2 < 1.0 - d * d || u2 <= (1.0 - d) * crate::fltmath::exp(d as Float) as f64 {
            break z;
        }
    };
    let q = 1.0 / r;
    let f = crate::fltmath::acos(((q + z) / (1.0 + q * z)) as Float) as f64;
    let theta = if s.random() > 0.5 { mu + f } else { mu - f };
    // (Python's `%`: the remainder takes the divisor's sign, and a zero is +0.)
    let m = libm::fmod(theta, tau);
    float(if m < 0.0 { m + tau } else { m + 0.0 })
}

/// `randbytes(n)`: `getrandbits(n * 8)` as n little-endian bytes, as CPython's.
fn randbytes(s: &mut MtObj, a: &[Value], kw: &Kw) -> R {
    let [n] = bind(a, kw, "randbytes", ["n"], 1)?;
    let n = crate::int::index_of(n.expect("required"), "n")?;
    if n < 0 {
        return Err(raise(&VALUE_ERROR, "number of bits must be non-negative"));
    }
    let mut out = crate::reserve::vec_with(n as usize)?;
    let mut left = n as usize;
    while left > 0 {
        let mut w = s.next_u32();
        if left < 4 {
            w >>= 32 - 8 * left as u32;
        }
        out.extend_from_slice(&w.to_le_bytes()[..left.min(4)]);
        left = left.saturating_sub(4);
    }
    crate::bytes::new_bytes(&out)
}

#[cfg_attr(target_os = "none", link_section = concat!(".rodata.mpyc.methods.", module_path!(), ".", line!()))]
pub static FUNCTIONS: [NativeObj; 23] = [
    NativeObj::new("betavariate", |a, kw| betavariate(state()?, a, kw)),
    NativeObj::new("gammavariate", |a, kw| gammavariate(state()?, a, kw)),
    NativeObj::new("randbytes", |a, kw| randbytes(state()?, a, kw)),
    NativeObj::new("vonmisesvariate", |a, kw| vonmisesvariate(state()?, a, kw)),
    NativeObj::new("choice", |a, kw| choice(state()?, a, kw)),
    NativeObj::new("choices", |a, kw| choices(state()?, a, kw)),
    NativeObj::new("expovariate", |a, kw| expovariate(state()?, a, kw)),
    NativeObj::new("gauss", |a, kw| gauss(state()?, a, kw)),
    NativeObj::new("lognormvariate", |a, kw| lognormvariate(state()?, a, kw)),
    NativeObj::new("normalvariate", |a, kw| normalvariate(state()?, a, kw)),
    NativeObj::new("paretovariate", |a, kw| paretovariate(state()?, a, kw)),
    NativeObj::new("sample", |a, kw| sample(state()?, a, kw)),
    NativeObj::new("triangular", |a, kw| triangular(state()?, a, kw)),
    NativeObj::new("weibullvariate", |a, kw| weibullvariate(state()?, a, kw)),
    NativeObj::new("getrandbits", |a, kw| getrandbits(state()?, a, kw)),
    NativeObj::new("getstate", |a, _| getstate(state()?, a)),
    NativeObj::new("setstate", |a, _| setstate(state()?, a)),
    NativeObj::new("randint", |a, kw| randint(state()?, a, kw)),
    NativeObj::new("random", |a, kw| random(state()?, a, kw)),
    NativeObj::new("randrange", |a, kw| randrange_fn(state()?, a, kw)),
    NativeObj::new("seed", |a, kw| {
        let [a, _version] = bind(a, kw, "seed", ["a", "version"], 0)?;
        seed(a.unwrap_or(NONE))
    }),
    NativeObj::new("shuffle", |a, kw| shuffle(state()?, a, kw)),
    NativeObj::new("uniform", |a, kw| uniform(state()?, a, kw)),
];

/// `getstate()`: CPython's `(3, (the 624 words, the index), gauss_next or None)`, which
/// `setstate` takes back.
fn getstate(s: &mut MtObj, a: &[Value]) -> R {
    if !a.is_empty() {
        return Err(raise(&TYPE_ERROR, alloc::format!("getstate() takes no arguments ({} given)", a.len())));
    }
    let mut words = crate::reserve::vec_with(N + 1)?;
    for &w in s.mt.iter() {
        words.push(crate::int::from_i64(w as i64)?);
    }
    words.push(crate::int::from_isize(s.index as isize));
    let words = crate::list::new_tuple(&words)?;
    let gauss = if s.has_gauss { new_float(s.gauss_next as Float)? } else { NONE };
    crate::list::new_tuple(&[small(3), words, gauss])
}

/// `setstate(state)`: a state `getstate` gave.
fn setstate(s: &mut MtObj, a: &[Value]) -> R {
    let [st] = a else {
        return Err(raise(&TYPE_ERROR, alloc::format!("setstate() takes exactly one argument ({} given)", a.len())));
    };
    let tuple = |v: Value| is_ptr(v) && kind_of(v) == Kind::Tuple;
    // (As CPython's: the version first, then the three parts of version 3.)
    let parts = crate::list::seq_items(*st).unwrap_or(&[]);
    let version = parts.first().copied().ok_or_else(|| raise(&TYPE_ERROR, "state must be a sequence"))?;
    if version != small(3) {
        let msg = alloc::format!(
            "state with version {} passed to Random.setstate() of version 3",
            crate::print::repr_string(version)?
        );
        return Err(raise(&VALUE_ERROR, msg));
    }
    if parts.len() != 3 {
        return Err(raise(&VALUE_ERROR, alloc::format!("expected 3 values to unpack, got {}", parts.len())));
    }
    if !tuple(parts[1]) {
        return Err(raise(&TYPE_ERROR, "state vector must be a tuple"));
    }
    if crate::list::tuple_items(parts[1]).len() != N + 1 {
        return Err(raise(&VALUE_ERROR, "state vector is the wrong size"));
    }
    let items = crate::list::tuple_items(parts[1]);
    let mut mt = [0u32; N];
    for (m, &v) in mt.iter_mut().zip(items) {
        let w = crate::int::as_int(v).and_then(|i| i.to_big().to_u64()).filter(|&w| w <= u32::MAX as u64);
        *m = w.ok_or_else(|| raise(&OVERFLOW_ERROR, "Python int too large to convert to C unsigned long"))? as u32;
    }
    let index = crate::int::as_int(items[N]).and_then(|i| i.to_big().to_u64()).unwrap_or(u64::MAX);
    if index > N as u64 {
        return Err(raise(&VALUE_ERROR, "invalid state"));
    }
    let gauss = match parts[2] {
        NONE => None,
        g => Some(
            crate::float::as_float(g)
                .map(|f| f.value as f64)
                .ok_or_else(|| raise(&TYPE_ERROR, "must be real number"))?,
        ),
    };
    s.mt = mt;
    s.index = index as usize;
    s.has_gauss = gauss.is_some();
    s.gauss_next = gauss.unwrap_or(0.0);
    Ok(NONE)
}

/// `random.Random(seed)`: a generator with a state of its own (the module's functions share
/// one), with the same methods.
pub static RANDOM_TYPE: TypeObj =
    TypeObj::builtin("Random", Kind::Device, Some(&OBJECT_TYPE), RANDOM_METHODS, Some(&Some(random_new)));

fn random_new(a: &[Value], kw: &Kw) -> R {
    let [x] = bind(&a[1..], kw, "Random", ["x"], 0)?;
    let p = alloc_obj(&RANDOM_TYPE, core::mem::size_of::<MtObj>(), crate::gc::LEAF)?;
    seed_into(unsafe { body(p as Value) }, x.unwrap_or(NONE))?;
    Ok(p as Value)
}

/// A `Random`'s own state.
fn own(v: Value) -> R<&'static mut MtObj> {
    if !is_ptr(v) || !core::ptr::eq(type_of(v), &RANDOM_TYPE) {
        return Err(raise(&TYPE_ERROR, "descriptor requires a 'random.Random' object"));
    }
    Ok(unsafe { body(v) })
}

pub static RANDOM_METHODS: &[NativeObj] = crate::methods![
    NativeObj::method("betavariate", 0, ANY, |a, kw| betavariate(own(a[0])?, &a[1..], kw)).keywords(),
    NativeObj::method("gammavariate", 0, ANY, |a, kw| gammavariate(own(a[0])?, &a[1..], kw)).keywords(),
    NativeObj::method("randbytes", 0, ANY, |a, kw| randbytes(own(a[0])?, &a[1..], kw)).keywords(),
    NativeObj::method("vonmisesvariate", 0, ANY, |a, kw| vonmisesvariate(own(a[0])?, &a[1..], kw)).keywords(),
    NativeObj::method("choice", 1, 1, |a, kw| choice(own(a[0])?, &a[1..], kw)).named(),
    NativeObj::method("choices", 0, ANY, |a, kw| choices(own(a[0])?, &a[1..], kw)).keywords(),
    NativeObj::method("expovariate", 0, ANY, |a, kw| expovariate(own(a[0])?, &a[1..], kw)).keywords(),
    NativeObj::method("gauss", 0, ANY, |a, kw| gauss(own(a[0])?, &a[1..], kw)).keywords(),
    NativeObj::method("lognormvariate", 0, ANY, |a, kw| lognormvariate(own(a[0])?, &a[1..], kw)).keywords(),
    NativeObj::method("normalvariate", 0, ANY, |a, kw| normalvariate(own(a[0])?, &a[1..], kw)).keywords(),
    NativeObj::method("paretovariate", 0, ANY, |a, kw| paretovariate(own(a[0])?, &a[1..], kw)).keywords(),
    NativeObj::method("sample", 0, ANY, |a, kw| sample(own(a[0])?, &a[1..], kw)).keywords(),
    NativeObj::method("triangular", 0, ANY, |a, kw| triangular(own(a[0])?, &a[1..], kw)).keywords(),
    NativeObj::method("weibullvariate", 0, ANY, |a, kw| weibullvariate(own(a[0])?, &a[1..], kw)).keywords(),
    NativeObj::method("getrandbits", 0, ANY, |a, kw| getrandbits(own(a[0])?, &a[1..], kw)).keywords(),
    NativeObj::method("getstate", 0, 0, |a, _| getstate(own(a[0])?, &a[1..])),
    NativeObj::method("setstate", 1, 1, |a, _| setstate(own(a[0])?, &a[1..])),
    NativeObj::method("randint", 0, ANY, |a, kw| randint(own(a[0])?, &a[1..], kw)).keywords(),
    NativeObj::method("random", 0, ANY, |a, kw| random(own(a[0])?, &a[1..], kw)).keywords(),
    NativeObj::method("randrange", 0, ANY, |a, kw| randrange_fn(own(a[0])?, &a[1..], kw)).keywords(),
    NativeObj::method("seed", 0, ANY, |a, kw| {
        let [x, _version] = bind(&a[1..], kw, "seed", ["a", "version"], 0)?;
        seed_into(own(a[0])?, x.unwrap_or(NONE))
    })
    .keywords(),
    NativeObj::method("shuffle", 0, ANY, |a, kw| shuffle(own(a[0])?, &a[1..], kw)).keywords(),
    NativeObj::method("uniform", 0, ANY, |a, kw| uniform(own(a[0])?, &a[1..], kw)).keywords(),
];

/// SHA-512 of `data` (FIPS 180-4), for seeding with a str or bytes as CPython does.
fn sha512(data: &[u8]) -> [u8; 64] {
    #[rustfmt::skip]
    const K: [u64; 80] = [
        0x428a2f98d728ae22, 0x7137449123ef65cd, 0xb5c0fbcfec4d3b2f, 0xe9b5dba58189dbbc, 0x3956c25bf348b538,
        0x59f111f1b605d019, 0x923f82a4af194f9b, 0xab1c5ed5da6d8118, 0xd807aa98a3030242, 0x12835b0145706fbe,
        0x243185be4ee4b28c, 0x550c7dc3d5ffb4e2, 0x72be5d74f27b896f, 0x80deb1fe3b1696b1, 0x9bdc06a725c71235,
        0xc19bf174cf692694, 0xe49b69c19ef14ad2, 0xefbe4786384f25e3, 0x0fc19dc68b8cd5b5, 0x240ca1cc77ac9c65,
        0x2de92c6f592b0275, 0x4a7484aa6ea6e483, 0x5cb0a9dcbd41fbd4, 0x76f988da831153b5, 0x983e5152ee66dfab,
        0xa831c66d2db43210, 0xb00327c898fb213f, 0xbf597fc7beef0ee4, 0xc6e00bf33da88fc2, 0xd5a79147930aa725,
        0x06ca6351e003826f, 0x142929670a0e6e70, 0x27b70a8546d22ffc, 0x2e1b21385c26c926, 0x4d2c6dfc5ac42aed,
        0x53380d139d95b3df, 0x650a73548baf63de, 0x766a0abb3c77b2a8, 0x81c2c92e47edaee6, 0x92722c851482353b,
        0xa2bfe8a14cf10364, 0xa81a664bbc423001, 0xc24b8b70d0f89791, 0xc76c51a30654be30, 0xd192e819d6ef5218,
        0xd69906245565a910, 0xf40e35855771202a, 0x106aa07032bbd1b8, 0x19a4c116b8d2d0c8, 0x1e376c085141ab53,
        0x2748774cdf8eeb99, 0x34b0bcb5e19b48a8, 0x391c0cb3c5c95a63, 0x4ed8aa4ae3418acb, 0x5b9cca4f7763e373,
        0x682e6ff3d6b2b8a3, 0x748f82ee5defb2fc, 0x78a5636f43172f60, 0x84c87814a1f0ab72, 0x8cc702081a6439ec,
        0x90befffa23631e28, 0xa4506cebde82bde9, 0xbef9a3f7b2c67915, 0xc67178f2e372532b, 0xca273eceea26619c,
        0xd186b8c721c0c207, 0xeada7dd6cde0eb1e, 0xf57d4f7fee6ed178, 0x06f067aa72176fba, 0x0a637dc5a2c898a6,
        0x113f9804bef90dae, 0x1b710b35131c471b, 0x28db77f523047d84, 0x32caab7b40c72493, 0x3c9ebe0a15c9bebc,
        0x431d67c49c100d4c, 0x4cc5d4becb3e42b6, 0x597f299cfc657e2a, 0x5fcb6fab3ad6faec, 0x6c44198c4a475817,
    ];
    #[rustfmt::skip]
    let mut h: [u64; 8] = [
        0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b, 0xa54ff53a5f1d36f1, 0x510e527fade682d1,
        0x9b05688c2b3e6c1f, 0x1f83d9abfb41bd6b, 0x5be0cd19137e2179,
    ];
    // The message, a 1 bit, zeros, and its length in bits as 128 bits: whole 128-byte blocks.
    let bits = (data.len() as u128) * 8;
    let padded = (data.len() + 17).div_ceil(128) * 128;
    let byte = |i: usize| -> u8 {
        if i < data.len() {
            data[i]
        } else if i == data.len() {
            0x80
        } else if i >= padded - 16 {
            (bits >> (8 * (padded - 1 - i))) as u8
        } else {
            0
        }
    };
    for block in (0..padded).step_by(128) {
        let mut w = [0u64; 80];
        for (t, word) in w.iter_mut().enumerate().take(16) {
            *word = (0..8).fold(0u64, |acc, j| acc << 8 | byte(block + 8 * t + j) as u64);
        }
        for t in 16..80 {
            let s0 = w[t - 15].rotate_right(1) ^ w[t - 15].rotate_right(8) ^ (w[t - 15] >> 7);
            let s1 = w[t - 2].rotate_right(19) ^ w[t - 2].rotate_right(61) ^ (w[t - 2] >> 6);
            w[t] = w[t - 16].wrapping_add(s0).wrapping_add(w[t - 7]).wrapping_add(s1);
        }
        let mut v = h;
        for t in 0..80 {
            let [a, b, c, d, e, f, g, hh] = v;
            let s1 = e.rotate_right(14) ^ e.rotate_right(18) ^ e.rotate_right(41);
            let ch = (e & f) ^ (!e & g);
            let t1 = hh.wrapping_add(s1).wrapping_add(ch).wrapping_add(K[t]).wrapping_add(w[t]);
            let s0 = a.rotate_right(28) ^ a.rotate_right(34) ^ a.rotate_right(39);
            let maj = (a & b) ^ (a & c) ^ (b & c);
            let t2 = s0.wrapping_add(maj);
            v = [t1.wrapping_add(t2), a, b, c, d.wrapping_add(t1), e, f, g];
        }
        for (x, y) in h.iter_mut().zip(v) {
            *x = x.wrapping_add(y);
        }
    }
    let mut out = [0u8; 64];
    for (i, x) in h.iter().enumerate() {
        out[8 * i..8 * i + 8].copy_from_slice(&x.to_be_bytes());
    }
    out
}
