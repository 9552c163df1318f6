//! `math`: the functions and constants of CPython's math module, at the board's float width.

// Conversions to and from `Float` are casts to the same type on a 64-bit-float build.
#![allow(clippy::unnecessary_cast)]

use super::*;
use crate::exc::*;
use crate::float::{new_float, to_float, Float, M};
use crate::func::NativeObj;
use crate::int::index_of;
use crate::object::*;
use crate::value::*;

pub(super) fn number(v: Value, _what: &str) -> R<Float> {
    if let Some(f) = to_float(v)? {
        return Ok(f);
    }
    match crate::float::coerce(v)? {
        Some(f) => Ok(f),
        None => Err(raise(&TYPE_ERROR, alloc::format!("must be real number, not {}", type_name(v)))),
    }
}

/// `math.floor(v)`, `ceil` or `trunc` (`f`): an int as an int, a class's object by its
/// special method `method` (`__floor__`…), else `f` of the number as a float.
fn rounded(v: Value, what: &str, method: &'static crate::ops::Name, f: fn(Float) -> Float) -> R {
    if crate::int::as_int(v).is_some() {
        return crate::int::plain_int(v);
    }
    if let Some(m) = crate::ops::special_named(v, method) {
        return crate::func::call(m, &[v], &crate::func::Kw::NONE);
    }
    if what == "trunc" && crate::float::as_float(v).is_none() {
        return Err(raise(&TYPE_ERROR, alloc::format!("type {} doesn't define __trunc__ method", type_name(v))));
    }
    to_int_result(f(number(v, what)?))
}

fn nargs1(a: &[Value], name: &str) -> R<()> {
    if a.len() != 1 {
        return Err(raise(&TYPE_ERROR, alloc::format!("math.{name}() takes exactly one argument ({} given)", a.len())));
    }
    Ok(())
}

/// `f` (`log`, `log2` or `log10`) of `v` as CPython's `loghelper`: a positive int too large for
/// a float is taken as `x · 2^e` (`f(x) + f(2) · e`); math domain error for what is not positive.
fn log_of(v: Value, name: &str, f: fn(Float) -> Float) -> R<Float> {
    if let Some(crate::int::Int::Big(b)) = crate::int::as_int(v) {
        if b.negative {
            return Err(raise(&VALUE_ERROR, "math domain error"));
        }
        if crate::int::to_float(&crate::int::Int::Big(b)).is_err() {
            take_pending();
            // (By its top digits: a copy of the whole may be more than the heap has room for.)
            let (top, dropped) = b.top_digits();
            let (x, e) = top.frexp();
            return Ok(f(x as Float) + f(2.0) * (e + dropped) as Float);
        }
    }
    let x = number(v, name)?;
    // (NaN in, NaN out: no domain error.)
    if x <= 0.0 {
        return Err(raise(&VALUE_ERROR, "math domain error"));
    }
    Ok(f(x))
}

fn math1(a: &[Value], name: &str, f: fn(Float) -> Float, domain: fn(Float) -> bool) -> R {
    if a.len() != 1 {
        return Err(raise(&TYPE_ERROR, alloc::format!("math.{name}() takes exactly one argument ({} given)", a.len())));
    }
    let x = number(a[0], name)?;
    // (NaN in, NaN out: no domain error.)
    if !domain(x) && !x.is_nan() {
        return Err(raise(&VALUE_ERROR, "math domain error"));
    }
    new_float(f(x))
}

/// [`math1`] for a function whose result can overflow: a finite argument with an infinite
/// result is CPython's OverflowError.
fn math1_big(a: &[Value], name: &str, f: fn(Float) -> Float) -> R {
    let r = math1(a, name, f, any)?;
    let (x, y) = (number(a[0], name)?, crate::float::as_float(r).map_or(0.0, |f| f.value));
    if y.is_infinite() && x.is_finite() {
        return Err(raise(&OVERFLOW_ERROR, "math range error"));
    }
    Ok(r)
}

/// CPython's `gamma`/`lgamma` for finite arguments (`crate::fltmath`), libm's answer for the
/// rest (infinities, NaN).
fn gamma(x: Float) -> Float {
    if x.is_finite() {
        crate::fltmath::gamma(x)
    } else {
        M::tgamma(x)
    }
}
fn lgamma(x: Float) -> Float {
    if x.is_finite() {
        crate::fltmath::lgamma(x)
    } else {
        M::lgamma(x)
    }
}

