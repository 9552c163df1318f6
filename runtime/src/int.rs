//! Integers: unboxed small ints and heap big ints, with Python's semantics for every operator.
//!
//! Generated code handles the common small-int cases inline and calls here for the rest; this
//! module repeats the small-int case itself so that any operand mix gives the right answer.

use crate::exc::{raise, ExcType};
use crate::object::{alloc, as_bigint, Header, Kind};
use crate::ops::binop;
use crate::value::*;
use alloc::string::String;
use core::cmp::Ordering;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Pow, Signed, ToPrimitive, Zero};

/// An int too large for a word.
#[repr(C)]
pub struct IntObj {
    pub header: Header,
    pub big: BigInt,
}

/// An int operand as the slow paths see it: bools count as 0 and 1, as in Python.
pub enum Int {
    Small(isize),
    Big(&'static BigInt),
}

pub fn as_int(v: Value) -> Option<Int> {
    match v {
        TRUE => Some(Int::Small(1)),
        FALSE => Some(Int::Small(0)),
        _ if is_small(v) => Some(Int::Small(small_value(v))),
        _ => as_bigint(v).map(|o| Int::Big(&o.big)),
    }
}

impl Int {
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
    if fits_small(n) {
        small(n)
    } else {
        from_big(BigInt::from(n))
    }
}

/// The value of `b`, normalised to a small int when it fits.
pub fn from_big(b: BigInt) -> Value {
    match b.to_isize() {
        Some(n) if fits_small(n) => small(n),
        _ => alloc(IntObj { header: Header { kind: Kind::Int }, big: b }),
    }
}

/// Applies the binary operator `op` (see [`binop`]) to two ints.
pub fn binary(op: usize, a: Int, b: Int) -> Value {
    if let (Int::Small(x), Int::Small(y)) = (&a, &b) {
        if let Some(v) = small_binary(op, *x, *y) {
            return v;
        }
    }
    match op {
        binop::FLOORDIV if b.is_zero() => raise(ExcType::ZeroDivisionError, "integer division or modulo by zero"),
        binop::MOD if b.is_zero() => raise(ExcType::ZeroDivisionError, "integer modulo by zero"),
        binop::POW if b.is_negative() => {
            raise(ExcType::ValueError, "negative exponents give floats, which mpyc does not support yet")
        }
        binop::LSHIFT | binop::RSHIFT if b.is_negative() => raise(ExcType::ValueError, "negative shift count"),
        _ => big_binary(op, a.to_big(), b),
    }
}

fn big_binary(op: usize, x: BigInt, b: Int) -> Value {
    let shift = |b: &Int| match b {
        Int::Small(n) => Some(*n as usize),
        Int::Big(_) => None,
    };
    let r = match op {
        binop::ADD => x + b.to_big(),
        binop::SUB => x - b.to_big(),
        binop::MUL => x * b.to_big(),
        binop::FLOORDIV => x.div_floor(&b.to_big()),
        binop::MOD => x.mod_floor(&b.to_big()),
        binop::AND => x & b.to_big(),
        binop::OR => x | b.to_big(),
        binop::XOR => x ^ b.to_big(),
        binop::POW => match b.to_big().to_u32() {
            Some(e) => Pow::pow(x, e),
            None if x.abs() <= BigInt::from(1) => {
                let odd = b.to_big().is_odd();
                if x.is_negative() && !odd {
                    BigInt::from(1)
                } else {
                    x
                }
            }
            None => return raise(ExcType::MemoryError, "int too large to compute"),
        },
        binop::LSHIFT => match shift(&b) {
            Some(n) if n < (1 << 24) => x << n,
            _ if x.is_zero() => x,
            _ => return raise(ExcType::OverflowError, "too many digits in integer"),
        },
        binop::RSHIFT => match shift(&b) {
            Some(n) => x >> n,
            None => BigInt::from(if x.is_negative() { -1 } else { 0 }),
        },
        _ => return raise(ExcType::TypeError, "bad int operator"),
    };
    from_big(r)
}

/// The small-int case of [`binary`], or `None` when the result does not fit or is an error.
fn small_binary(op: usize, x: isize, y: isize) -> Option<Value> {
    let r = match op {
        binop::ADD => x.checked_add(y)?,
        binop::SUB => x.checked_sub(y)?,
        binop::MUL => x.checked_mul(y)?,
        binop::FLOORDIV if y != 0 => Integer::div_floor(&x, &y),
        binop::MOD if y != 0 => Integer::mod_floor(&x, &y),
        binop::AND => x & y,
        binop::OR => x | y,
        binop::XOR => x ^ y,
        binop::POW if y >= 0 => x.checked_pow(u32::try_from(y).ok()?)?,
        binop::LSHIFT if (0..isize::BITS as isize).contains(&y) => {
            let r = x << y;
            if r >> y != x {
                return None;
            }
            r
        }
        binop::RSHIFT if y >= 0 => x >> y.min(isize::BITS as isize - 1),
        _ => return None,
    };
    fits_small(r).then(|| small(r))
}

pub fn compare(a: &Int, b: &Int) -> Ordering {
    match (a, b) {
        (Int::Small(x), Int::Small(y)) => x.cmp(y),
        _ => a.to_big().cmp(&b.to_big()),
    }
}

pub fn to_decimal(a: &Int) -> String {
    match a {
        Int::Small(n) => alloc::format!("{n}"),
        Int::Big(b) => alloc::format!("{b}"),
    }
}

/// An int literal too large for a small int: parsed from its decimal digits once, then cached
/// in the word at `slot`.
#[no_mangle]
pub unsafe extern "C" fn rt_int_lit(slot: *mut Value, digits: *const u8, len: usize) -> Value {
    if *slot == 0 {
        let text = core::slice::from_raw_parts(digits, len);
        let big = BigInt::parse_bytes(text, 10).unwrap_or_default();
        *slot = from_big(big);
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
        let cases = [(7, 2, 3, 1), (-7, 2, -4, 1), (7, -2, -4, -1), (-7, -2, 3, -1), (0, 5, 0, 0)];
        for (a, b, q, r) in cases {
            assert_eq!(binary(binop::FLOORDIV, Int::Small(a), Int::Small(b)), small(q), "{a} // {b}");
            assert_eq!(binary(binop::MOD, Int::Small(a), Int::Small(b)), small(r), "{a} % {b}");
        }
    }

    #[test]
    fn small_ints_grow_into_big_ones_and_back() {
        let max = binary(binop::ADD, Int::Small(SMALL_MAX), Int::Small(0));
        assert_eq!(max, small(SMALL_MAX));
        let over = binary(binop::ADD, Int::Small(SMALL_MAX), Int::Small(1));
        assert!(as_bigint(over).is_some(), "SMALL_MAX + 1 is boxed");
        let back = binary(binop::SUB, as_int(over).unwrap(), Int::Small(1));
        assert_eq!(back, small(SMALL_MAX), "and normalised back to a small int");
        assert_eq!(int(binary(binop::POW, Int::Small(2), Int::Small(100))), "1267650600228229401496703205376");
        assert_eq!(int(binary(binop::LSHIFT, Int::Small(-3), Int::Small(70))), "-3541774862152233910272");
        assert_eq!(binary(binop::RSHIFT, Int::Small(-1), Int::Small(1000)), small(-1));
    }
}
