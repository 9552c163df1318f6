//! `exp`, `log`, `log2`, `log10`, `pow`, `sin`, `cos`, `tan`, `atan`, `atan2`, `asin` and `acos`
//! giving CPython's answers at 64 bits: CPython calls the C library's, and glibc's are
//! correctly rounded in all but rare cases, so here each is computed to about 100 bits in
//! double-double arithmetic and rounded once. (`log10` is glibc's formula over a correctly
//! rounded `log`, which glibc's is not.) Arguments whose result would be subnormal, infinite
//! or NaN, huge arguments of `sin`/`cos`/`tan`, and 32-bit floats take the board's libm.
//! `gamma` and `lgamma` are CPython's own (Lanczos' approximation over those functions), and
//! so are `fsum` (Shewchuk's exact partials) and the vector length of `hypot` and `dist`.
//! `erf` and `erfc` are glibc's (fdlibm's rational approximations in glibc's order of
//! evaluation) over the `exp` here.
//! `sinh cosh tanh asinh acosh` and `cbrt` are glibc's formulas (fdlibm's, and glibc's own
//! `cbrt`) over these and libm's `expm1`/`log1p` (fdlibm's too), so their results are glibc's.
// Conversions to and from `Float` are casts to the same type on a 64-bit-float build.
// The constants are spelt as their sources give them.
#![allow(clippy::unnecessary_cast, clippy::excessive_precision)]

use crate::float::{Float, M};

/// Whether floats are 64-bit (else everything here is libm's).
const WIDE: bool = core::mem::size_of::<Float>() == 8;

pub fn exp(x: Float) -> Float {
    if WIDE {
        exp64(x as f64) as Float
    } else {
        M::exp(x)
    }
}

pub fn log(x: Float) -> Float {
    if WIDE {
        log64(x as f64) as Float
    } else {
        M::log(x)
    }
}

pub fn log2(x: Float) -> Float {
    let v = x as f64;
    if !(WIDE && v.is_finite() && v >= f64::MIN_POSITIVE) {
        return M::log2(x);
    }
    let (e, m) = dd::split_exponent(v);
    dd::log(m).mul(dd::INV_LN2).add_f(e as f64).round() as Float
}

/// glibc's `log10`: the exponent's part in two constants, the rest from `log` (so not
/// always correctly rounded, exactly as CPython's).
pub fn log10(x: Float) -> Float {
    let v = x as f64;
    if !(WIDE && v.is_finite() && v > 0.0) {
        return M::log10(x);
    }
    const IVLN10: f64 = f64::from_bits(0x3fdb_cb7b_1526_e50e);
    const LOG10_2HI: f64 = f64::from_bits(0x3fd3_4413_509f_6000);
    const LOG10_2LO: f64 = f64::from_bits(0x3d59_fef3_11f1_2b36);
    let (mut bits, mut k) = (v.to_bits(), 0i64);
    if bits >> 52 == 0 {
        // Subnormal: scaled into the normal range first.
        bits = (v * f64::from_bits(0x4350_0000_0000_0000)).to_bits();
        k -= 54;
    }
    let hx = (bits >> 32) as i64;
    k += (hx >> 20) - 1023;
    let i = (k < 0) as i64;
    let hx = (hx & 0x000f_ffff) | ((0x3ff - i) << 20);
    let y = (k + i) as f64;
    let m = f64::from_bits(((hx as u64) << 32) | (bits & 0xffff_ffff));
    let z = y * LOG10_2LO + IVLN10 * dd::log(m).round();
    (z + y * LOG10_2HI) as Float
}

/// `x ** y` for floats (C's `pow`).
pub fn pow(x: Float, y: Float) -> Float {
    if WIDE {
        pow64(x as f64, y as f64) as Float
    } else {
        M::pow(x, y)
    }
}

/// Below this, `sin`, `cos` and `tan` reduce their argument by π/2 here (beyond, libm's).
const TRIG_LIMIT: f64 = 1_048_576.0;

pub fn sin(x: Float) -> Float {
    if WIDE {
        sin64(x as f64) as Float
    } else {
        M::sin(x)
    }
}

pub fn cos(x: Float) -> Float {
    if WIDE {
        cos64(x as f64) as Float
    } else {
        M::cos(x)
    }
}

pub fn tan(x: Float) -> Float {
    let v = x as f64;
    if !(WIDE && v.abs() < TRIG_LIMIT) || v == 0.0 {
        return M::tan(x);
    }
    let (k, s, c) = dd::sincos(dd::Dd::from(v));
    match k % 2 {
        0 => s.div(c),
        _ => c.div(s).neg(),
    }
    .round() as Float
}

/// Beyond this (and below its inverse) the double-double products would overflow (Dekker's
/// split multiplies by 2^27): those arguments take libm.
const DD_LIMIT: f64 = 1_152_921_504_606_846_976.0; // 2^60

pub fn atan(x: Float) -> Float {
    let v = x as f64;
    if !(WIDE && v.abs() < DD_LIMIT) || v == 0.0 {
        return M::atan(x);
    }
    dd::atan(dd::Dd::from(v)).round() as Float
}

