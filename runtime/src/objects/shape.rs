//! Shapes (hidden classes): the names of an instance's own attributes in the order they were
//! added, shared by every instance of the class that got the same names in the same order.
//! The values sit in the instance's slots, so that an attribute site's cache finds one by
//! comparing the instance's type and shape with the ones it remembers and loading a slot.
//!
//! An instance starts with its class's shape of no names and room for as many slots as the
//! class's instances got so far ([`TypeObj::inst_cap`]), right after its header. Adding a name
//! moves it to the next shape (made once, then found from the shape before), growing its slots
//! into an array of their own when they are full. What shapes do not do — more than
//! [`MAX_SLOTS`] names, a deleted attribute, a name that is not a str — turns the instance's
//! attributes into a dict for good ([`to_dict`]), which only the slower paths read.
//!
//! A chain of shapes shares one dict of names: a shape is the first `len` entries of it, and
//! the name an instance adds to the longest shape is appended to the dict. Only a second
//! order of names (a branch) copies the names it shares.

use crate::dict;
use crate::func::InstanceObj;
use crate::object::*;
use crate::value::*;

#[repr(C)]
pub struct ShapeObj {
    pub header: Header,
    /// Name → slot number (a small int): the first `len` entries are this shape's names (a
    /// longer shape may have added more).
    pub names: Value,
    pub len: usize,
    /// The shapes with one more name: one ShapeObj (its name is its entry `len`), or a dict of
    /// name → shape once there are several; 0 until an instance goes on.
    pub next: Value,
}

pub static SHAPE_TYPE: TypeObj = TypeObj::builtin("shape", Kind::Object, Some(&OBJECT_TYPE), &[], None);

/// The most attributes an instance keeps in slots (then a dict), and the most that a class's
/// instances are made with room for.
pub const MAX_SLOTS: usize = 255;
pub const MAX_INLINE: usize = 32;

/// Whether `attrs` (an instance's [`InstanceObj::attrs`]) is a shape, not a dict.
#[inline(always)]
pub fn is_shape(attrs: Value) -> bool {
    attrs != 0 && core::ptr::eq(type_of_fast(attrs), &SHAPE_TYPE)
}

#[inline(always)]
fn shape(v: Value) -> &'static mut ShapeObj {
    unsafe { body::<ShapeObj>(v) }
}

/// The shape of no names of class `t`, made on first use.
pub fn root(t: &'static TypeObj) -> R {
    let s = t.shape.get();
    if s != 0 {
        return Ok(s);
    }
    let names = dict::new_dict()?;
    let s = alloc(ShapeObj { header: Header::of(&SHAPE_TYPE), names, len: 0, next: 0 })?;
    t.shape.set(s);
    Ok(s)
}

/// The slot of `name` (a str) in shape `s`.
#[inline(always)]
pub fn slot(s: Value, name: Value) -> Option<usize> {
    let o = shape(s);
    dict::find_name(o.names, name).filter(|&i| i < o.len)
}

/// How many names shape `s` has.
#[inline(always)]
pub fn len(s: Value) -> usize {
    shape(s).len
}

/// The name of the last slot of shape `s` (which has at least one).
fn last_name(s: Value) -> Value {
    let o = shape(s);
    dict::entry_at(o.names, o.len - 1).map(|(k, _)| k).unwrap_or(0)
}

/// The shape of `s`'s names and then `name` (a str that `s` lacks): made once, then shared.
pub fn add(s: Value, name: Value) -> R {
    let next = shape(s).next;
    if next != 0 {
        if is_shape(next) {
            if crate::str::str_eq(last_name(next), name) {
                return Ok(next);
            }
        } else if let Some((_, v)) = dict::find_name(next, name).and_then(|i| dict::entry_at(next, i)) {
            return Ok(v);
        }
    }
    let (names, n) = (shape(s).names, shape(s).len);
    let names = if dict::len(names) == n {
        // The longest shape of its dict: the name is appended there.
        names
    } else {
        let d = dict::new_dict()?;
        for i in 0..n {
            if let Some((k, _)) = dict::entry_at(names, i) {
                dict::set_name(d, k, small(i as isize))?;
            }
        }
        d
    };
    dict::set_name(names, name, small(n as isize))?;
    let made = alloc(ShapeObj { header: Header::of(&SHAPE_TYPE), names, len: n + 1, next: 0 })?;
    let next = shape(s).next;
    if next == 0 {
        shape(s).next = made;
    } else {
        let d = if is_shape(next) {
            let d = dict::new_dict()?;
            dict::set_name(d, last_name(next), next)?;
            shape(s).next = d;
            d
        } else {
            next
        };
        dict::set_name(d, name, made)?;
    }
    Ok(made)
}

