//! memoryview: a typed window (format `B b h H i I l L q Q f d`, one dimension) on the bytes
//! of a bytes, bytearray or `array.array`, with indexing, slicing that shares the memory,
//! `cast`, and item assignment when the memory is writable; and the buffer protocol every
//! bytes-like argument goes through (`bytes_like`, `with_bytes`, `writable`). The runtime's
//! dispatchers reach a view's operations through the gate of its type ([`gated`]).
// Conversions to `Float` are casts to the same type on a 64-bit-float build (and from it on
// a 32-bit one).
#![allow(clippy::unnecessary_cast)]

use crate::exc::*;
use crate::func::{Kw, NativeObj};
use crate::int::index_of;
use crate::list::{as_slice, slice_indices};
use crate::object::*;
use crate::value::*;
use alloc::vec::Vec;

/// Item `i` of the view is the `itemsize(format)` bytes at `start + i * step` of `base`'s data.
/// The base's data is found through the base on each access, so a bytearray or array that
/// grows (and moves its buffer) is still seen.
#[repr(C)]
pub struct MemoryViewObj {
    pub header: Header,
    /// The bytes, bytearray or array: each lays out its bytes as a `BytesObj`.
    pub base: Value,
    pub start: usize,
    pub step: isize,
    pub len: usize,
    /// The items' struct format character (`b'B'` for bytes).
    pub format: u8,
    /// After `release()` (or the end of a `with` block): every operation but comparison and
    /// repr is CPython's ValueError.
    pub released: bool,
}

pub fn as_view(v: Value) -> Option<&'static MemoryViewObj> {
    (is_ptr(v) && ptr_kind(v) == Kind::MemoryView).then(|| unsafe { &*(v as *const MemoryViewObj) })
}

fn view(v: Value) -> &'static MemoryViewObj {
    as_view(v).expect("a memoryview")
}

/// The view `v`, unless it was released.
fn open(v: Value) -> R<&'static MemoryViewObj> {
    let m = view(v);
    if m.released {
        return Err(raise(&VALUE_ERROR, "operation forbidden on released memoryview object"));
    }
    Ok(m)
}

/// Whether `v` is a memoryview that was released.
pub fn is_released(v: Value) -> bool {
    as_view(v).is_some_and(|m| m.released)
}

/// The size of an item of format (or array typecode) `code`, as on a 32-bit ARM.
#[inline]
pub const fn itemsize(code: u8) -> Option<usize> {
    match code {
        b'b' | b'B' => Some(1),
        b'h' | b'H' => Some(2),
        b'i' | b'I' | b'l' | b'L' | b'f' => Some(4),
        b'q' | b'Q' | b'd' => Some(8),
        _ => None,
    }
}

#[inline(always)]
fn size(m: &MemoryViewObj) -> usize {
    if m.format == b'B' {
        return 1;
    }
    itemsize(m.format).unwrap_or(1)
}

/// A view of `len` items of format `format` of `base`'s bytes, from `start`, `step` bytes apart.
pub fn new_view(base: Value, start: usize, step: isize, len: usize, format: u8) -> R {
    alloc(MemoryViewObj { header: Header::of(&MEMORYVIEW_TYPE), base, start, step, len, format, released: false })
}

/// The item an `itemsize(code)`-byte little-endian field holds.
pub fn load(code: u8, b: &[u8]) -> R {
    let mut w = [0u8; 8];
    w[..b.len()].copy_from_slice(b);
    let u = u64::from_le_bytes(w);
    let bits = b.len() as u32 * 8;
    let signed = |u: u64| ((u << (64 - bits)) as i64) >> (64 - bits);
    match code {
        b'b' | b'h' | b'i' | b'l' | b'q' => crate::int::from_i64(signed(u)),
        b'f' => crate::float::new_float(f32::from_bits(u as u32) as crate::float::Float),
        b'd' => crate::float::new_float(f64::from_bits(u) as crate::float::Float),
        _ if u <= i64::MAX as u64 => crate::int::from_i64(u as i64),
        _ => crate::int::from_big(crate::bigint::BigInt::from_biguint(false, crate::bigint::BigUint::from(u))),
    }
}

