//! Generic operators: the slow paths generated code calls when its inline small-int fast path
//! does not apply, dispatching on the operands' types and on special methods of classes.

use crate::complex;
use crate::dict;
use crate::exc::*;
use crate::float::{self, as_float, Float};
use crate::func::{call, ret, Kw};
use crate::int::{self, as_int, Int};
use crate::list;
use crate::object::*;
use crate::str::{self as pystr, as_str};
use crate::value::*;
use core::cmp::Ordering;

/// Binary operator codes, as generated code passes them to [`rt_binop`]; [`binop::INPLACE`]
/// added for augmented assignment.
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
    pub const TRUEDIV: usize = 11;
    /// `@`: only classes define it (`__matmul__`).
    pub const MATMUL: usize = 12;
    pub const INPLACE: usize = 16;
    pub const SYMBOLS: [&str; 13] = ["+", "-", "*", "//", "%", "**", "<<", ">>", "&", "|", "^", "/", "@"];
    pub const NAMES: [&str; 13] =
        ["add", "sub", "mul", "floordiv", "mod", "pow", "lshift", "rshift", "and", "or", "xor", "truediv", "matmul"];
    use super::Name;
    /// `__add__`…, `__iadd__`…, `__radd__`…, by operator code.
    pub static METHODS: [Name; 13] = Name::table([
        "__add__",
        "__sub__",
        "__mul__",
        "__floordiv__",
        "__mod__",
        "__pow__",
        "__lshift__",
        "__rshift__",
        "__and__",
        "__or__",
        "__xor__",
        "__truediv__",
        "__matmul__",
    ]);
    pub static IMETHODS: [Name; 13] = Name::table([
        "__iadd__",
        "__isub__",
        "__imul__",
        "__ifloordiv__",
        "__imod__",
        "__ipow__",
        "__ilshift__",
        "__irshift__",
        "__iand__",
        "__ior__",
        "__ixor__",
        "__itruediv__",
        "__imatmul__",
    ]);
    pub static RMETHODS: [Name; 13] = Name::table([
        "__radd__",
        "__rsub__",
        "__rmul__",
        "__rfloordiv__",
        "__rmod__",
        "__rpow__",
        "__rlshift__",
        "__rrshift__",
        "__rand__",
        "__ror__",
        "__rxor__",
        "__rtruediv__",
        "__rmatmul__",
    ]);
}

/// A `&'static Name` for a literal, its hash computed when the runtime is compiled.
#[macro_export]
macro_rules! name {
    ($text:literal) => {{
        static NAME: $crate::ops::Name = $crate::ops::Name::new($text);
        &NAME
    }};
}

/// A special method's name with its hash, computed when the runtime is compiled.
pub struct Name {
    pub text: &'static str,
    pub hash: usize,
}

impl Name {
    pub const fn new(text: &'static str) -> Name {
        Name { text, hash: crate::str::hash_text(text.as_bytes()) }
    }

