//! Exact conversions between floats and decimal text, with the big-int arithmetic the runtime
//! has anyway: correctly rounded parsing, fixed and exponent forms rounded half to even, and
//! the shortest digits that read back as the same float (what `repr` shows).
//!
//! Written for size: core's float formatting and parsing tables cost the firmware tens of
//! kilobytes; these few functions do the same work exactly, only more slowly.
#![allow(clippy::unnecessary_cast)]

use crate::bigint::BigUint;
use crate::exc::memory_error;
use crate::float::Float;
use crate::object::R;
use alloc::string::String;

/// Bits of mantissa (with the hidden one) and the exponent of the lowest subnormal bit.
#[cfg(any(not(target_os = "none"), feature = "float64"))]
const MANT: u32 = 53;
#[cfg(any(not(target_os = "none"), feature = "float64"))]
const EMIN: i64 = -1074;
#[cfg(any(not(target_os = "none"), feature = "float64"))]
const EMAX: i64 = 1024;
#[cfg(all(target_os = "none", not(feature = "float64")))]
const MANT: u32 = 24;
#[cfg(all(target_os = "none", not(feature = "float64")))]
const EMIN: i64 = -149;
#[cfg(all(target_os = "none", not(feature = "float64")))]
const EMAX: i64 = 128;

/// The most significant digits `repr` may need.
const MAX_DIGITS: usize = if MANT == 53 { 17 } else { 9 };

/// A finite, non-zero |f| as m · 2^e.
fn decompose(f: Float) -> (u64, i64) {
    let bits = f.abs().to_bits() as u64;
    let frac_bits = MANT - 1;
    let exp_field = (bits >> frac_bits) as i64;
    let frac = bits & ((1u64 << frac_bits) - 1);
    let bias = if MANT == 53 { 1075 } else { 150 };
    if exp_field == 0 {
        (frac, EMIN)
    } else {
        (frac | (1u64 << frac_bits), exp_field - bias)
    }
}

fn pow10(n: u32) -> BigUint {
    BigUint::from(10u32).pow(n)
}

/// num / den rounded half to even.
fn div_round(num: &BigUint, den: &BigUint) -> BigUint {
    let (q, r) = num.div_rem(den);
    let twice = r << 1;
    if twice > *den || (twice == *den && q.is_odd()) {
        q + 1u32
    } else {
        q
    }
}

/// round(|f| · 10^k) for a finite f (k may be negative).
fn scaled(f: Float, k: i64) -> BigUint {
    if f == 0.0 {
        return BigUint::zero();
    }
    let (m, e) = decompose(f);
    let mut num = BigUint::from(m);
    let mut den = BigUint::one();
    if k >= 0 {
        num = num * pow10(k as u32);
    } else {
        den = pow10((-k) as u32);
    }
    if e >= 0 {
        num = num << e as usize;
    } else {
        den = den << (-e) as usize;
    }
    div_round(&num, &den)
}

/// MemoryError unless the heap has room for the big-int work of `prec` digits of a float
/// (10^prec against the float's scale of up to 2^-EMIN, divided): its buffers are the Rust
/// allocator's, whose failure could not become one. Nothing to check for the precisions most
/// programs use.
fn room(prec: usize) -> R<()> {
    if prec <= 100 {
        return Ok(());
    }
    crate::reserve::room_for_division((prec as u64).saturating_mul(3322) / 1000 + (-EMIN) as u64 + 64)
}

/// |f| with `prec` digits after the point, rounded half to even (`{:.prec}` of the magnitude),
/// in a buffer of its exact length taken fallibly (MemoryError where the heap has no room for
/// it: `prec` may be as many digits as the heap holds).
pub fn fixed(f: Float, prec: usize) -> R<String> {
    room(prec)?;
    let digits = scaled(f, prec as i64).try_to_str_radix(10, false).ok_or_else(memory_error)?;
    // Zeros first up to one before the point.
    let zeros = (prec + 1).saturating_sub(digits.len());
    let whole = zeros + digits.len() - prec;
    let mut out = String::new();
    out.try_reserve_exact(zeros + digits.len() + usize::from(prec > 0)).map_err(|_| memory_error())?;
    let padded = core::iter::repeat_n('0', zeros).chain(digits.chars());
    for (i, c) in padded.enumerate() {
        if i == whole {
            out.push('.');
        }
        out.push(c);
    }
    Ok(out)
}