/// The length of the vector of the absolute values `v`, as CPython's `hypot` and `dist`.
fn norm(v: &mut [Float]) -> Float {
    let max = v.iter().fold(0.0 as Float, |m, &x| if x > m { x } else { m });
    let nan = v.iter().any(|x| x.is_nan());
    crate::fltmath::vector_norm(v, max, nan)
}

/// `r`, or OverflowError when it is infinite for the finite argument `x`.
fn overflowed(x: Value, r: Value) -> R {
    let x = number(x, "gamma")?;
    if x.is_finite() && crate::float::as_float(r).is_some_and(|f| f.value.is_infinite()) {
        return Err(raise(&OVERFLOW_ERROR, "math range error"));
    }
    Ok(r)
}

fn any(_: Float) -> bool {
    true
}

fn to_int_result(x: Float) -> R {
    crate::float::to_int(x)
}

use crate::bigint::{BigInt, BigUint};
use crate::digits::{self, Digit};

/// An int argument of `math.comb`/`perm`/`isqrt`/`lcm`.
/// (An object of a class through its `__index__`, as CPython's.)
fn int_arg(v: Value) -> R<BigInt> {
    if let Some(i) = crate::int::as_int(v) {
        // (A big one copied fallibly: it may be as big as the heap has room for.)
        return match i {
            crate::int::Int::Big(b) => {
                Ok(BigInt::from_biguint(b.negative, BigUint::new(crate::reserve::copied(b.mag)?)))
            }
            _ => Ok(i.to_big()),
        };
    }
    if crate::list::has_index(v) {
        let i = crate::int::index_value(v)?;
        return int_arg(i);
    }
    Err(raise(&TYPE_ERROR, alloc::format!("'{}' object cannot be interpreted as an integer", type_name(v))))
}

/// The magnitude of `v` when it is an int of 64 bits (the usual case: no big int made).
fn word_of(v: Value) -> Option<u64> {
    match crate::int::as_int(v) {
        Some(crate::int::Int::Small(n)) => Some(n.unsigned_abs()),
        _ => None,
    }
}

/// The gcd of two words (Stein's: shifts and subtractions, no division, which a Cortex-M
/// does for 64 bits in a library call).
fn gcd_u64(mut a: u64, mut b: u64) -> u64 {
    if a == 0 || b == 0 {
        return a | b;
    }
    let shift = (a | b).trailing_zeros();
    a >>= a.trailing_zeros();
    loop {
        b >>= b.trailing_zeros();
        if a > b {
            core::mem::swap(&mut a, &mut b);
        }
        b -= a;
        if b == 0 {
            return a << shift;
        }
    }
}

/// `math.gcd` of ints of 64 bits whose result is one; else None (the big ints' way).
fn word_gcd(args: &[Value]) -> Option<i64> {
    i64::try_from(args.iter().try_fold(0, |g, &v| Some(gcd_u64(g, word_of(v)?)))?).ok()
}

/// `math.lcm` of ints of 64 bits whose result is one; else None (the big ints' way).
fn word_lcm(args: &[Value]) -> Option<i64> {
    let l = args.iter().try_fold(1u64, |l, &v| {
        let x = word_of(v)?;
        if x == 0 || l == 0 {
            Some(0)
        } else {
            (l / gcd_u64(l, x)).checked_mul(x)
        }
    })?;
    i64::try_from(l).ok()
}

/// `a * f` for a positive `a` and the digits `f` of a positive factor, its digits taken
/// fallibly: the room made first was for the largest product, but the products before it
/// leave holes, so that a run for the next may be missing all the same (and the Rust
/// allocator's failure could not become a MemoryError).
fn times(a: &BigInt, f: &[Digit]) -> R<BigInt> {
    let x = a.magnitude().digits();
    let mut d = crate::reserve::vec_with(x.len() + f.len())?;
    d.resize(x.len() + f.len(), 0);
    digits::mul(&mut d, x, f);
    Ok(BigInt::from_biguint(false, BigUint::new(d)))
}

/// `a / k` (exact) for a positive `a`, its digits taken fallibly as [`times`]'.
fn divided(a: &BigInt, k: u64) -> R<BigInt> {
    let x = a.magnitude().digits();
    let Ok(k) = Digit::try_from(k) else {
        // (A divisor past a digit comes after 2^32 products: beyond any heap's room.)
        return Ok(a / &BigInt::from(k));
    };
    let mut q = crate::reserve::vec_with(x.len())?;
    q.resize(x.len(), 0);
    digits::div_digit(&mut q, x, k);
    Ok(BigInt::from_biguint(false, BigUint::new(q)))
}