    pub const fn table<const N: usize>(texts: [&'static str; N]) -> [Name; N] {
        let mut out = [const { Name { text: "", hash: 0 } }; N];
        let mut i = 0;
        while i < N {
            out[i] = Name::new(texts[i]);
            i += 1;
        }
        out
    }
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
    pub static METHODS: [super::Name; 6] =
        super::Name::table(["__lt__", "__le__", "__gt__", "__ge__", "__eq__", "__ne__"]);
    /// The operator with its operands swapped.
    pub const SWAPPED: [usize; 6] = [GT, GE, LT, LE, EQ, NE];
}

/// Unary operator codes, as generated code passes them to [`rt_unop`].
pub mod unop {
    pub const NEG: usize = 0;
    pub const POS: usize = 1;
    pub const INVERT: usize = 2;
    pub const SYMBOLS: [&str; 3] = ["-", "+", "~"];
    pub static METHODS: [super::Name; 3] = super::Name::table(["__neg__", "__pos__", "__invert__"]);
}

/// The special method `name` of `v`'s class, the name's hash known.
pub fn special_named(v: Value, name: &'static Name) -> Option<Value> {
    // Through the class lookup cache, keyed by the name's address.
    crate::func::lookup_name(type_of(v), name)
}

/// Whether `v` is an object of a built-in type's subclass that defines operators
/// ([`HOOKS_OPERATORS`]): its classes are asked before the built-in behaviour.
#[inline(always)]
pub fn has_operators(v: Value) -> bool {
    is_ptr(v) && unsafe { (*(*(v as *const Header)).ty).hooks.get() } & HOOKS_OPERATORS != 0
}

/// The special method `name` of `v`'s classes when `v` is an object of a built-in type's
/// subclass that defines operators; `None` for every other object (the built-in behaviour).
#[inline(always)]
pub fn overridden(v: Value, name: &'static Name) -> Option<Value> {
    if has_operators(v) {
        special_named(v, name)
    } else {
        None
    }
}

pub(crate) fn unsupported(op: usize, a: Value, b: Value) -> Exc {
    let (inplace, op) = (op & binop::INPLACE != 0, op & !binop::INPLACE);
    let sym = binop::SYMBOLS.get(op).copied().unwrap_or("?");
    let sym = if op == binop::POW && !inplace { "** or pow()" } else { sym };
    let eq = if inplace { "=" } else { "" };
    raise(
        &TYPE_ERROR,
        alloc::format!("unsupported operand type(s) for {sym}{eq}: '{}' and '{}'", type_name(a), type_name(b)),
    )
}

fn seq_count(n: Value) -> R<Option<isize>> {
    match as_int(n) {
        Some(Int::Small(k)) => isize::try_from(k)
            .map(Some)
            .map_err(|_| raise(&OVERFLOW_ERROR, "cannot fit 'int' into an index-sized integer")),
        Some(Int::Big(_)) => Err(raise(&OVERFLOW_ERROR, "cannot fit 'int' into an index-sized integer")),
        None if is_ptr(n) && list::has_index(n) => seq_count(int::index_value(n)?),
        None => Ok(None),
    }
}

/// `a op b`.
/// Whether `v` is an object of a class that may define operators of its own (a container's
/// subclass may not: see `func::new_class`).
fn defines_operators(v: Value) -> bool {
    let t = type_of(v);
    t.is_class() && t.builtin_base().is_none()
}

#[inline(never)]
pub fn binary(op: usize, a: Value, b: Value) -> R {
    // A subclass of a built-in type with operators of its own: those first, then the type's.
    if has_operators(a) || has_operators(b) {
        return binary_overridden(op, a, b);
    }
    builtin_binary(op, a, b)
}

#[cold]
#[inline(never)]
fn binary_overridden(op: usize, a: Value, b: Value) -> R {
    let (inplace, arith) = (op & binop::INPLACE != 0, op & !binop::INPLACE);
    if let Some(r) = special_binary_found(arith, inplace, a, b)? {
        return Ok(r);
    }
    // Then the built-in type's operator, but only as CPython's slots give it: the operator of
    // an operand whose class does not define the method (a method that returned
    // NotImplemented is the class's answer, not a way to the base's). In place, `a`'s own
    // in-place operator (a list's `+=`); else `a`'s operator; else `b`'s reflected one, which
    // only the types whose operators are numbers' (int, float, set, dict) have.
    let own = |v: Value, names: &'static [Name]| special_named(v, &names[arith]).is_some();
    let in_place = matches!(
        (arith, kind_of(a)),
        (binop::ADD | binop::MUL, Kind::List | Kind::ByteArray)
            | (binop::OR | binop::AND | binop::SUB | binop::XOR, Kind::Set)
            | (binop::OR, Kind::Dict)
    );
    if inplace && in_place && !own(a, &binop::IMETHODS) {
        return builtin_binary(op, a, b);
    }
    let sequence = matches!(kind_of(a), Kind::Str | Kind::List | Kind::Tuple | Kind::Bytes | Kind::ByteArray);
    if !own(a, &binop::METHODS) || (!core::ptr::eq(type_of(a), type_of(b)) && !own(b, &binop::RMETHODS) && !sequence) {
        return builtin_binary(arith, a, b);
    }
    Err(unsupported(op, a, b))
}

/// `a op b` as the built-in types compute it (what `int.__add__` does), then the operands'
/// special methods.
pub fn builtin_binary(op: usize, a: Value, b: Value) -> R {
    let inplace = op & binop::INPLACE != 0;
    let op = op & !binop::INPLACE;
    // An instance of a class on the left (vectors, points): none of the built-in types'
    // cases below apply, straight to its special methods.
    if is_ptr(a) && ptr_kind(a) == Kind::Instance {
        return special_binary(op, inplace, a, b);
    }
    if matches!(a, TRUE | FALSE) && matches!(b, TRUE | FALSE) && matches!(op, binop::AND | binop::OR | binop::XOR) {
        let (x, y) = (a == TRUE, b == TRUE);
        return Ok(bool_value(match op {
            binop::AND => x & y,
            binop::OR => x | y,
            _ => x ^ y,
        }));
    }
    if let (Some(x), Some(y)) = (as_float(a), as_float(b)) {
        if op <= binop::POW || op == binop::TRUEDIV {
            return float::binary(op, x.value, y.value);
        }
    }
    if kind_of(a) == Kind::Complex || kind_of(b) == Kind::Complex {
        if let Some(r) = complex::gated::binary_values(op, a, b) {
            return r;
        }
    }
    if let (Some(x), Some(y)) = (as_int(a), as_int(b)) {
        return int::binary(op, x, y);
    }
    if as_float(a).is_some() || as_float(b).is_some() {
        if let (Some(x), Some(y)) = (float::to_float(a)?, float::to_float(b)?) {
            if op <= binop::POW || op == binop::TRUEDIV {
                return float::binary(op, x, y);
            }
        }
    }
    let (ka, kb) = (kind_of(a), kind_of(b));
    match (op, ka, kb) {
        (binop::ADD, Kind::Str, Kind::Str) => return pystr::concat(as_str(a).unwrap(), as_str(b).unwrap()),
        (binop::ADD, Kind::Str, _) if !type_of(b).is_class() => return Err(concat_error(a, b)),
        // `items += iterable`: list.extend, any iterable.
        (binop::ADD, Kind::List, _) if inplace => {
            let b = if kb == Kind::List { b } else { list::to_list(b)? };
            list::extend_list(a, b)?;
            return Ok(a);
        }
        (binop::ADD, Kind::List, Kind::List) | (binop::ADD, Kind::Tuple, Kind::Tuple) => return list::concat(a, b),
        (binop::ADD, Kind::List | Kind::Tuple, _) if !type_of(b).is_class() => return Err(concat_error(a, b)),
        // `ba += x` changes the bytearray itself (a copy of x first: it may be `ba`).
        (binop::ADD, Kind::ByteArray, Kind::Bytes | Kind::ByteArray | Kind::MemoryView | Kind::Array) if inplace => {
            let other = crate::memoryview::bytes_like(b)?.unwrap_or_default();
            crate::bytes::extend_in_place(a, &other)?;
            return Ok(a);
        }
        (binop::ADD, Kind::Bytes | Kind::ByteArray, Kind::Bytes | Kind::ByteArray) => {
            return crate::bytes::concat(a, b)
        }
        // bytes + any other bytes-like object (a memoryview, an array): its bytes.
        (binop::ADD, Kind::Bytes | Kind::ByteArray, Kind::MemoryView | Kind::Array) => {
            let other = crate::memoryview::bytes_like(b)?.unwrap_or_default();
            return crate::bytes::concat(a, crate::bytes::new_bytes(&other)?);
        }
        (binop::ADD, Kind::Bytes | Kind::ByteArray, _) if !type_of(b).is_class() => {
            return Err(raise(&TYPE_ERROR, alloc::format!("can't concat {} to {}", type_name(b), type_name(a))));
        }
        (binop::MUL, Kind::Str | Kind::List | Kind::Tuple | Kind::Bytes | Kind::ByteArray, _)
        | (binop::MUL, _, Kind::Str | Kind::List | Kind::Tuple | Kind::Bytes | Kind::ByteArray)
            if !defines_operators(a) && !defines_operators(b) =>
        {
            let seqs = |k: Kind| matches!(k, Kind::Str | Kind::List | Kind::Tuple | Kind::Bytes | Kind::ByteArray);
            let (seq, n) = if seqs(ka) { (a, b) } else { (b, a) };
            let Some(k) = seq_count(n)? else {
                return Err(raise(
                    &TYPE_ERROR,
                    alloc::format!("can't multiply sequence by non-int of type '{}'", type_name(n)),
                ));
            };
            let r = match kind_of(seq) {
                Kind::Str => pystr::repeat(as_str(seq).unwrap(), k),
                Kind::Bytes | Kind::ByteArray => crate::bytes::repeat(seq, k),
                _ => list::repeat(seq, k),
            }?;
            // `l *= n` repeats a list or a bytearray in place (whoever else holds it sees it).
            if inplace && seq == a && matches!(kind_of(a), Kind::List | Kind::ByteArray) {
                if kind_of(a) == Kind::List {
                    list::set_contents(a, list::list_items(r))?;
                } else {
                    crate::bytes::set_contents(a, crate::bytes::bytes_of(r).unwrap_or(&[]))?;
                }
                return Ok(a);
            }
            return Ok(r);
        }
        (binop::MOD, Kind::Str, _) => return crate::format::percent(as_str(a).unwrap(), b),
        (binop::MOD, Kind::Bytes | Kind::ByteArray, _) => return crate::bytes::percent(a, b),
        (
            binop::OR | binop::AND | binop::SUB | binop::XOR,
            Kind::Set | Kind::FrozenSet,
            Kind::Set | Kind::FrozenSet,
        ) => {
            // `s |= t` updates the set itself (a frozenset's is a new one).
            return crate::set::binary(op, a, b, inplace);
        }
        // A dict's keys or items with any iterable (either side): a new set.
        (binop::OR | binop::AND | binop::SUB | binop::XOR, _, _)
            if (ka == Kind::DictView && dict::is_set_view(a)) || (kb == Kind::DictView && dict::is_set_view(b)) =>
        {
            return dict::view_set_op(op, a, b);
        }
        // `d | other` (`d |= other`: any mapping or iterable of pairs).
        (binop::OR, Kind::Dict, Kind::Dict) => return dict_or(a, b, inplace),
        (binop::OR, Kind::Dict, _) if inplace => return dict_or(a, b, inplace),
        _ => {}
    }
    special_binary(op, inplace, a, b)
}

/// `a @ b` (and `@=`, with [`binop::INPLACE`]) for generated code: only the operands' special
/// methods, since no built-in type defines `@`.
#[no_mangle]
pub extern "C" fn rt_matmul(op: usize, a: Value, b: Value) -> Value {
    ret(special_binary(binop::MATMUL, op & binop::INPLACE != 0, a, b))
}

/// `a op b` (`op` without [`binop::INPLACE`]; `inplace` for `op=`) by the operands' special
/// methods: `__iop__`, `__op__`, then the right operand's `__rop__`.
fn special_binary(op: usize, inplace: bool, a: Value, b: Value) -> R {
    match special_binary_found(op, inplace, a, b)? {
        Some(r) => Ok(r),
        None => {
            // A sequence times an object with `__index__`: repeated, as CPython's `sq_repeat`.
            let seq =
                |v: Value| matches!(kind_of(v), Kind::Str | Kind::List | Kind::Tuple | Kind::Bytes | Kind::ByteArray);
            if op == binop::MUL
                && ((seq(a) && is_ptr(b) && list::has_index(b)) || (seq(b) && is_ptr(a) && list::has_index(a)))
            {
                let (s, n) = if seq(a) { (a, b) } else { (b, a) };
                let n = int::index_value(n)?;
                return binary(if inplace && s == a { op | binop::INPLACE } else { op }, s, n);
            }
            // `int | None`: a union of types (PEP 604).
            if op == binop::OR && crate::union::is_operand(a) && crate::union::is_operand(b) && (a, b) != (NONE, NONE) {
                return crate::union::or(a, b);
            }
            // (A str, list or tuple and an object of a class without `__radd__`.)
            if op == binop::ADD && matches!(kind_of(a), Kind::Str | Kind::List | Kind::Tuple) && !type_of(a).is_class()
            {
                return Err(concat_error(a, b));
            }
            Err(unsupported(if inplace { op | binop::INPLACE } else { op }, a, b))
        }
    }
}

/// CPython's TypeError for `a + b`, `a` a str, list or tuple and `b` of another type.
#[cold]
fn concat_error(a: Value, b: Value) -> Exc {
    let what = match kind_of(a) {
        Kind::Str => "str",
        Kind::List => "list",
        _ => "tuple",
    };
    raise(&TYPE_ERROR, alloc::format!("can only concatenate {what} (not \"{}\") to {what}", type_name(b)))
}

/// [`special_binary`], or `None` when neither operand's classes define the operator (or
/// each returned NotImplemented).
#[inline(always)]
fn special_binary_found(op: usize, inplace: bool, a: Value, b: Value) -> R<Option<Value>> {
    let ni = crate::builtins::NOT_IMPLEMENTED.as_value();
    if inplace {
        if let Some(f) = special_named(a, &binop::IMETHODS[op]) {
            // (NotImplemented from `__iadd__`: then `__add__` and `__radd__`, as CPython.)
            let r = call(f, &[a, b], &Kw::NONE)?;
            if r != ni {
                return Ok(Some(r));
            }
        }
    }
    // The right operand's reflected method first when its type is a subclass of the left's
    // with its own implementation of it (CPython's rule; only a program's class can be one).
    if type_of(b).is_class() && !core::ptr::eq(type_of(a), type_of(b)) && type_of(b).is_subtype(type_of(a)) {
        if let Some(r) = reflected_first(op, a, b)? {
            return Ok(r);
        }
    }
    if let Some(f) = special_named(a, &binop::METHODS[op]) {
        let r = call(f, &[a, b], &Kw::NONE)?;
        if r != crate::builtins::NOT_IMPLEMENTED.as_value() {
            return Ok(Some(r));
        }
    }
    if !core::ptr::eq(type_of(a), type_of(b)) {
        if let Some(f) = special_named(b, &binop::RMETHODS[op]) {
            let r = call(f, &[b, a], &Kw::NONE)?;
            if r != crate::builtins::NOT_IMPLEMENTED.as_value() {
                return Ok(Some(r));
            }
        }
    }
    Ok(None)
}

/// `a op b` when `b`'s class, a subclass of `a`'s, may override the reflected method: its
/// result (None inside when neither method gave one), or None when it does not override it.
#[cold]
#[inline(never)]
fn reflected_first(op: usize, a: Value, b: Value) -> R<Option<Option<Value>>> {
    let ni = crate::builtins::NOT_IMPLEMENTED.as_value();
    let Some(rf) = special_named(b, &binop::RMETHODS[op]) else { return Ok(None) };
    if special_named(a, &binop::RMETHODS[op]) == Some(rf) {
        return Ok(None);
    }
    let r = call(rf, &[b, a], &Kw::NONE)?;
    if r != ni {
        return Ok(Some(Some(r)));
    }
    if let Some(f) = special_named(a, &binop::METHODS[op]) {
        let r = call(f, &[a, b], &Kw::NONE)?;
        if r != ni {
            return Ok(Some(Some(r)));
        }
    }
    Ok(Some(None))
}

pub fn add(a: Value, b: Value) -> R {
    binary(binop::ADD, a, b)
}

/// The value of a float object (not of a subclass's instance).
#[inline(always)]
fn float_obj(v: Value) -> Option<Float> {
    // The header read directly: `type_of_fast`'s cases for immediates cost a few compares.
    let float = is_ptr(v) && core::ptr::eq(unsafe { (*(v as *const Header)).ty }, &FLOAT_TYPE);
    float.then(|| unsafe { body::<float::FloatObj>(v).value })
}

/// A number operand as [`rt_binop`]'s fast paths see it.
#[derive(Clone, Copy)]
enum Num {
    /// A small or wide int.
    Int(i64),
    Float(Float),
    Complex(complex::C),
    /// Anything else, big ints and bools included: the general path.
    Other,
}

impl Num {
    fn complex(self) -> Option<complex::C> {
        match self {
            Num::Int(n) => Some(complex::C::new(int_float(n), 0.0)),
            Num::Float(f) => Some(complex::C::new(f, 0.0)),
            Num::Complex(c) => Some(c),
            Num::Other => None,
        }
    }
}

#[inline(always)]
fn num(v: Value) -> Num {
    if is_small(v) {
        return Num::Int(small_value(v) as i64);
    }
    if !is_ptr(v) {
        return Num::Other;
    }
    match ptr_inline(v) {
        Kind::Float => Num::Float(unsafe { body::<float::FloatObj>(v).value }),
        Kind::Int => match int::as_i64(v) {
            Some(n) => Num::Int(n),
            None => Num::Other,
        },
        Kind::Complex => {
            let c = unsafe { body::<complex::ComplexObj>(v) };
            Num::Complex(complex::C::new(c.re, c.im))
        }
        _ => Num::Other,
    }
}

/// An int operand of float arithmetic (exact below 2**24 on 32-bit floats, as CPython rounds).
fn int_float(n: i64) -> Float {
    match isize::try_from(n) {
        Ok(w) => w as Float,
        Err(_) => n as Float,
    }
}

/// `a op b` for generated code. A thin dispatcher that needs no stack frame: floats (with a
/// float or small int) and complex numbers go straight to small functions of their own, by a
/// tail call; everything else to [`binop_general`]. (Operands are never 0 here: generated
/// code checks for an exception or an unbound name first.)
#[no_mangle]
pub extern "C" fn rt_binop(op: usize, a: Value, b: Value) -> Value {
    let arith = op & !binop::INPLACE;
    if arith <= binop::MUL || arith == binop::TRUEDIV {
        // (By the types' inline kinds, the built-in types' own (not a subclass's): no
        // constants, and no reference to complex's type, which would link its code into every
        // firmware, see `crate::gate`.)
        if a & 3 == 0 {
            match ptr_inline(a) {
                Kind::Float if is_small(b) || (b & 3 == 0 && ptr_inline(b) == Kind::Float) => {
                    return float_arith(op, a, b)
                }
                Kind::Complex => return complex_binop(op, a, b),
                _ => {}
            }
        }
        if b & 3 == 0 {
            match ptr_inline(b) {
                Kind::Float if is_small(a) => return float_arith(op, a, b),
                Kind::Complex => return complex_binop(op, a, b),
                _ => {}
            }
        }
    }
    binop_general(op, a, b)
}

/// `a op b` of two ints: the slow path (a result or an operand past the small ints, a
/// division by zero, a negative shift) of an operation the compiler proved is on ints
/// (`frontend::numbers::int_operations`), which needs none of the other types' operators.
///
/// The proof is of the program's spelling: a global set by a name computed at run time
/// (`getattr(builtins, 'set' + 'attr')(module, 'n', 2.5)`) can still hold something else
/// (a bool too, whose `&` is a bool). That goes to the operators' dispatch, where the
/// firmware has it (any other operation of the program links it), or raises
/// NotImplementedError saying it was left out.
#[no_mangle]
pub extern "C" fn rt_int_binop(op: usize, a: Value, b: Value) -> Value {
    let exact = |v: Value| v != TRUE && v != FALSE && (is_small(v) || (is_ptr(v) && ptr_inline(v) == Kind::Int));
    if exact(a) && exact(b) {
        if let (Some(x), Some(y)) = (int::as_int(a), int::as_int(b)) {
            return ret(int::binary(op & !binop::INPLACE, x, y));
        }
    }
    match crate::gated!("rt_binop", rt_binop, extern "C" fn(usize, Value, Value) -> Value) {
        Some(general) => general(op, a, b),
        None => ret(Err(crate::gate::left_out("the operators on other types than int"))),
    }
}

/// `+ - * /` of two floats, or of a float and a small int. Behind the gate of the firmware
/// that makes floats (it makes one only from one), as complex numbers' `complex_binop`.
#[inline(never)]
#[cfg_attr(target_os = "none", link_section = ".text.mpyc.gate.mpyc_FLOAT_TYPE/float_arith")]
fn float_arith(op: usize, a: Value, b: Value) -> Value {
    let (x, y) = (float_or_small(a), float_or_small(b));
    let r = match op & !binop::INPLACE {
        binop::ADD => x + y,
        binop::SUB => x - y,
        binop::MUL => x * y,
        _ if y != 0.0 => x / y,
        _ => return ret(binary_numbers(op, a, b)),
    };
    ret(float::new_float_inline(r))
}

/// A small int or a float (the caller knows it is one of them) as a float.
#[inline(always)]
fn float_or_small(v: Value) -> Float {
    if is_small(v) {
        small_value(v) as Float
    } else {
        unsafe { body::<float::FloatObj>(v).value }
    }
}

/// `d | other`: a merged copy, or with `inplace` (`d |= other`) `dict.update`'s merge. Behind
/// the gate of the programs with a `|` (the key `bitor`: also the `__or__` methods).
#[inline(never)]
#[cfg_attr(target_os = "none", link_section = ".text.mpyc.gate.bitor/dict_or")]
fn dict_or(a: Value, b: Value, inplace: bool) -> R {
    let out = if inplace { a } else { dict::copy(a)? };
    dict::update(out, b)?;
    Ok(out)
}

/// `a op b` for a bytearray and an array, by their bytes. Behind the gate of the programs
/// that name `array` (which alone make arrays).
#[inline(never)]
#[cfg_attr(target_os = "none", link_section = ".text.mpyc.gate.array/buffers_compare")]
fn buffers_compare(op: usize, a: Value, b: Value) -> R<bool> {
    let x = crate::memoryview::bytes_like(a)?.unwrap_or_default();
    let y = crate::memoryview::bytes_like(b)?.unwrap_or_default();
    Ok(ordering(op, x.cmp(&y)))
}

/// `+ - * /` with a complex number on either side.
#[inline(never)]
#[cfg_attr(target_os = "none", link_section = ".text.mpyc.gate.mpyc_COMPLEX_TYPE/complex_binop")]
fn complex_binop(op: usize, a: Value, b: Value) -> Value {
    #[inline(always)]
    fn part(v: Value) -> Option<complex::C> {
        if is_small(v) {
            return Some(complex::C::new(small_value(v) as Float, 0.0));
        }
        if v & 3 != 0 {
            return None;
        }
        let t = unsafe { (*(v as *const Header)).ty };
        if core::ptr::eq(t, &COMPLEX_TYPE) {
            let o = unsafe { body::<complex::ComplexObj>(v) };
            Some(complex::C::new(o.re, o.im))
        } else if core::ptr::eq(t, &FLOAT_TYPE) {
            Some(complex::C::new(unsafe { body::<float::FloatObj>(v).value }, 0.0))
        } else {
            None
        }
    }
    if let (Some(x), Some(y)) = (part(a), part(b)) {
        let r = match op & !binop::INPLACE {
            binop::ADD => Some(complex::add(x, y)),
            binop::SUB => Some(complex::sub(x, y)),
            binop::MUL => Some(complex::mul(x, y)),
            _ => complex::quot(x, y),
        };
        if let Some(r) = r {
            return ret(complex::new_complex(r.re, r.im));
        }
    }
    binop_general(op, a, b)
}

/// [`rt_binop`]'s every case.
#[inline(never)]
fn binop_general(op: usize, a: Value, b: Value) -> Value {
    // (Floats with floats or small ints, and complex numbers, were [`rt_binop`]'s.)
    let arith = op & !binop::INPLACE;
    // An instance of a class on the left: its special methods.
    if is_ptr(a) && ptr_kind(a) == Kind::Instance {
        return ret(special_binary(arith, op & binop::INPLACE != 0, a, b));
    }
    // (The cases below are for the built-in types themselves: a subclass's objects, which
    // may have operators of their own, go on to `binary`.)
    // Ints of up to 64 bits (generated code did the small-int cases it could), then the
    // other numbers, then the rest.
    if let (Some(x), Some(y)) = (int::as_i64(a), int::as_i64(b)) {
        if let Some(r) = int::small_binary(arith, x, y) {
            return ret(int::from_i64(r));
        }
    }
    // Big ints (`q * j + r` in pi digits), straight to their arithmetic.
    if int::is_big(a) || int::is_big(b) {
        if let (Some(x), Some(y)) = (int::as_int(a), int::as_int(b)) {
            return ret(int::binary(arith, x, y));
        }
    }
    // Lists, tuples and strs joined by `+` (and a list extended by `+=`), before the numbers'
    // cases look at them (after the ints': a big int's arithmetic is the hotter path).
    if arith == binop::ADD && is_ptr(a) && is_ptr(b) {
        match (ptr_inline(a), ptr_inline(b)) {
            (Kind::List, Kind::List) if op & binop::INPLACE != 0 => {
                return ret(list::extend_list(a, b).map(|_| a));
            }
            (Kind::List, Kind::List) | (Kind::Tuple, Kind::Tuple) => return ret(list::concat(a, b)),
            (Kind::Str, Kind::Str) => return ret(pystr::concat(as_str(a).unwrap(), as_str(b).unwrap())),
            _ => {}
        }
    }
    ret(binary_numbers(op, a, b))
}

/// [`binary`] with the float and complex cases first: each operand classified once.
#[inline(never)]
fn binary_numbers(op: usize, a: Value, b: Value) -> R {
    let arith = op & !binop::INPLACE;
    if arith <= binop::POW || arith == binop::TRUEDIV {
        match (num(a), num(b)) {
            (Num::Float(x), Num::Float(y)) => return float::binary(arith, x, y),
            (Num::Float(x), Num::Int(y)) => return float::binary(arith, x, int_float(y)),
            (Num::Int(x), Num::Float(y)) => return float::binary(arith, int_float(x), y),
            (x @ Num::Complex(_), y) | (x, y @ Num::Complex(_)) => {
                if let (Some(x), Some(y)) = (x.complex(), y.complex()) {
                    return complex::gated::binary(arith, x, y, a, b);
                }
            }
            _ => {}
        }
    }
    binary(op, a, b)
}

fn ordering(op: usize, o: Ordering) -> bool {
    match op {
        cmpop::LT => o == Ordering::Less,
        cmpop::LE => o != Ordering::Greater,
        cmpop::GT => o == Ordering::Greater,
        cmpop::GE => o != Ordering::Less,
        cmpop::EQ => o == Ordering::Equal,
        _ => o != Ordering::Equal,
    }
}

/// `a op b` for a comparison operator, as a Rust bool.
pub fn compare_bool(op: usize, a: Value, b: Value) -> R<bool> {
    if is_small(a) && is_small(b) {
        return Ok(ordering(op, small_value(a).cmp(&small_value(b))));
    }
    if asks_class(a) || asks_class(b) {
        return compare_object(op, a, b).and_then(truthy);
    }
    builtin_compare(op, a, b)
}

/// Whether a comparison with `v` asks the comparison methods of a program's class: `v` an
/// instance of one, an exception of one, a class of a metaclass of the program's, or an
/// object of a built-in type's subclass that defines operators.
#[inline(always)]
fn asks_class(v: Value) -> bool {
    is_ptr(v) && {
        let t = unsafe { &*(*(v as *const Header)).ty };
        t.kind == Kind::Instance
            || t.hooks.get() & HOOKS_OPERATORS != 0
            || (matches!(t.kind, Kind::Exception | Kind::Type) && t.is_class())
    }
}

/// [`compare_bool`] by the built-in types' own comparisons (what `list.__eq__` does), then a
/// device's or an array's comparison methods.
pub fn builtin_compare(op: usize, a: Value, b: Value) -> R<bool> {
    builtin_compare_of(op, a, b, true)
}

/// [`builtin_compare`], asking the special methods of the operands' types (a device's or an
/// array's table) when `special`; else only the built-in types' comparisons, identity for
/// `==` and `!=`, and TypeError for the orderings. (One copy for both: it is long.)
#[inline(never)]
fn builtin_compare_of(op: usize, a: Value, b: Value, special: bool) -> R<bool> {
    if is_small(a) && is_small(b) {
        return Ok(ordering(op, small_value(a).cmp(&small_value(b))));
    }
    if is_ptr(a) && is_ptr(b) {
        let (ka, kb) = (type_of_fast(a).kind, type_of_fast(b).kind);
        if ka == Kind::Float && kb == Kind::Float {
            let (x, y) = unsafe { (body::<float::FloatObj>(a).value, body::<float::FloatObj>(b).value) };
            return Ok(float::compare(op, x, y));
        }
        if ka == Kind::Str && kb == Kind::Str {
            // The same str is equal to itself (one-character strs and names are shared).
            if a == b {
                return Ok(ordering(op, Ordering::Equal));
            }
            let (x, y) = unsafe { (body::<pystr::StrObj>(a).bytes(), body::<pystr::StrObj>(b).bytes()) };
            if op >= cmpop::EQ {
                return Ok((x == y) == (op == cmpop::EQ));
            }
            return Ok(ordering(op, x.cmp(y)));
        }
    }
    // A float against a small int that the float width holds exactly: as floats.
    let exact = |v: Value| is_small(v) && small_value(v).unsigned_abs() <= 1 << 24;
    if exact(b) {
        if let Some(x) = as_float(a) {
            return Ok(float::compare(op, x.value, small_value(b) as Float));
        }
    } else if exact(a) {
        if let Some(y) = as_float(b) {
            return Ok(float::compare(op, small_value(a) as Float, y.value));
        }
    }
    if let (Some(x), Some(y)) = (as_int(a), as_int(b)) {
        return Ok(ordering(op, int::compare(&x, &y)));
    }
    let (ka, kb) = (kind_of(a), kind_of(b));
    if ka == Kind::Float || kb == Kind::Float {
        match (as_float(a), as_float(b), as_int(a), as_int(b)) {
            (Some(x), Some(y), _, _) => return Ok(float::compare(op, x.value, y.value)),
            (Some(x), None, _, Some(i)) => return float::compare_int(cmpop::SWAPPED[op], &i, x.value),
            (None, Some(y), Some(i), _) => return float::compare_int(op, &i, y.value),
            _ => {}
        }
    }
    if ka == Kind::Complex || kb == Kind::Complex {
        if let Some(r) = complex::gated::compare(op, a, b)? {
            return Ok(r);
        }
    }
    if (ka == Kind::MemoryView || kb == Kind::MemoryView) && op >= cmpop::EQ {
        if let Some(e) = crate::memoryview::gated::equal(a, b)? {
            return Ok(e == (op == cmpop::EQ));
        }
    }
    match (ka, kb) {
        (Kind::Str, Kind::Str) => {
            return Ok(ordering(op, as_str(a).unwrap().cmp(as_str(b).unwrap())));
        }
        (Kind::List, Kind::List) | (Kind::Tuple, Kind::Tuple) => return list::seq_compare(op, a, b),
        (Kind::Slice, Kind::Slice) => return list::slice_compare(op, a, b),
        (Kind::Bytes | Kind::ByteArray, Kind::Bytes | Kind::ByteArray) => {
            let (x, y) = (crate::bytes::bytes_of(a).unwrap(), crate::bytes::bytes_of(b).unwrap());
            return Ok(ordering(op, x.cmp(y)));
        }
        // A bytearray compares with any buffer by its bytes (an array's too).
        (Kind::ByteArray, Kind::Array) | (Kind::Array, Kind::ByteArray) => return buffers_compare(op, a, b),
        (Kind::Dict, Kind::Dict) if op >= cmpop::EQ => {
            let e = dict::dict_eq(a, b)?;
            return Ok(if op == cmpop::EQ { e } else { !e });
        }
        (Kind::Set | Kind::FrozenSet, Kind::Set | Kind::FrozenSet) => return dict::set_compare(op, a, b),
        // A dict's keys or items compare as sets, with sets and with each other.
        (Kind::DictView | Kind::Set | Kind::FrozenSet, Kind::DictView | Kind::Set | Kind::FrozenSet)
            if dict::set_like(a) && dict::set_like(b) =>
        {
            return dict::view_compare(op, a, b);
        }
        // Bound methods are equal when they bind the same object (by identity) to one function.
        (Kind::BoundMethod, Kind::BoundMethod) if op >= cmpop::EQ => {
            let (x, y) = unsafe { (body::<crate::func::BoundMethod>(a), body::<crate::func::BoundMethod>(b)) };
            let same = x.obj == y.obj && x.func == y.func;
            return Ok(if op == cmpop::EQ { same } else { !same });
        }
        (Kind::Range, Kind::Range) if op >= cmpop::EQ => {
            let (x, y) = (crate::iter::as_range(a).unwrap(), crate::iter::as_range(b).unwrap());
            let same = if x.big().is_some() || y.big().is_some() {
                crate::bigrange::equal(x, y)?
            } else {
                let n = x.len();
                n == y.len() && (n == 0 || (x.start == y.start && (n == 1 || x.step == y.step)))
            };
            return Ok(if op == cmpop::EQ { same } else { !same });
        }
        _ => {}
    }
    if special {
        let ni = crate::builtins::NOT_IMPLEMENTED.as_value();
        if let Some(f) = special_named(a, &cmpop::METHODS[op]) {
            let r = call(f, &[a, b], &Kw::NONE)?;
            if r != ni {
                return truthy(r);
            }
        }
        if let Some(f) = special_named(b, &cmpop::METHODS[cmpop::SWAPPED[op]]) {
            let r = call(f, &[b, a], &Kw::NONE)?;
            if r != ni {
                return truthy(r);
            }
        }
    }
    match op {
        cmpop::EQ => Ok(a == b),
        cmpop::NE => Ok(a != b),
        _ => Err(raise(
            &TYPE_ERROR,
            alloc::format!(
                "'{}' not supported between instances of '{}' and '{}'",
                cmpop::SYMBOLS[op],
                type_name(a),
                type_name(b)
            ),
        )),
    }
}

/// `a == b`.
pub fn eq(a: Value, b: Value) -> R<bool> {
    if a == b && kind_of(a) != Kind::Float {
        return Ok(true);
    }
    if is_small(a) && is_small(b) {
        return Ok(false);
    }
    // Two strs (dict keys most often): by length, then bytes.
    if is_ptr(a) && is_ptr(b) && ptr_inline(a) == Kind::Str && ptr_inline(b) == Kind::Str {
        return Ok(unsafe { body::<pystr::StrObj>(a).bytes() == body::<pystr::StrObj>(b).bytes() });
    }
    compare_bool(cmpop::EQ, a, b)
}

/// [`hash`] with small ints and strs inline: dictionary lookups start here.
#[inline(always)]
pub fn hash_quick(v: Value) -> R<usize> {
    if is_small(v) {
        return Ok(crate::pyhash::small_hash(small_value(v)) as usize);
    }
    if is_ptr(v) && ptr_inline(v) == Kind::Str {
        return Ok(pystr::str_hash(v));
    }
    hash(v)
}

/// `a op b` for a comparison operator: True or False, or EXC when the types do not order.
#[no_mangle]
pub extern "C" fn rt_compare(op: usize, a: Value, b: Value) -> Value {
    // Two strs or two floats (of the built-in types) without the general path's setup.
    if is_ptr(a) && is_ptr(b) {
        let (ta, tb) = (type_of_fast(a), type_of_fast(b));
        if core::ptr::eq(ta, tb) {
            if core::ptr::eq(ta, &STR_TYPE) {
                let (x, y) = unsafe { (body::<pystr::StrObj>(a).bytes(), body::<pystr::StrObj>(b).bytes()) };
                let r = if op >= cmpop::EQ {
                    (a == b || pystr::bytes_eq(x, y)) == (op == cmpop::EQ)
                } else {
                    ordering(op, x.cmp(y))
                };
                return bool_value(r);
            }
            if core::ptr::eq(ta, &FLOAT_TYPE) {
                let (x, y) = unsafe { (body::<float::FloatObj>(a).value, body::<float::FloatObj>(b).value) };
                return bool_value(float::compare(op, x, y));
            }
        }
    } else if is_small(b) {
        // A float against a small int that the float width holds exactly (`abs(z) > 100`).
        if let Some(x) = float_obj(a) {
            let n = small_value(b);
            if n.unsigned_abs() <= 1 << 24 {
                return bool_value(float::compare(op, x, n as Float));
            }
        }
    }
    ret(compare_bool(op, a, b).map(bool_value))
}

/// `a op b` as a value: what a comparison method of the operands returned, whatever it is
/// (`v == w` of vectors may be a vector, as in CPython), else the built-in types' bool.
#[no_mangle]
pub extern "C" fn rt_compare_value(op: usize, a: Value, b: Value) -> Value {
    if asks_class(a) || asks_class(b) {
        return ret(compare_object(op, a, b));
    }
    rt_compare(op, a, b)
}

/// `a op b` when an operand's class may define comparison methods ([`asks_class`]): the one
/// place a program's comparison methods are asked, for values and for branch conditions.
#[cold]
#[inline(never)]
pub fn compare_object(op: usize, a: Value, b: Value) -> R {
    let ni = crate::builtins::NOT_IMPLEMENTED.as_value();
    // The right operand's reflected method first when its type is a subclass of the left's
    // with that method, as in CPython.
    let reflected_first = !core::ptr::eq(type_of(a), type_of(b))
        && type_of(b).is_subtype(type_of(a))
        && class_comparison(b, cmpop::SWAPPED[op]).is_some();
    let tries = if reflected_first { [(b, a, true), (a, b, false)] } else { [(a, b, false), (b, a, true)] };
    for (x, y, swapped) in tries {
        let xop = if swapped { cmpop::SWAPPED[op] } else { op };
        match class_comparison(x, xop) {
            Some((f, inverted)) => {
                let r = call(f, &[x, y], &Kw::NONE)?;
                if r != ni {
                    return if inverted { truthy(r).map(|e| bool_value(!e)) } else { Ok(r) };
                }
            }
            // A built-in type's subclass that leaves `op` to its base: the base's method
            // answers before the other operand's reflected one (`list.__gt__` of a list
            // subclass that defines only `__lt__`), as in CPython.
            None if !swapped && base_compares(x, y) => return builtin_compare_of(op, a, b, false).map(bool_value),
            None => {}
        }
    }
    builtin_compare_of(op, a, b, false).map(bool_value)
}

/// Whether `x`, an object of a built-in type's subclass, compares with `y` by its built-in
/// base's comparison (which would not answer NotImplemented): `y` of the same kind, or both
/// real numbers.
fn base_compares(x: Value, y: Value) -> bool {
    let (kx, ky) = (kind_of(x), kind_of(y));
    let real = |k: Kind| matches!(k, Kind::Bool | Kind::Int | Kind::Float);
    is_ptr(x)
        && type_of(x).is_class()
        && !matches!(kx, Kind::Instance | Kind::Exception | Kind::Type | Kind::Object)
        && (kx == ky || (real(kx) && real(ky)))
}

/// The comparison method for `op` of `v`'s class (a program's class's, or a built-in
/// subclass's that overrides it); for `!=` of a class whose `__ne__` is `object`'s, its
/// `__eq__`, whose result is inverted (the bool says so), as `object.__ne__` does.
fn class_comparison(v: Value, op: usize) -> Option<(Value, bool)> {
    // (A class of a metaclass of the program's is asked as an instance is.)
    let plain = is_ptr(v) && matches!(kind_of(v), Kind::Instance | Kind::Exception | Kind::Type);
    let method = |name: &'static Name| if plain { special_named(v, name) } else { overridden(v, name) };
    if let Some(f) = method(&cmpop::METHODS[op]) {
        return Some((f, false));
    }
    // (A built-in base's `__ne__`, as `str.__ne__`, comes before `object`'s in the MRO.)
    if op == cmpop::NE && plain {
        return method(&cmpop::METHODS[cmpop::EQ]).map(|f| (f, true));
    }
    None
}

#[inline(never)]
pub fn unary(op: usize, a: Value) -> R {
    if has_operators(a) {
        return unary_overridden(op, a);
    }
    builtin_unary(op, a)
}

#[cold]
#[inline(never)]
fn unary_overridden(op: usize, a: Value) -> R {
    match special_named(a, &unop::METHODS[op]) {
        Some(f) => call(f, &[a], &Kw::NONE),
        None => builtin_unary(op, a),
    }
}

/// [`unary`] as the built-in types compute it (what `int.__neg__` does).
pub fn builtin_unary(op: usize, a: Value) -> R {
    if let Some(x) = as_int(a) {
        let (op, lhs, rhs) = match op {
            unop::NEG => (binop::SUB, Int::Small(0), x),
            unop::POS => (binop::ADD, Int::Small(0), x),
            _ => (binop::SUB, Int::Small(-1), x),
        };
        return int::binary(op, lhs, rhs);
    }
    if let Some(f) = as_float(a) {
        match op {
            unop::NEG => return float::new_float(-f.value),
            // (`+x` of a float subclass's object is a float.)
            unop::POS if type_of(a).is_class() => return float::new_float(f.value),
            unop::POS => return Ok(a),
            _ => {}
        }
    }
    if let Some(z) = complex::as_complex(a) {
        match op {
            unop::NEG => return complex::gated::neg(z),
            unop::POS => return Ok(a),
            _ => {}
        }
    }
    if let Some(f) = special_named(a, &unop::METHODS[op]) {
        return call(f, &[a], &Kw::NONE);
    }
    let sym = unop::SYMBOLS.get(op).copied().unwrap_or("?");
    Err(raise(&TYPE_ERROR, alloc::format!("bad operand type for unary {sym}: '{}'", type_name(a))))
}

#[no_mangle]
pub extern "C" fn rt_unop(op: usize, a: Value) -> Value {
    ret(unary(op, a))
}

/// `len(v)`.
#[inline(always)]
pub fn len(v: Value) -> R<usize> {
    len_of::<true>(v)
}

/// [`len`] as the built-in types do it (what `list.__len__` does), not asking a
/// subclass's class.
pub fn builtin_len(v: Value) -> R<usize> {
    len_of::<false>(v)
}

#[cold]
#[inline(never)]
fn len_overridden(v: Value) -> R<usize> {
    match special_named(v, crate::name!("__len__")) {
        Some(f) => len_by(f, v),
        None => len_of::<false>(v),
    }
}

/// `len(v)` by its `__len__` method `f`.
fn len_by(f: Value, v: Value) -> R<usize> {
    let r = call(f, &[v], &Kw::NONE)?;
    // (A length past a word is CPython's OverflowError, not an index's IndexError.)
    let n = match int::as_int(r) {
        Some(Int::Small(n)) => isize::try_from(n).ok(),
        Some(Int::Big(b)) if b.negative => Some(-1),
        Some(Int::Big(_)) => None,
        None => Some(int::index_of(r, "len")?),
    }
    .ok_or_else(|| raise(&OVERFLOW_ERROR, "cannot fit 'int' into an index-sized integer"))?;
    if n < 0 {
        return Err(raise(&VALUE_ERROR, "__len__() should return >= 0"));
    }
    Ok(n as usize)
}

/// [`len`], asking the class of a built-in type's subclass first when `ASK_CLASS`: the
/// built-in types' cases are taken by the kind of generated code's inline paths, which a
/// subclass's objects do not match.
#[inline(never)]
fn len_of<const ASK_CLASS: bool>(v: Value) -> R<usize> {
    if is_ptr(v) {
        match if ASK_CLASS { ptr_inline(v) } else { ptr_kind(v) } {
            Kind::Str => return Ok(pystr::len_of(v)),
            Kind::List | Kind::Tuple => return Ok(list::seq_items(v).unwrap().len()),
            Kind::Dict | Kind::Set | Kind::FrozenSet => return Ok(dict::len(v)),
            Kind::DictView => return Ok(dict::len(dict::view_dict(v))),
            Kind::Range => return crate::iter::as_range(v).unwrap().checked_len(),
            Kind::Bytes | Kind::ByteArray => return Ok(crate::bytes::bytes_of(v).unwrap().len()),
            Kind::MemoryView => return crate::memoryview::len(v),
            _ if ASK_CLASS && ptr_kind(v) != ptr_inline(v) => return len_overridden(v),
            _ => {}
        }
    }
    if let Some(f) = special_named(v, crate::name!("__len__")) {
        return len_by(f, v);
    }
    Err(raise(&TYPE_ERROR, alloc::format!("object of type '{}' has no len()", type_name(v))))
}

/// Python truth of `a`.
pub fn truthy(a: Value) -> R<bool> {
    match a {
        NONE | FALSE => return Ok(false),
        TRUE => return Ok(true),
        _ if is_small(a) => return Ok(a != small(0)),
        _ => {}
    }
    if has_operators(a) {
        return truthy_overridden(a);
    }
    builtin_truthy(a)
}

#[cold]
#[inline(never)]
#[cfg_attr(target_os = "none", link_section = ".text.mpyc.gate.rt_make_class|type/truthy_overridden")]
fn truthy_overridden(a: Value) -> R<bool> {
    match special_named(a, crate::name!("__bool__")) {
        Some(f) => bool_result(call(f, &[a], &Kw::NONE)?),
        None => builtin_truthy(a),
    }
}

/// What a `__bool__` returned, which must be a bool (CPython's TypeError otherwise).
#[cold]
fn bool_result(r: Value) -> R<bool> {
    match r {
        TRUE => Ok(true),
        FALSE => Ok(false),
        _ => Err(raise(
            &TYPE_ERROR,
            alloc::format!("__bool__ should return bool, returned {}", crate::object::type_name(r)),
        )),
    }
}

/// [`truthy`] of an object that is not an immediate, as the built-in types judge themselves.
#[inline(always)]
fn builtin_truthy(a: Value) -> R<bool> {
    match kind_of(a) {
        // Wide and big ints are never zero (zero is a small int), but an int subclass's
        // object may be.
        Kind::Int => Ok(type_of(a).builtin_base().is_none() || as_int(a).is_some_and(|n| !matches!(n, Int::Small(0)))),
        Kind::Float => Ok(as_float(a).unwrap().value != 0.0),
        Kind::Complex => Ok(complex::as_complex(a).is_some_and(|z| z.re != 0.0 || z.im != 0.0)),
        Kind::Str
        | Kind::List
        | Kind::Tuple
        | Kind::Dict
        | Kind::Set
        | Kind::FrozenSet
        | Kind::Bytes
        | Kind::ByteArray
        | Kind::MemoryView
        | Kind::DictView => Ok(len(a)? != 0),
        // (Not by `len()`: a range may be longer than `sys.maxsize`.)
        Kind::Range => Ok(!crate::iter::as_range(a).unwrap().empty()?),
        _ => {
            if let Some(f) = special_named(a, crate::name!("__bool__")) {
                return bool_result(call(f, &[a], &Kw::NONE)?);
            }
            if special_named(a, crate::name!("__len__")).is_some() {
                return Ok(len(a)? != 0);
            }
            Ok(true)
        }
    }
}

/// Python truth of `a`: TRUE or FALSE, or EXC when `__bool__` raised.
#[no_mangle]
pub extern "C" fn rt_truthy(a: Value) -> Value {
    ret(truthy(a).map(bool_value))
}

pub fn bool_new(args: &[Value], kw: &Kw) -> R {
    if !kw.is_empty() {
        return Err(raise(&TYPE_ERROR, "bool() takes no keyword arguments"));
    }
    if args.len() > 2 {
        return Err(raise(&TYPE_ERROR, alloc::format!("bool expected at most 1 argument, got {}", args.len() - 1)));
    }
    match args.get(1) {
        Some(&v) => truthy(v).map(bool_value),
        None => Ok(FALSE),
    }
}

/// `hash(v)`.
#[inline(always)]
pub fn hash(v: Value) -> R<usize> {
    hash_of::<true>(v)
}

/// The int `hash()` gives for the hash `h` [`hash`] computed: its word as a signed number
/// (but -1, which is -2), so that a class's `__hash__` returning it (`hash(self.name)`) hashes
/// its objects as the value itself ([`crate::pyhash::of_returned`]).
pub fn hash_int(h: usize) -> R {
    let n = h as isize as i64;
    crate::int::from_i64(if n == -1 { -2 } else { n })
}

/// [`hash`] as the built-in types hash themselves, not asking a subclass's class.
pub fn builtin_hash(v: Value) -> R<usize> {
    hash_of::<false>(v)
}

#[cold]
#[inline(never)]
#[cfg_attr(target_os = "none", link_section = ".text.mpyc.gate.rt_make_class|type/hash_overridden")]
fn hash_overridden(v: Value) -> R<usize> {
    // (`__hash__` None: a class that set it, or defines `__eq__` without `__hash__`.)
    match special_named(v, crate::name!("__hash__")) {
        Some(NONE) => Err(raise(&TYPE_ERROR, alloc::format!("unhashable type: '{}'", type_name(v)))),
        Some(f) => hash_by(f, v),
        None => hash_of::<false>(v),
    }
}

/// `hash(v)` by its `__hash__` method `f`.
fn hash_by(f: Value, v: Value) -> R<usize> {
    Ok(hash_returned(call(f, &[v], &Kw::NONE)?)? as usize)
}

/// The hash of an object whose class defines `__hash__` in Python, as CPython takes what it
/// returns (all 64 bits, also on a 32-bit board); None for other objects.
pub fn own_hash(v: Value) -> Option<R<i64>> {
    if !is_ptr(v) || !type_of(v).is_class() {
        return None;
    }
    match special_named(v, crate::name!("__hash__")) {
        Some(f) if f != NONE && !(is_ptr(f) && core::ptr::eq(type_of(f), &NATIVE_TYPE)) => {
            Some(call(f, &[v], &Kw::NONE).and_then(hash_returned))
        }
        _ => None,
    }
}

/// The hash of an object whose `__hash__` returned `r` (CPython's, as `pyhash::of_returned`).
pub fn hash_returned(r: Value) -> R<i64> {
    match as_int(r) {
        Some(i) => Ok(crate::pyhash::of_returned(&i)),
        None => Err(raise(&TYPE_ERROR, "__hash__ method should return an integer")),
    }
}

/// [`hash`], asking the class of a built-in type's subclass first when `ASK_CLASS` (by the
/// kind of generated code's inline paths, which a subclass's objects do not match).
#[inline(never)]
fn hash_of<const ASK_CLASS: bool>(v: Value) -> R<usize> {
    match v {
        TRUE => return Ok(1),
        FALSE => return Ok(0),
        NONE => return Ok(0x5eed),
        _ if is_small(v) => return Ok(crate::pyhash::small_hash(small_value(v)) as usize),
        _ => {}
    }
    let t = type_of(v);
    match if ASK_CLASS { t.inline } else { t.kind } {
        Kind::Str => Ok(crate::str::str_hash(v)),
        Kind::Bytes => {
            let mut h: usize = 0x811c_9dc5;
            for &b in crate::bytes::bytes_of(v).unwrap() {
                h = (h ^ b as usize).wrapping_mul(0x0100_0193);
            }
            Ok(h)
        }
        // Numbers hash as in CPython (`pyhash`): equal numbers of any type hash alike, and so
        // does an object of the program's that returns their hash from `__hash__`.
        Kind::Int => match as_int(v) {
            Some(i) => Ok(crate::pyhash::int_hash(&i) as usize),
            None => unreachable!("an int"),
        },
        Kind::Float => Ok(float::hash(as_float(v).unwrap().value)),
        Kind::Complex => Ok(complex::hash(complex::as_complex(v).unwrap())),
        Kind::MemoryView => crate::memoryview::gated::hash(v),
        Kind::Tuple => {
            crate::stack::check()?;
            let mut h: usize = 0x345678;
            for &x in list::tuple_items(v) {
                h = (h ^ hash(x)?).wrapping_mul(1_000_003);
            }
            Ok(h)
        }
        Kind::FrozenSet => {
            let mut h: usize = 0;
            for k in dict::keys_vec(v)? {
                h ^= hash(k)?.wrapping_mul(0x9e37_79b9);
            }
            Ok(h)
        }
        Kind::BoundMethod => {
            let m = unsafe { body::<crate::func::BoundMethod>(v) };
            Ok((m.obj >> 2) ^ (m.func >> 2))
        }
        // Ranges equal as sequences hash alike (`range(3)`, `range(0, 3, 1)`): by their length,
        // and their start and step where those make a difference (CPython's parts, not its
        // values: those hash None, whose hash is an address in 3.11).
        Kind::Range => {
            let r = crate::iter::as_range(v).unwrap();
            let (n, start, step) = match r.big() {
                Some(_) => crate::bigrange::hash_parts(r)?.into(),
                None => match r.len() {
                    0 => (0, 0, 0),
                    1 => (1, r.start as usize, 0),
                    n => (n, r.start as usize, r.step as usize),
                },
            };
            Ok(((n.wrapping_mul(1_000_003) ^ start).wrapping_mul(1_000_003)) ^ step)
        }
        // (Slices are hashable from CPython 3.12; the oracle here is 3.11.)
        Kind::List | Kind::Dict | Kind::Set | Kind::ByteArray | Kind::Slice | Kind::Array => {
            Err(raise(&TYPE_ERROR, alloc::format!("unhashable type: '{}'", type_name(v))))
        }
        Kind::DictView if dict::is_set_view(v) => {
            Err(raise(&TYPE_ERROR, alloc::format!("unhashable type: '{}'", type_name(v))))
        }
        _ if ASK_CLASS && t.kind != t.inline => hash_overridden(v),
        _ => match special_named(v, crate::name!("__hash__")) {
            Some(NONE) => Err(raise(&TYPE_ERROR, alloc::format!("unhashable type: '{}'", type_name(v)))),
            Some(f) => hash_by(f, v),
            None => Ok(v >> 2),
        },
    }
}

/// `obj[key]`.
#[inline(always)]
pub fn getitem(obj: Value, key: Value) -> R {
    getitem_of::<true>(obj, key)
}

/// [`getitem`] as the built-in types do it (what `list.__getitem__` does), not asking a
/// subclass's class.
pub fn builtin_getitem(obj: Value, key: Value) -> R {
    getitem_of::<false>(obj, key)
}

#[cold]
#[inline(never)]
fn getitem_overridden(obj: Value, key: Value) -> R {
    match special_named(obj, crate::name!("__getitem__")) {
        Some(f) => call(f, &[obj, key], &Kw::NONE),
        None => getitem_of::<false>(obj, key),
    }
}

/// [`getitem`], asking the class of a built-in type's subclass first when `ASK_CLASS`: the
/// built-in types' cases are taken by the kind of generated code's inline paths, which a
/// subclass's objects do not match.
#[inline(never)]
fn getitem_of<const ASK_CLASS: bool>(obj: Value, key: Value) -> R {
    if is_ptr(obj) {
        match if ASK_CLASS { ptr_inline(obj) } else { ptr_kind(obj) } {
            Kind::List | Kind::Tuple => return list::seq_getitem(obj, key),
            Kind::Str => return pystr::getitem(obj, key),
            Kind::Dict => return dict::getitem(obj, key),
            Kind::Bytes | Kind::ByteArray => return crate::bytes::getitem(obj, key),
            Kind::MemoryView => return crate::memoryview::gated::getitem(obj, key),
            Kind::Range => {
                let r = crate::iter::as_range(obj).unwrap();
                if let Some(s) = list::as_slice(key) {
                    return crate::iter::range_slice(r, s);
                }
                return r.item(key);
            }
            _ if ASK_CLASS && ptr_kind(obj) != ptr_inline(obj) => return getitem_overridden(obj, key),
            _ => {}
        }
    }
    if let Some(f) = special_named(obj, crate::name!("__getitem__")) {
        return call(f, &[obj, key], &Kw::NONE);
    }
    if let Some(t) = as_type(obj) {
        return class_getitem(t, key);
    }
    Err(raise(&TYPE_ERROR, alloc::format!("'{}' object is not subscriptable", type_name(obj))))
}

/// `Class[key]`: a class's `__class_getitem__` (a class method even undecorated, as in
/// CPython); a built-in container type subscripted for a type hint (`list[int]`) is a
/// `types.GenericAlias`.
#[cold]
#[inline(never)]
fn class_getitem(t: &'static TypeObj, key: Value) -> R {
    if let Some(mut f) = crate::func::lookup_name(t, crate::name!("__class_getitem__")) {
        if matches!(kind_of(f), Kind::ClassMethod | Kind::StaticMethod) {
            f = unsafe { body::<crate::func::WrapperObj>(f) }.func;
        }
        return call(f, &[t.as_value(), key], &Kw::NONE);
    }
    // (The containers by kind, not by address: naming the set types would link them, and the
    // code behind their gates, into every firmware.)
    let generic = [&LIST_TYPE, &DICT_TYPE, &TUPLE_TYPE, &TYPE_TYPE];
    if generic.iter().any(|g| core::ptr::eq(t, *g)) || (!t.is_class() && matches!(t.kind, Kind::Set | Kind::FrozenSet))
    {
        return crate::generic_alias::new(t, key);
    }
    Err(raise(&TYPE_ERROR, alloc::format!("type '{}' is not subscriptable", t.name)))
}

#[inline(always)]
pub fn setitem(obj: Value, key: Value, v: Value) -> R<()> {
    setitem_of::<true>(obj, key, v)
}

/// [`setitem`] as the built-in types do it (what `list.__setitem__` does), not asking a
/// subclass's class.
pub fn builtin_setitem(obj: Value, key: Value, v: Value) -> R<()> {
    setitem_of::<false>(obj, key, v)
}

#[cold]
#[inline(never)]
fn setitem_overridden(obj: Value, key: Value, v: Value) -> R<()> {
    match special_named(obj, crate::name!("__setitem__")) {
        Some(f) => call(f, &[obj, key, v], &Kw::NONE).map(|_| ()),
        None => setitem_of::<false>(obj, key, v),
    }
}

/// [`setitem`], asking the class of a built-in type's subclass first when `ASK_CLASS`: the
/// built-in types' cases are taken by the kind of generated code's inline paths, which a
/// subclass's objects do not match.
#[inline(never)]
fn setitem_of<const ASK_CLASS: bool>(obj: Value, key: Value, v: Value) -> R<()> {
    if is_ptr(obj) {
        match if ASK_CLASS { ptr_inline(obj) } else { ptr_kind(obj) } {
            Kind::List => return list::list_setitem(obj, key, v),
            Kind::Dict => return dict::set_item(obj, key, v),
            Kind::ByteArray => return crate::bytes::setitem(obj, key, v),
            Kind::MemoryView => return crate::memoryview::gated::setitem(obj, key, v),
            _ if ASK_CLASS && ptr_kind(obj) != ptr_inline(obj) => return setitem_overridden(obj, key, v),
            _ => {}
        }
    }
    if let Some(f) = special_named(obj, crate::name!("__setitem__")) {
        return call(f, &[obj, key, v], &Kw::NONE).map(|_| ());
    }
    // CPython converts an int key of a built-in sequence first: one too large for a word is
    // an IndexError even where assignment is not supported.
    if is_ptr(obj)
        && matches!(ptr_kind(obj), Kind::Str | Kind::Tuple | Kind::Bytes | Kind::Range)
        && !is_small(key)
        && crate::int::as_int(key).is_some()
    {
        crate::int::index_of(key, "index")?;
    }
    Err(raise(&TYPE_ERROR, alloc::format!("'{}' object does not support item assignment", type_name(obj))))
}

#[inline(always)]
pub fn delitem(obj: Value, key: Value) -> R<()> {
    delitem_of::<true>(obj, key)
}

/// [`delitem`] as the built-in types do it (what `list.__delitem__` does), not asking a
/// subclass's class.
pub fn builtin_delitem(obj: Value, key: Value) -> R<()> {
    delitem_of::<false>(obj, key)
}

#[cold]
#[inline(never)]
fn delitem_overridden(obj: Value, key: Value) -> R<()> {
    match special_named(obj, crate::name!("__delitem__")) {
        Some(f) => call(f, &[obj, key], &Kw::NONE).map(|_| ()),
        None => delitem_of::<false>(obj, key),
    }
}

/// [`delitem`], asking the class of a built-in type's subclass first when `ASK_CLASS`: the
/// built-in types' cases are taken by the kind of generated code's inline paths, which a
/// subclass's objects do not match.
#[inline(never)]
fn delitem_of<const ASK_CLASS: bool>(obj: Value, key: Value) -> R<()> {
    if is_ptr(obj) {
        match if ASK_CLASS { ptr_inline(obj) } else { ptr_kind(obj) } {
            Kind::List => return list::list_delitem(obj, key),
            Kind::Dict => return dict::delitem(obj, key),
            Kind::ByteArray => return crate::bytes::delitem(obj, key),
            Kind::MemoryView => return Err(raise(&TYPE_ERROR, "cannot delete memory")),
            _ if ASK_CLASS && ptr_kind(obj) != ptr_inline(obj) => return delitem_overridden(obj, key),
            _ => {}
        }
    }
    if let Some(f) = special_named(obj, crate::name!("__delitem__")) {
        return call(f, &[obj, key], &Kw::NONE).map(|_| ());
    }
    Err(raise(&TYPE_ERROR, alloc::format!("'{}' object does not support item deletion", type_name(obj))))
}

/// `x in container`.
#[inline(always)]
pub fn contains(container: Value, x: Value) -> R<bool> {
    contains_of::<true>(container, x)
}

/// [`contains`] as the built-in types do it (what `list.__contains__` does), not asking a
/// subclass's class.
pub fn builtin_contains(container: Value, x: Value) -> R<bool> {
    contains_of::<false>(container, x)
}

#[cold]
#[inline(never)]
fn contains_overridden(container: Value, x: Value) -> R<bool> {
    if let Some(f) = special_named(container, crate::name!("__contains__")) {
        return truthy(call(f, &[container, x], &Kw::NONE)?);
    }
    if special_named(container, crate::name!("__iter__")).is_some() {
        return contains_by_iter(container, x);
    }
    contains_of::<false>(container, x)
}

/// `x in container` by iterating over it.
fn contains_by_iter(container: Value, x: Value) -> R<bool> {
    let it = crate::iter::iter(container)?;
    while let Some(v) = crate::iter::next(it)? {
        if v == x || eq(v, x)? {
            return Ok(true);
        }
    }
    Ok(false)
}

/// [`contains`], asking the class of a built-in type's subclass first when `ASK_CLASS`: the
/// built-in types' cases are taken by the kind of generated code's inline paths, which a
/// subclass's objects do not match.
#[inline(never)]
fn contains_of<const ASK_CLASS: bool>(container: Value, x: Value) -> R<bool> {
    if is_ptr(container) {
        match if ASK_CLASS { ptr_inline(container) } else { ptr_kind(container) } {
            Kind::List | Kind::Tuple => return list::contains(container, x),
            Kind::Str => return pystr::contains(container, x),
            Kind::Dict => return dict::contains(container, x),
            Kind::Set | Kind::FrozenSet => return crate::set::contains_key(container, x),
            Kind::DictView => return dict::view_contains(container, x),
            Kind::Range => return Ok(crate::iter::range_find(container, x)?.is_some()),
            Kind::Bytes | Kind::ByteArray => {
                let b = crate::bytes::bytes_of(container).unwrap();
                if let Some(sub) = crate::bytes::bytes_of(x) {
                    return Ok(sub.is_empty() || b.windows(sub.len()).any(|w| w == sub));
                }
                if is_ptr(x) && matches!(kind_of(x), Kind::Array | Kind::MemoryView) {
                    let sub = crate::memoryview::bytes_like(x)?.unwrap_or_default();
                    let b = crate::bytes::bytes_of(container).unwrap_or(&[]);
                    return Ok(sub.is_empty() || b.windows(sub.len()).any(|w| w == sub.as_slice()));
                }
                // (An int, or what has `__index__`, is a byte; anything else CPython wants
                // bytes-like.)
                if as_int(x).is_none() && !crate::list::has_index(x) {
                    return Err(raise(
                        &TYPE_ERROR,
                        alloc::format!("a bytes-like object is required, not '{}'", type_name(x)),
                    ));
                }
                let n = int::index_of(x, "byte")?;
                if !(0..256).contains(&n) {
                    return Err(raise(&VALUE_ERROR, "byte must be in range(0, 256)"));
                }
                let b = crate::bytes::bytes_of(container).unwrap_or(&[]);
                return Ok(b.iter().any(|&c| c as isize == n));
            }
            _ if ASK_CLASS && ptr_kind(container) != ptr_inline(container) => return contains_overridden(container, x),
            _ => {}
        }
    }
    if let Some(f) = special_named(container, crate::name!("__contains__")) {
        let r = call(f, &[container, x], &Kw::NONE)?;
        return truthy(r);
    }
    // (A class with `__getitem__` only iterates by index, as `iter()` does; one whose
    // `__iter__` is None does not iterate.)
    let by_iter = special_named(container, crate::name!("__iter__"));
    if by_iter.is_some_and(|f| f != NONE)
        || (by_iter.is_none() && special_named(container, crate::name!("__getitem__")).is_some())
        || kind_of(container) == Kind::MemoryView
        || kind_of(container) == Kind::Iter
        || kind_of(container) == Kind::Generator
    {
        return contains_by_iter(container, x);
    }
    Err(raise(&TYPE_ERROR, alloc::format!("argument of type '{}' is not iterable", type_name(container))))
}

#[no_mangle]
pub extern "C" fn rt_getitem(obj: Value, key: Value) -> Value {
    // A byte of bytes or a bytearray by a small int in range (lists are inline in generated code).
    if let Some((data, i)) = byte_at(obj, key) {
        return small(unsafe { *data.add(i) } as isize);
    }
    // An item of a tuple by a small int in range.
    if is_small(key) && is_ptr(obj) && ptr_inline(obj) == Kind::Tuple {
        let items = list::tuple_items(obj);
        let i = small_value(key);
        let i = if i < 0 { i + items.len() as isize } else { i };
        if (0..items.len() as isize).contains(&i) {
            return items[i as usize];
        }
    }
    // A dict's value.
    if is_ptr(obj) && ptr_inline(obj) == Kind::Dict {
        return ret(dict::getitem(obj, key));
    }
    ret(getitem(obj, key))
}

#[no_mangle]
pub extern "C" fn rt_setitem(obj: Value, key: Value, v: Value) -> Value {
    if is_ptr(obj) {
        match ptr_inline(obj) {
            // A byte of a bytearray by a small int in range (lists are inline in generated code).
            Kind::ByteArray if is_small(v) && (0..256).contains(&small_value(v)) => {
                if let Some((data, i)) = byte_at(obj, key) {
                    unsafe { *data.add(i) = small_value(v) as u8 };
                    return NONE;
                }
            }
            Kind::Dict => return ret(dict::set_item(obj, key, v).map(|_| NONE)),
            _ => {}
        }
    }
    ret(setitem(obj, key, v).map(|_| NONE))
}

/// The data of bytes or a bytearray and the byte that the small int `key` indexes, if in range.
#[inline(always)]
fn byte_at(obj: Value, key: Value) -> Option<(*mut u8, usize)> {
    if !is_small(key) || !is_ptr(obj) || !matches!(ptr_inline(obj), Kind::Bytes | Kind::ByteArray) {
        return None;
    }
    let o: &crate::bytes::BytesObj = unsafe { body(obj) };
    let i = small_value(key);
    let i = if i < 0 { i + o.len as isize } else { i };
    (0..o.len as isize).contains(&i).then_some((o.data, i as usize))
}

#[no_mangle]
pub extern "C" fn rt_delitem(obj: Value, key: Value) -> Value {
    ret(delitem(obj, key).map(|_| NONE))
}

/// `x in container` as True/False.
#[no_mangle]
pub extern "C" fn rt_contains(container: Value, x: Value) -> Value {
    // A small int in a list or tuple of small ints, here: two small ints are equal only when
    // they are the same word. (An item of any other kind takes the general path.)
    if is_small(x) && is_ptr(container) && matches!(ptr_inline(container), Kind::List | Kind::Tuple) {
        let items = list::seq_items(container).unwrap();
        if let Some(found) = small_in(items, x) {
            return bool_value(found);
        }
    }
    ret(contains(container, x).map(bool_value))
}

/// Whether the small int `x` is among `items` when they are all small ints (else None).
#[inline(always)]
fn small_in(items: &[Value], x: Value) -> Option<bool> {
    for &y in items {
        if y == x {
            return Some(true);
        }
        if !is_small(y) {
            return None;
        }
    }
    Some(false)
}

/// `v` if it is an int (a bool counts as 0 or 1), else its `__index__`, else TypeError: what
/// `range()` accepts.
#[no_mangle]
pub extern "C" fn rt_index(v: Value) -> Value {
    match as_int(v) {
        Some(Int::Small(n)) => ret(int::from_i64(n)),
        Some(Int::Big(_)) => v,
        // (An object with `__index__`: `range(1, obj)`.)
        None => ret(int::index_value(v).and_then(|r| match as_int(r) {
            Some(Int::Small(n)) => int::from_i64(n),
            _ => Ok(r),
        })),
    }
}
