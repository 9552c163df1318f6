//! Floats at the board's width (f32 on 32-bit boards, f64 on the host): arithmetic with
//! Python's floor division and modulo, conversions, and the shortest repr that round-trips.
// Conversions to and from `Float` are casts to the same type on a 64-bit-float build.
#![allow(clippy::unnecessary_cast)]

use crate::bigint::BigInt;
use crate::exc::*;
use crate::func::{Kw, NativeObj};
use crate::int::{self, as_int, Int};
use crate::object::*;
use crate::ops::binop;
use crate::value::*;
use alloc::string::String;

/// The float width: the board's (`float_bits` in its file; the `float64` feature), f64 on the host.
#[cfg(all(target_os = "none", not(feature = "float64")))]
pub type Float = f32;
#[cfg(any(not(target_os = "none"), feature = "float64"))]
pub type Float = f64;

/// The float functions at the board's width (`sinf` for f32, `sin` for f64, …).
pub type M = libm::Libm<Float>;

#[repr(C)]
pub struct FloatObj {
    pub header: Header,
    pub value: Float,
}

pub fn new_float(f: Float) -> R {
    new_float_inline(f)
}

/// `x.real` (or with `imag`, `x.imag`) of a float `x`: behind the gate of the firmware that
/// makes floats, which alone has one.
#[inline(never)]
#[cfg_attr(target_os = "none", link_section = ".text.mpyc.gate.mpyc_FLOAT_TYPE/part")]
pub fn part(x: Value, imag: bool) -> R {
    if imag {
        new_float(0.0)
    } else {
        exact(x)
    }
}

/// [`new_float`] where a call costs too much ([`rt_box_float`], generated code's boxing).
#[inline(always)]
pub(crate) fn new_float_inline(f: Float) -> R {
    const _: () = assert!(core::mem::size_of::<FloatObj>() <= crate::gc::BLOCK);
    let p = crate::gc::try_block(crate::gc::LEAF) as *mut FloatObj;
    if p.is_null() {
        return new_float_slow(f);
    }
    unsafe { p.write(FloatObj { header: Header::of(&FLOAT_TYPE), value: f }) };
    Ok(p as Value)
}

/// [`new_float`] when the block at the heap's hint is taken: a search, maybe a collection.
#[inline(never)]
fn new_float_slow(f: Float) -> R {
    let p = crate::gc::alloc_block(crate::gc::LEAF) as *mut FloatObj;
    if p.is_null() {
        return Err(memory_error());
    }
    unsafe { p.write(FloatObj { header: Header::of(&FLOAT_TYPE), value: f }) };
    Ok(p as Value)
}

#[inline(always)]
pub fn as_float(v: Value) -> Option<&'static FloatObj> {
    (is_ptr(v) && ptr_kind(v) == Kind::Float).then(|| unsafe { &*(v as *const FloatObj) })
}

/// A number as a float: floats themselves, ints and bools converted.
pub fn to_float(v: Value) -> R<Option<Float>> {
    if let Some(f) = as_float(v) {
        return Ok(Some(f.value));
    }
    // (By reference: no copy of the int's description for the call.)
    match &as_int(v) {
        Some(i) => Ok(Some(int::to_float(i)?)),
        None => Ok(None),
    }
}

// The FPU's square root (hard-float ABI: the argument and result in s0), in a section of its
// own as every function is (in the compilation unit's `.text`, whatever the linker keeps of it
// would keep all the others' `global_asm!` with it: the generators' switch, in every firmware).
#[cfg(all(target_arch = "arm", target_os = "none", not(feature = "float64")))]
core::arch::global_asm!(
    ".pushsection .text.mpyc_vsqrt,\"ax\",%progbits",
    ".syntax unified",
    ".fpu fpv4-sp-d16",
    ".thumb",
    ".globl mpyc_vsqrt",
    ".type mpyc_vsqrt, %function",
    ".thumb_func",
    "mpyc_vsqrt:",
    "vsqrt.f32 s0, s0",
    "bx lr",
    ".popsection",
);

#[cfg(all(target_arch = "arm", target_os = "none", not(feature = "float64")))]
extern "C" {
    fn mpyc_vsqrt(x: f32) -> f32;
}

/// The square root: the FPU's `vsqrt.f32` on 32-bit-float boards (libm's is software).
#[inline]
pub fn sqrt(x: Float) -> Float {
    #[cfg(all(target_arch = "arm", target_os = "none", not(feature = "float64")))]
    {
        unsafe { mpyc_vsqrt(x) }
    }
    #[cfg(not(all(target_arch = "arm", target_os = "none", not(feature = "float64"))))]
    {
        M::sqrt(x)
    }
}

