//! `array`: typed arrays of numbers (`array.array`, typecodes `b B h H i I l L q Q f d` with a
//! 32-bit ARM's sizes), packed little-endian in a growable buffer laid out as a bytearray's,
//! with CPython's methods, operators and messages. memoryview, `bytes()`, `b'' + a` and every
//! bytes-like argument see the array's bytes; `readinto`-style calls write into them.
// Conversions to `Float` are casts to the same type on a 64-bit-float build.
#![allow(clippy::unnecessary_cast)]

use crate::bytes::BytesObj;
use crate::exc::*;
use crate::func::{Kw, NativeObj};
use crate::list::as_slice;
use crate::memoryview::{int_range, int_value, itemsize, load, store_float, store_int};
use crate::object::*;
use crate::ops::cmpop;
use crate::value::*;
use alloc::vec::Vec;

/// An array: a bytearray's fields (its bytes are the items), then the typecode.
#[repr(C)]
pub struct ArrayObj {
    pub bytes: BytesObj,
    pub code: u8,
}

pub static ARRAY_TYPE: TypeObj =
    TypeObj::builtin("array.array", Kind::Array, Some(&OBJECT_TYPE), ARRAY_METHODS, Some(&Some(array_new)));

/// The module's constants: `typecodes` and `ArrayType` (the type again).
pub fn consts(name: &str) -> Option<R> {
    match name {
        "typecodes" => Some(crate::str::from_str(TYPECODES)),
        "ArrayType" => Some(Ok(ARRAY_TYPE.as_value())),
        _ => None,
    }
}

const TYPECODES: &str = "bBhHiIlLqQfd";

fn this(v: Value) -> &'static mut ArrayObj {
    unsafe { &mut *(v as *mut ArrayObj) }
}

fn is_array(v: Value) -> bool {
    is_ptr(v) && kind_of(v) == Kind::Array
}

fn size(a: &ArrayObj) -> usize {
    itemsize(a.code).unwrap_or(1)
}

fn bytes(a: &ArrayObj) -> &'static mut [u8] {
    if a.bytes.data.is_null() {
        return &mut [];
    }
    unsafe { core::slice::from_raw_parts_mut(a.bytes.data, a.bytes.len) }
}

fn count(a: &ArrayObj) -> usize {
    a.bytes.len / size(a)
}

fn new_array(code: u8, data: &[u8]) -> R {
    let v = alloc(ArrayObj {
        bytes: BytesObj { header: Header::of(&ARRAY_TYPE), len: 0, cap: 0, data: core::ptr::null_mut() },
        code,
    })?;
    splice(v, 0, 0, data)?;
    Ok(v)
}

/// Replaces bytes `from..to` of the array's buffer by `data` (growing it by doubling).
fn splice(v: Value, from: usize, to: usize, data: &[u8]) -> R<()> {
    let a = this(v);
    let old = a.bytes.len;
    // (Python run since the caller measured the array may have shrunk it.)
    let to = to.min(old);
    let from = from.min(to);
    let new_len = old - (to - from) + data.len();
    if new_len > a.bytes.cap {
        let cap = new_len.max(a.bytes.cap * 2).max(8);
        let buf = crate::gc::alloc_raw(cap, crate::gc::LEAF);
        if buf.is_null() {
            return Err(memory_error());
        }
        let a = this(v);
        if !a.bytes.data.is_null() {
            unsafe { core::ptr::copy_nonoverlapping(a.bytes.data, buf, old) };
        }
        a.bytes.data = buf;
        a.bytes.cap = cap;
    }
    let a = this(v);
    unsafe {
        core::ptr::copy(a.bytes.data.add(to), a.bytes.data.add(from + data.len()), old - to);
        core::ptr::copy_nonoverlapping(data.as_ptr(), a.bytes.data.add(from), data.len());
    }
    a.bytes.len = new_len;
    Ok(())
}

/// Item `i`, which the caller found in range (IndexError if Python run since has shrunk the
/// array).
fn get(v: Value, i: usize) -> R {
    let a = this(v);
    let n = size(a);
    match bytes(a).get(i * n..(i + 1) * n) {
        Some(item) => load(a.code, item),
        None => Err(raise(&INDEX_ERROR, "array index out of range")),
    }
}

