//! Integers: unboxed small ints and heap big ints, with Python's semantics for every operator.
//!
//! Generated code handles the common small-int cases inline and calls here for the rest; this
//! module repeats the small-int case itself so that any operand mix gives the right answer.
// Conversions to and from `Float` are casts to the same type on a 64-bit-float build.
#![allow(clippy::unnecessary_cast)]

use crate::bigint::BigInt;
use crate::digits::{self, Digit};
use crate::exc::*;
use crate::func::Kw;
use crate::object::*;
use crate::ops::binop;
use crate::value::*;
use alloc::string::String;
use core::cmp::Ordering;

/// An int beyond 64 bits (`form` [`BIG`]): its sign and its magnitude's digits inline, one
/// leaf run (no pointers, nothing to free), the digits right after this header.
#[repr(C)]
pub struct BigObj {
    pub header: Header,
    pub form: usize,
    /// How many digits; the top one is nonzero.
    pub len: u32,
    pub negative: u32,
}

/// An int too large for a word that fits in 64 bits (`form` [`WIDE`]): one block, no
/// pointers, nothing to free — sums and products that outgrow a small int stay cheap.
#[repr(C)]
pub struct WideObj {
    pub header: Header,
    pub form: usize,
    pub value: i64,
}

/// [`BigObj::form`] and [`WideObj::form`].
pub const WIDE: usize = 0;
pub const BIG: usize = 1;

/// A big int seen from the slow paths: its sign and magnitude (trimmed, beyond 64 bits).
#[derive(Clone, Copy)]
pub struct Big {
    pub negative: bool,
    pub mag: &'static [Digit],
}

impl Big {
    pub fn to_bigint(&self) -> BigInt {
        BigInt::from_slice(self.negative, self.mag)
    }
    pub fn bits(&self) -> u64 {
        digits::bits(self.mag)
    }
    /// The top digits, a digit for whether any lower one is not 0, and the bits left out: a
    /// value of a few digits that rounds to a float as the whole does, made without copying
    /// an int as big as the heap has room for.
    pub fn top_digits(&self) -> (BigInt, u64) {
        let n = self.mag.len();
        if n <= 4 {
            return (self.to_bigint(), 0);
        }
        let sticky = self.mag[..n - 3].iter().any(|&d| d != 0) as Digit;
        let top = [sticky, self.mag[n - 3], self.mag[n - 2], self.mag[n - 1]];
        (BigInt::from_slice(self.negative, &top), (n as u64 - 4) * Digit::BITS as u64)
    }
}

/// An int operand as the slow paths see it: bools count as 0 and 1, as in Python. `Small` is
/// any int that fits in 64 bits (a small int or a wide one); `Big` the rest.
#[derive(Clone, Copy)]
pub enum Int {
    Small(i64),
    Big(Big),
}

/// A small or wide int's value (not bools: the slow paths take those).
#[inline(always)]
pub fn as_i64(v: Value) -> Option<i64> {
    if is_small(v) {
        return Some(small_value(v) as i64);
    }
    // The header compared directly (`type_of_fast`'s cases for immediates cost compares).
    if is_ptr(v) && core::ptr::eq(unsafe { (*(v as *const Header)).ty }, &INT_TYPE) {
        let w: &WideObj = unsafe { body(v) };
        if w.form == WIDE {
            return Some(w.value);
        }
    }
    None
}

/// Whether `v` is an int beyond 64 bits.
#[inline(always)]
pub fn is_big(v: Value) -> bool {
    is_ptr(v)
        && core::ptr::eq(unsafe { (*(v as *const Header)).ty }, &INT_TYPE)
        && unsafe { body::<WideObj>(v) }.form == BIG
}

pub fn as_int(v: Value) -> Option<Int> {
    match v {
        TRUE => Some(Int::Small(1)),
        FALSE => Some(Int::Small(0)),
        _ if is_small(v) => Some(Int::Small(small_value(v) as i64)),
        _ if is_ptr(v) && ptr_kind(v) == Kind::Int => Some(unsafe {
            if body::<WideObj>(v).form == WIDE {
                Int::Small(body::<WideObj>(v).value)
            } else {
                let b = body::<BigObj>(v);
                let d = (b as *const BigObj).add(1) as *const Digit;
                Int::Big(Big { negative: b.negative != 0, mag: core::slice::from_raw_parts(d, b.len as usize) })
            }
        }),
        _ => None,
    }
}

impl Int {
    /// The value as an owned big integer (the operations done there: powers, bitwise, text).
    pub fn to_big(&self) -> BigInt {
        match self {
            Int::Small(n) => BigInt::from(*n),
            Int::Big(b) => b.to_bigint(),
        }
    }
    pub fn is_negative(&self) -> bool {
        match self {
            Int::Small(n) => *n < 0,
            Int::Big(b) => b.negative,
        }
    }
    fn is_zero(&self) -> bool {
        matches!(self, Int::Small(0))
    }
    /// The sign, and the magnitude's digits (a 64-bit value's in `buf`).
    #[inline(always)]
    fn parts<'a>(&self, buf: &'a mut [Digit; 2]) -> (bool, &'a [Digit]) {
        match self {
            Int::Small(n) => (*n < 0, digits::of_u64(n.unsigned_abs(), buf)),
            Int::Big(b) => (b.negative, b.mag),
        }
    }
}

/// The value of `n`: a small int when it fits, a heap int otherwise.
pub fn from_isize(n: isize) -> Value {
    from_i64(n as i64).unwrap_or(EXC)
}

/// The value of `n`: a small int when it fits, else a wide one.
pub fn from_i64(n: i64) -> R {
    match isize::try_from(n) {
        Ok(s) if fits_small(s) => Ok(small(s)),
        _ if core::mem::size_of::<WideObj>() <= crate::gc::BLOCK => {
            // The block at the heap's hint without a call; else the general allocation.
            let p = crate::gc::try_block(crate::gc::LEAF) as *mut WideObj;
            if p.is_null() {
                return new_wide(n);
            }
            unsafe { p.write(WideObj { header: Header::of(&INT_TYPE), form: WIDE, value: n }) };
            Ok(p as Value)
        }
        _ => alloc_flags(WideObj { header: Header::of(&INT_TYPE), form: WIDE, value: n }, crate::gc::LEAF),
    }
}