/// C's `atan2` for finite, non-zero arguments whose quotient is in f64's range (the rest,
/// CPython's special cases included, by libm).
pub fn atan2(y: Float, x: Float) -> Float {
    let (a, b) = (y as f64, x as f64);
    let q = (a / b).abs();
    if !(WIDE && a.is_finite() && b.is_finite()) || a == 0.0 || b == 0.0 || !(1e-300..1e300).contains(&q) {
        return M::atan2(y, x);
    }
    // (Both scaled by the same power of two, exactly, so that no product overflows.)
    let k = if a.abs().max(b.abs()) > 1e270 { 1.0 / DD_LIMIT } else { 1.0 };
    dd::atan2(dd::Dd::from(a * k), dd::Dd::from(b * k)).round() as Float
}

pub fn asin(x: Float) -> Float {
    let v = x as f64;
    if !(WIDE && v.abs() < 1.0) || v == 0.0 {
        return M::asin(x);
    }
    dd::atan2(dd::Dd::from(v), dd::one_minus_square(v)).round() as Float
}

pub fn acos(x: Float) -> Float {
    let v = x as f64;
    if !(WIDE && v.abs() < 1.0 && v.abs() > 1.0 / DD_LIMIT) {
        return M::acos(x);
    }
    dd::atan2(dd::one_minus_square(v), dd::Dd::from(v)).round() as Float
}

/// CPython's `math.fsum` of `items` (each already a float): the exact sum, rounded once,
/// kept as non-overlapping partials. Err names CPython's error: OverflowError for an
/// intermediate overflow, else ValueError (`-inf + inf`).
pub fn fsum(items: impl Iterator<Item = Float>) -> Result<Float, (bool, &'static str)> {
    let mut p: alloc::vec::Vec<Float> = alloc::vec::Vec::new();
    let (mut special, mut inf) = (0.0 as Float, 0.0 as Float);
    for item in items {
        let mut x = item;
        let mut i = 0;
        for j in 0..p.len() {
            let mut y = p[j];
            if x.abs() < y.abs() {
                core::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                p[i] = lo;
                i += 1;
            }
            x = hi;
        }
        p.truncate(i);
        if x != 0.0 {
            if !x.is_finite() {
                // From an overflow, or an infinity or NaN summed.
                if item.is_finite() {
                    return Err((true, "intermediate overflow in fsum"));
                }
                if item.is_infinite() {
                    inf += item;
                }
                special += item;
                p.clear();
            } else {
                p.push(x);
            }
        }
    }
    if special != 0.0 {
        return match inf.is_nan() {
            true => Err((false, "-inf + inf in fsum")),
            false => Ok(special),
        };
    }
    let Some(mut hi) = p.pop() else { return Ok(0.0) };
    let mut lo = 0.0 as Float;
    // Summed from the top until the sum is inexact …
    while let Some(y) = p.pop() {
        let x = hi;
        hi = x + y;
        lo = y - (hi - x);
        if lo != 0.0 {
            break;
        }
    }
    // … and rounded half-even across the partials left.
    if let Some(&next) = p.last() {
        if (lo < 0.0 && next < 0.0) || (lo > 0.0 && next > 0.0) {
            let y = lo * 2.0;
            let x = hi + y;
            if y == x - hi {
                hi = x;
            }
        }
    }
    Ok(hi)
}

/// CPython's length of the vector `v` (the absolute values of its coordinates, `max` the
/// largest, `nan` whether one is NaN) for `hypot` and `dist`: scaled losslessly, the squares
/// summed exactly in two parts, the square root corrected once.
pub fn vector_norm(v: &mut [Float], max: Float, nan: bool) -> Float {
    if max.is_infinite() {
        return max;
    }
    if nan {
        return Float::NAN;
    }
    if max == 0.0 || v.len() <= 1 {
        return max;
    }
    let (_, max_e) = M::frexp(max);
    if max_e < Float::MIN_EXP - 2 {
        // (Subnormal: the scale below would overflow.)
        let m = Float::MIN_POSITIVE;
        v.iter_mut().for_each(|x| *x /= m);
        return m * vector_norm(v, max / m, nan);
    }
    let scale = M::ldexp(1.0, -max_e);
    // Dekker's split at half the mantissa (2^27 + 1 for f64, 2^12 + 1 for f32).
    let splitter: Float = if WIDE { 134_217_729.0 as Float } else { 4097.0 };
    let mul = |x: Float, y: Float| {
        let sp = |a: Float| {
            let t = a * splitter;
            let hi = t - (t - a);
            (hi, a - hi)
        };
        let ((xh, xl), (yh, yl)) = (sp(x), sp(y));
        let (p, q) = (xh * yh, xh * yl + xl * yh);
        let z = p + q;
        (z, p - z + q + xl * yl)
    };
    let fast_sum = |a: Float, b: Float| {
        let x = a + b;
        (x, (a - x) + b)
    };
    let (mut csum, mut frac1, mut frac2) = (1.0 as Float, 0.0 as Float, 0.0 as Float);
    for &x in v.iter() {
        let x = x * scale;
        let (hi, lo) = mul(x, x);
        let (s, e) = fast_sum(csum, hi);
        csum = s;
        frac1 += lo;
        frac2 += e;
    }
    let mut h = M::sqrt(csum - 1.0 + (frac1 + frac2));
    let (hi, lo) = mul(-h, h);
    let (s, e) = fast_sum(csum, hi);
    csum = s;
    frac1 += lo;
    frac2 += e;
    let x = csum - 1.0 + (frac1 + frac2);
    h += x / (2.0 * h);
    h / scale
}

