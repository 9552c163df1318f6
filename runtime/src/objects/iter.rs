//! Iteration: `range`, the iterators of every container, `enumerate`, `zip`, `map`, `filter`,
//! `reversed`, and the `for` protocol generated code uses (`rt_iter`, `rt_next`).

use crate::dict;
use crate::exc::*;
use crate::func::{call, lookup_name, ret, Kw, NativeObj};
use crate::int::from_isize;
use crate::list::{list_items, new_list, new_tuple, seq_items, tuple_items};
use crate::object::*;
use crate::value::*;

#[repr(C)]
pub struct RangeObj {
    pub header: Header,
    pub start: isize,
    pub stop: isize,
    pub step: isize,
}

impl RangeObj {
    /// The tuple of a range's bounds where they are not all words ([`crate::bigrange`]); such
    /// a range's other fields are no bounds.
    #[inline(always)]
    pub fn big(&self) -> Option<Value> {
        (self.step == 0).then_some(self.start as Value)
    }
    /// A word range's number of values: the span taken unsigned, as `range(sys.maxsize, 0, -1)`
    /// spans the whole word (a range longer than `sys.maxsize` is refused by `len()`). (0 for
    /// a range past a word, whose fields are no bounds: ask [`Self::checked_len`].)
    pub fn len(&self) -> usize {
        let (lo, hi) = if self.step > 0 { (self.start, self.stop) } else { (self.stop, self.start) };
        if hi <= lo {
            return 0;
        }
        (hi.wrapping_sub(lo) as usize - 1).checked_div(self.step.unsigned_abs()).map_or(0, |n| n + 1)
    }
    /// Whether a word range has no values (see [`Self::len`]; [`Self::empty`] for any range).
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// `len()` of the range: OverflowError past `sys.maxsize`, as CPython.
    pub fn checked_len(&self) -> R<usize> {
        if self.big().is_some() {
            return crate::bigrange::len(self);
        }
        let n = self.len();
        if n > isize::MAX as usize {
            return Err(raise(&OVERFLOW_ERROR, "Python int too large to convert to C ssize_t"));
        }
        Ok(n)
    }
    /// Whether it has no values (asked in ints for a range past a word).
    pub fn empty(&self) -> R<bool> {
        if self.big().is_some() {
            return crate::bigrange::is_empty(self);
        }
        Ok(self.is_empty())
    }
    /// The `i`th value (`i` below [`Self::len`]: the result fits even where `i * step` does not).
    pub fn get(&self, i: usize) -> isize {
        self.start.wrapping_add((i as isize).wrapping_mul(self.step))
    }
    /// `r[key]` for an int `key`: the length may exceed `sys.maxsize`, so the arithmetic is wide.
    pub fn item(&self, key: Value) -> R {
        if self.big().is_some() {
            return crate::bigrange::item(self, key);
        }
        let n = crate::list::subscript_int(key, "range")?;
        let len = self.len();
        let i = if n < 0 { len.checked_sub(n.unsigned_abs()) } else { Some(n as usize) };
        match i {
            Some(i) if i < len => Ok(from_isize(self.get(i))),
            _ => Err(raise(&INDEX_ERROR, "range object index out of range")),
        }
    }
}

/// What an [`IterObj`] walks over.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(usize)]
enum Walk {
    /// A list or tuple by index (a list may change length while it is walked).
    Seq,
    /// A str by code point (`pos` is a byte offset).
    Str,
    /// bytes or bytearray by index.
    Bytes,
    /// A range of small ints: `a` is the next value, `b` the step (both small ints), `pos`
    /// how many values are left. Generated code steps it inline (`WALK_RANGE`).
    Range,
    /// Any other range of words: `pos` counts from `range.start` by `range.step` (`a`).
    BigRange,
    /// A range whose bounds are not all words: `a` is the range, `b` the next value.
    LongRange,
    DictKeys,
    /// A set's or frozenset's elements, by slot of its table.
    SetKeys,
    DictValues,
    DictItems,
    /// `a` is an iterator, `b` the next count.
    Enumerate,
    /// `a` is a tuple of iterators, `b` true for `strict=True`.
    Zip,
    /// `iter(callable, sentinel)`: `a` is the callable (None once the sentinel came), `b` the
    /// sentinel.
    Call,
    /// `a` is the function, `b` a tuple of iterators.
    Map,
    /// `a` is the function (or None), `b` the iterator.
    Filter,
    /// A memoryview by index.
    View,
}

/// Generated code walks lists, tuples and ranges inline: `walk` is the word after the header
/// (0 for `Walk::Seq`, [`WALK_RANGE`] for a range of small ints), `a` the third word, `b` the
/// fourth, `pos` the fifth (`compiler/src/lower/expr.rs`, `next_value`).
#[repr(C)]
pub struct IterObj {
    pub header: Header,
    walk: Walk,
    a: Value,
    b: Value,
    pos: usize,
    /// A dict walk: the entries still to come (CPython's `di->len`). One found past them means
    /// the keys changed while the size stayed.
    left: usize,
}