/// A wide int of value `n`, when the block at the heap's hint is taken.
#[inline(never)]
fn new_wide(n: i64) -> R {
    alloc_flags(WideObj { header: Header::of(&INT_TYPE), form: WIDE, value: n }, crate::gc::LEAF)
}

/// The value of `b`, normalised to a small or wide int when it fits.
pub fn from_big(b: BigInt) -> R {
    if let Some(n) = b.to_i64() {
        return from_i64(n);
    }
    let len = b.bits().div_ceil(Digit::BITS as u64) as usize;
    make(len, b.is_negative(), |r| {
        for (d, &x) in r.iter_mut().zip(b.magnitude().digits()) {
            *d = x;
        }
    })
}

/// The int of sign `negative` whose magnitude `fill` writes into `len` digits (zeroed
/// first only by `fill` itself): trimmed, and a small or wide int when it fits.
fn make(len: usize, negative: bool, fill: impl FnOnce(&mut [Digit])) -> R {
    let head = core::mem::size_of::<BigObj>();
    let had = head + len * core::mem::size_of::<Digit>();
    let p = crate::gc::alloc_uninit(had, crate::gc::LEAF);
    if p.is_null() {
        return Err(memory_error());
    }
    let d = unsafe { core::slice::from_raw_parts_mut(p.add(head) as *mut Digit, len) };
    fill(d);
    let n = digits::trim(d).len();
    if n <= 2 {
        let m = d.first().map_or(0, |&x| x as u64) | d.get(1).map_or(0, |&x| x as u64) << 32;
        let fits = if negative { (m <= 1 << 63).then(|| (m as i64).wrapping_neg()) } else { i64::try_from(m).ok() };
        if let Some(v) = fits {
            crate::gc::free(p);
            return from_i64(v);
        }
    }
    unsafe {
        (p as *mut BigObj).write(BigObj {
            header: Header::of(&INT_TYPE),
            form: BIG,
            len: n as u32,
            negative: negative as u32,
        })
    };
    crate::gc::shrink(p, had, head + core::mem::size_of_val(&d[..n]));
    Ok(p as Value)
}

/// Runs `f` on `n` digits of scratch: on the stack when few, else a run freed after.
fn with_scratch<T>(n: usize, f: impl FnOnce(&mut [Digit]) -> R<T>) -> R<T> {
    const ON_STACK: usize = 48;
    if n <= ON_STACK {
        // Only the `n` digits used are zeroed.
        let mut buf = [core::mem::MaybeUninit::<Digit>::uninit(); ON_STACK];
        for d in &mut buf[..n] {
            d.write(0);
        }
        return f(unsafe { core::slice::from_raw_parts_mut(buf.as_mut_ptr() as *mut Digit, n) });
    }
    let p = crate::gc::alloc_uninit(n * core::mem::size_of::<Digit>(), crate::gc::LEAF);
    if p.is_null() {
        return Err(memory_error());
    }
    let r = f(unsafe { core::slice::from_raw_parts_mut(p as *mut Digit, n) });
    crate::gc::free(p);
    r
}

/// The most digits of an int computed here (as `reserve::room_for_int` allows `bigint`'s).
const MAX_DIGITS: usize = crate::reserve::MAX_INT_BYTES as usize / core::mem::size_of::<Digit>();

/// Applies the binary operator `op` (see [`binop`]) to two ints.
pub fn binary(op: usize, a: Int, b: Int) -> R {
    if let (Int::Small(x), Int::Small(y)) = (&a, &b) {
        if let Some(r) = small_binary(op, *x, *y) {
            return from_i64(r);
        }
    }
    match op {
        binop::FLOORDIV if b.is_zero() => Err(raise(&ZERO_DIVISION_ERROR, "integer division or modulo by zero")),
        binop::MOD if b.is_zero() => Err(raise(&ZERO_DIVISION_ERROR, "integer modulo by zero")),
        binop::TRUEDIV if b.is_zero() => Err(raise(&ZERO_DIVISION_ERROR, "division by zero")),
        binop::TRUEDIV => true_divide(&a, &b),
        binop::POW if b.is_negative() => negative_power(&a, &b),
        binop::LSHIFT | binop::RSHIFT if b.is_negative() => Err(raise(&VALUE_ERROR, "negative shift count")),
        _ => {
            let (mut ba, mut bb) = ([0; 2], [0; 2]);
            let ((na, x), (nb, y)) = (a.parts(&mut ba), b.parts(&mut bb));
            match op {
                binop::ADD => add_signed(na, x, nb, y),
                binop::SUB => add_signed(na, x, !nb, y),
                binop::MUL if x.len() + y.len() < MAX_DIGITS => {
                    make(x.len() + y.len(), na != nb, |r| digits::mul(r, x, y))
                }
                binop::FLOORDIV | binop::MOD => divmod(op, na, x, nb, y),
                binop::AND | binop::OR | binop::XOR => bitwise(op, na, x, nb, y),
                binop::LSHIFT => match b {
                    Int::Small(n) if n < 1 << 24 && x.len() + n as usize / 32 < MAX_DIGITS => {
                        let n = n as usize;
                        make(x.len() + n / Digit::BITS as usize + 1, na, |r| digits::shl(r, x, n))
                    }
                    _ if x.is_empty() => Ok(small(0)),
                    // As CPython: a count that fits a machine word asks for memory there is not;
                    // a bigger one for more digits than an int can count.
                    Int::Small(n) if isize::try_from(n).is_ok() => Err(memory_error()),
                    _ => Err(raise(&OVERFLOW_ERROR, "too many digits in integer")),
                },
                binop::RSHIFT => {
                    let words = match b {
                        Int::Small(n) => n as usize / Digit::BITS as usize,
                        Int::Big(_) => usize::MAX,
                    };
                    if words >= x.len() {
                        return Ok(small(if na && !x.is_empty() { -1 } else { 0 }));
                    }
                    let Int::Small(n) = b else { unreachable!("a big shift shifts everything out") };
                    let len = x.len() - words;
                    make(len + 1, na, |r| {
                        r[len] = 0;
                        // Towards minus infinity: a negative value that lost one bits is one further.
                        if digits::shr(&mut r[..len], x, n as usize) && na {
                            digits::increment(r);
                        }
                    })
                }
                // Powers, the bitwise operators and products past the limit by `bigint` (its
                // temporaries are the Rust allocator's: room for them is made first; a power's
                // squared bases and partial products, each freed as the next is made, leave
                // gaps in the run that take up to about four times the result).
                _ if op == binop::POW && crate::reserve::room_for_division(result_bits(op, &a, &b)).is_err() => {
                    Err(Exc)
                }
                _ if crate::reserve::room_for_int(result_bits(op, &a, &b)).is_err() => Err(Exc),
                _ => crate::gc::leaf_allocs(|| big_binary(op, &a.to_big(), b)),
            }
        }
    }
}

