//! complex: two floats at the board's width, with CPython's arithmetic (Smith's division, exact
//! small integer powers), comparisons, hash and repr. What the runtime's dispatchers call on a
//! complex number is in the gate of its type (`crate::gate`): linked, with the float formatting
//! and `libm` functions it needs, only into a firmware that can make complex numbers.
// Conversions to and from `Float` are casts to the same type on a 64-bit-float build.
#![allow(clippy::unnecessary_cast)]

use crate::exc::*;
use crate::float::{self, Float, M};
use crate::func::{Kw, NativeObj};
use crate::int::as_int;
use crate::object::*;
use crate::ops::binop;
use crate::value::*;
use alloc::string::String;

#[repr(C)]
pub struct ComplexObj {
    pub header: Header,
    pub re: Float,
    pub im: Float,
}

/// A complex number's parts, as arithmetic works on them.
#[derive(Clone, Copy, PartialEq, Debug)]
pub struct C {
    pub re: Float,
    pub im: Float,
}

impl C {
    pub const fn new(re: Float, im: Float) -> C {
        C { re, im }
    }
}

pub fn new_complex(re: Float, im: Float) -> R {
    // One block (32-bit floats): the block at the heap's hint without a call when it is free.
    if core::mem::size_of::<ComplexObj>() <= crate::gc::BLOCK {
        let p = crate::gc::try_block(crate::gc::LEAF) as *mut ComplexObj;
        if !p.is_null() {
            unsafe { p.write(ComplexObj { header: Header::of(&COMPLEX_TYPE), re, im }) };
            return Ok(p as Value);
        }
    }
    new_complex_slow(re, im)
}

#[inline(never)]
fn new_complex_slow(re: Float, im: Float) -> R {
    alloc_flags(ComplexObj { header: Header::of(&COMPLEX_TYPE), re, im }, crate::gc::LEAF)
}

pub fn from_c(c: C) -> R {
    new_complex(c.re, c.im)
}

#[inline(always)]
pub fn as_complex(v: Value) -> Option<C> {
    // The header compared directly (`type_of_fast`'s cases for immediates cost compares).
    (is_ptr(v) && unsafe { (*(*(v as *const Header)).ty).kind } == Kind::Complex).then(|| {
        let o = unsafe { &*(v as *const ComplexObj) };
        C::new(o.re, o.im)
    })
}

/// A number as a complex: complex numbers themselves, floats, ints and bools (imaginary part 0).
pub fn to_complex(v: Value) -> R<Option<C>> {
    if let Some(c) = as_complex(v) {
        return Ok(Some(c));
    }
    Ok(float::to_float(v)?.map(|f| C::new(f, 0.0)))
}

pub fn add(a: C, b: C) -> C {
    C::new(a.re + b.re, a.im + b.im)
}

pub fn sub(a: C, b: C) -> C {
    C::new(a.re - b.re, a.im - b.im)
}

pub fn mul(a: C, b: C) -> C {
    C::new(a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re)
}

/// `a / b` as CPython computes it (Smith's method, which avoids overflow in |b|²); None when
/// `b` is zero.
pub fn quot(a: C, b: C) -> Option<C> {
    let (abs_re, abs_im) = (b.re.abs(), b.im.abs());
    if abs_re >= abs_im {
        if abs_re == 0.0 {
            return None;
        }
        let ratio = b.im / b.re;
        let denom = b.re + b.im * ratio;
        Some(C::new((a.re + a.im * ratio) / denom, (a.im - a.re * ratio) / denom))
    } else if abs_im >= abs_re {
        let ratio = b.re / b.im;
        let denom = b.re * ratio + b.im;
        Some(C::new((a.re * ratio + a.im) / denom, (a.im * ratio - a.re) / denom))
    } else {
        // A NaN among b's parts.
        Some(C::new(Float::NAN, Float::NAN))
    }
}

/// `x ** n` for a whole n ≥ 0 by repeated squaring.
fn powu(x: C, n: u32) -> C {
    let (mut r, mut p, mut mask) = (C::new(1.0, 0.0), x, 1u32);
    while mask > 0 && n >= mask {
        if n & mask != 0 {
            r = mul(r, p);
        }
        mask <<= 1;
        p = mul(p, p);
    }
    r
}