/// The `walk` word of an iterator over a range of small ints.
pub const WALK_RANGE: usize = Walk::Range as usize;

/// How a compiled loop steps its iterator, decided once before the loop ([`rt_walk_mode`]):
/// a range of small ints, a list, a tuple (stepped inline: their `walk` never changes), or
/// anything else (through `rt_next`). Zero for the commonest, so that its test is one compare.
pub const MODE_SMALL_RANGE: usize = 0;
pub const MODE_LIST: usize = 1;
pub const MODE_TUPLE: usize = 2;
pub const MODE_OTHER: usize = 3;

/// The [`MODE_SMALL_RANGE`]… word for iterator `it` (what `rt_iter` returned).
#[no_mangle]
pub extern "C" fn rt_walk_mode(it: Value) -> Value {
    if !is_ptr(it) || ptr_kind(it) != Kind::Iter {
        return MODE_OTHER;
    }
    let o: &IterObj = unsafe { body(it) };
    match o.walk {
        Walk::Range => MODE_SMALL_RANGE,
        Walk::Seq if is_ptr(o.a) && ptr_kind(o.a) == Kind::List => MODE_LIST,
        Walk::Seq => MODE_TUPLE,
        _ => MODE_OTHER,
    }
}

/// The types of the built-in containers' iterators, named as CPython's (`type(iter([]))` is
/// `list_iterator`): all walked by [`IterObj`], told apart only by name.
macro_rules! iterator_types {
    ($($stat:ident = $name:literal;)*) => {
        $(static $stat: TypeObj = TypeObj::builtin($name, Kind::Iter, Some(&OBJECT_TYPE), ITER_METHODS, None);)*
    };
}

iterator_types! {
    LIST_ITERATOR_TYPE = "list_iterator";
    TUPLE_ITERATOR_TYPE = "tuple_iterator";
    STR_ITERATOR_TYPE = "str_iterator";
    STR_ASCII_ITERATOR_TYPE = "str_ascii_iterator";
    BYTES_ITERATOR_TYPE = "bytes_iterator";
    BYTEARRAY_ITERATOR_TYPE = "bytearray_iterator";
    MEMORY_ITERATOR_TYPE = "memory_iterator";
    RANGE_ITERATOR_TYPE = "range_iterator";
    LONGRANGE_ITERATOR_TYPE = "longrange_iterator";
    SET_ITERATOR_TYPE = "set_iterator";
    DICT_KEYITERATOR_TYPE = "dict_keyiterator";
    DICT_VALUEITERATOR_TYPE = "dict_valueiterator";
    DICT_ITEMITERATOR_TYPE = "dict_itemiterator";
    LIST_REVERSEITERATOR_TYPE = "list_reverseiterator";
    DICT_REVERSEKEYITERATOR_TYPE = "dict_reversekeyiterator";
    DICT_REVERSEVALUEITERATOR_TYPE = "dict_reversevalueiterator";
    DICT_REVERSEITEMITERATOR_TYPE = "dict_reverseitemiterator";
}

fn new_iter(ty: &'static TypeObj, walk: Walk, a: Value, b: Value) -> R {
    alloc(IterObj { header: Header::of(ty), walk, a, b, pos: 0, left: 0 })
}

/// A walk over dict `d`'s keys, values or items, from its entries now.
fn new_dict_iter(walk: Walk, d: Value) -> R {
    let n = dict::len(d);
    let ty = match walk {
        Walk::DictKeys => &DICT_KEYITERATOR_TYPE,
        Walk::DictValues => &DICT_VALUEITERATOR_TYPE,
        _ => &DICT_ITEMITERATOR_TYPE,
    };
    alloc(IterObj { header: Header::of(ty), walk, a: d, b: small(n as isize), pos: 0, left: n })
}

pub fn new_range(start: isize, stop: isize, step: isize) -> R {
    alloc_flags(RangeObj { header: Header::of(&RANGE_TYPE), start, stop, step }, crate::gc::LEAF)
}

pub fn range_new(args: &[Value], kw: &Kw) -> R {
    kw.only("range", &[])?;
    // Words, or the ints as they are where one is not (a range of [`crate::bigrange`]).
    let mut wide = false;
    let mut int = |i: usize| -> R<(isize, Value)> {
        if is_small(args[i]) {
            return Ok((small_value(args[i]), args[i]));
        }
        let v = crate::int::index_value(args[i])?;
        match crate::int::as_int(v) {
            Some(crate::int::Int::Small(n)) if isize::try_from(n).is_ok() => Ok((n as isize, v)),
            _ => {
                wide = true;
                Ok((1, v))
            }
        }
    };
    let one = (1, small(1));
    let (start, stop, step) = match args.len() - 1 {
        1 => ((0, small(0)), int(1)?, one),
        2 => (int(1)?, int(2)?, one),
        3 => (int(1)?, int(2)?, int(3)?),
        0 => return Err(raise(&TYPE_ERROR, "range expected at least 1 argument, got 0")),
        n => return Err(raise(&TYPE_ERROR, alloc::format!("range expected at most 3 arguments, got {n}"))),
    };
    if step.0 == 0 {
        return Err(raise(&VALUE_ERROR, "range() arg 3 must not be zero"));
    }
    if wide {
        return crate::bigrange::new(start.1, stop.1, step.1);
    }
    new_range(start.0, stop.0, step.0)
}

