//! bytes and bytearray: byte strings, immutable (inline on the heap or in read-only data) and
//! mutable (a growable buffer), with indexing, slicing, iteration and a few methods.

use crate::exc::*;
use crate::func::{Kw, NativeObj};
use crate::int::index_of;
use crate::list::{normalize_index, slice_indices};
use crate::object::*;
use crate::value::*;
use alloc::string::String;
use alloc::vec::Vec;

/// bytes (data inline or in read-only data) and bytearray (data in a separate heap buffer).
#[repr(C)]
pub struct BytesObj {
    pub header: Header,
    pub len: usize,
    pub cap: usize,
    pub data: *mut u8,
}

fn alloc_bytes(ty: &'static TypeObj, b: &[u8]) -> R {
    let buf = crate::gc::alloc_raw(b.len().max(1), crate::gc::LEAF);
    if buf.is_null() {
        return Err(memory_error());
    }
    unsafe { core::ptr::copy_nonoverlapping(b.as_ptr(), buf, b.len()) };
    alloc(BytesObj { header: Header::of(ty), len: b.len(), cap: b.len().max(1), data: buf })
}

/// The built-in type of bytes or bytearray `v` (not its subclass's: what slicing, `+`, `*`
/// and the methods make is of the built-in type, as CPython's).
fn builtin_type(v: Value) -> &'static TypeObj {
    if kind_of(v) == Kind::ByteArray {
        &BYTEARRAY_TYPE
    } else {
        &BYTES_TYPE
    }
}

pub fn new_bytes(b: &[u8]) -> R {
    alloc_bytes(&BYTES_TYPE, b)
}

/// `b * n` for a bytes or bytearray `b`: one of the same built-in type.
pub fn repeat(b: Value, n: isize) -> R {
    let data = bytes_of(b).unwrap_or(&[]);
    let total = data.len().checked_mul(n.max(0) as usize).filter(|&t| t <= isize::MAX as usize);
    // (CPython's: bytes past the largest size are an OverflowError, a bytearray a MemoryError.)
    if total.is_none() && kind_of(b) == Kind::Bytes {
        return Err(raise(&OVERFLOW_ERROR, "repeated bytes are too long"));
    }
    let total = total.filter(|&t| t < isize::MAX as usize / 16);
    let mut out = crate::reserve::vec_with(total.ok_or_else(crate::exc::memory_error)?)?;
    // (Empty bytes repeated any number of times are made at once: no turn per count.)
    if !data.is_empty() {
        for _ in 0..n.max(0) {
            out.extend_from_slice(data);
        }
    }
    alloc_bytes(builtin_type(b), &out)
}

pub fn bytes_of<'a>(v: Value) -> Option<&'a [u8]> {
    if !is_ptr(v) || !matches!(kind_of(v), Kind::Bytes | Kind::ByteArray) {
        return None;
    }
    let o: &BytesObj = unsafe { body(v) };
    Some(unsafe { core::slice::from_raw_parts(o.data, o.len) })
}

/// A bytes literal, made once and cached in `slot`.
#[no_mangle]
pub unsafe extern "C" fn rt_bytes_lit(slot: *mut Value, data: *const u8, len: usize) -> Value {
    if *slot == 0 {
        match alloc(BytesObj { header: Header::of(&BYTES_TYPE), len, cap: len, data: data as *mut u8 }) {
            Ok(v) => *slot = v,
            Err(_) => return EXC,
        }
    }
    *slot
}

/// The bytes an argument of bytes()/bytearray() stands for.
fn source_bytes(args: &[Value], kw: &Kw) -> R<Vec<u8>> {
    if args.len() > 4 {
        let name =
            if core::ptr::eq(as_type(args[0]).unwrap_or(&BYTES_TYPE), &BYTEARRAY_TYPE) { "bytearray" } else { "bytes" };
        return Err(raise(
            &TYPE_ERROR,
            alloc::format!("{name}() takes at most 3 arguments ({} given)", args.len() - 1),
        ));
    }
    let Some(&x) = args.get(1) else { return Ok(Vec::new()) };
    if let Some(t) = crate::str::as_str(x) {
        let arg = |i: usize, name: &str| args.get(i).copied().or_else(|| kw.get(name));
        let Some(encoding) = arg(2, "encoding") else {
            return Err(raise(&TYPE_ERROR, "string argument without an encoding"));
        };
        let text = |v: Value, what: &str| {
            crate::str::as_str(v).ok_or_else(|| {
                raise(&TYPE_ERROR, alloc::format!("{what}() argument must be str, not {}", type_name(v)))
            })
        };
        let errors = match arg(3, "errors") {
            Some(e) => text(e, "bytes")?,
            None => "strict",
        };
        return encode_text(t, text(encoding, "bytes")?, errors);
    }
    if is_ptr(x) && type_of(x).is_class() && !as_type(args[0]).is_some_and(|t| t.kind == Kind::ByteArray) {
        if let Some(f) = crate::ops::special_named(x, crate::name!("__bytes__")) {
            return bytes_from_method(f, x);
        }
    }
    if let Some(b) = crate::memoryview::bytes_like(x)? {
        return Ok(b);
    }
    if is_small(x) {
        let n = small_value(x);
        if n < 0 {
            return Err(raise(&VALUE_ERROR, "negative count"));
        }
        return crate::reserve::zeroed(n as usize);
    }
    // An int or an object with `__index__`: that many zero bytes, as CPython (whose TypeError
    // from `__index__` falls through to iterating the object).
    if crate::int::as_int(x).is_some() || crate::list::has_index(x) {
        match count_of(x) {
            Ok(n) => return crate::reserve::zeroed(n),
            Err(_) if pending_is(&TYPE_ERROR) => {
                take_pending();
            }
            Err(e) => return Err(e),
        }
    }
    if crate::iter::lacks_iter(x) {
        let name = if as_type(args[0]).is_some_and(|t| t.kind == Kind::ByteArray) { "bytearray" } else { "bytes" };
        return Err(raise(&TYPE_ERROR, alloc::format!("cannot convert '{}' object to {name}", type_name(x))));
    }
    byte_values(x, "bytes must be in range(0, 256)")
}

/// What `bytes(x)` makes of an object whose class defines `__bytes__` (method `f`).
#[cold]
#[inline(never)]
fn bytes_from_method(f: Value, x: Value) -> R<Vec<u8>> {
    let b = crate::func::call(f, &[x], &Kw::NONE)?;
    match bytes_of(b) {
        Some(data) if kind_of(b) == Kind::Bytes => crate::reserve::copied(data),
        _ => Err(raise(&TYPE_ERROR, alloc::format!("__bytes__ returned non-bytes (type {})", type_name(b)))),
    }
}

