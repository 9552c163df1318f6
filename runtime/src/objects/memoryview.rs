//! memoryview: a window on the bytes of a bytes or bytearray (format 'B', one dimension), with
//! indexing, slicing that shares the memory, and item assignment when the memory is writable.

use crate::exc::*;
use crate::func::{Kw, NativeObj};
use crate::int::index_of;
use crate::list::{as_slice, slice_indices};
use crate::object::*;
use crate::value::*;
use alloc::vec::Vec;

/// Item `i` of the view is byte `start + i * step` of `base`'s data. The base's data is found
/// through the base on each access, so a bytearray that grows (and moves its buffer) is still
/// seen.
#[repr(C)]
pub struct MemoryViewObj {
    pub header: Header,
    /// The bytes or bytearray.
    pub base: Value,
    pub start: usize,
    pub step: isize,
    pub len: usize,
}

pub fn as_view(v: Value) -> Option<&'static MemoryViewObj> {
    (is_ptr(v) && ptr_kind(v) == Kind::MemoryView).then(|| unsafe { &*(v as *const MemoryViewObj) })
}

fn view(v: Value) -> &'static MemoryViewObj {
    as_view(v).expect("a memoryview")
}

fn new_view(base: Value, start: usize, step: isize, len: usize) -> R {
    alloc(MemoryViewObj { header: Header::of(&MEMORYVIEW_TYPE), base, start, step, len })
}

/// `memoryview(obj)`.
pub fn memoryview_new(args: &[Value], kw: &Kw) -> R {
    kw.only("memoryview", &["object"])?;
    let Some(x) = args.get(1).copied().or_else(|| kw.get("object")) else {
        return Err(raise(&TYPE_ERROR, "memoryview() missing required argument 'object' (pos 1)"));
    };
    if let Some(m) = as_view(x) {
        return new_view(m.base, m.start, m.step, m.len);
    }
    if let Some(b) = buffer_of(x)? {
        return memoryview_new(&[args[0], b], kw);
    }
    match crate::bytes::bytes_of(x) {
        Some(b) => new_view(x, 0, 1, b.len()),
        None => Err(raise(
            &TYPE_ERROR,
            alloc::format!("memoryview: a bytes-like object is required, not '{}'", type_name(x)),
        )),
    }
}

/// The base's bytes, checked to still cover the view (a bytearray may have shrunk since).
fn data(m: &MemoryViewObj) -> R<*mut u8> {
    let o: &crate::bytes::BytesObj = unsafe { body(m.base) };
    let last = if m.len == 0 { 0 } else { m.start as isize + (m.len as isize - 1) * m.step };
    if m.len > 0 && (last < 0 || last as usize >= o.len || m.start >= o.len) {
        return Err(raise(&VALUE_ERROR, "memoryview: the underlying buffer was resized"));
    }
    Ok(o.data)
}

fn at(m: &MemoryViewObj, i: usize) -> usize {
    (m.start as isize + i as isize * m.step) as usize
}

/// The view's bytes, copied.
pub fn to_vec(v: Value) -> R<Vec<u8>> {
    let m = view(v);
    let p = data(m)?;
    Ok((0..m.len).map(|i| unsafe { *p.add(at(m, i)) }).collect())
}

/// The bytes of a bytes-like object (bytes, bytearray, memoryview, or an object of a class
/// that offers its buffer through `__buffer__`, as `framebuf.FrameBuffer` does: PEP 688).
pub fn bytes_like(v: Value) -> R<Option<Vec<u8>>> {
    if as_view(v).is_some() {
        return to_vec(v).map(Some);
    }
    if let Some(b) = crate::bytes::bytes_of(v) {
        return Ok(Some(b.to_vec()));
    }
    match buffer_of(v)? {
        Some(b) => bytes_like(b),
        None => Ok(None),
    }
}

/// Runs `f` on the bytes of a bytes-like object (as [`bytes_like`] takes), without copying
/// them when they lie in one piece; None for an object that is not bytes-like. `f` must not
/// allocate or run Python (the bytes may be a bytearray's, which could move).
pub fn with_bytes<T>(v: Value, f: impl FnOnce(&[u8]) -> R<T>) -> R<Option<T>> {
    if let Some(m) = as_view(v) {
        if m.step != 1 {
            return f(&to_vec(v)?).map(Some);
        }
        let p = data(m)?;
        return f(unsafe { core::slice::from_raw_parts(p.add(m.start), m.len) }).map(Some);
    }
    if let Some(b) = crate::bytes::bytes_of(v) {
        return f(b).map(Some);
    }
    match buffer_of(v)? {
        Some(b) => with_bytes(b, f),
        None => Ok(None),
    }
}

static BUFFER: crate::ops::Name = crate::ops::Name::new("__buffer__");

/// What `v.__buffer__(0)` gives (a memoryview, bytes or bytearray) when `v`'s class defines
/// it.
#[inline(never)]
pub fn buffer_of(v: Value) -> R<Option<Value>> {
    if !is_ptr(v) || !type_of(v).is_class() {
        return Ok(None);
    }
    let Some(f) = crate::ops::special_named(v, &BUFFER) else { return Ok(None) };
    let b = crate::func::call(f, &[v, small(0)], &crate::func::Kw::NONE)?;
    if as_view(b).is_none() && crate::bytes::bytes_of(b).is_none() {
        return Err(raise(&TYPE_ERROR, alloc::format!("__buffer__ returned non-memoryview object '{}'", type_name(b))));
    }
    Ok(Some(b))
}