/// `hypot(x, y)`: the square root of the sum of squares where that cannot overflow or lose
/// the smaller part to underflow, libm's scaled version elsewhere. (Inlined: `abs()` of a
/// complex number is hot in complex arithmetic.)
#[inline(always)]
pub fn hypot(x: Float, y: Float) -> Float {
    let (ax, ay) = (M::fabs(x), M::fabs(y));
    let (hi, lo) = if ax > ay { (ax, ay) } else { (ay, ax) };
    if hi < 1e18 && (lo > 1e-18 || lo == 0.0) {
        return sqrt(x * x + y * y);
    }
    M::hypot(x, y)
}

fn floor(x: Float) -> Float {
    M::floor(x)
}

fn fmod(x: Float, y: Float) -> Float {
    M::fmod(x, y)
}

/// `a op b` for two floats. Behind the gate of the firmware that makes floats: its callers
/// have floats in hand, but for an int to a negative power (`int::negative_power`), which
/// opens the gate itself.
// (`!(a > 0.0)`: not positive, NaN included, in one compare.)
#[allow(clippy::neg_cmp_op_on_partial_ord)]
#[inline(never)]
#[cfg_attr(target_os = "none", link_section = ".text.mpyc.gate.mpyc_FLOAT_TYPE/binary")]
pub fn binary(op: usize, a: Float, b: Float) -> R {
    let r = match op {
        binop::ADD => a + b,
        binop::SUB => a - b,
        binop::MUL => a * b,
        binop::TRUEDIV => {
            if b == 0.0 {
                return Err(raise(&ZERO_DIVISION_ERROR, "float division by zero"));
            }
            a / b
        }
        binop::FLOORDIV | binop::MOD => {
            if b == 0.0 {
                let what = if op == binop::MOD { "float modulo" } else { "float floor division by zero" };
                return Err(raise(&ZERO_DIVISION_ERROR, what));
            }
            let mut m = fmod(a, b);
            let mut div = (a - m) / b;
            if m != 0.0 {
                if (b < 0.0) != (m < 0.0) {
                    m += b;
                    div -= 1.0;
                }
            } else {
                m = M::copysign(0.0, b);
            }
            if op == binop::MOD {
                m
            } else if div != 0.0 {
                let mut f = floor(div);
                if div - f > 0.5 {
                    f += 1.0;
                }
                f
            } else {
                M::copysign(0.0, a / b)
            }
        }
        binop::POW => {
            // (One compare on the common path: a positive base.)
            if !(a > 0.0) {
                if let Some(r) = power_not_positive(a, b) {
                    return r;
                }
            }
            crate::fltmath::pow(a, b)
        }
        _ => {
            return Err(raise(
                &TYPE_ERROR,
                alloc::format!("unsupported operand type(s) for {}: 'float' and 'float'", binop::SYMBOLS[op]),
            ))
        }
    };
    if r.is_infinite() && a.is_finite() && b.is_finite() && op == binop::POW {
        return Err(raise(&OVERFLOW_ERROR, "(34, 'Numerical result out of range')"));
    }
    new_float(r)
}

/// `a ** b` for a base that is not positive, where CPython's differs from C's `pow`: zero to
/// a negative power is ZeroDivisionError, a negative number to a fractional power complex.
/// None: C's `pow` answers. (Out of line: `binary` keeps its small frame.)
#[inline(never)]
fn power_not_positive(a: Float, b: Float) -> Option<R> {
    if !a.is_finite() || !b.is_finite() {
        return None;
    }
    if a == 0.0 && b < 0.0 {
        return Some(Err(raise(&ZERO_DIVISION_ERROR, "0.0 cannot be raised to a negative power")));
    }
    if a < 0.0 && b != floor(b) {
        return Some(crate::complex::float_power(a, b));
    }
    None
}

/// The float a method was called on (`float.is_integer(x)` may pass anything).
fn self_float(a: &[Value], method: &str) -> R<Float> {
    as_float(a[0]).map(|f| f.value).ok_or_else(|| crate::func::descriptor_mismatch(method, "float", a[0]))
}