pub fn as_range(v: Value) -> Option<&'static RangeObj> {
    (is_ptr(v) && ptr_kind(v) == Kind::Range).then(|| unsafe { &*(v as *const RangeObj) })
}

pub static RANGE_METHODS: &[NativeObj] = crate::methods![
    NativeObj::method("count", 1, 1, |a, _| {
        let r = as_range(a[0]).expect("a range");
        if crate::int::as_int(a[1]).is_none() {
            return Ok(from_isize(range_search(a[0], a[1], true)?.1 as isize));
        }
        Ok(small(range_index(r, a[1])?.is_some() as isize))
    }),
    NativeObj::method("index", 1, 1, |a, _| {
        match range_find(a[0], a[1])? {
            Some(i) => Ok(i),
            None if crate::int::as_int(a[1]).is_none() => {
                Err(raise(&VALUE_ERROR, "sequence.index(x): x not in sequence"))
            }
            None => Err(raise(&VALUE_ERROR, alloc::format!("{} is not in range", crate::print::repr_string(a[1])?))),
        }
    }),
];

/// Wide enough for a range's length and its start, stop and step together.
#[cfg(target_pointer_width = "64")]
type Wide = i128;
#[cfg(not(target_pointer_width = "64"))]
type Wide = i64;

/// `r[s]`: the range of the values `s` picks, in arithmetic wide enough for any range's
/// length (which may pass `sys.maxsize`); OverflowError where CPython's result (a range of big
/// ints) is beyond a word.
pub fn range_slice(r: &RangeObj, s: &crate::list::SliceObj) -> R {
    if r.big().is_some() {
        return crate::bigrange::slice(r, s);
    }
    let len = r.len() as Wide;
    // Beyond twice any length, a part slices as far as the range goes.
    let far = 2 * (usize::MAX as Wide) + 2;
    let part = |v: Value| -> R<Wide> {
        Ok(match crate::list::slice_int(v)? {
            Ok(n) => (n as Wide).clamp(-far, far),
            Err(negative) => {
                if negative {
                    -far
                } else {
                    far
                }
            }
        })
    };
    let step = if s.step == NONE { 1 } else { part(s.step)? };
    if step == 0 {
        return Err(raise(&VALUE_ERROR, "slice step cannot be zero"));
    }
    let clamp = |v: Value, default: Wide| -> R<Wide> {
        if v == NONE {
            return Ok(default);
        }
        let i = part(v)?;
        Ok(if i < 0 {
            (i + len).max(if step < 0 { -1 } else { 0 })
        } else {
            i.min(if step < 0 { len - 1 } else { len })
        })
    };
    let (start, stop) = if step > 0 {
        (clamp(s.start, 0)?, clamp(s.stop, len)?)
    } else {
        (clamp(s.start, len - 1)?, clamp(s.stop, -1)?)
    };
    let word = |v: Option<Wide>| v.and_then(|v| isize::try_from(v).ok());
    let (rstart, rstep) = (r.start as Wide, r.step as Wide);
    let at = |i: Wide| word(i.checked_mul(rstep).and_then(|d| d.checked_add(rstart)));
    match (at(start), at(stop), word(step.checked_mul(rstep))) {
        (Some(a), Some(b), Some(c)) => new_range(a, b, c),
        // A range of ints past a word.
        _ => crate::bigrange::slice(r, s),
    }
}

/// Where `v` is in the range `range`, as an int: an int's place computed, another value's
/// found by comparing it with each item, as CPython does (`1.0 in range(3)`).
pub fn range_find(range: Value, v: Value) -> R<Option<Value>> {
    if crate::int::as_int(v).is_none() {
        return Ok(range_search(range, v, false)?.0.map(|i| from_isize(i as isize)));
    }
    range_index(as_range(range).expect("a range"), v)
}

/// The place of the first item of `range` equal to `v`, and (when `all`) how many are.
#[inline(never)]
fn range_search(range: Value, v: Value, all: bool) -> R<(Option<usize>, usize)> {
    let it = iter(range)?;
    let (mut first, mut count, mut i) = (None, 0, 0);
    while let Some(x) = next(it)? {
        if crate::ops::eq(x, v)? {
            first = first.or(Some(i));
            count += 1;
            if !all {
                break;
            }
        }
        i += 1;
    }
    Ok((first, count))
}

/// Where the int `v` is in `r`, as an int.
pub fn range_index(r: &RangeObj, v: Value) -> R<Option<Value>> {
    if r.big().is_some() {
        return crate::bigrange::index(r, v);
    }
    Ok(word_index(r, v).map(|i| from_isize(i as isize)))
}

