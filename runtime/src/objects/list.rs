//! Lists and tuples: items on the collected heap, indexing and slicing with steps, the methods
//! people use, stable sorting with `key` and `reverse`, unpacking.

use crate::exc::*;
use crate::func::{call, ret, Kw, NativeObj};
use crate::int::{from_isize, index_of};
use crate::object::*;
use crate::ops;
use crate::value::*;
use alloc::vec::Vec;

/// Generated code indexes lists inline: `len` is the word after the header, `items` the
/// fourth word (`compiler/src/lower/expr.rs`, `list_index`).
#[repr(C)]
pub struct ListObj {
    pub header: Header,
    pub len: usize,
    pub cap: usize,
    pub items: *mut Value,
}

#[repr(C)]
pub struct TupleObj {
    pub header: Header,
    pub len: usize,
    // `len` items follow.
}

#[repr(C)]
pub struct SliceObj {
    pub header: Header,
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

pub fn new_tuple(items: &[Value]) -> R {
    let w = core::mem::size_of::<Value>();
    let p = alloc_obj(&TUPLE_TYPE, w * (2 + items.len()), 0)?;
    unsafe {
        (*(p as *mut TupleObj)).len = items.len();
        copy_words(items.as_ptr(), (p as *mut Value).add(2), items.len());
    }
    Ok(p as Value)
}

/// The items of a tuple, to fill in one made by [`new_tuple_n`].
pub fn tuple_items_mut<'a>(t: Value) -> &'a mut [Value] {
    unsafe {
        let o = &*(t as *const TupleObj);
        core::slice::from_raw_parts_mut((t as *mut Value).add(2), o.len)
    }
}

/// The items of a tuple.
pub fn tuple_items<'a>(t: Value) -> &'a [Value] {
    unsafe {
        let o = &*(t as *const TupleObj);
        core::slice::from_raw_parts((t as *const Value).add(2), o.len)
    }
}

pub fn new_list(items: &[Value]) -> R {
    let (l, buf) = alloc_list(items.len(), items.len())?;
    copy_words(items.as_ptr(), buf, items.len());
    Ok(l)
}

/// Lists of up to this many items are made with their items in the same run as the list
/// (one allocation, not two); a list that outgrows them moves its items to a run of their own.
const INLINE_ITEMS: usize = 28;

/// A new list of `len` items (zeroed, for the caller to fill) with room for `cap`: the list
/// and where its items go.
pub fn alloc_list(len: usize, cap: usize) -> R<(Value, *mut Value)> {
    let cap = cap.max(len).max(4);
    let w = core::mem::size_of::<Value>();
    if cap <= INLINE_ITEMS {
        let head = core::mem::size_of::<ListObj>();
        let p = alloc_obj(&LIST_TYPE, head + cap * w, 0)?;
        let items = unsafe { p.add(head) } as *mut Value;
        unsafe { p.cast::<ListObj>().write(ListObj { header: Header::of(&LIST_TYPE), len, cap, items }) };
        return Ok((p as Value, items));
    }
    let buf = alloc_words(cap)?;
    let l = alloc(ListObj { header: Header::of(&LIST_TYPE), len, cap, items: buf })?;
    Ok((l, buf))
}

pub fn list_items<'a>(l: Value) -> &'a mut [Value] {
    unsafe {
        let o = &*(l as *const ListObj);
        core::slice::from_raw_parts_mut(o.items, o.len)
    }
}

fn list(l: Value) -> &'static mut ListObj {
    unsafe { body(l) }
}

/// A new empty list with room for `cap` items (pushing up to that allocates nothing).
pub fn with_room(cap: usize) -> R {
    Ok(alloc_list(0, cap)?.0)
}

/// Empties a list, keeping its room.
pub fn clear(l: Value) {
    // (The words cleared too: a list keeps its buffer, which must not keep the items alive.)
    list_items(l).fill(0);
    list(l).len = 0;
}

fn reserve(l: Value, extra: usize) -> R<()> {
    let o = list(l);
    if o.len + extra > o.cap {
        let cap = (o.cap * 2).max(o.len + extra);
        let buf = alloc_words(cap)?;
        copy_words(o.items, buf, o.len);
        // Items made in the list's own run stay in it (it is not freed): cleared, so that they
        // do not keep the items alive once the list lets them go.
        if o.items as usize == l + core::mem::size_of::<ListObj>() {
            unsafe { core::ptr::write_bytes(o.items, 0, o.len) };
        }
        crate::gc::free(o.items as *mut u8);
        o.items = buf;
        o.cap = cap;
    }
    Ok(())
}

/// `l.append(v)` where `l` is known to be a list (comprehensions; `append` calls once generated
/// code has checked).
#[no_mangle]
pub extern "C" fn rt_list_append(l: Value, v: Value) -> Value {
    let o = list(l);
    if o.len < o.cap {
        unsafe { *o.items.add(o.len) = v };
        o.len += 1;
        return NONE;
    }
    ret(push(l, v).map(|_| NONE))
}

/// `a += b` for two lists (`a` may be `b`): room made once, the items copied.
pub fn extend_list(a: Value, b: Value) -> R<()> {
    let n = list(b).len;
    reserve(a, n)?;
    // Read after `reserve`: when `b` is `a`, its items have moved.
    let src = list(b).items;
    let o = list(a);
    copy_words(src, unsafe { o.items.add(o.len) }, n);
    o.len += n;
    Ok(())
}

/// Appends `a` and `b`, both or neither.
pub fn push2(l: Value, a: Value, b: Value) -> R<()> {
    reserve(l, 2)?;
    let o = list(l);
    unsafe {
        *o.items.add(o.len) = a;
        *o.items.add(o.len + 1) = b;
    }
    o.len += 2;
    Ok(())
}

pub fn push(l: Value, v: Value) -> R<()> {
    reserve(l, 1)?;
    let o = list(l);
    unsafe { *o.items.add(o.len) = v };
    o.len += 1;
    Ok(())
}