const C_LONG: &str = "Python int too large to convert to C long";
const C_ULONG: &str = "Python int too large to convert to C unsigned long";
const TOO_BIG: &str = "int too big to convert";
const NEG_UINT: &str = "can't convert negative value to unsigned int";
const NEG_UNSIGNED: &str = "can't convert negative int to unsigned";
const LONG: (i128, i128) = (i64::MIN as i128, i64::MAX as i128);
const INT: (i128, i128) = (i32::MIN as i128, i32::MAX as i128);

/// A range check: the bounds and the OverflowError's message below and above them.
type Check = (i128, i128, &'static str, &'static str);

/// The range checks a value for typecode `code` goes through, in order (the first failed
/// gives the message): CPython's on a 64-bit host for `b B h H i I q Q`, on a 32-bit one for
/// `l L`, as CPython's own conversions run them.
fn checks(code: u8) -> &'static [Check] {
    const SHORT: Check =
        (-32768, 32767, "signed short integer is less than minimum", "signed short integer is greater than maximum");
    const SIGNED: Check =
        (INT.0, INT.1, "signed integer is less than minimum", "signed integer is greater than maximum");
    const C: Check = (LONG.0, LONG.1, C_LONG, C_LONG);
    match code {
        b'b' => &[C, SHORT, (-128, 127, "signed char is less than minimum", "signed char is greater than maximum")],
        b'B' => &[
            C,
            (0, 255, "unsigned byte integer is less than minimum", "unsigned byte integer is greater than maximum"),
        ],
        b'h' => &[C, SHORT],
        b'H' => {
            &[C, SIGNED, (0, 65535, "unsigned short is less than minimum", "unsigned short is greater than maximum")]
        }
        b'i' => &[C, SIGNED],
        b'I' => &[
            (0, u64::MAX as i128, NEG_UINT, C_ULONG),
            (0, u32::MAX as i128, "unsigned int is less than minimum", "unsigned int is greater than maximum"),
        ],
        b'l' => &[(INT.0, INT.1, C_LONG, C_LONG)],
        b'L' => &[(0, u32::MAX as i128, NEG_UINT, C_ULONG)],
        b'q' => &[(LONG.0, LONG.1, TOO_BIG, TOO_BIG)],
        _ => &[(0, u64::MAX as i128, NEG_UNSIGNED, TOO_BIG)],
    }
}

/// `x` as an item of an array of typecode `code`, written into `out`; or the TypeError or
/// OverflowError CPython raises.
fn pack(code: u8, x: Value, out: &mut [u8]) -> R<()> {
    if matches!(code, b'f' | b'd') {
        let f = match crate::float::coerce(x)? {
            Some(f) if !is_str(x) => f,
            _ => return Err(raise(&TYPE_ERROR, alloc::format!("must be real number, not {}", type_name(x)))),
        };
        store_float(code, f, out);
        return Ok(());
    }
    let n = match int_value(x) {
        Some(n) => n,
        None if is_ptr(x) && crate::list::has_index(x) => int_value(crate::int::index_value(x)?).unwrap_or(0),
        None => {
            return Err(raise(
                &TYPE_ERROR,
                alloc::format!("'{}' object cannot be interpreted as an integer", type_name(x)),
            ))
        }
    };
    for &(low, high, below, above) in checks(code) {
        if n < low {
            return Err(raise(&OVERFLOW_ERROR, below));
        }
        if n > high {
            return Err(raise(&OVERFLOW_ERROR, above));
        }
    }
    debug_assert!((int_range(code).0..=int_range(code).1).contains(&n));
    store_int(n, out);
    Ok(())
}

fn is_str(v: Value) -> bool {
    crate::str::as_str(v).is_some()
}

/// The items of iterable `x` packed for typecode `code`.
fn packed(code: u8, x: Value) -> R<Vec<u8>> {
    let n = itemsize(code).unwrap_or(1);
    let mut out = Vec::new();
    crate::iter::for_each(x, |v| {
        let mut field = [0u8; 8];
        pack(code, v, &mut field[..n])?;
        crate::reserve::extend(&mut out, &field[..n])
    })?;
    Ok(out)
}