/// |f| as `prec + 1` significant digits and the decimal exponent of the first:
/// `d.ddd × 10^k`, rounded half to even; MemoryError where the heap has no room for them.
pub fn sci(f: Float, prec: usize) -> R<(String, i64)> {
    room(prec)?;
    if f == 0.0 {
        let mut zeros = String::new();
        zeros.try_reserve_exact(prec + 1).map_err(|_| memory_error())?;
        zeros.extend(core::iter::repeat_n('0', prec + 1));
        return Ok((zeros, 0));
    }
    let (m, e) = decompose(f);
    let bits = 64 - m.leading_zeros() as i64 + e;
    // log10(2) ≈ 0.30103: an estimate of the exponent, corrected below.
    let mut k = ((bits - 1) * 30103).div_euclid(100000);
    let low = pow10(prec as u32);
    let high = pow10(prec as u32 + 1);
    loop {
        let n = scaled(f, prec as i64 - k);
        if n >= high {
            k += 1;
        } else if n < low {
            k -= 1;
        } else {
            return Ok((n.try_to_str_radix(10, false).ok_or_else(memory_error)?, k));
        }
    }
}

/// The shortest digits that read back as |f|, and the exponent of the first; the nearest such
/// digits when several are as short.
pub fn shortest(f: Float) -> (String, i64) {
    if f == 0.0 {
        return (String::from("0"), 0);
    }
    let target = f.abs();
    for prec in 0..MAX_DIGITS {
        // (At most MAX_DIGITS digits: the reserve answers for their room, as for any small
        // buffer of the runtime's.)
        let (digits, k) = sci(target, prec).unwrap_or_else(|_| panic!("memory for a float's digits"));
        let exp10 = k - prec as i64;
        let n = BigUint::parse_bytes(digits.as_bytes(), 10).unwrap_or_default();
        if from_decimal(&n, exp10) == target {
            return (digits, k);
        }
        // At a power of two the interval that reads back is lopsided: a neighbour of the
        // nearest digits may read back when the nearest do not.
        for neighbour in [&n + 1u32, if n.is_zero() { n.clone() } else { &n - 1u32 }] {
            let text = neighbour.to_str_radix(10);
            if text.len() == prec + 1 && from_decimal(&neighbour, exp10) == target {
                return (text, k);
            }
        }
    }
    sci(target, MAX_DIGITS - 1).unwrap_or_else(|_| panic!("memory for a float's digits"))
}

/// The float nearest to n · 10^exp10 (ties to even), infinity when too large.
pub fn from_decimal(n: &BigUint, exp10: i64) -> Float {
    if n.is_zero() {
        return 0.0;
    }
    let ndigits = n.bits() as i64; // an upper bound on decimal digits' worth, in bits
    if exp10 > 400 {
        return Float::INFINITY;
    }
    if exp10 < -400 - ndigits {
        return 0.0;
    }
    let (num, den) =
        if exp10 >= 0 { (n * pow10(exp10 as u32), BigUint::one()) } else { (n.clone(), pow10((-exp10) as u32)) };
    // value = num/den ≈ q · 2^t with q of MANT bits (fewer only at the bottom of the range).
    let mut t = num.bits() as i64 - den.bits() as i64 - MANT as i64;
    let q = loop {
        t = t.max(EMIN);
        let q = if t >= 0 { div_round(&num, &(&den << t as usize)) } else { div_round(&(&num << (-t) as usize), &den) };
        if q.bits() > MANT as u64 {
            t += 1;
        } else if q.bits() < MANT as u64 && t > EMIN {
            t -= 1;
        } else {
            break q;
        }
    };
    if q.bits() as i64 + t > EMAX {
        return Float::INFINITY;
    }
    // q has at most MANT bits: exact as a float, converted without soft-float helpers.
    let m = if MANT == 53 { q.to_u64().unwrap_or(0) as Float } else { q.to_u32().unwrap_or(0) as Float };
    crate::float::M::ldexp(m, t as i32)
}

/// A float's exponent text (a sign, then digits); beyond any float's range it saturates.
fn exponent(text: &str) -> Option<i64> {
    let (neg, digits) = match text.as_bytes().first() {
        Some(b'-') => (true, &text[1..]),
        Some(b'+') => (false, &text[1..]),
        _ => (false, text),
    };
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let n = digits.parse::<i64>().unwrap_or(i64::MAX);
    Some(if neg { -n } else { n })
}

