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

pub fn new_bytes(b: &[u8]) -> R {
    alloc_bytes(&BYTES_TYPE, b)
}

/// `b * n` for a bytes or bytearray `b`: one of the same type.
pub fn repeat(b: Value, n: isize) -> R {
    let data = bytes_of(b).unwrap_or(&[]);
    let total = data.len().checked_mul(n.max(0) as usize).filter(|&t| t < isize::MAX as usize / 16);
    let mut out = Vec::new();
    out.try_reserve_exact(total.ok_or_else(crate::exc::memory_error)?).map_err(|_| crate::exc::memory_error())?;
    for _ in 0..n.max(0) {
        out.extend_from_slice(data);
    }
    alloc_bytes(type_of(b), &out)
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
    let Some(&x) = args.get(1) else { return Ok(Vec::new()) };
    if let Some(t) = crate::str::as_str(x) {
        if args.len() < 3 && kw.get("encoding").is_none() {
            return Err(raise(&TYPE_ERROR, "string argument without an encoding"));
        }
        return Ok(t.as_bytes().to_vec());
    }
    if let Some(b) = crate::memoryview::bytes_like(x)? {
        return Ok(b);
    }
    if is_small(x) {
        let n = small_value(x);
        if n < 0 {
            return Err(raise(&VALUE_ERROR, "negative count"));
        }
        return Ok(alloc::vec![0; n as usize]);
    }
    let mut out = Vec::new();
    crate::iter::for_each(x, |v| {
        let n = index_of(v, "byte")?;
        if !(0..256).contains(&n) {
            return Err(raise(&VALUE_ERROR, "bytes must be in range(0, 256)"));
        }
        out.push(n as u8);
        Ok(())
    })?;
    Ok(out)
}

pub fn bytes_new(args: &[Value], kw: &Kw) -> R {
    let b = source_bytes(args, kw)?;
    new_bytes(&b)
}

pub fn bytearray_new(args: &[Value], kw: &Kw) -> R {
    let b = source_bytes(args, kw)?;
    alloc_bytes(&BYTEARRAY_TYPE, &b)
}

/// `b[key]`.
pub fn getitem(v: Value, key: Value) -> R {
    let b = bytes_of(v).unwrap_or(&[]);
    if let Some(s) = crate::list::as_slice(key) {
        let (start, step, count) = slice_indices(s, b.len())?;
        let picked: Vec<u8> = (0..count).map(|k| b[(start + k as isize * step) as usize]).collect();
        return alloc_bytes(type_of(v), &picked);
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

pub fn setitem(v: Value, key: Value, x: Value) -> R<()> {
    let o: &mut BytesObj = unsafe { body(v) };
    let i = normalize_index(key, o.len, "bytearray")?;
    let n = index_of(x, "byte")?;
    if !(0..256).contains(&n) {
        return Err(raise(&VALUE_ERROR, "byte must be in range(0, 256)"));
    }
    unsafe { *o.data.add(i) = n as u8 };
    Ok(())
}

fn push(v: Value, byte: u8) -> R<()> {
    let o: &mut BytesObj = unsafe { body(v) };
    if o.len == o.cap {
        let cap = o.cap * 2 + 8;
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
    unsafe { *o.data.add(o.len) = byte };
    o.len += 1;
    Ok(())
}

pub fn concat(a: Value, b: Value) -> R {
    let mut all = bytes_of(a).unwrap_or(&[]).to_vec();
    all.extend_from_slice(bytes_of(b).unwrap_or(&[]));
    alloc_bytes(type_of(a), &all)
}

/// `repr(b)`: b'…' with CPython's escapes.
pub fn repr(v: Value) -> String {
    let b = bytes_of(v).unwrap_or(&[]);
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') { '"' } else { '\'' };
    let mut out = String::from("b");
    out.push(quote);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c as char == quote => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            c => out.push_str(&alloc::format!("\\x{c:02x}")),
        }
    }
    out.push(quote);
    if kind_of(v) == Kind::ByteArray {
        return alloc::format!("bytearray({out})");
    }
    out
}

fn decode(a: &[Value]) -> R {
    match core::str::from_utf8(bytes_of(a[0]).unwrap_or(&[])) {
        Ok(t) => crate::str::from_str(t),
        Err(_) => Err(raise(&UNICODE_ERROR, "'utf-8' codec can't decode bytes")),
    }
}

fn hex(a: &[Value]) -> R {
    let mut out = String::new();
    for b in bytes_of(a[0]).unwrap_or(&[]) {
        out.push_str(&alloc::format!("{b:02x}"));
    }
    crate::str::from_str(&out)
}

pub static BYTES_METHODS: &[NativeObj] =
    &[NativeObj::new("decode", |a, _| decode(a)), NativeObj::new("hex", |a, _| hex(a))];

pub static BYTEARRAY_METHODS: &[NativeObj] = &[
    NativeObj::new("append", |a, _| {
        let n = index_of(*a.get(1).unwrap_or(&NONE), "byte")?;
        if !(0..256).contains(&n) {
            return Err(raise(&VALUE_ERROR, "byte must be in range(0, 256)"));
        }
        push(a[0], n as u8).map(|_| NONE)
    }),
    NativeObj::new("decode", |a, _| decode(a)),
    NativeObj::new("hex", |a, _| hex(a)),
    NativeObj::new("extend", |a, _| {
        let b = source_bytes(&[0, *a.get(1).unwrap_or(&NONE)], &Kw::NONE)?;
        for x in b {
            push(a[0], x)?;
        }
        Ok(NONE)
    }),
];