/// Where the int `v` is in word range `r`.
fn word_index(r: &RangeObj, v: Value) -> Option<usize> {
    let n = match crate::int::as_int(v)? {
        crate::int::Int::Small(n) => isize::try_from(n).ok()?,
        crate::int::Int::Big(_) => return None,
    };
    // The distance from `start` in the direction of `step`, unsigned: `n - start` overflows a
    // word near `sys.maxsize`.
    let off = if r.step > 0 {
        (n >= r.start).then(|| n.wrapping_sub(r.start) as usize)?
    } else {
        (n <= r.start).then(|| r.start.wrapping_sub(n) as usize)?
    };
    let step = r.step.unsigned_abs();
    (off % step == 0 && off / step < r.len()).then_some(off / step)
}

/// Attributes of built-in objects other than methods: `range.start`, `slice.stop`, ….
pub fn builtin_attr(obj: Value, key: &str) -> Option<R> {
    if let Some(r) = as_range(obj) {
        let i = match key {
            "start" => 0,
            "stop" => 1,
            "step" => 2,
            _ => return None,
        };
        return Some(crate::bigrange::bounds(r).map(|b| b[i]));
    }
    if let Some(s) = crate::list::as_slice(obj) {
        return match key {
            "start" => Some(Ok(s.start)),
            "stop" => Some(Ok(s.stop)),
            "step" => Some(Ok(s.step)),
            _ => None,
        };
    }
    if let Some(z) = crate::complex::as_complex(obj) {
        return crate::complex::attr(z, key);
    }
    if kind_of(obj) == Kind::MemoryView {
        return crate::memoryview::gated::attr(obj, key);
    }
    // (The console's objects by their type's name: no reference to its type, which would
    // link its methods into every firmware.)
    if kind_of(obj) == Kind::Device && type_of(obj).name == "TextIOWrapper" {
        return crate::modules::io::console_attr(obj, key);
    }
    if kind_of(obj) == Kind::Stream && key == "closed" {
        return Some(Ok(bool_value(crate::modules::io::is_closed(obj))));
    }
    if kind_of(obj) == Kind::Generator {
        return crate::gen::attr(obj, key);
    }
    if crate::union::is_union(obj) {
        return crate::union::attr(obj, key);
    }
    if crate::generic_alias::is_alias(obj) {
        return crate::generic_alias::attr(obj, key);
    }
    if is_small(obj) || matches!(kind_of(obj), Kind::Float | Kind::Int | Kind::Bool) {
        // (Behind a gate keyed by the names: `plain_int` for a bool or an int subclass's
        // object is kept only for a program that names them.)
        let (gate, names) =
            crate::gated!(@names number_attr, fn(Value, &str) -> Option<R>; "real", "imag", "numerator", "denominator");
        let Some(part) = gate else {
            return crate::gate::attr_left_out(key, names).map(Err);
        };
        return part(obj, key);
    }
    None
}

/// A number's `real`, `imag`, `numerator`, `denominator`.
fn number_attr(obj: Value, key: &str) -> Option<R> {
    let float = kind_of(obj) == Kind::Float;
    match key {
        // (A float or int subclass's object gives a float or an int.)
        "real" if float => Some(crate::float::part(obj, false)),
        "real" => Some(crate::int::plain_int(obj)),
        "imag" if float => Some(crate::float::part(obj, true)),
        "imag" => Some(Ok(small(0))),
        "numerator" if !float => Some(crate::int::plain_int(obj)),
        "denominator" if !float => Some(Ok(small(1))),
        _ => None,
    }
}

/// `iter(v)`.
#[inline(always)]
pub fn iter(v: Value) -> R {
    iter_of::<true>(v)
}

/// Whether `iter(v)` fails for want of any way to iterate `v` (not for what its `__iter__`
/// raises): where CPython's messages name what wanted an iterable.
pub fn lacks_iter(v: Value) -> bool {
    let t = type_of(v);
    match t.kind {
        Kind::List
        | Kind::Tuple
        | Kind::Str
        | Kind::Bytes
        | Kind::ByteArray
        | Kind::MemoryView
        | Kind::Range
        | Kind::Dict
        | Kind::Set
        | Kind::FrozenSet
        | Kind::DictView
        | Kind::Iter
        | Kind::Generator
        | Kind::Stream => false,
        Kind::Device | Kind::Array => t.native_method("__iter__").is_none(),
        _ => match lookup_name(t, crate::name!("__iter__")) {
            Some(f) => f == NONE,
            None => lookup_name(t, crate::name!("__getitem__")).is_none(),
        },
    }
}

/// [`iter`] as the built-in types iterate over themselves (what `list.__iter__` does).
pub fn builtin_iter(v: Value) -> R {
    iter_of::<false>(v)
}

#[cold]
#[inline(never)]
#[cfg_attr(target_os = "none", link_section = ".text.mpyc.gate.rt_make_class|type/iter_overridden")]
fn iter_overridden(v: Value) -> R {
    match lookup_name(type_of(v), crate::name!("__iter__")) {
        Some(f) => iter_by(f, v),
        None => builtin_iter(v),
    }
}