/// The slots of instance `obj` (right after its header until they grow).
#[inline(always)]
pub fn slots(obj: Value) -> *mut Value {
    inst(obj).slots
}

/// Where the slots made with an instance start.
#[inline(always)]
pub fn inline_slots(p: *mut u8) -> *mut Value {
    p.wrapping_add(core::mem::size_of::<InstanceObj>()) as *mut Value
}

#[inline(always)]
fn inst(obj: Value) -> &'static mut InstanceObj {
    unsafe { body::<InstanceObj>(obj) }
}

/// The attribute `name` (a str) of the instance `obj`'s own.
#[inline(always)]
pub fn get(obj: Value, name: Value) -> Option<Value> {
    let a = inst(obj).attrs;
    if is_shape(a) {
        return slot(a, name).map(|i| unsafe { *slots(obj).add(i) });
    }
    if a == 0 {
        return None;
    }
    dict::find_name(a, name).and_then(|i| dict::entry_at(a, i)).map(|(_, v)| v)
}

/// Replaces the instance `obj`'s own attribute `name` (a str) with `v` if it has one; whether
/// it had.
#[inline(always)]
pub fn replace(obj: Value, name: Value, v: Value) -> bool {
    let a = inst(obj).attrs;
    if is_shape(a) {
        return match slot(a, name) {
            Some(i) => {
                unsafe { *slots(obj).add(i) = v };
                true
            }
            None => false,
        };
    }
    if a == 0 {
        return false;
    }
    match dict::find_name(a, name) {
        Some(i) => {
            dict::set_value_at(a, i, v);
            true
        }
        None => false,
    }
}

/// Stores `v` as the instance `obj`'s own attribute `name` (a str); whether it was added.
pub fn set(obj: Value, name: Value, v: Value) -> R<bool> {
    if replace(obj, name, v) {
        return Ok(false);
    }
    let a = inst(obj).attrs;
    if is_shape(a) {
        let n = len(a);
        if n < MAX_SLOTS {
            if n == inst(obj).cap as usize {
                grow(obj)?;
            }
            let to = add(a, name)?;
            unsafe { *slots(obj).add(n) = v };
            inst(obj).attrs = to;
            return Ok(true);
        }
    }
    let d = to_dict(obj)?;
    dict::set_name(d, name, v)
}

/// Twice the slots for instance `obj` (whose slots are full), in an array of their own; the
/// class's next instances are made with as many (up to [`MAX_INLINE`]).
#[inline(never)]
fn grow(obj: Value) -> R<()> {
    let cap = inst(obj).cap as usize;
    let new = (2 * cap).clamp(dict::SMALL_CAP, MAX_SLOTS + 1);
    let p = crate::gc::alloc_raw(new * core::mem::size_of::<Value>(), 0) as *mut Value;
    if p.is_null() {
        return Err(crate::exc::memory_error());
    }
    let o = inst(obj);
    unsafe {
        core::ptr::copy_nonoverlapping(o.slots, p, cap);
        core::ptr::write_bytes(o.slots, 0, cap);
    }
    o.slots = p;
    o.cap = new as u16;
    let t = type_of(obj);
    if t.inst_cap.get() < new.min(MAX_INLINE) {
        t.inst_cap.set(new.min(MAX_INLINE));
    }
    Ok(())
}

/// The instance `obj`'s attributes as a dict from now on (its slots are given up).
pub fn to_dict(obj: Value) -> R {
    let a = inst(obj).attrs;
    if a != 0 && !is_shape(a) {
        return Ok(a);
    }
    let d = dict::new_dict()?;
    if a != 0 {
        let names = shape(a).names;
        for i in 0..len(a) {
            if let Some((k, _)) = dict::entry_at(names, i) {
                let v = unsafe { *slots(obj).add(i) };
                dict::set_name(d, k, v)?;
            }
        }
        let o = inst(obj);
        unsafe { core::ptr::write_bytes(o.slots, 0, o.cap as usize) };
    }
    inst(obj).attrs = d;
    Ok(d)
}

/// How many attributes of its own the instance `obj` has.
pub fn count(obj: Value) -> usize {
    let a = inst(obj).attrs;
    match a {
        0 => 0,
        _ if is_shape(a) => len(a),
        _ => dict::len(a),
    }
}

/// The names of the instance `obj`'s own attributes, in the order they were added (for
/// suggestions: none where the heap has no room for the list).
#[inline(always)]
pub fn names(obj: Value) -> alloc::vec::Vec<Value> {
    let a = inst(obj).attrs;
    match a {
        0 => alloc::vec::Vec::new(),
        _ if is_shape(a) => {
            let mut v = dict::keys_vec(shape(a).names).unwrap_or_default();
            v.truncate(len(a));
            v
        }
        _ => dict::keys_vec(a).unwrap_or_default(),
    }
}