/// `array(typecode[, initializer])`.
pub fn array_new(args: &[Value], kw: &Kw) -> R {
    crate::memoryview::enable_typed();
    if !kw.is_empty() {
        return Err(raise(&TYPE_ERROR, "array.array() takes no keyword arguments"));
    }
    if args.len() < 2 || args.len() > 3 {
        let bound = if args.len() < 2 { "at least 1 argument" } else { "at most 2 arguments" };
        return Err(raise(&TYPE_ERROR, alloc::format!("array() takes {bound} ({} given)", args.len() - 1)));
    }
    let code = match crate::str::as_str(args[1]) {
        Some(t) if t.chars().count() == 1 => t.as_bytes()[0],
        _ => {
            return Err(raise(
                &TYPE_ERROR,
                alloc::format!("array() argument 1 must be a unicode character, not {}", type_name(args[1])),
            ))
        }
    };
    if itemsize(code).is_none() || !TYPECODES.as_bytes().contains(&code) {
        return Err(raise(&VALUE_ERROR, "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)"));
    }
    let Some(&init) = args.get(2) else { return new_array(code, &[]) };
    if is_str(init) {
        return Err(raise(
            &TYPE_ERROR,
            alloc::format!("cannot use a str to initialize an array with typecode '{}'", code as char),
        ));
    }
    if is_array(init) && this(init).code == code {
        let data = crate::reserve::copied(bytes(this(init)))?;
        return new_array(code, &data);
    }
    if let Some(b) = crate::bytes::bytes_of(init) {
        let b = crate::reserve::copied(b)?;
        let v = new_array(code, &[])?;
        frombytes(v, &b)?;
        return Ok(v);
    }
    let data = packed(code, init)?;
    new_array(code, &data)
}

fn frombytes(v: Value, data: &[u8]) -> R<()> {
    if !data.len().is_multiple_of(size(this(v))) {
        return Err(raise(&VALUE_ERROR, "bytes length not a multiple of item size"));
    }
    let end = this(v).bytes.len;
    splice(v, end, end, data)
}

/// An index argument (`insert`, `pop`) as an int (OverflowError past 64 bits, as CPython's).
fn index_arg(x: Value) -> R<isize> {
    crate::int::ssize_arg(crate::int::index_value(x)?, "index")
}

/// A start or stop argument of `index`: clamped, as a slice's.
fn bound_arg(x: Value) -> R<isize> {
    if crate::int::as_int(x).is_none() && !(is_ptr(x) && crate::list::has_index(x)) {
        return Err(raise(&TYPE_ERROR, "slice indices must be integers or have an __index__ method"));
    }
    crate::int::clamped_index(crate::int::index_value(x)?, "index")
}

/// A slice's (start, step, count) over the array's length as it is once the slice's
/// `__index__` methods have run (they may change it).
fn slice_now(v: Value, s: &crate::list::SliceObj) -> R<(isize, isize, usize)> {
    crate::list::slice_now(s, || count(this(v)))
}

/// A subscript: an int in range (negative from the end), or the error in CPython's words.
fn subscript(v: Value, key: Value, what: &str) -> R<usize> {
    if crate::int::as_int(key).is_none() && !(is_ptr(key) && crate::list::has_index(key)) {
        return Err(raise(&TYPE_ERROR, "array indices must be integers"));
    }
    let n = crate::int::index_of(key, "index")?;
    let len = count(this(v)) as isize;
    let i = if n < 0 { n + len } else { n };
    if i < 0 || i >= len {
        return Err(raise(&INDEX_ERROR, alloc::format!("{what} index out of range")));
    }
    Ok(i as usize)
}

/// The first index from `start` below `stop` whose item equals `x`.
fn find(v: Value, x: Value, start: usize, stop: usize) -> R<Option<usize>> {
    // (The length is read again each time: `__eq__` may change the array.)
    let mut i = start;
    while i < stop.min(count(this(v))) {
        if crate::ops::eq(get(v, i)?, x)? {
            return Ok(Some(i));
        }
        i += 1;
    }
    Ok(None)
}

/// An array of the same typecode as `v`, or the TypeError `message` (with `{}` the other's
/// type) for anything else.
fn same_kind(v: Value, other: Value, message: fn(&str) -> alloc::string::String) -> R<&'static ArrayObj> {
    if !is_array(other) {
        return Err(raise(&TYPE_ERROR, message(type_name(other))));
    }
    if this(other).code != this(v).code {
        return Err(raise(&TYPE_ERROR, "bad argument type for built-in operation"));
    }
    Ok(this(other))
}