/// `iter(v)` by its `__iter__` method `f`: what it returns must be an iterator.
fn iter_by(f: Value, v: Value) -> R {
    let it = call(f, &[v], &Kw::NONE)?;
    let rt = type_of(it);
    if !matches!(rt.kind, Kind::Iter | Kind::Generator) && lookup_name(rt, crate::name!("__next__")).is_none() {
        return Err(raise(&TYPE_ERROR, alloc::format!("iter() returned non-iterator of type '{}'", rt.name)));
    }
    Ok(it)
}

/// [`iter`], asking the class of a built-in type's subclass first when `ASK_CLASS`.
#[inline(never)]
fn iter_of<const ASK_CLASS: bool>(v: Value) -> R {
    let t = type_of(v);
    // By the kind of generated code's inline paths when the class is asked: a subclass's
    // objects are then taken as any class's instances are (its `__iter__`), and only then as
    // the built-in type's.
    match if ASK_CLASS { t.inline } else { t.kind } {
        Kind::List => new_iter(&LIST_ITERATOR_TYPE, Walk::Seq, v, 0),
        Kind::Tuple => new_iter(&TUPLE_ITERATOR_TYPE, Walk::Seq, v, 0),
        Kind::Str if !t.is_class() && crate::str::ascii(v) => new_iter(&STR_ASCII_ITERATOR_TYPE, Walk::Str, v, 0),
        Kind::Str => new_iter(&STR_ITERATOR_TYPE, Walk::Str, v, 0),
        Kind::Bytes => new_iter(&BYTES_ITERATOR_TYPE, Walk::Bytes, v, 0),
        Kind::ByteArray => new_iter(&BYTEARRAY_ITERATOR_TYPE, Walk::Bytes, v, 0),
        Kind::MemoryView => new_iter(&MEMORY_ITERATOR_TYPE, Walk::View, v, 0),
        Kind::Range => {
            let r = as_range(v).expect("a range");
            if r.big().is_some() {
                let start = crate::bigrange::bounds(r)?[0];
                return new_iter(&LONGRANGE_ITERATOR_TYPE, Walk::LongRange, v, start);
            }
            let n = r.len();
            if n == 0 || (fits_small(r.start) && fits_small(r.get(n - 1)) && fits_small(r.step)) {
                let it = new_iter(&RANGE_ITERATOR_TYPE, Walk::Range, small(r.start), small(r.step))?;
                unsafe { body::<IterObj>(it) }.pos = n;
                Ok(it)
            } else {
                // (CPython's `longrange_iterator` is for ranges past a word, which ours never are.)
                new_iter(&RANGE_ITERATOR_TYPE, Walk::BigRange, v, 0)
            }
        }
        // (`b`: the size at the start, which must not change while the walk goes.)
        Kind::Dict => new_dict_iter(Walk::DictKeys, v),
        Kind::Set | Kind::FrozenSet => new_iter(&SET_ITERATOR_TYPE, Walk::SetKeys, v, small(dict::len(v) as isize)),
        Kind::DictView => {
            let walk = if core::ptr::eq(t, &DICT_KEYS_TYPE) {
                Walk::DictKeys
            } else if core::ptr::eq(t, &DICT_VALUES_TYPE) {
                Walk::DictValues
            } else {
                Walk::DictItems
            };
            new_dict_iter(walk, dict::view_dict(v))
        }
        // (A coroutine is a generator that is no iterator.)
        Kind::Iter | Kind::Generator if !core::ptr::eq(t, &crate::object::COROUTINE_TYPE) => Ok(v),
        // (A stream is its own iterator, as CPython's: `next(f)` skips a line.)
        Kind::Stream => crate::io::open_stream(v).map(|_| v),
        // A built-in type that iterates itself (`sys.stdin`).
        Kind::Device | Kind::Array => match t.native_method("__iter__") {
            Some(m) => m.call(&[v], &Kw::NONE),
            None => Err(raise(&TYPE_ERROR, alloc::format!("'{}' object is not iterable", t.name))),
        },
        // (A subclass of a built-in type: its kind is the type's, its inline kind `Instance`.)
        _ if ASK_CLASS && t.kind != t.inline => iter_overridden(v),
        _ => match lookup_name(t, crate::name!("__iter__")) {
            // (`__iter__ = None` says the class is not iterable, whatever its `__getitem__`.)
            Some(NONE) => Err(raise(&TYPE_ERROR, alloc::format!("'{}' object is not iterable", t.name))),
            Some(f) => iter_by(f, v),
            None if lookup_name(t, crate::name!("__getitem__")).is_some() => {
                // The old protocol: index from 0 until IndexError.
                let l = new_list(&[])?;
                let getitem = lookup_name(t, crate::name!("__getitem__")).expect("checked");
                let mut i = 0;
                loop {
                    match call(getitem, &[v, small(i)], &Kw::NONE) {
                        Ok(x) => crate::list::push(l, x)?,
                        Err(e) => {
                            if pending_is(&INDEX_ERROR) || pending_is(&STOP_ITERATION) {
                                take_pending();
                                break;
                            }
                            return Err(e);
                        }
                    }
                    i += 1;
                }
                new_iter(&ITER_TYPE, Walk::Seq, l, 0)
            }
            None => Err(raise(&TYPE_ERROR, alloc::format!("'{}' object is not iterable", t.name))),
        },
    }
}