/// Parses decimal float text (digits, an optional point, an optional exponent); None when it
/// is not one.
pub fn parse_decimal(text: &str) -> Option<Float> {
    let (mant, exp) = match text.find(['e', 'E']) {
        Some(i) => (&text[..i], exponent(&text[i + 1..])?),
        None => (text, 0),
    };
    let (whole, frac) = match mant.find('.') {
        Some(i) => (&mant[..i], &mant[i + 1..]),
        None => (mant, ""),
    };
    if whole.is_empty() && frac.is_empty() {
        return None;
    }
    if !whole.bytes().chain(frac.bytes()).all(|b| b.is_ascii_digit()) {
        return None;
    }
    let mut digits = String::with_capacity(whole.len() + frac.len());
    digits.push_str(whole);
    digits.push_str(frac);
    let n = BigUint::parse_bytes(digits.trim_start_matches('0').as_bytes(), 10).unwrap_or_default();
    Some(from_decimal(&n, exp.saturating_sub(frac.len() as i64).clamp(-400_000, 400_000)))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A deterministic spread of doubles: every exponent, random mantissas.
    fn samples() -> impl Iterator<Item = f64> {
        let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
        (0..20000)
            .map(move |i| {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                match i % 4 {
                    0 => f64::from_bits(x & 0x7fff_ffff_ffff_ffff),
                    1 => (x % 1_000_000) as f64 / 1000.0,
                    2 => f64::from_bits((x & 0x000f_ffff_ffff_ffff) | (((i as u64 * 7) % 2046 + 1) << 52)),
                    _ => 2f64.powi((i % 2000) as i32 - 1000),
                }
            })
            .filter(|f| f.is_finite())
    }

    #[test]
    fn shortest_digits_agree_with_core() {
        for f in samples().chain([0.1, 0.3, 1e23, 5e-324, f64::MAX, f64::MIN_POSITIVE, 9007199254740993.0]) {
            if f == 0.0 {
                continue;
            }
            let (digits, k) = shortest(f);
            let core = alloc::format!("{:e}", f);
            let (m, e) = core.split_once('e').unwrap();
            let want: String = m.chars().filter(|c| c.is_ascii_digit()).collect();
            if (digits.as_str(), k) != (want.as_str(), e.parse::<i64>().unwrap()) {
                // An exact tie between two shortest candidates: Python (and we) round half to
                // even where core's algorithm may round up.
                let last = |s: &str| s.bytes().last().unwrap() - b'0';
                assert!(
                    digits.len() == want.len()
                        && digits[..digits.len() - 1] == want[..want.len() - 1]
                        && last(&digits) % 2 == 0
                        && last(&want) == last(&digits) + 1,
                    "{f:e}: {digits} e{k}, core {want}"
                );
            }
        }
    }

    #[test]
    fn parsing_agrees_with_core() {
        for f in samples() {
            for text in [alloc::format!("{:e}", f), alloc::format!("{:.20e}", f), alloc::format!("{:.3e}", f)] {
                let want: f64 = text.parse().unwrap();
                assert_eq!(parse_decimal(&text).map(f64::to_bits), Some(want.to_bits()), "{text}");
            }
        }
        for text in ["0.1", "1e400", "1e-400", "2.4703282292062328e-324", "2.4703282292062327e-324", ".5", "5.", "123"]
        {
            let want: f64 = text.parse().unwrap();
            assert_eq!(parse_decimal(text).map(f64::to_bits), Some(want.to_bits()), "{text}");
        }
    }

    #[test]
    fn fixed_and_exponent_forms_agree_with_core() {
        for f in samples().filter(|f| f.abs() < 1e30) {
            for p in [0, 1, 2, 6, 12] {
                assert_eq!(fixed(f, p).ok(), Some(alloc::format!("{:.*}", p, f.abs())), "{f} .{p}");
                let (d, k) = sci(f, p).ok().unwrap();
                let core = alloc::format!("{:.*e}", p, f.abs());
                let (m, e) = core.split_once('e').unwrap();
                let want: String = m.chars().filter(|c| c.is_ascii_digit()).collect();
                assert_eq!((d, k), (want, e.parse::<i64>().unwrap()), "{f} e{p}");
            }
        }
    }
}