/// `a + b`: [`binary`]'s addition alone, for the runtime's own counting (`enumerate`, a
/// plain copy of an int subclass's value) without every other operator.
pub fn add(a: Int, b: Int) -> R {
    if let (Int::Small(x), Int::Small(y)) = (&a, &b) {
        if let Some(r) = x.checked_add(*y) {
            return from_i64(r);
        }
    }
    let (mut ba, mut bb) = ([0; 2], [0; 2]);
    let ((na, x), (nb, y)) = (a.parts(&mut ba), b.parts(&mut bb));
    add_signed(na, x, nb, y)
}

/// `±x & ±y`, `±x | ±y` or `±x ^ ±y` on magnitudes: the operands' two's complements taken a
/// digit at a time (`!m + 1` for a negative one, carried up), and the result's turned back the
/// same way, straight into the new int (no copies of operands as big as the heap holds).
fn bitwise(op: usize, na: bool, x: &[Digit], nb: bool, y: &[Digit]) -> R {
    let f = |p: Digit, q: Digit| match op {
        binop::AND => p & q,
        binop::OR => p | q,
        _ => p ^ q,
    };
    // The sign bit of the result is the operator's on the operands' sign bits.
    let negative = f(na as Digit, nb as Digit) != 0;
    make(x.len().max(y.len()) + 1, negative, |r| {
        let (mut cx, mut cy, mut cr) = (1u64, 1u64, 1u64);
        let twos = |neg: bool, d: Digit, carry: &mut u64| -> Digit {
            if !neg {
                return d;
            }
            let s = u64::from(!d) + *carry;
            *carry = s >> Digit::BITS;
            s as Digit
        };
        for (i, out) in r.iter_mut().enumerate() {
            let p = twos(na, x.get(i).copied().unwrap_or(0), &mut cx);
            let q = twos(nb, y.get(i).copied().unwrap_or(0), &mut cy);
            *out = twos(negative, f(p, q), &mut cr);
        }
    })
}

/// `±x + ±y` on magnitudes.
fn add_signed(na: bool, x: &[Digit], nb: bool, y: &[Digit]) -> R {
    if na == nb {
        return make(x.len().max(y.len()) + 1, na, |r| digits::add(r, x, y));
    }
    match digits::cmp(x, y) {
        Ordering::Less => make(y.len(), nb, |r| digits::sub(r, y, x)),
        _ => make(x.len(), na, |r| digits::sub(r, x, y)),
    }
}

/// `a // b` or `a % b` (Python's: the quotient floored, the remainder with the divisor's
/// sign) for a nonzero `b`.
fn divmod(op: usize, na: bool, x: &[Digit], nb: bool, y: &[Digit]) -> R {
    let floor = na != nb;
    if digits::cmp(x, y) == Ordering::Less {
        return match (op, floor && !x.is_empty()) {
            (binop::FLOORDIV, true) => Ok(small(-1)),
            (binop::FLOORDIV, false) => Ok(small(0)),
            (_, true) => make(y.len(), nb, |r| digits::sub(r, y, x)),
            (_, false) => make(x.len(), na, |r| r.copy_from_slice(x)),
        };
    }
    let (n, qlen) = (y.len(), x.len() - y.len() + 1);
    with_scratch(qlen + 1 + x.len() + 1 + n, |s| {
        let (q, s) = s.split_at_mut(qlen + 1);
        let (u, v) = s.split_at_mut(x.len() + 1);
        q[qlen] = 0;
        let rem = if n == 1 {
            u[0] = digits::div_digit(&mut q[..qlen], x, y[0]);
            &u[..1]
        } else {
            digits::div_long(&mut q[..qlen], u, v, x, y);
            &u[..n]
        };
        let rem = digits::trim(rem);
        if op == binop::FLOORDIV {
            if floor && !rem.is_empty() {
                digits::increment(q);
            }
            make(qlen + 1, floor, |r| r.copy_from_slice(q))
        } else if floor && !rem.is_empty() {
            make(n, nb, |r| digits::sub(r, y, rem))
        } else {
            make(rem.len(), nb, |r| r.copy_from_slice(rem))
        }
    })
}

/// An upper bound of the bits of `a op b` (see [`crate::reserve::int_result_bits`]) and of
/// its operands.
fn result_bits(op: usize, a: &Int, b: &Int) -> u64 {
    let bits = |i: &Int| match i {
        Int::Small(n) => u64::from(64 - n.unsigned_abs().leading_zeros()),
        Int::Big(x) => x.bits(),
    };
    let small = match b {
        Int::Small(n) => Some(*n),
        Int::Big(_) => None,
    };
    // (The temporaries copy the operands too: `x & 0xffff` of a big `x` needs room for it.)
    crate::reserve::int_result_bits(op, bits(a), bits(b), small).max(bits(a)).max(bits(b))
}

/// The other operators, by `bigint`: only the result is kept.
fn big_binary(op: usize, x: &BigInt, b: Int) -> R {
    let y = b.to_big();
    let y: &BigInt = &y;
    let r = match op {
        binop::ADD => x + y,
        binop::SUB => x - y,
        binop::MUL => x * y,
        binop::FLOORDIV => x.div_floor(y),
        binop::MOD => x.mod_floor(y),
        binop::AND => x & y,
        binop::OR => x | y,
        binop::XOR => x ^ y,
        binop::POW => match y.to_u32() {
            Some(e) => x.pow(e),
            None if x.abs() <= BigInt::from(1) => {
                if x.is_negative() && !y.is_odd() {
                    BigInt::from(1)
                } else {
                    x.clone()
                }
            }
            None => return Err(memory_error()),
        },
        _ => return Err(raise(&TYPE_ERROR, "bad int operator")),
    };
    from_big(r)
}