/// `a ** b`; None for zero to a negative or complex power.
fn pow(a: C, b: C) -> Option<C> {
    // Whole exponents up to 100 by multiplication, as CPython (more exact than exp/log).
    if b.im == 0.0 && b.re == M::floor(b.re) && b.re.abs() <= 100.0 {
        let n = b.re as i32;
        return if n > 0 { Some(powu(a, n as u32)) } else { quot(C::new(1.0, 0.0), powu(a, n.unsigned_abs())) };
    }
    if b.re == 0.0 && b.im == 0.0 {
        return Some(C::new(1.0, 0.0));
    }
    if a.re == 0.0 && a.im == 0.0 {
        return if b.im != 0.0 || b.re < 0.0 { None } else { Some(C::new(0.0, 0.0)) };
    }
    let vabs = M::hypot(a.re, a.im);
    let mut len = crate::fltmath::pow(vabs, b.re);
    let at = crate::fltmath::atan2(a.im, a.re);
    let mut phase = at * b.re;
    if b.im != 0.0 {
        len /= crate::fltmath::exp(at * b.im);
        phase += b.im * crate::fltmath::log(vabs);
    }
    Some(C::new(len * crate::trig::cos(phase), len * crate::trig::sin(phase)))
}

/// `a op b` where one side is complex: None when the other is not a number. Kept out of
/// line so that [`crate::ops::binary`]'s other paths keep their small frame.
#[inline(never)]
pub fn binary_values(op: usize, a: Value, b: Value) -> Option<R> {
    match (to_complex(a), to_complex(b)) {
        (Ok(Some(x)), Ok(Some(y))) => Some(binary(op, x, y, a, b)),
        (Err(e), _) | (_, Err(e)) => Some(Err(e)),
        _ => None,
    }
}

/// `a op b` for complex operands (either may have been a float or an int); TypeError for the
/// operators complex numbers lack.
pub fn binary(op: usize, a: C, b: C, va: Value, vb: Value) -> R {
    let r = match op {
        binop::ADD => add(a, b),
        binop::SUB => sub(a, b),
        binop::MUL => mul(a, b),
        binop::TRUEDIV => match quot(a, b) {
            Some(r) => r,
            None => return Err(raise(&ZERO_DIVISION_ERROR, "complex division by zero")),
        },
        binop::POW => return power(a, b),
        _ => return Err(crate::ops::unsupported(op, va, vb)),
    };
    from_c(r)
}

/// `a ** b` as a complex number: also a negative float to a fractional power, as CPython.
#[inline(never)]
pub fn power(a: C, b: C) -> R {
    let Some(r) = pow(a, b) else {
        return Err(raise(&ZERO_DIVISION_ERROR, "0.0 to a negative or complex power"));
    };
    if r.re.is_infinite() || r.im.is_infinite() {
        return Err(raise(&OVERFLOW_ERROR, "complex exponentiation"));
    }
    from_c(r)
}

/// `a op b` where one side is complex: Some(result) for `==` and `!=` with a number, None
/// otherwise (ordering is not defined: the caller raises TypeError).
#[inline(never)]
pub fn compare(op: usize, a: Value, b: Value) -> R<Option<bool>> {
    use crate::ops::cmpop::{EQ, NE};
    if op != EQ && op != NE {
        return Ok(None);
    }
    let (z, other) = match as_complex(a) {
        Some(z) => (z, b),
        None => (as_complex(b).expect("one side is complex"), a),
    };
    let equal = if let Some(w) = as_complex(other) {
        z == w
    } else if let Some(f) = float::as_float(other) {
        z.im == 0.0 && z.re == f.value
    } else if let Some(i) = as_int(other) {
        // Exactly, as float == int is (not by rounding the int).
        z.im == 0.0 && float::compare_int(EQ, &i, z.re)?
    } else {
        return Ok(None);
    };
    Ok(Some(equal == (op == EQ)))
}

/// `hash(z)`: the real part's hash when the imaginary part is zero, as CPython.
pub fn hash(z: C) -> usize {
    crate::pyhash::complex_hash(z.re, z.im) as usize
}

/// `abs(z)`.
#[inline(never)]
#[cfg_attr(target_os = "none", link_section = ".text.mpyc.gate.mpyc_COMPLEX_TYPE/abs")]
pub fn abs(z: C) -> R {
    let r = crate::float::hypot(z.re, z.im);
    if r.is_infinite() && z.re.is_finite() && z.im.is_finite() {
        return Err(raise(&OVERFLOW_ERROR, "absolute value too large"));
    }
    float::new_float(r)
}

/// A part as `repr` writes it: the float's repr without a `.0` for whole numbers.
fn part(f: Float) -> String {
    let mut s = float::repr(f);
    if s.ends_with(".0") {
        s.truncate(s.len() - 2);
    }
    s
}