/// The items of a list or tuple, if `v` is one.
#[inline(always)]
pub fn seq_items<'a>(v: Value) -> Option<&'a [Value]> {
    if !is_ptr(v) {
        return None;
    }
    match ptr_kind(v) {
        Kind::List => Some(list_items(v)),
        Kind::Tuple => Some(tuple_items(v)),
        _ => None,
    }
}

/// A list of everything `iterable` yields.
pub fn to_list(iterable: Value) -> R {
    // (A subclass's object with operators of its own may have its own `__iter__`.)
    if let Some(items) = seq_items(iterable).filter(|_| !crate::ops::has_operators(iterable)) {
        return new_list(items);
    }
    // A range of small ints (`list(range(n))`), filled without an iterator.
    if let Some(r) =
        crate::iter::as_range(iterable).filter(|r| r.big().is_none() && fits_small(r.start) && fits_small(r.stop))
    {
        let n = r.len();
        let (out, items) = alloc_list(n, n)?;
        let mut v = r.start;
        for i in 0..n {
            unsafe { *items.add(i) = small(v) };
            v = v.wrapping_add(r.step);
        }
        return Ok(out);
    }
    let out = new_list(&[])?;
    crate::iter::for_each(iterable, |v| push(out, v))?;
    Ok(out)
}

/// `iterable` as a tuple (itself when it is one).
pub fn to_tuple(iterable: Value) -> R {
    if is_ptr(iterable) && ptr_inline(iterable) == Kind::Tuple {
        return Ok(iterable);
    }
    let l = to_list(iterable)?;
    new_tuple(list_items(l))
}

pub fn list_new(args: &[Value], kw: &Kw) -> R {
    kw.only("list", &[])?;
    match args.len() {
        1 => new_list(&[]),
        2 => to_list(args[1]),
        n => Err(raise(&TYPE_ERROR, alloc::format!("list expected at most 1 argument, got {}", n - 1))),
    }
}

pub fn tuple_new(args: &[Value], kw: &Kw) -> R {
    kw.only("tuple", &[])?;
    match args.len() {
        1 => new_tuple(&[]),
        // (A tuple of another type, `time.struct_time` or a subclass's, becomes a plain one.)
        2 if is_ptr(args[1]) && ptr_inline(args[1]) == Kind::Tuple && !core::ptr::eq(type_of(args[1]), &TUPLE_TYPE) => {
            new_tuple(tuple_items(args[1]))
        }
        2 => to_tuple(args[1]),
        n => Err(raise(&TYPE_ERROR, alloc::format!("tuple expected at most 1 argument, got {}", n - 1))),
    }
}

/// An index into a sequence of `len` items, negative ones from the end; IndexError outside.
pub fn normalize_index(i: Value, len: usize, what: &str) -> R<usize> {
    index_now(i, || len, what)
}

/// [`normalize_index`] with the length read after `i`'s `__index__` has run (which may have
/// changed the sequence).
#[inline(always)]
pub fn index_now(i: Value, len: impl FnOnce() -> usize, what: &str) -> R<usize> {
    let n = if is_small(i) { small_value(i) } else { other_index(i, what)? };
    let len = len();
    let m = if n < 0 { n + len as isize } else { n };
    if m < 0 || m >= len as isize {
        return Err(raise(&INDEX_ERROR, alloc::format!("{what} index out of range")));
    }
    Ok(m as usize)
}

/// A subscript that is not a small int. Past a 32-bit board's word but within 64 bits it is
/// out of range of any sequence in memory (as on a 64-bit CPython, where only ints past 64
/// bits cannot be an index): the word's end of its sign.
#[inline(never)]
fn other_index(i: Value, what: &str) -> R<isize> {
    if let Some(crate::int::Int::Small(n)) = crate::int::as_int(i) {
        return Ok(crate::int::saturating_word(n));
    }
    subscript_int(i, what)
}

/// Subscript `key` of a sequence as an int; for a `key` that is not one, the TypeError in
/// CPython's words for each kind of sequence (`what`, as [`normalize_index`] names it).
#[inline(always)]
pub fn subscript_int(key: Value, what: &str) -> R<isize> {
    if !is_small(key) && crate::int::as_int(key).is_none() {
        return match has_index(key) {
            true => index_of(crate::int::index_value(key)?, what),
            false => Err(subscript_type_error(what, key)),
        };
    }
    index_of(key, what)
}

/// Whether `v` is an object of a class with `__index__` (it serves as an int).
#[cold]
pub fn has_index(v: Value) -> bool {
    crate::func::lookup_name(type_of(v), crate::name!("__index__")).is_some()
}

fn subscript_type_error(what: &str, key: Value) -> Exc {
    let t = type_name(key);
    let msg = match what {
        "string" => alloc::format!("string indices must be integers, not '{t}'"),
        "list assignment" => alloc::format!("list indices must be integers or slices, not {t}"),
        "list" | "tuple" | "bytearray" | "byte" | "range" => {
            alloc::format!("{what} indices must be integers or slices, not {t}")
        }
        _ => alloc::format!("'{t}' object cannot be interpreted as an integer"),
    };
    raise(&TYPE_ERROR, msg)
}

pub fn new_slice(start: Value, stop: Value, step: Value) -> R {
    alloc(SliceObj { header: Header::of(&SLICE_TYPE), start, stop, step })
}

/// `slice(stop)`, `slice(start, stop[, step])` (`args[0]` the type).
pub fn slice_new(args: &[Value], kw: &Kw) -> R {
    kw.only("slice", &[])?;
    let args = &args[1..];
    match *args {
        [stop] => new_slice(NONE, stop, NONE),
        [start, stop] => new_slice(start, stop, NONE),
        [start, stop, step] => new_slice(start, stop, step),
        [] => Err(raise(&TYPE_ERROR, "slice expected at least 1 argument, got 0")),
        _ => Err(raise(&TYPE_ERROR, alloc::format!("slice expected at most 3 arguments, got {}", args.len()))),
    }
}

