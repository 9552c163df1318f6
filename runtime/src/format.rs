//! Formatting: the format-spec mini-language (f-strings, `format()`, `str.format`) and
//! printf-style `%` formatting, for ints, floats and strs as CPython does them.
// Conversions to and from `Float` are casts to the same type on a 64-bit-float build.
#![allow(clippy::unnecessary_cast)]

use crate::bigint::BigInt;
use crate::exc::*;
use crate::float::{as_float, Float};
use crate::func::{call, getattr, lookup_class, ret, Kw};
use crate::int::{as_int, Int};
use crate::object::*;
use crate::print::{to_repr, to_text};
use crate::str::{as_str, from_str};
use crate::value::*;
use alloc::string::String;
use alloc::vec::Vec;

/// A parsed format spec.
#[derive(Default)]
struct Spec {
    fill: Option<char>,
    align: Option<char>,
    sign: Option<char>,
    alt: bool,
    zero: bool,
    width: usize,
    grouping: Option<char>,
    precision: Option<usize>,
    ty: Option<char>,
}

fn bad_spec(spec: &str, of: &str) -> Exc {
    raise(&VALUE_ERROR, alloc::format!("Invalid format specifier '{spec}' for object of type '{of}'"))
}

fn too_many_digits() -> Exc {
    raise(&VALUE_ERROR, "Too many decimal digits in format string")
}

/// Parses `spec` for a value of type `of`, whose presentation type is `default_ty` when the
/// spec names none; errors as CPython's (a grouping character the type does not take, too
/// much text after the type).
fn parse_spec(spec: &str, of: &str, default_ty: Option<char>) -> R<Spec> {
    let cs: Vec<char> = spec.chars().collect();
    let mut s = Spec::default();
    let mut i = 0;
    let is_align = |c: char| matches!(c, '<' | '>' | '^' | '=');
    if cs.len() >= 2 && is_align(cs[1]) {
        s.fill = Some(cs[0]);
        s.align = Some(cs[1]);
        i = 2;
    } else if !cs.is_empty() && is_align(cs[0]) {
        s.align = Some(cs[0]);
        i = 1;
    }
    if i < cs.len() && matches!(cs[i], '+' | '-' | ' ') {
        s.sign = Some(cs[i]);
        i += 1;
    }
    if i < cs.len() && cs[i] == '#' {
        s.alt = true;
        i += 1;
    }
    // `0` before the width pads with zeros, unless a fill character was given.
    if i < cs.len() && cs[i] == '0' && s.fill.is_none() {
        s.zero = true;
        i += 1;
    }
    let number = |i: &mut usize| -> R<Option<usize>> {
        let start = *i;
        while *i < cs.len() && cs[*i].is_ascii_digit() {
            *i += 1;
        }
        decimal(&cs[start..*i])
    };
    s.width = number(&mut i)?.unwrap_or(0);
    if i < cs.len() && matches!(cs[i], ',' | '_') {
        s.grouping = Some(cs[i]);
        i += 1;
        if i < cs.len() && matches!(cs[i], ',' | '_') && Some(cs[i]) != s.grouping {
            return Err(raise(&VALUE_ERROR, "Cannot specify both ',' and '_'."));
        }
    }
    if i < cs.len() && cs[i] == '.' {
        i += 1;
        let Some(p) = number(&mut i)? else {
            return Err(raise(&VALUE_ERROR, "Format specifier missing precision"));
        };
        s.precision = Some(p);
    }
    if cs.len() - i > 1 {
        return Err(bad_spec(spec, of));
    }
    s.ty = cs.get(i).copied();
    // (A width or precision beyond what the heap can hold is a MemoryError before the text.)
    crate::reserve::room_for_text(s.width.max(s.precision.unwrap_or(0)))?;
    if let Some(sep) = s.grouping {
        let ty = s.ty.or(default_ty);
        let ok = match ty {
            None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'F' | 'G' | '%') => true,
            Some('b' | 'o' | 'x' | 'X') => sep == '_',
            _ => false,
        };
        if !ok {
            let t = ty.unwrap_or(' ');
            let t =
                if (' '..='~').contains(&t) { alloc::format!("'{t}'") } else { alloc::format!("'\\x{:x}'", t as u32) };
            return Err(raise(&VALUE_ERROR, alloc::format!("Cannot specify '{sep}' with {t}.")));
        }
    }
    Ok(s)
}

/// `digits` with `sep` every `every` digits from the right; when `min` is more than that
/// gives, leading zeros (grouped too) up to at least `min` characters, as zero padding is.
/// (In a buffer of its exact length taken fallibly: the digits may be as many as the heap holds.)
fn group(digits: &str, sep: char, every: usize, min: usize) -> R<String> {
    // The fewest digits n whose grouped length, n + (n - 1) / every, is at least `min`.
    let mut n = digits.len();
    if n + (n - 1) / every < min {
        n = (min * every).div_ceil(every + 1);
        while n + (n - 1) / every < min {
            n += 1;
        }
    }
    let zeros = n - digits.len();
    let mut out = String::new();
    out.try_reserve_exact(n + (n - 1) / every * sep.len_utf8()).map_err(|_| memory_error())?;
    for (i, c) in core::iter::repeat_n('0', zeros).chain(digits.chars()).enumerate() {
        if i > 0 && (n - i).is_multiple_of(every) {
            out.push(sep);
        }
        out.push(c);
    }
    Ok(out)
}