/// `a op b` for a comparison: item by item, as sequences compare.
fn compare(op: usize, a: &[Value]) -> R {
    let (x, y) = (a[0], a[1]);
    if !is_array(y) {
        return Ok(crate::builtins::NOT_IMPLEMENTED.as_value());
    }
    let (n, m) = (count(this(x)), count(this(y)));
    if op >= cmpop::EQ && n != m {
        return Ok(bool_value(op == cmpop::NE));
    }
    for i in 0..n.min(m) {
        let (p, q) = (get(x, i)?, get(y, i)?);
        if !crate::ops::eq(p, q)? {
            return match op {
                cmpop::EQ => Ok(FALSE),
                cmpop::NE => Ok(TRUE),
                _ => crate::ops::compare_bool(op, p, q).map(bool_value),
            };
        }
    }
    Ok(bool_value(match op {
        cmpop::LT => n < m,
        cmpop::LE => n <= m,
        cmpop::GT => n > m,
        cmpop::GE => n >= m,
        cmpop::EQ => true,
        _ => false,
    }))
}

/// `a * n` and `a *= n`: the bytes repeated.
fn repeated(v: Value, n: Value) -> R<Vec<u8>> {
    if crate::int::as_int(n).is_none() && !(is_ptr(n) && crate::list::has_index(n)) {
        return Err(raise(
            &TYPE_ERROR,
            alloc::format!("can't multiply sequence by non-int of type '{}'", type_name(n)),
        ));
    }
    let k = match crate::int::as_int(crate::int::index_value(n)?) {
        Some(crate::int::Int::Small(k)) => crate::int::saturating_word(k).max(0) as usize,
        _ => return Err(raise(&OVERFLOW_ERROR, "cannot fit 'int' into an index-sized integer")),
    };
    let b = bytes(this(v));
    if b.is_empty() || k == 0 {
        return Ok(Vec::new());
    }
    let total = b.len().checked_mul(k).filter(|&t| t < isize::MAX as usize / 16).ok_or_else(memory_error)?;
    let mut out = crate::reserve::vec_with(total)?;
    for _ in 0..k {
        out.extend_from_slice(b);
    }
    Ok(out)
}

/// `a[key] = x` for a slice: an array of the same typecode, of the same length for an
/// extended slice.
fn set_slice(v: Value, s: &crate::list::SliceObj, x: Value) -> R<()> {
    let src = same_kind(v, x, |t| alloc::format!("can only assign array (not \"{t}\") to array slice"))?;
    let data = crate::reserve::copied(bytes(src))?;
    let n = size(this(v));
    let (start, step, k) = slice_now(v, s)?;
    if data.is_empty() && step != 1 {
        return delete_items(v, start, step, k);
    }
    if step == 1 {
        let from = start.max(0) as usize;
        return splice(v, from * n, (from + k) * n, &data);
    }
    if data.len() != k * n {
        return Err(raise(
            &VALUE_ERROR,
            alloc::format!("attempt to assign array of size {} to extended slice of size {k}", data.len() / n),
        ));
    }
    let b = bytes(this(v));
    for (j, item) in data.chunks(n).enumerate() {
        let at = (start + j as isize * step) as usize * n;
        b[at..at + n].copy_from_slice(item);
    }
    Ok(())
}

/// `del a[key]`.
fn delete(v: Value, key: Value) -> R<()> {
    let n = size(this(v));
    if let Some(s) = as_slice(key) {
        let (start, step, k) = slice_now(v, s)?;
        return delete_items(v, start, step, k);
    }
    let i = subscript(v, key, "array assignment")?;
    splice(v, i * n, (i + 1) * n, &[])
}

/// Deletes the `k` items `start`, `start + step`, ….
fn delete_items(v: Value, start: isize, step: isize, k: usize) -> R<()> {
    let n = size(this(v));
    {
        let mut doomed = crate::reserve::collected((0..k).map(|j| (start + j as isize * step) as usize))?;
        doomed.sort_unstable();
        let mut kept = crate::reserve::copied(bytes(this(v)))?;
        // (Byte by byte: the item of byte `i` is `i / n`.)
        let mut i = 0;
        kept.retain(|_| {
            i += 1;
            doomed.binary_search(&((i - 1) / n)).is_err()
        });
        let len = this(v).bytes.len;
        splice(v, 0, len, &kept)
    }
}

