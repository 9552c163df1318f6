//! Generators: a generator function's call makes a generator; `next()` resumes it.

use crate::exc::*;
use crate::func::NativeObj;
use crate::object::*;
use crate::value::*;

pub static GENERATOR_METHODS: &[NativeObj] = &[];

/// The generator a call of the generator function `f` with bound `args` makes.
pub fn new_generator(_f: Value, _args: &[Value]) -> R {
    Err(raise(&NOT_IMPLEMENTED_ERROR, "generators are not supported yet"))
}

/// Resumes `g`, sending `v`: its next value, or None when it finished.
pub fn resume(_g: Value, _v: Value) -> R<Option<Value>> {
    Err(raise(&NOT_IMPLEMENTED_ERROR, "generators are not supported yet"))
}

pub fn name(_g: Value) -> &'static str {
    "?"
}
