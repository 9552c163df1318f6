//! Integers: unboxed small ints and heap big ints, with Python's semantics for every operator.
//!
//! Generated code handles the common small-int cases inline and calls here for the rest; this
//! module repeats the small-int case itself so that any operand mix gives the right answer.
// Conversions to and from `Float` are casts to the same type on a 64-bit-float build.
#![allow(clippy::unnecessary_cast)]

use crate::exc::*;
use crate::func::Kw;
use crate::object::*;
use crate::ops::binop;
use crate::value::*;
use alloc::string::String;
use core::cmp::Ordering;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Pow, Signed, ToPrimitive, Zero};

/// An int too large for a word and for 64 bits (`form` [`BIG`]): its digits are the Rust
/// allocator's, freed by a finaliser.
#[repr(C)]
pub struct IntObj {
    pub header: Header,
    pub form: usize,
    pub big: BigInt,
}

/// An int too large for a word that fits in 64 bits (`form` [`WIDE`]): one block, no
/// pointers, nothing to free — sums and products that outgrow a small int stay cheap.
#[repr(C)]
pub struct WideObj {
    pub header: Header,
    pub form: usize,
    pub value: i64,
}

/// [`IntObj::form`] and [`WideObj::form`].
pub const WIDE: usize = 0;
pub const BIG: usize = 1;

