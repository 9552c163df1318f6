//! `list[int]`: a built-in container type subscripted (`types.GenericAlias`, PEP 585), as
//! annotations evaluated when the program runs make them. Its objects are tuples of the
//! type and its arguments (`(dict, str, int)` for `dict[str, int]`); calling one calls the
//! type, and its repr is the subscription's.

use crate::func::{call, NativeObj};
use crate::list::{new_tuple, tuple_items};
use crate::object::*;
use crate::value::*;
use alloc::string::String;
use alloc::vec::Vec;

/// `types.GenericAlias`.
pub static GENERIC_ALIAS_TYPE: TypeObj =
    TypeObj::builtin("types.GenericAlias", Kind::Tuple, Some(&OBJECT_TYPE), GENERIC_ALIAS_METHODS, None);

static GENERIC_ALIAS_METHODS: &[NativeObj] = crate::methods![
    // `list[int]()` is `list()`.
    NativeObj::new("__call__", |a, kw| match a.split_first() {
        Some((&g, args)) => call(tuple_items(g)[0], args, kw),
        None => Err(crate::exc::raise(&crate::exc::TYPE_ERROR, "descriptor '__call__' needs an argument")),
    }),
];

/// Whether `v` is a generic alias.
pub fn is_alias(v: Value) -> bool {
    is_ptr(v) && core::ptr::eq(type_of(v), &GENERIC_ALIAS_TYPE)
}

/// `origin[key]`: the arguments are `key`'s items when it is a tuple.
pub fn new(origin: &'static TypeObj, key: Value) -> R {
    let mut parts: Vec<Value> = alloc::vec![origin.as_value()];
    if is_ptr(key) && core::ptr::eq(type_of(key), &TUPLE_TYPE) {
        parts.extend_from_slice(tuple_items(key));
    } else {
        parts.push(key);
    }
    let g = new_tuple(&parts)?;
    unsafe { (*(g as *mut Header)).ty = &GENERIC_ALIAS_TYPE };
    Ok(g)
}

/// `repr(dict[str, int])`: the type and its arguments, a class by its module and qualified
/// name, `...` as itself, anything else by its repr.
pub fn repr(g: Value) -> R<String> {
    let items = tuple_items(g);
    let mut out = arg_repr(items[0])?;
    out.push('[');
    if items.len() == 1 {
        out.push_str("()");
    }
    for (i, &a) in items[1..].iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(&arg_repr(a)?);
    }
    out.push(']');
    Ok(out)
}

fn arg_repr(a: Value) -> R<String> {
    if a == crate::builtins::ELLIPSIS.as_value() {
        return Ok(String::from("..."));
    }
    match as_type(a) {
        Some(t) if t.is_class() => Ok(crate::func::class_path(t)),
        Some(t) => Ok(String::from(t.name)),
        None => crate::print::to_repr(a),
    }
}

/// `g.__origin__`, `g.__args__`; any other attribute is its type's (`list[int].__name__`).
pub fn attr(g: Value, key: &str) -> Option<R> {
    let items = tuple_items(g);
    match key {
        "__origin__" => Some(Ok(items[0])),
        "__args__" => Some(new_tuple(&items[1..])),
        "__parameters__" => Some(new_tuple(&[])),
        _ => match crate::str::from_str(key) {
            Ok(name) => crate::func::lookup_attr(items[0], name).transpose(),
            Err(e) => Some(Err(e)),
        },
    }
}