/// `x.hex()`: the f64 value's bits in CPython's form (`-0x1.8000000000000p+3`).
fn hex_text(f: f64) -> alloc::string::String {
    let mut out = alloc::string::String::new();
    if f.is_nan() {
        out.push_str("nan");
        return out;
    }
    if f.is_sign_negative() {
        out.push('-');
    }
    if f.is_infinite() {
        out.push_str("inf");
        return out;
    }
    let bits = f.to_bits();
    let (exp, frac) = (((bits >> 52) & 0x7ff) as i32, bits & ((1 << 52) - 1));
    let (lead, frac_digits, e) = match (exp, frac) {
        (0, 0) => ('0', 1, 0),
        (0, _) => ('0', 13, -1022),
        _ => ('1', 13, exp - 1023),
    };
    out.push_str("0x");
    out.push(lead);
    out.push('.');
    for i in (13 - frac_digits..13).rev() {
        let d = ((frac >> (4 * i)) & 0xf) as u32;
        out.push(char::from_digit(d, 16).unwrap_or('0'));
    }
    out.push('p');
    out.push(if e < 0 { '-' } else { '+' });
    let mut digits = [0u8; 4];
    let (mut n, mut k) = (e.unsigned_abs(), 0);
    loop {
        digits[k] = b'0' + (n % 10) as u8;
        k += 1;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    for &d in digits[..k].iter().rev() {
        out.push(d as char);
    }
    out
}

/// `float.fromhex(text)`: `[sign] [0x] hex digits [. hex digits] [p [sign] decimal]`, or inf
/// and nan, with spaces around.
fn from_hex_text(text: &str) -> R<Float> {
    let invalid = || raise(&VALUE_ERROR, "invalid hexadecimal floating-point string");
    let t = text.trim();
    let (negative, t) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let lower = t.to_ascii_lowercase();
    let special = match lower.as_str() {
        "inf" | "infinity" => Some(Float::INFINITY),
        "nan" => Some(Float::NAN),
        _ => None,
    };
    if let Some(v) = special {
        return Ok(if negative { -v } else { v });
    }
    let body = lower.strip_prefix("0x").unwrap_or(&lower);
    let (digits, power) = match body.split_once('p') {
        Some((d, p)) => {
            let p = p.strip_prefix('+').unwrap_or(p);
            let ok = !p.is_empty() && p.trim_start_matches('-').bytes().all(|c| c.is_ascii_digit());
            if !ok || p.starts_with("--") {
                return Err(invalid());
            }
            // (An exponent too large for an i32 only makes the value 0 or too large.)
            (
                d,
                p.parse::<i64>()
                    .unwrap_or(if p.starts_with('-') { -100_000 } else { 100_000 })
                    .clamp(-100_000, 100_000),
            )
        }
        None => (body, 0),
    };
    let (whole, frac) = digits.split_once('.').unwrap_or((digits, ""));
    if whole.is_empty() && frac.is_empty() {
        return Err(invalid());
    }
    let (mut mant, mut exp, mut sticky) = (0u64, power, false);
    for (i, c) in whole.chars().chain(frac.chars()).enumerate() {
        let d = c.to_digit(16).ok_or_else(invalid)? as u64;
        let after_point = i >= whole.len();
        if mant < 1 << 56 {
            mant = mant * 16 + d;
            if after_point {
                exp -= 4;
            }
        } else {
            sticky |= d != 0;
            if !after_point {
                exp += 4;
            }
        }
    }
    // (A digit beyond the 56 bits kept only rounds: it sets the lowest bit.)
    // (In the board's float width: no 64-bit float arithmetic is linked for it.)
    let m = (mant | sticky as u64) as Float;
    let v = M::ldexp(m, exp.clamp(-1200, 1200) as i32);
    if v.is_infinite() {
        return Err(raise(&OVERFLOW_ERROR, "hexadecimal value too large to represent as a float"));
    }
    Ok(if negative { -v } else { v })
}

pub static FLOAT_METHODS: &[NativeObj] = crate::methods![
    NativeObj::method("hex", 0, 0, |a, _| crate::str::from_string(hex_text(self_float(a, "hex")? as f64))),
    // (A class method: reached through the type, `a` is the text alone.)
    NativeObj::new("fromhex", |a, _| {
        let Some(text) = a.last().and_then(|&t| crate::str::as_str(t)) else {
            return Err(raise(&TYPE_ERROR, "fromhex() argument must be str"));
        };
        new_float(from_hex_text(text)?)
    }),
    NativeObj::method("as_integer_ratio", 0, 0, |a, _| {
        let f = self_float(a, "as_integer_ratio")?;
        if f.is_nan() {
            return Err(raise(&VALUE_ERROR, "cannot convert NaN to integer ratio"));
        }
        if f.is_infinite() {
            return Err(raise(&OVERFLOW_ERROR, "cannot convert Infinity to integer ratio"));
        }
        // f = m · 2^e exactly (at f64, which holds every f32), the power of two reduced away.
        let (m, e) = mantissa_exponent(f as f64);
        if m == 0 {
            return crate::list::new_tuple(&[small(0), small(1)]);
        }
        let tz = m.trailing_zeros().min(e.min(0).unsigned_abs());
        let (m, e) = (m >> tz, e + tz as i32);
        let mut n = BigInt::from(m);
        if f < 0.0 {
            n = -n;
        }
        let (n, d) = if e >= 0 { (n << e as usize, BigInt::from(1)) } else { (n, BigInt::from(1) << (-e) as usize) };
        crate::list::new_tuple(&[int::from_big(n)?, int::from_big(d)?])
    }),
    NativeObj::method("conjugate", 0, 0, |a, _| self_float(a, "conjugate").and_then(|_| exact(a[0]))),
    NativeObj::method("is_integer", 0, 0, |a, _| {
        let f = self_float(a, "is_integer")?;
        Ok(bool_value(f.is_finite() && M::trunc(f) == f))
    }),
];

/// A finite f64's magnitude as `m · 2^e` with `m` an integer.
fn mantissa_exponent(f: f64) -> (u64, i32) {
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    let frac = bits & ((1 << 52) - 1);
    if exp == 0 {
        (frac, -1074)
    } else {
        (frac | 1 << 52, exp - 1075)
    }
}

/// A float as an int: truncated toward zero.
pub fn to_int(f: Float) -> R {
    if f.is_nan() {
        return Err(raise(&VALUE_ERROR, "cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(raise(&OVERFLOW_ERROR, "cannot convert float infinity to integer"));
    }
    let t = M::trunc(f);
    if t.abs() < 1e15 {
        return int::from_i64(t as i64);
    }
    int::from_big(BigInt::from_f64(t as f64))
}

/// `repr(f)`: the shortest digits that read back as the same float, laid out as Python does.
/// Behind the gate of the firmware that makes floats or complex numbers (whose parts are
/// floats not made into objects): every caller has one in hand.
#[inline(never)]
#[cfg_attr(target_os = "none", link_section = ".text.mpyc.gate.mpyc_FLOAT_TYPE|mpyc_COMPLEX_TYPE/repr")]
pub fn repr(f: Float) -> String {
    if f.is_nan() {
        return String::from("nan");
    }
    if f.is_infinite() {
        return String::from(if f > 0.0 { "inf" } else { "-inf" });
    }
    let (digits, exp) = crate::fltconv::shortest(f);
    let exp = exp as i32;
    let neg = f.is_sign_negative();
    let mut out = String::new();
    if neg {
        out.push('-');
    }
    if (-4..16).contains(&exp) {
        if exp >= 0 {
            let e = exp as usize;
            if digits.len() > e + 1 {
                out.push_str(&digits[..e + 1]);
                out.push('.');
                out.push_str(&digits[e + 1..]);
            } else {
                out.push_str(&digits);
                out.extend(core::iter::repeat_n('0', e + 1 - digits.len()));
                out.push_str(".0");
            }
        } else {
            out.push_str("0.");
            out.extend(core::iter::repeat_n('0', (-exp - 1) as usize));
            out.push_str(&digits);
        }
    } else {
        out.push_str(&digits[..1]);
        if digits.len() > 1 {
            out.push('.');
            out.push_str(&digits[1..]);
        }
        out.push_str(&alloc::format!("e{}{:02}", if exp < 0 { '-' } else { '+' }, exp.abs()));
    }
    out
}

/// Parses Python float syntax.
pub fn parse(text: &str) -> Option<Float> {
    let t = text.trim();
    let lower = t.to_ascii_lowercase();
    let (neg, body) = match lower.as_bytes().first() {
        Some(b'-') => (true, &lower[1..]),
        Some(b'+') => (false, &lower[1..]),
        _ => (false, &lower[..]),
    };
    let v = match body {
        "inf" | "infinity" => Float::INFINITY,
        "nan" => Float::NAN,
        _ => {
            // An underscore only between two digits.
            let b = body.as_bytes();
            let lone =
                |i: usize| i == 0 || i + 1 == b.len() || !b[i - 1].is_ascii_digit() || !b[i + 1].is_ascii_digit();
            if body.is_empty() || (0..b.len()).any(|i| b[i] == b'_' && lone(i)) {
                return None;
            }
            let clean: String = body.chars().filter(|&c| c != '_').collect();
            crate::fltconv::parse_decimal(&clean)?
        }
    };
    Some(if neg { -v } else { v })
}

/// `float(x)`.
/// The float object `v` (a float), or a float of its value when `v` is of a subclass.
pub fn exact(v: Value) -> R {
    match as_float(v) {
        Some(f) if type_of(v).is_class() => new_float(f.value),
        _ => Ok(v),
    }
}

pub fn float_new(args: &[Value], kw: &Kw) -> R {
    kw.only("float", &[])?;
    let Some(&x) = args.get(1) else { return new_float(0.0) };
    if as_float(x).is_some() {
        return exact(x);
    }
    // A memoryview or an array as the text of its bytes; its repr in the error.
    if let Some(b) = crate::memoryview::buffer_bytes(x)? {
        return match float_new(&[args[0], b], kw) {
            Err(_) if crate::exc::pending_is(&VALUE_ERROR) => {
                crate::exc::take_pending();
                let shown = crate::print::to_repr(x)?;
                Err(raise(&VALUE_ERROR, alloc::format!("could not convert string to float: {shown}")))
            }
            r => r,
        };
    }
    // (bytes beyond UTF-8 are no number: text that parses as none.)
    let bytes_text = crate::bytes::bytes_of(x).map(|b| core::str::from_utf8(b).unwrap_or("\u{FFFD}"));
    let ascii = match crate::str::as_str(x) {
        Some(t) => crate::numerals::to_ascii(t)?,
        None => None,
    };
    if let Some(t) = ascii.as_deref().or(crate::str::as_str(x)).or(bytes_text) {
        let shown = crate::str::as_str(x).or(bytes_text).unwrap_or(t);
        if t.len() > 256 {
            // Room for copies of the text (the error message's repr too), and for the big ints
            // of the conversion.
            crate::reserve::room_for_text(t.len() * 2)?;
            let digits = t.bytes().filter(u8::is_ascii_digit).count();
            crate::reserve::room_for_int(digits as u64 * 8)?;
        }
        return match parse(t) {
            Some(f) => new_float(f),
            None => Err(raise(
                &VALUE_ERROR,
                alloc::format!(
                    "could not convert string to float: {}",
                    if bytes_text.is_some() { crate::bytes::repr(x)? } else { crate::str::repr(shown) }
                ),
            )),
        };
    }
    if let Some(f) = coerce(x)? {
        return new_float(f);
    }
    Err(raise(
        &TYPE_ERROR,
        alloc::format!("float() argument must be a string or a real number, not '{}'", type_name(x)),
    ))
}

/// A real number as a float: an int, a bool, a float, or an object of a class with
/// `__float__` or `__index__` (None for anything else).
pub fn coerce(v: Value) -> R<Option<Float>> {
    match to_float(v)? {
        None if type_of(v).is_class() => by_dunder(v),
        f => Ok(f),
    }
}

/// An object of a class as a float, through its `__float__` (which must give a float) or
/// its `__index__`, as CPython converts arguments that must be real numbers.
#[cold]
pub fn by_dunder(x: Value) -> R<Option<Float>> {
    let t = type_of(x);
    if let Some(m) = crate::func::lookup_name(t, crate::name!("__float__")) {
        let r = crate::func::call(m, &[x], &Kw::NONE)?;
        return match as_float(r) {
            Some(f) => Ok(Some(f.value)),
            None => Err(raise(
                &TYPE_ERROR,
                alloc::format!("{}.__float__ returned non-float (type {})", type_name(x), type_name(r)),
            )),
        };
    }
    if crate::func::lookup_name(t, crate::name!("__index__")).is_some() {
        let i = crate::int::index_value(x)?;
        return to_float(i);
    }
    Ok(None)
}

/// `round(f)` (to an int, half to even) and `round(f, n)` (to a float).
pub fn round(f: Float, ndigits: Option<isize>) -> R {
    match ndigits {
        None => {
            let r = M::rint(f);
            to_int(r)
        }
        Some(n) => {
            if !f.is_finite() {
                return new_float(f);
            }
            // (Past 323 digits no float changes, as CPython's NDIGITS_MAX says for a double:
            // the value as it is.)
            if n > 323 {
                return new_float(f);
            }
            if n >= 0 {
                let text = crate::fltconv::fixed(f, n as usize)?;
                let r = crate::fltconv::parse_decimal(&text).unwrap_or(f);
                new_float(if f.is_sign_negative() { -r } else { r })
            } else {
                new_float(round_to_power_of_ten(f, n.unsigned_abs()))
            }
        }
    }
}

/// `round(f, -k)`: the multiple of 10^k nearest `f`'s exact value (ties to even), then the
/// float nearest that, as CPython's (dividing by 10^k in floats loses digits of a big `f`:
/// `round(3.7578811212852313e+22, -1)`).
fn round_to_power_of_ten(f: Float, k: usize) -> Float {
    use crate::bigint::BigUint;
    // (Past the float's range every float rounds to a zero of its sign.)
    if k > 330 {
        return 0.0 * f;
    }
    let a = f.abs() as f64;
    let whole = libm::floor(a);
    let p = BigUint::from(10u32).pow(k as u32);
    let (q, r) = BigUint::from_f64(whole).div_rem(&p);
    let half = p.div_rem(&BigUint::from(2u32)).0;
    // (Above the half: up; at it exactly: to the even multiple; a fraction decides a tie.)
    let up = r > half || (r == half && (a != whole || q.is_odd()));
    let q = if up { q + 1 } else { q };
    let v = q * p;
    #[cfg(all(target_os = "none", not(feature = "float64")))]
    let v = v.to_f32();
    #[cfg(any(not(target_os = "none"), feature = "float64"))]
    let v = v.to_f64();
    if f.is_sign_negative() {
        -v
    } else {
        v
    }
}

/// `hash(f)`: equal to the int's hash when `f` is integral.
pub fn hash(f: Float) -> usize {
    if f == M::trunc(f) && f.abs() < 1e15 {
        // As the int of the same value hashes.
        return crate::pyhash::small_hash(f as i64 as isize) as usize;
    }
    crate::pyhash::float_hash(f) as usize
}

pub fn compare(op: usize, a: Float, b: Float) -> bool {
    use crate::ops::cmpop::*;
    match op {
        LT => a < b,
        LE => a <= b,
        GT => a > b,
        GE => a >= b,
        EQ => a == b,
        _ => a != b,
    }
}

/// Compares an int with a float exactly, as CPython does (not by rounding the int). Behind
/// the gate of the firmware that makes floats or complex numbers (compared by their parts).
#[inline(never)]
#[cfg_attr(target_os = "none", link_section = ".text.mpyc.gate.mpyc_FLOAT_TYPE|mpyc_COMPLEX_TYPE/compare_int")]
pub fn compare_int(op: usize, a: &Int, b: Float) -> R<bool> {
    use core::cmp::Ordering;
    if b.is_nan() {
        return Ok(op == crate::ops::cmpop::NE);
    }
    // An int the float width holds exactly (|n| ≤ 2^24 for f32): compare as floats.
    let exact: u64 = if core::mem::size_of::<Float>() == 4 { 1 << 24 } else { 1 << 53 };
    if let Int::Small(n) = a {
        if n.unsigned_abs() <= exact {
            let x = isize::try_from(*n).map_or(*n as Float, |w| w as Float);
            return Ok(compare(op, x, b));
        }
    }
    let ord = if b.is_infinite() {
        if b > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        }
    } else if matches!(a, Int::Big(x) if x.bits() > 1100) {
        // Past any finite float: its sign decides (no copy of an int that may be as big as
        // the heap has room for).
        if a.is_negative() {
            Ordering::Less
        } else {
            Ordering::Greater
        }
    } else {
        let fl = M::floor(b);
        let whole = BigInt::from_f64(fl as f64);
        match a.to_big().cmp(&whole) {
            Ordering::Equal if b > fl => Ordering::Less,
            o => o,
        }
    };
    Ok(match op {
        crate::ops::cmpop::LT => ord == Ordering::Less,
        crate::ops::cmpop::LE => ord != Ordering::Greater,
        crate::ops::cmpop::GT => ord == Ordering::Greater,
        crate::ops::cmpop::GE => ord != Ordering::Less,
        crate::ops::cmpop::EQ => ord == Ordering::Equal,
        _ => ord != Ordering::Equal,
    })
}

/// A float computed unboxed by generated code, boxed: its value is at `p`.
///
/// # Safety
/// `p` points at a float of the board's width.
#[no_mangle]
pub unsafe extern "C" fn rt_box_float(p: *const Float) -> Value {
    crate::func::ret(new_float_inline(p.read_unaligned()))
}