/// The 64-bit case of [`binary`], or `None` when the result does not fit or is an error.
pub fn small_binary(op: usize, x: i64, y: i64) -> Option<i64> {
    Some(match op {
        binop::ADD => x.checked_add(y)?,
        binop::SUB => x.checked_sub(y)?,
        binop::MUL => x.checked_mul(y)?,
        binop::FLOORDIV if y != 0 && !(x == i64::MIN && y == -1) => floor_div_mod(x, y).0,
        binop::MOD if y != 0 && y != -1 => floor_div_mod(x, y).1,
        binop::MOD if y == -1 => 0,
        binop::AND => x & y,
        binop::OR => x | y,
        binop::XOR => x ^ y,
        binop::POW if y >= 0 => x.checked_pow(u32::try_from(y).ok()?)?,
        binop::LSHIFT if (0..i64::BITS as i64).contains(&y) => {
            let r = x << y;
            if r >> y != x {
                return None;
            }
            r
        }
        binop::RSHIFT if y >= 0 => x >> y.min(i64::BITS as i64 - 1),
        _ => return None,
    })
}

/// Python's `divmod` of two machine ints (`y` nonzero, not `MIN // -1`).
fn floor_div_mod(x: i64, y: i64) -> (i64, i64) {
    let (q, r) = (x / y, x % y);
    if r != 0 && (r < 0) != (y < 0) {
        (q - 1, r + y)
    } else {
        (q, r)
    }
}

pub fn compare(a: &Int, b: &Int) -> Ordering {
    match (a, b) {
        (Int::Small(x), Int::Small(y)) => x.cmp(y),
        // A big int is beyond every 64-bit one (they are normalised): its sign decides.
        (Int::Small(_), Int::Big(y)) if y.negative => Ordering::Greater,
        (Int::Small(_), Int::Big(_)) => Ordering::Less,
        (Int::Big(x), Int::Small(_)) if x.negative => Ordering::Less,
        (Int::Big(_), Int::Small(_)) => Ordering::Greater,
        (Int::Big(x), Int::Big(y)) => match (x.negative, y.negative) {
            (false, false) => digits::cmp(x.mag, y.mag),
            (true, true) => digits::cmp(y.mag, x.mag),
            (false, true) => Ordering::Greater,
            (true, false) => Ordering::Less,
        },
    }
}

/// CPython's limit on the decimal digits of an int converted to or from text (its
/// `sys.get_int_max_str_digits()` default; bases that are powers of two are not limited).
pub const MAX_STR_DIGITS: usize = 4300;

/// The limit now: what `sys.set_int_max_str_digits` set, 0 for none.
pub static STR_DIGITS: crate::exc::Global<usize> = crate::exc::Global::new(MAX_STR_DIGITS);

/// The limit now, as a count no text reaches when there is none.
fn str_digits() -> usize {
    match *STR_DIGITS.get() {
        0 => usize::MAX,
        n => n,
    }
}

/// An int's decimal text; past [`MAX_STR_DIGITS`] digits CPython's ValueError.
pub fn to_decimal(a: &Int) -> R<String> {
    match a {
        Int::Small(n) => Ok(alloc::format!("{n}")),
        Int::Big(b) => {
            let bits = b.bits();
            check_str_bits(bits)?;
            room_for_digits(bits, bits / 3 + 2)?;
            let text = b.to_bigint().try_to_str_radix(10).ok_or_else(crate::exc::memory_error)?;
            check_str_digits(text.trim_start_matches('-').len())?;
            Ok(text)
        }
    }
}

/// MemoryError unless the heap has room for a copy of int `i` (`to_big`) and its text in any
/// radix.
pub fn room_for_copy(i: &Int) -> R<()> {
    match i {
        Int::Big(b) => room_for_digits(b.bits(), b.bits() + 4),
        Int::Small(_) => Ok(()),
    }
}

/// MemoryError unless the heap has room for what turning an int of `bits` bits into `digits`
/// digits takes in Rust buffers (a copy of its digits, the text, its reversal: twice over), a
/// failure inside the Rust allocator being no MemoryError.
pub fn room_for_digits(bits: u64, digits: u64) -> R<()> {
    crate::reserve::room_for_text(usize::try_from(digits).unwrap_or(usize::MAX))?;
    crate::reserve::room_for_buffer(usize::try_from(bits / 8 + 2 * digits + 64).unwrap_or(usize::MAX))
}

/// CPython's ValueError before any conversion (as CPython checks first) for an int of `bits`
/// bits whose decimal text is surely longer than the limit: making it would take the time
/// and memory of a quadratic conversion, to be refused after.
pub fn check_str_bits(bits: u64) -> R<()> {
    // At least floor((bits - 1) * log10(2)) + 1 digits (0.30102 is below log10(2)).
    let limit = str_digits();
    if bits > 1 && (bits - 1) * 30102 / 100_000 >= limit as u64 {
        return check_str_digits(limit.saturating_add(1));
    }
    Ok(())
}

/// CPython's ValueError for an int of `digits` decimal digits made into text.
pub fn check_str_digits(digits: usize) -> R<()> {
    let limit = str_digits();
    if digits > limit {
        return Err(raise(
            &VALUE_ERROR,
            alloc::format!(
                "Exceeds the limit ({limit} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
            ),
        ));
    }
    Ok(())
}