/// The fill character and alignment `spec` pads with: `0` before the width is a fill of
/// zeros, after the sign for numbers.
fn fill_align(spec: &Spec, numeric: bool) -> (char, char) {
    let fill = spec.fill.unwrap_or(if spec.zero { '0' } else { ' ' });
    let align = spec.align.unwrap_or(match (numeric, spec.zero) {
        (true, true) => '=',
        (true, false) => '>',
        _ => '<',
    });
    (fill, align)
}

/// The width that grouped digits are zero-padded to, after `used` characters of sign and
/// prefix and `rest` after them: only when padding with zeros after the sign.
fn zero_group_width(spec: &Spec, used: usize, rest: usize) -> usize {
    match fill_align(spec, true) {
        ('0', '=') => spec.width.saturating_sub(used + rest),
        _ => 0,
    }
}

/// Pads `body` (with `sign` before it) to the spec's width.
/// `sign` and `body` padded to the spec's width, in a buffer of its exact length taken
/// fallibly.
fn pad(spec: &Spec, sign: &str, body: &str, numeric: bool) -> R<String> {
    let len = sign.chars().count() + body.chars().count();
    let (fill, align) = fill_align(spec, numeric);
    let n = spec.width.saturating_sub(len);
    let mut out = String::new();
    let bytes = (fill.len_utf8() * n).saturating_add(sign.len() + body.len());
    out.try_reserve_exact(bytes).map_err(|_| crate::exc::memory_error())?;
    let (before, between, after) = match align {
        _ if n == 0 => (0, 0, 0),
        '<' => (0, 0, n),
        '^' => (n / 2, 0, n - n / 2),
        '=' => (0, n, 0),
        _ => (n, 0, 0),
    };
    out.extend(core::iter::repeat_n(fill, before));
    out.push_str(sign);
    out.extend(core::iter::repeat_n(fill, between));
    out.push_str(body);
    out.extend(core::iter::repeat_n(fill, after));
    Ok(out)
}

fn sign_of(spec: &Spec, negative: bool) -> &'static str {
    match (negative, spec.sign) {
        (true, _) => "-",
        (false, Some('+')) => "+",
        (false, Some(' ')) => " ",
        _ => "",
    }
}

/// The digits of `mag` (not negative) in `radix`: decimal ones refused first when surely past
/// CPython's limit, and MemoryError where the heap has no room for the text (several copies of
/// it are made) — a big int's digits must not outgrow the heap inside the Rust allocator.
fn radix_text(mag: &BigInt, radix: u32) -> R<String> {
    let bits = mag.bits();
    if radix == 10 {
        crate::int::check_str_bits(bits)?;
    }
    let per_digit = if radix == 10 { 3 } else { u64::from(radix.trailing_zeros()) };
    crate::int::room_for_digits(bits, bits / per_digit + 4)?;
    mag.try_to_str_radix(radix).ok_or_else(crate::exc::memory_error)
}

fn format_int(i: &Int, spec: &Spec) -> R<String> {
    if spec.precision.is_some() {
        return Err(raise(&VALUE_ERROR, "Precision not allowed in integer format specifier"));
    }
    crate::int::room_for_copy(i)?;
    let b: BigInt = i.to_big();
    let negative = b.is_negative();
    let mag = if negative { -b } else { b };
    let (digits, prefix) = match spec.ty {
        None | Some('d') | Some('n') => {
            let text = radix_text(&mag, 10)?;
            crate::int::check_str_digits(text.len())?;
            (text, "")
        }
        Some('b') => (radix_text(&mag, 2)?, "0b"),
        Some('o') => (radix_text(&mag, 8)?, "0o"),
        Some('x') => (radix_text(&mag, 16)?, "0x"),
        Some('X') => (radix_text(&mag, 16)?.to_ascii_uppercase(), "0X"),
        Some('c') => {
            if spec.sign.is_some() {
                return Err(raise(&VALUE_ERROR, "Sign not allowed with integer format specifier 'c'"));
            }
            if spec.alt {
                return Err(raise(&VALUE_ERROR, "Alternate form (#) not allowed with integer format specifier 'c'"));
            }
            // (Past a C long, CPython's conversion to one is what fails.)
            if mag.to_u64().filter(|&m| m <= i64::MAX as u64 + u64::from(negative)).is_none() {
                return Err(raise(&OVERFLOW_ERROR, "Python int too large to convert to C long"));
            }
            let c = (!negative)
                .then(|| mag.to_u32())
                .flatten()
                .and_then(char::from_u32)
                .ok_or_else(|| raise(&OVERFLOW_ERROR, "%c arg not in range(0x110000)"))?;
            return pad(spec, "", &String::from(c), true);
        }
        Some(t) => {
            return Err(raise(&VALUE_ERROR, alloc::format!("Unknown format code '{t}' for object of type 'int'")))
        }
    };
    let sign = alloc::format!("{}{}", sign_of(spec, negative), if spec.alt { prefix } else { "" });
    let digits = match spec.grouping {
        Some(sep) => {
            let every = if matches!(spec.ty, None | Some('d') | Some('n')) { 3 } else { 4 };
            group(&digits, sep, every, zero_group_width(spec, sign.len(), 0))?
        }
        None => digits,
    };
    pad(spec, &sign, &digits, true)
}