/// A slice's `start`, `stop` or `step`.
pub fn slice_attr(s: Value, key: &str) -> Option<Value> {
    let s = as_slice(s)?;
    match key {
        "start" => Some(s.start),
        "stop" => Some(s.stop),
        "step" => Some(s.step),
        _ => None,
    }
}

pub static SLICE_METHODS: &[NativeObj] = crate::methods![NativeObj::method("indices", 1, 1, |a, _| {
    let s = as_slice(a[0]).ok_or_else(|| raise(&TYPE_ERROR, "descriptor 'indices' requires a 'slice' object"))?;
    let len = crate::int::index_of(a[1], "length")?;
    if len < 0 {
        return Err(raise(&VALUE_ERROR, "length should not be negative"));
    }
    // The parts as ints (`__index__` called once each, the step first as in CPython): the
    // step comes back whole, however large.
    let part = |v: Value| {
        if v == NONE || crate::int::as_int(v).is_some() || !has_index(v) {
            Ok(v)
        } else {
            crate::int::index_value(v)
        }
    };
    let step = part(s.step)?;
    let t = new_slice(part(s.start)?, part(s.stop)?, step)?;
    let (start, stop, _, _) = slice_bounds(as_slice(t).expect("a slice"), len as usize)?;
    let step = if step == NONE { small(1) } else { crate::int::plain_int(step)? };
    new_tuple(&[from_isize(start), from_isize(stop), step])
})];

#[no_mangle]
pub extern "C" fn rt_slice(start: Value, stop: Value, step: Value) -> Value {
    ret(new_slice(start, stop, step))
}

/// `obj[start:stop:step]` (None for a part left out): a list, tuple, str, bytes or range is
/// sliced without making a slice object (its code reads the parts and keeps nothing); other
/// objects get a real one.
#[no_mangle]
pub extern "C" fn rt_getslice(obj: Value, start: Value, stop: Value, step: Value) -> Value {
    // A list or tuple (not a subclass's: it may index itself) with small-int or missing
    // parts: the commonest slice, all here.
    if is_ptr(obj) {
        let (is_list, items) = match ptr_inline(obj) {
            Kind::List => (true, &*list_items(obj)),
            Kind::Tuple => (false, tuple_items(obj)),
            _ => return getslice(obj, start, stop, step),
        };
        if let Some((first, step, count)) = small_bounds(start, stop, step, items.len()) {
            return ret(copy_picked(is_list, items, first, step, count));
        }
    }
    getslice(obj, start, stop, step)
}

/// [`rt_getslice`]'s every other case.
#[inline(always)]
fn getslice(obj: Value, start: Value, stop: Value, step: Value) -> Value {
    if is_ptr(obj)
        && matches!(kind_of(obj), Kind::List | Kind::Tuple | Kind::Str | Kind::Bytes | Kind::ByteArray | Kind::Range)
    {
        let s = SliceObj { header: Header::of(&SLICE_TYPE), start, stop, step };
        let r = crate::ops::getitem(obj, &s as *const SliceObj as Value);
        core::hint::black_box(&s);
        return ret(r);
    }
    ret(new_slice(start, stop, step).and_then(|s| crate::ops::getitem(obj, s)))
}

/// A slice's (start, step, count) over `len` items when its parts are small ints or None
/// and the step is not zero (the rest, errors included, take the general path).
#[inline(always)]
fn small_bounds(start: Value, stop: Value, step: Value, len: usize) -> Option<(isize, isize, usize)> {
    let part = |v: Value| if v == NONE { Some(None) } else { is_small(v).then(|| Some(small_value(v))) };
    let (start, stop) = (part(start)?, part(stop)?);
    let step = part(step)?.unwrap_or(1);
    if step == 0 {
        return None;
    }
    let len = len as isize;
    #[inline(always)]
    fn clamp(v: Option<isize>, default: isize, len: isize, step: isize) -> isize {
        match v {
            None => default,
            Some(i) if i < 0 => (i + len).max(if step < 0 { -1 } else { 0 }),
            Some(i) if i >= len => {
                if step < 0 {
                    len - 1
                } else {
                    len
                }
            }
            Some(i) => i,
        }
    }
    let (first, last) = if step > 0 {
        (clamp(start, 0, len, step), clamp(stop, len, len, step))
    } else {
        (clamp(start, len - 1, len, step), clamp(stop, -1, len, step))
    };
    let count = if step > 0 && last > first {
        (last - first + step - 1) / step
    } else if step < 0 && first > last {
        (first - last - step - 1) / -step
    } else {
        0
    };
    Some((first, step, count as usize))
}

/// A new list (or tuple) of the `count` items of `items` from `first` by `step`.
fn copy_picked(is_list: bool, items: &[Value], first: isize, step: isize, count: usize) -> R {
    let (out, dest) = if is_list {
        let (l, _) = alloc_list(count, count)?;
        (l, list_items(l))
    } else {
        let t = new_tuple_n(count)?;
        (t, tuple_items_mut(t))
    };
    if step == 1 {
        let from = &items[first as usize..first as usize + count];
        copy_words(from.as_ptr(), dest.as_mut_ptr(), count);
    } else {
        for (k, d) in dest.iter_mut().enumerate() {
            *d = items[(first + k as isize * step) as usize];
        }
    }
    Ok(out)
}

/// `obj[start:stop:step] = v`: a list without making a slice object, as [`rt_getslice`].
#[no_mangle]
pub extern "C" fn rt_setslice(obj: Value, start: Value, stop: Value, step: Value, v: Value) -> Value {
    // (A list subclass's object may store into itself: the general path.)
    if is_ptr(obj) && ptr_inline(obj) == Kind::List {
        if let (Some(new), Some((first, 1, count))) = (seq_items(v), small_bounds(start, stop, step, list(obj).len)) {
            if v != obj {
                return ret(replace_run(obj, first as usize, count, v, new.len()).map(|_| NONE));
            }
        }
        let s = SliceObj { header: Header::of(&SLICE_TYPE), start, stop, step };
        let r = list_setitem(obj, &s as *const SliceObj as Value, v);
        core::hint::black_box(&s);
        return ret(r.map(|_| NONE));
    }
    setslice(obj, start, stop, step, v)
}

