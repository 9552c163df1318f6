//! `int | None`: the union of types PEP 604 makes (`types.UnionType`), for annotations that
//! are evaluated when the program runs and for `isinstance`/`issubclass`. Its objects are
//! tuples of the types underneath (`None` as `NoneType`), so `isinstance` takes them as it
//! takes a tuple of types.

use crate::list::{new_tuple, tuple_items};
use crate::object::*;
use crate::value::*;
use alloc::string::String;
use alloc::vec::Vec;

/// `types.UnionType`.
pub static UNION_TYPE: TypeObj = TypeObj::builtin("types.UnionType", Kind::Tuple, Some(&OBJECT_TYPE), &[], None);

/// Whether `v` is a union.
pub fn is_union(v: Value) -> bool {
    is_ptr(v) && core::ptr::eq(type_of(v), &UNION_TYPE)
}

/// Whether `v` may stand in a union: a type, None, or a union.
pub fn is_operand(v: Value) -> bool {
    v == NONE || as_type(v).is_some() || is_union(v)
}

/// `a | b` for two operands of a union (see [`is_operand`]): the union of both, flattened,
/// each type once; a single type when both are the same one.
pub fn or(a: Value, b: Value) -> R {
    let mut types: Vec<Value> = Vec::new();
    for v in [a, b] {
        let parts: Vec<Value> = if is_union(v) { tuple_items(v).to_vec() } else { alloc::vec![v] };
        for p in parts {
            let t = if p == NONE { NONE_TYPE.as_value() } else { p };
            if !types.contains(&t) {
                types.push(t);
            }
        }
    }
    if types.len() == 1 {
        return Ok(types[0]);
    }
    let u = new_tuple(&types)?;
    unsafe { (*(u as *mut Header)).ty = &UNION_TYPE };
    Ok(u)
}

/// `repr(int | None)`: `int | None`, a class by its module and qualified name.
pub fn repr(u: Value) -> String {
    let mut out = String::new();
    for (i, &t) in tuple_items(u).iter().enumerate() {
        if i > 0 {
            out.push_str(" | ");
        }
        match as_type(t) {
            Some(ty) if core::ptr::eq(ty, &NONE_TYPE) => out.push_str("None"),
            Some(ty) if ty.is_class() => out.push_str(&crate::func::class_path(ty)),
            Some(ty) => out.push_str(ty.name),
            None => out.push('?'),
        }
    }
    out
}

/// `u.__args__`.
pub fn attr(u: Value, key: &str) -> Option<R> {
    match key {
        "__args__" => Some(new_tuple(tuple_items(u))),
        _ => None,
    }
}