/// An int's value where it fits 64 bits either way; beyond, the sign's extreme (out of every
/// format's range). None for anything but an int.
pub fn int_value(v: Value) -> Option<i128> {
    Some(match crate::int::as_int(v)? {
        crate::int::Int::Small(n) => n as i128,
        crate::int::Int::Big(b) => match (b.negative, b.to_bigint().to_u64()) {
            (false, Some(u)) => u as i128,
            (true, _) => i128::MIN,
            (false, None) => i128::MAX,
        },
    })
}

/// The range of an integer format's items.
pub fn int_range(code: u8) -> (i128, i128) {
    let bits = itemsize(code).unwrap_or(1) as u32 * 8;
    match code {
        b'b' | b'h' | b'i' | b'l' | b'q' => (-(1i128 << (bits - 1)), (1i128 << (bits - 1)) - 1),
        _ => (0, (1i128 << bits) - 1),
    }
}

/// Writes an integer (already in range) or a float as an item of format `code` into `out`.
pub fn store_int(n: i128, out: &mut [u8]) {
    out.copy_from_slice(&(n as u64).to_le_bytes()[..out.len()]);
}

pub fn store_float(code: u8, x: crate::float::Float, out: &mut [u8]) {
    match code {
        b'f' => out.copy_from_slice(&(x as f32).to_bits().to_le_bytes()),
        _ => out.copy_from_slice(&(x as f64).to_bits().to_le_bytes()),
    }
}

/// `memoryview(obj)`.
pub fn memoryview_new(args: &[Value], kw: &Kw) -> R {
    kw.only("memoryview", &["object"])?;
    let Some(x) = args.get(1).copied().or_else(|| kw.get("object")) else {
        return Err(raise(&TYPE_ERROR, "memoryview() missing required argument 'object' (pos 1)"));
    };
    of(x)
}

/// A view of all of `x`: a bytes-like object, or an object of a class with `__buffer__`.
fn of(x: Value) -> R {
    if as_view(x).is_some() {
        let m = open(x)?;
        return new_view(m.base, m.start, m.step, m.len, m.format);
    }
    if let Some((code, n)) = array_of(x) {
        let size = itemsize(code).unwrap_or(1);
        return new_view(x, 0, size as isize, n / size, code);
    }
    if let Some(b) = crate::bytes::bytes_of(x) {
        return new_view(x, 0, 1, b.len(), b'B');
    }
    if let Some(b) = buffer_of(x)? {
        return of(b);
    }
    Err(raise(&TYPE_ERROR, alloc::format!("memoryview: a bytes-like object is required, not '{}'", type_name(x))))
}

/// An `array.array`'s typecode and its size in bytes.
pub fn array_of(v: Value) -> Option<(u8, usize)> {
    if !is_ptr(v) || kind_of(v) != Kind::Array {
        return None;
    }
    let o: &crate::bytes::BytesObj = unsafe { body(v) };
    // (An array is a `BytesObj` followed by its typecode.)
    let code = unsafe { *((v as *const crate::bytes::BytesObj).add(1) as *const u8) };
    Some((code, o.len))
}

/// The bytes of a bytes, bytearray or array, in place.
fn raw<'a>(v: Value) -> Option<&'a mut [u8]> {
    if !is_ptr(v) || !matches!(kind_of(v), Kind::Bytes | Kind::ByteArray | Kind::Array) {
        return None;
    }
    let o: &crate::bytes::BytesObj = unsafe { body(v) };
    Some(unsafe { piece(o.data, o.len) })
}

/// `n` bytes from `p`; an empty slice for none (an empty array has no data pointer at all).
unsafe fn piece<'a>(p: *mut u8, n: usize) -> &'a mut [u8] {
    if n == 0 || p.is_null() {
        return &mut [];
    }
    core::slice::from_raw_parts_mut(p, n)
}

/// The base's bytes, checked to still cover the view (a bytearray may have shrunk since).
fn data(m: &MemoryViewObj) -> R<*mut u8> {
    covered(m).ok_or_else(|| raise(&VALUE_ERROR, "memoryview: the underlying buffer was resized"))
}