/// The high word of an f64's bits less the sign: what fdlibm's formulas branch on.
fn high_word(x: f64) -> u32 {
    ((x.to_bits() >> 32) as u32) & 0x7fff_ffff
}

const LN2_F64: f64 = core::f64::consts::LN_2;

pub fn tanh(x: Float) -> Float {
    let v = x as f64;
    if !WIDE || !v.is_finite() || v == 0.0 {
        return M::tanh(x);
    }
    let ix = high_word(v);
    let z = if ix >= 0x4036_0000 {
        // |x| >= 22: 1 (less a tiny amount, for inexact).
        1.0 - 1e-300
    } else if ix < 0x3c80_0000 {
        return (v * (1.0 + v)) as Float;
    } else if ix >= 0x3ff0_0000 {
        let t = libm::expm1(2.0 * v.abs());
        1.0 - 2.0 / (t + 2.0)
    } else {
        let t = libm::expm1(-2.0 * v.abs());
        -t / (t + 2.0)
    };
    (if v >= 0.0 { z } else { -z }) as Float
}

pub fn cosh(x: Float) -> Float {
    let v = x as f64;
    if !WIDE || !v.is_finite() {
        return M::cosh(x);
    }
    let (ix, a) = (high_word(v), v.abs());
    let r = if ix < 0x3fd6_2e43 {
        // |x| < ln2/2: 1 + expm1(|x|)²/(2 e^|x|).
        if ix < 0x3c80_0000 {
            return 1.0;
        }
        let t = libm::expm1(a);
        let w = 1.0 + t;
        1.0 + (t * t) / (w + w)
    } else if ix < 0x4036_0000 {
        let t = exp64(a);
        0.5 * t + 0.5 / t
    } else if ix < 0x4086_2e42 {
        0.5 * exp64(a)
    } else {
        let w = exp64(0.5 * a);
        0.5 * w * w
    };
    r as Float
}

pub fn sinh(x: Float) -> Float {
    let v = x as f64;
    if !WIDE || !v.is_finite() {
        return M::sinh(x);
    }
    let (ix, a) = (high_word(v), v.abs());
    let h = if v < 0.0 { -0.5 } else { 0.5 };
    let r = if ix < 0x4036_0000 {
        if ix < 0x3e30_0000 {
            return x;
        }
        let t = libm::expm1(a);
        if ix < 0x3ff0_0000 {
            h * (2.0 * t - t * t / (t + 1.0))
        } else {
            h * (t + t / (t + 1.0))
        }
    } else if ix < 0x4086_2e42 {
        h * exp64(a)
    } else {
        let w = exp64(0.5 * a);
        h * w * w
    };
    r as Float
}

pub fn asinh(x: Float) -> Float {
    let v = x as f64;
    if !WIDE || !v.is_finite() {
        return M::asinh(x);
    }
    let (ix, a) = (high_word(v), v.abs());
    if ix < 0x3e30_0000 {
        return x;
    }
    let w = if ix > 0x41b0_0000 {
        log64(a) + LN2_F64
    } else if ix > 0x4000_0000 {
        log64(2.0 * a + 1.0 / (libm::sqrt(v * v + 1.0) + a))
    } else {
        let t = v * v;
        libm::log1p(a + t / (1.0 + libm::sqrt(1.0 + t)))
    };
    (if v > 0.0 { w } else { -w }) as Float
}

/// `acosh(x)` for `x >= 1` (the caller checks the domain).
pub fn acosh(x: Float) -> Float {
    let v = x as f64;
    if !WIDE || !v.is_finite() || v < 1.0 {
        return M::acosh(x);
    }
    let hx = (v.to_bits() >> 32) as u32;
    let r = if hx >= 0x41b0_0000 {
        log64(v) + LN2_F64
    } else if v == 1.0 {
        0.0
    } else if hx > 0x4000_0000 {
        log64(2.0 * v - 1.0 / (v + libm::sqrt(v * v - 1.0)))
    } else {
        let t = v - 1.0;
        libm::log1p(t + libm::sqrt(2.0 * t + t * t))
    };
    r as Float
}

/// glibc's `cbrt`: a degree-6 polynomial on the mantissa, one rational Newton-like step,
/// and the exponent's third by a table of cube roots of 2.
pub fn cbrt(x: Float) -> Float {
    let v = x as f64;
    if !WIDE || !v.is_finite() || v == 0.0 {
        return M::cbrt(x);
    }
    const CBRT2: f64 = 1.259_921_049_894_873_164_8;
    const SQR_CBRT2: f64 = 1.587_401_051_968_199_474_8;
    const FACTOR: [f64; 5] = [1.0 / SQR_CBRT2, 1.0 / CBRT2, 1.0, CBRT2, SQR_CBRT2];
    let (xm, xe) = libm::frexp(v.abs());
    let u = 0.354_895_765_043_919_86
        + ((1.508_191_937_815_848_96
            + ((-2.114_994_941_673_712_87
                + ((2.446_931_225_635_344_3
                    + ((-1.834_692_774_836_130_86
                        + (0.784_932_344_976_639_262 - 0.145_263_899_385_486_377 * xm) * xm)
                        * xm))
                    * xm))
                * xm))
            * xm);
    let t2 = u * u * u;
    let ym = u * (t2 + 2.0 * xm) / (2.0 * t2 + xm) * FACTOR[(2 + xe % 3) as usize];
    libm::ldexp(if v > 0.0 { ym } else { -ym }, xe / 3) as Float
}

