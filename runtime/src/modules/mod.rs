//! The built-in modules: `sys`, `gc`, `time`, `math`, `micropython`, `pyb`, and `random`, `io`
//! and `cmath` from their own files, as module objects whose attributes are built-in functions, types
//! and constants.

// Conversions to and from `Float` are casts to the same type on a 64-bit-float build.
#![allow(clippy::unnecessary_cast)]

// The built-in modules with files of their own (the others are in this one).
pub mod cmath;
pub mod font8x8;
pub mod framebuf;
pub mod io;
pub mod lcd160cr;
pub mod pyb;
pub mod random;
pub mod trig;

use crate::exc::*;
use crate::float::{new_float, to_float, Float, M};
use crate::func::{ret, NativeObj, ANY};
use crate::int::{from_isize, index_of};
use crate::object::*;
use crate::str::from_str;
use crate::value::*;

/// A module: built-in (functions and constants) or one of the program's (its globals).
#[repr(C)]
pub struct ModuleObj {
    pub header: Header,
    pub name: &'static str,
    pub members: &'static [NativeObj],
    pub types: &'static [&'static TypeObj],
    /// Constants: name → value, made on each access.
    pub consts: fn(&str) -> Option<R>,
    /// A module of the program: its globals (`count` words, named by the NUL-separated
    /// `names`), and attributes set from outside (a dict, or 0).
    pub globals: *mut Value,
    pub names: *const u8,
    pub count: usize,
    pub dict: Value,
}
unsafe impl Sync for ModuleObj {}

const fn module(
    name: &'static str,
    members: &'static [NativeObj],
    types: &'static [&'static TypeObj],
    consts: fn(&str) -> Option<R>,
) -> ModuleObj {
    ModuleObj {
        header: Header::of(&MODULE_TYPE),
        name,
        members,
        types,
        consts,
        globals: core::ptr::null_mut(),
        names: core::ptr::null(),
        count: 0,
        dict: 0,
    }
}

fn no_consts(_: &str) -> Option<R> {
    None
}