/// The bits of the product of the integers `lo..=hi` (`lo >= 1`) at most: their bit lengths
/// together, counted a bit length at a time.
fn product_bits(lo: u64, hi: u64) -> u64 {
    let (mut bits, mut from) = (0u64, lo);
    while from <= hi {
        let len = 64 - from.leading_zeros();
        let to = if len == 64 { hi } else { ((1u64 << len) - 1).min(hi) };
        bits = bits.saturating_add((to - from + 1).saturating_mul(len as u64));
        if to == hi {
            break;
        }
        from = to + 1;
    }
    bits
}

/// `math.comb(n, k)` (`perm`: without dividing by k!).
fn comb_perm(a: &[Value], comb: bool) -> R {
    let n = int_arg(a[0])?;
    let k = match a.get(1) {
        Some(&k) if k != NONE => int_arg(k)?,
        _ if !comb => n.clone(),
        _ => return Err(raise(&TYPE_ERROR, "comb expected 2 arguments, got 1")),
    };
    if n.is_negative() {
        return Err(raise(&VALUE_ERROR, "n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(raise(&VALUE_ERROR, "k must be a non-negative integer"));
    }
    if k > n {
        return Ok(small(0));
    }
    let k = k.to_u64().ok_or_else(|| raise(&OVERFLOW_ERROR, "k must not exceed 2**63-1"))?;
    let k = if comb { k.min((n.clone() - k).to_u64().unwrap_or(k)) } else { k };
    // Room first for the largest product (`bigint`'s buffers are the Rust allocator's, whose
    // failure could not become a MemoryError): the k factors' bits together, or n's k times;
    // C(n, k) has at most n bits and at least k! fewer than the k factors (log2(j) ≥
    // bits(j) - 1), and its product before the division by i + 1 has that many more bits.
    let bits = match n.to_u64() {
        Some(m) if comb => {
            let fewer = product_bits(1, k).saturating_sub(k.saturating_mul(2));
            product_bits((m - k).saturating_add(1), m).saturating_sub(fewer).min(m) + 64
        }
        Some(m) => product_bits((m - k).saturating_add(1), m),
        None => k.saturating_mul(n.bits()),
    };
    crate::reserve::room_for_int(bits)?;
    let mut acc = BigInt::from(1);
    let mut buf = [0; 2];
    for i in 0..k {
        acc = match n.to_u64() {
            Some(m) => times(&acc, digits::of_u64(m - i, &mut buf))?,
            None => times(&acc, (&n - i).magnitude().digits())?,
        };
        if comb {
            acc = divided(&acc, i + 1)?;
        }
    }
    crate::int::from_big(acc)
}

#[cfg_attr(target_os = "none", link_section = concat!(".rodata.mpyc.methods.", module_path!(), ".", line!()))]
pub(super) static MATH: [NativeObj; 55] = [
    NativeObj::function("acos", 1, 1, |a, _| math1(a, "acos", crate::fltmath::acos, |x| (-1.0..=1.0).contains(&x))),
    NativeObj::function("asin", 1, 1, |a, _| math1(a, "asin", crate::fltmath::asin, |x| (-1.0..=1.0).contains(&x))),
    NativeObj::function("atan", 1, 1, |a, _| math1(a, "atan", crate::fltmath::atan, any)),
    NativeObj::function("atan2", 2, 2, |a, _| {
        new_float(crate::fltmath::atan2(number(a[0], "atan2")?, number(a[1], "atan2")?) as Float)
    }),
    NativeObj::function("ceil", 1, 1, |a, _| rounded(a[0], "ceil", crate::name!("__ceil__"), M::ceil)),
    NativeObj::function("copysign", 2, 2, |a, _| {
        new_float(M::copysign(number(a[0], "copysign")?, number(a[1], "copysign")?) as Float)
    }),
    NativeObj::function("cos", 1, 1, |a, _| math1(a, "cos", crate::trig::cos, Float::is_finite)),
    NativeObj::function("degrees", 1, 1, |a, _| math1(a, "degrees", Float::to_degrees, any)),
    NativeObj::function("exp", 1, 1, |a, _| math1_big(a, "exp", crate::fltmath::exp)),
    NativeObj::function("fabs", 1, 1, |a, _| math1(a, "fabs", M::fabs, any)),
    NativeObj::function("factorial", 1, 1, |a, _| {
        let n = index_of(a[0], "factorial")?;
        if n < 0 {
            return Err(raise(&VALUE_ERROR, "factorial() not defined for negative values"));
        }
        // Room first for the result (`acc *= k` holds the old product and the new one: the
        // check is for twice the result), the Rust allocator's failure being no MemoryError.
        crate::reserve::room_for_int(product_bits(1, n.max(1) as u64))?;
        let (mut acc, mut buf) = (BigInt::from(1), [0; 2]);
        for k in 2..=n {
            acc = times(&acc, digits::of_u64(k as u64, &mut buf))?;
        }
        crate::int::from_big(acc)
    }),
    NativeObj::function("floor", 1, 1, |a, _| rounded(a[0], "floor", crate::name!("__floor__"), M::floor)),
    NativeObj::function("fmod", 2, 2, |a, _| {
        let (x, y) = (number(a[0], "fmod")?, number(a[1], "fmod")?);
        // (As C99's and CPython's: an infinite x or a zero y is out of the domain.)
        if (x.is_infinite() && !y.is_nan()) || (y == 0.0 && !x.is_nan()) {
            return Err(raise(&VALUE_ERROR, "math domain error"));
        }
        new_float(M::fmod(x, y) as Float)
    }),
    NativeObj::function("gcd", 0, ANY, |a, _| {
        if let Some(g) = word_gcd(a) {
            return crate::int::from_i64(g);
        }
        let mut g = crate::bigint::BigInt::zero();
        for &v in a {
            let x = int_arg(v)?;
            crate::reserve::room_for_division(g.bits().max(x.bits()))?;
            g = g.gcd(&x);
        }
        crate::int::from_big(g)
    }),
    NativeObj::function("hypot", 0, ANY, |a, _| {
        let mut v = crate::reserve::vec_with(a.len())?;
        for &x in a {
            v.push(number(x, "hypot")?.abs());
        }
        new_float(norm(&mut v))
    }),
    NativeObj::function("isfinite", 1, 1, |a, _| Ok(bool_value((number(a[0], "isfinite")?).is_finite()))),
    NativeObj::function("isinf", 1, 1, |a, _| Ok(bool_value((number(a[0], "isinf")?).is_infinite()))),
    NativeObj::function("isnan", 1, 1, |a, _| Ok(bool_value((number(a[0], "isnan")?).is_nan()))),
    NativeObj::function("log", 1, 2, |a, _| {
        let ln = crate::fltmath::log;
        let x = log_of(a[0], "log", ln)?;
        let r = match a.get(1) {
            Some(&b) => {
                let b = log_of(b, "log", ln)?;
                if b == 0.0 {
                    return Err(raise(&ZERO_DIVISION_ERROR, "float division by zero"));
                }
                x / b
            }
            None => x,
        };
        new_float(r as Float)
    }),
    NativeObj::function("log10", 1, 1, |a, _| {
        nargs1(a, "log10")?;
        new_float(log_of(a[0], "log10", crate::fltmath::log10)? as Float)
    }),
    NativeObj::function("log2", 1, 1, |a, _| {
        nargs1(a, "log2")?;
        new_float(log_of(a[0], "log2", crate::fltmath::log2)? as Float)
    }),
    NativeObj::function("modf", 1, 1, |a, _| {
        let x = number(a[0], "modf")?;
        let (f, i) = M::modf(x);
        let (f, i) = (new_float(f as Float)?, new_float(i as Float)?);
        crate::list::new_tuple(&[f, i])
    }),
    NativeObj::function("pow", 2, 2, |a, _| {
        // C99's pow, with CPython's errors for finite arguments.
        let (x, y) = (number(a[0], "pow")?, number(a[1], "pow")?);
        let r = crate::fltmath::pow(x, y);
        if x.is_finite() && y.is_finite() {
            if r.is_nan() || (r.is_infinite() && x == 0.0) {
                return Err(raise(&VALUE_ERROR, "math domain error"));
            }
            if r.is_infinite() {
                return Err(raise(&OVERFLOW_ERROR, "math range error"));
            }
        }
        new_float(r as Float)
    }),
    NativeObj::function("radians", 1, 1, |a, _| math1(a, "radians", Float::to_radians, any)),
    NativeObj::function("sin", 1, 1, |a, _| math1(a, "sin", crate::trig::sin, Float::is_finite)),
    NativeObj::function("sqrt", 1, 1, |a, _| math1(a, "sqrt", crate::float::sqrt, |x| x >= 0.0)),
    NativeObj::function("tan", 1, 1, |a, _| math1(a, "tan", crate::fltmath::tan, Float::is_finite)),
    NativeObj::function("trunc", 1, 1, |a, _| rounded(a[0], "trunc", crate::name!("__trunc__"), M::trunc)),
    NativeObj::function("ldexp", 2, 2, |a, _| {
        let x = number(a[0], "ldexp")?;
        // (An exponent past a million saturates: the result is 0 or infinite all the same.)
        let e = match crate::int::as_int(a[1]) {
            Some(crate::int::Int::Small(n)) => n.clamp(-1_000_000, 1_000_000) as i32,
            Some(crate::int::Int::Big(b)) if b.negative => -1_000_000,
            Some(crate::int::Int::Big(_)) => 1_000_000,
            None => return Err(raise(&TYPE_ERROR, "Expected an int as second argument to ldexp.")),
        };
        let r = M::ldexp(x, e) as Float;
        if r.is_infinite() && x.is_finite() {
            return Err(raise(&OVERFLOW_ERROR, "math range error"));
        }
        new_float(r)
    }),
    NativeObj::function("isclose", 2, 2, |a, kw| {
        let (x, y) = (number(a[0], "isclose")?, number(a[1], "isclose")?);
        let rel = match kw.get("rel_tol") {
            Some(v) => number(v, "isclose")?,
            None => 1e-9,
        };
        let abs = match kw.get("abs_tol") {
            Some(v) => number(v, "isclose")?,
            None => 0.0,
        };
        if rel < 0.0 || abs < 0.0 {
            return Err(raise(&VALUE_ERROR, "tolerances must be non-negative"));
        }
        if x == y {
            return Ok(TRUE);
        }
        // (An infinity is close only to itself; NaN to nothing.)
        if x.is_infinite() || y.is_infinite() {
            return Ok(FALSE);
        }
        let d = (x - y).abs();
        Ok(bool_value(d <= (rel * y).abs() || d <= (rel * x).abs() || d <= abs))
    })
    .keywords(),
    NativeObj::function("acosh", 1, 1, |a, _| math1(a, "acosh", crate::fltmath::acosh, |x| x >= 1.0)),
    NativeObj::function("asinh", 1, 1, |a, _| math1(a, "asinh", crate::fltmath::asinh, any)),
    NativeObj::function("atanh", 1, 1, |a, _| math1(a, "atanh", M::atanh, |x| x > -1.0 && x < 1.0)),
    NativeObj::function("cbrt", 1, 1, |a, _| math1(a, "cbrt", crate::fltmath::cbrt, any)),
    NativeObj::function("comb", 2, 2, |a, _| comb_perm(a, true)),
    NativeObj::function("cosh", 1, 1, |a, _| math1_big(a, "cosh", crate::fltmath::cosh)),
    NativeObj::function("dist", 2, 2, |a, _| {
        let (p, q) = (crate::list::to_tuple(a[0])?, crate::list::to_tuple(a[1])?);
        let (p, q) = (crate::list::tuple_items(p), crate::list::tuple_items(q));
        if p.len() != q.len() {
            return Err(raise(&VALUE_ERROR, "both points must have the same number of dimensions"));
        }
        let mut v = crate::reserve::vec_with(p.len())?;
        for (&x, &y) in p.iter().zip(q) {
            v.push((number(x, "dist")? - number(y, "dist")?).abs());
        }
        new_float(norm(&mut v))
    }),
    NativeObj::function("erf", 1, 1, |a, _| math1(a, "erf", crate::fltmath::erf, any)),
    NativeObj::function("erfc", 1, 1, |a, _| math1(a, "erfc", crate::fltmath::erfc, any)),
    NativeObj::function("exp2", 1, 1, |a, _| math1_big(a, "exp2", M::exp2)),
    NativeObj::function("expm1", 1, 1, |a, _| math1_big(a, "expm1", M::expm1)),
    NativeObj::function("frexp", 1, 1, |a, _| {
        let x = number(a[0], "frexp")?;
        let (m, e) = if x == 0.0 || !x.is_finite() { (x, 0) } else { M::frexp(x) };
        crate::list::new_tuple(&[new_float(m)?, small(e as isize)])
    }),
    NativeObj::function("fsum", 1, 1, |a, _| {
        let mut items = alloc::vec::Vec::new();
        crate::iter::for_each(a[0], |v| crate::reserve::push(&mut items, number(v, "fsum")?))?;
        match crate::fltmath::fsum(items.into_iter()) {
            Ok(r) => new_float(r),
            Err((true, msg)) => Err(raise(&OVERFLOW_ERROR, msg)),
            Err((false, msg)) => Err(raise(&VALUE_ERROR, msg)),
        }
    }),
    NativeObj::function("gamma", 1, 1, |a, _| {
        let r = math1(a, "gamma", gamma, |x| !(x <= 0.0 && x == M::floor(x)) && x != Float::NEG_INFINITY)?;
        overflowed(a[0], r)
    }),
    NativeObj::function("isqrt", 1, 1, |a, _| {
        let n = int_arg(a[0])?;
        if n.is_negative() {
            return Err(raise(&VALUE_ERROR, "isqrt() argument must be nonnegative"));
        }
        crate::reserve::room_for_division(n.bits())?;
        crate::int::from_big(n.sqrt())
    }),
    NativeObj::function("lcm", 0, ANY, |a, _| {
        if let Some(l) = word_lcm(a) {
            return crate::int::from_i64(l);
        }
        // (Every argument is checked, also after a 0.)
        let mut l = crate::bigint::BigInt::from(1);
        for &v in a {
            let x = int_arg(v)?;
            // (The product of the two at most, and the gcd's work before it.)
            crate::reserve::room_for_division(l.bits() + x.bits())?;
            l = if x.is_zero() || l.is_zero() {
                BigInt::zero()
            } else {
                // l / gcd · |x|, its biggest buffer (the product) taken fallibly.
                times(&(&l / &l.gcd(&x)), x.magnitude().digits())?
            };
        }
        crate::int::from_big(l)
    }),
    NativeObj::function("lgamma", 1, 1, |a, _| {
        let r = math1(a, "lgamma", lgamma, |x| x.is_infinite() || !(x <= 0.0 && x == M::floor(x)))?;
        overflowed(a[0], r)
    }),
    NativeObj::function("log1p", 1, 1, |a, _| math1(a, "log1p", M::log1p, |x| x > -1.0)),
    NativeObj::function("nextafter", 2, 2, |a, _| {
        new_float(M::nextafter(number(a[0], "nextafter")?, number(a[1], "nextafter")?) as Float)
    }),
    NativeObj::function("perm", 1, 2, |a, _| comb_perm(a, false)),
    NativeObj::function("prod", 1, 1, |a, kw| {
        let mut acc = kw.get("start").unwrap_or(small(1));
        crate::iter::for_each(a[0], |v| {
            acc = crate::ops::binary(crate::ops::binop::MUL, acc, v)?;
            Ok(())
        })?;
        Ok(acc)
    })
    .keywords(),
    NativeObj::function("remainder", 2, 2, |a, _| {
        let (x, y) = (number(a[0], "remainder")?, number(a[1], "remainder")?);
        if y == 0.0 || x.is_infinite() {
            return Err(raise(&VALUE_ERROR, "math domain error"));
        }
        new_float(M::remainder(x, y) as Float)
    }),
    NativeObj::function("sinh", 1, 1, |a, _| math1_big(a, "sinh", crate::fltmath::sinh)),
    NativeObj::function("tanh", 1, 1, |a, _| math1(a, "tanh", crate::fltmath::tanh, any)),
    NativeObj::function("ulp", 1, 1, |a, _| {
        let x = number(a[0], "ulp")?.abs();
        if !x.is_finite() {
            return new_float(x);
        }
        new_float(M::nextafter(x, Float::INFINITY) - x)
    }),
];

/// `pi`, `e`, `tau`, `inf`, `nan` as floats (`math`'s and `cmath`'s constants).
pub(crate) fn math_consts(name: &str) -> Option<R> {
    let v: Float = match name {
        "pi" => core::f64::consts::PI as Float,
        "e" => core::f64::consts::E as Float,
        "tau" => core::f64::consts::TAU as Float,
        "inf" => Float::INFINITY,
        "nan" => Float::NAN,
        _ => return None,
    };
    Some(new_float(v))
}