/// `repr(z)`: `1j`, `(1+2j)`, `(-0-1j)`, `(nan+infj)`: just the imaginary part when the real
/// part is +0.
pub fn repr(z: C) -> String {
    if z.re == 0.0 && z.re.is_sign_positive() {
        return alloc::format!("{}j", part(z.im));
    }
    let im = part(z.im);
    let sign = if im.starts_with('-') { "" } else { "+" };
    alloc::format!("({}{sign}{im}j)", part(z.re))
}

/// Parses `complex()`'s string form: `1+2j`, `-j`, `(1e3-2.5J)`, `nanj`, `3`.
fn parse(text: &str) -> Option<C> {
    let mut t = text.trim();
    if let Some(inner) = t.strip_prefix('(').and_then(|s| s.strip_suffix(')')) {
        t = inner.trim();
    }
    let b = t.as_bytes();
    if b.is_empty() {
        return None;
    }
    let Some(body) = t.strip_suffix(['j', 'J']) else {
        return float::parse(t).filter(|_| !t.contains(char::is_whitespace)).map(|f| C::new(f, 0.0));
    };
    // The imaginary part starts at the last sign not in an exponent (and not at the start).
    let bytes = body.as_bytes();
    let split =
        (1..bytes.len()).rev().find(|&i| matches!(bytes[i], b'+' | b'-') && !matches!(bytes[i - 1], b'e' | b'E'));
    let imag = |s: &str| -> Option<Float> {
        match s {
            "" | "+" => Some(1.0),
            "-" => Some(-1.0),
            _ if s.contains(char::is_whitespace) => None,
            _ => float::parse(s),
        }
    };
    match split {
        Some(i) if !body[..i].contains(char::is_whitespace) => {
            Some(C::new(float::parse(&body[..i])?, imag(&body[i..])?))
        }
        Some(_) => None,
        None => Some(C::new(0.0, imag(body)?)),
    }
}

/// `complex(real=0, imag=0)` and `complex(text)`.
pub fn complex_new(args: &[Value], kw: &Kw) -> R {
    kw.only("complex", &["real", "imag"])?;
    let given = |i: usize, name: &str| args.get(i).copied().or_else(|| kw.get(name));
    if args.len() > 3 {
        return Err(raise(
            &TYPE_ERROR,
            alloc::format!("complex() takes at most 2 arguments ({} given)", args.len() - 1),
        ));
    }
    // A missing real part is the int 0, as in CPython (so `complex(imag=-0.0)` is `-0j`).
    let (r, i) = (given(1, "real").unwrap_or(small(0)), given(2, "imag"));
    if let Some(t) = crate::str::as_str(r) {
        if i.is_some() {
            return Err(raise(&TYPE_ERROR, "complex() can't take second arg if first is a string"));
        }
        return match parse(t) {
            Some(z) => from_c(z),
            None => Err(raise(&VALUE_ERROR, "complex() arg is a malformed string")),
        };
    }
    if i.is_none() && as_complex(r).is_some() {
        // (A subclass's object gives a complex of its value.)
        return if type_of(r).is_class() { from_c(as_complex(r).unwrap()) } else { Ok(r) };
    }
    let cr = component(r, "first")?;
    // (A class's `__complex__` may give an imaginary part too.)
    let (cr_complex, mut re) = (as_complex(r).is_some() || cr.im != 0.0, cr.re);
    let mut im = match i {
        Some(i) => {
            if crate::str::as_str(i).is_some() {
                return Err(raise(&TYPE_ERROR, "complex() second arg can't be a string"));
            }
            let ci = component(i, "second")?;
            re -= ci.im;
            ci.re
        }
        None => 0.0,
    };
    if cr_complex {
        im += cr.im;
    }
    new_complex(re, im)
}

/// A number as a complex number: complex numbers, floats, ints, bools, and objects of a class
/// with `__complex__`, `__float__` or `__index__` (None for anything else).
#[inline(always)]
pub fn coerce(v: Value) -> R<Option<C>> {
    match to_complex(v)? {
        None if type_of(v).is_class() => by_dunder(v),
        c => Ok(c),
    }
}