// The f64 functions behind `exp log pow sin cos` (which take the board's width), also for
// `gamma` and `lgamma`, which compute at 64 bits on every board (libm's without WIDE).
fn exp64(x: f64) -> f64 {
    if WIDE && (-708.0..=709.0).contains(&x) {
        return dd::exp(dd::Dd::from(x)).round();
    }
    libm::exp(x)
}
fn log64(x: f64) -> f64 {
    if WIDE && x.is_finite() && x >= f64::MIN_POSITIVE {
        return dd::log(x).round();
    }
    libm::log(x)
}
/// A positive finite base and finite exponent with a normal result here (and a negative base
/// with an integer exponent by its absolute value); the rest (zeros, infinities, NaN,
/// overflow, subnormals) by libm.
fn pow64(x: f64, y: f64) -> f64 {
    if !(WIDE && x.is_finite() && y.is_finite()) || x == 0.0 || y == 0.0 || x == 1.0 {
        return libm::pow(x, y);
    }
    if x < 0.0 {
        // Only an integer exponent has a real result, its sign by parity.
        if libm::trunc(y) != y {
            return libm::pow(x, y);
        }
        let r = pow64(-x, y);
        return if libm::fmod(y.abs(), 2.0) == 1.0 { -r } else { r };
    }
    if x >= f64::MIN_POSITIVE {
        let t = dd::log(x).mul_f(y);
        if (-708.0..=709.0).contains(&t.hi) {
            return dd::exp(t).round();
        }
    }
    libm::pow(x, y)
}
fn sin64(x: f64) -> f64 {
    if WIDE && x.abs() < TRIG_LIMIT && x != 0.0 {
        let (k, s, c) = dd::sincos(dd::Dd::from(x));
        return [s, c, s.neg(), c.neg()][k].round();
    }
    libm::sin(x)
}
fn cos64(x: f64) -> f64 {
    if WIDE && x.abs() < TRIG_LIMIT {
        let (k, s, c) = dd::sincos(dd::Dd::from(x));
        return [c, s.neg(), c.neg(), s][k].round();
    }
    libm::cos(x)
}

/// CPython's `sin(π x)`, exact at the integers and half-integers.
fn sinpi(x: f64) -> f64 {
    let pi = core::f64::consts::PI;
    let y = libm::fmod(x.abs(), 2.0);
    let r = match libm::round(2.0 * y) as i32 {
        0 => sin64(pi * y),
        1 => cos64(pi * (y - 0.5)),
        // (Not -sin(π (y - 1)): that would be -0.0 at y = 1.)
        2 => sin64(pi * (1.0 - y)),
        3 => -cos64(pi * (y - 1.5)),
        _ => sin64(pi * (y - 2.0)),
    };
    libm::copysign(1.0, x) * r
}

/// Lanczos' approximation as CPython has it: g, and the sum's numerator and denominator
/// coefficients (the denominator is x (x+1) … (x+11)).
const LANCZOS_G: f64 = 6.024_680_040_776_729_583_740_234_375;
const LANCZOS_G_MINUS_HALF: f64 = 5.524_680_040_776_729_583_740_234_375;
const LANCZOS_NUM: [f64; 13] = [
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
];
const LANCZOS_DEN: [f64; 13] = [
    0.0,
    39916800.0,
    120543840.0,
    150917976.0,
    105258076.0,
    45995730.0,
    13339535.0,
    2637558.0,
    357423.0,
    32670.0,
    1925.0,
    66.0,
    1.0,
];

/// The Lanczos sum at `x > 0`: as a rational function of `x` below 5, of `1/x` above
/// (no overflow, and more accurate there).
fn lanczos_sum(x: f64) -> f64 {
    let (mut num, mut den) = (0.0, 0.0);
    if x < 5.0 {
        for i in (0..13).rev() {
            num = num * x + LANCZOS_NUM[i];
            den = den * x + LANCZOS_DEN[i];
        }
    } else {
        for i in 0..13 {
            num = num / x + LANCZOS_NUM[i];
            den = den / x + LANCZOS_DEN[i];
        }
    }
    num / den
}