/// `{:e}` with `p` digits after the point and a two-digit exponent, as C's printf: in a
/// buffer of its exact length taken fallibly (`p` may be as many digits as the heap holds).
fn exp_form(x: Float, p: usize, upper: bool) -> R<String> {
    let (digits, e) = crate::fltconv::sci(x, p)?;
    let sign = if x.is_sign_negative() { "-" } else { "" };
    let exp = alloc::format!("{}{}{:02}", if upper { 'E' } else { 'e' }, if e < 0 { '-' } else { '+' }, e.abs());
    let mut out = String::new();
    out.try_reserve_exact(sign.len() + digits.len() + 1 + exp.len()).map_err(|_| memory_error())?;
    out.push_str(sign);
    out.push_str(&digits[..1]);
    if p > 0 {
        out.push('.');
        out.push_str(&digits[1..]);
    }
    out.push_str(&exp);
    Ok(out)
}

/// `%g`: precision `p` significant digits, fixed or exponent form, trailing zeros dropped
/// unless `alt`. `dot0` is a format spec without a type: whole numbers get `.0`, and the
/// exponent form starts one digit earlier, as CPython's.
fn general(x: Float, p: usize, alt: bool, upper: bool, dot0: bool) -> R<String> {
    let p = p.max(1);
    let e = exp_form(x, p - 1, false)?;
    let exp: i32 = e.split_once('e').unwrap().1.parse().unwrap_or(0);
    let last_fixed = if dot0 { p as i32 - 1 } else { p as i32 };
    let mut out = if exp < -4 || exp >= last_fixed {
        let (m, ex) = e.split_once('e').unwrap();
        let m = if alt { String::from(m) } else { strip_zeros(m) };
        alloc::format!("{m}e{ex}")
    } else {
        let f = fixed(x, (p as i32 - 1 - exp).max(0) as usize)?;
        let mut f = if alt { f } else { strip_zeros(&f) };
        if dot0 && !f.as_bytes().contains(&b'.') {
            f.push_str(".0");
        }
        f
    };
    if upper {
        out.make_ascii_uppercase();
    }
    Ok(out)
}

use crate::fltconv::fixed;

fn strip_zeros(s: &str) -> String {
    if !s.as_bytes().contains(&b'.') {
        return String::from(s);
    }
    String::from(s.trim_end_matches('0').trim_end_matches('.'))
}

/// A finite float's digits as a spec asks (no sign: `a` is not negative).
fn float_body(a: Float, spec: &Spec, of: &str) -> R<String> {
    let mut body = match spec.ty {
        Some('f' | 'F') => fixed(a, spec.precision.unwrap_or(6))?,
        Some('e' | 'E') => exp_form(a, spec.precision.unwrap_or(6), spec.ty == Some('E'))?,
        Some('g' | 'G' | 'n') => general(a, spec.precision.unwrap_or(6), spec.alt, spec.ty == Some('G'), false)?,
        Some('%') => {
            let mut t = fixed(a * 100.0, spec.precision.unwrap_or(6))?;
            crate::reserve::push_str(&mut t, "%")?;
            t
        }
        None => match spec.precision {
            Some(p) => general(a, p, spec.alt, false, true)?,
            None => crate::float::repr(a),
        },
        Some(t) => {
            return Err(raise(&VALUE_ERROR, alloc::format!("Unknown format code '{t}' for object of type '{of}'")))
        }
    };
    // `#` keeps the point even with no digits after it.
    if spec.alt && !body.as_bytes().contains(&b'.') {
        let at = body.find(['e', 'E', '%']).unwrap_or(body.len());
        body.insert(at, '.');
    }
    Ok(body)
}

/// A float's text without sign or padding: `inf`/`nan` or [`float_body`], with grouping.
fn float_text(x: Float, spec: &Spec, of: &str, used: usize) -> R<String> {
    let a = x.abs();
    // `%` formats x * 100, which may overflow to inf.
    if !a.is_finite() || (spec.ty == Some('%') && !(a * 100.0).is_finite()) {
        if let Some(t) = spec.ty.filter(|t| !matches!(t, 'f' | 'F' | 'e' | 'E' | 'g' | 'G' | 'n' | '%')) {
            return Err(raise(&VALUE_ERROR, alloc::format!("Unknown format code '{t}' for object of type '{of}'")));
        }
        let t = if a.is_nan() { "nan" } else { "inf" };
        let t = if matches!(spec.ty, Some('F' | 'E' | 'G')) { t.to_ascii_uppercase() } else { String::from(t) };
        return Ok(if spec.ty == Some('%') { alloc::format!("{t}%") } else { t });
    }
    let body = float_body(a, spec, of)?;
    Ok(match spec.grouping {
        Some(sep) => {
            let (int_part, rest) = match body.find(|c: char| !c.is_ascii_digit()) {
                Some(i) => (&body[..i], &body[i..]),
                None => (&body[..], ""),
            };
            let min = zero_group_width(spec, used, rest.chars().count());
            let mut t = group(int_part, sep, 3, min)?;
            crate::reserve::push_str(&mut t, rest)?;
            t
        }
        None => body,
    })
}

fn format_float(x: Float, spec: &Spec) -> R<String> {
    let negative = x.is_sign_negative() && !x.is_nan();
    let sign = sign_of(spec, negative);
    let body = float_text(x, spec, "float", sign.len())?;
    pad(spec, sign, &body, true)
}