/// [`rt_setslice`] of anything but a list.
#[inline(always)]
fn setslice(obj: Value, start: Value, stop: Value, step: Value, v: Value) -> Value {
    ret(new_slice(start, stop, step).and_then(|s| crate::ops::setitem(obj, s, v)).map(|_| NONE))
}

#[inline(always)]
pub fn as_slice(v: Value) -> Option<&'static SliceObj> {
    (is_ptr(v) && ptr_kind(v) == Kind::Slice).then(|| unsafe { &*(v as *const SliceObj) })
}

/// A slice's (start, step, count) over `len` items, as `slice.indices` computes them.
pub fn slice_indices(s: &SliceObj, len: usize) -> R<(isize, isize, usize)> {
    let (start, _, step, count) = slice_bounds(s, len)?;
    Ok((start, step, count))
}

/// [`slice_indices`] with the length read after the slice's parts' `__index__` methods have
/// run (which may have changed the sequence).
pub fn slice_now(s: &SliceObj, len: impl Fn() -> usize) -> R<(isize, isize, usize)> {
    let plain = |x: Value| x == NONE || is_small(x) || crate::int::as_int(x).is_some() || !has_index(x);
    if plain(s.start) && plain(s.stop) && plain(s.step) {
        return slice_indices(s, len());
    }
    let resolve = |x: Value| if plain(x) { Ok(x) } else { crate::int::index_value(x) };
    let (start, stop, step) = (resolve(s.start)?, resolve(s.stop)?, resolve(s.step)?);
    let t = new_slice(start, stop, step)?;
    slice_indices(as_slice(t).unwrap_or(s), len())
}

/// A slice's part that is not a small int: its value if it fits 64 bits, else Err(whether it is
/// negative); anything but an int or an object with `__index__` is a TypeError.
pub fn slice_int(v: Value) -> R<Result<i64, bool>> {
    match crate::int::as_int(v) {
        Some(crate::int::Int::Small(n)) => Ok(Ok(n)),
        Some(crate::int::Int::Big(b)) => Ok(Err(b.negative)),
        None if has_index(v) => slice_int(crate::int::index_value(v)?),
        None => Err(raise(&TYPE_ERROR, "slice indices must be integers or None or have an __index__ method")),
    }
}

/// A slice's part that is not a small int, clamped to a word as CPython's (ints beyond it slice
/// as far as the sequence goes).
fn slice_index(v: Value) -> R<isize> {
    Ok(match slice_int(v)? {
        Ok(n) => n.clamp(isize::MIN as i64, isize::MAX as i64) as isize,
        Err(negative) => {
            if negative {
                isize::MIN
            } else {
                isize::MAX
            }
        }
    })
}

/// A slice's (start, stop, step, count) over `len` items: `slice.indices` and the length.
pub fn slice_bounds(s: &SliceObj, len: usize) -> R<(isize, isize, isize, usize)> {
    let len = len as isize;
    // Small ints and None without a call: most slices are `[a:b]` with small bounds.
    let index = |v: Value| if is_small(v) { Ok(small_value(v)) } else { slice_index(v) };
    // (Never `isize::MIN`, whose negation overflows: as CPython.)
    let step = if s.step == NONE { 1 } else { index(s.step)?.max(-isize::MAX) };
    if step == 0 {
        return Err(raise(&VALUE_ERROR, "slice step cannot be zero"));
    }
    let clamp = |v: Value, default: isize| -> R<isize> {
        if v == NONE {
            return Ok(default);
        }
        let mut i = index(v)?;
        if i < 0 {
            i += len;
            if i < 0 {
                i = if step < 0 { -1 } else { 0 };
            }
        } else if i >= len {
            i = if step < 0 { len - 1 } else { len };
        }
        Ok(i)
    };
    let (start, stop) = if step > 0 {
        (clamp(s.start, 0)?, clamp(s.stop, len)?)
    } else {
        (clamp(s.start, len - 1)?, clamp(s.stop, -1)?)
    };
    // (CPython's arithmetic, which overflows for no step.)
    let count = if step > 0 {
        if stop > start {
            (stop - start - 1) / step + 1
        } else {
            0
        }
    } else if start > stop {
        (start - stop - 1) / -step + 1
    } else {
        0
    };
    Ok((start, stop, step, count as usize))
}

/// `v[s]` for a list or tuple `v`: a new one of the same kind, filled in place.
fn seq_slice(v: Value, s: &SliceObj) -> R {
    let (start, step, count) = slice_now(s, || seq_items(v).map_or(0, <[Value]>::len))?;
    copy_picked(ptr_kind(v) == Kind::List, seq_items(v).unwrap_or(&[]), start, step, count)
}

pub fn seq_getitem(v: Value, key: Value) -> R {
    if let Some(s) = as_slice(key) {
        return seq_slice(v, s);
    }
    let is_list = ptr_kind(v) == Kind::List;
    // (The length after the key's `__index__`, which may change the list.)
    let items = |v: Value| seq_items(v).unwrap_or(&[]);
    let i = index_now(key, || items(v).len(), if is_list { "list" } else { "tuple" })?;
    Ok(items(v)[i])
}

/// Copies `n` words from `src` to `dst` (not overlapping): a few by a plain loop, which beats
/// a call to `memcpy` for the short lists and tuples most programs copy.
#[inline(always)]
fn copy_words(src: *const Value, dst: *mut Value, n: usize) {
    unsafe {
        if n > 8 {
            core::ptr::copy_nonoverlapping(src, dst, n);
        } else {
            // Volatile, so that the compiler does not turn the loop back into that call.
            for k in 0..n {
                dst.add(k).write_volatile(*src.add(k));
            }
        }
    }
}

