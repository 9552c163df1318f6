//! Heap objects: a kind word first, then the body; allocation and type names.
//!
//! Objects are allocated with the global allocator and not yet freed: the mark-sweep collector
//! arrives with the object model (see docs/runtime.md).

use crate::int::IntObj;
use crate::str::StrObj;
use crate::value::*;
use alloc::boxed::Box;

/// What a heap object is; the first word of every object.
#[repr(usize)]
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Kind {
    Str = 0x5354,
    Int = 0x494e,
    Led = 0x4c45,
}

/// The header every heap object starts with.
#[repr(C)]
pub struct Header {
    pub kind: Kind,
}

/// A pyb.LED: which of the board's LEDs it drives.
#[repr(C)]
pub struct LedObj {
    pub header: Header,
    pub index: usize,
}

/// Moves `obj` to the heap and returns it as a value. `T` must start with a [`Header`].
pub fn alloc<T>(obj: T) -> Value {
    Box::into_raw(Box::new(obj)) as Value
}

pub fn kind_of(v: Value) -> Option<Kind> {
    if is_ptr(v) {
        Some(unsafe { (*(v as *const Header)).kind })
    } else {
        None
    }
}

/// # Safety
/// `v` must be a heap object of the kind that `T` describes.
pub unsafe fn body<'a, T>(v: Value) -> &'a T {
    &*(v as *const T)
}

pub fn as_str(v: Value) -> Option<&'static StrObj> {
    (kind_of(v) == Some(Kind::Str)).then(|| unsafe { body(v) })
}

pub fn as_bigint(v: Value) -> Option<&'static IntObj> {
    (kind_of(v) == Some(Kind::Int)).then(|| unsafe { body(v) })
}

/// The name `type(v).__name__` gives, for error messages.
pub fn type_name(v: Value) -> &'static str {
    match v {
        NONE => "NoneType",
        TRUE | FALSE => "bool",
        _ if is_small(v) => "int",
        _ => match kind_of(v) {
            Some(Kind::Str) => "str",
            Some(Kind::Int) => "int",
            Some(Kind::Led) => "LED",
            None => "object",
        },
    }
}