/// `format(z, spec)` for a complex number: both parts as a float spec asks (the sign flag on
/// the real part), `(re+imj)` with no type as `str` does; no `=` and no zero padding.
fn format_complex(z: crate::complex::C, spec: &Spec) -> R<String> {
    if let Some(t) = spec.ty.filter(|t| !matches!(t, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n')) {
        return Err(raise(&VALUE_ERROR, alloc::format!("Unknown format code '{t}' for object of type 'complex'")));
    }
    if spec.zero {
        return Err(raise(&VALUE_ERROR, "Zero padding is not allowed in complex format specifier"));
    }
    if spec.align == Some('=') {
        return Err(raise(&VALUE_ERROR, "'=' alignment flag is not allowed in complex format specifier"));
    }
    let bare = spec.ty.is_none();
    // Without a type: `repr`'s digits, or `g` with a precision (no `.0` added).
    let part_spec = Spec { ty: if bare && spec.precision.is_some() { Some('g') } else { spec.ty }, ..Spec::default() };
    let part_spec = Spec { precision: spec.precision, alt: spec.alt, grouping: spec.grouping, ..part_spec };
    let text = |f: Float| -> R<String> {
        if bare && spec.precision.is_none() {
            let mut r = crate::float::repr(f.abs());
            if r.ends_with(".0") {
                r.truncate(r.len() - 2);
            }
            return Ok(r);
        }
        float_text(f, &part_spec, "complex", 0)
    };
    let neg = |f: Float| f.is_sign_negative() && !f.is_nan();
    let im = alloc::format!("{}{}j", if neg(z.im) { "-" } else { "+" }, text(z.im)?);
    let body = if bare && z.re == 0.0 && z.re.is_sign_positive() {
        alloc::format!("{}{}", sign_of(spec, neg(z.im)), &im[1..])
    } else {
        let re = alloc::format!("{}{}", sign_of(spec, neg(z.re)), text(z.re)?);
        if bare {
            alloc::format!("({re}{im})")
        } else {
            alloc::format!("{re}{im}")
        }
    };
    pad(spec, "", &body, true)
}

/// `format(v, spec)`.
pub fn format_value(v: Value, spec: &str) -> R<String> {
    let t = type_of(v);
    if t.is_class() {
        if let Some(f) = lookup_class(t, "__format__") {
            let s = from_str(spec)?;
            let r = call(f, &[v, s], &Kw::NONE)?;
            return match as_str(r) {
                Some(text) => Ok(String::from(text)),
                None => Err(raise(&TYPE_ERROR, alloc::format!("__format__ must return a str, not {}", type_name(r)))),
            };
        }
    }
    builtin_format(v, spec)
}

/// [`format_value`] as the built-in types format themselves (`float.__format__`), not asking
/// a subclass's `__format__`.
pub fn builtin_format(v: Value, spec: &str) -> R<String> {
    if spec.is_empty() {
        return to_text(v);
    }
    // (A bool with a format spec formats as its int, as CPython's `int.__format__` does.)
    if let Some(i) = as_int(v) {
        let s = parse_spec(spec, type_name(v), Some('d'))?;
        if matches!(s.ty, Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%')) {
            return format_float(crate::int::to_float(&i)?, &s);
        }
        return format_int(&i, &s);
    }
    if let Some(f) = as_float(v) {
        return format_float(f.value, &parse_spec(spec, "float", None)?);
    }
    if let Some(text) = as_str(v) {
        let s = parse_spec(spec, "str", Some('s'))?;
        if let Some(t) = s.ty.filter(|&t| t != 's') {
            return Err(raise(&VALUE_ERROR, alloc::format!("Unknown format code '{t}' for object of type 'str'")));
        }
        if s.sign.is_some() {
            return Err(raise(&VALUE_ERROR, "Sign not allowed in string format specifier"));
        }
        if s.alt {
            return Err(raise(&VALUE_ERROR, "Alternate form (#) not allowed in string format specifier"));
        }
        if s.align == Some('=') {
            return Err(raise(&VALUE_ERROR, "'=' alignment not allowed in string format specifier"));
        }
        let body = crate::str::text_of(match s.precision {
            Some(p) => chars_prefix(text, p),
            None => text,
        })?;
        return pad(&s, "", &body, false);
    }
    if let Some(z) = crate::complex::as_complex(v) {
        // (Through the gate of complex numbers, `crate::gate`.)
        let spec = parse_spec(spec, "complex", None)?;
        return crate::gated!("mpyc_COMPLEX_TYPE", format_complex, fn(crate::complex::C, &Spec) -> R<String>)
            .map_or_else(|| Err(crate::gate::left_out("complex")), |f| f(z, &spec));
    }
    Err(raise(&TYPE_ERROR, alloc::format!("unsupported format string passed to {}.__format__", type_name(v))))
}

/// An f-string's replacement field: `format(v, spec)`, with `spec` a str or 0.
#[no_mangle]
pub extern "C" fn rt_format(v: Value, spec: Value) -> Value {
    let spec = if spec == 0 { "" } else { as_str(spec).unwrap_or("") };
    // A str's own text is itself, as CPython's `format(s, '')`: no copy.
    if spec.is_empty() && is_ptr(v) && core::ptr::eq(type_of(v), &crate::object::STR_TYPE) {
        return v;
    }
    ret(format_value(v, spec).and_then(|s| from_str(&s)))
}

/// `fmt % args`.
/// Behind the gate of the programs with a `%` (the key `mod`).
#[inline(never)]
#[cfg_attr(target_os = "none", link_section = ".text.mpyc.gate.mod/percent")]
pub fn percent(fmt: &str, args: Value) -> R {
    percent_in(fmt, args, false)
}

/// `fmt % args` for a str, or for bytes when `bytes` (`fmt` their Latin-1 text, and so is
/// the result): then `%s`/`%b` take bytes-like objects only, `%r`/`%a` give `ascii()`, `%c`
/// a byte, and mapping keys are bytes.
pub fn percent_in(fmt: &str, args: Value, bytes: bool) -> R {
    let items: Vec<Value> = if kind_of(args) == Kind::Tuple {
        crate::reserve::copied(crate::list::tuple_items(args))?
    } else {
        alloc::vec![args]
    };
    // (CPython's test: any object with `__getitem__` but a tuple or a str is a mapping, whose
    // `%(key)s` are its items, and which may go unused: `'' % []` is `''`.)
    let mapping = if kind_of(args) == Kind::Dict { Some(args) } else { other_mapping(args, bytes) };
    let mut next = 0;
    let mut out = String::new();
    // (Walked as bytes: every character the syntax names is ASCII, and a long format string
    // is not copied into chars.)
    let cs = fmt.as_bytes();
    let mut i = 0;
    let take = |next: &mut usize| -> R<Value> {
        if *next < items.len() {
            *next += 1;
            Ok(items[*next - 1])
        } else {
            Err(raise(&TYPE_ERROR, "not enough arguments for format string"))
        }
    };
    while i < cs.len() {
        if cs[i] != b'%' {
            let end = cs[i..].iter().position(|&c| c == b'%').map_or(cs.len(), |p| p + i);
            push(&mut out, &fmt[i..end])?;
            i = end;
            continue;
        }
        i += 1;
        let mut v = None;
        if i < cs.len() && cs[i] == b'(' {
            let end = cs[i..]
                .iter()
                .position(|&c| c == b')')
                .map(|p| p + i)
                .ok_or_else(|| raise(&VALUE_ERROR, "incomplete format key"))?;
            let key = &fmt[i + 1..end];
            let Some(m) = mapping else {
                return Err(raise(&TYPE_ERROR, "format requires a mapping"));
            };
            let k = match bytes {
                true => crate::bytes::new_bytes(&key.chars().map(|c| c as u32 as u8).collect::<Vec<u8>>())?,
                false => from_str(key)?,
            };
            v = Some(if kind_of(m) == Kind::Dict { crate::dict::getitem(m, k)? } else { crate::ops::getitem(m, k)? });
            i = end + 1;
        }
        let mut spec = Spec::default();
        while i < cs.len() && matches!(cs[i], b'-' | b'+' | b' ' | b'#' | b'0') {
            match cs[i] {
                b'-' => spec.align = Some('<'),
                b'+' => spec.sign = Some('+'),
                b' ' => spec.sign = spec.sign.or(Some(' ')),
                b'#' => spec.alt = true,
                _ => spec.zero = true,
            }
            i += 1;
        }
        if i < cs.len() && cs[i] == b'*' {
            // (A negative width aligns to the left, as `-` does.)
            let w = star(take(&mut next)?)?;
            if w < 0 {
                spec.align = Some('<');
            }
            spec.width = w.unsigned_abs();
            i += 1;
        }
        while i < cs.len() && cs[i].is_ascii_digit() {
            spec.width = spec.width.saturating_mul(10).saturating_add(usize::from(cs[i] - b'0'));
            i += 1;
        }
        if i < cs.len() && cs[i] == b'.' {
            i += 1;
            let mut p: usize = 0;
            if i < cs.len() && cs[i] == b'*' {
                p = star(take(&mut next)?)?.max(0) as usize;
                i += 1;
            }
            while i < cs.len() && cs[i].is_ascii_digit() {
                p = p.saturating_mul(10).saturating_add(usize::from(cs[i] - b'0'));
                i += 1;
            }
            spec.precision = Some(p);
        }
        // (CPython's limits: a C int.) A width or precision beyond what the heap can hold is a
        // MemoryError here, before the text is made.
        if spec.width > i32::MAX as usize {
            return Err(raise(&VALUE_ERROR, "width too big"));
        }
        if spec.precision.is_some_and(|p| p > i32::MAX as usize) {
            return Err(raise(&VALUE_ERROR, "precision too big"));
        }
        crate::reserve::room_for_text(spec.width.max(spec.precision.unwrap_or(0)))?;
        if spec.align == Some('<') {
            spec.zero = false;
        }
        let Some(conv) = fmt.get(i..).and_then(|rest| rest.chars().next()) else {
            return Err(raise(&VALUE_ERROR, "incomplete format"));
        };
        i += conv.len_utf8();
        if conv == '%' {
            push(&mut out, "%")?;
            continue;
        }
        let v = match v {
            Some(v) => v,
            None => take(&mut next)?,
        };
        let text = match conv {
            's' | 'b' | 'r' | 'a' | 'c' if bytes => {
                let t: String = match conv {
                    's' | 'b' => match crate::bytes::bytes_of(v) {
                        Some(b) => crate::str::Text::of_chars(b.iter().map(|&c| c as char))?.into_string(),
                        None => {
                            let msg = alloc::format!(
                                "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
                                type_name(v)
                            );
                            return Err(raise(&TYPE_ERROR, msg));
                        }
                    },
                    'r' | 'a' => crate::print::to_ascii(v)?,
                    _ => match (crate::bytes::bytes_of(v), as_int(v)) {
                        (Some([b]), _) => String::from(*b as char),
                        (None, Some(Int::Small(n @ 0..=255))) => String::from(n as u8 as char),
                        (None, Some(_)) => return Err(raise(&OVERFLOW_ERROR, "%c arg not in range(256)")),
                        _ => return Err(raise(&TYPE_ERROR, "%c requires an integer in range(256) or a single byte")),
                    },
                };
                let mut t = t;
                match spec.precision {
                    Some(p) if conv != 'c' => t.truncate(chars_prefix(&t, p).len()),
                    _ => {}
                }
                spec.zero = false;
                spec.align = Some(spec.align.unwrap_or('>'));
                pad(&spec, "", &t, false)?
            }
            's' | 'r' | 'a' => {
                let t = match conv {
                    's' => to_text(v)?,
                    'r' => to_repr(v)?,
                    _ => crate::print::to_ascii(v)?,
                };
                let mut t = t;
                if let Some(p) = spec.precision {
                    t.truncate(chars_prefix(&t, p).len());
                }
                spec.zero = false;
                // printf pads on the left unless `-` asks for the right.
                spec.align = Some(spec.align.unwrap_or('>'));
                pad(&spec, "", &t, false)?
            }
            'd' | 'i' | 'u' | 'x' | 'X' | 'o' => {
                let i = match as_int(v) {
                    Some(i) => i,
                    // (`%x` and `%o` take an int or what has `__index__`, never a float.)
                    None if matches!(conv, 'x' | 'X' | 'o') => {
                        if !crate::list::has_index(v) {
                            return Err(raise(
                                &TYPE_ERROR,
                                alloc::format!("%{conv} format: an integer is required, not {}", type_name(v)),
                            ));
                        }
                        let iv = crate::int::index_value(v)?;
                        let s = percent_int(&as_int(iv).unwrap(), conv, &mut spec)?;
                        push(&mut out, &s)?;
                        continue;
                    }
                    None => match as_float(v) {
                        Some(f) => {
                            let iv = crate::float::to_int(crate::float::M::trunc(f.value))?;
                            let s = percent_int(&as_int(iv).unwrap(), conv, &mut spec)?;
                            push(&mut out, &s)?;
                            continue;
                        }
                        // An object of a class by its `__index__` or `__int__`, as CPython's.
                        None if type_of(v).is_class() => {
                            let Some(iv) = int_of_class(v)? else {
                                return Err(raise(
                                    &TYPE_ERROR,
                                    alloc::format!("%{conv} format: a real number is required, not {}", type_name(v)),
                                ));
                            };
                            let s = percent_int(&as_int(iv).unwrap(), conv, &mut spec)?;
                            push(&mut out, &s)?;
                            continue;
                        }
                        None => {
                            return Err(raise(
                                &TYPE_ERROR,
                                alloc::format!("%{conv} format: a real number is required, not {}", type_name(v)),
                            ))
                        }
                    },
                };
                percent_int(&i, conv, &mut spec)?
            }
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                // (An object of a class by its `__float__` or `__index__`.)
                let Some(f) = crate::float::coerce(v)? else {
                    return Err(raise(&TYPE_ERROR, alloc::format!("must be real number, not {}", type_name(v))));
                };
                spec.ty = Some(conv);
                spec.precision = Some(spec.precision.unwrap_or(6));
                format_float(f, &spec)?
            }
            'c' => {
                let c = match (as_str(v), as_int(v)) {
                    (Some(s), _) if s.chars().count() == 1 => String::from(s),
                    (None, Some(i)) => {
                        let n = match i {
                            Int::Small(n) => u32::try_from(n).ok(),
                            Int::Big(_) => None,
                        };
                        let c = n.and_then(char::from_u32);
                        String::from(c.ok_or_else(|| raise(&OVERFLOW_ERROR, "%c arg not in range(0x110000)"))?)
                    }
                    _ => return Err(raise(&TYPE_ERROR, "%c requires int or char")),
                };
                spec.zero = false;
                spec.align = Some(spec.align.unwrap_or('>'));
                pad(&spec, "", &c, false)?
            }
            c => {
                return Err(raise(
                    &VALUE_ERROR,
                    alloc::format!(
                        "unsupported format character '{}' (0x{:x}) at index {}",
                        if (' '..='~').contains(&c) { c } else { '?' },
                        c as u32,
                        fmt[..i - c.len_utf8()].chars().count()
                    ),
                ))
            }
        };
        push(&mut out, &text)?;
    }
    if next < items.len() && mapping.is_none() {
        let message = if bytes {
            "not all arguments converted during bytes formatting"
        } else {
            "not all arguments converted during string formatting"
        };
        return Err(raise(&TYPE_ERROR, message));
    }
    from_str(&out)
}