/// [`next`] of the iterator an iterator wraps, after a check of the stack.
fn next_inner(it: Value) -> R<Option<Value>> {
    crate::stack::check()?;
    next(it)
}

/// The next value of iterator `it`, or None when it is exhausted.
pub fn next(it: Value) -> R<Option<Value>> {
    let t = type_of(it);
    if t.kind == Kind::Generator {
        return crate::gen::resume(it, NONE);
    }
    if t.kind != Kind::Iter {
        let next = match lookup_name(t, crate::name!("__next__")) {
            Some(f) => call(f, &[it], &Kw::NONE),
            // A stream's next line (StringIO, BytesIO).
            None if t.kind == Kind::Stream => return crate::io::next_line(it),
            // A built-in type's own (`sys.stdin`).
            None => match t.native_method("__next__") {
                Some(m) => m.call(&[it], &Kw::NONE),
                None => return Err(raise(&TYPE_ERROR, alloc::format!("'{}' object is not an iterator", t.name))),
            },
        };
        return match next {
            Ok(v) => Ok(Some(v)),
            Err(e) => {
                if pending_is(&STOP_ITERATION) {
                    take_pending();
                    Ok(None)
                } else {
                    Err(e)
                }
            }
        };
    }
    let o: &mut IterObj = unsafe { body(it) };
    match o.walk {
        Walk::Seq => {
            let items = seq_items(o.a).unwrap_or(&[]);
            if o.pos < items.len() {
                o.pos += 1;
                Ok(Some(items[o.pos - 1]))
            } else {
                Ok(None)
            }
        }
        Walk::Str => {
            let s = crate::str::as_str(o.a).unwrap_or("");
            // ASCII without decoding.
            if let Some(&b) = s.as_bytes().get(o.pos).filter(|b| b.is_ascii()) {
                o.pos += 1;
                return Ok(Some(crate::str::ascii_char(b)));
            }
            // (`get`, not indexing: core's slicing panics format their message, 6 KB.)
            match s.get(o.pos..).and_then(|t| t.chars().next()) {
                Some(c) => {
                    let start = o.pos;
                    o.pos += c.len_utf8();
                    Ok(Some(crate::str::from_str(s.get(start..o.pos).unwrap_or(""))?))
                }
                None => Ok(None),
            }
        }
        Walk::Bytes => {
            let b = crate::bytes::bytes_of(o.a).unwrap_or(&[]);
            if o.pos < b.len() {
                o.pos += 1;
                Ok(Some(small(b[o.pos - 1] as isize)))
            } else {
                Ok(None)
            }
        }
        Walk::View => {
            let v = crate::memoryview::gated::item(o.a, o.pos)?;
            o.pos += v.is_some() as usize;
            Ok(v)
        }
        Walk::Range => {
            if o.pos == 0 {
                return Ok(None);
            }
            o.pos -= 1;
            let v = o.a;
            o.a = small(small_value(v) + small_value(o.b));
            Ok(Some(v))
        }
        Walk::LongRange => crate::bigrange::next(as_range(o.a).expect("a range"), &mut o.b),
        Walk::BigRange => {
            let r = as_range(o.a).expect("a range");
            if o.pos < r.len() {
                o.pos += 1;
                Ok(Some(from_isize(r.get(o.pos - 1))))
            } else {
                Ok(None)
            }
        }
        Walk::SetKeys => {
            if small(dict::len(o.a) as isize) != o.b {
                return Err(raise(&RUNTIME_ERROR, "Set changed size during iteration"));
            }
            Ok(crate::set::next_entry(o.a, &mut o.pos))
        }
        Walk::DictKeys | Walk::DictValues | Walk::DictItems => {
            if small(dict::len(o.a) as isize) != o.b {
                // (And again at every later step, as CPython's.)
                o.b = small(-1);
                return Err(raise(&RUNTIME_ERROR, "dictionary changed size during iteration"));
            }
            let walk = o.walk;
            match dict::next_entry(o.a, &mut o.pos) {
                Some(_) if o.left == 0 => {
                    // (Then the walk is over, as CPython's.)
                    o.pos = usize::MAX;
                    Err(raise(&RUNTIME_ERROR, "dictionary keys changed during iteration"))
                }
                Some((k, v)) => Ok(Some({
                    o.left -= 1;
                    match walk {
                        Walk::DictKeys => k,
                        Walk::DictValues => v,
                        _ => new_tuple(&[k, v])?,
                    }
                })),
                None => Ok(None),
            }
        }
        // The iterators over iterators check the stack: a chain of them thousands deep
        // (`x = enumerate(x)` in a loop) recurses through here.
        Walk::Enumerate => match next_inner(o.a)? {
            Some(v) => {
                let n = o.b;
                // (`start` was made an int by `enumerate_new`.)
                o.b = plus(n, 1)?;
                Ok(Some(new_tuple(&[n, v])?))
            }
            None => Ok(None),
        },
        Walk::Zip | Walk::Map => {
            // The values go straight into a tuple: one only in a Rust vector could be
            // collected by the next allocation.
            let (f, iters) = if o.walk == Walk::Zip { (0, o.a) } else { (o.a, o.b) };
            let strict = o.walk == Walk::Zip && o.b == TRUE;
            let n = tuple_items(iters).len();
            if n == 0 {
                return Ok(None);
            }
            let vals = crate::list::new_tuple_n(n)?;
            for k in 0..n {
                match next_inner(tuple_items(iters)[k])? {
                    Some(v) => crate::list::tuple_items_mut(vals)[k] = v,
                    None if strict => return zip_strict_end(iters, k),
                    None => return Ok(None),
                }
            }
            if f == 0 {
                return Ok(Some(vals));
            }
            Ok(Some(call(f, tuple_items(vals), &Kw::NONE)?))
        }
        Walk::Filter => loop {
            let (f, inner) = (o.a, o.b);
            match next_inner(inner)? {
                Some(v) => {
                    let keep = if f == NONE { v } else { call(f, &[v], &Kw::NONE)? };
                    if crate::ops::truthy(keep)? {
                        return Ok(Some(v));
                    }
                }
                None => return Ok(None),
            }
        },
        Walk::Call => {
            if o.a == NONE {
                return Ok(None);
            }
            // (`iter(x.__next__, None)` nested: the same chain as the wrapping iterators'.)
            crate::stack::check()?;
            let v = match call(o.a, &[], &Kw::NONE) {
                Ok(v) => v,
                Err(e) => {
                    if pending_is(&STOP_ITERATION) {
                        take_pending();
                        o.a = NONE;
                        return Ok(None);
                    }
                    return Err(e);
                }
            };
            if crate::ops::eq(v, o.b)? {
                o.a = NONE;
                return Ok(None);
            }
            Ok(Some(v))
        }
    }
}