/// [`data`], None where it would raise.
fn covered(m: &MemoryViewObj) -> Option<*mut u8> {
    let o: &crate::bytes::BytesObj = unsafe { body(m.base) };
    let last = if m.len == 0 { 0 } else { m.start as isize + (m.len as isize - 1) * m.step };
    if m.len > 0 && (last < 0 || last as usize + size(m) > o.len || m.start >= o.len) {
        return None;
    }
    Some(o.data)
}

fn at(m: &MemoryViewObj, i: usize) -> usize {
    (m.start as isize + i as isize * m.step) as usize
}

fn contiguous(m: &MemoryViewObj) -> bool {
    m.step == size(m) as isize
}

/// The view's bytes, copied.
pub fn to_vec(v: Value) -> R<Vec<u8>> {
    let m = open(v)?;
    let p = data(m)?;
    let size = size(m);
    let mut out = crate::reserve::vec_with(m.len.saturating_mul(size))?;
    for i in 0..m.len {
        out.extend_from_slice(unsafe { piece(p.add(at(m, i)), size) });
    }
    Ok(out)
}

/// The bytes of a bytes-like object (bytes, bytearray, array, memoryview, or an object of a
/// class that offers its buffer through `__buffer__`, as `framebuf.FrameBuffer` does: PEP 688).
pub fn bytes_like(v: Value) -> R<Option<Vec<u8>>> {
    if as_view(v).is_some() {
        return to_vec(v).map(Some);
    }
    if let Some(b) = raw(v) {
        return crate::reserve::copied(b).map(Some);
    }
    match buffer_of(v)? {
        Some(b) => bytes_like(b),
        None => Ok(None),
    }
}

/// A contiguous memoryview's or an array's bytes as a bytes object (what `int()` and `float()`
/// read as text, as CPython reads any simple buffer); None for anything else.
pub fn buffer_bytes(v: Value) -> R<Option<Value>> {
    // (A strided or released view offers no simple buffer: CPython's TypeError, the caller's.)
    match as_view(v) {
        Some(m) if is_released(v) || !contiguous(m) => return Ok(None),
        None if array_of(v).is_none() => return Ok(None),
        _ => {}
    }
    let b = bytes_like(v)?.unwrap_or_default();
    crate::bytes::new_bytes(&b).map(Some)
}

/// Runs `f` on the bytes of a bytes-like object (as [`bytes_like`] takes), without copying
/// them when they lie in one piece; None for an object that is not bytes-like. `f` must not
/// allocate or run Python (the bytes may be a bytearray's, which could move).
pub fn with_bytes<T>(v: Value, f: impl FnOnce(&[u8]) -> R<T>) -> R<Option<T>> {
    if as_view(v).is_some() {
        let m = open(v)?;
        if !contiguous(m) {
            return f(&to_vec(v)?).map(Some);
        }
        let p = data(m)?;
        return f(unsafe { piece(p.add(m.start), m.len * size(m)) }).map(Some);
    }
    if let Some(b) = raw(v) {
        return f(b).map(Some);
    }
    match buffer_of(v)? {
        Some(b) => with_bytes(b, f),
        None => Ok(None),
    }
}

/// The writable bytes, in one piece, of a bytearray, an array, a memoryview of either, or an
/// object of a class whose `__buffer__` gives one of those: what `readinto` and `recv` fill.
/// None for anything else (read-only or strided memory included). The bytes may move when
/// Python runs: look them up again after.
pub fn writable(v: Value) -> R<Option<&'static mut [u8]>> {
    if is_released(v) {
        open(v)?;
    }
    if let Some(b) = writable_raw(v) {
        return Ok(Some(b));
    }
    match buffer_of(v)? {
        Some(b) => Ok(writable_raw(b)),
        None => Ok(None),
    }
}

/// [`writable`] without asking a class's `__buffer__` (so without running Python).
pub fn writable_raw(v: Value) -> Option<&'static mut [u8]> {
    if let Some(m) = as_view(v) {
        if m.released || !contiguous(m) || !matches!(kind_of(m.base), Kind::ByteArray | Kind::Array) {
            return None;
        }
        let p = covered(m)?;
        return Some(unsafe { piece(p.add(m.start), m.len * size(m)) });
    }
    if is_ptr(v) && matches!(kind_of(v), Kind::ByteArray | Kind::Array) {
        return raw(v);
    }
    None
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