/// CPython's `math.gamma` for a finite argument that is not a pole (infinite when it
/// overflows).
pub fn gamma(x: Float) -> Float {
    let x = x as f64;
    let pi = core::f64::consts::PI;
    if x == 0.0 {
        return libm::copysign(f64::INFINITY, x) as Float;
    }
    if x == libm::floor(x) && (1.0..=23.0).contains(&x) {
        // (n - 1)!, exact.
        return (1..x as u64).fold(1.0, |f, k| f * k as f64) as Float;
    }
    let absx = x.abs();
    if absx < 1e-20 {
        return (1.0 / x) as Float;
    }
    if absx > 200.0 {
        return if x < 0.0 { 0.0 / sinpi(x) } else { f64::INFINITY } as Float;
    }
    let y = absx + LANCZOS_G_MINUS_HALF;
    // The rounding error of y, and its correction.
    let z =
        if absx > LANCZOS_G_MINUS_HALF { (y - absx) - LANCZOS_G_MINUS_HALF } else { (y - LANCZOS_G_MINUS_HALF) - absx };
    let z = z * LANCZOS_G / y;
    let mut r;
    if x < 0.0 {
        r = -pi / sinpi(absx) / absx * exp64(y) / lanczos_sum(absx);
        r -= z * r;
        if absx < 140.0 {
            r /= pow64(y, absx - 0.5);
        } else {
            let sqrtpow = pow64(y, absx / 2.0 - 0.25);
            r /= sqrtpow;
            r /= sqrtpow;
        }
    } else {
        r = lanczos_sum(absx) / exp64(y);
        r += z * r;
        if absx < 140.0 {
            r *= pow64(y, absx - 0.5);
        } else {
            let sqrtpow = pow64(y, absx / 2.0 - 0.25);
            r *= sqrtpow;
            r *= sqrtpow;
        }
    }
    r as Float
}

/// CPython's `math.lgamma` for a finite argument that is not a pole.
pub fn lgamma(x: Float) -> Float {
    let x = x as f64;
    if x == libm::floor(x) && (x == 1.0 || x == 2.0) {
        return 0.0;
    }
    let absx = x.abs();
    if absx < 1e-20 {
        return -log64(absx) as Float;
    }
    const LOGPI: f64 = 1.144_729_885_849_400_174_143_427_351_353_058_711_647;
    let mut r = log64(lanczos_sum(absx)) - LANCZOS_G;
    r += (absx - 0.5) * (log64(absx + LANCZOS_G - 0.5) - 1.0);
    if x < 0.0 {
        // The reflection formula.
        r = LOGPI - log64(sinpi(absx).abs()) - log64(absx) - r;
    }
    r as Float
}

/// `erf` and `erfc` as glibc has them (Sun's fdlibm rational approximations, evaluated in
/// glibc's order: the polynomials split in pairs of terms for a pipelined machine), over
/// `exp64`: every step rounds as glibc's does, so the results are CPython's except where
/// glibc's `exp` is not correctly rounded. 32-bit floats take libm's.
mod erf_coeffs {
    /// erf(x) = x + x R(x²) on [0, 0.84375]: R = PP/QQ.
    pub const EFX: f64 = 1.28379167095512586316e-01;
    pub const PP: [f64; 5] = [
        1.28379167095512558561e-01,
        -3.25042107247001499370e-01,
        -2.84817495755985104766e-02,
        -5.77027029648944159157e-03,
        -2.37630166566501626084e-05,
    ];
    pub const QQ: [f64; 6] = [
        0.0,
        3.97917223959155352819e-01,
        6.50222499887672944485e-02,
        5.08130628187576562776e-03,
        1.32494738004321644526e-04,
        -3.96022827877536812320e-06,
    ];
    /// erf(1 + s) - ERX = PA(s)/QA(s) on [0.84375, 1.25]; ERX is erf(1) to 24 bits.
    pub const ERX: f64 = 8.45062911510467529297e-01;
    pub const PA: [f64; 7] = [
        -2.36211856075265944077e-03,
        4.14856118683748331666e-01,
        -3.72207876035701323847e-01,
        3.18346619901161753674e-01,
        -1.10894694282396677476e-01,
        3.54783043256182359371e-02,
        -2.16637559486879084300e-03,
    ];
    pub const QA: [f64; 7] = [
        0.0,
        1.06420880400844228286e-01,
        5.40397917702171048937e-01,
        7.18286544141962662868e-02,
        1.26171219808761642112e-01,
        1.36370839120290507362e-02,
        1.19844998467991074170e-02,
    ];
    /// log(x erfc(x)) + x² + 0.5625 = RA/SA (1/x²) on [1.25, 1/0.35], RB/SB beyond.
    pub const RA: [f64; 8] = [
        -9.86494403484714822705e-03,
        -6.93858572707181764372e-01,
        -1.05586262253232909814e+01,
        -6.23753324503260060396e+01,
        -1.62396669462573470355e+02,
        -1.84605092906711035994e+02,
        -8.12874355063065934246e+01,
        -9.81432934416914548592e+00,
    ];
    pub const SA: [f64; 9] = [
        0.0,
        1.96512716674392571292e+01,
        1.37657754143519042600e+02,
        4.34565877475229228821e+02,
        6.45387271733267880336e+02,
        4.29008140027567833386e+02,
        1.08635005541779435134e+02,
        6.57024977031928170135e+00,
        -6.04244152148580987438e-02,
    ];
    pub const RB: [f64; 7] = [
        -9.86494292470009928597e-03,
        -7.99283237680523006574e-01,
        -1.77579549177547519889e+01,
        -1.60636384855821916062e+02,
        -6.37566443368389627722e+02,
        -1.02509513161107724954e+03,
        -4.83519191608651397019e+02,
    ];
    pub const SB: [f64; 8] = [
        0.0,
        3.03380607434824582924e+01,
        3.25792512996573918826e+02,
        1.53672958608443695994e+03,
        3.19985821950859553908e+03,
        2.55305040643316442583e+03,
        4.74528541206955367215e+02,
        -2.24409524465858183362e+01,
    ];
}