/// Moves `n` words at `p` from index `src` to index `dst` (the ranges may overlap): a plain
/// loop for the few words most lists move, memmove for more. (Not inlined: one copy of the
/// loops serves every caller, which measured faster.)
fn move_items(p: *mut Value, src: usize, dst: usize, n: usize) {
    unsafe {
        if n > 16 {
            core::ptr::copy(p.add(src), p.add(dst), n);
        } else if dst < src {
            for k in 0..n {
                p.add(dst + k).write_volatile(*p.add(src + k));
            }
        } else {
            for k in (0..n).rev() {
                p.add(dst + k).write_volatile(*p.add(src + k));
            }
        }
    }
}

/// Replaces the `count` items of list `l` from `start` by the `n_new` items of the list or
/// tuple `new` (not `l` itself), in place: the tail moves to its new position, then the new
/// items go in.
fn replace_run(l: Value, start: usize, count: usize, new: Value, n_new: usize) -> R<()> {
    let len = list(l).len;
    let end = start + count;
    let new_len = len - count + n_new;
    reserve(l, new_len.saturating_sub(len))?;
    let o = list(l);
    let src = seq_items(new).unwrap_or(&[]);
    unsafe {
        move_items(o.items, end, start + n_new, len - end);
        copy_words(src.as_ptr(), o.items.add(start), n_new);
        // Words past the end must not keep objects alive.
        core::ptr::write_bytes(o.items.add(new_len), 0, len.saturating_sub(new_len));
    }
    o.len = new_len;
    Ok(())
}

pub fn list_setitem(l: Value, key: Value, v: Value) -> R<()> {
    if let Some(s) = as_slice(key) {
        // The new items: a list or tuple's own (copied only when it is the list itself).
        let new = if v != l && seq_items(v).is_some() { v } else { to_list(v)? };
        let n_new = seq_items(new).unwrap_or(&[]).len();
        let (start, step, count) = slice_now(s, || list(l).len)?;
        if step == 1 {
            return replace_run(l, start as usize, count, new, n_new);
        }
        let new_items = seq_items(new).unwrap_or(&[]);
        if new_items.len() != count {
            return Err(raise(
                &VALUE_ERROR,
                alloc::format!(
                    "attempt to assign sequence of size {} to extended slice of size {count}",
                    new_items.len()
                ),
            ));
        }
        let items = list_items(l);
        for (k, &x) in new_items.iter().enumerate() {
            items[(start + k as isize * step) as usize] = x;
        }
        return Ok(());
    }
    let i = index_now(key, || list(l).len, "list assignment")?;
    list_items(l)[i] = v;
    Ok(())
}

/// Makes list `l` hold `all` (for `list.__init__` in a subclass).
pub fn set_contents(l: Value, all: &[Value]) -> R<()> {
    replace_items(l, all)
}

fn replace_items(l: Value, all: &[Value]) -> R<()> {
    let o = list(l);
    if all.len() > o.cap {
        reserve(l, all.len() - o.len)?;
    }
    let o = list(l);
    unsafe { core::ptr::copy_nonoverlapping(all.as_ptr(), o.items, all.len()) };
    o.len = all.len();
    Ok(())
}

/// `del l[key]`: the items kept move down in place (no buffer: a full heap must not make a
/// deletion fail), and the slots left at the end are cleared for the collector.
pub fn list_delitem(l: Value, key: Value) -> R<()> {
    let (start, step, count) = match as_slice(key) {
        Some(s) => slice_now(s, || list(l).len)?,
        None => (index_now(key, || list(l).len, "list assignment")? as isize, 1, 1),
    };
    let len = list(l).len;
    if count == 0 {
        return Ok(());
    }
    // The same items, from the lowest, by a positive step.
    let (low, step) = if step < 0 { (start + (count as isize - 1) * step, -step) } else { (start, step) };
    let (low, step) = (low as usize, step as usize);
    let items = list_items(l);
    let (mut to, mut deleted) = (low, 0);
    for from in low..len {
        if deleted < count && from == low + deleted * step {
            deleted += 1;
            continue;
        }
        items[to] = items[from];
        to += 1;
    }
    items[to..].fill(0);
    list(l).len = to;
    Ok(())
}

/// `a + b` for two lists or two tuples.
/// The result is allocated once, at its size, and the items copied straight in (no temporary:
/// `a[i + 1:] + a[i:i + 1]` in a loop made garbage at twice the rate).
pub fn concat(a: Value, b: Value) -> R {
    let (na, nb) = (seq_items(a).unwrap_or(&[]).len(), seq_items(b).unwrap_or(&[]).len());
    let total = na.checked_add(nb).filter(|&t| t < isize::MAX as usize / 16).ok_or_else(memory_error)?;
    let (out, dst) = if ptr_kind(a) == Kind::List {
        alloc_list(total, total)?
    } else {
        let out = new_tuple_n(total)?;
        (out, unsafe { (out as *mut Value).add(2) })
    };
    // (The collector moves nothing: `a` and `b`'s items are where they were before the
    // allocations.)
    let (ia, ib) = (seq_items(a).unwrap_or(&[]), seq_items(b).unwrap_or(&[]));
    unsafe {
        copy_words(ia.as_ptr(), dst, na);
        copy_words(ib.as_ptr(), dst.add(na), nb);
    }
    Ok(out)
}

/// `seq * n`: built on the collected heap directly, so that a huge one raises MemoryError.
pub fn repeat(seq: Value, n: isize) -> R {
    let len = seq_items(seq).unwrap_or(&[]).len();
    let total =
        len.checked_mul(n.max(0) as usize).filter(|&t| t < isize::MAX as usize / 16).ok_or_else(memory_error)?;
    let out = if kind_of(seq) == Kind::List { new_list(&[])? } else { new_tuple_n(total)? };
    if kind_of(seq) == Kind::List {
        reserve(out, total)?;
        list(out).len = total;
    }
    let src = seq_items(seq).unwrap_or(&[]);
    let dst: &mut [Value] = if kind_of(seq) == Kind::List {
        list_items(out)
    } else {
        unsafe { core::slice::from_raw_parts_mut((out as *mut Value).add(2), total) }
    };
    for (i, d) in dst.iter_mut().enumerate() {
        *d = src[i % len];
    }
    Ok(out)
}