/// Item `i` (already in range), or None past the end (for iteration).
#[inline(never)]
pub fn item(v: Value, i: usize) -> R<Option<Value>> {
    let m = open(v)?;
    if i >= m.len {
        return Ok(None);
    }
    let p = data(m)?;
    if m.format == b'B' {
        return Ok(Some(small(unsafe { *p.add(at(m, i)) } as isize)));
    }
    (typed()?.load)(m.format, unsafe { piece(p.add(at(m, i)), size(m)) }).map(Some)
}

pub fn len(v: Value) -> R<usize> {
    Ok(open(v)?.len)
}

fn index(m: &MemoryViewObj, key: Value) -> R<usize> {
    if crate::int::as_int(key).is_none() && !(is_ptr(key) && crate::list::has_index(key)) {
        return Err(raise(&TYPE_ERROR, "memoryview: invalid slice key"));
    }
    let n = index_of(key, "memoryview")?;
    let i = if n < 0 { n + m.len as isize } else { n };
    if i < 0 || i >= m.len as isize {
        return Err(raise(&INDEX_ERROR, "index out of bounds on dimension 1"));
    }
    Ok(i as usize)
}

/// `mv[key]`: an item, or for a slice a view of the same memory.
#[inline(never)]
pub fn getitem(v: Value, key: Value) -> R {
    let m = open(v)?;
    if let Some(s) = as_slice(key) {
        let (start, step, count) = slice_indices(s, m.len)?;
        let first = if count == 0 { m.start } else { at(m, start as usize) };
        return new_view(m.base, first, m.step * step, count, m.format);
    }
    let i = index(m, key)?;
    Ok(item(v, i)?.expect("in range"))
}

fn writable_view(m: &MemoryViewObj) -> R<()> {
    if !matches!(kind_of(m.base), Kind::ByteArray | Kind::Array) {
        return Err(raise(&TYPE_ERROR, "cannot modify read-only memory"));
    }
    Ok(())
}

/// The format and the items' bytes of what may be assigned to a view's slice.
fn source(x: Value) -> R<Option<(u8, Vec<u8>)>> {
    if let Some(m) = as_view(x) {
        let format = m.format;
        return Ok(Some((format, to_vec(x)?)));
    }
    if let Some((code, _)) = array_of(x) {
        return raw(x).map(|b| crate::reserve::copied(b).map(|b| (code, b))).transpose();
    }
    Ok(bytes_like(x)?.map(|b| (b'B', b)))
}

/// `mv[key] = x`: an item, or for a slice a bytes-like object of the same format and length.
#[inline(never)]
pub fn setitem(v: Value, key: Value, x: Value) -> R<()> {
    let m = open(v)?;
    writable_view(m)?;
    // A byte: stored straight (the common case, `line[u] = c` over a bytearray).
    if m.format == b'B' && is_small(x) && (0..256).contains(&small_value(x)) && as_slice(key).is_none() {
        let i = index(m, key)?;
        let p = data(m)?;
        unsafe { *p.add(at(m, i)) = small_value(x) as u8 };
        return Ok(());
    }
    let size = size(m);
    if let Some(s) = as_slice(key) {
        let (start, step, count) = slice_indices(s, m.len)?;
        let Some((format, src)) = source(x)? else {
            return Err(raise(&TYPE_ERROR, alloc::format!("a bytes-like object is required, not '{}'", type_name(x))));
        };
        if format != m.format || src.len() != count * size {
            return Err(raise(&VALUE_ERROR, "memoryview assignment: lvalue and rvalue have different structures"));
        }
        let p = data(m)?;
        for (k, item) in src.chunks(size).enumerate() {
            let to = at(m, (start + k as isize * step) as usize);
            unsafe { core::ptr::copy_nonoverlapping(item.as_ptr(), p.add(to), size) };
        }
        return Ok(());
    }
    let i = index(m, key)?;
    let mut field = [0u8; 8];
    let out = &mut field[..size];
    if m.format == b'B' {
        let x = if is_ptr(x) && crate::int::as_int(x).is_none() && crate::list::has_index(x) {
            crate::int::index_value(x)?
        } else {
            x
        };
        out[0] = match crate::int::as_int(x) {
            Some(crate::int::Int::Small(n)) if (0..256).contains(&n) => n as u8,
            Some(_) => return Err(raise(&VALUE_ERROR, "memoryview: invalid value for format 'B'")),
            None => return Err(raise(&TYPE_ERROR, "memoryview: invalid type for format 'B'")),
        };
    } else {
        (typed()?.store)(m.format, x, out)?;
    }
    let p = data(m)?;
    unsafe { core::ptr::copy_nonoverlapping(out.as_ptr(), p.add(at(m, i)), size) };
    Ok(())
}

