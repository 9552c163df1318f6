//! Formatting: the format-spec mini-language (f-strings, `format()`, `str.format`) and
//! printf-style `%` formatting, for ints, floats and strs as CPython does them.
// Conversions to and from `Float` are casts to the same type on a 64-bit-float build.
#![allow(clippy::unnecessary_cast)]

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
use num_bigint::BigInt;

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

fn bad_spec(spec: &str) -> Exc {
    raise(&VALUE_ERROR, alloc::format!("Invalid format specifier '{spec}'"))
}

fn parse_spec(spec: &str) -> R<Spec> {
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
    if i < cs.len() && cs[i] == '0' {
        s.zero = true;
        i += 1;
    }
    let mut w = 0;
    while i < cs.len() && cs[i].is_ascii_digit() {
        w = w * 10 + cs[i].to_digit(10).unwrap() as usize;
        i += 1;
    }
    s.width = w;
    if i < cs.len() && matches!(cs[i], ',' | '_') {
        s.grouping = Some(cs[i]);
        i += 1;
    }
    if i < cs.len() && cs[i] == '.' {
        i += 1;
        let mut p = 0;
        let start = i;
        while i < cs.len() && cs[i].is_ascii_digit() {
            p = p * 10 + cs[i].to_digit(10).unwrap() as usize;
            i += 1;
        }
        if i == start {
            return Err(raise(&VALUE_ERROR, "Format specifier missing precision"));
        }
        s.precision = Some(p);
    }
    if i < cs.len() {
        s.ty = Some(cs[i]);
        i += 1;
    }
    if i != cs.len() {
        return Err(bad_spec(spec));
    }
    Ok(s)
}