/// A tuple of `n` items, all None, to be filled in (before anything else allocates, values
/// kept only in a Rust vector may be collected: build into a tuple like this one instead).
pub fn new_tuple_n(n: usize) -> R {
    let w = core::mem::size_of::<Value>();
    let p = alloc_obj(&TUPLE_TYPE, w * (2 + n), 0)?;
    unsafe {
        (*(p as *mut TupleObj)).len = n;
        for i in 0..n {
            *(p as *mut Value).add(2 + i) = NONE;
        }
    }
    Ok(p as Value)
}

/// Compares two lists or two tuples item by item, as `<`, `==` and friends do. A comparison
/// (Python code) may change a list: the items are looked at again after each one.
/// Two slices compared as the tuples `(start, stop, step)`, as CPython's.
pub fn slice_compare(op: usize, a: Value, b: Value) -> R<bool> {
    let parts = |v: Value| {
        let s = as_slice(v).expect("a slice");
        new_tuple(&[s.start, s.stop, s.step])
    };
    seq_compare(op, parts(a)?, parts(b)?)
}

pub fn seq_compare(op: usize, a: Value, b: Value) -> R<bool> {
    use crate::ops::cmpop::*;
    crate::stack::check_while("in comparison")?;
    let items = |v: Value| seq_items(v).unwrap_or(&[]);
    let (mut xs, mut ys) = (items(a), items(b));
    let mut i = 0;
    while i < xs.len() && i < ys.len() {
        let (x, y) = (xs[i], ys[i]);
        if x != y {
            if !ops::eq(x, y)? {
                return match op {
                    EQ => Ok(false),
                    NE => Ok(true),
                    _ => ops::compare_bool(op, x, y),
                };
            }
            (xs, ys) = (items(a), items(b));
        }
        i += 1;
    }
    let (x, y) = (xs.len(), ys.len());
    Ok(match op {
        LT => x < y,
        LE => x <= y,
        GT => x > y,
        GE => x >= y,
        EQ => x == y,
        _ => x != y,
    })
}

/// `v in seq` for a list or tuple. A comparison (Python code) may change the list: its items
/// are looked at again after each one.
pub fn contains(seq: Value, v: Value) -> R<bool> {
    let mut items = seq_items(seq).unwrap_or(&[]);
    let mut i = 0;
    while let Some(&x) = items.get(i) {
        if x == v {
            return Ok(true);
        }
        // Two different small ints are not equal: no call for them.
        if (x & v) & 1 == 0 {
            if ops::eq(x, v)? {
                return Ok(true);
            }
            items = seq_items(seq).unwrap_or(&[]);
        }
        i += 1;
    }
    Ok(false)
}

/// Sorts `l`'s items in place by `key` (or themselves), stably; `reverse` as `list.sort`.
/// As CPython does, the items are taken out and the list is empty while a key function or a
/// comparison (Python code) may look at it; a list changed meanwhile is a ValueError, with
/// the sorted items put back.
pub fn sort(l: Value, key: Value, reverse: bool) -> R<()> {
    let work = new_list(list_items(l))?;
    list_items(l).fill(0);
    list(l).len = 0;
    let order = sort_order(work, key, reverse);
    let modified = list(l).len != 0;
    // Back into the list's own buffer (no allocation unless Python code replaced it): sorted,
    // or on an error as they were (reversed back below).
    list_items(l).fill(0);
    list(l).len = 0;
    let n = list(work).len;
    reserve(l, n)?;
    let (o, src) = (list(l), list_items(work));
    for k in 0..n {
        let i = order.as_ref().map_or(k, |idx| idx[k]);
        unsafe { *o.items.add(k) = src[i] };
    }
    o.len = n;
    core::hint::black_box(work);
    if reverse {
        list_items(l).reverse();
    }
    order?;
    if modified {
        return Err(raise(&VALUE_ERROR, "list modified during sort"));
    }
    Ok(())
}

/// The order of `l`'s items sorted by `key` (reversed first when `reverse`, for stability).
fn sort_order(l: Value, key: Value, reverse: bool) -> R<Vec<usize>> {
    let n = list(l).len;
    let keys = if key == NONE {
        l
    } else {
        let keys = new_list(&[])?;
        for i in 0..n {
            let k = call(key, &[list_items(l)[i]], &Kw::NONE)?;
            push(keys, k)?;
        }
        keys
    };
    if reverse {
        list_items(l).reverse();
        if keys != l {
            list_items(keys).reverse();
        }
    }
    // Sorting indices: comparisons may raise, and may run Python code.
    let mut idx: Vec<usize> = crate::reserve::vec_with(n)?;
    idx.extend(0..n);
    let lt = |a: usize, b: usize| -> R<bool> {
        let kv = list_items(keys);
        ops::compare_bool(ops::cmpop::LT, kv[a], kv[b])
    };
    if n < 64 {
        // CPython's sort of a short list, comparison for comparison (so that a comparison
        // that raises is the same one): the run at the start (reversed when strictly
        // descending), then binary insertion of the rest.
        let mut run = n.min(2);
        if n >= 2 {
            if lt(idx[1], idx[0])? {
                while run < n && lt(idx[run], idx[run - 1])? {
                    run += 1;
                }
                idx[..run].reverse();
            } else {
                while run < n && !lt(idx[run], idx[run - 1])? {
                    run += 1;
                }
            }
        }
        for start in run..n {
            let pivot = idx[start];
            let (mut l, mut r) = (0, start);
            while l < r {
                let p = l + ((r - l) >> 1);
                if lt(pivot, idx[p])? {
                    r = p;
                } else {
                    l = p + 1;
                }
            }
            idx.copy_within(l..start, l + 1);
            idx[l] = pivot;
        }
    }
    let mut tmp: Vec<usize> = crate::reserve::vec_with(n)?;
    tmp.resize(n, 0);
    // Longer lists: a merge sort (the same order as CPython's unless a comparison raises or
    // has effects).
    let mut width = if n < 64 { n } else { 1 };
    while width < n {
        let mut lo = 0;
        while lo < n {
            let mid = (lo + width).min(n);
            let hi = (lo + 2 * width).min(n);
            let (mut i, mut j, mut k) = (lo, mid, lo);
            while i < mid && j < hi {
                let kv = list_items(keys);
                // Take from the right only when strictly smaller: stable.
                if ops::compare_bool(ops::cmpop::LT, kv[idx[j]], kv[idx[i]])? {
                    tmp[k] = idx[j];
                    j += 1;
                } else {
                    tmp[k] = idx[i];
                    i += 1;
                }
                k += 1;
            }
            tmp[k..k + mid - i].copy_from_slice(&idx[i..mid]);
            k += mid - i;
            tmp[k..k + hi - j].copy_from_slice(&idx[j..hi]);
            lo = hi;
        }
        core::mem::swap(&mut idx, &mut tmp);
        width *= 2;
    }
    core::hint::black_box(keys);
    Ok(idx)
}