/// The code typed views need (items other than bytes), reached through [`TYPED`]: linked only
/// into programs that can make such a view — those that make an `array.array` or name `cast`.
struct Typed {
    load: fn(u8, &[u8]) -> R,
    store: fn(u8, Value, &mut [u8]) -> R<()>,
    equal: fn(Value, Value) -> R<Option<bool>>,
}

static TYPED: crate::exc::Hook<&'static Typed> = crate::exc::Hook::new();

static TYPED_CODE: Typed = Typed { load, store: store_typed, equal: equal_typed };

/// Makes typed views work (called where one can first be made).
pub fn enable_typed() {
    TYPED.set(&TYPED_CODE);
}

fn typed() -> R<&'static Typed> {
    // (A typed view cannot be made without enabling them: this is not reached.)
    TYPED.get().ok_or_else(|| raise(&NOT_IMPLEMENTED_ERROR, "typed memoryviews are not linked"))
}

/// Writes `x` as an item of format `format` into `out`, or the error CPython's memoryview
/// gives.
fn store_typed(format: u8, x: Value, out: &mut [u8]) -> R<()> {
    let invalid = |what: &str| alloc::format!("memoryview: invalid {what} for format '{}'", format as char);
    if matches!(format, b'f' | b'd') {
        if is_ptr(x) && crate::str::as_str(x).is_some() {
            return Err(raise(&TYPE_ERROR, invalid("type")));
        }
        return match crate::float::coerce(x) {
            Ok(Some(f)) => {
                store_float(format, f, out);
                Ok(())
            }
            Ok(None) => Err(raise(&TYPE_ERROR, invalid("type"))),
            // (An int too large for a float.)
            Err(_) if pending_is(&OVERFLOW_ERROR) => {
                take_pending();
                Err(raise(&VALUE_ERROR, invalid("value")))
            }
            Err(e) => Err(e),
        };
    }
    let x = if is_ptr(x) && crate::int::as_int(x).is_none() && crate::list::has_index(x) {
        crate::int::index_value(x)?
    } else {
        x
    };
    let Some(n) = int_value(x) else { return Err(raise(&TYPE_ERROR, invalid("type"))) };
    let (low, high) = int_range(format);
    if n < low || n > high {
        return Err(raise(&VALUE_ERROR, invalid("value")));
    }
    store_int(n, out);
    Ok(())
}

/// The items of a bytes-like object as a tuple (unpacked by its format), for comparisons.
fn items_of(v: Value) -> R<Option<Value>> {
    let (format, bytes) = match source(v)? {
        Some(s) => s,
        None => return Ok(None),
    };
    let size = itemsize(format).unwrap_or(1);
    let t = crate::list::new_tuple_n(bytes.len() / size)?;
    for (k, item) in bytes.chunks(size).enumerate() {
        let x = load(format, item)?;
        crate::list::tuple_items_mut(t)[k] = x;
    }
    Ok(Some(t))
}

