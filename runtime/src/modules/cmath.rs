//! The `cmath` module: complex functions of CPython's cmath for finite arguments, computed by
//! CPython's formulas (so that results agree to the last bit on 64-bit floats); infinities and
//! NaNs go through the same formulas rather than CPython's tables of special values.
//! The real functions under them are `fltmath`'s, correctly rounded as glibc's (which CPython
//! calls) on 64-bit floats.
// Conversions to and from `Float` are casts to the same type on a 64-bit-float build.
#![allow(clippy::unnecessary_cast)]

use crate::complex::{from_c, new_complex, quot, C};
use crate::exc::*;
use crate::float::{new_float, Float, M};
use crate::fltmath as fm;
use crate::func::{Kw, NativeObj};
use crate::object::*;
use crate::trig::{cos, sin};
use crate::value::*;

fn arg(a: &[Value], i: usize, name: &str) -> R<C> {
    let Some(&v) = a.get(i) else {
        return Err(raise(&TYPE_ERROR, alloc::format!("{name}() missing required argument (pos {})", i + 1)));
    };
    crate::complex::coerce(v)?
        .ok_or_else(|| raise(&TYPE_ERROR, alloc::format!("must be real number, not {}", type_name(v))))
}

fn real_arg(a: &[Value], i: usize, name: &str) -> R<Float> {
    let Some(&v) = a.get(i) else {
        return Err(raise(&TYPE_ERROR, alloc::format!("{name}() missing required argument (pos {})", i + 1)));
    };
    crate::float::coerce(v)?
        .ok_or_else(|| raise(&TYPE_ERROR, alloc::format!("must be real number, not {}", type_name(v))))
}

fn domain() -> Exc {
    raise(&VALUE_ERROR, "math domain error")
}

/// The result of a function of finite arguments: OverflowError where it overflowed.
fn finish(z: C, args: C) -> R {
    let finite_in = args.re.is_finite() && args.im.is_finite();
    if finite_in && (z.re.is_infinite() || z.im.is_infinite()) {
        return Err(raise(&OVERFLOW_ERROR, "math range error"));
    }
    from_c(z)
}

fn one(a: &[Value], name: &str, f: fn(C) -> R<C>) -> R {
    if a.len() != 1 {
        return Err(raise(&TYPE_ERROR, alloc::format!("{name}() takes exactly one argument ({} given)", a.len())));
    }
    let z = arg(a, 0, name)?;
    finish(f(z)?, z)
}

/// `i * z` and `-i * z`, for the functions defined through their hyperbolic twins.
fn times_i(z: C) -> C {
    C::new(-z.im, z.re)
}
fn times_minus_i(z: C) -> C {
    C::new(z.im, -z.re)
}

pub fn sqrt(z: C) -> C {
    if z.re == 0.0 && z.im == 0.0 {
        return C::new(0.0, z.im);
    }
    let (mut ax, ay) = (z.re.abs(), z.im.abs());
    let s = if ax < Float::MIN_POSITIVE && ay < Float::MIN_POSITIVE {
        // Subnormal parts: scaled up first so that hypot keeps their bits.
        let up = 2 * (Float::MANTISSA_DIGITS as i32 / 2) + 1;
        ax = M::ldexp(ax, up);
        M::ldexp(M::sqrt(ax + M::hypot(ax, M::ldexp(ay, up))), -(up + 1) / 2)
    } else {
        ax /= 8.0;
        2.0 * M::sqrt(ax + M::hypot(ax, ay / 8.0))
    };
    let d = ay / (2.0 * s);
    if z.re >= 0.0 {
        C::new(s, M::copysign(d, z.im))
    } else {
        C::new(d, M::copysign(s, z.im))
    }
}

/// A quarter of the largest float, and its log: where CPython's formulas change to avoid
/// overflow in intermediate results.
fn large() -> Float {
    Float::MAX / 4.0
}
fn log_large() -> Float {
    fm::log(large())
}
const E: Float = core::f64::consts::E as Float;

fn exp(z: C) -> C {
    if z.re > log_large() {
        let l = fm::exp(z.re - 1.0);
        return C::new(l * cos(z.im) * E, l * sin(z.im) * E);
    }
    let l = fm::exp(z.re);
    C::new(l * cos(z.im), l * sin(z.im))
}