/// `seq.index(x[, start[, stop]])` over `items`; `a` holds self, x and the optional bounds.
fn index_in(seq: Value, a: &[Value], what: &str) -> R {
    let len = seq_items(seq).unwrap_or(&[]).len() as isize;
    let bound = |i: usize, default: isize| -> R<isize> {
        let Some(&v) = a.get(i) else { return Ok(default) };
        // (An object with `__index__` is an index too; None is not, here.)
        if crate::int::as_int(v).is_none() && !has_index(v) {
            return Err(raise(&TYPE_ERROR, "slice indices must be integers or have an __index__ method"));
        }
        let n = slice_index(v)?;
        Ok(if n < 0 { (n + len).max(0) } else { n.min(len) })
    };
    let (start, stop) = (bound(2, 0)?, bound(3, len)?);
    let x = a[1];
    let (start, stop) = (start as usize, stop.max(start) as usize);
    // The items looked at again after each comparison (as [`contains`]).
    for i in start..stop {
        let Some(&v) = seq_items(seq).unwrap_or(&[]).get(i) else { break };
        if v == x || ops::eq(v, x)? {
            return Ok(from_isize(i as isize));
        }
    }
    if what.starts_with("list") {
        let mut text = crate::str::Text::new();
        text.push_str(&crate::print::to_repr(x)?)?;
        text.push_str(" is not in list")?;
        return Err(raise(&VALUE_ERROR, text.into_string()));
    }
    Err(raise(&VALUE_ERROR, what))
}

/// `seq.count(x)`, the items looked at again after each comparison (as [`contains`]).
fn count_in(seq: Value, x: Value) -> R {
    let mut n = 0;
    let mut i = 0;
    while let Some(&v) = seq_items(seq).unwrap_or(&[]).get(i) {
        if v == x || ops::eq(v, x)? {
            n += 1;
        }
        i += 1;
    }
    Ok(from_isize(n))
}

/// CPython's TypeError for a built-in called with `given` arguments where it takes `min` to
/// `max`, for `name` as CPython names it there (`list.append`, `insert`): see
/// [`NativeObj::call`](crate::func::NativeObj::call).
#[cold]
#[inline(never)]
pub(crate) fn arity_error(name: &str, min: usize, max: usize, given: usize) -> Exc {
    let s = |n: usize| if n == 1 { "" } else { "s" };
    let msg = match (min, max) {
        (0, 0) => alloc::format!("{name}() takes no arguments ({given} given)"),
        (1, 1) => alloc::format!("{name}() takes exactly one argument ({given} given)"),
        _ if min == max => alloc::format!("{name} expected {min} argument{}, got {given}", s(min)),
        _ if given < min => alloc::format!("{name} expected at least {min} argument{}, got {given}", s(min)),
        _ => alloc::format!("{name} expected at most {max} argument{}, got {given}", s(max)),
    };
    raise(&TYPE_ERROR, msg)
}

pub static LIST_METHODS: &[NativeObj] = crate::methods![
    NativeObj::method("append", 1, 1, |a, _| push(a[0], a[1]).map(|_| NONE)),
    NativeObj::method("clear", 0, 0, |a, _| {
        clear(a[0]);
        Ok(NONE)
    }),
    NativeObj::method("copy", 0, 0, |a, _| new_list(list_items(a[0]))),
    NativeObj::method("count", 1, 1, |a, _| count_in(a[0], a[1])),
    // (A list or tuple: room made once and its items copied, no copy of it first; anything
    // else appended as it is iterated, as CPython's.)
    NativeObj::method("extend", 1, 1, |a, _| {
        let (l, x) = (a[0], a[1]);
        if let Some(n) = seq_items(x).filter(|_| !crate::ops::has_operators(x)).map(<[Value]>::len) {
            reserve(l, n)?;
            // Read after `reserve`: when `x` is the list itself, its items have moved.
            let src = seq_items(x).unwrap_or(&[]).as_ptr();
            let o = list(l);
            copy_words(src, unsafe { o.items.add(o.len) }, n);
            o.len += n;
            return Ok(NONE);
        }
        crate::iter::for_each(x, |v| push(l, v))?;
        Ok(NONE)
    }),
    NativeObj::method("index", 1, 3, |a, _| index_in(a[0], a, "list.index(x): x not in list")),
    NativeObj::method("insert", 2, 2, |a, _| {
        let mut i = crate::int::ssize_arg(a[1], "list")?;
        // (After the index's `__index__`, which may have changed the list.)
        let len = list(a[0]).len as isize;
        if i < 0 {
            i = i.saturating_add(len).max(0);
        }
        let i = i.min(len) as usize;
        push(a[0], NONE)?;
        let items = list_items(a[0]);
        move_items(items.as_mut_ptr(), i, i + 1, items.len() - 1 - i);
        items[i] = a[2];
        Ok(NONE)
    }),
    NativeObj::method("pop", 0, 1, |a, _| {
        // The index first: its `__index__` may change the list.
        let at = match a.get(1) {
            Some(&k) if !is_small(k) && crate::int::as_int(k).is_none() && has_index(k) => crate::int::index_value(k)?,
            Some(&k) => k,
            None => NONE,
        };
        let len = list(a[0]).len;
        if len == 0 {
            return Err(raise(&INDEX_ERROR, "pop from empty list"));
        }
        let i = if at != NONE {
            // An int past a word is CPython's OverflowError here (a Py_ssize_t argument).
            normalize_index(at, len, "pop").or_else(|e| crate::int::ssize_arg(at, "pop").and(Err(e)))?
        } else {
            len - 1
        };
        let items = list_items(a[0]);
        let v = items[i];
        move_items(items.as_mut_ptr(), i + 1, i, len - 1 - i);
        // The word past the end must not keep the item alive.
        items[len - 1] = 0;
        list(a[0]).len -= 1;
        Ok(v)
    }),
    NativeObj::method("remove", 1, 1, |a, _| {
        // The items read again at each turn: a comparison may change the list.
        let mut i = 0;
        while let Some(&x) = list_items(a[0]).get(i) {
            if x == a[1] || ops::eq(x, a[1])? {
                let items = list_items(a[0]);
                if i < items.len() {
                    items.copy_within(i + 1.., i);
                    let last = items.len() - 1;
                    items[last] = 0;
                    list(a[0]).len -= 1;
                }
                return Ok(NONE);
            }
            i += 1;
        }
        Err(raise(&VALUE_ERROR, "list.remove(x): x not in list"))
    }),
    NativeObj::method("reverse", 0, 0, |a, _| {
        list_items(a[0]).reverse();
        Ok(NONE)
    }),
    NativeObj::method("sort", 0, 0, |a, kw| {
        if a.len() > 1 {
            return Err(raise(&TYPE_ERROR, "sort() takes no positional arguments"));
        }
        kw.only("sort", &["key", "reverse"])?;
        let key = kw.get("key").unwrap_or(NONE);
        let reverse = match kw.get("reverse") {
            Some(r) => ops::truthy(r)?,
            None => false,
        };
        sort(a[0], key, reverse).map(|_| NONE)
    })
    .keywords(),
];