/// `a / b` for ints, correctly rounded as CPython's: the quotient of the exact values,
/// rounded once (converting both to floats first rounds twice when either has more bits
/// than a float's mantissa: `12345678901234567890 / 255` came out one unit in the last
/// place low).
// Behind the gate of the programs that divide (`/`, the true division methods: nothing else
// asks an int for one): the floats' code.
#[inline(never)]
#[cfg_attr(target_os = "none", link_section = ".text.mpyc.gate.truediv/true_divide")]
fn true_divide(a: &Int, b: &Int) -> R {
    use crate::float::{Float, M};
    if let (&Int::Small(x), &Int::Small(y)) = (a, b) {
        let within = |bits: u32| x.unsigned_abs() <= 1 << bits && y.unsigned_abs() <= 1 << bits;
        // Exact as floats of the board's width: one division rounds once.
        if within(Float::MANTISSA_DIGITS) {
            return crate::float::new_float(to_float(a)? / to_float(b)?);
        }
        // Within a double's mantissa a double's quotient is the exact one rounded once (a
        // 32-bit float board rounds it again: wrong only where that lands exactly halfway).
        if within(f64::MANTISSA_DIGITS) {
            return crate::float::new_float((x as f64 / y as f64) as Float);
        }
    }
    let (mut ba, mut bb) = ([0; 2], [0; 2]);
    let ((na, x), (nb, y)) = (a.parts(&mut ba), b.parts(&mut bb));
    let sign: Float = if na != nb { -1.0 } else { 1.0 };
    if x.is_empty() {
        return crate::float::new_float(sign * 0.0);
    }
    // A quotient of two more bits than the mantissa, and a sticky bit for the remainder: its
    // conversion to a float then rounds as the exact quotient would.
    let p = Float::MANTISSA_DIGITS as i64 + 2;
    let e = digits::bits(x) as i64 - digits::bits(y) as i64 - p;
    // The dividend or the divisor shifted, the quotient and the division's working digits in
    // one run of scratch, taken fallibly (MemoryError where the heap has none, as `divmod`'s:
    // the Rust allocator's failure could not become one).
    let (sx, sy) = if e < 0 { ((-e) as usize, 0) } else { (0, e as usize) };
    let (xn, yn) = (x.len() + sx / Digit::BITS as usize + 1, y.len() + sy / Digit::BITS as usize + 1);
    let q = with_scratch(3 * xn + 2 * yn + 1, |s| {
        let (xs, s) = s.split_at_mut(xn);
        let (ys, s) = s.split_at_mut(yn);
        digits::shl(xs, x, sx);
        digits::shl(ys, y, sy);
        // (Now x > y: a quotient of p or p + 1 bits.)
        let (xs, ys) = (digits::trim(xs), digits::trim(ys));
        let (q, s) = s.split_at_mut(xs.len() - ys.len() + 1);
        let (u, v) = s.split_at_mut(xs.len() + 1);
        let rest = if ys.len() == 1 {
            digits::div_digit(q, xs, ys[0]) != 0
        } else {
            digits::div_long(q, u, &mut v[..ys.len()], xs, ys);
            !digits::trim(&u[..ys.len()]).is_empty()
        };
        let q = match digits::trim(q) {
            [] => 0,
            [lo] => u64::from(*lo),
            [lo, hi] => u64::from(*lo) | u64::from(*hi) << 32,
            _ => u64::MAX,
        };
        Ok(q | u64::from(rest))
    })?;
    let f = M::ldexp(q as Float, e.clamp(-100_000, 100_000) as i32);
    if f.is_infinite() {
        return Err(raise(&OVERFLOW_ERROR, "integer division result too large for a float"));
    }
    crate::float::new_float(sign * f)
}

/// `a ** b` for a negative `b`: a float. Behind the gate of the programs that raise to a
/// power (`**`, `pow`, the power methods: nothing else asks an int for one), as the float
/// operators it calls. (Which make floats where the program may make no other: the reference
/// to `new_float` opens the floats' gate, behind which `float::binary` is.)
#[inline(never)]
#[cfg_attr(target_os = "none", link_section = ".text.mpyc.gate.pow/negative_power")]
fn negative_power(a: &Int, b: &Int) -> R {
    core::hint::black_box(crate::float::new_float as fn(crate::float::Float) -> R);
    crate::float::binary(binop::POW, to_float(a)?, to_float(b)?)
}

/// An int as a float of the board's width; OverflowError when too large.
pub fn to_float(a: &Int) -> R<crate::float::Float> {
    match a {
        // Through a word when the value fits one: the FPU converts those (i64 needs a library call).
        Int::Small(n) => Ok(match isize::try_from(*n) {
            Ok(w) => w as crate::float::Float,
            Err(_) => *n as crate::float::Float,
        }),
        // (Past any float: no copy of an int that may be as big as the heap has room for.)
        Int::Big(b) if b.bits() > 1100 => Err(raise(&OVERFLOW_ERROR, "int too large to convert to float")),
        // Rounded once, at the float's own width (a 32-bit float through f64 rounds twice).
        Int::Big(b) => match if core::mem::size_of::<crate::float::Float>() == 4 {
            b.to_bigint().to_f32() as crate::float::Float
        } else {
            b.to_bigint().to_f64() as crate::float::Float
        } {
            f if f.is_finite() => Ok(f),
            _ => Err(raise(&OVERFLOW_ERROR, "int too large to convert to float")),
        },
    }
}

/// An index or count argument as a machine integer: TypeError for non-ints, IndexError for
/// ints too large (as CPython's "cannot fit 'int' into an index-sized integer").
pub fn index_of(v: Value, what: &str) -> R<isize> {
    let _ = what;
    if is_small(v) {
        return Ok(small_value(v));
    }
    match as_int(v) {
        Some(Int::Small(n)) => {
            isize::try_from(n).map_err(|_| raise(&INDEX_ERROR, "cannot fit 'int' into an index-sized integer"))
        }
        // Beyond 64 bits: never an index.
        Some(Int::Big(_)) => Err(raise(&INDEX_ERROR, "cannot fit 'int' into an index-sized integer")),
        None => index_of_object(v, what),
    }
}

/// [`index_of`] of what is not an int: an object with `__index__`, else the TypeError.
#[cold]
#[inline(never)]
fn index_of_object(v: Value, what: &str) -> R<isize> {
    index_of(index_value(v)?, what)
}

/// `operator.index(v)`: an int, or what a class's `__index__` gives (which must be an int).
#[cold]
pub fn index_value(v: Value) -> R {
    if as_int(v).is_some() {
        return Ok(v);
    }
    if let Some(m) = crate::func::lookup_name(type_of(v), crate::name!("__index__")) {
        let r = crate::func::call(m, &[v], &crate::func::Kw::NONE)?;
        if as_int(r).is_none() {
            return Err(raise(&TYPE_ERROR, alloc::format!("__index__ returned non-int (type {})", type_name(r))));
        }
        return Ok(r);
    }
    Err(raise(&TYPE_ERROR, alloc::format!("'{}' object cannot be interpreted as an integer", type_name(v))))
}

/// `n` as a machine word, or the word's end of its sign when it does not fit (an int within
/// 64 bits on a 32-bit board).
pub fn saturating_word(n: i64) -> isize {
    isize::try_from(n).unwrap_or(if n < 0 { isize::MIN } else { isize::MAX })
}