/// `a.extend(x)`: an array of the same typecode, or any iterable's items (those before one
/// that cannot be an item stay appended, as in CPython).
fn extend(v: Value, x: Value) -> R<()> {
    if is_array(x) {
        if this(x).code != this(v).code {
            return Err(raise(&TYPE_ERROR, "can only extend with array of same kind"));
        }
        let data = crate::reserve::copied(bytes(this(x)))?;
        let end = this(v).bytes.len;
        return splice(v, end, end, &data);
    }
    // Each item appended as it comes (the iterable may look at the array meanwhile).
    crate::iter::for_each(x, |item| append(v, item))
}

fn append(v: Value, x: Value) -> R<()> {
    let (code, n) = (this(v).code, size(this(v)));
    let mut field = [0u8; 8];
    pack(code, x, &mut field[..n])?;
    let end = this(v).bytes.len;
    splice(v, end, end, &field[..n])
}

/// The items as a list.
fn tolist(v: Value) -> R {
    let l = crate::list::new_list(&[])?;
    for i in 0..count(this(v)) {
        let x = get(v, i)?;
        crate::list::push(l, x)?;
    }
    Ok(l)
}

pub static ARRAY_METHODS: &[NativeObj] = crate::methods![
    NativeObj::new("__getattr__", |a, _| match crate::str::as_str(a[1]).unwrap_or("") {
        "typecode" => crate::str::from_str(core::str::from_utf8(&[this(a[0]).code]).unwrap_or("?")),
        "itemsize" => Ok(small(size(this(a[0])) as isize)),
        n => Err(crate::func::no_attribute(a[0], n)),
    }),
    NativeObj::method("__repr__", 0, 0, |a, _| {
        let code = this(a[0]).code as char;
        if count(this(a[0])) == 0 {
            return crate::str::from_str(&alloc::format!("array('{code}')"));
        }
        let items = crate::print::to_repr(tolist(a[0])?)?;
        // Written straight into the str: a formatted copy would hold the items' text once more,
        // in a buffer of the Rust allocator's (whose failure could not become a MemoryError).
        let head = alloc::format!("array('{code}', ");
        let (h, n) = (head.len(), items.len());
        crate::str::build(h + n + 1, |b| {
            b[..h].copy_from_slice(head.as_bytes());
            b[h..h + n].copy_from_slice(items.as_bytes());
            b[h + n] = b')';
        })
    }),
    NativeObj::method("__len__", 0, 0, |a, _| Ok(small(count(this(a[0])) as isize))),
    NativeObj::method("__getitem__", 1, 1, |a, _| {
        let v = a[0];
        if let Some(s) = as_slice(a[1]) {
            let n = size(this(v));
            let (start, step, k) = slice_now(v, s)?;
            let b = bytes(this(v));
            let mut out = crate::reserve::vec_with(k * n)?;
            for j in 0..k {
                let at = (start + j as isize * step) as usize * n;
                out.extend_from_slice(&b[at..at + n]);
            }
            return new_array(this(v).code, &out);
        }
        let i = subscript(v, a[1], "array")?;
        get(v, i)
    }),
    NativeObj::method("__setitem__", 2, 2, |a, _| {
        let v = a[0];
        if let Some(s) = as_slice(a[1]) {
            set_slice(v, s, a[2])?;
            return Ok(NONE);
        }
        let i = subscript(v, a[1], "array assignment")?;
        let (code, n) = (this(v).code, size(this(v)));
        let mut field = [0u8; 8];
        pack(code, a[2], &mut field[..n])?;
        // (Lost, as in CPython, if the conversion's Python shrank the array past `i`.)
        if let Some(item) = bytes(this(v)).get_mut(i * n..(i + 1) * n) {
            item.copy_from_slice(&field[..n]);
        }
        Ok(NONE)
    }),
    NativeObj::method("__delitem__", 1, 1, |a, _| delete(a[0], a[1]).map(|()| NONE)),
    NativeObj::method("__iter__", 0, 0, |a, _| {
        alloc(ArrayIterObj { header: Header::of(&ARRAY_ITER_TYPE), array: a[0], pos: 0 })
    }),
    NativeObj::method("__contains__", 1, 1, |a, _| Ok(bool_value(find(a[0], a[1], 0, usize::MAX)?.is_some()))),
    NativeObj::method("__eq__", 1, 1, |a, _| compare(cmpop::EQ, a)),
    NativeObj::method("__ne__", 1, 1, |a, _| compare(cmpop::NE, a)),
    NativeObj::method("__lt__", 1, 1, |a, _| compare(cmpop::LT, a)),
    NativeObj::method("__le__", 1, 1, |a, _| compare(cmpop::LE, a)),
    NativeObj::method("__gt__", 1, 1, |a, _| compare(cmpop::GT, a)),
    NativeObj::method("__ge__", 1, 1, |a, _| compare(cmpop::GE, a)),
    NativeObj::method("__add__", 1, 1, |a, _| {
        let other = same_kind(a[0], a[1], |t| alloc::format!("can only append array (not \"{t}\") to array"))?;
        let mut data = crate::reserve::copied(bytes(this(a[0])))?;
        crate::reserve::extend(&mut data, bytes(other))?;
        new_array(this(a[0]).code, &data)
    }),
    NativeObj::method("__iadd__", 1, 1, |a, _| {
        if !is_array(a[1]) {
            let t = type_name(a[1]);
            return Err(raise(&TYPE_ERROR, alloc::format!("can only extend array with array (not \"{t}\")")));
        }
        extend(a[0], a[1])?;
        Ok(a[0])
    }),
    NativeObj::method("__mul__", 1, 1, |a, _| new_array(this(a[0]).code, &repeated(a[0], a[1])?)),
    NativeObj::method("__rmul__", 1, 1, |a, _| new_array(this(a[0]).code, &repeated(a[0], a[1])?)),
    NativeObj::method("__imul__", 1, 1, |a, _| {
        let data = repeated(a[0], a[1])?;
        let len = this(a[0]).bytes.len;
        splice(a[0], 0, len, &data)?;
        Ok(a[0])
    }),
    NativeObj::method("__copy__", 0, 0, |a, _| new_array(this(a[0]).code, bytes(this(a[0])))),
    NativeObj::method("__deepcopy__", 1, 1, |a, _| new_array(this(a[0]).code, bytes(this(a[0])))),
    NativeObj::method("append", 1, 1, |a, _| append(a[0], a[1]).map(|()| NONE)),
    NativeObj::method("extend", 1, 1, |a, _| extend(a[0], a[1]).map(|()| NONE)),
    NativeObj::method("insert", 2, 2, |a, _| {
        let (code, n) = (this(a[0]).code, size(this(a[0])));
        let i = index_arg(a[1])?;
        let mut field = [0u8; 8];
        pack(code, a[2], &mut field[..n])?;
        let len = count(this(a[0])) as isize;
        let i = if i < 0 { (i + len).max(0) } else { i.min(len) } as usize;
        splice(a[0], i * n, i * n, &field[..n])?;
        Ok(NONE)
    }),
    NativeObj::method("pop", 0, 1, |a, _| {
        let i = a.get(1).map_or(Ok(-1), |&x| index_arg(x))?;
        let len = count(this(a[0])) as isize;
        if len == 0 {
            return Err(raise(&INDEX_ERROR, "pop from empty array"));
        }
        let j = if i < 0 { i + len } else { i };
        if j < 0 || j >= len {
            return Err(raise(&INDEX_ERROR, "pop index out of range"));
        }
        let x = get(a[0], j as usize)?;
        let n = size(this(a[0]));
        splice(a[0], j as usize * n, (j as usize + 1) * n, &[])?;
        Ok(x)
    }),
    NativeObj::method("remove", 1, 1, |a, _| {
        let Some(i) = find(a[0], a[1], 0, usize::MAX)? else {
            return Err(raise(&VALUE_ERROR, "array.remove(x): x not in array"));
        };
        let n = size(this(a[0]));
        splice(a[0], i * n, (i + 1) * n, &[])?;
        Ok(NONE)
    }),
    NativeObj::method("index", 1, 3, |a, _| {
        let len = count(this(a[0])) as isize;
        let bound = |k: usize, default: isize| -> R<usize> {
            let n = match a.get(k) {
                Some(&x) => bound_arg(x)?,
                None => default,
            };
            Ok(if n < 0 { (n + len).max(0) } else { n } as usize)
        };
        let (start, stop) = (bound(2, 0)?, bound(3, len)?);
        match find(a[0], a[1], start, stop)? {
            Some(i) => Ok(small(i as isize)),
            None => Err(raise(&VALUE_ERROR, "array.index(x): x not in array")),
        }
    }),
    NativeObj::method("count", 1, 1, |a, _| {
        let (mut k, mut i) = (0, 0);
        // (The length is read again each time: `__eq__` may change the array.)
        while i < count(this(a[0])) {
            k += crate::ops::eq(get(a[0], i)?, a[1])? as isize;
            i += 1;
        }
        Ok(small(k))
    }),
    NativeObj::method("reverse", 0, 0, |a, _| {
        let n = size(this(a[0]));
        let b = bytes(this(a[0]));
        let k = b.len() / n;
        for i in 0..k / 2 {
            for j in 0..n {
                b.swap(i * n + j, (k - 1 - i) * n + j);
            }
        }
        Ok(NONE)
    }),
    NativeObj::method("byteswap", 0, 0, |a, _| {
        let n = size(this(a[0]));
        bytes(this(a[0])).chunks_mut(n).for_each(<[u8]>::reverse);
        Ok(NONE)
    }),
    NativeObj::method("tolist", 0, 0, |a, _| tolist(a[0])),
    NativeObj::method("fromlist", 1, 1, |a, _| {
        if !is_ptr(a[1]) || kind_of(a[1]) != Kind::List {
            return Err(raise(&TYPE_ERROR, "arg must be list"));
        }
        let data = packed(this(a[0]).code, a[1])?;
        let end = this(a[0]).bytes.len;
        splice(a[0], end, end, &data)?;
        Ok(NONE)
    }),
    NativeObj::method("tobytes", 0, 0, |a, _| crate::bytes::new_bytes(bytes(this(a[0])))),
    NativeObj::method("frombytes", 1, 1, |a, _| {
        let Some(data) = crate::memoryview::bytes_like(a[1])? else {
            return Err(raise(
                &TYPE_ERROR,
                alloc::format!("a bytes-like object is required, not '{}'", type_name(a[1])),
            ));
        };
        frombytes(a[0], &data).map(|()| NONE)
    }),
    NativeObj::method("buffer_info", 0, 0, |a, _| {
        let o = this(a[0]);
        crate::list::new_tuple(&[crate::int::from_isize(o.bytes.data as isize), small(count(o) as isize)])
    }),
    NativeObj::method("fromunicode", 1, 1, |_, _| {
        Err(raise(&VALUE_ERROR, "fromunicode() may only be called on unicode type arrays"))
    }),
    NativeObj::method("tounicode", 0, 0, |_, _| {
        Err(raise(&VALUE_ERROR, "tounicode() may only be called on unicode type arrays"))
    }),
];

/// An iterator over an array: the next index, checked against the array's length at each step
/// (so it sees items appended meanwhile, and stops early when the array shrinks).
#[repr(C)]
struct ArrayIterObj {
    header: Header,
    array: Value,
    pos: usize,
}

static ARRAY_ITER_TYPE: TypeObj =
    TypeObj::builtin("array.arrayiterator", Kind::Device, Some(&OBJECT_TYPE), ARRAY_ITER_METHODS, None);

static ARRAY_ITER_METHODS: &[NativeObj] = crate::methods![
    NativeObj::method("__next__", 0, 0, |a, _| {
        let it: &mut ArrayIterObj = unsafe { &mut *(a[0] as *mut ArrayIterObj) };
        if it.pos >= count(this(it.array)) {
            // Exhausted for good, as CPython's (items appended later are not seen).
            it.pos = usize::MAX;
            return Err(stop_iteration(NONE));
        }
        it.pos += 1;
        get(it.array, it.pos - 1)
    }),
    NativeObj::method("__iter__", 0, 0, |a, _| Ok(a[0])),
];