/// The end of a `zip(..., strict=True)`: iterator `k` of `iters` came to its end first. Only
/// when it is the first and every other one ends there too do they have the same length.
#[cold]
#[inline(never)]
fn zip_strict_end(iters: Value, k: usize) -> R<Option<Value>> {
    let args = |i: usize| if i == 1 { alloc::string::String::from(" 1") } else { alloc::format!("s 1-{i}") };
    if k > 0 {
        let msg = alloc::format!("zip() argument {} is shorter than argument{}", k + 1, args(k));
        return Err(raise(&VALUE_ERROR, msg));
    }
    for i in 1..tuple_items(iters).len() {
        if next(tuple_items(iters)[i])?.is_some() {
            let msg = alloc::format!("zip() argument {} is longer than argument{}", i + 1, args(i));
            return Err(raise(&VALUE_ERROR, msg));
        }
    }
    Ok(None)
}

/// `iter(callable, sentinel)`: calls `callable` until it returns `sentinel`.
pub fn callable_iter(f: Value, sentinel: Value) -> R {
    if !crate::func::is_callable(f) {
        return Err(raise(&TYPE_ERROR, "iter(v, w): v must be callable"));
    }
    new_iter(&CALLABLE_ITERATOR_TYPE, Walk::Call, f, sentinel)
}

/// `it.__iter__()` and `it.__next__()` of the built-in iterators (and generators).
pub static ITER_METHODS: &[NativeObj] = crate::methods![
    NativeObj::method("__iter__", 0, 0, |a, _| Ok(a[0])),
    NativeObj::method("__next__", 0, 0, crate::builtins::next_fn),
];

/// Calls `body` with each value `iterable` yields.
pub fn for_each(iterable: Value, mut body: impl FnMut(Value) -> R<()>) -> R<()> {
    let it = iter(iterable)?;
    while let Some(v) = next(it)? {
        body(v)?;
    }
    core::hint::black_box(it);
    Ok(())
}

pub fn enumerate_new(args: &[Value], kw: &Kw) -> R {
    kw.only("enumerate", &["iterable", "start"])?;
    let Some(iterable) = args.get(1).copied().or_else(|| kw.get("iterable")) else {
        return Err(raise(&TYPE_ERROR, "enumerate() missing required argument 'iterable'"));
    };
    // An int (through `__index__`), counted as a plain int: `enumerate(x, True)` counts 1, 2.
    let start = match args.get(2).copied().or_else(|| kw.get("start")) {
        None => small(0),
        Some(v) if is_small(v) => v,
        Some(v) => plus(crate::int::index_value(v)?, 0)?,
    };
    let inner = iter(iterable)?;
    new_iter(&ENUMERATE_TYPE, Walk::Enumerate, inner, start)
}

/// `n + k` for an int `n`, as a plain int (without the operators of every other type).
fn plus(n: Value, k: i64) -> R {
    let n = crate::int::as_int(n).ok_or_else(|| raise(&TYPE_ERROR, "an int was expected"))?;
    crate::int::add(n, crate::int::Int::Small(k))
}

fn iters_of(args: &[Value]) -> R {
    let l = new_list(&[])?;
    for &a in args {
        let i = iter(a)?;
        crate::list::push(l, i)?;
    }
    new_tuple(list_items(l))
}