/// A `Py_ssize_t` argument of a method (`list.insert`'s index, `str.zfill`'s width): an int
/// within 64 bits as far as the board goes, as a 64-bit CPython takes it (an insert past
/// the end appends; a width that big asks for memory); one past 64 bits CPython's
/// OverflowError; anything else [`index_of`]'s TypeError.
#[inline]
pub fn ssize_arg(v: Value, what: &str) -> R<isize> {
    if is_small(v) {
        return Ok(small_value(v));
    }
    match as_int(v) {
        Some(Int::Small(n)) => Ok(saturating_word(n)),
        Some(Int::Big(_)) => Err(raise(&OVERFLOW_ERROR, "Python int too large to convert to C ssize_t")),
        None => index_of(v, what),
    }
}

/// A slice bound or a like argument (`str.find`'s start, `round`'s ndigits): an int too
/// large is clamped to the machine's range, as CPython's `_PyEval_SliceIndex` does.
pub fn clamped_index(v: Value, what: &str) -> R<isize> {
    match as_int(v) {
        Some(Int::Small(n)) => Ok(saturating_word(n)),
        Some(Int::Big(b)) => Ok(if b.negative { isize::MIN } else { isize::MAX }),
        None => index_of(v, what),
    }
}

/// Parses Python int syntax in `base` (0: by prefix): underscores, sign, surrounding space.
pub fn parse(text: &str, base: u32) -> Option<BigInt> {
    let t = text.trim();
    let (neg, t) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let prefix = t.as_bytes().get(..2).map(|p| [p[0], p[1].to_ascii_lowercase()]);
    let (base, digits, prefixed) = match (base, prefix) {
        (0 | 16, Some([b'0', b'x'])) => (16, &t[2..], true),
        (0 | 8, Some([b'0', b'o'])) => (8, &t[2..], true),
        (0 | 2, Some([b'0', b'b'])) => (2, &t[2..], true),
        // (Base 0 reads a literal's syntax: no leading zero but in zero itself.)
        (0, _) if t.starts_with('0') && t.bytes().any(|c| !matches!(c, b'0' | b'_')) => return None,
        (0, _) => (10, t, false),
        (b, _) => (b, t, false),
    };
    // (One underscore may follow a prefix: `0x_ff`.)
    let digits = if prefixed { digits.strip_prefix('_').unwrap_or(digits) } else { digits };
    if digits.is_empty() || digits.starts_with('_') || digits.ends_with('_') || digits.contains("__") {
        return None;
    }
    let clean: alloc::borrow::Cow<str> =
        if digits.as_bytes().contains(&b'_') { digits.chars().filter(|&c| c != '_').collect() } else { digits.into() };
    // (The digits only: the sign was taken above, and one more is not valid.)
    let v = crate::bigint::BigUint::parse_bytes(clean.as_bytes(), base)?;
    Some(BigInt::from_biguint(neg, v))
}

/// `int(x)`, `int(text, base)`.
pub fn int_new(args: &[Value], kw: &Kw) -> R {
    kw.only("int", &["base"])?;
    let x = match args.get(1) {
        Some(&x) => x,
        None if kw.get("base").is_some() => return Err(raise(&TYPE_ERROR, "int() missing string argument")),
        None => return Ok(small(0)),
    };
    let base = args.get(2).copied().or_else(|| kw.get("base"));
    // A memoryview or an array as the bytes of its buffer, as CPython reads any buffer.
    if base.is_none() {
        if let Some(b) = crate::memoryview::buffer_bytes(x)? {
            return int_new(&[args[0], b], kw);
        }
    }
    // bytes and bytearray as their ASCII text.
    // (bytes beyond UTF-8 are no number: text that parses as none.)
    let bytes_text = crate::bytes::bytes_of(x).map(|b| core::str::from_utf8(b).unwrap_or("\u{FFFD}"));
    // (A str's digits of other scripts and its Unicode spaces as ASCII's, as CPython reads them.)
    let ascii = match crate::str::as_str(x) {
        Some(t) => crate::numerals::to_ascii(t)?,
        None => None,
    };
    if let Some(t) = ascii.as_deref().or(crate::str::as_str(x)).or(bytes_text) {
        let shown = crate::str::as_str(x).or(bytes_text).unwrap_or(t);
        let b = match base {
            Some(b) => match index_of(b, "base")? {
                b @ (0 | 2..=36) => b as u32,
                _ => return Err(raise(&VALUE_ERROR, "int() base must be >= 2 and <= 36, or 0")),
            },
            None => 10,
        };
        // (CPython's limit on the digits of text in a base that is not a power of two.)
        let body = t.trim().trim_start_matches(['+', '-']);
        let prefixed =
            body.len() > 1 && matches!(&body.as_bytes()[..2], [b'0', b'x' | b'X' | b'o' | b'O' | b'b' | b'B']);
        let limit = str_digits();
        if body.len() > limit && !(matches!(b, 2 | 4 | 8 | 16 | 32) || b == 0 && prefixed) {
            // (Counted in text that is a number: anything else is the invalid-literal error.)
            let radix = if b == 0 { 10 } else { b.clamp(2, 36) };
            let number = body.trim_end().bytes().all(|c| c == b'_' || (c as char).is_digit(radix));
            let digits = body.bytes().filter(|c| c.is_ascii_alphanumeric()).count();
            if number && digits > limit {
                return Err(raise(
                    &VALUE_ERROR,
                    alloc::format!(
                        "Exceeds the limit ({limit} digits) for integer string conversion: value has {digits} digits; use sys.set_int_max_str_digits() to increase the limit"
                    ),
                ));
            }
        }
        if t.len() > 256 {
            // Room for a copy of the text and for the int (at most 5.2 bits a digit), counted
            // in what may be digits (text that is no number is the invalid-literal error).
            let radix = if b == 0 { 16 } else { b };
            let digits = t.bytes().filter(|&c| (c as char).is_digit(radix)).count();
            crate::reserve::room_for_text(t.len())?;
            crate::reserve::room_for_int(digits as u64 * 6)?;
        }
        return match parse(t, b) {
            Some(v) => from_big(v),
            None => Err(raise(
                &VALUE_ERROR,
                alloc::format!(
                    "invalid literal for int() with base {b}: {}",
                    if bytes_text.is_some() {
                        crate::bytes::literal_repr(x)?
                    } else {
                        crate::str::repr_cut(shown, 200)
                    }
                ),
            )),
        };
    }
    if base.is_some() {
        return Err(raise(&TYPE_ERROR, "int() can't convert non-string with explicit base"));
    }
    if let Some(i) = as_int(x) {
        return exact(x, i);
    }
    if let Some(f) = crate::float::as_float(x) {
        return crate::float::to_int(crate::float::M::trunc(f.value));
    }
    if let Some(m) = crate::func::lookup_name(type_of(x), crate::name!("__int__")) {
        let r = crate::func::call(m, &[x], &Kw::NONE)?;
        if as_int(r).is_none() || r == TRUE || r == FALSE {
            if r == TRUE || r == FALSE {
                return Ok(small(isize::from(r == TRUE)));
            }
            return Err(raise(&TYPE_ERROR, alloc::format!("__int__ returned non-int (type {})", type_name(r))));
        }
        // (An int subclass's value as a plain int, as CPython's.)
        return match as_int(r) {
            Some(i) => exact(r, i),
            None => Ok(r),
        };
    }
    // (Then `__index__`, then `__trunc__`, as CPython's.)
    if crate::func::lookup_name(type_of(x), crate::name!("__index__")).is_some() {
        return index_value(x);
    }
    if let Some(m) = crate::func::lookup_name(type_of(x), crate::name!("__trunc__")) {
        let r = crate::func::call(m, &[x], &Kw::NONE)?;
        if as_int(r).is_none() && !crate::list::has_index(r) {
            return Err(raise(&TYPE_ERROR, alloc::format!("__trunc__ returned non-Integral (type {})", type_name(r))));
        }
        return index_value(r);
    }
    Err(raise(
        &TYPE_ERROR,
        alloc::format!("int() argument must be a string, a bytes-like object or a real number, not '{}'", type_name(x)),
    ))
}