/// R(z) for `|x| < 0.84375`, `z = x²`.
fn erf_small(z: f64) -> f64 {
    use erf_coeffs::{PP, QQ};
    let (z2, r1, r2) = (z * z, PP[0] + z * PP[1], PP[2] + z * PP[3]);
    let z4 = z2 * z2;
    let (s1, s2, s3) = (1.0 + z * QQ[1], QQ[2] + z * QQ[3], QQ[4] + z * QQ[5]);
    (r1 + z2 * r2 + z4 * PP[4]) / (s1 + z2 * s2 + z4 * s3)
}

/// PA(s)/QA(s) for `0.84375 <= |x| < 1.25`, `s = |x| - 1`.
fn erf_middle(s: f64) -> f64 {
    use erf_coeffs::{PA, QA};
    let (s2, p1, q1) = (s * s, PA[0] + s * PA[1], 1.0 + s * QA[1]);
    let s4 = s2 * s2;
    let s6 = s4 * s2;
    let (p2, q2, p3, q3) = (PA[2] + s * PA[3], QA[2] + s * QA[3], PA[4] + s * PA[5], QA[4] + s * QA[5]);
    (p1 + s2 * p2 + s4 * p3 + s6 * PA[6]) / (q1 + s2 * q2 + s4 * q3 + s6 * QA[6])
}

/// `x erfc(x)` for `1.25 <= x < 28`: `exp(-x² - 0.5625 + R/S)`, with `-x²` as
/// `-z² + (z - x)(z + x)` for `z` the upper half of `x` (exact). `near_bits` is the upper
/// word below which the first pair of approximations applies (glibc's erf and erfc differ
/// there by one).
fn erfc_tail(x: f64, near_bits: u32) -> f64 {
    use erf_coeffs::{RA, RB, SA, SB};
    let s = 1.0 / (x * x);
    let s2 = s * s;
    let s4 = s2 * s2;
    let s6 = s4 * s2;
    let (r, q) = if high_word(x) < near_bits {
        let s8 = s4 * s4;
        let (r1, q1, r2, q2) = (RA[0] + s * RA[1], 1.0 + s * SA[1], RA[2] + s * RA[3], SA[2] + s * SA[3]);
        let (r3, q3, r4, q4) = (RA[4] + s * RA[5], SA[4] + s * SA[5], RA[6] + s * RA[7], SA[6] + s * SA[7]);
        (r1 + s2 * r2 + s4 * r3 + s6 * r4, q1 + s2 * q2 + s4 * q3 + s6 * q4 + s8 * SA[8])
    } else {
        let (r1, q1, r2, q2) = (RB[0] + s * RB[1], 1.0 + s * SB[1], RB[2] + s * RB[3], SB[2] + s * SB[3]);
        let (r3, q3, q4) = (RB[4] + s * RB[5], SB[4] + s * SB[5], SB[6] + s * SB[7]);
        (r1 + s2 * r2 + s4 * r3 + s6 * RB[6], q1 + s2 * q2 + s4 * q3 + s6 * q4)
    };
    let z = f64::from_bits(x.to_bits() & 0xffff_ffff_0000_0000);
    exp64(-z * z - 0.5625) * exp64((z - x) * (z + x) + r / q)
}

pub fn erf(x: Float) -> Float {
    if !WIDE {
        return M::erf(x);
    }
    let x = x as f64;
    let ix = high_word(x) & 0x7fff_ffff;
    let r = if ix >= 0x7ff0_0000 {
        return M::erf(x as Float);
    } else if ix < 0x3feb_0000 {
        if ix < 0x3e30_0000 {
            // (Below 2^-28; below the normal range, scaled so as not to lose bits.)
            if ix < 0x0080_0000 {
                0.0625 * (16.0 * x + (16.0 * erf_coeffs::EFX) * x)
            } else {
                x + erf_coeffs::EFX * x
            }
        } else {
            x + x * erf_small(x * x)
        }
    } else if ix < 0x3ff4_0000 {
        let pq = erf_middle(x.abs() - 1.0);
        if x >= 0.0 {
            erf_coeffs::ERX + pq
        } else {
            -erf_coeffs::ERX - pq
        }
    } else if ix >= 0x4018_0000 {
        libm::copysign(1.0, x)
    } else {
        let ax = x.abs();
        let r = erfc_tail(ax, 0x4006_db6e);
        if x >= 0.0 {
            1.0 - r / ax
        } else {
            r / ax - 1.0
        }
    };
    r as Float
}