/// The count of zero bytes an int (or an object with `__index__`) stands for.
#[cold]
#[inline(never)]
fn count_of(x: Value) -> R<usize> {
    let too_large =
        || raise(&OVERFLOW_ERROR, alloc::format!("cannot fit '{}' into an index-sized integer", type_name(x)));
    match crate::int::as_int(crate::int::index_value(x)?) {
        Some(crate::int::Int::Small(n)) if n < 0 => Err(raise(&VALUE_ERROR, "negative count")),
        Some(crate::int::Int::Small(n)) if n <= isize::MAX as i64 => Ok(n as usize),
        _ => Err(too_large()),
    }
}

/// What iterable `x` yields, ints in range(0, 256), as bytes; `out_of_range` is the
/// ValueError's message (CPython's words differ between its callers).
pub fn byte_values(x: Value, out_of_range: &str) -> R<Vec<u8>> {
    let mut out = Vec::new();
    crate::iter::for_each(x, |v| {
        let n = index_of(v, "byte")?;
        if !(0..256).contains(&n) {
            return Err(raise(&VALUE_ERROR, out_of_range));
        }
        crate::reserve::push(&mut out, n as u8)
    })?;
    Ok(out)
}

pub fn bytes_new(args: &[Value], kw: &Kw) -> R {
    if let Some(n) = zeros_count(args, kw) {
        return zeroed(&BYTES_TYPE, n);
    }
    let b = source_bytes(args, kw)?;
    new_bytes(&b)
}

pub fn bytearray_new(args: &[Value], kw: &Kw) -> R {
    if let Some(n) = zeros_count(args, kw) {
        return zeroed(&BYTEARRAY_TYPE, n);
    }
    let b = source_bytes(args, kw)?;
    alloc_bytes(&BYTEARRAY_TYPE, &b)
}

/// `bytearray(n)` (or `bytes(n)`) of a small int `n` ≥ 0: the count, for [`zeroed`].
fn zeros_count(args: &[Value], kw: &Kw) -> Option<usize> {
    match *args {
        [_, n] if kw.names.is_empty() && is_small(n) && small_value(n) >= 0 => Some(small_value(n) as usize),
        _ => None,
    }
}

/// `n` zero bytes made in place: a buffer the size of the object, not twice (a frame buffer
/// takes most of a board's heap).
fn zeroed(ty: &'static TypeObj, n: usize) -> R {
    // (The collector's runs come zeroed.)
    let buf = crate::gc::alloc_raw(n.max(1), crate::gc::LEAF);
    if buf.is_null() {
        return Err(memory_error());
    }
    alloc(BytesObj { header: Header::of(ty), len: n, cap: n.max(1), data: buf })
}

/// `b[key]`.
pub fn getitem(v: Value, key: Value) -> R {
    let b = bytes_of(v).unwrap_or(&[]);
    if let Some(s) = crate::list::as_slice(key) {
        let (start, step, count) = slice_indices(s, b.len())?;
        if step == 1 {
            let start = start as usize;
            return alloc_bytes(builtin_type(v), &b[start..start + count]);
        }
        let picked = crate::reserve::collected((0..count).map(|k| b[(start + k as isize * step) as usize]))?;
        return alloc_bytes(builtin_type(v), &picked);
    }
    if kind_of(v) == Kind::ByteArray {
        let i = normalize_index(key, b.len(), "bytearray")?;
        return Ok(small(b[i] as isize));
    }
    // bytes says only "index out of range", as CPython does.
    let n = crate::list::subscript_int(key, "byte")?;
    let m = if n < 0 { n + b.len() as isize } else { n };
    if m < 0 || m >= b.len() as isize {
        return Err(raise(&INDEX_ERROR, "index out of range"));
    }
    Ok(small(b[m as usize] as isize))
}

/// Makes bytearray `v` hold `data`.
pub fn set_contents(v: Value, data: &[u8]) -> R<()> {
    let o: &mut BytesObj = unsafe { body(v) };
    if data.len() > o.cap {
        let buf = crate::gc::alloc_raw(data.len(), crate::gc::LEAF);
        if buf.is_null() {
            return Err(memory_error());
        }
        let o: &mut BytesObj = unsafe { body(v) };
        o.data = buf;
        o.cap = data.len();
    }
    let o: &mut BytesObj = unsafe { body(v) };
    unsafe { core::ptr::copy(data.as_ptr(), o.data, data.len()) };
    o.len = data.len();
    Ok(())
}

/// The bytes an assignment to a bytearray's slice puts there: a bytes-like object, or an
/// iterable of ints in range(0, 256).
fn assigned_bytes(x: Value) -> R<Vec<u8>> {
    if let Some(b) = bytes_of(x) {
        return crate::reserve::copied(b);
    }
    if crate::int::as_int(x).is_some() || crate::str::as_str(x).is_some() {
        return Err(raise(&TYPE_ERROR, "can assign only bytes, buffers, or iterables of ints in range(0, 256)"));
    }
    byte_values(x, "byte must be in range(0, 256)")
}

/// `ba[i:j:k] = x` (`x` None: `del ba[i:j:k]`).
fn set_slice(v: Value, s: &crate::list::SliceObj, x: Option<Value>) -> R<()> {
    // What may run Python code first (iterating `x`, the slice's `__index__`), which may
    // change the bytearray: then its bytes as they are.
    let new = match x {
        Some(x) => Some(assigned_bytes(x)?),
        None => None,
    };
    let (start, step, count) = crate::list::slice_now(s, || bytes_of(v).map_or(0, <[u8]>::len))?;
    let mut cur = crate::reserve::copied(bytes_of(v).unwrap_or(&[]))?;
    let at = |k: usize| (start + k as isize * step) as usize;
    if step == 1 {
        let start = start as usize;
        let new = new.unwrap_or_default();
        cur.try_reserve(new.len().saturating_sub(count)).map_err(|_| memory_error())?;
        cur.splice(start..start + count, new);
    } else if let Some(new) = new {
        if new.len() != count {
            return Err(raise(
                &VALUE_ERROR,
                alloc::format!("attempt to assign bytes of size {} to extended slice of size {count}", new.len()),
            ));
        }
        for (k, b) in new.into_iter().enumerate() {
            cur[at(k)] = b;
        }
    } else {
        // The positions a step apart from the slice's lowest one, `count` of them.
        let (low, step) = if step > 0 { (start, step) } else { (at(count.saturating_sub(1)) as isize, -step) };
        let gone = |i: usize| {
            let d = i as isize - low;
            d >= 0 && d % step == 0 && ((d / step) as usize) < count
        };
        let mut i = 0;
        cur.retain(|_| {
            i += 1;
            !gone(i - 1)
        });
    }
    set_contents(v, &cur)
}