/// `args` when `%` formatting takes it as a mapping though it is no dict.
#[inline(never)]
fn other_mapping(args: Value, bytes: bool) -> Option<Value> {
    let mapping = match kind_of(args) {
        Kind::Tuple | Kind::Str => false,
        // (bytes' own formatting takes bytes and bytearray as one value.)
        Kind::Bytes | Kind::ByteArray => !bytes,
        Kind::List | Kind::Range | Kind::MemoryView | Kind::Array => true,
        Kind::Instance => crate::ops::special_named(args, crate::name!("__getitem__")).is_some(),
        _ => false,
    };
    mapping.then_some(args)
}

/// A `*` width or precision's argument: an int, as CPython's message says.
fn star(v: Value) -> R<isize> {
    match as_int(v) {
        Some(Int::Small(n)) => {
            isize::try_from(n).map_err(|_| raise(&OVERFLOW_ERROR, "Python int too large to convert to C int"))
        }
        Some(Int::Big(_)) => Err(raise(&OVERFLOW_ERROR, "Python int too large to convert to C int")),
        None => Err(raise(&TYPE_ERROR, "* wants int")),
    }
}

/// Appends `text` to `out`, a MemoryError when the heap has no room for it.
/// The first `n` characters of `text` (all of it if it has fewer).
fn chars_prefix(text: &str, n: usize) -> &str {
    &text[..text.char_indices().nth(n).map_or(text.len(), |(i, _)| i)]
}