/// An int operand as the slow paths see it: bools count as 0 and 1, as in Python. `Small` is
/// any int that fits in 64 bits (a small int or a wide one); `Big` the rest.
pub enum Int {
    Small(i64),
    Big(&'static BigInt),
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

pub fn as_int(v: Value) -> Option<Int> {
    match v {
        TRUE => Some(Int::Small(1)),
        FALSE => Some(Int::Small(0)),
        _ if is_small(v) => Some(Int::Small(small_value(v) as i64)),
        _ if is_ptr(v) && ptr_kind(v) == Kind::Int => Some(unsafe {
            if body::<WideObj>(v).form == WIDE {
                Int::Small(body::<WideObj>(v).value)
            } else {
                Int::Big(&body::<IntObj>(v).big)
            }
        }),
        _ => None,
    }
}

impl Int {
    /// The value as a big int, borrowed when it is one.
    pub fn as_big(&self) -> alloc::borrow::Cow<'static, BigInt> {
        match self {
            Int::Small(n) => alloc::borrow::Cow::Owned(BigInt::from(*n)),
            Int::Big(b) => alloc::borrow::Cow::Borrowed(*b),
        }
    }
    pub fn to_big(&self) -> BigInt {
        match self {
            Int::Small(n) => BigInt::from(*n),
            Int::Big(b) => (*b).clone(),
        }
    }
    fn is_negative(&self) -> bool {
        match self {
            Int::Small(n) => *n < 0,
            Int::Big(b) => b.is_negative(),
        }
    }
    fn is_zero(&self) -> bool {
        match self {
            Int::Small(n) => *n == 0,
            Int::Big(b) => b.is_zero(),
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
    match b.to_i64() {
        Some(n) => from_i64(n),
        None => alloc_flags(IntObj { header: Header::of(&INT_TYPE), form: BIG, big: b }, crate::gc::FINAL),
    }
}

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
        binop::TRUEDIV | binop::POW if b.is_negative() || op == binop::TRUEDIV => {
            crate::float::binary(op, to_float(&a)?, to_float(&b)?)
        }
        binop::LSHIFT | binop::RSHIFT if b.is_negative() => Err(raise(&VALUE_ERROR, "negative shift count")),
        _ if crate::reserve::room_for_int(result_bits(op, &a, &b)).is_err() => Err(Exc),
        // Big-int digits hold no pointers: the collector neither zeroes nor scans them.
        binop::ADD | binop::SUB | binop::MUL => crate::gc::leaf_allocs(|| {
            // By reference, and a 64-bit operand as a scalar: only the result is allocated.
            from_big(match (op, &a, &b) {
                (binop::ADD, Int::Big(x), Int::Small(y)) | (binop::ADD, Int::Small(y), Int::Big(x)) => *x + *y,
                (binop::MUL, Int::Big(x), Int::Small(y)) | (binop::MUL, Int::Small(y), Int::Big(x)) => *x * *y,
                (binop::SUB, Int::Big(x), Int::Small(y)) => *x - *y,
                (binop::SUB, Int::Small(x), Int::Big(y)) => *x - *y,
                _ => {
                    let (x, y) = (a.as_big(), b.as_big());
                    match op {
                        binop::ADD => &*x + &*y,
                        binop::SUB => &*x - &*y,
                        _ => &*x * &*y,
                    }
                }
            })
        }),
        _ => crate::gc::leaf_allocs(|| big_binary(op, &a.as_big(), b)),
    }
}

/// An upper bound of the bits of `a op b` (see [`crate::reserve::int_result_bits`]).
fn result_bits(op: usize, a: &Int, b: &Int) -> u64 {
    let bits = |i: &Int| match i {
        Int::Small(n) => u64::from(64 - n.unsigned_abs().leading_zeros()),
        Int::Big(x) => x.bits(),
    };
    let small = match b {
        Int::Small(n) => Some(*n),
        Int::Big(_) => None,
    };
    crate::reserve::int_result_bits(op, bits(a), bits(b), small)
}

/// The other operators on big operands, by reference: only the result is allocated.
fn big_binary(op: usize, x: &BigInt, b: Int) -> R {
    let shift = |b: &Int| match b {
        Int::Small(n) => usize::try_from(*n).ok(),
        Int::Big(_) => None,
    };
    let y = b.as_big();
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
            Some(e) => Pow::pow(x, e),
            None if x.abs() <= BigInt::from(1) => {
                if x.is_negative() && !y.is_odd() {
                    BigInt::from(1)
                } else {
                    x.clone()
                }
            }
            None => return Err(memory_error()),
        },
        binop::LSHIFT => match shift(&b) {
            Some(n) if n < (1 << 24) => x << n,
            _ if x.is_zero() => BigInt::zero(),
            _ => return Err(raise(&OVERFLOW_ERROR, "too many digits in integer")),
        },
        binop::RSHIFT => match shift(&b) {
            Some(n) => x >> n,
            None => BigInt::from(if x.is_negative() { -1 } else { 0 }),
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
        binop::FLOORDIV if y != 0 && !(x == i64::MIN && y == -1) => Integer::div_floor(&x, &y),
        binop::MOD if y != 0 && y != -1 => Integer::mod_floor(&x, &y),
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

pub fn compare(a: &Int, b: &Int) -> Ordering {
    match (a, b) {
        (Int::Small(x), Int::Small(y)) => x.cmp(y),
        // A big int is beyond every 64-bit one (they are normalised): its sign decides.
        (Int::Small(_), Int::Big(y)) if y.is_negative() => Ordering::Greater,
        (Int::Small(_), Int::Big(_)) => Ordering::Less,
        (Int::Big(x), Int::Small(_)) if x.is_negative() => Ordering::Less,
        (Int::Big(_), Int::Small(_)) => Ordering::Greater,
        (Int::Big(x), Int::Big(y)) => x.cmp(y),
    }
}

pub fn to_decimal(a: &Int) -> String {
    match a {
        Int::Small(n) => alloc::format!("{n}"),
        Int::Big(b) => alloc::format!("{b}"),
    }
}

/// An int as a float of the board's width; OverflowError when too large.
pub fn to_float(a: &Int) -> R<crate::float::Float> {
    match a {
        // Through a word when the value fits one: the FPU converts those (i64 needs a library call).
        Int::Small(n) => Ok(match isize::try_from(*n) {
            Ok(w) => w as crate::float::Float,
            Err(_) => *n as crate::float::Float,
        }),
        Int::Big(b) => match b.to_f64() {
            Some(f) if f.is_finite() && (f as crate::float::Float).is_finite() => Ok(f as crate::float::Float),
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
        Some(Int::Big(b)) => match b.to_isize() {
            Some(n) => Ok(n),
            None => Err(raise(&INDEX_ERROR, "cannot fit 'int' into an index-sized integer")),
        },
        None => {
            Err(raise(&TYPE_ERROR, alloc::format!("'{}' object cannot be interpreted as an integer", type_name(v))))
        }
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
    let lower = t.to_ascii_lowercase();
    let (base, digits) = match (base, lower.get(..2)) {
        (0 | 16, Some("0x")) => (16, &t[2..]),
        (0 | 8, Some("0o")) => (8, &t[2..]),
        (0 | 2, Some("0b")) => (2, &t[2..]),
        (0, _) => (10, t),
        (b, _) => (b, t),
    };
    if digits.is_empty() || digits.starts_with('_') || digits.ends_with('_') || digits.contains("__") {
        return None;
    }
    let clean: String = digits.chars().filter(|&c| c != '_').collect();
    let v = BigInt::parse_bytes(clean.as_bytes(), base)?;
    Some(if neg { -v } else { v })
}

/// `int(x)`, `int(text, base)`.
pub fn int_new(args: &[Value], kw: &Kw) -> R {
    kw.only("int", &["base"])?;
    let x = match args.get(1) {
        Some(&x) => x,
        None => return Ok(small(0)),
    };
    let base = args.get(2).copied().or_else(|| kw.get("base"));
    if let Some(t) = crate::str::as_str(x) {
        let b = match base {
            Some(b) => index_of(b, "base")? as u32,
            None => 10,
        };
        return match parse(t, b) {
            Some(v) => from_big(v),
            None => Err(raise(
                &VALUE_ERROR,
                alloc::format!("invalid literal for int() with base {b}: {}", crate::str::repr_cut(t, 200)),
            )),
        };
    }
    if base.is_some() {
        return Err(raise(&TYPE_ERROR, "int() can't convert non-string with explicit base"));
    }
    match as_int(x) {
        Some(Int::Small(n)) => return from_i64(n),
        Some(Int::Big(_)) => return Ok(x),
        None => {}
    }
    if let Some(f) = crate::float::as_float(x) {
        return crate::float::to_int(crate::float::M::trunc(f.value));
    }
    if let Some(m) = crate::func::lookup_name(type_of(x), crate::name!("__int__")) {
        return crate::func::call(m, &[x], &Kw::NONE);
    }
    Err(raise(
        &TYPE_ERROR,
        alloc::format!("int() argument must be a string, a bytes-like object or a real number, not '{}'", type_name(x)),
    ))
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

#[cfg(test)]
mod tests {
    use super::*;

    fn int(v: Value) -> alloc::string::String {
        to_decimal(&as_int(v).unwrap())
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
            binary(binop::FLOORDIV, Int::Small(i64::MIN), Int::Small(-1)).map(|v| int(v)),
            Ok("9223372036854775808".into())
        );
        assert_eq!(int(binary(binop::POW, Int::Small(2), Int::Small(100)).unwrap()), "1267650600228229401496703205376");
        assert_eq!(int(binary(binop::LSHIFT, Int::Small(-3), Int::Small(70)).unwrap()), "-3541774862152233910272");
        assert_eq!(binary(binop::RSHIFT, Int::Small(-1), Int::Small(1000)), Ok(small(-1)));
    }
}