pub static TUPLE_METHODS: &[NativeObj] = crate::methods![
    NativeObj::method("count", 1, 1, |a, _| count_in(a[0], a[1])),
    NativeObj::method("index", 1, 3, |a, _| index_in(a[0], a, "tuple.index(x): x not in tuple")),
];

/// `[a, b, c]` from `n` values at `argv`.
#[no_mangle]
pub unsafe extern "C" fn rt_build_list(argv: *const Value, n: usize) -> Value {
    ret(new_list(crate::value::words(argv, n)))
}

#[no_mangle]
pub unsafe extern "C" fn rt_build_tuple(argv: *const Value, n: usize) -> Value {
    ret(new_tuple(crate::value::words(argv, n)))
}

/// `*it` spliced into list `l`: in a call of `f`'s arguments, or (`f` 0) in a list or tuple
/// display. Something that cannot be iterated at all gets CPython's message naming the call.
#[no_mangle]
pub extern "C" fn rt_splice(l: Value, it: Value, f: Value) -> Value {
    if crate::iter::lacks_iter(it) {
        let who = match f {
            0 => alloc::string::String::from("Value"),
            f => alloc::format!("{} argument", crate::func::function_str(f)),
        };
        return ret(Err(raise(
            &TYPE_ERROR,
            alloc::format!("{who} after * must be an iterable, not {}", type_name(it)),
        )));
    }
    ret(crate::iter::for_each(it, |v| push(l, v)).map(|_| NONE))
}

#[no_mangle]
pub extern "C" fn rt_list_to_tuple(l: Value) -> Value {
    ret(new_tuple(list_items(l)))
}

/// `a, b, *rest, c = seq`: stores `before` values, then a list of the middle (when `star` is
/// 1), then `after` values at `out`.
#[no_mangle]
pub unsafe extern "C" fn rt_unpack(seq: Value, before: usize, star: usize, after: usize, out: *mut Value) -> Value {
    // `a, b = pair` of a tuple or list of the right length: its items, with no copy made.
    // (Not of a subclass's with operators of its own: its `__iter__` says what it holds.)
    if star == 0 {
        if let Some(items) =
            seq_items(seq).filter(|items| items.len() == before + after && !crate::ops::has_operators(seq))
        {
            copy_words(items.as_ptr(), out, items.len());
            return NONE;
        }
    }
    ret((|| {
        let iterable = matches!(
            kind_of(seq),
            Kind::List
                | Kind::Tuple
                | Kind::Str
                | Kind::Dict
                | Kind::Set
                | Kind::FrozenSet
                | Kind::Range
                | Kind::Iter
                | Kind::DictView
                | Kind::Bytes
                | Kind::ByteArray
                | Kind::Generator
        ) || crate::func::lookup_name(type_of(seq), crate::name!("__iter__")).is_some()
            || crate::func::lookup_name(type_of(seq), crate::name!("__getitem__")).is_some();
        if !iterable {
            return Err(raise(&TYPE_ERROR, alloc::format!("cannot unpack non-iterable {} object", type_name(seq))));
        }
        let l = to_list(seq)?;
        let items = list_items(l);
        let n = items.len();
        let want = before + after;
        if star == 0 && n != want {
            return Err(if n > want {
                raise(&VALUE_ERROR, alloc::format!("too many values to unpack (expected {want})"))
            } else {
                raise(&VALUE_ERROR, alloc::format!("not enough values to unpack (expected {want}, got {n})"))
            });
        }
        if star == 1 && n < want {
            return Err(raise(
                &VALUE_ERROR,
                alloc::format!("not enough values to unpack (expected at least {want}, got {n})"),
            ));
        }
        let out = core::slice::from_raw_parts_mut(out, want + star);
        out[..before].copy_from_slice(&items[..before]);
        if star == 1 {
            out[before] = new_list(&list_items(l)[before..n - after])?;
        }
        let items = list_items(l);
        out[before + star..].copy_from_slice(&items[n - after..]);
        Ok(NONE)
    })())
}
