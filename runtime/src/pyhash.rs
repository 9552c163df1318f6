//! CPython's 64-bit hash values, for what a program can see depend on them: `hash()`, the order
//! a set iterates in (`set.rs`) and `random.seed` of a float. Numbers, tuples and frozensets hash as
//! CPython hashes them on a 64-bit machine (numbers modulo the prime 2**61 - 1, tuples by its
//! xxHash-like mix); for everything else CPython's hash is salted or an address (str, bytes,
//! objects), so no program can depend on it, and mpyc's own hash stands in.

use crate::int::{as_int, Int};
use crate::object::R;
use crate::object::*;
use crate::value::*;

const BITS: u32 = 61;
/// The prime numbers hash modulo.
const MODULUS: u64 = (1 << BITS) - 1;

/// CPython's `hash(v)`.
#[inline]
pub fn cpython_hash(v: Value) -> R<i64> {
    if is_small(v) {
        let n = small_value(v) as i64;
        if n.unsigned_abs() < MODULUS {
            return Ok(if n == -1 { -2 } else { n });
        }
    }
    cpython_hash_slow(v)
}

#[inline(never)]
fn cpython_hash_slow(v: Value) -> R<i64> {
    if !hashes_as_cpython(v) {
        if let Some(h) = crate::ops::own_hash(v) {
            return h;
        }
        // mpyc's own hash, sign-extended from the word (as a hash of an int of that value).
        return Ok(crate::ops::hash(v)? as isize as i64);
    }
    if let Some(i) = as_int(v) {
        return Ok(int_hash(&i));
    }
    if let Some(f) = crate::float::as_float(v) {
        return Ok(float_hash(f.value));
    }
    if let Some(z) = crate::complex::as_complex(v) {
        return Ok(complex_hash(z.re, z.im));
    }
    crate::stack::check()?;
    if ptr_kind(v) == Kind::Tuple {
        let items = crate::list::tuple_items(v);
        let mut acc: u64 = XXPRIME_5;
        for &x in items {
            let lane = cpython_hash(x)? as u64;
            acc = acc.wrapping_add(lane.wrapping_mul(XXPRIME_2));
            acc = acc.rotate_left(31);
            acc = acc.wrapping_mul(XXPRIME_1);
        }
        acc = acc.wrapping_add(items.len() as u64 ^ (XXPRIME_5 ^ 3527539));
        return Ok(if acc == u64::MAX { 1546275796 } else { acc as i64 });
    }
    // A frozenset (the last kind `hashes_as_cpython` takes).
    let mut h: u64 = 0;
    for k in crate::dict::keys_vec(v)? {
        h ^= shuffle_bits(cpython_hash(k)? as u64);
    }
    h ^= (crate::dict::len(v) as u64 + 1).wrapping_mul(1927868237);
    h ^= (h >> 11) ^ (h >> 25);
    h = h.wrapping_mul(69069).wrapping_add(907133923);
    Ok(if h == u64::MAX { 590923713 } else { h as i64 })
}

/// Whether `v` hashes as CPython hashes it here: an int, bool, float, complex, tuple or
/// frozenset, or an object of a subclass of one whose classes define no `__hash__` of their
/// own.
pub fn hashes_as_cpython(v: Value) -> bool {
    if !matches!(kind_of(v), Kind::Int | Kind::Bool | Kind::Float | Kind::Complex | Kind::Tuple | Kind::FrozenSet) {
        return false;
    }
    if !type_of(v).is_class() {
        return true;
    }
    match crate::ops::special_named(v, crate::name!("__hash__")) {
        None => true,
        Some(f) => is_ptr(f) && core::ptr::eq(type_of(f), &NATIVE_TYPE),
    }
}

const XXPRIME_1: u64 = 11400714785074694791;
const XXPRIME_2: u64 = 14029467366897019727;
const XXPRIME_5: u64 = 2870177450012600261;

/// A frozenset's hash mixes each element's hash first.
fn shuffle_bits(h: u64) -> u64 {
    ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167)
}