/// The int `v` (of value `i`) as an int of the type int itself: `v` when it is one, else a
/// copy of an int subclass's value.
fn exact(v: Value, i: Int) -> R {
    match i {
        Int::Small(n) => from_i64(n),
        Int::Big(_) if is_ptr(v) && crate::object::ptr_inline(v) == Kind::Int => Ok(v),
        big => add(big, Int::Small(0)),
    }
}

/// An int literal too large for a small int: parsed from its decimal digits once, then cached
/// in the word at `slot`.
#[no_mangle]
pub unsafe extern "C" fn rt_int_lit(slot: *mut Value, digits: *const u8, len: usize) -> Value {
    if *slot == 0 {
        let text = core::slice::from_raw_parts(digits, len);
        let big = BigInt::parse_bytes(text, 10).unwrap_or_default();
        match from_big(big) {
            Ok(v) => *slot = v,
            Err(_) => return EXC,
        }
    }
    *slot
}

/// `int.to_bytes(length=1, byteorder="big", *, signed=False)` and
/// `int.from_bytes(bytes, byteorder="big", *, signed=False)` (called through the type).
/// The int a method was called on (`int.bit_length(x)` may pass anything).
fn self_int(a: &[Value], method: &str) -> R<Int> {
    as_int(a[0]).ok_or_else(|| crate::func::descriptor_mismatch(method, "int", a[0]))
}

pub static INT_METHODS: &[crate::func::NativeObj] = crate::methods![
    crate::func::NativeObj::method("bit_length", 0, 0, |a, _| {
        Ok(small(match self_int(a, "bit_length")? {
            Int::Small(n) => (64 - n.unsigned_abs().leading_zeros()) as isize,
            Int::Big(b) => b.bits() as isize,
        }))
    }),
    crate::func::NativeObj::method("bit_count", 0, 0, |a, _| {
        Ok(small(match self_int(a, "bit_count")? {
            Int::Small(n) => n.unsigned_abs().count_ones() as isize,
            Int::Big(b) => b.mag.iter().map(|d| d.count_ones() as isize).sum(),
        }))
    }),
    crate::func::NativeObj::method("conjugate", 0, 0, |a, _| {
        self_int(a, "conjugate")?;
        plain_int(a[0])
    }),
    crate::func::NativeObj::method("as_integer_ratio", 0, 0, |a, _| {
        self_int(a, "as_integer_ratio")?;
        crate::list::new_tuple(&[plain_int(a[0])?, small(1)])
    }),
    crate::func::NativeObj::method("to_bytes", 0, 2, |a, kw| {
        kw.only("to_bytes", &["length", "byteorder", "signed"])?;
        let n = as_int(a[0]).ok_or_else(|| raise(&TYPE_ERROR, "descriptor 'to_bytes' requires an 'int' object"))?;
        let length = match a.get(1).copied().or_else(|| kw.get("length")) {
            Some(l) => index_of(l, "length")?,
            None => 1,
        };
        if length < 0 {
            return Err(raise(&VALUE_ERROR, "length argument must be non-negative"));
        }
        let little = byteorder(a.get(2).copied().or_else(|| kw.get("byteorder")))?;
        let signed = kw.get("signed").is_some_and(|v| v == TRUE || (is_small(v) && small_value(v) != 0));
        // (The bytes are made in a Rust buffer, then copied into the object.)
        crate::reserve::room_for_text(length as usize)?;
        room_for_copy(&n)?;
        let big = n.to_big();
        if big.is_negative() && !signed {
            return Err(raise(&OVERFLOW_ERROR, "can't convert negative int to unsigned"));
        }
        let mut bytes = if signed { big.to_signed_bytes_le() } else { big.magnitude().to_bytes_le() };
        let fill = if big.is_negative() { 0xff } else { 0 };
        if bytes.len() > length as usize {
            return Err(raise(&OVERFLOW_ERROR, "int too big to convert"));
        }
        bytes.resize(length as usize, fill);
        if !little {
            bytes.reverse();
        }
        crate::bytes::new_bytes(&bytes)
    })
    .keywords(),
    crate::func::NativeObj::new("from_bytes", |a, kw| {
        kw.only("from_bytes", &["bytes", "byteorder", "signed"])?;
        // Through the type (`int.from_bytes(b)`) or an int (`(0).from_bytes(b)`).
        let a = if a.first().is_some_and(|&v| as_int(v).is_some() && crate::bytes::bytes_of(v).is_none()) {
            &a[1..]
        } else {
            a
        };
        // (`signed` is keyword-only: MicroPython's positional form is CPython's TypeError,
        // not a flag read as False.)
        if a.len() > 2 {
            let msg = match a.len() {
                3 => "from_bytes() takes at most 2 positional arguments (3 given)".into(),
                n => alloc::format!("from_bytes() takes at most 3 arguments ({n} given)"),
            };
            return Err(raise(&TYPE_ERROR, msg));
        }
        let src = a.first().copied().or_else(|| kw.get("bytes")).unwrap_or(NONE);
        let data: alloc::vec::Vec<u8> = match crate::memoryview::bytes_like(src)? {
            Some(b) => b,
            // (A str is iterable, but not bytes: CPython refuses it by name, as what does not
            // iterate.)
            None if crate::str::as_str(src).is_some() || crate::iter::lacks_iter(src) => {
                let msg = alloc::format!("cannot convert '{}' object to bytes", type_name(src));
                return Err(raise(&TYPE_ERROR, msg));
            }
            None => crate::bytes::byte_values(src, "bytes must be in range(0, 256)")?,
        };
        let little = byteorder(a.get(1).copied().or_else(|| kw.get("byteorder")))?;
        let signed = kw.get("signed").is_some_and(|v| v == TRUE || (is_small(v) && small_value(v) != 0));
        crate::reserve::room_for_int(data.len() as u64 * 8)?;
        let mut le = data;
        if !little {
            le.reverse();
        }
        let n = if signed {
            BigInt::from_signed_bytes_le(&le)
        } else {
            BigInt::from_biguint(false, crate::bigint::BigUint::from_bytes_le(&le))
        };
        from_big(n)
    }),
];