pub fn erfc(x: Float) -> Float {
    if !WIDE {
        return M::erfc(x);
    }
    let x = x as f64;
    let ix = high_word(x) & 0x7fff_ffff;
    let r = if ix >= 0x7ff0_0000 {
        return M::erfc(x as Float);
    } else if ix < 0x3feb_0000 {
        if ix < 0x3c70_0000 {
            1.0 - x
        } else {
            let y = erf_small(x * x);
            if x < 0.25 {
                1.0 - (x + x * y)
            } else {
                let r = x * y + (x - 0.5);
                0.5 - r
            }
        }
    } else if ix < 0x3ff4_0000 {
        let pq = erf_middle(x.abs() - 1.0);
        if x >= 0.0 {
            (1.0 - erf_coeffs::ERX) - pq
        } else {
            1.0 + (erf_coeffs::ERX + pq)
        }
    } else if ix < 0x403c_0000 {
        if x <= -6.0 {
            2.0
        } else {
            let ax = x.abs();
            let r = erfc_tail(ax, 0x4006_db6d);
            if x > 0.0 {
                r / ax
            } else {
                2.0 - r / ax
            }
        }
    } else if x > 0.0 {
        0.0
    } else {
        2.0
    };
    r as Float
}

/// Double-double arithmetic: a value as the unevaluated sum of two f64 (`hi` the sum rounded),
/// about 106 bits of precision, with error-free sums and products (Dekker's, without FMA).
mod dd {
    #[derive(Clone, Copy)]
    pub struct Dd {
        pub hi: f64,
        lo: f64,
    }

    pub const LN2: Dd = Dd { hi: f64::from_bits(0x3fe6_2e42_fefa_39ef), lo: f64::from_bits(0x3c7a_bc9e_3b39_803f) };
    pub const INV_LN2: Dd = Dd { hi: f64::from_bits(0x3ff7_1547_652b_82fe), lo: f64::from_bits(0x3c77_77d0_ffda_0d24) };

    impl From<f64> for Dd {
        fn from(hi: f64) -> Dd {
            Dd { hi, lo: 0.0 }
        }
    }

    /// `a + b` exactly, when `|a| >= |b|`.
    fn quick_two_sum(a: f64, b: f64) -> Dd {
        let s = a + b;
        Dd { hi: s, lo: b - (s - a) }
    }

    /// `a + b` exactly.
    fn two_sum(a: f64, b: f64) -> Dd {
        let s = a + b;
        let bb = s - a;
        Dd { hi: s, lo: (a - (s - bb)) + (b - bb) }
    }

    /// `a` as two halves of 26 bits.
    fn split(a: f64) -> (f64, f64) {
        let t = 134_217_729.0 * a;
        let hi = t - (t - a);
        (hi, a - hi)
    }

    /// `a * b` exactly.
    fn two_prod(a: f64, b: f64) -> Dd {
        let p = a * b;
        let ((ah, al), (bh, bl)) = (split(a), split(b));
        Dd { hi: p, lo: ((ah * bh - p) + ah * bl + al * bh) + al * bl }
    }

    impl Dd {
        pub fn add(self, b: Dd) -> Dd {
            let s = two_sum(self.hi, b.hi);
            let t = two_sum(self.lo, b.lo);
            let s = quick_two_sum(s.hi, s.lo + t.hi);
            quick_two_sum(s.hi, s.lo + t.lo)
        }
        pub fn add_f(self, b: f64) -> Dd {
            let s = two_sum(self.hi, b);
            quick_two_sum(s.hi, s.lo + self.lo)
        }
        pub fn neg(self) -> Dd {
            Dd { hi: -self.hi, lo: -self.lo }
        }
        pub fn mul(self, b: Dd) -> Dd {
            let p = two_prod(self.hi, b.hi);
            quick_two_sum(p.hi, p.lo + (self.hi * b.lo + self.lo * b.hi))
        }
        pub fn mul_f(self, b: f64) -> Dd {
            let p = two_prod(self.hi, b);
            quick_two_sum(p.hi, p.lo + self.lo * b)
        }
        /// Times a power of two (exact).
        fn scale(self, k: f64) -> Dd {
            Dd { hi: self.hi * k, lo: self.lo * k }
        }
        pub fn div(self, b: Dd) -> Dd {
            let q1 = self.hi / b.hi;
            let r = self.add(b.mul_f(q1).neg());
            let q2 = r.hi / b.hi;
            let r = r.add(b.mul_f(q2).neg());
            let q3 = r.hi / b.hi;
            quick_two_sum(q1, q2).add_f(q3)
        }
        /// The nearest f64.
        /// (`hi` is `hi + lo` rounded; adding `lo` again could round twice where `lo` was
        /// scaled below the normal range.)
        pub fn round(self) -> f64 {
            self.hi
        }
    }

    /// `2^k` for `k` in f64's normal range.
    fn pow2(k: i64) -> f64 {
        f64::from_bits(((k + 1023) as u64) << 52)
    }

    /// `e^x` for `-708 <= x <= 709`: `x = k ln 2 + r`, `e^r` by its series at `r / 256`,
    /// squared eight times.
    pub fn exp(x: Dd) -> Dd {
        let k = libm::round(x.hi * INV_LN2.hi);
        let r = x.add(LN2.mul_f(k).neg());
        let s = r.scale(1.0 / 256.0);
        // 1 + s (1 + s/2 (1 + s/3 (… (1 + s/11)))): the terms past s^11/11! are below 2^-115.
        let mut p = Dd::from(1.0);
        for n in (1..=11).rev() {
            p = p.mul(s).div(Dd::from(n as f64)).add_f(1.0);
        }
        for _ in 0..8 {
            p = p.mul(p);
        }
        // (Split in two so that 2^k stays normal at either end of the range.)
        let k = k as i64;
        p.scale(pow2(k / 2)).scale(pow2(k - k / 2))
    }