/// A complex number's hash: the real part's plus 1000003 times the imaginary part's.
pub fn complex_hash(re: crate::float::Float, im: crate::float::Float) -> i64 {
    let h = (float_hash(re) as u64).wrapping_add((float_hash(im) as u64).wrapping_mul(1000003)) as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

/// A small int's hash ([`int_hash`]) without the general path: the int itself but for -1
/// (and, on a 64-bit host, an int past the modulus).
#[inline(always)]
pub fn small_hash(n: isize) -> isize {
    if n == -1 {
        -2
    } else if cfg!(target_pointer_width = "64") && n.unsigned_abs() as u64 >= MODULUS {
        int_hash(&Int::Small(n as i64)) as isize
    } else {
        n
    }
}

/// The hash CPython makes of what a class's `__hash__` returned: the int itself when it fits
/// 64 bits (but -1, which is -2), else the int's hash.
pub fn of_returned(r: &Int) -> i64 {
    let n = match r {
        Int::Small(n) => Some(*n),
        Int::Big(b) => {
            // Its magnitude, while it fits 64 bits.
            let mut m: Option<u64> = Some(0);
            for &d in b.mag.iter().rev() {
                m = m.and_then(|m| m.checked_mul(1 << crate::digits::Digit::BITS)).map(|m| m | d as u64);
            }
            m.and_then(|m| match b.negative {
                true => 0i64.checked_sub_unsigned(m),
                false => i64::try_from(m).ok(),
            })
        }
    };
    match n {
        Some(-1) => -2,
        Some(n) => n,
        None => int_hash(r),
    }
}

/// `v` modulo 2**61 - 1 (2**61 is 1 there: the bits above fold onto the low ones).
fn reduce(v: u64) -> u64 {
    let r = (v & MODULUS) + (v >> BITS);
    if r >= MODULUS {
        r - MODULUS
    } else {
        r
    }
}

/// `x * 2**k` modulo 2**61 - 1, for `x` below it and `k` below 61: a rotation of 61 bits.
fn rotate(x: u64, k: u32) -> u64 {
    if k == 0 {
        x
    } else {
        ((x << k) & MODULUS) | (x >> (BITS - k))
    }
}

/// An int's hash: its value modulo 2**61 - 1, with its sign (-1 hashes as -2).
pub fn int_hash(i: &Int) -> i64 {
    let (negative, r) = match i {
        Int::Small(n) => (*n < 0, reduce(n.unsigned_abs())),
        Int::Big(b) => {
            let r = b.mag.iter().rev().fold(0u64, |r, &d| {
                let r = rotate(r, crate::digits::Digit::BITS) + d as u64;
                if r >= MODULUS {
                    r - MODULUS
                } else {
                    r
                }
            });
            (b.negative, r)
        }
    };
    signed(negative, r)
}

fn signed(negative: bool, r: u64) -> i64 {
    let h = if negative { -(r as i64) } else { r as i64 };
    if h == -1 {
        -2
    } else {
        h
    }
}

/// A float's hash (`_Py_HashDouble`): its value as a fraction modulo 2**61 - 1, so that a
/// float with a whole value hashes as that int — from the float's bits, at the board's
/// width (a 32-bit float hashes as CPython's float of the same value).
pub fn float_hash(v: crate::float::Float) -> i64 {
    if v.is_infinite() {
        return if v > 0.0 { 314159 } else { -314159 };
    }
    if v.is_nan() {
        return 0;
    }
    let (mbits, ebits): (u32, u32) = if core::mem::size_of_val(&v) == 4 { (23, 8) } else { (52, 11) };
    #[allow(clippy::unnecessary_cast)] // u32 for 32-bit floats
    let bits = v.to_bits() as u64;
    let negative = (bits >> (mbits + ebits)) & 1 == 1;
    let field = ((bits >> mbits) & ((1 << ebits) - 1)) as i32;
    let fraction = bits & ((1 << mbits) - 1);
    let bias = (1 << (ebits - 1)) - 1;
    // The value is m * 2**e, m a whole number below 2**53.
    let (m, e) = if field == 0 {
        (fraction, 1 - bias - mbits as i32)
    } else {
        (fraction | 1 << mbits, field - bias - mbits as i32)
    };
    signed(negative, rotate(m, e.rem_euclid(BITS as i32) as u32))
}