/// `mv == other` for bytes-like `other`: the same items, unpacked by each one's format (so a
/// view of an array of floats compares by value). None for anything else.
#[inline(never)]
pub fn equal(a: Value, b: Value) -> R<Option<bool>> {
    // (A released view is equal to itself only, as in CPython.)
    if is_released(a) || is_released(b) {
        return Ok(Some(a == b));
    }
    let both_bytes = |v: Value| as_view(v).is_none_or(|m| m.format == b'B') && array_of(v).is_none();
    if both_bytes(a) && both_bytes(b) {
        return match (bytes_like(a)?, bytes_like(b)?) {
            (Some(x), Some(y)) => Ok(Some(x == y)),
            _ => Ok(None),
        };
    }
    (typed()?.equal)(a, b)
}

/// [`equal`] where either side has items other than bytes.
fn equal_typed(a: Value, b: Value) -> R<Option<bool>> {
    let Some(x) = items_of(a)? else { return Ok(None) };
    let Some(y) = items_of(b)? else { return Ok(None) };
    let r = crate::list::seq_compare(crate::ops::cmpop::EQ, x, y);
    // (The tuples stay in sight of the collector until the comparison is done.)
    core::hint::black_box((x, y));
    r.map(Some)
}

/// `hash(mv)`: the bytes' hash for read-only memory of bytes; writable memory is unhashable.
#[inline(never)]
pub fn hash(v: Value) -> R<usize> {
    let m = open(v)?;
    if matches!(kind_of(m.base), Kind::ByteArray | Kind::Array) {
        return Err(raise(&VALUE_ERROR, "cannot hash writable memoryview object"));
    }
    if !matches!(m.format, b'B' | b'b') {
        return Err(raise(&VALUE_ERROR, "memoryview: hashing is restricted to formats 'B', 'b' or 'c'"));
    }
    let b = crate::bytes::new_bytes(&to_vec(v)?)?;
    crate::ops::hash(b)
}

/// `mv.cast(format)`: the same bytes seen as items of another format (one of them a byte
/// format, as CPython requires), for a view in one piece.
fn cast(a: &[Value], kw: &Kw) -> R {
    kw.only("cast", &["format", "shape"])?;
    let m = open(a[0])?;
    let Some(f) = a.get(1).copied().or_else(|| kw.get("format")) else {
        return Err(raise(&TYPE_ERROR, "cast() missing required argument 'format' (pos 1)"));
    };
    let Some(text) = crate::str::as_str(f) else {
        return Err(raise(&TYPE_ERROR, alloc::format!("cast() argument 'format' must be str, not {}", type_name(f))));
    };
    let code = match text.as_bytes() {
        [c] | [b'@', c] => *c,
        _ => 0,
    };
    let Some(new_size) = itemsize(code) else {
        return Err(raise(
            &VALUE_ERROR,
            "memoryview: destination format must be a native single character format prefixed with an optional '@'",
        ));
    };
    if !contiguous(m) {
        return Err(raise(&TYPE_ERROR, "memoryview: casts are restricted to C-contiguous views"));
    }
    let byte_format = |c: u8| matches!(c, b'B' | b'b' | b'c');
    if !byte_format(m.format) && !byte_format(code) {
        return Err(raise(&TYPE_ERROR, "memoryview: cannot cast between two non-byte formats"));
    }
    let nbytes = m.len * size(m);
    if !nbytes.is_multiple_of(new_size) {
        return Err(raise(&TYPE_ERROR, "memoryview: length is not a multiple of itemsize"));
    }
    enable_typed();
    new_view(m.base, m.start, new_size as isize, nbytes / new_size, code)
}

pub static METHODS: &[NativeObj] = crate::methods![
    // (bytes' own, with its separators: `mv.hex(':', 2)`.)
    NativeObj::method("hex", 0, 2, |a, kw| {
        let mut args = a.to_vec();
        args[0] = crate::bytes::new_bytes(&to_vec(a[0])?)?;
        crate::bytes::hex(&args, kw)
    })
    .keywords(),
    NativeObj::method("tobytes", 0, 1, |a, _| crate::bytes::new_bytes(&to_vec(a[0])?)),
    NativeObj::method("tolist", 0, 0, |a, _| {
        let l = crate::list::new_list(&[])?;
        let mut i = 0;
        while let Some(x) = item(a[0], i)? {
            crate::list::push(l, x)?;
            i += 1;
        }
        Ok(l)
    }),
    NativeObj::new("cast", cast),
    NativeObj::method("release", 0, 0, |a, _| release(a[0])),
    // A context manager, as CPython's: `with memoryview(b) as m:` releases it at the end.
    NativeObj::method("__enter__", 0, 0, |a, _| open(a[0]).map(|_| a[0])),
    NativeObj::new("__exit__", |a, _| release(a[0])),
];

