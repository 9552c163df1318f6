//! Ranges whose bounds are not all machine words (`range(2**70)`, `range(0x80000000, …)` on a
//! 32-bit board): their operations in int arithmetic, as CPython's `longrange` paths.
//!
//! Such a range is a [`RangeObj`] with `step` 0 (no range has that step) whose `start` is a
//! tuple of its three ints; every other range keeps its bounds as words and never comes here.
//! Everything is behind the gate of the name `range`: only a program naming it makes ranges.

use crate::exc::*;
use crate::int::{as_int, from_i64, Int};
use crate::iter::RangeObj;
use crate::list::{new_tuple, tuple_items};
use crate::object::*;
use crate::ops::binop;
use crate::value::*;
use core::cmp::Ordering;

fn int(v: Value) -> Int {
    as_int(v).expect("an int")
}

fn op(o: usize, a: Value, b: Value) -> R {
    crate::int::binary(o, int(a), int(b))
}

fn cmp(a: Value, b: Value) -> Ordering {
    crate::int::compare(&int(a), &int(b))
}

fn sign(v: Value) -> Ordering {
    crate::int::compare(&int(v), &Int::Small(0))
}

/// An int as a plain int (a bool as 0 or 1).
fn plain(v: Value) -> R {
    match int(v) {
        Int::Small(n) => from_i64(n),
        // (An int subclass's object becomes a plain int, as CPython's range keeps its bounds.)
        Int::Big(_) if core::ptr::eq(type_of(v), &INT_TYPE) => Ok(v),
        Int::Big(b) => crate::int::from_big(b.to_bigint()),
    }
}

fn overflow() -> Exc {
    raise(&OVERFLOW_ERROR, "Python int too large to convert to C ssize_t")
}

/// `v` as a word, if it is one.
fn word(v: Value) -> Option<isize> {
    match int(v) {
        Int::Small(n) => isize::try_from(n).ok(),
        Int::Big(_) => None,
    }
}

/// The range of ints `start`, `stop`, `step` (`step` not 0): a word range where they all fit.
#[cfg_attr(target_os = "none", link_section = ".text.mpyc.gate.range/new")]
pub fn new(start: Value, stop: Value, step: Value) -> R {
    if let (Some(a), Some(b), Some(c)) = (word(start), word(stop), word(step)) {
        return crate::iter::new_range(a, b, c);
    }
    let bounds = new_tuple(&[plain(start)?, plain(stop)?, plain(step)?])?;
    // (Not a leaf: the tuple is held by the range.)
    alloc(RangeObj { header: Header::of(&RANGE_TYPE), start: bounds as isize, stop: 0, step: 0 })
}

/// A range's start, stop and step as ints.
#[cfg_attr(target_os = "none", link_section = ".text.mpyc.gate.range/bounds")]
pub fn bounds(r: &RangeObj) -> R<[Value; 3]> {
    if let Some(t) = r.big() {
        let b = tuple_items(t);
        return Ok([b[0], b[1], b[2]]);
    }
    Ok([from_i64(r.start as i64)?, from_i64(r.stop as i64)?, from_i64(r.step as i64)?])
}

/// The number of values, as an int (CPython's `compute_range_length`).
#[cfg_attr(target_os = "none", link_section = ".text.mpyc.gate.range/length")]
pub fn length(r: &RangeObj) -> R {
    let [start, stop, step] = bounds(r)?;
    let (lo, hi, step) = if sign(step) == Ordering::Greater {
        (start, stop, step)
    } else {
        (stop, start, op(binop::SUB, small(0), step)?)
    };
    if cmp(lo, hi) != Ordering::Less {
        return Ok(small(0));
    }
    let span = op(binop::SUB, op(binop::SUB, hi, lo)?, small(1))?;
    op(binop::ADD, op(binop::FLOORDIV, span, step)?, small(1))
}

/// `len()`: OverflowError past `sys.maxsize`, as CPython's.
pub fn len(r: &RangeObj) -> R<usize> {
    word(length(r)?).map(|n| n as usize).ok_or_else(overflow)
}

/// Whether the range has no values.
pub fn is_empty(r: &RangeObj) -> R<bool> {
    Ok(sign(length(r)?) == Ordering::Equal)
}

/// The `i`th value (an int `i` within the length).
fn at(start: Value, step: Value, i: Value) -> R {
    op(binop::ADD, start, op(binop::MUL, i, step)?)
}

/// `r[key]` for an int `key` (or an object with `__index__`).
#[cfg_attr(target_os = "none", link_section = ".text.mpyc.gate.range/item")]
pub fn item(r: &RangeObj, key: Value) -> R {
    if as_int(key).is_none() && !crate::list::has_index(key) {
        return Err(raise(
            &TYPE_ERROR,
            alloc::format!("range indices must be integers or slices, not {}", type_name(key)),
        ));
    }
    let key = crate::int::index_value(key)?;
    let n = length(r)?;
    let i = if sign(key) == Ordering::Less { op(binop::ADD, key, n)? } else { key };
    if sign(i) == Ordering::Less || cmp(i, n) != Ordering::Less {
        return Err(raise(&INDEX_ERROR, "range object index out of range"));
    }
    let [start, _, step] = bounds(r)?;
    at(start, step, i)
}

/// Where the int `v` is in `r`, as an int index.
#[cfg_attr(target_os = "none", link_section = ".text.mpyc.gate.range/index")]
pub fn index(r: &RangeObj, v: Value) -> R<Option<Value>> {
    if as_int(v).is_none() {
        return Ok(None);
    }
    let [start, stop, step] = bounds(r)?;
    let inside = if sign(step) == Ordering::Greater {
        cmp(start, v) != Ordering::Greater && cmp(v, stop) == Ordering::Less
    } else {
        cmp(stop, v) == Ordering::Less && cmp(v, start) != Ordering::Greater
    };
    if !inside {
        return Ok(None);
    }
    let off = op(binop::SUB, v, start)?;
    if sign(op(binop::MOD, off, step)?) != Ordering::Equal {
        return Ok(None);
    }
    Ok(Some(op(binop::FLOORDIV, off, step)?))
}