pub fn zip_new(args: &[Value], kw: &Kw) -> R {
    if let Some(&n) = kw.names.iter().find(|&&n| crate::str::as_str(n) != Some("strict")) {
        let msg = alloc::format!("'{}' is an invalid keyword argument for zip()", crate::str::as_str(n).unwrap_or(""));
        return Err(raise(&TYPE_ERROR, msg));
    }
    let strict = match kw.get("strict") {
        Some(s) => crate::ops::truthy(s)?,
        None => false,
    };
    let iters = iters_of(&args[1..])?;
    new_iter(&ZIP_TYPE, Walk::Zip, iters, if strict { TRUE } else { 0 })
}

pub fn map_new(args: &[Value], kw: &Kw) -> R {
    kw.only("map", &[])?;
    if args.len() < 3 {
        return Err(raise(&TYPE_ERROR, "map() must have at least two arguments."));
    }
    let iters = iters_of(&args[2..])?;
    new_iter(&MAP_TYPE, Walk::Map, args[1], iters)
}

pub fn filter_new(args: &[Value], kw: &Kw) -> R {
    kw.only("filter", &[])?;
    if args.len() != 3 {
        return Err(raise(&TYPE_ERROR, alloc::format!("filter expected 2 arguments, got {}", args.len() - 1)));
    }
    let inner = iter(args[2])?;
    new_iter(&FILTER_TYPE, Walk::Filter, args[1], inner)
}

pub fn reversed_new(args: &[Value], kw: &Kw) -> R {
    kw.only("reversed", &[])?;
    if args.len() != 2 {
        return Err(raise(&TYPE_ERROR, alloc::format!("reversed expected 1 argument, got {}", args.len() - 1)));
    }
    let v = args[1];
    // A range of small ints: a range iterator stepping down from its last value, as CPython's
    // (no list of the values).
    if let Some(r) = as_range(v) {
        if r.big().is_some() {
            return builtin_iter(crate::bigrange::reversed(r)?);
        }
        let n = r.len();
        let down = r.step.checked_neg().filter(|&s| fits_small(s));
        if let Some(down) = down.filter(|_| n == 0 || (fits_small(r.start) && fits_small(r.get(n - 1)))) {
            let last = if n == 0 { 0 } else { r.get(n - 1) };
            let it = new_iter(&RANGE_ITERATOR_TYPE, Walk::Range, small(last), small(down))?;
            unsafe { body::<IterObj>(it) }.pos = n;
            return Ok(it);
        }
        // (Values past the small ints: the range backwards, not a list of them.)
        return builtin_iter(crate::bigrange::reversed(r)?);
    }
    if let Some(f) = lookup_name(type_of(v), crate::name!("__reversed__")) {
        return call(f, &[v], &Kw::NONE);
    }
    let ok = matches!(
        kind_of(v),
        Kind::List
            | Kind::Tuple
            | Kind::Str
            | Kind::Range
            | Kind::Bytes
            | Kind::ByteArray
            | Kind::DictView
            | Kind::Dict
    ) || lookup_name(type_of(v), crate::name!("__getitem__")).is_some();
    if !ok {
        return Err(raise(&TYPE_ERROR, alloc::format!("'{}' object is not reversible", type_name(v))));
    }
    // A sequence of the program's: indexed from `len() - 1` down, as CPython (iterating it
    // would not stop where `__getitem__` raises no IndexError).
    let l = if type_of(v).is_class() && lookup_name(type_of(v), crate::name!("__len__")).is_some() {
        let n = crate::ops::len(v)?;
        let l = new_list(&[])?;
        for i in (0..n).rev() {
            crate::list::push(l, crate::ops::getitem(v, from_isize(i as isize))?)?;
        }
        l
    } else {
        let l = crate::list::to_list(v)?;
        list_items(l).reverse();
        l
    };
    // (Named as CPython names the iterator it makes for each type.)
    let ty = match kind_of(v) {
        Kind::List if !type_of(v).is_class() => &LIST_REVERSEITERATOR_TYPE,
        Kind::Dict => &DICT_REVERSEKEYITERATOR_TYPE,
        Kind::DictView if core::ptr::eq(type_of(v), &DICT_KEYS_TYPE) => &DICT_REVERSEKEYITERATOR_TYPE,
        Kind::DictView if core::ptr::eq(type_of(v), &DICT_VALUES_TYPE) => &DICT_REVERSEVALUEITERATOR_TYPE,
        Kind::DictView => &DICT_REVERSEITEMITERATOR_TYPE,
        _ => &REVERSED_TYPE,
    };
    new_iter(ty, Walk::Seq, l, 0)
}

/// `iter(v)` for a `for` loop.
#[no_mangle]
pub extern "C" fn rt_iter(v: Value) -> Value {
    ret(iter(v))
}

/// The next value for a `for` loop: the value, [`STOP`] at the end, or EXC.
#[no_mangle]
pub extern "C" fn rt_next(it: Value) -> Value {
    match next(it) {
        Ok(Some(v)) => v,
        Ok(None) => STOP,
        Err(_) => EXC,
    }
}