/// `mv.readonly`, `mv.nbytes`, `mv.obj`, `mv.format`, `mv.itemsize`, `mv.ndim`, `mv.shape`,
/// `mv.strides`.
/// A released view has them all, each raising ValueError.
pub fn attr(v: Value, key: &str) -> Option<R> {
    let value = attr_of(view(v), key)?;
    Some(open(v).and(value))
}

fn attr_of(m: &MemoryViewObj, key: &str) -> Option<R> {
    match key {
        "readonly" => Some(Ok(bool_value(!matches!(kind_of(m.base), Kind::ByteArray | Kind::Array)))),
        "nbytes" => Some(Ok(small((m.len * size(m)) as isize))),
        "obj" => Some(Ok(m.base)),
        "format" => Some(crate::str::from_str(core::str::from_utf8(&[m.format]).unwrap_or("B"))),
        "itemsize" => Some(Ok(small(size(m) as isize))),
        "ndim" => Some(Ok(small(1))),
        "shape" => Some(crate::list::new_tuple(&[small(m.len as isize)])),
        "strides" => Some(crate::list::new_tuple(&[small(m.step)])),
        "contiguous" | "c_contiguous" | "f_contiguous" => Some(Ok(bool_value(contiguous(m)))),
        _ => None,
    }
}

/// `mv.release()`: the view no longer gives access to its object's memory (its object may
/// then be resized). Releasing again does nothing.
fn release(v: Value) -> R {
    // SAFETY: `v` is a memoryview (the method's `self`), not shared across threads.
    unsafe { (*(v as *mut MemoryViewObj)).released = true };
    Ok(NONE)
}

/// What the runtime's dispatchers call on a view, through words in the gate of its type
/// ([`crate::gate`]): these functions come into a firmware only with code that makes views
/// (`memoryview(…)`, which a program names), not with every `x[i]` and `x == y` of one.
pub mod gated {
    use super::*;

    /// What a closed gate answers (never reached: no view exists).
    fn left_out() -> Exc {
        crate::gate::left_out("memoryview")
    }

    pub fn item(v: Value, i: usize) -> R<Option<Value>> {
        crate::gated!("mpyc_MEMORYVIEW_TYPE", super::item, fn(Value, usize) -> R<Option<Value>>)
            .map_or_else(|| Err(left_out()), |f| f(v, i))
    }

    pub fn getitem(v: Value, key: Value) -> R {
        crate::gated!("mpyc_MEMORYVIEW_TYPE", super::getitem, fn(Value, Value) -> R)
            .map_or_else(|| Err(left_out()), |f| f(v, key))
    }

    pub fn setitem(v: Value, key: Value, x: Value) -> R<()> {
        crate::gated!("mpyc_MEMORYVIEW_TYPE", super::setitem, fn(Value, Value, Value) -> R<()>)
            .map_or_else(|| Err(left_out()), |f| f(v, key, x))
    }

    pub fn equal(a: Value, b: Value) -> R<Option<bool>> {
        crate::gated!("mpyc_MEMORYVIEW_TYPE", super::equal, fn(Value, Value) -> R<Option<bool>>)
            .map_or_else(|| Err(left_out()), |f| f(a, b))
    }

    pub fn hash(v: Value) -> R<usize> {
        crate::gated!("mpyc_MEMORYVIEW_TYPE", super::hash, fn(Value) -> R<usize>)
            .map_or_else(|| Err(left_out()), |f| f(v))
    }

    pub fn attr(v: Value, key: &str) -> Option<R> {
        crate::gated!("mpyc_MEMORYVIEW_TYPE", super::attr, fn(Value, &str) -> Option<R>)
            .map_or_else(|| Some(Err(left_out())), |f| f(v, key))
    }
}