use crate::reserve::push_str as push;

/// An object of a class as an int for `%d`: by its `__index__`, else its `__int__` (which must
/// give an int); None without either.
#[cold]
fn int_of_class(v: Value) -> R<Option<Value>> {
    if crate::list::has_index(v) {
        return crate::int::index_value(v).map(Some);
    }
    let Some(m) = crate::func::lookup_name(type_of(v), crate::name!("__int__")) else {
        return Ok(None);
    };
    let r = crate::func::call(m, &[v], &crate::func::Kw::NONE)?;
    if as_int(r).is_none() {
        return Err(raise(&TYPE_ERROR, alloc::format!("__int__ returned non-int (type {})", type_name(r))));
    }
    Ok(Some(r))
}

fn percent_int(i: &Int, conv: char, spec: &mut Spec) -> R<String> {
    spec.ty = Some(match conv {
        'x' => 'x',
        'X' => 'X',
        'o' => 'o',
        _ => 'd',
    });
    if let Some(p) = spec.precision.take() {
        crate::int::room_for_copy(i)?;
        let b = i.to_big();
        let neg = b.is_negative();
        let mag = if neg { -b } else { b };
        let (digits, prefix) = match conv {
            'x' => (radix_text(&mag, 16)?, "0x"),
            'X' => (radix_text(&mag, 16)?.to_ascii_uppercase(), "0X"),
            'o' => (radix_text(&mag, 8)?, "0o"),
            _ => (radix_text(&mag, 10)?, ""),
        };
        if prefix.is_empty() {
            crate::int::check_str_digits(digits.len())?;
        }
        let digits = alloc::format!("{}{:0>p$}", if spec.alt { prefix } else { "" }, digits);
        return pad(spec, sign_of(spec, neg), &digits, true);
    }
    format_int(i, spec)
}