fn group(digits: &str, sep: char, every: usize) -> String {
    let n = digits.len();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (n - i).is_multiple_of(every) {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

/// Pads `body` (with `sign` before it) to the spec's width.
fn pad(spec: &Spec, sign: &str, body: &str, numeric: bool) -> String {
    let len = sign.chars().count() + body.chars().count();
    let default_align = if numeric { '>' } else { '<' };
    let (fill, align) = if spec.zero && spec.align.is_none() && numeric {
        ('0', '=')
    } else {
        (spec.fill.unwrap_or(' '), spec.align.unwrap_or(default_align))
    };
    if len >= spec.width {
        return alloc::format!("{sign}{body}");
    }
    let n = spec.width - len;
    let fills = |k: usize| -> String { core::iter::repeat_n(fill, k).collect() };
    match align {
        '<' => alloc::format!("{sign}{body}{}", fills(n)),
        '^' => alloc::format!("{}{sign}{body}{}", fills(n / 2), fills(n - n / 2)),
        '=' => alloc::format!("{sign}{}{body}", fills(n)),
        _ => alloc::format!("{}{sign}{body}", fills(n)),
    }
}

fn sign_of(spec: &Spec, negative: bool) -> &'static str {
    match (negative, spec.sign) {
        (true, _) => "-",
        (false, Some('+')) => "+",
        (false, Some(' ')) => " ",
        _ => "",
    }
}

fn format_int(i: &Int, spec: &Spec) -> R<String> {
    let b: BigInt = i.to_big();
    let negative = b.sign() == num_bigint::Sign::Minus;
    let mag = if negative { -b } else { b };
    let (digits, prefix) = match spec.ty {
        None | Some('d') | Some('n') => {
            let text = mag.to_str_radix(10);
            crate::int::check_str_digits(text.len())?;
            (text, "")
        }
        Some('b') => (mag.to_str_radix(2), "0b"),
        Some('o') => (mag.to_str_radix(8), "0o"),
        Some('x') => (mag.to_str_radix(16), "0x"),
        Some('X') => (mag.to_str_radix(16).to_ascii_uppercase(), "0X"),
        Some('c') => {
            let c = num_traits::ToPrimitive::to_u32(&mag).and_then(char::from_u32).unwrap_or('?');
            return Ok(pad(spec, "", &String::from(c), true));
        }
        Some(t) => {
            return Err(raise(&VALUE_ERROR, alloc::format!("Unknown format code '{t}' for object of type 'int'")))
        }
    };
    let digits = match spec.grouping {
        Some(sep) => group(&digits, sep, if matches!(spec.ty, None | Some('d') | Some('n')) { 3 } else { 4 }),
        None => digits,
    };
    let sign = alloc::format!("{}{}", sign_of(spec, negative), if spec.alt { prefix } else { "" });
    Ok(pad(spec, &sign, &digits, true))
}

/// `{:e}` with `p` digits after the point and a two-digit exponent, as C's printf.
fn exp_form(x: Float, p: usize, upper: bool) -> String {
    let (digits, e) = crate::fltconv::sci(x, p);
    let m = if p == 0 { digits } else { alloc::format!("{}.{}", &digits[..1], &digits[1..]) };
    let sign = if x.is_sign_negative() { "-" } else { "" };
    let out = alloc::format!("{sign}{m}e{}{:02}", if e < 0 { '-' } else { '+' }, e.abs());
    if upper {
        out.to_ascii_uppercase()
    } else {
        out
    }
}

/// `%g`: precision `p` significant digits, fixed or exponent form, trailing zeros dropped
/// unless `alt`.
fn general(x: Float, p: usize, alt: bool, upper: bool) -> String {
    let p = p.max(1);
    if x == 0.0 {
        let s = if alt { crate::fltconv::fixed(0.0, p - 1) } else { String::from("0") };
        return if x.is_sign_negative() { alloc::format!("-{s}") } else { s };
    }
    let e = exp_form(x, p - 1, false);
    let exp: i32 = e.split_once('e').unwrap().1.parse().unwrap_or(0);
    let mut out = if exp < -4 || exp >= p as i32 {
        let (m, ex) = e.split_once('e').unwrap();
        let m = if alt { String::from(m) } else { strip_zeros(m) };
        alloc::format!("{m}e{ex}")
    } else {
        let f = crate::fltconv::fixed(x, (p as i32 - 1 - exp).max(0) as usize);
        if alt {
            f
        } else {
            strip_zeros(&f)
        }
    };
    if upper {
        out = out.to_ascii_uppercase();
    }
    out
}

fn strip_zeros(s: &str) -> String {
    if !s.contains('.') {
        return String::from(s);
    }
    String::from(s.trim_end_matches('0').trim_end_matches('.'))
}

fn format_float(x: Float, spec: &Spec) -> R<String> {
    let negative = x.is_sign_negative() && !x.is_nan();
    let a = x.abs();
    let body = if !a.is_finite() {
        let t = if a.is_nan() { "nan" } else { "inf" };
        if matches!(spec.ty, Some('F' | 'E' | 'G')) {
            t.to_ascii_uppercase()
        } else {
            String::from(t)
        }
    } else {
        match spec.ty {
            Some('f' | 'F') => crate::fltconv::fixed(a, spec.precision.unwrap_or(6)),
            Some('e' | 'E') => exp_form(a, spec.precision.unwrap_or(6), spec.ty == Some('E')),
            Some('g' | 'G') => general(a, spec.precision.unwrap_or(6), spec.alt, spec.ty == Some('G')),
            Some('%') => alloc::format!("{}%", crate::fltconv::fixed(a * 100.0, spec.precision.unwrap_or(6))),
            None => match spec.precision {
                Some(p) => {
                    let g = general(a, p, spec.alt, false);
                    if g.contains(['.', 'e']) {
                        g
                    } else {
                        alloc::format!("{g}.0")
                    }
                }
                None => crate::float::repr(a),
            },
            Some(t) => {
                return Err(raise(&VALUE_ERROR, alloc::format!("Unknown format code '{t}' for object of type 'float'")))
            }
        }
    };
    let body = match spec.grouping {
        Some(sep) => {
            let (int_part, rest) = match body.find(|c: char| !c.is_ascii_digit()) {
                Some(i) => (&body[..i], &body[i..]),
                None => (&body[..], ""),
            };
            alloc::format!("{}{rest}", group(int_part, sep, 3))
        }
        None => body,
    };
    Ok(pad(spec, sign_of(spec, negative), &body, true))
}

/// `format(v, spec)`.
pub fn format_value(v: Value, spec: &str) -> R<String> {
    let t = type_of(v);
    if t.is_class() {
        if let Some(f) = lookup_class(t, "__format__") {
            let s = from_str(spec)?;
            let r = call(f, &[v, s], &Kw::NONE)?;
            return Ok(String::from(as_str(r).unwrap_or("")));
        }
    }
    if spec.is_empty() {
        return to_text(v);
    }
    let s = parse_spec(spec)?;
    // (A bool with a format spec formats as its int, as CPython's `int.__format__` does.)
    if let Some(i) = as_int(v) {
        if matches!(s.ty, Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%')) {
            return format_float(crate::int::to_float(&i)?, &s);
        }
        return format_int(&i, &s);
    }
    if let Some(f) = as_float(v) {
        return format_float(f.value, &s);
    }
    if let Some(text) = as_str(v) {
        if let Some(t) = s.ty.filter(|&t| t != 's') {
            return Err(raise(&VALUE_ERROR, alloc::format!("Unknown format code '{t}' for object of type 'str'")));
        }
        let body: String = match s.precision {
            Some(p) => text.chars().take(p).collect(),
            None => String::from(text),
        };
        return Ok(pad(&s, "", &body, false));
    }
    if s.ty.is_none() && s.precision.is_none() {
        let text = to_text(v)?;
        return Ok(pad(&s, "", &text, false));
    }
    Err(raise(&TYPE_ERROR, alloc::format!("unsupported format string passed to {}.__format__", type_name(v))))
}

/// An f-string's replacement field: `format(v, spec)`, with `spec` a str or 0.
#[no_mangle]
pub extern "C" fn rt_format(v: Value, spec: Value) -> Value {
    let spec = if spec == 0 { "" } else { as_str(spec).unwrap_or("") };
    ret(format_value(v, spec).and_then(|s| from_str(&s)))
}

/// `fmt % args`.
pub fn percent(fmt: &str, args: Value) -> R {
    let items: Vec<Value> =
        if kind_of(args) == Kind::Tuple { crate::list::tuple_items(args).to_vec() } else { alloc::vec![args] };
    let mapping = (kind_of(args) == Kind::Dict).then_some(args);
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
            let k = from_str(key)?;
            v = Some(crate::dict::getitem(m, k)?);
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
            spec.width = crate::int::index_of(take(&mut next)?, "*")?.max(0) as usize;
            i += 1;
        }
        while i < cs.len() && cs[i].is_ascii_digit() {
            spec.width = spec.width.saturating_mul(10).saturating_add(usize::from(cs[i] - b'0'));
            i += 1;
        }
        if i < cs.len() && cs[i] == b'.' {
            i += 1;
            let mut p: usize = 0;
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
            's' | 'r' | 'a' => {
                let t = if conv == 's' { to_text(v)? } else { to_repr(v)? };
                let t: String = match spec.precision {
                    Some(p) => t.chars().take(p).collect(),
                    None => t,
                };
                spec.zero = false;
                // printf pads on the left unless `-` asks for the right.
                spec.align = Some(spec.align.unwrap_or('>'));
                pad(&spec, "", &t, false)
            }
            'd' | 'i' | 'u' | 'x' | 'X' | 'o' => {
                let i = match as_int(v) {
                    Some(i) => i,
                    None => match as_float(v) {
                        Some(f) => {
                            let iv = crate::float::to_int(crate::float::M::trunc(f.value))?;
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
                let Some(f) = crate::float::to_float(v)? else {
                    return Err(raise(&TYPE_ERROR, alloc::format!("must be real number, not {}", type_name(v))));
                };
                spec.ty = Some(conv);
                spec.precision = Some(spec.precision.unwrap_or(6));
                format_float(f, &spec)?
            }
            'c' => {
                let c = match as_str(v) {
                    Some(s) => String::from(s),
                    None => char::from_u32(crate::int::index_of(v, "%c")? as u32).map(String::from).unwrap_or_default(),
                };
                pad(&spec, "", &c, false)
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
        return Err(raise(&TYPE_ERROR, "not all arguments converted during string formatting"));
    }
    from_str(&out)
}

/// Appends `text` to `out`, a MemoryError when the heap has no room for it.
fn push(out: &mut String, text: &str) -> R<()> {
    out.try_reserve(text.len()).map_err(|_| crate::exc::memory_error())?;
    out.push_str(text);
    Ok(())
}

fn percent_int(i: &Int, conv: char, spec: &mut Spec) -> R<String> {
    spec.ty = Some(match conv {
        'x' => 'x',
        'X' => 'X',
        'o' => 'o',
        _ => 'd',
    });
    if let Some(p) = spec.precision.take() {
        let b = i.to_big();
        let neg = b.sign() == num_bigint::Sign::Minus;
        let mag = if neg { -b } else { b };
        let (digits, prefix) = match conv {
            'x' => (mag.to_str_radix(16), "0x"),
            'X' => (mag.to_str_radix(16).to_ascii_uppercase(), "0X"),
            'o' => (mag.to_str_radix(8), "0o"),
            _ => (mag.to_str_radix(10), ""),
        };
        if prefix.is_empty() {
            crate::int::check_str_digits(digits.len())?;
        }
        let digits = alloc::format!("{}{:0>p$}", if spec.alt { prefix } else { "" }, digits);
        return Ok(pad(spec, sign_of(spec, neg), &digits, true));
    }
    format_int(i, spec)
}

/// `fmt.format(*args, **kw)`.
pub fn str_format(fmt: &str, args: &[Value], kw: &Kw) -> R {
    let mut auto = 0;
    let out = format_fields(fmt, args, kw, 0, &mut auto)?;
    from_str(&out)
}

/// `fmt.format_map(mapping)`: named fields are `mapping[name]` (a dict subclass's
/// `__missing__` answers for the missing ones), positional ones a ValueError.
pub fn str_format_map(fmt: &str, mapping: Value) -> R {
    let mut auto = 0;
    let out = format_fields(fmt, &[], &Kw::NONE, mapping, &mut auto)?;
    from_str(&out)
}

/// Replaces the fields of `fmt`, numbering `{}` fields from `*auto` on; named fields come
/// from `map` when it is not 0 (`format_map`), else from `kw`.
fn format_fields(fmt: &str, args: &[Value], kw: &Kw, map: Value, auto: &mut usize) -> R<String> {
    let mut out = String::new();
    let cs: Vec<char> = fmt.chars().collect();
    let mut i = 0;
    while i < cs.len() {
        let c = cs[i];
        if c == '{' && cs.get(i + 1) == Some(&'{') {
            out.push('{');
            i += 2;
            continue;
        }
        if c == '}' {
            if cs.get(i + 1) == Some(&'}') {
                out.push('}');
                i += 2;
                continue;
            }
            return Err(raise(&VALUE_ERROR, "Single '}' encountered in format string"));
        }
        if c != '{' {
            out.push(c);
            i += 1;
            continue;
        }
        let mut depth = 1;
        let mut j = i + 1;
        while j < cs.len() {
            if cs[j] == '{' {
                depth += 1;
            } else if cs[j] == '}' {
                depth -= 1;
                if depth == 0 {
                    break;
                }
            }
            j += 1;
        }
        if j >= cs.len() {
            return Err(raise(&VALUE_ERROR, "Single '{' encountered in format string"));
        }
        let field: String = cs[i + 1..j].iter().collect();
        i = j + 1;
        let (name_conv, spec) = match field.find(':') {
            Some(p) => (&field[..p], &field[p + 1..]),
            None => (&field[..], ""),
        };
        let (name, conv) = match name_conv.find('!') {
            Some(p) => (&name_conv[..p], Some(&name_conv[p + 1..])),
            None => (name_conv, None),
        };
        let split = name.find(['.', '[']).unwrap_or(name.len());
        let (head, mut rest) = name.split_at(split);
        let mut v = if map != 0 && (head.is_empty() || head.parse::<usize>().is_ok()) {
            return Err(raise(&VALUE_ERROR, "Format string contains positional fields"));
        } else if map != 0 {
            crate::ops::getitem(map, from_str(head)?)?
        } else if head.is_empty() {
            let n = *auto;
            let v = *args.get(n).ok_or_else(|| {
                raise(&INDEX_ERROR, alloc::format!("Replacement index {n} out of range for positional args tuple"))
            })?;
            *auto += 1;
            v
        } else if let Ok(n) = head.parse::<usize>() {
            *args.get(n).ok_or_else(|| {
                raise(&INDEX_ERROR, alloc::format!("Replacement index {n} out of range for positional args tuple"))
            })?
        } else {
            kw.get(head).ok_or_else(|| {
                let k = from_str(head).unwrap_or(NONE);
                raise_with(&KEY_ERROR, k)
            })?
        };
        while !rest.is_empty() {
            if let Some(r) = rest.strip_prefix('.') {
                let end = r.find(['.', '[']).unwrap_or(r.len());
                let attr = from_str(&r[..end])?;
                v = getattr(v, attr)?;
                rest = &r[end..];
            } else if let Some(r) = rest.strip_prefix('[') {
                let end = r.find(']').ok_or_else(|| raise(&VALUE_ERROR, "Missing ']' in format string"))?;
                let key = &r[..end];
                let k = match key.parse::<isize>() {
                    Ok(n) => small(n),
                    Err(_) => from_str(key)?,
                };
                v = crate::ops::getitem(v, k)?;
                rest = &r[end + 1..];
            } else {
                break;
            }
        }
        v = match conv {
            Some("r") => from_str(&to_repr(v)?)?,
            Some("s") => from_str(&to_text(v)?)?,
            _ => v,
        };
        let spec = if spec.contains('{') { format_fields(spec, args, kw, map, auto)? } else { String::from(spec) };
        out.push_str(&format_value(v, &spec)?);
    }
    Ok(out)
}