/// An int as an int: a bool as 0 or 1, an int subclass's object as an int of its value.
pub fn plain_int(v: Value) -> R {
    match v {
        TRUE => Ok(small(1)),
        FALSE => Ok(small(0)),
        _ if is_ptr(v) && type_of(v).is_class() => match as_int(v) {
            Some(i) => add(i, Int::Small(0)),
            None => Ok(v),
        },
        _ => Ok(v),
    }
}

/// A `byteorder` argument: whether it is "little" (default "big").
fn byteorder(v: Option<Value>) -> R<bool> {
    match v.map(crate::str::as_str) {
        None => Ok(false),
        Some(Some("little")) => Ok(true),
        Some(Some("big")) => Ok(false),
        Some(Some(_)) => Err(raise(&VALUE_ERROR, "byteorder must be either 'little' or 'big'")),
        Some(None) => Err(raise(&TYPE_ERROR, "to_bytes() argument 'byteorder' must be str")),
    }
}

/// A loop accumulator kept as two words ([`rt_int_of_words`]) on its way in: `v`'s value,
/// low word then high word, in `out`, when `v` is an int (not a bool) of at most 64 bits;
/// otherwise 0 (the loop then runs its general copy).
#[no_mangle]
pub unsafe extern "C" fn rt_int_words(v: Value, out: *mut usize) -> usize {
    let Some(n) = as_i64(v) else { return 0 };
    let n = n as i128;
    *out = n as usize;
    *out.add(1) = (n >> usize::BITS) as usize;
    1
}

/// A loop accumulator kept as two words on its way out: the int whose low and high words
/// (the high one signed) are `lo` and `hi`; `orig`, the value it had on the way in, when
/// that is the same (a loop that added nothing leaves the very object).
#[no_mangle]
pub extern "C" fn rt_int_of_words(lo: usize, hi: usize, orig: Value) -> Value {
    let n = ((hi as isize as i128) << usize::BITS) | lo as i128;
    if as_i64(orig).is_some_and(|o| o as i128 == n) {
        return orig;
    }
    let r = match i64::try_from(n) {
        Ok(n) => from_i64(n),
        Err(_) => from_big(BigInt::from(n)),
    };
    r.unwrap_or(EXC)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn int(v: Value) -> alloc::string::String {
        to_decimal(&as_int(v).unwrap()).unwrap()
    }

    #[test]
    fn floor_division_and_modulo_follow_python() {
        let cases: [(i64, i64, isize, isize); 5] =
            [(7, 2, 3, 1), (-7, 2, -4, 1), (7, -2, -4, -1), (-7, -2, 3, -1), (0, 5, 0, 0)];
        for (a, b, q, r) in cases {
            assert_eq!(binary(binop::FLOORDIV, Int::Small(a), Int::Small(b)), Ok(small(q)), "{a} // {b}");
            assert_eq!(binary(binop::MOD, Int::Small(a), Int::Small(b)), Ok(small(r)), "{a} % {b}");
        }
    }

    #[test]
    fn small_ints_grow_into_big_ones_and_back() {
        crate::gc::init_host(1 << 20);
        let max = binary(binop::ADD, Int::Small(SMALL_MAX as i64), Int::Small(0)).unwrap();
        assert_eq!(max, small(SMALL_MAX));
        let over = binary(binop::ADD, Int::Small(SMALL_MAX as i64), Int::Small(1)).unwrap();
        assert!(is_ptr(over) && matches!(as_int(over), Some(Int::Small(_))), "SMALL_MAX + 1 is a wide int");
        let back = binary(binop::SUB, as_int(over).unwrap(), Int::Small(1)).unwrap();
        assert_eq!(back, small(SMALL_MAX), "and normalised back to a small int");
        let top = binary(binop::ADD, Int::Small(i64::MAX), Int::Small(1)).unwrap();
        assert!(matches!(as_int(top), Some(Int::Big(_))), "past 64 bits it is a big int");
        assert_eq!(int(top), "9223372036854775808");
        let back = binary(binop::SUB, as_int(top).unwrap(), Int::Small(1)).unwrap();
        assert!(matches!(as_int(back), Some(Int::Small(i64::MAX))), "and back to a wide one");
        assert_eq!(
            int(binary(binop::MUL, Int::Small(-(1 << 40)), Int::Small(1 << 30)).unwrap()),
            "-1180591620717411303424"
        );
        assert_eq!(
            binary(binop::FLOORDIV, Int::Small(i64::MIN), Int::Small(-1)).map(int),
            Ok("9223372036854775808".into())
        );
        assert_eq!(int(binary(binop::POW, Int::Small(2), Int::Small(100)).unwrap()), "1267650600228229401496703205376");
        assert_eq!(int(binary(binop::LSHIFT, Int::Small(-3), Int::Small(70)).unwrap()), "-3541774862152233910272");
        assert_eq!(binary(binop::RSHIFT, Int::Small(-1), Int::Small(1000)), Ok(small(-1)));
    }
}