/// How `str.format` numbers its fields: `{}` counts on from `next`, `{0}` names one; a
/// format string may not mix the two.
#[derive(Clone, Copy, PartialEq)]
enum Numbering {
    Unknown,
    Auto(usize),
    Manual,
}

/// `fmt.format(*args, **kw)`.
pub fn str_format(fmt: &str, args: &[Value], kw: &Kw) -> R {
    let mut numbering = Numbering::Unknown;
    let out = format_fields(fmt, args, kw, 0, &mut numbering, 2)?;
    from_str(&out)
}

/// `fmt.format_map(mapping)`: named fields are `mapping[name]` (a dict subclass's
/// `__missing__` answers for the missing ones), positional ones a ValueError.
pub fn str_format_map(fmt: &str, mapping: Value) -> R {
    let mut numbering = Numbering::Unknown;
    let out = format_fields(fmt, &[], &Kw::NONE, mapping, &mut numbering, 2)?;
    from_str(&out)
}

fn value_error(what: &str) -> Exc {
    raise(&VALUE_ERROR, what)
}

/// One replacement field of a format string: `{name!conv:spec}`.
struct Field<'a> {
    name: &'a [char],
    conv: Option<char>,
    spec: &'a [char],
}

/// Parses the field that starts after the `{` at `cs[*i]`, leaving `*i` after its `}`; the
/// errors are CPython's.
fn parse_field<'a>(cs: &'a [char], i: &mut usize) -> R<Field<'a>> {
    let start = *i;
    let mut end = None;
    while *i < cs.len() {
        let c = cs[*i];
        *i += 1;
        match c {
            '{' => return Err(value_error("unexpected '{' in field name")),
            // (`:` and `!` inside an index are part of it.)
            '[' => {
                while *i < cs.len() && cs[*i] != ']' {
                    *i += 1;
                }
            }
            '}' | ':' | '!' => {
                end = Some(c);
                break;
            }
            _ => {}
        }
    }
    let Some(c) = end else { return Err(value_error("expected '}' before end of string")) };
    let name = &cs[start..*i - 1];
    if c == '}' {
        return Ok(Field { name, conv: None, spec: &[] });
    }
    let mut conv = None;
    if c == '!' {
        let Some(&k) = cs.get(*i) else {
            return Err(value_error("end of string while looking for conversion specifier"));
        };
        conv = Some(k);
        *i += 1;
        if let Some(&after) = cs.get(*i) {
            *i += 1;
            if after == '}' {
                return Ok(Field { name, conv, spec: &[] });
            }
            if after != ':' {
                return Err(value_error("expected ':' after conversion specifier"));
            }
        }
    }
    let spec_start = *i;
    let mut depth = 1;
    while *i < cs.len() {
        let c = cs[*i];
        *i += 1;
        if c == '{' {
            depth += 1;
        } else if c == '}' {
            depth -= 1;
            if depth == 0 {
                return Ok(Field { name, conv, spec: &cs[spec_start..*i - 1] });
            }
        }
    }
    Err(value_error("unmatched '{' in format spec"))
}

/// A field name's number, if it is all decimal digits.
fn field_number(text: &[char]) -> R<Option<usize>> {
    if !text.iter().all(|c| c.is_ascii_digit()) {
        return Ok(None);
    }
    decimal(text)
}