/// An object of a class as a complex number: its `__complex__` (which must give one), else
/// its `__float__` or `__index__`.
#[cold]
pub fn by_dunder(v: Value) -> R<Option<C>> {
    if let Some(m) = crate::func::lookup_name(type_of(v), crate::name!("__complex__")) {
        let r = crate::func::call(m, &[v], &Kw::NONE)?;
        return match as_complex(r) {
            Some(c) => Ok(Some(c)),
            None => Err(raise(&TYPE_ERROR, alloc::format!("__complex__ returned non-complex (type {})", type_name(r)))),
        };
    }
    Ok(float::by_dunder(v)?.map(|f| C::new(f, 0.0)))
}

/// An argument of `complex()` as a complex number.
fn component(v: Value, which: &str) -> R<C> {
    match coerce(v)? {
        Some(c) => Ok(c),
        None => {
            let what = if which == "first" {
                "first argument must be a string or a number"
            } else {
                "second argument must be a number"
            };
            Err(raise(&TYPE_ERROR, alloc::format!("complex() {what}, not '{}'", type_name(v))))
        }
    }
}

/// `z.real` and `z.imag`.
#[inline(never)]
#[cfg_attr(target_os = "none", link_section = ".text.mpyc.gate.mpyc_COMPLEX_TYPE/attr")]
pub fn attr(z: C, key: &str) -> Option<R> {
    match key {
        "real" => Some(float::new_float(z.re)),
        "imag" => Some(float::new_float(z.im)),
        _ => None,
    }
}

pub static METHODS: &[NativeObj] = crate::methods![NativeObj::method("conjugate", 0, 0, |a, _| {
    let z = as_complex(a[0]).expect("a complex");
    new_complex(z.re, -z.im)
})];

/// An imaginary literal (`2j`): its imaginary part's text parsed at the board's width once,
/// then the number cached in the word at `slot`.
#[no_mangle]
pub unsafe extern "C" fn rt_complex_lit(slot: *mut Value, text: *const u8, len: usize) -> Value {
    if *slot == 0 {
        let t = core::str::from_utf8_unchecked(core::slice::from_raw_parts(text, len));
        match new_complex(0.0, float::parse(t).unwrap_or(0.0)) {
            Ok(v) => *slot = v,
            Err(_) => return EXC,
        }
    }
    *slot
}

/// What the runtime's dispatchers call on complex numbers but their arithmetic and `abs`
/// (which are in the gate itself, called directly: `mandel` and `fft` are made of them),
/// through words in the gate of their type ([`crate::gate`]).
pub mod gated {
    use super::*;

    /// What a closed gate answers (never reached: no complex number exists).
    fn left_out() -> Exc {
        crate::gate::left_out("complex")
    }

    pub fn binary_values(op: usize, a: Value, b: Value) -> Option<R> {
        crate::gated!("mpyc_COMPLEX_TYPE", super::binary_values, fn(usize, Value, Value) -> Option<R>)
            .map_or_else(|| Some(Err(left_out())), |f| f(op, a, b))
    }

    pub fn binary(op: usize, a: C, b: C, va: Value, vb: Value) -> R {
        crate::gated!("mpyc_COMPLEX_TYPE", super::binary, fn(usize, C, C, Value, Value) -> R)
            .map_or_else(|| Err(left_out()), |f| f(op, a, b, va, vb))
    }

    pub fn compare(op: usize, a: Value, b: Value) -> R<Option<bool>> {
        crate::gated!("mpyc_COMPLEX_TYPE", super::compare, fn(usize, Value, Value) -> R<Option<bool>>)
            .map_or_else(|| Err(left_out()), |f| f(op, a, b))
    }

    pub fn repr(z: C) -> R<String> {
        crate::gated!("mpyc_COMPLEX_TYPE", super::repr, fn(C) -> String).map_or_else(|| Err(left_out()), |f| Ok(f(z)))
    }

    /// `-z`.
    pub fn neg(z: C) -> R {
        crate::gated!("mpyc_COMPLEX_TYPE", super::new_complex, fn(Float, Float) -> R)
            .map_or_else(|| Err(left_out()), |f| f(-z.re, -z.im))
    }
}

/// `a ** b` for a negative float `a` and a fractional `b`: complex, as CPython's. Behind the
/// gate of the programs that raise to a power (`**`, `pow`), which are the ones that make
/// complex numbers so: elsewhere (a power method called by a name computed at run time)
/// NotImplementedError says it was left out.
pub fn float_power(a: Float, b: Float) -> R {
    match crate::gated!("pow", power, fn(C, C) -> R) {
        Some(power) => power(C::new(a, 0.0), C::new(b, 0.0)),
        None => Err(crate::gate::left_out("a negative float to a fractional power")),
    }
}
