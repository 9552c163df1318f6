//! `print`, `str()`, `repr()` and `len()`: turning values into text and writing it to the console.

use crate::board;
use crate::exc::{raise, ExcType, Global};
use crate::int::{as_int, to_decimal};
use crate::object::{as_str, kind_of, type_name, Kind, LedObj};
use crate::str as pystr;
use crate::value::*;
use alloc::string::String;
use alloc::vec::Vec;

static OUT: Global<Vec<u8>> = Global::new(Vec::new());

/// Buffers `bytes` for the console, writing them out at a newline or when the buffer fills.
pub fn write(bytes: &[u8]) {
    let out = OUT.get();
    out.extend_from_slice(bytes);
    if out.len() >= 256 || bytes.contains(&b'\n') {
        flush();
    }
}

pub fn flush() {
    let out = OUT.get();
    if !out.is_empty() {
        board::write_out(out);
        out.clear();
    }
}

/// `str(v)`.
pub fn to_text(v: Value) -> String {
    match as_str(v) {
        Some(s) => String::from(s.as_str()),
        None => to_repr(v),
    }
}

/// `repr(v)`.
pub fn to_repr(v: Value) -> String {
    match v {
        NONE => return String::from("None"),
        TRUE => return String::from("True"),
        FALSE => return String::from("False"),
        _ => {}
    }
    if let Some(i) = as_int(v) {
        return to_decimal(&i);
    }
    if let Some(s) = as_str(v) {
        return pystr::repr(s.as_str());
    }
    if kind_of(v) == Some(Kind::Led) {
        let led: &LedObj = unsafe { crate::object::body(v) };
        return alloc::format!("LED({})", led.index);
    }
    alloc::format!("<{} object>", type_name(v))
}

/// Writes `str(v)` to the console.
#[no_mangle]
pub extern "C" fn rt_print(v: Value) -> Value {
    match as_str(v) {
        Some(s) => write(s.bytes()),
        None => write(to_repr(v).as_bytes()),
    }
    NONE
}

/// Writes `print`'s `sep` (`which` = 0) or `end` (`which` = 1): the given str, or the default
/// for None.
#[no_mangle]
pub extern "C" fn rt_print_sep(v: Value, which: usize) -> Value {
    if v == NONE {
        write(if which == 0 { b" " } else { b"\n" });
        return NONE;
    }
    match as_str(v) {
        Some(s) => {
            write(s.bytes());
            NONE
        }
        None => raise(
            ExcType::TypeError,
            alloc::format!("{} must be None or a string, not {}", if which == 0 { "sep" } else { "end" }, type_name(v)),
        ),
    }
}

#[no_mangle]
pub extern "C" fn rt_str(v: Value) -> Value {
    if as_str(v).is_some() {
        return v;
    }
    pystr::from_string(to_text(v))
}

#[no_mangle]
pub extern "C" fn rt_repr(v: Value) -> Value {
    pystr::from_string(to_repr(v))
}

#[no_mangle]
pub extern "C" fn rt_len(v: Value) -> Value {
    match as_str(v) {
        Some(s) => crate::int::from_isize(s.char_count() as isize),
        None => raise(ExcType::TypeError, alloc::format!("object of type '{}' has no len()", type_name(v))),
    }
}

#[no_mangle]
pub extern "C" fn rt_abs(v: Value) -> Value {
    match as_int(v) {
        Some(i) => {
            if crate::int::compare(&i, &crate::int::Int::Small(0)).is_lt() {
                crate::ops::rt_unop(crate::ops::unop::NEG, v)
            } else {
                crate::int::binary(crate::ops::binop::ADD, i, crate::int::Int::Small(0))
            }
        }
        None => raise(ExcType::TypeError, alloc::format!("bad operand type for abs(): '{}'", type_name(v))),
    }
}