/// The number decimal digits `text` spell (None for no digits); beyond a Py_ssize_t (or the
/// board's word) CPython's ValueError.
fn decimal(text: &[char]) -> R<Option<usize>> {
    if text.is_empty() {
        return Ok(None);
    }
    let mut n: usize = 0;
    for c in text {
        n = n
            .checked_mul(10)
            .and_then(|n| n.checked_add(*c as usize - '0' as usize))
            .filter(|&n| n <= isize::MAX as usize)
            .ok_or_else(too_many_digits)?;
    }
    Ok(Some(n))
}

/// The value a field name names: an argument (by number, the next one, or by keyword; from
/// `map` for `format_map`), then its `.attr` and `[key]` parts.
fn field_value(name: &[char], args: &[Value], kw: &Kw, map: Value, numbering: &mut Numbering) -> R {
    let split = name.iter().position(|&c| c == '.' || c == '[').unwrap_or(name.len());
    let (head, mut rest) = name.split_at(split);
    let number = field_number(head)?;
    let positional = |n: usize| -> R {
        if map != 0 {
            return Err(value_error("Format string contains positional fields"));
        }
        args.get(n).copied().ok_or_else(|| {
            raise(&INDEX_ERROR, alloc::format!("Replacement index {n} out of range for positional args tuple"))
        })
    };
    let mut v = if head.is_empty() {
        let n = match *numbering {
            Numbering::Manual => {
                return Err(value_error("cannot switch from manual field specification to automatic field numbering"))
            }
            Numbering::Unknown => 0,
            Numbering::Auto(n) => n,
        };
        *numbering = Numbering::Auto(n + 1);
        positional(n)?
    } else if let Some(n) = number {
        if let Numbering::Auto(_) = *numbering {
            return Err(value_error("cannot switch from automatic field numbering to manual field specification"));
        }
        *numbering = Numbering::Manual;
        positional(n)?
    } else {
        let key: String = head.iter().collect();
        if map != 0 {
            crate::ops::getitem(map, from_str(&key)?)?
        } else {
            kw.get(&key).ok_or_else(|| {
                let k = from_str(&key).unwrap_or(NONE);
                raise_with(&KEY_ERROR, k)
            })?
        }
    };
    while let Some((&first, r)) = rest.split_first() {
        let end = if first == '.' {
            r.iter().position(|&c| c == '.' || c == '[').unwrap_or(r.len())
        } else {
            r.iter().position(|&c| c == ']').ok_or_else(|| value_error("Missing ']' in format string"))?
        };
        let part = &r[..end];
        if part.is_empty() {
            return Err(value_error("Empty attribute in format string"));
        }
        let text: String = part.iter().collect();
        if first == '.' {
            v = getattr(v, from_str(&text)?)?;
            rest = &r[end..];
        } else {
            let k = match field_number(part)? {
                Some(n) => crate::int::from_i64(n as i64)?,
                None => from_str(&text)?,
            };
            v = crate::ops::getitem(v, k)?;
            rest = &r[end + 1..];
            if !matches!(rest.first(), None | Some('.' | '[')) {
                return Err(value_error("Only '.' or '[' may follow ']' in format field specifier"));
            }
        }
    }
    Ok(v)
}

/// Replaces the fields of `fmt`; named fields come from `map` when it is not 0
/// (`format_map`), else from `kw`. `depth` is how many more levels of fields inside format
/// specs may follow (CPython's limit: `{:{}}` is one).
fn format_fields(fmt: &str, args: &[Value], kw: &Kw, map: Value, numbering: &mut Numbering, depth: u8) -> R<String> {
    if depth == 0 {
        return Err(value_error("Max string recursion exceeded"));
    }
    let mut out = String::new();
    let cs = crate::reserve::collected(fmt.chars())?;
    let mut i = 0;
    while i < cs.len() {
        let c = cs[i];
        i += 1;
        if c != '{' && c != '}' {
            push(&mut out, c.encode_utf8(&mut [0; 4]))?;
            continue;
        }
        if cs.get(i) == Some(&c) {
            push(&mut out, c.encode_utf8(&mut [0; 4]))?;
            i += 1;
            continue;
        }
        if c == '}' {
            return Err(value_error("Single '}' encountered in format string"));
        }
        if i == cs.len() {
            return Err(value_error("Single '{' encountered in format string"));
        }
        let field = parse_field(&cs, &mut i)?;
        let mut v = field_value(field.name, args, kw, map, numbering)?;
        v = match field.conv {
            None => v,
            Some('r') => from_str(&to_repr(v)?)?,
            Some('s') => from_str(&to_text(v)?)?,
            Some('a') => from_str(&crate::print::to_ascii(v)?)?,
            Some(k) if (' '..='~').contains(&k) => {
                return Err(raise(&VALUE_ERROR, alloc::format!("Unknown conversion specifier {k}")))
            }
            Some(k) => {
                return Err(raise(&VALUE_ERROR, alloc::format!("Unknown conversion specifier \\x{:x}", k as u32)))
            }
        };
        let spec = crate::str::Text::of_chars(field.spec.iter().copied())?.into_string();
        let spec = if spec.as_bytes().contains(&b'{') {
            format_fields(&spec, args, kw, map, numbering, depth - 1)?
        } else {
            spec
        };
        push(&mut out, &format_value(v, &spec)?)?;
    }
    Ok(out)
}