/// `del ba[key]`.
pub fn delitem(v: Value, key: Value) -> R<()> {
    if let Some(s) = crate::list::as_slice(key) {
        return set_slice(v, s, None);
    }
    let i = crate::list::index_now(key, || bytes_of(v).map_or(0, <[u8]>::len), "bytearray")?;
    let mut cur = crate::reserve::copied(bytes_of(v).unwrap_or(&[]))?;
    cur.remove(i);
    set_contents(v, &cur)
}

pub fn setitem(v: Value, key: Value, x: Value) -> R<()> {
    if let Some(s) = crate::list::as_slice(key) {
        return set_slice(v, s, Some(x));
    }
    let i = crate::list::index_now(key, || bytes_of(v).map_or(0, <[u8]>::len), "bytearray")?;
    let n = index_of(x, "byte")?;
    if !(0..256).contains(&n) {
        return Err(raise(&VALUE_ERROR, "byte must be in range(0, 256)"));
    }
    let o: &mut BytesObj = unsafe { body(v) };
    // (The byte's `__index__` may have shrunk the bytearray.)
    if i >= o.len {
        return Err(raise(&INDEX_ERROR, "bytearray index out of range"));
    }
    unsafe { *o.data.add(i) = n as u8 };
    Ok(())
}

fn push(v: Value, byte: u8) -> R<()> {
    extend_in_place(v, &[byte])
}

/// Appends `data` to bytearray `v` (`ba += x`, `append`), its buffer at least doubling when it
/// grows.
pub fn extend_in_place(v: Value, data: &[u8]) -> R<()> {
    let o: &mut BytesObj = unsafe { body(v) };
    let need = o.len.checked_add(data.len()).ok_or_else(memory_error)?;
    if need > o.cap {
        let cap = need.max(o.cap * 2 + 8);
        let buf = crate::gc::alloc_raw(cap, crate::gc::LEAF);
        if buf.is_null() {
            return Err(memory_error());
        }
        let o: &mut BytesObj = unsafe { body(v) };
        unsafe { core::ptr::copy_nonoverlapping(o.data, buf, o.len) };
        o.data = buf;
        o.cap = cap;
    }
    let o: &mut BytesObj = unsafe { body(v) };
    unsafe { core::ptr::copy_nonoverlapping(data.as_ptr(), o.data.add(o.len), data.len()) };
    o.len = need;
    Ok(())
}

pub fn concat(a: Value, b: Value) -> R {
    let (x, y) = (bytes_of(a).unwrap_or(&[]), bytes_of(b).unwrap_or(&[]));
    let mut all = crate::reserve::vec_with(x.len() + y.len())?;
    all.extend_from_slice(x);
    all.extend_from_slice(y);
    alloc_bytes(builtin_type(a), &all)
}

/// The bytes of `v` (bytes, bytearray or a subclass's) as a bytes literal, `b'…'`, whatever
/// its type: what CPython's messages about a buffer's contents show.
pub fn literal_repr(v: Value) -> R<String> {
    repr(new_bytes(bytes_of(v).unwrap_or(&[]))?)
}

/// `repr(b)`: b'…' with CPython's escapes. Behind the gate of the firmware that makes bytes
/// or bytearrays: every caller has one in hand (`repr` of any value links it only then).
#[inline(never)]
#[cfg_attr(target_os = "none", link_section = ".text.mpyc.gate.mpyc_BYTES_TYPE|mpyc_BYTEARRAY_TYPE/repr")]
pub fn repr(v: Value) -> R<String> {
    let b = bytes_of(v).unwrap_or(&[]);
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') { '"' } else { '\'' };
    // (A bytearray's escapes `'` inside double quotes too: CPython's bytearray repr.)
    let escaped = |c: u8| c as char == quote || (c == b'\'' && kind_of(v) == Kind::ByteArray);
    // Its length first, taken fallibly: nothing below grows the buffer.
    let len = b
        .iter()
        .map(|&c| match c {
            b'\\' | b'\n' | b'\r' | b'\t' => 2,
            c if escaped(c) => 2,
            0x20..=0x7e => 1,
            _ => 4,
        })
        .fold(3usize, usize::saturating_add);
    let mut out = String::new();
    out.try_reserve_exact(len).map_err(|_| memory_error())?;
    out.push('b');
    out.push(quote);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if escaped(c) => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            c => out.push_str(&alloc::format!("\\x{c:02x}")),
        }
    }
    out.push(quote);
    if kind_of(v) == Kind::ByteArray {
        // (A subclass's object shows its class's name, as CPython's do.)
        let name = type_name(v);
        let mut t = String::new();
        t.try_reserve_exact(name.len() + out.len() + 2).map_err(|_| memory_error())?;
        t.push_str(name);
        t.push('(');
        t.push_str(&out);
        t.push(')');
        return Ok(t);
    }
    Ok(out)
}