fn log(z: C) -> R<C> {
    let (ax, ay) = (z.re.abs(), z.im.abs());
    if ax == 0.0 && ay == 0.0 {
        return Err(domain());
    }
    let ln2 = core::f64::consts::LN_2 as Float;
    if ax > large() || ay > large() {
        return Ok(C::new(fm::log(M::hypot(ax / 2.0, ay / 2.0)) + ln2, fm::atan2(z.im, z.re)));
    }
    if ax < Float::MIN_POSITIVE && ay < Float::MIN_POSITIVE {
        let bits = Float::MANTISSA_DIGITS as i32;
        let h = M::hypot(M::ldexp(ax, bits), M::ldexp(ay, bits));
        return Ok(C::new(fm::log(h) - bits as Float * ln2, fm::atan2(z.im, z.re)));
    }
    let h = M::hypot(ax, ay);
    // Near |z| = 1 log(h) loses bits that log1p keeps.
    let re = if (0.71..=1.73).contains(&h) {
        let (am, an) = if ax > ay { (ax, ay) } else { (ay, ax) };
        M::log1p((am - 1.0) * (am + 1.0) + an * an) / 2.0
    } else {
        fm::log(h)
    };
    Ok(C::new(re, fm::atan2(z.im, z.re)))
}

fn cosh(z: C) -> C {
    if z.re.abs() > log_large() {
        let x = z.re - M::copysign(1.0, z.re);
        return C::new(cos(z.im) * fm::cosh(x) * E, sin(z.im) * fm::sinh(x) * E);
    }
    C::new(cos(z.im) * fm::cosh(z.re), sin(z.im) * fm::sinh(z.re))
}

fn sinh(z: C) -> C {
    if z.re.abs() > log_large() {
        let x = z.re - M::copysign(1.0, z.re);
        return C::new(cos(z.im) * fm::sinh(x) * E, sin(z.im) * fm::cosh(x) * E);
    }
    C::new(cos(z.im) * fm::sinh(z.re), sin(z.im) * fm::cosh(z.re))
}

fn tanh(z: C) -> C {
    if z.re.abs() > log_large() {
        let im = 4.0 * sin(z.im) * cos(z.im) * fm::exp(-2.0 * z.re.abs());
        return C::new(M::copysign(1.0, z.re), im);
    }
    let (tx, ty, cx) = (fm::tanh(z.re), fm::tan(z.im), 1.0 / fm::cosh(z.re));
    let txty = tx * ty;
    let denom = 1.0 + txty * txty;
    C::new(tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx)
}

fn asinh(z: C) -> C {
    let s1 = sqrt(C::new(1.0 + z.im, -z.re));
    let s2 = sqrt(C::new(1.0 - z.im, z.re));
    C::new(fm::asinh(s1.re * s2.im - s2.re * s1.im), fm::atan2(z.im, s1.re * s2.re - s1.im * s2.im))
}

fn acosh(z: C) -> C {
    let s1 = sqrt(C::new(z.re - 1.0, z.im));
    let s2 = sqrt(C::new(z.re + 1.0, z.im));
    C::new(fm::asinh(s1.re * s2.re + s1.im * s2.im), 2.0 * fm::atan2(s1.im, s2.re))
}

fn acos(z: C) -> C {
    let s1 = sqrt(C::new(1.0 - z.re, -z.im));
    let s2 = sqrt(C::new(1.0 + z.re, z.im));
    C::new(2.0 * fm::atan2(s1.re, s2.re), fm::asinh(s2.re * s1.im - s2.im * s1.re))
}

fn atanh(z: C) -> R<C> {
    if z.re < 0.0 {
        let r = atanh(C::new(-z.re, -z.im))?;
        return Ok(C::new(-r.re, -r.im));
    }
    let ay = z.im.abs();
    if z.re == 1.0 && ay == 0.0 {
        return Err(domain());
    }
    let re = M::log1p(4.0 * z.re / ((1.0 - z.re) * (1.0 - z.re) + ay * ay)) / 4.0;
    let im = -fm::atan2(-2.0 * z.im, (1.0 - z.re) * (1.0 + z.re) - ay * ay) / 2.0;
    Ok(C::new(re, im))
}

fn phase(z: C) -> Float {
    fm::atan2(z.im, z.re)
}

fn abs(z: C) -> R<Float> {
    let r = M::hypot(z.re, z.im);
    if r.is_infinite() && z.re.is_finite() && z.im.is_finite() {
        return Err(raise(&OVERFLOW_ERROR, "absolute value too large"));
    }
    Ok(r)
}

fn ln10() -> Float {
    core::f64::consts::LN_10 as Float
}

fn test(a: &[Value], name: &str, f: fn(Float) -> bool, both: bool) -> R {
    let z = arg(a, 0, name)?;
    Ok(bool_value(if both { f(z.re) && f(z.im) } else { f(z.re) || f(z.im) }))
}

