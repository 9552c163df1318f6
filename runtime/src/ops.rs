//! Generic operators: the slow paths generated code calls when its inline small-int fast path
//! does not apply, dispatching on the operands' types.

use crate::exc::{raise, ExcType};
use crate::int::{self, as_int, Int};
use crate::object::{as_str, type_name};
use crate::str as pystr;
use crate::value::*;
use core::cmp::Ordering;

/// Binary operator codes, as generated code passes them to [`rt_binop`].
pub mod binop {
    pub const ADD: usize = 0;
    pub const SUB: usize = 1;
    pub const MUL: usize = 2;
    pub const FLOORDIV: usize = 3;
    pub const MOD: usize = 4;
    pub const POW: usize = 5;
    pub const LSHIFT: usize = 6;
    pub const RSHIFT: usize = 7;
    pub const AND: usize = 8;
    pub const OR: usize = 9;
    pub const XOR: usize = 10;
    pub const SYMBOLS: [&str; 11] = ["+", "-", "*", "//", "%", "**", "<<", ">>", "&", "|", "^"];
}

/// Comparison operator codes, as generated code passes them to [`rt_compare`].
pub mod cmpop {
    pub const LT: usize = 0;
    pub const LE: usize = 1;
    pub const GT: usize = 2;
    pub const GE: usize = 3;
    pub const EQ: usize = 4;
    pub const NE: usize = 5;
    pub const SYMBOLS: [&str; 6] = ["<", "<=", ">", ">=", "==", "!="];
}

/// Unary operator codes, as generated code passes them to [`rt_unop`].
pub mod unop {
    pub const NEG: usize = 0;
    pub const POS: usize = 1;
    pub const INVERT: usize = 2;
    pub const SYMBOLS: [&str; 3] = ["-", "+", "~"];
}

#[no_mangle]
pub extern "C" fn rt_binop(op: usize, a: Value, b: Value) -> Value {
    if let (Some(x), Some(y)) = (as_int(a), as_int(b)) {
        return int::binary(op, x, y);
    }
    match (op, as_str(a), as_str(b)) {
        (binop::ADD, Some(x), Some(y)) => return pystr::concat(x, y),
        (binop::MUL, Some(s), None) => {
            if let Some(n) = as_int(b) {
                return pystr::repeat(s, &n);
            }
        }
        (binop::MUL, None, Some(s)) => {
            if let Some(n) = as_int(a) {
                return pystr::repeat(s, &n);
            }
        }
        _ => {}
    }
    if op == binop::ADD && as_str(a).is_some() {
        return raise(ExcType::TypeError, alloc::format!("can only concatenate str (not \"{}\") to str", type_name(b)));
    }
    if op == binop::MUL && (as_str(a).is_some() || as_str(b).is_some()) {
        let other = if as_str(a).is_some() { b } else { a };
        return raise(
            ExcType::TypeError,
            alloc::format!("can't multiply sequence by non-int of type '{}'", type_name(other)),
        );
    }
    let sym = binop::SYMBOLS.get(op).copied().unwrap_or("?");
    raise(
        ExcType::TypeError,
        alloc::format!("unsupported operand type(s) for {sym}: '{}' and '{}'", type_name(a), type_name(b)),
    )
}

/// `a op b` for a comparison operator: True or False, or EXC when the types do not order.
#[no_mangle]
pub extern "C" fn rt_compare(op: usize, a: Value, b: Value) -> Value {
    let ord = match (as_int(a), as_int(b)) {
        (Some(x), Some(y)) => Some(int::compare(&x, &y)),
        _ => match (as_str(a), as_str(b)) {
            (Some(x), Some(y)) => Some(x.bytes().cmp(y.bytes())),
            _ => None,
        },
    };
    let r = match (op, ord) {
        (cmpop::EQ, None) => a == b,
        (cmpop::NE, None) => a != b,
        (_, Some(o)) => match op {
            cmpop::LT => o == Ordering::Less,
            cmpop::LE => o != Ordering::Greater,
            cmpop::GT => o == Ordering::Greater,
            cmpop::GE => o != Ordering::Less,
            cmpop::EQ => o == Ordering::Equal,
            _ => o != Ordering::Equal,
        },
        _ => {
            let sym = cmpop::SYMBOLS.get(op).copied().unwrap_or("?");
            return raise(
                ExcType::TypeError,
                alloc::format!("'{sym}' not supported between instances of '{}' and '{}'", type_name(a), type_name(b)),
            );
        }
    };
    bool_value(r)
}

#[no_mangle]
pub extern "C" fn rt_unop(op: usize, a: Value) -> Value {
    if let Some(x) = as_int(a) {
        let (op, lhs, rhs) = match op {
            unop::NEG => (binop::SUB, Int::Small(0), x),
            unop::POS => (binop::ADD, Int::Small(0), x),
            _ => (binop::SUB, Int::Small(-1), x),
        };
        return int::binary(op, lhs, rhs);
    }
    let sym = unop::SYMBOLS.get(op).copied().unwrap_or("?");
    raise(ExcType::TypeError, alloc::format!("bad operand type for unary {sym}: '{}'", type_name(a)))
}

/// Python truth of `a`: 1 or 0 (never fails for the types there are so far).
#[no_mangle]
pub extern "C" fn rt_truthy(a: Value) -> usize {
    match a {
        NONE | FALSE => 0,
        TRUE => 1,
        _ if is_small(a) => (a != small(0)) as usize,
        _ => {
            if let Some(s) = as_str(a) {
                (s.len != 0) as usize
            } else if let Some(Int::Big(b)) = as_int(a) {
                (!num_traits::Zero::is_zero(b)) as usize
            } else {
                1
            }
        }
    }
}

/// `v` if it is an int (a bool counts as 0 or 1), else TypeError: what `range()` accepts.
#[no_mangle]
pub extern "C" fn rt_index(v: Value) -> Value {
    match as_int(v) {
        Some(Int::Small(n)) => small(n),
        Some(Int::Big(_)) => v,
        None => {
            raise(ExcType::TypeError, alloc::format!("'{}' object cannot be interpreted as an integer", type_name(v)))
        }
    }
}