    /// π/2 as the sum of four doubles, and 2/π.
    const PIO2: [f64; 4] = [
        f64::from_bits(0x3ff9_21fb_5444_2d18),
        f64::from_bits(0x3c91_a626_3314_5c07),
        f64::from_bits(0xb91f_1976_b7ed_8fbc),
        f64::from_bits(0x35b4_cf98_e804_177d),
    ];
    const TWO_OVER_PI: f64 = f64::from_bits(0x3fe4_5f30_6dc9_c883);

    /// `x` reduced by π/2 (`|x|` below 2^20): `(k mod 4, sin r, cos r)` with `x = k π/2 + r`.
    pub fn sincos(x: Dd) -> (usize, Dd, Dd) {
        let k = libm::round(x.hi * TWO_OVER_PI);
        let mut r = x;
        for p in PIO2 {
            r = r.add(two_prod(k, p).neg());
        }
        let r2 = r.mul(r);
        // sin r = r (1 - r²/(2·3) (1 - r²/(4·5) (…))), cos r = 1 - r²/(1·2) (1 - r²/(3·4) (…)):
        // with |r| <= π/4, the terms past r²⁷/27! are below 2^-112.
        let (mut s, mut c) = (Dd::from(1.0), Dd::from(1.0));
        for n in (1..=14).rev() {
            let (a, b) = ((2 * n) as f64, (2 * n + 1) as f64);
            s = Dd::from(1.0).add(r2.mul(s).div(Dd::from(a * b)).neg());
            c = Dd::from(1.0).add(r2.mul(c).div(Dd::from((a - 1.0) * a)).neg());
        }
        ((k as i64).rem_euclid(4) as usize, r.mul(s), c)
    }

    /// `atan q`: libm's, then one Newton step on `tan y = q` (`y += (q cos y - sin y) cos y`),
    /// for `|q| <= 1`; beyond, `±π/2 - atan(1/q)`.
    pub fn atan(q: Dd) -> Dd {
        if q.hi.abs() > 1.0 {
            let half_pi = Dd { hi: PIO2[0], lo: PIO2[1] }.add_f(PIO2[2]);
            let inner = atan(Dd::from(1.0).div(q));
            return if q.hi > 0.0 { half_pi.add(inner.neg()) } else { half_pi.neg().add(inner.neg()) };
        }
        let y0 = libm::atan(q.hi);
        let (k, s, c) = sincos(Dd::from(y0));
        let (s, c) = match k {
            0 => (s, c),
            1 => (c, s.neg()),
            2 => (s.neg(), c.neg()),
            _ => (c.neg(), s),
        };
        Dd::from(y0).add(q.mul(c).add(s.neg()).mul(c))
    }

    /// The angle of the point `(x, y)`.
    pub fn atan2(y: Dd, x: Dd) -> Dd {
        let a = atan(y.div(x));
        if x.hi > 0.0 {
            return a;
        }
        let pi = Dd { hi: PIO2[0], lo: PIO2[1] }.add_f(PIO2[2]).scale(2.0);
        if y.hi >= 0.0 {
            a.add(pi)
        } else {
            a.add(pi.neg())
        }
    }

    /// `sqrt(1 - x²)` for `|x| < 1`, as `sqrt((1 - x)(1 + x))`.
    pub fn one_minus_square(x: f64) -> Dd {
        let a = two_sum(1.0, -x).mul(two_sum(1.0, x));
        let s = libm::sqrt(a.hi);
        quick_two_sum(s, a.add(two_prod(s, s).neg()).hi / (2.0 * s))
    }

    /// `(e, m)` with `x = m 2^e` and `m` in [sqrt(1/2), sqrt(2)), for a normal positive `x`.
    pub fn split_exponent(x: f64) -> (i64, f64) {
        let bits = x.to_bits();
        let mut e = ((bits >> 52) & 0x7ff) as i64 - 1023;
        let mut m = f64::from_bits((bits & 0x000f_ffff_ffff_ffff) | 0x3ff0_0000_0000_0000);
        if m > core::f64::consts::SQRT_2 {
            m *= 0.5;
            e += 1;
        }
        (e, m)
    }

    /// `ln x` for a normal positive `x`: `e ln 2 + 2 atanh(s)`, `s = (m - 1) / (m + 1)`,
    /// `|s| <= 0.172`, by its series (exact where `x` is a power of two).
    pub fn log(x: f64) -> Dd {
        let (e, m) = split_exponent(x);
        let s = Dd::from(m - 1.0).div(two_sum(m, 1.0));
        let s2 = s.mul(s);
        // 1 + s²/3 + s⁴/5 + … + s⁴⁶/47: with s² <= 0.0295, the next term is below 2^-117.
        let mut p = Dd::from(1.0).div(Dd::from(47.0));
        for n in (0..23).rev() {
            p = p.mul(s2).add(Dd::from(1.0).div(Dd::from((2 * n + 1) as f64)));
        }
        LN2.mul_f(e as f64).add(s.mul(p).scale(2.0))
    }
}