/// `cmath.isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)`: `|a - b|` within the larger of the
/// tolerances (the relative one of the larger modulus).
fn isclose(a: &[Value], kw: &Kw) -> R {
    kw.only("isclose", &["rel_tol", "abs_tol"])?;
    let (x, y) = (arg(a, 0, "isclose")?, arg(a, 1, "isclose")?);
    let tol = |name: &str, default: Float| -> R<Float> {
        match kw.get(name) {
            Some(v) => real_arg(&[v], 0, "isclose"),
            None => Ok(default),
        }
    };
    let (rel, abs) = (tol("rel_tol", 1e-9)?, tol("abs_tol", 0.0)?);
    if rel < 0.0 || abs < 0.0 {
        return Err(raise(&VALUE_ERROR, "tolerances must be non-negative"));
    }
    if x.re == y.re && x.im == y.im {
        return Ok(TRUE);
    }
    let modulus = |z: C| M::hypot(z.re, z.im);
    let d = modulus(C::new(x.re - y.re, x.im - y.im));
    Ok(bool_value(d.is_finite() && (d <= rel * modulus(x) || d <= rel * modulus(y) || d <= abs)))
}

#[cfg_attr(target_os = "none", link_section = concat!(".rodata.mpyc.methods.", module_path!(), ".", line!()))]
pub static FUNCTIONS: [NativeObj; 23] = [
    NativeObj::function("isclose", 2, 2, isclose).keywords(),
    NativeObj::function("acos", 1, 1, |a, _| one(a, "acos", |z| Ok(acos(z)))),
    NativeObj::function("acosh", 1, 1, |a, _| one(a, "acosh", |z| Ok(acosh(z)))),
    NativeObj::function("asin", 1, 1, |a, _| one(a, "asin", |z| Ok(times_minus_i(asinh(times_i(z)))))),
    NativeObj::function("asinh", 1, 1, |a, _| one(a, "asinh", |z| Ok(asinh(z)))),
    NativeObj::function("atan", 1, 1, |a, _| one(a, "atan", |z| Ok(times_minus_i(atanh(times_i(z))?)))),
    NativeObj::function("atanh", 1, 1, |a, _| one(a, "atanh", atanh)),
    NativeObj::function("cos", 1, 1, |a, _| one(a, "cos", |z| Ok(cosh(times_i(z))))),
    NativeObj::function("cosh", 1, 1, |a, _| one(a, "cosh", |z| Ok(cosh(z)))),
    NativeObj::function("exp", 1, 1, |a, _| one(a, "exp", |z| Ok(exp(z)))),
    NativeObj::function("isfinite", 1, 1, |a, _| test(a, "isfinite", Float::is_finite, true)),
    NativeObj::function("isinf", 1, 1, |a, _| test(a, "isinf", Float::is_infinite, false)),
    NativeObj::function("isnan", 1, 1, |a, _| test(a, "isnan", Float::is_nan, false)),
    NativeObj::function("log", 1, 2, |a, _| {
        let z = arg(a, 0, "log")?;
        let mut r = log(z)?;
        if a.len() > 1 {
            let b = log(arg(a, 1, "log")?)?;
            r = quot(r, b).ok_or_else(|| raise(&ZERO_DIVISION_ERROR, "complex division by zero"))?;
        }
        finish(r, z)
    }),
    NativeObj::function("log10", 1, 1, |a, _| {
        one(a, "log10", |z| {
            let r = log(z)?;
            Ok(C::new(r.re / ln10(), r.im / ln10()))
        })
    }),
    NativeObj::function("phase", 1, 1, |a, _| new_float(phase(arg(a, 0, "phase")?))),
    NativeObj::function("polar", 1, 1, |a, _| {
        let z = arg(a, 0, "polar")?;
        let (r, phi) = (new_float(abs(z)?)?, new_float(phase(z))?);
        crate::list::new_tuple(&[r, phi])
    }),
    NativeObj::function("rect", 2, 2, |a, _| {
        let (r, phi) = (real_arg(a, 0, "rect")?, real_arg(a, 1, "rect")?);
        if phi == 0.0 {
            return new_complex(r, r * phi);
        }
        finish(C::new(r * cos(phi), r * sin(phi)), C::new(r, phi))
    }),
    NativeObj::function("sin", 1, 1, |a, _| one(a, "sin", |z| Ok(times_minus_i(sinh(times_i(z)))))),
    NativeObj::function("sinh", 1, 1, |a, _| one(a, "sinh", |z| Ok(sinh(z)))),
    NativeObj::function("sqrt", 1, 1, |a, _| one(a, "sqrt", |z| Ok(sqrt(z)))),
    NativeObj::function("tan", 1, 1, |a, _| one(a, "tan", |z| Ok(times_minus_i(tanh(times_i(z)))))),
    NativeObj::function("tanh", 1, 1, |a, _| one(a, "tanh", |z| Ok(tanh(z)))),
];

/// `cmath.e`, `cmath.pi`, `cmath.tau`, `cmath.inf`, `cmath.nan`: floats, as in CPython (the
/// same as `math`'s); `cmath.infj`, `cmath.nanj`: the imaginary ones.
pub fn consts(name: &str) -> Option<R> {
    match name {
        "infj" => Some(crate::complex::new_complex(0.0, Float::INFINITY)),
        "nanj" => Some(crate::complex::new_complex(0.0, Float::NAN)),
        _ => crate::modules::math_consts(name),
    }
}