fn number(v: Value, _what: &str) -> R<Float> {
    if let Some(f) = to_float(v)? {
        return Ok(f);
    }
    match crate::float::coerce(v)? {
        Some(f) => Ok(f),
        None => Err(raise(&TYPE_ERROR, alloc::format!("must be real number, not {}", type_name(v)))),
    }
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

fn any(_: Float) -> bool {
    true
}

fn to_int_result(x: Float) -> R {
    crate::float::to_int(x)
}

/// An int argument of `math.comb`/`perm`/`isqrt`/`lcm`.
fn int_arg(v: Value) -> R<crate::bigint::BigInt> {
    crate::int::as_int(v).map(|i| i.to_big()).ok_or_else(|| {
        raise(&TYPE_ERROR, alloc::format!("'{}' object cannot be interpreted as an integer", type_name(v)))
    })
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
    let mut acc = crate::bigint::BigInt::from(1);
    for i in 0..k {
        acc *= n.clone() - i;
        if comb {
            acc /= i + 1;
        }
    }
    crate::int::from_big(acc)
}

/// The built-in modules imported so far (a function of a module can be reached only through
/// it). Kept here rather than found in [`MODULES`], which would link every module into every
/// program.
static IMPORTED: Global<[Option<&'static ModuleObj>; 11]> = Global::new([None; 11]);

fn note_imported(m: &'static ModuleObj) {
    let seen = IMPORTED.get();
    if let Some(slot) = seen.iter_mut().find(|s| s.is_none_or(|s| core::ptr::eq(s, m))) {
        if slot.is_none() {
            *slot = Some(m);
            // (A failure to add it leaves sys.modules without it; the import goes on.)
            let _ = add_to_sys_modules(m as *const ModuleObj as Value);
        }
    }
}

/// The program's modules made so far (`rt_new_module`; each stays alive in its importer's
/// slot), for `sys.modules`; at most 64 are listed.
static PROGRAM_MODULES: Global<([Value; 64], usize)> = Global::new(([0; 64], 0));

/// The `sys.modules` dict once a program asked for it (kept: a program may add to it).
static SYS_MODULES: Global<Value> = Global::new(0);

/// Keeps `sys.modules` alive across collections.
pub fn mark_roots(mark: &mut dyn FnMut(usize)) {
    mark(*SYS_MODULES.get());
}

/// `sys.modules`: every module imported so far by name (`sys` itself, the built-in ones, the
/// program's), made at the first use and kept up to date by later imports.
fn sys_modules() -> R {
    if *SYS_MODULES.get() == 0 {
        let d = crate::dict::new_dict()?;
        *SYS_MODULES.get() = d;
        note_imported(&SYS_MODULE);
        for m in IMPORTED.get().iter().flatten() {
            crate::dict::set_item(d, from_str(m.name)?, *m as *const ModuleObj as Value)?;
        }
        let (list, n) = *PROGRAM_MODULES.get();
        for &m in &list[..n] {
            add_to_sys_modules(m)?;
        }
    }
    Ok(*SYS_MODULES.get())
}

fn add_to_sys_modules(m: Value) -> R<()> {
    let d = *SYS_MODULES.get();
    if d != 0 {
        let name = unsafe { body::<ModuleObj>(m) }.name;
        crate::dict::set_item(d, from_str(name)?, m)?;
    }
    Ok(())
}

/// The name of the built-in module whose function `f` is (for a message).
pub fn module_of(f: &NativeObj) -> Option<&'static str> {
    let p = f as *const NativeObj;
    IMPORTED.get().iter().flatten().find(|m| m.members.as_ptr_range().contains(&p)).map(|m| m.name)
}

#[cfg_attr(target_os = "none", link_section = concat!(".rodata.mpyc.methods.", module_path!(), ".", line!()))]
static MATH: [NativeObj; 55] = [
    NativeObj::function("acos", 1, 1, |a, _| math1(a, "acos", M::acos, |x| (-1.0..=1.0).contains(&x))),
    NativeObj::function("asin", 1, 1, |a, _| math1(a, "asin", M::asin, |x| (-1.0..=1.0).contains(&x))),
    NativeObj::function("atan", 1, 1, |a, _| math1(a, "atan", M::atan, any)),
    NativeObj::function("atan2", 2, 2, |a, _| {
        new_float(M::atan2(number(a[0], "atan2")?, number(a[1], "atan2")?) as Float)
    }),
    NativeObj::function("ceil", 1, 1, |a, _| to_int_result(M::ceil(number(a[0], "ceil")?))),
    NativeObj::function("copysign", 2, 2, |a, _| {
        new_float(M::copysign(number(a[0], "copysign")?, number(a[1], "copysign")?) as Float)
    }),
    NativeObj::function("cos", 1, 1, |a, _| math1(a, "cos", crate::trig::cos, Float::is_finite)),
    NativeObj::function("degrees", 1, 1, |a, _| math1(a, "degrees", Float::to_degrees, any)),
    NativeObj::function("exp", 1, 1, |a, _| math1_big(a, "exp", M::exp)),
    NativeObj::function("fabs", 1, 1, |a, _| math1(a, "fabs", M::fabs, any)),
    NativeObj::function("factorial", 1, 1, |a, _| {
        let n = index_of(a[0], "factorial")?;
        if n < 0 {
            return Err(raise(&VALUE_ERROR, "factorial() not defined for negative values"));
        }
        let mut acc = crate::bigint::BigInt::from(1);
        for k in 2..=n {
            acc *= k;
        }
        crate::int::from_big(acc)
    }),
    NativeObj::function("floor", 1, 1, |a, _| {
        if let Some(i) = crate::int::as_int(a[0]) {
            return crate::int::binary(crate::ops::binop::ADD, i, crate::int::Int::Small(0));
        }
        to_int_result(M::floor(number(a[0], "floor")?))
    }),
    NativeObj::function("fmod", 2, 2, |a, _| {
        let (x, y) = (number(a[0], "fmod")?, number(a[1], "fmod")?);
        // (As C99's and CPython's: an infinite x or a zero y is out of the domain.)
        if (x.is_infinite() && !y.is_nan()) || (y == 0.0 && !x.is_nan()) {
            return Err(raise(&VALUE_ERROR, "math domain error"));
        }
        new_float(M::fmod(x, y) as Float)
    }),
    NativeObj::function("gcd", 0, ANY, |a, _| {
        let mut g = crate::bigint::BigInt::zero();
        for &v in a {
            let x = crate::int::as_int(v).ok_or_else(|| raise(&TYPE_ERROR, "gcd() arguments must be integers"))?;
            g = g.gcd(&x.to_big());
        }
        crate::int::from_big(g)
    }),
    NativeObj::function("hypot", 0, ANY, |a, _| {
        // The length of a vector of any dimension, one coordinate at a time.
        let mut h: Float = 0.0;
        for &v in a {
            h = M::hypot(h, number(v, "hypot")?);
        }
        new_float(h)
    }),
    NativeObj::function("isfinite", 1, 1, |a, _| Ok(bool_value((number(a[0], "isfinite")?).is_finite()))),
    NativeObj::function("isinf", 1, 1, |a, _| Ok(bool_value((number(a[0], "isinf")?).is_infinite()))),
    NativeObj::function("isnan", 1, 1, |a, _| Ok(bool_value((number(a[0], "isnan")?).is_nan()))),
    NativeObj::function("log", 1, 2, |a, _| {
        let x = number(a[0], "log")?;
        if x <= 0.0 {
            return Err(raise(&VALUE_ERROR, "math domain error"));
        }
        let r = match a.get(1) {
            Some(&b) => {
                let b = number(b, "log")?;
                if b <= 0.0 || b == 1.0 {
                    return Err(raise(&VALUE_ERROR, "math domain error"));
                }
                M::log(x) / M::log(b)
            }
            None => M::log(x),
        };
        new_float(r as Float)
    }),
    NativeObj::function("log10", 1, 1, |a, _| math1(a, "log10", M::log10, |x| x > 0.0)),
    NativeObj::function("log2", 1, 1, |a, _| math1(a, "log2", M::log2, |x| x > 0.0)),
    NativeObj::function("modf", 1, 1, |a, _| {
        let x = number(a[0], "modf")?;
        let (f, i) = M::modf(x);
        let (f, i) = (new_float(f as Float)?, new_float(i as Float)?);
        crate::list::new_tuple(&[f, i])
    }),
    NativeObj::function("pow", 2, 2, |a, _| {
        // C99's pow, with CPython's errors for finite arguments.
        let (x, y) = (number(a[0], "pow")?, number(a[1], "pow")?);
        let r = M::pow(x, y);
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
    NativeObj::function("tan", 1, 1, |a, _| math1(a, "tan", M::tan, Float::is_finite)),
    NativeObj::function("trunc", 1, 1, |a, _| {
        if crate::int::as_int(a[0]).is_some() {
            return Ok(a[0]);
        }
        to_int_result(M::trunc(number(a[0], "trunc")?))
    }),
    NativeObj::function("ldexp", 2, 2, |a, _| {
        new_float(M::ldexp(number(a[0], "ldexp")?, index_of(a[1], "ldexp")? as i32) as Float)
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
    }),
    NativeObj::function("acosh", 1, 1, |a, _| math1(a, "acosh", M::acosh, |x| x >= 1.0)),
    NativeObj::function("asinh", 1, 1, |a, _| math1(a, "asinh", M::asinh, any)),
    NativeObj::function("atanh", 1, 1, |a, _| math1(a, "atanh", M::atanh, |x| x > -1.0 && x < 1.0)),
    NativeObj::function("cbrt", 1, 1, |a, _| math1(a, "cbrt", M::cbrt, any)),
    NativeObj::function("comb", 2, 2, |a, _| comb_perm(a, true)),
    NativeObj::function("cosh", 1, 1, |a, _| math1_big(a, "cosh", M::cosh)),
    NativeObj::function("dist", 2, 2, |a, _| {
        let (p, q) = (crate::list::to_tuple(a[0])?, crate::list::to_tuple(a[1])?);
        let (p, q) = (crate::list::tuple_items(p), crate::list::tuple_items(q));
        if p.len() != q.len() {
            return Err(raise(&VALUE_ERROR, "both points must have the same number of dimensions"));
        }
        let mut sum: Float = 0.0;
        for (&x, &y) in p.iter().zip(q) {
            let d = number(x, "dist")? - number(y, "dist")?;
            sum += d * d;
        }
        new_float(crate::float::sqrt(sum))
    }),
    NativeObj::function("erf", 1, 1, |a, _| math1(a, "erf", M::erf, any)),
    NativeObj::function("erfc", 1, 1, |a, _| math1(a, "erfc", M::erfc, any)),
    NativeObj::function("exp2", 1, 1, |a, _| math1(a, "exp2", M::exp2, any)),
    NativeObj::function("expm1", 1, 1, |a, _| math1_big(a, "expm1", M::expm1)),
    NativeObj::function("frexp", 1, 1, |a, _| {
        let x = number(a[0], "frexp")?;
        let (m, e) = if x == 0.0 || !x.is_finite() { (x, 0) } else { M::frexp(x) };
        crate::list::new_tuple(&[new_float(m)?, small(e as isize)])
    }),
    NativeObj::function("fsum", 1, 1, |a, _| {
        // Neumaier's compensated sum, in the board's float width.
        let (mut sum, mut c): (Float, Float) = (0.0, 0.0);
        crate::iter::for_each(a[0], |v| {
            let x = number(v, "fsum")?;
            let t = sum + x;
            c += if sum.abs() >= x.abs() { (sum - t) + x } else { (x - t) + sum };
            sum = t;
            Ok(())
        })?;
        new_float(sum + c)
    }),
    NativeObj::function("gamma", 1, 1, |a, _| {
        math1(a, "gamma", M::tgamma, |x| !(x <= 0.0 && x == M::floor(x)) && x != Float::NEG_INFINITY)
    }),
    NativeObj::function("isqrt", 1, 1, |a, _| {
        let n = int_arg(a[0])?;
        if n.is_negative() {
            return Err(raise(&VALUE_ERROR, "isqrt() argument must be nonnegative"));
        }
        crate::int::from_big(n.sqrt())
    }),
    NativeObj::function("lcm", 0, ANY, |a, _| {
        let mut l = crate::bigint::BigInt::from(1);
        for &v in a {
            let x = int_arg(v)?;
            if x.is_zero() {
                return Ok(small(0));
            }
            l = l.lcm(&x);
        }
        crate::int::from_big(l)
    }),
    NativeObj::function("lgamma", 1, 1, |a, _| {
        math1(a, "lgamma", M::lgamma, |x| x.is_infinite() || !(x <= 0.0 && x == M::floor(x)))
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
    }),
    NativeObj::function("remainder", 2, 2, |a, _| {
        let (x, y) = (number(a[0], "remainder")?, number(a[1], "remainder")?);
        if y == 0.0 || x.is_infinite() {
            return Err(raise(&VALUE_ERROR, "math domain error"));
        }
        new_float(M::remainder(x, y) as Float)
    }),
    NativeObj::function("sinh", 1, 1, |a, _| math1_big(a, "sinh", M::sinh)),
    NativeObj::function("tanh", 1, 1, |a, _| math1(a, "tanh", M::tanh, any)),
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

#[cfg_attr(target_os = "none", link_section = concat!(".rodata.mpyc.methods.", module_path!(), ".", line!()))]
static SYS: [NativeObj; 6] = [
    // The stack bounds recursion here (docs/faults.md): the limit is CPython's default, and
    // setting it changes nothing.
    NativeObj::function("getrecursionlimit", 0, 0, |_, _| Ok(from_isize(1000))),
    NativeObj::function("setrecursionlimit", 1, 1, |a, _| {
        if index_of(a[0], "recursion limit")? < 1 {
            return Err(raise(&VALUE_ERROR, "recursion limit must be greater or equal than 1"));
        }
        Ok(NONE)
    }),
    NativeObj::function("exc_info", 0, 0, |_, _| {
        // (type, value, traceback) of the exception an `except` clause handles now; Nones
        // outside one. Tracebacks are not objects here: the third is None.
        let e = crate::exc::rt_exc_current();
        let items = if e == 0 || e == NONE { [NONE; 3] } else { [type_of(e).as_value(), e, NONE] };
        crate::list::new_tuple(&items)
    }),
    NativeObj::function("exception", 0, 0, |_, _| {
        let e = crate::exc::rt_exc_current();
        Ok(if e == 0 { NONE } else { e })
    }),
    // MicroPython's: the traceback of `exc` (as an uncaught one shows), to `file` (a stream
    // with `write`) or the console.
    NativeObj::function("print_exception", 1, 2, |a, _| {
        let text = crate::exc::traceback_text(a[0])?;
        match a.get(1).filter(|&&f| f != NONE) {
            Some(&file) => {
                let write = crate::func::getattr(file, from_str("write")?)?;
                crate::func::call(write, &[from_str(&text)?], &crate::func::Kw::NONE)?;
            }
            None => crate::print::write(text.as_bytes()),
        }
        Ok(NONE)
    }),
    NativeObj::new("exit", |a, _| {
        // As CPython's: no argument is a SystemExit without arguments, a tuple gives its items.
        let mut args = alloc::vec![SYSTEM_EXIT.as_value()];
        match a.first() {
            Some(&t) if is_ptr(t) && kind_of(t) == Kind::Tuple => args.extend_from_slice(crate::list::tuple_items(t)),
            // (`sys.exit(None)` is `sys.exit()`.)
            Some(&NONE) | None => {}
            Some(&code) => args.push(code),
        }
        Err(set_pending(crate::exc::exc_new(&args, &crate::func::Kw::NONE)?))
    }),
];

pub static IMPLEMENTATION: ModuleObj = module("implementation", &[], &[], |n| match n {
    "name" => Some(from_str("mpyc")),
    _ => None,
});

/// The Python version mpyc compiles: CPython 3.11's language.
const VERSION: (isize, isize, isize) = (3, 11, 0);

/// `sys.version_info`'s type: a tuple whose fields are also attributes.
pub static VERSION_INFO_TYPE: TypeObj =
    TypeObj::builtin("sys.version_info", Kind::Tuple, Some(&TUPLE_TYPE), crate::list::TUPLE_METHODS, None).with_consts(
        |name| match name {
            "major" => Some(Ok(from_isize(VERSION.0))),
            "minor" => Some(Ok(from_isize(VERSION.1))),
            "micro" => Some(Ok(from_isize(VERSION.2))),
            "releaselevel" => Some(from_str("final")),
            "serial" => Some(Ok(from_isize(0))),
            _ => None,
        },
    );

fn version_info() -> R {
    let t = crate::list::new_tuple(&[
        from_isize(VERSION.0),
        from_isize(VERSION.1),
        from_isize(VERSION.2),
        from_str("final")?,
        from_isize(0),
    ])?;
    unsafe { (*(t as *mut Header)).ty = &VERSION_INFO_TYPE };
    Ok(t)
}

fn sys_consts(name: &str) -> Option<R> {
    match name {
        "version_info" => Some(version_info()),
        "version" => Some(from_str("3.11.0 (mpyc)")),
        "platform" => Some(from_str(crate::board::PLATFORM)),
        "implementation" => Some(Ok(&IMPLEMENTATION as *const ModuleObj as Value)),
        "maxsize" => Some(Ok(from_isize(isize::MAX))),
        "byteorder" => Some(from_str("little")),
        "argv" => Some(crate::list::new_list(&[])),
        // MicroPython's path on a board (a new list each time: nothing is imported at run time).
        "path" => Some((|| {
            let items = [from_str("")?, from_str("/flash")?, from_str("/flash/lib")?];
            crate::list::new_list(&items)
        })()),
        "stdin" => Some(Ok(&crate::io::STDIN as *const crate::io::ConsoleObj as Value)),
        "stdout" => Some(Ok(&crate::io::STDOUT as *const crate::io::ConsoleObj as Value)),
        "stderr" => Some(Ok(&crate::io::STDERR as *const crate::io::ConsoleObj as Value)),
        "modules" => Some(sys_modules()),
        _ => None,
    }
}

#[cfg_attr(target_os = "none", link_section = concat!(".rodata.mpyc.methods.", module_path!(), ".", line!()))]
static GC: [NativeObj; 7] = [
    NativeObj::new("collect", |_, _| {
        crate::gc::collect();
        Ok(NONE)
    }),
    NativeObj::new("disable", |_, _| Ok(NONE)),
    NativeObj::new("enable", |_, _| Ok(NONE)),
    NativeObj::new("isenabled", |_, _| Ok(TRUE)),
    NativeObj::new("mem_alloc", |_, _| Ok(from_isize(crate::gc::usage().1 as isize))),
    NativeObj::new("mem_free", |_, _| Ok(from_isize(crate::gc::usage().0 as isize))),
    // The collector runs when the heap is full; a threshold is not kept (-1: none, as
    // MicroPython answers when none is set).
    NativeObj::function("threshold", 0, 1, |a, _| Ok(if a.is_empty() { small(-1) } else { NONE })),
];

fn ms_arg(v: Value) -> R<u32> {
    Ok(index_of(v, "ms")?.max(0) as u32)
}

#[cfg_attr(target_os = "none", link_section = concat!(".rodata.mpyc.methods.", module_path!(), ".", line!()))]
static TIME: [NativeObj; 13] = [
    // CPython's clocks, from the board's microsecond clock (since the program started).
    NativeObj::function("monotonic", 0, 0, |_, _| new_float(crate::board::micros() as Float / 1_000_000.0)),
    NativeObj::function("perf_counter", 0, 0, |_, _| new_float(crate::board::micros() as Float / 1_000_000.0)),
    NativeObj::function("monotonic_ns", 0, 0, |_, _| crate::int::from_i64(crate::board::micros() as i64 * 1000)),
    NativeObj::function("perf_counter_ns", 0, 0, |_, _| crate::int::from_i64(crate::board::micros() as i64 * 1000)),
    NativeObj::function("time_ns", 0, 0, |_, _| crate::int::from_i64(crate::board::micros() as i64 * 1000)),
    NativeObj::new("sleep", |a, _| {
        let s = number(*a.first().unwrap_or(&small(0)), "sleep")?;
        crate::pyb::switch::wait_us((s * 1_000_000.0).max(0.0) as u64)?;
        Ok(NONE)
    }),
    NativeObj::new("sleep_ms", |a, _| {
        crate::pyb::switch::wait_us(u64::from(ms_arg(*a.first().unwrap_or(&small(0)))?) * 1000)?;
        Ok(NONE)
    }),
    NativeObj::new("sleep_us", |a, _| {
        crate::pyb::switch::wait_us(ms_arg(*a.first().unwrap_or(&small(0)))?.into())?;
        Ok(NONE)
    }),
    NativeObj::new("ticks_add", |a, _| {
        let (x, y) = (index_of(a[0], "ticks")?, index_of(a[1], "ticks")?);
        Ok(small((x + y) & TICKS_MASK))
    }),
    NativeObj::new("ticks_diff", |a, _| {
        let (x, y) = (index_of(a[0], "ticks")?, index_of(a[1], "ticks")?);
        let d = (x - y) & TICKS_MASK;
        Ok(small(if d > TICKS_MASK / 2 { d - TICKS_MASK - 1 } else { d }))
    }),
    // A clock read is where scheduled callbacks run and a Ctrl-C is raised (a loop that
    // polls the clock sees them).
    NativeObj::new("ticks_ms", |_, _| {
        crate::sched::between_steps()?;
        Ok(small(crate::board::millis() as isize & TICKS_MASK))
    }),
    NativeObj::new("ticks_us", |_, _| {
        crate::sched::between_steps()?;
        Ok(small(crate::board::micros() as isize & TICKS_MASK))
    }),
    NativeObj::new("time", |_, _| new_float(crate::board::millis() as Float / 1000.0)),
];

use crate::pyb::TICKS_MASK;

#[cfg_attr(target_os = "none", link_section = concat!(".rodata.mpyc.methods.", module_path!(), ".", line!()))]
static MICROPYTHON: [NativeObj; 9] = [
    // The runtime keeps its own room for an exception raised in an interrupt (the reserve
    // and the prepared traceback list: docs/pyboard-callbacks.md): nothing to set aside.
    NativeObj::function("alloc_emergency_exception_buf", 1, 1, |_, _| Ok(NONE)),
    NativeObj::new("const", |a, _| Ok(*a.first().unwrap_or(&NONE))),
    // The byte that raises KeyboardInterrupt on the console (-1: none).
    NativeObj::function("kbd_intr", 1, 1, |a, _| {
        crate::kbint::set_char(index_of(a[0], "chr")?);
        Ok(NONE)
    }),
    // Code is compiled ahead of time: the level is 0 and setting it changes nothing.
    NativeObj::function("opt_level", 0, 1, |a, _| Ok(if a.is_empty() { small(0) } else { NONE })),
    NativeObj::function("stack_use", 0, 0, |_, _| Ok(from_isize(crate::stack::in_use() as isize))),
    // Runs `f(arg)` soon, between two steps of the program (`sched.rs`).
    NativeObj::new("schedule", |a, _| {
        let &[f, arg] = a else {
            return Err(raise(
                &TYPE_ERROR,
                alloc::format!("schedule() takes 2 positional arguments but {} were given", a.len()),
            ));
        };
        if !crate::func::is_callable(f) {
            return Err(raise(&TYPE_ERROR, alloc::format!("'{}' object is not callable", type_name(f))));
        }
        crate::sched::prepare();
        if !crate::sched::schedule(f, arg) {
            return Err(raise(&RUNTIME_ERROR, "schedule queue full"));
        }
        Ok(NONE)
    }),
    NativeObj::new("native", |a, _| Ok(*a.first().unwrap_or(&NONE))),
    NativeObj::new("viper", |a, _| Ok(*a.first().unwrap_or(&NONE))),
    NativeObj::new("mem_info", |_, _| {
        let (free, used) = crate::gc::usage();
        crate::print::write(alloc::format!("mem: total={}, used={used}, free={free}\n", free + used).as_bytes());
        Ok(NONE)
    }),
];

// Each module its own static, imported through an entry point of its own (`rt_import_math`,
// …): a program links the modules it imports, not all of them.
macro_rules! modules {
    ($($stat:ident, $entry:ident = $m:expr;)*) => {
        $(pub static $stat: ModuleObj = $m;
        #[no_mangle]
        pub extern "C" fn $entry() -> Value {
            note_imported(&$stat);
            &$stat as *const ModuleObj as Value
        })*
        /// Every built-in module, for the compiler's checks (generated code imports each by its
        /// own entry point).
        pub static MODULES: [&ModuleObj; 12] = [$(&$stat),*];
    };
}

modules! {
    CONSOLE_MODULE, rt_import__console = module("_console", &crate::io::CONSOLE_FUNCTIONS, &[], no_consts);
    FRAMEBUF_MODULE, rt_import__framebuf = module("_framebuf", &[], &[&crate::framebuf::SURFACE_TYPE], no_consts);
    CMATH_MODULE, rt_import_cmath = module("cmath", &crate::cmath::FUNCTIONS, &[], crate::cmath::consts);
    GC_MODULE, rt_import_gc = module("gc", &GC, &[], no_consts);
    LCD160CR_MODULE, rt_import_lcd160cr = module("lcd160cr", &[], &[&crate::lcd160cr::LCD160CR_TYPE], crate::lcd160cr::consts);
    IO_MODULE, rt_import_io = module("io", &[], &[&crate::io::STRINGIO_TYPE, &crate::io::BYTESIO_TYPE], no_consts);
    MATH_MODULE, rt_import_math = module("math", &MATH, &[], math_consts);
    MICROPYTHON_MODULE, rt_import_micropython = module("micropython", &MICROPYTHON, &[], no_consts);
    PYB_MODULE, rt_import_pyb = module("pyb", &crate::pyb::FUNCTIONS, &crate::pyb::TYPES, no_consts);
    RANDOM_MODULE, rt_import_random = module("random", &crate::random::FUNCTIONS, &[&crate::random::RANDOM_TYPE], no_consts);
    SYS_MODULE, rt_import_sys = module("sys", &SYS, &[], sys_consts);
    TIME_MODULE, rt_import_time = module("time", &TIME, &[], no_consts);
}

/// Every name a built-in module's `consts` may answer (each module answers some of them).
const CONST_NAMES: [&str; 25] = [
    "version_info",
    "version",
    "path",
    "stdin",
    "stdout",
    "stderr",
    "modules",
    "pi",
    "e",
    "tau",
    "inf",
    "nan",
    "platform",
    "implementation",
    "maxsize",
    "byteorder",
    "argv",
    "name",
    "PORTRAIT",
    "LANDSCAPE",
    "PORTRAIT_UPSIDEDOWN",
    "LANDSCAPE_UPSIDEDOWN",
    "STARTUP_DECO_NONE",
    "STARTUP_DECO_MLOGO",
    "STARTUP_DECO_INFO",
];

/// The constants module `m` has.
fn const_names(m: &ModuleObj) -> impl Iterator<Item = &'static str> + '_ {
    CONST_NAMES.into_iter().filter(|c| (m.consts)(c).is_some())
}

/// The names of a built-in module's attributes (for compile-time checks).
pub fn member_names(m: &ModuleObj) -> alloc::vec::Vec<&'static str> {
    let mut names: alloc::vec::Vec<&'static str> = m.members.iter().map(|f| f.name).collect();
    names.extend(m.types.iter().map(|t| t.name));
    names.extend(const_names(m));
    names.sort_unstable();
    names
}

/// `from m import *`'s read of `m.name` (the names the compiler spelt out): the value, or 0
/// (nothing raised) when the module has no such attribute now — a name its top level binds
/// only on a path not taken is skipped, as CPython's `import *` skips it.
#[no_mangle]
pub extern "C" fn rt_star_member(m: Value, name: Value) -> Value {
    match crate::func::getattr(m, name) {
        Ok(v) => v,
        Err(_) => {
            crate::exc::take_pending();
            0
        }
    }
}

/// The built-in module `name`; MicroPython's `u`-prefixed names (`utime`, `urandom`) are the
/// same modules.
pub fn find(name: &str) -> Option<&'static ModuleObj> {
    let by = |n: &str| MODULES.iter().copied().find(|m| m.name == n);
    by(name).or_else(|| name.strip_prefix('u').filter(|n| !n.starts_with('_')).and_then(by))
}

pub fn module_name(v: Value) -> &'static str {
    unsafe { body::<ModuleObj>(v) }.name
}

/// Which of a program module's globals is called `key`.
fn global_index(m: &ModuleObj, key: &str) -> Option<usize> {
    let mut p = m.names;
    for i in 0..m.count {
        let n = unsafe { cstr(p) };
        if n == key {
            return Some(i);
        }
        p = unsafe { p.add(n.len() + 1) };
    }
    None
}

/// A module's names, for `dir(module)`: `__name__`, its functions and types, and for a module
/// of the program its globals bound now and the attributes set from outside.
pub fn names(v: Value) -> alloc::vec::Vec<&'static str> {
    let m: &ModuleObj = unsafe { body(v) };
    let mut out: alloc::vec::Vec<&'static str> = alloc::vec!["__name__"];
    out.extend(m.members.iter().map(|f| f.name));
    out.extend(m.types.iter().map(|t| t.name));
    out.extend(const_names(m));
    let mut p = m.names;
    for i in 0..m.count {
        let n = unsafe { cstr(p) };
        p = unsafe { p.add(n.len() + 1) };
        // (A name with a `.` is the compiler's own, not the program's.)
        if unsafe { *m.globals.add(i) } != 0 && !n.contains('.') {
            out.push(n);
        }
    }
    if m.dict != 0 {
        for k in crate::dict::keys_vec(m.dict) {
            if let Some(s) = crate::str::as_str(k) {
                out.push(unsafe { core::mem::transmute::<&str, &'static str>(s) });
            }
        }
    }
    out
}

/// Where an attribute cache finds `module.name` again.
pub enum AttrSlot {
    /// A built-in module's attribute: it never changes.
    Fixed(Value),
    /// The program's module's global at this index.
    Global(usize),
}

/// Where `module.name` lives, when a cache can find it there again (not `__name__`, nor
/// attributes set from outside a program's module).
pub fn attr_slot(v: Value, name: Value) -> Option<AttrSlot> {
    let m: &ModuleObj = unsafe { body(v) };
    let key = crate::str::as_str(name)?;
    if key == "__name__" {
        return None;
    }
    if m.globals.is_null() {
        return Some(AttrSlot::Fixed(getattr(v, key)?.ok()?));
    }
    global_index(m, key).map(AttrSlot::Global)
}

/// Global `i` of the program's module `v` (0 while unbound).
pub fn global_at(v: Value, i: usize) -> Value {
    let m: &ModuleObj = unsafe { body(v) };
    unsafe { *m.globals.add(i) }
}

/// `module.key`.
pub fn getattr(v: Value, key: &str) -> Option<R> {
    let m: &ModuleObj = unsafe { body(v) };
    if key == "__name__" {
        return Some(from_str(m.name));
    }
    if !m.globals.is_null() {
        if let Some(i) = global_index(m, key) {
            let g = unsafe { *m.globals.add(i) };
            if g != 0 {
                return Some(Ok(g));
            }
        }
        if m.dict != 0 {
            if let Some(x) = crate::dict::get_str(m.dict, key) {
                return Some(Ok(x));
            }
        }
        return None;
    }
    if let Some(f) = m.members.iter().find(|f| f.name == key) {
        if f.is_type_entry() {
            return Some((f.f)(&[], &crate::func::Kw::NONE));
        }
        return Some(Ok(f as *const NativeObj as Value));
    }
    if let Some(t) = m.types.iter().find(|t| t.name == key) {
        return Some(Ok(t.as_value()));
    }
    (m.consts)(key)
}

/// `module.key = v`.
pub fn setattr(v: Value, key: Value, x: Value) -> R<()> {
    let m: &mut ModuleObj = unsafe { body(v) };
    let k = crate::str::as_str(key).unwrap_or("");
    if m.globals.is_null() {
        return Err(raise(&ATTRIBUTE_ERROR, alloc::format!("module '{}' has no attribute '{k}'", m.name)));
    }
    if let Some(i) = global_index(m, k) {
        unsafe { *m.globals.add(i) = x };
        return Ok(());
    }
    if m.dict == 0 {
        m.dict = crate::dict::new_dict()?;
    }
    crate::dict::set_item(m.dict, key, x)
}

/// A module of the program, made when it is first imported: `name` and `names` are
/// NUL-terminated read-only data, `globals` its `count` root slots.
#[no_mangle]
pub unsafe extern "C" fn rt_new_module(name: *const u8, globals: *mut Value, names: *const u8, count: usize) -> Value {
    ret((|| {
        let m = alloc(ModuleObj {
            header: Header::of(&MODULE_TYPE),
            name: cstr(name),
            members: &[],
            types: &[],
            consts: no_consts,
            globals,
            names,
            count,
            dict: 0,
        })?;
        let (list, n) = PROGRAM_MODULES.get();
        if *n < list.len() {
            list[*n] = m;
            *n += 1;
        }
        add_to_sys_modules(m)?;
        Ok(m)
    })())
}

/// `from m import name`: the member, or ImportError as CPython words it (naming the module by
/// its own name: `from utime import x` says 'time').
#[no_mangle]
pub extern "C" fn rt_import_from(m: Value, name: Value) -> Value {
    match crate::func::getattr(m, name) {
        Ok(v) => v,
        Err(_) => {
            let (name, module) = (crate::str::as_str(name).unwrap_or("?"), module_name(m));
            ret(Err(raise(&IMPORT_ERROR, alloc::format!("cannot import name '{name}' from '{module}'"))))
        }
    }
}

/// `from . import x` outside a package (in the main module): ImportError, as CPython's.
#[no_mangle]
pub extern "C" fn rt_relative_import() -> Value {
    ret(Err(raise(&IMPORT_ERROR, "attempted relative import with no known parent package")))
}

/// `import name` of a module that does not exist (NUL-terminated name): the built-in ones
/// are imported by their own entry points.
#[no_mangle]
pub unsafe extern "C" fn rt_import(name: *const u8) -> Value {
    let n = cstr(name);
    // (`import a.b`: CPython names the first module that is not there.)
    let top = n.split('.').next().unwrap_or(n);
    let msg = if top == n {
        alloc::format!("No module named '{n}'")
    } else if find(top).is_some() {
        alloc::format!("No module named '{n}'; '{top}' is not a package")
    } else {
        alloc::format!("No module named '{top}'")
    };
    ret(Err(raise(&MODULE_NOT_FOUND_ERROR, msg)))
}