/// `b.decode(encoding='utf-8', errors='strict')`.
fn decode(a: &[Value], kw: &Kw) -> R {
    kw.only("decode", &["encoding", "errors"])?;
    let text = |i: usize, name: &str, default: &'static str| -> R<&'static str> {
        match a.get(i).copied().or_else(|| kw.get(name)) {
            None => Ok(default),
            Some(v) => crate::str::as_str(v)
                .map(|s| unsafe { core::mem::transmute::<&str, &'static str>(s) })
                .ok_or_else(|| {
                    raise(&TYPE_ERROR, alloc::format!("decode() argument '{name}' must be str, not {}", type_name(v)))
                }),
        }
    };
    let (encoding, errors) = (text(1, "encoding", "utf-8")?, text(2, "errors", "strict")?);
    decode_text(bytes_of(a[0]).unwrap_or(&[]), encoding, errors)
}

/// The name of `encoding` among those mpyc knows (UTF-8, ASCII, Latin-1, UTF-16 and UTF-32, by any of
/// CPython's names for them), or CPython's LookupError.
fn codec(encoding: &str) -> R<&'static str> {
    let enc = encoding.to_ascii_lowercase().replace('_', "-");
    Ok(match enc.as_str() {
        "utf-8" | "utf8" | "u8" | "utf" => "utf-8",
        "ascii" | "us-ascii" | "646" => "ascii",
        "latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" | "8859" | "l1" | "cp819" => "latin-1",
        "utf-16" | "utf16" | "u16" => "utf-16",
        "utf-16-le" | "utf-16le" | "unicodelittleunmarked" => "utf-16-le",
        "utf-16-be" | "utf-16be" | "unicodebigunmarked" => "utf-16-be",
        "utf-32" | "utf32" | "u32" => "utf-32",
        "utf-32-le" | "utf-32le" => "utf-32-le",
        "utf-32-be" | "utf-32be" => "utf-32-be",
        _ => return Err(raise(&LOOKUP_ERROR, alloc::format!("unknown encoding: {encoding}"))),
    })
}

/// `text.encode(encoding, errors)`: UTF-8, or ASCII or Latin-1 with `errors` 'strict'
/// (UnicodeEncodeError, CPython's message), 'ignore', 'replace' (`?`), 'xmlcharrefreplace'
/// (`&#233;`) or 'backslashreplace' (`\xe9`).
pub fn encode_text(text: &str, encoding: &str, errors: &str) -> R<Vec<u8>> {
    let name = codec(encoding)?;
    if let Some(form) = wide(name) {
        return encode_wide(text, form);
    }
    let limit = if name == "ascii" { 0x80 } else { 0x100 };
    if name == "utf-8" || text.bytes().all(|b| b < 0x80) {
        return crate::reserve::copied(text.as_bytes());
    }
    let mut out = crate::reserve::vec_with(text.len())?;
    for (i, c) in text.chars().enumerate() {
        let n = c as u32;
        if n < limit {
            crate::reserve::push(&mut out, n as u8)?;
            continue;
        }
        let escaped = match errors {
            "ignore" => String::new(),
            "replace" => String::from("?"),
            "xmlcharrefreplace" => alloc::format!("&#{n};"),
            "backslashreplace" if n < 0x100 => alloc::format!("\\x{n:02x}"),
            "backslashreplace" if n < 0x10000 => alloc::format!("\\u{n:04x}"),
            "backslashreplace" => alloc::format!("\\U{n:08x}"),
            "strict" => {
                // (CPython names the run of characters that cannot be encoded, or the one.)
                let run = text.chars().skip(i).take_while(|&c| c as u32 >= limit).count();
                let reason = alloc::format!("ordinal not in range({limit})");
                return Err(crate::exc::raise_unicode(false, name, crate::str::from_str(text), i, i + run, n, &reason));
            }
            _ => return Err(raise(&LOOKUP_ERROR, alloc::format!("unknown error handler name '{errors}'"))),
        };
        crate::reserve::extend(&mut out, escaped.as_bytes())?;
    }
    Ok(out)
}

/// `data` decoded as `encoding` (UTF-8, ASCII or Latin-1, by any of CPython's names for
/// them), with `errors` 'strict' (UnicodeDecodeError, CPython's message), 'ignore' or
/// 'replace' (U+FFFD for each maximal invalid part).
pub fn decode_text(data: &[u8], encoding: &str, errors: &str) -> R {
    let name = codec(encoding)?;
    if let Some(form) = wide(name) {
        return decode_wide(data, form, errors);
    }
    // (An unknown handler is an error only when there is something to handle, as in CPython.)
    // (Bytes `at..end` are what cannot be decoded.)
    let bad = |at: usize, end: usize, why: &str| {
        if errors != "strict" {
            return raise(&LOOKUP_ERROR, alloc::format!("unknown error handler name '{errors}'"));
        }
        crate::exc::raise_unicode(true, name, new_bytes(data), at, end, data[at] as u32, why)
    };
    // Valid text is the str at once; else no more than three bytes of text for each byte (a
    // U+FFFD for each), taken fallibly before it is written.
    if name != "latin-1" {
        if let Ok(t) = core::str::from_utf8(data) {
            if name == "utf-8" || t.is_ascii() {
                return crate::str::from_str(t);
            }
        }
    }
    let mut out = String::new();
    out.try_reserve_exact(data.len().saturating_mul(3)).map_err(|_| memory_error())?;
    match name {
        "latin-1" => out.extend(data.iter().map(|&b| b as char)),
        "ascii" => {
            for (i, &b) in data.iter().enumerate() {
                match (b < 0x80, errors) {
                    (true, _) => out.push(b as char),
                    (false, "replace") => out.push('\u{fffd}'),
                    (false, "ignore") => {}
                    (false, _) => return Err(bad(i, i + 1, "ordinal not in range(128)")),
                }
            }
        }
        _ => {
            let mut rest = data;
            loop {
                match core::str::from_utf8(rest) {
                    Ok(t) => {
                        out.push_str(t);
                        break;
                    }
                    Err(e) => {
                        let good = e.valid_up_to();
                        out.push_str(unsafe { core::str::from_utf8_unchecked(&rest[..good]) });
                        let at = data.len() - rest.len() + good;
                        if !matches!(errors, "ignore" | "replace") {
                            let why = match (e.error_len(), rest[good]) {
                                (None, _) => "unexpected end of data",
                                (_, 0x80..=0xbf | 0xc0 | 0xc1 | 0xf5..) => "invalid start byte",
                                _ => "invalid continuation byte",
                            };
                            return Err(bad(at, at + e.error_len().unwrap_or(rest.len() - good), why));
                        }
                        if errors == "replace" {
                            out.push('\u{fffd}');
                        }
                        rest = &rest[good + e.error_len().unwrap_or(rest.len() - good)..];
                    }
                }
            }
        }
    }
    crate::str::from_string(out)
}

/// A UTF-16 or UTF-32 codec: the bytes of a code unit, big-endian or not, and whether a
/// byte order mark comes first (the names without `-le` or `-be`: written little-endian,
/// as CPython's on a little-endian machine, and read as the mark says).
#[derive(Clone, Copy)]
struct Wide {
    unit: usize,
    big: bool,
    mark: bool,
}

fn wide(name: &str) -> Option<Wide> {
    let (unit, big, mark) = match name {
        "utf-16" => (2, false, true),
        "utf-16-le" => (2, false, false),
        "utf-16-be" => (2, true, false),
        "utf-32" => (4, false, true),
        "utf-32-le" => (4, false, false),
        "utf-32-be" => (4, true, false),
        _ => return None,
    };
    Some(Wide { unit, big, mark })
}

/// `text` in UTF-16 or UTF-32 (`form`): surrogate pairs for the characters past the BMP in
/// UTF-16. (A str holds no lone surrogate: nothing fails.)
#[inline(never)]
fn encode_wide(text: &str, form: Wide) -> R<Vec<u8>> {
    let units = if form.unit == 2 { text.chars().map(char::len_utf16).sum() } else { text.chars().count() };
    let mut out = crate::reserve::vec_with((units + usize::from(form.mark)) * form.unit)?;
    let mut put = |u: u32| {
        let b = if form.big { u.to_be_bytes() } else { u.to_le_bytes() };
        match (form.unit, form.big) {
            (2, true) => out.extend_from_slice(&b[2..]),
            (2, false) => out.extend_from_slice(&b[..2]),
            _ => out.extend_from_slice(&b),
        }
    };
    if form.mark {
        put(0xfeff);
    }
    for c in text.chars() {
        if form.unit == 2 {
            let mut pair = [0u16; 2];
            for &u in c.encode_utf16(&mut pair).iter() {
                put(u32::from(u));
            }
        } else {
            put(c as u32);
        }
    }
    Ok(out)
}

/// `data` decoded as UTF-16 or UTF-32 (`form`), after the byte order mark if the codec reads
/// one; `errors` 'strict' (UnicodeDecodeError with CPython's reasons and byte ranges, the
/// codec named by its byte order), 'replace' (U+FFFD for each range) or 'ignore'.
#[inline(never)]
fn decode_wide(data: &[u8], form: Wide, errors: &str) -> R {
    let (unit, mut big) = (form.unit, form.big);
    let mut at = 0;
    if form.mark {
        let le: &[u8] = if unit == 2 { &[0xff, 0xfe] } else { &[0xff, 0xfe, 0, 0] };
        let be: &[u8] = if unit == 2 { &[0xfe, 0xff] } else { &[0, 0, 0xfe, 0xff] };
        if data.starts_with(le) {
            at = unit;
        } else if data.starts_with(be) {
            (at, big) = (unit, true);
        }
    }
    let name = match (unit, big) {
        (2, false) => "utf-16-le",
        (2, true) => "utf-16-be",
        (_, false) => "utf-32-le",
        _ => "utf-32-be",
    };
    let read = |i: usize| -> u32 {
        let mut w = [0u8; 4];
        w[..unit].copy_from_slice(&data[i..i + unit]);
        match (unit, big) {
            (2, true) => u32::from(u16::from_be_bytes([w[0], w[1]])),
            (2, false) => u32::from(u16::from_le_bytes([w[0], w[1]])),
            (_, true) => u32::from_be_bytes(w),
            _ => u32::from_le_bytes(w),
        }
    };
    let mut out = String::new();
    // At most three bytes of text for each two of data (a U+FFFD for a lone byte too).
    out.try_reserve_exact(data.len().saturating_mul(2).saturating_add(3)).map_err(|_| memory_error())?;
    // Bytes `from..to` cannot be decoded: an error, or what the handler puts for them.
    let bad = |out: &mut String, from: usize, to: usize, why: &str| -> R<()> {
        match errors {
            "strict" => Err(crate::exc::raise_unicode(true, name, new_bytes(data), from, to, data[from] as u32, why)),
            "replace" => {
                out.push('\u{fffd}');
                Ok(())
            }
            "ignore" => Ok(()),
            _ => Err(raise(
                &LOOKUP_ERROR,
                alloc::format!(
                    "decoding with '{name}' codec failed (LookupError: unknown error handler name '{errors}')"
                ),
            )),
        }
    };
    let end = data.len();
    while at < end {
        if end - at < unit {
            bad(&mut out, at, end, "truncated data")?;
            break;
        }
        let u = read(at);
        if unit == 4 {
            match char::from_u32(u) {
                Some(c) => out.push(c),
                None if u < 0x110000 => {
                    bad(&mut out, at, at + 4, "code point in surrogate code point range(0xd800, 0xe000)")?
                }
                None => bad(&mut out, at, at + 4, "code point not in range(0x110000)")?,
            }
            at += 4;
            continue;
        }
        match u {
            0xd800..=0xdbff => {
                if end - at < 4 {
                    bad(&mut out, at, end, "unexpected end of data")?;
                    break;
                }
                let low = read(at + 2);
                if (0xdc00..=0xdfff).contains(&low) {
                    out.push(char::from_u32(0x10000 + ((u - 0xd800) << 10) + (low - 0xdc00)).unwrap_or('\u{fffd}'));
                    at += 4;
                } else {
                    bad(&mut out, at, at + 2, "illegal UTF-16 surrogate")?;
                    at += 2;
                }
            }
            0xdc00..=0xdfff => {
                bad(&mut out, at, at + 2, "illegal encoding")?;
                at += 2;
            }
            _ => {
                out.push(char::from_u32(u).unwrap_or('\u{fffd}'));
                at += 2;
            }
        }
    }
    crate::str::from_string(out)
}

/// `hex(sep=None, bytes_per_sep=1)`: two digits a byte, `sep` between groups of
/// `bytes_per_sep` bytes counted from the right (from the left when negative), as CPython's.
pub fn hex(a: &[Value], kw: &Kw) -> R {
    let named;
    let a = if kw.is_empty() {
        a
    } else {
        named = kw.positional("hex", a, &["", "sep", "bytes_per_sep"], 0)?;
        &named[..]
    };
    let data = bytes_of(a[0]).unwrap_or(&[]);
    crate::reserve::room_for_text(data.len().saturating_mul(3))?;
    let sep = match a.get(1).copied().filter(|&v| v != NONE) {
        None => None,
        Some(v) => {
            let (one, c) = match (crate::str::as_str(v), bytes_of(v)) {
                (Some(t), _) => (t.chars().count() == 1, t.chars().next().unwrap_or(' ')),
                (None, Some(b)) => (b.len() == 1, b.first().map_or(' ', |&x| x as char)),
                (None, None) => {
                    return Err(raise(&TYPE_ERROR, alloc::format!("object of type '{}' has no len()", type_name(v))))
                }
            };
            if !one {
                return Err(raise(&VALUE_ERROR, "sep must be length 1."));
            }
            if !c.is_ascii() {
                return Err(raise(&VALUE_ERROR, "sep must be ASCII."));
            }
            Some(c)
        }
    };
    let per = a.get(2).map_or(Ok(1), |&v| index_of(v, "bytes_per_sep"))?;
    let group = per.unsigned_abs().max(1);
    let mut out = String::new();
    out.try_reserve_exact(data.len().saturating_mul(3)).map_err(|_| memory_error())?;
    for (i, b) in data.iter().enumerate() {
        if let Some(c) = sep.filter(|_| i > 0 && per != 0) {
            // Counted from the right: a separator where the bytes left make whole groups.
            let boundary = if per > 0 { (data.len() - i) % group == 0 } else { i % group == 0 };
            if boundary {
                out.push(c);
            }
        }
        const HEX: &[u8; 16] = b"0123456789abcdef";
        out.push(char::from(HEX[usize::from(b >> 4)]));
        out.push(char::from(HEX[usize::from(b & 15)]));
    }
    crate::str::from_str(&out)
}

/// `v` (bytes or a bytearray) as a str of the same code points (Latin-1).
fn latin1(v: Value) -> R {
    latin1_of(bytes_of(v).unwrap_or(&[]))
}

fn latin1_of(b: &[u8]) -> R {
    // Two bytes of UTF-8 for each byte past ASCII; made straight into the str.
    let len = b.len() + b.iter().filter(|&&c| c >= 0x80).count();
    crate::str::build(len, |out| {
        let mut at = 0;
        for &c in b {
            at += char::from(c).encode_utf8(&mut out[at..]).len();
        }
    })
}

/// The bytes of a bytes-like object other than bytes and bytearray (an array, a memoryview,
/// an object with `__buffer__`), as Latin-1 text; None for anything else.
fn buffer_latin1(x: Value) -> R<Option<Value>> {
    match crate::memoryview::bytes_like(x)? {
        Some(b) => latin1_of(&b).map(Some),
        None => Ok(None),
    }
}

/// A str of code points below 256 back as bytes (or a bytearray, as `like` is).
fn from_latin1(v: Value, like: Value) -> R {
    let text = crate::str::as_str(v).unwrap_or("");
    let mut data = crate::reserve::vec_with(text.len())?;
    data.extend(text.chars().map(|c| c as u32 as u8));
    alloc_bytes(builtin_type(like), &data)
}

/// An argument of a bytes method that takes bytes: as Latin-1 text (a tuple of them, or for
/// `join` an iterable of them, item by item). A str is a TypeError, as in CPython.
fn bridge_arg(x: Value, items: bool) -> R {
    if bytes_of(x).is_some() {
        return latin1(x);
    }
    if crate::str::as_str(x).is_some() {
        return Err(raise(&TYPE_ERROR, "a bytes-like object is required, not 'str'"));
    }
    let many = items || (is_ptr(x) && kind_of(x) == Kind::Tuple);
    if !many {
        if let Some(t) = buffer_latin1(x)? {
            return Ok(t);
        }
    }
    if many {
        let out = crate::list::new_list(&[])?;
        let mut err = None;
        crate::iter::for_each(x, |item| {
            let text = match bytes_of(item) {
                Some(_) => Some(latin1(item)?),
                None => buffer_latin1(item)?,
            };
            match text {
                Some(t) => crate::list::push(out, t)?,
                None => {
                    err = Some(raise(
                        &TYPE_ERROR,
                        alloc::format!("sequence item: expected a bytes-like object, {} found", type_of(item).name),
                    ))
                }
            }
            Ok(())
        })?;
        if let Some(e) = err {
            return Err(e);
        }
        return if items { Ok(out) } else { crate::list::to_tuple(out) };
    }
    Ok(x)
}

/// A bytes (or bytearray) method that is the str method of the same name on the Latin-1
/// text of its bytes and arguments: `split strip replace find startswith join upper …`, the
/// results turned back into bytes of the object's type (lists and tuples of them too).
#[inline(never)]
fn bridge(name: &str, a: &[Value], kw: &Kw) -> R {
    let Some(m) = crate::object::STR_TYPE.methods.iter().find(|m| m.name == name) else {
        return Err(raise(&ATTRIBUTE_ERROR, name));
    };
    // The arguments in a list, where the collector sees them.
    let args = crate::list::new_list(&[])?;
    // (`find count index rfind rindex` also take a byte's value for the part to look for.)
    let by_value = matches!(name, "find" | "count" | "index" | "rfind" | "rindex");
    for (i, &x) in a.iter().enumerate() {
        let v = if i == 0 {
            latin1(x)?
        } else if i == 1 && by_value && crate::int::as_int(x).is_some() {
            let n = index_of(x, "byte")?;
            if !(0..256).contains(&n) {
                return Err(raise(&VALUE_ERROR, "byte must be in range(0, 256)"));
            }
            crate::str::from_str(&String::from(char::from(n as u8)))?
        } else {
            bridge_arg(x, name == "join" && i == 1)?
        };
        crate::list::push(args, v)?;
    }
    // The text is Latin-1 only in form: case and classes stay ASCII's, as for bytes.
    let r = match crate::str::with_ascii_case(|| m.call(crate::list::list_items(args), kw)) {
        // (bytes' own word for what `index` did not find.)
        Err(_) if matches!(name, "index" | "rindex") && pending_is(&VALUE_ERROR) => {
            take_pending();
            return Err(raise(&VALUE_ERROR, "subsection not found"));
        }
        r => r?,
    };
    core::hint::black_box(args);
    let back = |v: Value| if crate::str::as_str(v).is_some() { from_latin1(v, a[0]) } else { Ok(v) };
    if is_ptr(r) && matches!(kind_of(r), Kind::List | Kind::Tuple) {
        let out = crate::list::new_list(&[])?;
        for &v in crate::list::seq_items(r).unwrap_or(&[]) {
            crate::list::push(out, back(v)?)?;
        }
        return if kind_of(r) == Kind::Tuple { crate::list::to_tuple(out) } else { Ok(out) };
    }
    // bytes (not a subclass's, nor a bytearray) with nothing to strip are themselves, as
    // CPython's.
    let same = matches!(name, "strip" | "lstrip" | "rstrip")
        && core::ptr::eq(type_of(a[0]), &BYTES_TYPE)
        && crate::str::as_str(r).map(|t| t.chars().count()) == bytes_of(a[0]).map(<[u8]>::len);
    if same {
        return Ok(a[0]);
    }
    back(r)
}

/// `b % args`: `%` formatting on the Latin-1 text.
/// Behind the gate of the programs with a `%` (the key `mod`).
#[inline(never)]
#[cfg_attr(target_os = "none", link_section = ".text.mpyc.gate.mod/bytes_percent")]
pub fn percent(b: Value, args: Value) -> R {
    let text = crate::str::Text::of_chars(bytes_of(b).unwrap_or(&[]).iter().map(|&c| c as char))?;
    let r = crate::format::percent_in(text.as_str(), args, true)?;
    from_latin1(r, b)
}

/// `bytes.fromhex(text)`: pairs of hex digits, with whitespace allowed before each pair (not
/// inside one), as CPython's; the error names the first character that does not fit (counted in
/// characters).
fn fromhex(a: &[Value]) -> R {
    let text = a.iter().rev().find_map(|&v| crate::str::as_str(v)).unwrap_or("");
    let mut out = crate::reserve::vec_with(text.len() / 2)?;
    let mut chars = text.chars().enumerate().peekable();
    let bad =
        |i: usize| raise(&VALUE_ERROR, alloc::format!("non-hexadecimal number found in fromhex() arg at position {i}"));
    loop {
        while chars.next_if(|(_, c)| c.is_ascii_whitespace()).is_some() {}
        let Some((i, c)) = chars.next() else { break };
        let hi = c.to_digit(16).ok_or_else(|| bad(i))?;
        let lo = match chars.next() {
            Some((j, d)) => d.to_digit(16).ok_or_else(|| bad(j))?,
            None => return Err(bad(i + 1)),
        };
        out.push((hi * 16 + lo) as u8);
    }
    new_bytes(&out)
}

/// A method table: `extra` entries, then the str methods bytes and bytearray have too (with
/// the argument counts CPython's take).
macro_rules! bytes_methods {
    ($($extra:expr),* $(,)?) => {
        bytes_methods!(@ [$($extra),*]
            ("capitalize" 0 0) ("center" 1 2) ("count" 1 3) ("endswith" 1 3) ("find" 1 3)
            ("expandtabs" 0 1) ("index" 1 3) ("isalnum" 0 0) ("isalpha" 0 0) ("isascii" 0 0)
            ("isdigit" 0 0) ("islower" 0 0) ("isspace" 0 0) ("istitle" 0 0) ("isupper" 0 0)
            ("ljust" 1 2) ("lower" 0 0) ("lstrip" 0 1) ("removeprefix" 1 1)
            ("removesuffix" 1 1)
            ("partition" 1 1) ("replace" 2 3) ("rfind" 1 3) ("rindex" 1 3) ("rjust" 1 2)
            ("rpartition" 1 1) ("rsplit" 0 2) ("rstrip" 0 1) ("split" 0 2) ("splitlines" 0 1)
            ("startswith" 1 3) ("strip" 0 1) ("swapcase" 0 0) ("title" 0 0) ("upper" 0 0)
            ("zfill" 1 1))
    };
    (@ [$($extra:expr),*] $(($name:literal $min:literal $max:literal))*) => {
        crate::methods![$($extra,)* $(NativeObj::method($name, $min, $max, |a, kw| bridge($name, a, kw)).keywords()),*]
    };
}

/// `bytes.maketrans(from, to)`: the 256-byte table `translate` takes, each byte of `from`
/// mapped to the byte of `to` at its place. (A static method: `a[0]` is what it was reached
/// through.)
fn maketrans(a: &[Value]) -> R {
    let [_, from, to] = a else {
        return Err(raise(
            &TYPE_ERROR,
            alloc::format!("maketrans expected 2 arguments, got {}", a.len().saturating_sub(1)),
        ));
    };
    let (from, to) = (bytes_arg(*from)?, bytes_arg(*to)?);
    if from.len() != to.len() {
        return Err(raise(&VALUE_ERROR, "maketrans arguments must have same length"));
    }
    let mut table: [u8; 256] = core::array::from_fn(|i| i as u8);
    for (&f, &t) in from.iter().zip(to.iter()) {
        table[f as usize] = t;
    }
    new_bytes(&table)
}

/// `b.translate(table, /, delete=b'')`: each byte through `table` (256 bytes, or None for
/// none), the bytes of `delete` left out.
fn translate(a: &[Value], kw: &Kw) -> R {
    kw.only("translate", &["delete"])?;
    let table = match a.get(1).copied() {
        None => return Err(raise(&TYPE_ERROR, "translate() takes at least 1 argument (0 given)")),
        Some(NONE) => None,
        Some(t) => Some(bytes_arg(t)?),
    };
    if table.as_ref().is_some_and(|t| t.len() != 256) {
        return Err(raise(&VALUE_ERROR, "translation table must be 256 characters long"));
    }
    let delete = match a.get(2).copied().or_else(|| kw.get("delete")) {
        Some(d) => bytes_arg(d)?,
        None => Vec::new(),
    };
    let data = bytes_of(a[0]).unwrap_or(&[]);
    let mut out = crate::reserve::vec_with(data.len())?;
    for &b in data.iter().filter(|b| !delete.contains(b)) {
        out.push(table.as_ref().map_or(b, |t| t[b as usize]));
    }
    // (bytes, not a subclass's, stay themselves where nothing changed, as CPython's.)
    if core::ptr::eq(type_of(a[0]), &BYTES_TYPE) && out.as_slice() == data {
        return Ok(a[0]);
    }
    alloc_bytes(builtin_type(a[0]), &out)
}

/// The bytes of a bytes-like argument (bytes, bytearray, memoryview, array): TypeError for
/// anything else, as CPython's.
fn bytes_arg(x: Value) -> R<Vec<u8>> {
    if let Some(b) = bytes_of(x) {
        return crate::reserve::copied(b);
    }
    match crate::memoryview::bytes_like(x)? {
        Some(b) => Ok(b),
        None => Err(raise(&TYPE_ERROR, alloc::format!("a bytes-like object is required, not '{}'", type_name(x)))),
    }
}

/// `sep.join(iterable)` of bytes-like pieces: the result made once at its size (the pieces'
/// bytes copied, not turned into text and back).
fn join(a: &[Value]) -> R {
    let [sep, iterable] = a else {
        return Err(raise(&TYPE_ERROR, alloc::format!("join() takes exactly one argument ({} given)", a.len())));
    };
    // (A list of its own: what the pieces' code may do does not reach it.)
    let pieces = crate::list::to_list(*iterable)?;
    // Each piece that is not bytes made bytes first (a class's `__buffer__` runs here): from
    // then on no code of the program runs, and every length stays as measured.
    for i in 0..crate::list::list_items(pieces).len() {
        let p = crate::list::list_items(pieces)[i];
        if bytes_of(p).is_some() {
            continue;
        }
        let Some(b) = crate::memoryview::bytes_like(p)? else {
            let msg = alloc::format!("sequence item {i}: expected a bytes-like object, {} found", type_name(p));
            return Err(raise(&TYPE_ERROR, msg));
        };
        let made = new_bytes(&b)?;
        if let Some(slot) = crate::list::list_items(pieces).get_mut(i) {
            *slot = made;
        }
    }
    let items = crate::list::list_items(pieces);
    let sep_len = bytes_of(*sep).map_or(0, <[u8]>::len);
    let total = sep_len * items.len().saturating_sub(1)
        + items.iter().map(|&p| bytes_of(p).map_or(0, <[u8]>::len)).sum::<usize>();
    let ty = builtin_type(*sep);
    let out = zeroed(ty, total)?;
    let o: &BytesObj = unsafe { body(out) };
    let mut at = 0;
    for (i, &p) in crate::list::list_items(pieces).iter().enumerate() {
        for part in [if i > 0 { bytes_of(*sep) } else { None }, bytes_of(p)].into_iter().flatten() {
            // (Bounded all the same: the lengths were measured just above.)
            let n = part.len().min(total - at);
            unsafe { core::ptr::copy_nonoverlapping(part.as_ptr(), o.data.add(at), n) };
            at += n;
        }
    }
    core::hint::black_box(pieces);
    Ok(out)
}

pub static BYTES_METHODS: &[NativeObj] = bytes_methods![
    NativeObj::method("join", 1, 1, |a, _| join(a)),
    NativeObj::method("decode", 0, 2, decode).keywords(),
    NativeObj::method("hex", 0, 2, hex).keywords(),
    NativeObj::new("fromhex", |a, _| fromhex(a)),
    NativeObj::new("maketrans", |a, _| maketrans(a)),
    NativeObj::method("translate", 1, 2, translate).keywords(),
];

pub static BYTEARRAY_METHODS: &[NativeObj] = bytes_methods![
    NativeObj::method("join", 1, 1, |a, _| join(a)),
    NativeObj::new("maketrans", |a, _| maketrans(a)),
    NativeObj::method("translate", 1, 2, translate).keywords(),
    NativeObj::new("fromhex", |a, _| fromhex(a).and_then(|b| alloc_bytes(&BYTEARRAY_TYPE, bytes_of(b).unwrap_or(&[])))),
    NativeObj::method("append", 1, 1, |a, _| {
        let n = index_of(*a.get(1).unwrap_or(&NONE), "byte")?;
        if !(0..256).contains(&n) {
            return Err(raise(&VALUE_ERROR, "byte must be in range(0, 256)"));
        }
        push(a[0], n as u8).map(|_| NONE)
    }),
    NativeObj::method("decode", 0, 2, decode).keywords(),
    NativeObj::method("hex", 0, 2, hex).keywords(),
    NativeObj::method("extend", 1, 1, |a, _| {
        let x = *a.get(1).unwrap_or(&NONE);
        // A buffer or an iterable of ints, not `bytearray(x)`'s arguments: an int is no count of
        // zero bytes here, and a str's characters are no ints (not a call for an encoding).
        if crate::iter::lacks_iter(x) {
            return Err(raise(&TYPE_ERROR, alloc::format!("can't extend bytearray with {}", type_name(x))));
        }
        let b = match crate::memoryview::bytes_like(x)? {
            Some(b) => b,
            None => byte_values(x, "byte must be in range(0, 256)")?,
        };
        for x in b {
            push(a[0], x)?;
        }
        Ok(NONE)
    }),
    NativeObj::method("clear", 0, 0, |a, _| {
        unsafe { body::<BytesObj>(a[0]) }.len = 0;
        Ok(NONE)
    }),
    NativeObj::method("copy", 0, 0, |a, _| alloc_bytes(&BYTEARRAY_TYPE, bytes_of(a[0]).unwrap_or(&[]))),
    NativeObj::method("insert", 2, 2, |a, _| {
        // Both arguments first: their `__index__` may change the bytearray.
        let i = crate::int::clamped_index(a[1], "index")?;
        let byte = byte_arg(a[2])?;
        let len = bytes_of(a[0]).map_or(0, |b| b.len());
        let at = if i < 0 { (i + len as isize).max(0) as usize } else { (i as usize).min(len) };
        push(a[0], byte)?;
        let o: &mut BytesObj = unsafe { body(a[0]) };
        let all = unsafe { core::slice::from_raw_parts_mut(o.data, o.len) };
        all[at..].rotate_right(1);
        Ok(NONE)
    }),
    NativeObj::method("pop", 0, 1, |a, _| {
        // The index first: its `__index__` may change the bytearray.
        let i = match a.get(1) {
            Some(&i) if !is_small(i) && crate::int::as_int(i).is_none() && crate::list::has_index(i) => {
                Some(crate::int::index_value(i)?)
            }
            i => i.copied(),
        };
        let len = bytes_of(a[0]).map_or(0, |b| b.len());
        if len == 0 {
            return Err(raise(&INDEX_ERROR, "pop from empty bytearray"));
        }
        let at = match i {
            Some(i) => crate::list::normalize_index(i, len, "pop")?,
            None => len - 1,
        };
        Ok(small(remove_at(a[0], at) as isize))
    }),
    NativeObj::method("remove", 1, 1, |a, _| {
        let byte = byte_arg(a[1])?;
        let Some(at) = bytes_of(a[0]).and_then(|b| b.iter().position(|&x| x == byte)) else {
            return Err(raise(&VALUE_ERROR, "value not found in bytearray"));
        };
        remove_at(a[0], at);
        Ok(NONE)
    }),
    NativeObj::method("reverse", 0, 0, |a, _| {
        let o: &mut BytesObj = unsafe { body(a[0]) };
        unsafe { core::slice::from_raw_parts_mut(o.data, o.len) }.reverse();
        Ok(NONE)
    }),
];

/// Takes the byte at `at` (below the length) out of the bytearray `v`.
fn remove_at(v: Value, at: usize) -> u8 {
    let o: &mut BytesObj = unsafe { body(v) };
    let all = unsafe { core::slice::from_raw_parts_mut(o.data, o.len) };
    let byte = all[at];
    all[at..].rotate_left(1);
    o.len -= 1;
    byte
}

/// A byte given as an int (`bytearray.insert`, `remove`).
fn byte_arg(v: Value) -> R<u8> {
    let n = index_of(v, "byte")?;
    if !(0..256).contains(&n) {
        return Err(raise(&VALUE_ERROR, "byte must be in range(0, 256)"));
    }
    Ok(n as u8)
}