/// `r[s]`, as CPython's `compute_slice`: the slice's indices clamped to the length, as ints.
#[cfg_attr(target_os = "none", link_section = ".text.mpyc.gate.range/slice")]
pub fn slice(r: &RangeObj, s: &crate::list::SliceObj) -> R {
    let part = |v: Value| -> R {
        match as_int(v) {
            Some(_) => Ok(v),
            None if crate::list::has_index(v) => crate::int::index_value(v),
            None => Err(raise(&TYPE_ERROR, "slice indices must be integers or None or have an __index__ method")),
        }
    };
    let step = if s.step == NONE { small(1) } else { part(s.step)? };
    if sign(step) == Ordering::Equal {
        return Err(raise(&VALUE_ERROR, "slice step cannot be zero"));
    }
    let n = length(r)?;
    let back = sign(step) == Ordering::Less;
    let (lower, upper) = if back { (small(-1), op(binop::SUB, n, small(1))?) } else { (small(0), n) };
    let clamp = |v: Value, default: Value| -> R {
        if v == NONE {
            return Ok(default);
        }
        let i = part(v)?;
        Ok(if sign(i) == Ordering::Less {
            let i = op(binop::ADD, i, n)?;
            if cmp(i, lower) == Ordering::Less {
                lower
            } else {
                i
            }
        } else if cmp(i, upper) == Ordering::Greater {
            upper
        } else {
            i
        })
    };
    let (from, to) = if back {
        (clamp(s.start, upper)?, clamp(s.stop, lower)?)
    } else {
        (clamp(s.start, lower)?, clamp(s.stop, upper)?)
    };
    let [start, _, rstep] = bounds(r)?;
    new(at(start, rstep, from)?, at(start, rstep, to)?, op(binop::MUL, step, rstep)?)
}

/// `repr()`: `range(start, stop)`, with the step when it is not 1.
#[cfg_attr(target_os = "none", link_section = ".text.mpyc.gate.range/repr")]
pub fn repr(r: &RangeObj) -> R<alloc::string::String> {
    let [start, stop, step] = bounds(r)?;
    let text = |v: Value| crate::int::to_decimal(&int(v));
    Ok(if cmp(step, small(1)) == Ordering::Equal {
        alloc::format!("range({}, {})", text(start)?, text(stop)?)
    } else {
        alloc::format!("range({}, {}, {})", text(start)?, text(stop)?, text(step)?)
    })
}

/// Whether two ranges hold the same values (CPython's `range_equals`): the same length, and
/// the same start and step where those make a difference.
#[cfg_attr(target_os = "none", link_section = ".text.mpyc.gate.range/equal")]
pub fn equal(a: &RangeObj, b: &RangeObj) -> R<bool> {
    let (n, m) = (length(a)?, length(b)?);
    if cmp(n, m) != Ordering::Equal {
        return Ok(false);
    }
    if sign(n) == Ordering::Equal {
        return Ok(true);
    }
    let ([x, _, xs], [y, _, ys]) = (bounds(a)?, bounds(b)?);
    Ok(cmp(x, y) == Ordering::Equal && (cmp(n, small(1)) == Ordering::Equal || cmp(xs, ys) == Ordering::Equal))
}

/// The hash's parts, as a word range's (`crate::ops`'s hash of a range): each part as its
/// word where it is one, else by its int hash.
#[cfg_attr(target_os = "none", link_section = ".text.mpyc.gate.range/hash_parts")]
pub fn hash_parts(r: &RangeObj) -> R<[usize; 3]> {
    let part = |v: Value| -> R<usize> {
        Ok(match int(v) {
            Int::Small(n) if usize::try_from(n).is_ok() || isize::try_from(n).is_ok() => n as usize,
            // (A length past `isize` but within a word, as a word range hashes it: 2**63.)
            i => match i.to_big().to_u64().and_then(|u| usize::try_from(u).ok()) {
                Some(u) => u,
                None => crate::pyhash::int_hash(&i) as usize,
            },
        })
    };
    let n = length(r)?;
    let [start, _, step] = bounds(r)?;
    Ok(match () {
        _ if sign(n) == Ordering::Equal => [0, 0, 0],
        _ if cmp(n, small(1)) == Ordering::Equal => [1, part(start)?, 0],
        _ => [part(n)?, part(start)?, part(step)?],
    })
}

/// The next value of a walk over a big range: `next` is the value, `r` the range; None past
/// its end.
pub fn next(r: &RangeObj, next: &mut Value) -> R<Option<Value>> {
    let [_, stop, step] = bounds(r)?;
    let v = *next;
    let going = if sign(step) == Ordering::Greater { Ordering::Less } else { Ordering::Greater };
    if cmp(v, stop) != going {
        return Ok(None);
    }
    *next = op(binop::ADD, v, step)?;
    Ok(Some(v))
}

/// The range of `r`'s values backwards (`reversed(r)`).
#[cfg_attr(target_os = "none", link_section = ".text.mpyc.gate.range/reversed")]
pub fn reversed(r: &RangeObj) -> R {
    let [start, _, step] = bounds(r)?;
    let n = length(r)?;
    let last = at(start, step, op(binop::SUB, n, small(1))?)?;
    new(last, op(binop::SUB, start, step)?, op(binop::SUB, small(0), step)?)
}