/// Item `i` (already in range) as an int, or None past the end (for iteration).
#[inline(never)]
pub fn item(v: Value, i: usize) -> R<Option<Value>> {
    let m = view(v);
    if i >= m.len {
        return Ok(None);
    }
    let p = data(m)?;
    Ok(Some(small(unsafe { *p.add(at(m, i)) } as isize)))
}

pub fn len(v: Value) -> usize {
    view(v).len
}

fn index(m: &MemoryViewObj, key: Value) -> R<usize> {
    if crate::int::as_int(key).is_none() {
        return Err(raise(&TYPE_ERROR, "memoryview: invalid slice key"));
    }
    let n = index_of(key, "memoryview")?;
    let i = if n < 0 { n + m.len as isize } else { n };
    if i < 0 || i >= m.len as isize {
        return Err(raise(&INDEX_ERROR, "index out of bounds on dimension 1"));
    }
    Ok(i as usize)
}

/// `mv[key]`: an int, or for a slice a view of the same memory.
#[inline(never)]
pub fn getitem(v: Value, key: Value) -> R {
    let m = view(v);
    if let Some(s) = as_slice(key) {
        let (start, step, count) = slice_indices(s, m.len)?;
        let first = if count == 0 { m.start } else { at(m, start as usize) };
        return new_view(m.base, first, m.step * step, count);
    }
    let i = index(m, key)?;
    Ok(item(v, i)?.expect("in range"))
}

fn writable(m: &MemoryViewObj) -> R<()> {
    if kind_of(m.base) != Kind::ByteArray {
        return Err(raise(&TYPE_ERROR, "cannot modify read-only memory"));
    }
    Ok(())
}

/// `mv[key] = x`: a byte, or for a slice a bytes-like object of the same length.
#[inline(never)]
pub fn setitem(v: Value, key: Value, x: Value) -> R<()> {
    let m = view(v);
    writable(m)?;
    if let Some(s) = as_slice(key) {
        let (start, step, count) = slice_indices(s, m.len)?;
        let Some(src) = bytes_like(x)? else {
            return Err(raise(&TYPE_ERROR, alloc::format!("a bytes-like object is required, not '{}'", type_name(x))));
        };
        if src.len() != count {
            return Err(raise(&VALUE_ERROR, "memoryview assignment: lvalue and rvalue have different structures"));
        }
        let p = data(m)?;
        for (k, &b) in src.iter().enumerate() {
            unsafe { *p.add(at(m, (start + k as isize * step) as usize)) = b };
        }
        return Ok(());
    }
    let i = index(m, key)?;
    let n = match crate::int::as_int(x) {
        Some(crate::int::Int::Small(n)) if (0..256).contains(&n) => n,
        Some(_) => return Err(raise(&VALUE_ERROR, "memoryview: invalid value for format 'B'")),
        None => return Err(raise(&TYPE_ERROR, "memoryview: invalid type for format 'B'")),
    };
    let p = data(m)?;
    unsafe { *p.add(at(m, i)) = n as u8 };
    Ok(())
}

/// `mv == other` for bytes-like `other`: the same bytes. None for anything else.
#[inline(never)]
pub fn equal(a: Value, b: Value) -> R<Option<bool>> {
    match (bytes_like(a)?, bytes_like(b)?) {
        (Some(x), Some(y)) => Ok(Some(x == y)),
        _ => Ok(None),
    }
}

/// `hash(mv)`: the bytes' hash for read-only memory; writable memory is unhashable.
#[inline(never)]
pub fn hash(v: Value) -> R<usize> {
    let m = view(v);
    if kind_of(m.base) == Kind::ByteArray {
        return Err(raise(&VALUE_ERROR, "cannot hash writable memoryview object"));
    }
    let b = crate::bytes::new_bytes(&to_vec(v)?)?;
    crate::ops::hash(b)
}

pub static METHODS: &[NativeObj] = crate::methods![
    NativeObj::method("hex", 0, 2, |a, _| {
        let mut out = alloc::string::String::new();
        for b in to_vec(a[0])? {
            out.push_str(&alloc::format!("{b:02x}"));
        }
        crate::str::from_str(&out)
    }),
    NativeObj::method("tobytes", 0, 1, |a, _| crate::bytes::new_bytes(&to_vec(a[0])?)),
    NativeObj::method("tolist", 0, 0, |a, _| {
        let items: Vec<Value> = to_vec(a[0])?.into_iter().map(|b| small(b as isize)).collect();
        crate::list::new_list(&items)
    }),
];

/// `mv.readonly`, `mv.nbytes`, `mv.obj`.
pub fn attr(v: Value, key: &str) -> Option<R> {
    let m = view(v);
    match key {
        "readonly" => Some(Ok(bool_value(kind_of(m.base) != Kind::ByteArray))),
        "nbytes" => Some(Ok(small(m.len as isize))),
        "obj" => Some(Ok(m.base)),
        _ => None,
    }
}
