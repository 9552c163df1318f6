//! The builtins: functions like `len`, `sorted` and `isinstance`, and the names of the built-in
//! types and exception classes, looked up by name for generated code.

use crate::exc::*;
use crate::float::{as_float, new_float};
use crate::func::{self, call, ret, Kw, NativeObj, ANY};
use crate::int::{self, as_int, from_isize, index_of, Int};
use crate::iter;
use crate::list::{self, list_items, new_list, new_tuple, tuple_items};
use crate::object::*;
use crate::ops;
use crate::str::{as_str, from_str};
use crate::value::*;
use alloc::string::String;

/// The type of `NotImplemented`.
pub static NOT_IMPLEMENTED_TYPE: TypeObj =
    TypeObj::builtin("NotImplementedType", Kind::Object, Some(&OBJECT_TYPE), &[], None);

#[repr(C)]
pub struct Singleton {
    header: Header,
}
unsafe impl Sync for Singleton {}

impl Singleton {
    pub fn as_value(&'static self) -> Value {
        self as *const Singleton as Value
    }
}

pub static NOT_IMPLEMENTED: Singleton = Singleton { header: Header::of(&NOT_IMPLEMENTED_TYPE) };

/// The type of `Ellipsis` (`...`).
pub static ELLIPSIS_TYPE: TypeObj = TypeObj::builtin("ellipsis", Kind::Object, Some(&OBJECT_TYPE), &[], None);

/// `Ellipsis`, the value of `...`: exported by name, as generated code refers to it.
#[export_name = "mpyc_ELLIPSIS"]
pub static ELLIPSIS: Singleton = Singleton { header: Header::of(&ELLIPSIS_TYPE) };

#[inline(always)]
fn nargs(a: &[Value], name: &str, min: usize, max: usize) -> R<()> {
    if a.len() < min || a.len() > max {
        return Err(nargs_error(a, name, min, max));
    }
    Ok(())
}

#[cold]
#[inline(never)]
fn nargs_error(a: &[Value], name: &str, min: usize, max: usize) -> Exc {
    {
        let msg = if min == max {
            alloc::format!(
                "{name}() takes exactly {} argument{} ({} given)",
                min,
                if min == 1 { "" } else { "s" },
                a.len()
            )
        } else if a.len() < min {
            alloc::format!(
                "{name} expected at least {min} argument{}, got {}",
                if min == 1 { "" } else { "s" },
                a.len()
            )
        } else {
            alloc::format!("{name} expected at most {max} arguments, got {}", a.len())
        };
        raise(&TYPE_ERROR, msg)
    }
}

fn print(a: &[Value], kw: &Kw) -> R {
    kw.only("print", &["sep", "end", "file", "flush"])?;
    let sep = kw.get("sep").unwrap_or(NONE);
    let end = kw.get("end").unwrap_or(NONE);
    // (Checked before anything is written, as CPython's: also a `sep` no item needs.)
    for (what, v) in [("sep", sep), ("end", end)] {
        if v != NONE && as_str(v).is_none() {
            return Err(raise(&TYPE_ERROR, alloc::format!("{what} must be None or a string, not {}", type_name(v))));
        }
    }
    match kw.get("file") {
        Some(file) if file != NONE => return print_to(file, a, sep, end, kw.get("flush")),
        _ => {}
    }
    for (i, &v) in a.iter().enumerate() {
        if i > 0 && crate::print::rt_print_sep(sep, 0) == EXC {
            return Err(Exc);
        }
        if crate::print::rt_print(v) == EXC {
            return Err(Exc);
        }
    }
    if crate::print::rt_print_sep(end, 1) == EXC {
        return Err(Exc);
    }
    Ok(NONE)
}

/// `print(..., file=f)`: each piece through `f.write`, as CPython's print does.
fn print_to(file: Value, a: &[Value], sep: Value, end: Value, flush: Option<Value>) -> R {
    let piece = |v: Value, which: usize, default: &str| -> R<Value> {
        if v == NONE {
            return from_str(default);
        }
        if as_str(v).is_none() {
            let what = if which == 0 { "sep" } else { "end" };
            return Err(raise(&TYPE_ERROR, alloc::format!("{what} must be None or a string, not {}", type_name(v))));
        }
        Ok(v)
    };
    let (sep, end) = (piece(sep, 0, " ")?, piece(end, 1, "\n")?);
    let write = from_str("write")?;
    for (i, &v) in a.iter().enumerate() {
        if i > 0 {
            func::call_method(file, write, &[file, sep], &Kw::NONE)?;
        }
        let text = crate::print::str_of(v)?;
        func::call_method(file, write, &[file, text], &Kw::NONE)?;
    }
    func::call_method(file, write, &[file, end], &Kw::NONE)?;
    if let Some(f) = flush {
        if ops::truthy(f)? {
            func::call_method(file, from_str("flush")?, &[file], &Kw::NONE)?;
        }
    }
    Ok(NONE)
}

fn abs(a: &[Value], _: &Kw) -> R {
    nargs(a, "abs", 1, 1)?;
    let v = a[0];
    if let Some(f) = ops::overridden(v, crate::name!("__abs__")) {
        return call(f, &[v], &Kw::NONE);
    }
    if let Some(z) = crate::complex::as_complex(v) {
        return crate::complex::abs(z);
    }
    if let Some(f) = as_float(v) {
        return new_float(f.value.abs());
    }
    if let Some(i) = as_int(v) {
        return if int::compare(&i, &Int::Small(0)).is_lt() {
            ops::unary(ops::unop::NEG, v)
        } else {
            int::binary(ops::binop::ADD, i, Int::Small(0))
        };
    }
    if let Some(f) = func::lookup_name(type_of(v), crate::name!("__abs__")) {
        return call(f, &[v], &Kw::NONE);
    }
    Err(raise(&TYPE_ERROR, alloc::format!("bad operand type for abs(): '{}'", type_name(v))))
}

/// `min` (`want` = LT) and `max` (`want` = GT), over an iterable as it goes (no list of it:
/// `max(range(10**6))` needs no memory).
fn min_max(a: &[Value], kw: &Kw, name: &str, want: usize) -> R {
    kw.only(name, &["key", "default"])?;
    let key = kw.get("key").unwrap_or(NONE);
    if a.is_empty() {
        return Err(raise(&TYPE_ERROR, alloc::format!("{name} expected at least 1 argument, got 0")));
    }
    if a.len() > 1 && kw.get("default").is_some() {
        return Err(raise(
            &TYPE_ERROR,
            alloc::format!("Cannot specify a default for {name}() with multiple positional arguments"),
        ));
    }
    // The best value so far and its key (on the stack, where the collector sees them).
    let mut best: Option<(Value, Value)> = None;
    let mut consider = |v: Value| -> R<()> {
        let k = if key == NONE { v } else { call(key, &[v], &Kw::NONE)? };
        match best {
            Some((_, best_key)) if !ops::compare_bool(want, k, best_key)? => {}
            _ => best = Some((v, k)),
        }
        Ok(())
    };
    if a.len() == 1 {
        iter::for_each(a[0], &mut consider)?;
    } else {
        for &v in a {
            consider(v)?;
        }
    }
    match core::hint::black_box(best) {
        Some((v, _)) => Ok(v),
        None => match kw.get("default") {
            Some(d) => Ok(d),
            None => Err(raise(&VALUE_ERROR, alloc::format!("{name}() arg is an empty sequence"))),
        },
    }
}

fn sum(a: &[Value], kw: &Kw) -> R {
    kw.only("sum", &["start"])?;
    nargs(a, "sum", 1, 2)?;
    let mut acc = a.get(1).copied().or_else(|| kw.get("start")).unwrap_or(small(0));
    if as_str(acc).is_some() {
        return Err(raise(&TYPE_ERROR, "sum() can't sum strings [use ''.join(seq) instead]"));
    }
    // (Added as the iterable goes: no list of it.)
    iter::for_each(a[0], |v| {
        acc = ops::add(acc, v)?;
        Ok(())
    })?;
    Ok(core::hint::black_box(acc))
}

fn sorted(a: &[Value], kw: &Kw) -> R {
    kw.only("sorted", &["key", "reverse"])?;
    if a.len() != 1 {
        return Err(raise(&TYPE_ERROR, alloc::format!("sorted expected 1 argument, got {}", a.len())));
    }
    let l = list::to_list(a[0])?;
    let l = if l == a[0] { new_list(list_items(l))? } else { l };
    let key = kw.get("key").unwrap_or(NONE);
    let reverse = match kw.get("reverse") {
        Some(r) => ops::truthy(r)?,
        None => false,
    };
    list::sort(l, key, reverse)?;
    Ok(l)
}

fn any_all(a: &[Value], want: bool) -> R {
    nargs(a, if want { "any" } else { "all" }, 1, 1)?;
    let it = iter::iter(a[0])?;
    while let Some(v) = iter::next(it)? {
        if ops::truthy(v)? == want {
            return Ok(bool_value(want));
        }
    }
    Ok(bool_value(!want))
}

/// `isinstance(x, cls)` (`instance`) or `issubclass(x, cls)`, `cls` a class or a tuple of
/// them: a class whose metaclass defines `__instancecheck__`/`__subclasscheck__` answers for
/// itself (`abc.ABCMeta`'s registered classes), as in CPython.
fn class_check(x: Value, cls: Value, instance: bool) -> R<bool> {
    if crate::generic_alias::is_alias(cls) {
        let f = if instance { "isinstance" } else { "issubclass" };
        return Err(raise(&TYPE_ERROR, alloc::format!("{f}() argument 2 cannot be a parameterized generic")));
    }
    if let Some(t) = as_type(cls) {
        // An object of exactly the class is an instance without asking (CPython's shortcut).
        if instance && core::ptr::eq(type_of(x), t) {
            return Ok(true);
        }
        let meta = type_of(cls);
        if meta.is_class() {
            let hook = if instance { crate::name!("__instancecheck__") } else { crate::name!("__subclasscheck__") };
            if let Some(f) = crate::func::lookup_name(meta, hook) {
                return ops::truthy(crate::func::call(f, &[cls, x], &Kw::NONE)?);
            }
        }
        return Ok(if instance { isinstance(x, t) } else { as_type(x).is_some_and(|sub| sub.is_subtype(t)) });
    }
    if kind_of(cls) == Kind::Tuple {
        for &c in tuple_items(cls) {
            if class_check(x, c, instance)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    // Any object whose class answers (`typing.Union[int, str]`).
    let hook = if instance { crate::name!("__instancecheck__") } else { crate::name!("__subclasscheck__") };
    if let Some(f) = crate::func::lookup_name(type_of(cls), hook) {
        return ops::truthy(crate::func::call(f, &[cls, x], &Kw::NONE)?);
    }
    let name = if instance { "isinstance" } else { "issubclass" };
    Err(raise(&TYPE_ERROR, alloc::format!("{name}() arg 2 must be a type, a tuple of types, or a union")))
}

fn isinstance_fn(a: &[Value], _: &Kw) -> R {
    nargs(a, "isinstance", 2, 2)?;
    Ok(bool_value(class_check(a[0], a[1], true)?))
}

fn issubclass_fn(a: &[Value], _: &Kw) -> R {
    nargs(a, "issubclass", 2, 2)?;
    if as_type(a[0]).is_none() {
        return Err(raise(&TYPE_ERROR, "issubclass() arg 1 must be a class"));
    }
    Ok(bool_value(class_check(a[0], a[1], false)?))
}

fn divmod(a: &[Value], _: &Kw) -> R {
    nargs(a, "divmod", 2, 2)?;
    let number = |v: Value| as_int(v).is_some() || as_float(v).is_some();
    if !(number(a[0]) && number(a[1])) {
        if let Some(f) = ops::special_named(a[0], crate::name!("__divmod__")) {
            return crate::func::call(f, &[a[0], a[1]], &Kw::NONE);
        }
        if let Some(f) = ops::special_named(a[1], crate::name!("__rdivmod__")) {
            return crate::func::call(f, &[a[1], a[0]], &Kw::NONE);
        }
        return Err(raise(
            &TYPE_ERROR,
            alloc::format!("unsupported operand type(s) for divmod(): '{}' and '{}'", type_name(a[0]), type_name(a[1])),
        ));
    }
    // A float by zero: CPython's message names divmod.
    let zero = |v: Value| v == small(0) || as_float(v).is_some_and(|f| f.value == 0.0);
    if (as_float(a[0]).is_some() || as_float(a[1]).is_some()) && zero(a[1]) {
        return Err(raise(&ZERO_DIVISION_ERROR, "float divmod()"));
    }
    let q = ops::binary(ops::binop::FLOORDIV, a[0], a[1])?;
    let r = ops::binary(ops::binop::MOD, a[0], a[1])?;
    new_tuple(&[q, r])
}

fn pow(a: &[Value], kw: &Kw) -> R {
    let named;
    let a = if kw.is_empty() {
        a
    } else {
        named = kw.positional("pow", a, &["base", "exp", "mod"], 2)?;
        &named[..]
    };
    // (CPython's messages for a function with named parameters.)
    match a.len() {
        0 | 1 => {
            let (name, pos) = if a.is_empty() { ("base", 1) } else { ("exp", 2) };
            return Err(raise(&TYPE_ERROR, alloc::format!("pow() missing required argument '{name}' (pos {pos})")));
        }
        n if n > 3 => {
            return Err(raise(&TYPE_ERROR, alloc::format!("pow() takes at most 3 arguments ({n} given)")));
        }
        _ => {}
    }
    if a.len() == 3 && a[2] != NONE {
        // (An int subclass's own `__pow__` too.)
        if let Some(f) = ops::overridden(a[0], crate::name!("__pow__")) {
            let r = call(f, a, &Kw::NONE)?;
            if r != crate::builtins::NOT_IMPLEMENTED.as_value() {
                return Ok(r);
            }
        }
        let (Some(b), Some(e), Some(m)) = (as_int(a[0]), as_int(a[1]), as_int(a[2])) else {
            // A class's `__pow__(self, exp, mod)` (CPython does not try `__rpow__` with three).
            if let Some(f) = ops::special_named(a[0], crate::name!("__pow__")) {
                let r = call(f, a, &Kw::NONE)?;
                if r != crate::builtins::NOT_IMPLEMENTED.as_value() {
                    return Ok(r);
                }
            }
            return Err(raise(&TYPE_ERROR, "pow() 3rd argument not allowed unless all arguments are integers"));
        };
        // (Room first for the copies and for `modpow`'s products and their remainders: its
        // buffers are the Rust allocator's.)
        let bits = |i: &Int| match i {
            Int::Big(x) => x.bits(),
            Int::Small(_) => 64,
        };
        crate::reserve::room_for_division(bits(&b).max(2 * bits(&m)) + bits(&e))?;
        let m = m.to_big();
        if m.is_zero() {
            return Err(raise(&VALUE_ERROR, "pow() 3rd argument cannot be 0"));
        }
        let (mut b, mut e) = (b.to_big(), e.to_big());
        // A negative exponent raises the base's inverse modulo |m| (CPython 3.8+).
        if e.is_negative() {
            b = match b.modinv(&m.abs()) {
                Some(inv) => inv,
                None => return Err(raise(&VALUE_ERROR, "base is not invertible for the given modulus")),
            };
            e = -e;
        }
        let r = b.modpow(&e, &m);
        return int::from_big(r);
    }
    ops::binary(ops::binop::POW, a[0], a[1])
}

pub(crate) fn round(a: &[Value], kw: &Kw) -> R {
    let named;
    let a = if kw.is_empty() {
        a
    } else {
        named = kw.positional("round", a, &["number", "ndigits"], 1)?;
        &named[..]
    };
    nargs(a, "round", 1, 2)?;
    let nd = a.get(1).copied().filter(|&n| n != NONE);
    if let Some(f) = as_float(a[0]) {
        let n = match nd {
            Some(n) => Some(int::clamped_index(n, "ndigits")?),
            None => None,
        };
        return crate::float::round(f.value, n);
    }
    if let Some(i) = as_int(a[0]) {
        let n = match nd {
            Some(n) => int::clamped_index(n, "ndigits")?,
            None => 0,
        };
        if n >= 0 {
            return int::binary(ops::binop::ADD, i, Int::Small(0));
        }
        // Round half to even at 10**-n; past the int's digits that is 0 (decimal digits are
        // under 0.302 per bit).
        let bits = match i {
            Int::Big(x) => x.bits(),
            Int::Small(v) => u64::from(64 - v.unsigned_abs().leading_zeros()),
        };
        let digits = n.unsigned_abs();
        if digits as u64 > bits * 302 / 1000 + 2 {
            return Ok(small(0));
        }
        // (Room first for the copy, the power of ten and the division: `bigint`'s buffers are
        // the Rust allocator's.)
        crate::reserve::room_for_division(bits)?;
        let x = i.to_big();
        let p = crate::bigint::BigInt::from(10).pow(digits as u32);
        let (q, r) = x.div_mod_floor(&p);
        let twice = &r * 2;
        let q = if twice > p || (twice == p && q.is_odd()) { q + 1 } else { q };
        return int::from_big(q * p);
    }
    if let Some(f) = func::lookup_name(type_of(a[0]), crate::name!("__round__")) {
        return call(f, a, &Kw::NONE);
    }
    Err(raise(&TYPE_ERROR, alloc::format!("type {} doesn't define __round__ method", type_name(a[0]))))
}

fn chr(a: &[Value], _: &Kw) -> R {
    nargs(a, "chr", 1, 1)?;
    let n = index_of(a[0], "chr")?;
    // ASCII: the one-character str there is, with no encoding.
    if (0..128).contains(&n) {
        return Ok(crate::str::ascii_char(n as u8));
    }
    match u32::try_from(n).ok().and_then(char::from_u32) {
        Some(c) => from_str(c.encode_utf8(&mut [0; 4])),
        None => Err(raise(&VALUE_ERROR, "chr() arg not in range(0x110000)")),
    }
}

fn ord(a: &[Value], _: &Kw) -> R {
    nargs(a, "ord", 1, 1)?;
    if let Some(s) = as_str(a[0]) {
        // One byte: an ASCII character, no decoding.
        if let &[b] = s.as_bytes() {
            return Ok(small(b as isize));
        }
        // One character of two to four bytes, decoded here (text is valid UTF-8).
        let b = s.as_bytes();
        let width = b.first().map_or(0, |&x| crate::str::utf8_width(x));
        return match b {
            _ if width == 0 || b.len() != width => Err(raise(
                &TYPE_ERROR,
                alloc::format!("ord() expected a character, but string of length {} found", crate::str::char_count(s)),
            )),
            _ => {
                let lead = (b[0] as u32) & (0x7f >> width);
                let c = b[1..].iter().fold(lead, |c, &x| c << 6 | (x as u32 & 0x3f));
                Ok(small(c as isize))
            }
        };
    }
    if let Some(b) = crate::bytes::bytes_of(a[0]) {
        if b.len() == 1 {
            return Ok(small(b[0] as isize));
        }
    }
    Err(raise(&TYPE_ERROR, alloc::format!("ord() expected string of length 1, but {} found", type_name(a[0]))))
}

fn radix(a: &[Value], name: &str, spec: &str) -> R {
    nargs(a, name, 1, 1)?;
    let n = crate::int::index_value(a[0])?;
    from_str(&crate::format::format_value(n, spec)?)
}

fn getattr_fn(a: &[Value], _: &Kw) -> R {
    nargs(a, "getattr", 2, 3)?;
    func::attribute_name(a[1])?;
    let found = match func::lookup_attr(a[0], a[1]) {
        Err(e) if a.len() == 3 && pending_is(&ATTRIBUTE_ERROR) => {
            let _ = e;
            take_pending();
            None
        }
        r => r?,
    };
    match found {
        Some(v) => Ok(v),
        None if a.len() == 3 => Ok(a[2]),
        None => Err(func::no_attribute(a[0], as_str(a[1]).unwrap_or(""))),
    }
}

fn hasattr_fn(a: &[Value], _: &Kw) -> R {
    nargs(a, "hasattr", 2, 2)?;
    func::attribute_name(a[1])?;
    match func::lookup_attr(a[0], a[1]) {
        Ok(found) => Ok(if found.is_some() { TRUE } else { FALSE }),
        Err(e) if pending_is(&ATTRIBUTE_ERROR) => {
            let _ = e;
            take_pending();
            Ok(FALSE)
        }
        Err(e) => Err(e),
    }
}

pub fn next_fn(a: &[Value], _: &Kw) -> R {
    nargs(a, "next", 1, 2)?;
    if crate::gen::is_coroutine(a[0]) {
        return Err(raise(&TYPE_ERROR, "'coroutine' object is not an iterator"));
    }
    match iter::next(a[0])? {
        Some(v) => Ok(v),
        None if a.len() == 2 => Ok(a[1]),
        None if kind_of(a[0]) == Kind::Generator && crate::gen::return_value(a[0]) != NONE => {
            Err(stop_iteration(crate::gen::take_return_value(a[0])))
        }
        // StopIteration from an exhausted iterator has no arguments.
        None => Err(set_pending(exc_new(&[STOP_ITERATION.as_value()], &Kw::NONE)?)),
    }
}

// (A method table: the linker keeps only the functions a program names, see `methods!`.)
pub static FUNCTIONS: &[NativeObj] = crate::methods![
    NativeObj::function("abs", 1, 1, abs),
    NativeObj::function("all", 1, 1, |a, _| any_all(a, false)),
    NativeObj::function("any", 1, 1, |a, _| any_all(a, true)),
    NativeObj::function("ascii", 1, 1, |a, _| from_str(&crate::print::to_ascii(a[0])?)),
    NativeObj::function("bin", 1, 1, |a, _| radix(a, "bin", "#b")),
    NativeObj::function("callable", 1, 1, |a, _| {
        nargs(a, "callable", 1, 1)?;
        Ok(bool_value(func::is_callable(a[0])))
    }),
    NativeObj::function("chr", 1, 1, chr),
    NativeObj::new("compile", |_, _| Err(dynamic_code("compile"))),
    NativeObj::function("delattr", 2, 2, |a, _| {
        nargs(a, "delattr", 2, 2)?;
        func::delattr(a[0], a[1]).map(|_| NONE)
    }),
    NativeObj::new("dir", func::dir),
    NativeObj::function("divmod", 2, 2, divmod),
    NativeObj::new("eval", |_, _| Err(dynamic_code("eval"))),
    NativeObj::new("exec", |_, _| Err(dynamic_code("exec"))),
    NativeObj::function("format", 1, 2, |a, _| {
        nargs(a, "format", 1, 2)?;
        let spec = a.get(1).and_then(|&s| as_str(s)).unwrap_or("");
        from_str(&crate::format::format_value(a[0], spec)?)
    }),
    NativeObj::function("getattr", 2, 3, getattr_fn),
    NativeObj::function("hasattr", 2, 2, hasattr_fn),
    NativeObj::function("hash", 1, 1, |a, _| {
        nargs(a, "hash", 1, 1)?;
        // Ints, bools, floats, complex numbers, tuples and frozensets (and their subclasses
        // that keep the built-in `__hash__`) hash as in a 64-bit CPython (`pyhash`); the rest
        // as mpyc hashes them (CPython's are salted or addresses), to a non-negative int.
        if crate::pyhash::hashes_as_cpython(a[0]) {
            return crate::int::from_i64(crate::pyhash::cpython_hash(a[0])?);
        }
        if let Some(h) = ops::own_hash(a[0]) {
            return crate::int::from_i64(h?);
        }
        ops::hash_int(ops::hash(a[0])?)
    }),
    NativeObj::function("hex", 1, 1, |a, _| radix(a, "hex", "#x")),
    NativeObj::function("id", 1, 1, |a, _| {
        nargs(a, "id", 1, 1)?;
        Ok(from_isize((a[0] >> 1) as isize))
    }),
    NativeObj::function("isinstance", 2, 2, isinstance_fn),
    NativeObj::function("issubclass", 2, 2, issubclass_fn),
    NativeObj::new("input", input),
    NativeObj::new("iter", |a, _| {
        nargs(a, "iter", 1, 2)?;
        match a.get(1) {
            Some(&sentinel) => iter::callable_iter(a[0], sentinel),
            None => iter::iter(a[0]),
        }
    }),
    NativeObj::function("len", 1, 1, |a, _| {
        nargs(a, "len", 1, 1)?;
        Ok(from_isize(ops::len(a[0])? as isize))
    }),
    NativeObj::function("max", 1, ANY, |a, kw| min_max(a, kw, "max", ops::cmpop::GT)).keywords(),
    NativeObj::function("min", 1, ANY, |a, kw| min_max(a, kw, "min", ops::cmpop::LT)).keywords(),
    NativeObj::new("next", next_fn),
    NativeObj::new("open", open),
    NativeObj::function("oct", 1, 1, |a, _| radix(a, "oct", "#o")),
    NativeObj::new("exit", quit),
    NativeObj::new("quit", quit),
    NativeObj::function("ord", 1, 1, ord),
    NativeObj::function("pow", 2, 3, pow).named(),
    NativeObj::new("print", print),
    NativeObj::function("repr", 1, 1, |a, _| {
        nargs(a, "repr", 1, 1)?;
        from_string(crate::print::to_repr(a[0])?)
    }),
    NativeObj::function("round", 1, 2, round).named(),
    NativeObj::function("setattr", 3, 3, |a, _| {
        nargs(a, "setattr", 3, 3)?;
        func::setattr(a[0], a[1], a[2]).map(|_| NONE)
    }),
    NativeObj::function("sorted", 0, ANY, sorted).keywords(),
    NativeObj::function("sum", 1, 2, sum).keywords(),
    NativeObj::new("vars", func::vars),
];

/// `exit([code])` and `quit([code])`, which CPython's `site` module adds to the builtins
/// (scripts call them): `raise SystemExit(code)`, the code None when not given.
fn quit(a: &[Value], _: &Kw) -> R {
    if a.len() > 1 {
        return Err(raise(
            &TYPE_ERROR,
            alloc::format!("__call__() takes from 1 to 2 positional arguments but {} were given", a.len() + 1),
        ));
    }
    let code = a.first().copied().unwrap_or(NONE);
    Err(set_pending(crate::exc::exc_new(&[SYSTEM_EXIT.as_value(), code], &Kw::NONE)?))
}

/// `open(file, mode='r', …)`. mpyc's firmware has no file system (docs/language.md): every
/// file is one that does not exist, on a file system that cannot be written, so reading raises
/// FileNotFoundError and writing OSError EROFS, each with CPython's message, after CPython's
/// checks of the arguments.
fn open(a: &[Value], kw: &Kw) -> R {
    const PARAMS: [&str; 8] = ["file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"];
    if a.len() > PARAMS.len() {
        return Err(raise(&TYPE_ERROR, alloc::format!("open() takes at most 8 arguments ({} given)", a.len())));
    }
    if let Some(bad) = kw.names.iter().filter_map(|&n| as_str(n)).find(|n| !PARAMS.contains(n)) {
        return Err(raise(&TYPE_ERROR, alloc::format!("'{bad}' is an invalid keyword argument for open()")));
    }
    let args = kw.positional("open", a, &PARAMS, 1)?;
    let arg = |name: &str| args.get(PARAMS.iter().position(|&p| p == name).unwrap_or(0)).copied().unwrap_or(NONE);
    let file = arg("file");
    let name = match kind_of(file) {
        _ if as_int(file).is_some() => None,
        Kind::Str => Some(as_str(file).unwrap_or("").as_bytes()),
        Kind::Bytes => crate::bytes::bytes_of(file),
        _ => {
            let msg = alloc::format!("expected str, bytes or os.PathLike object, not {}", type_name(file));
            return Err(raise(&TYPE_ERROR, msg));
        }
    };
    let mode = match arg("mode") {
        NONE => "r",
        m => as_str(m).ok_or_else(|| {
            raise(&TYPE_ERROR, alloc::format!("open() argument 'mode' must be str, not {}", type_name(m)))
        })?,
    };
    let count = |set: &str| mode.bytes().filter(|c| set.as_bytes().contains(c)).count();
    let repeated = mode.bytes().enumerate().any(|(i, c)| mode.as_bytes()[..i].contains(&c));
    if repeated || count("rwxabt+") != mode.len() {
        return Err(raise(&VALUE_ERROR, alloc::format!("invalid mode: {}", crate::str::repr(mode))));
    }
    let binary = mode.as_bytes().contains(&b'b');
    let wrong = match count("rwxa") {
        _ if count("bt") > 1 => Some("can't have text and binary mode at once"),
        0 => Some("Must have exactly one of create/read/write/append mode and at most one plus"),
        1 if binary && arg("encoding") != NONE => Some("binary mode doesn't take an encoding argument"),
        1 if binary && arg("errors") != NONE => Some("binary mode doesn't take an errors argument"),
        1 if binary && arg("newline") != NONE => Some("binary mode doesn't take a newline argument"),
        1 => None,
        _ => Some("must have exactly one of create/read/write/append mode"),
    };
    if let Some(why) = wrong {
        return Err(raise(&VALUE_ERROR, why));
    }
    // (A file descriptor: none is open for a program here.)
    let Some(name) = name else {
        return Err(set_pending(new_exception(&OS_ERROR, &[small(9), from_str("Bad file descriptor")?])?));
    };
    if name.contains(&0) {
        return Err(raise(&VALUE_ERROR, "embedded null byte"));
    }
    // (Made as they are, without `OSError`'s choice of a subclass by errno: EROFS has none.)
    let (cls, errno, why) = match mode.as_bytes().contains(&b'r') {
        true => (&FILE_NOT_FOUND_ERROR, 2, "No such file or directory"),
        false => (&OS_ERROR, 30, "Read-only file system"),
    };
    Err(set_pending(new_exception(cls, &[small(errno), from_str(why)?, file])?))
}

/// `input([prompt])`: a line of console input without its line end; EOFError at the end of
/// input (on a board: Ctrl-D on an empty line).
fn input(a: &[Value], _: &Kw) -> R {
    if a.len() > 1 {
        return Err(raise(&TYPE_ERROR, alloc::format!("input expected at most 1 argument, got {}", a.len())));
    }
    if let Some(&prompt) = a.first() {
        crate::print::write(crate::print::to_text(prompt)?.as_bytes());
    }
    crate::print::flush();
    match read_line()? {
        Some(line) => from_str(&String::from_utf8_lossy(&line)),
        None => Err(raise(&EOF_ERROR, "EOF when reading a line")),
    }
}

/// A line of the host's stdin, without its end (read as `sys.stdin.readline` reads it).
#[cfg(not(target_os = "none"))]
fn read_line() -> R<Option<alloc::vec::Vec<u8>>> {
    let mut line = crate::io::read_console_line(usize::MAX)?;
    if line.is_empty() {
        return Ok(None);
    }
    while matches!(line.last(), Some(b'\n' | b'\r')) {
        line.pop();
    }
    Ok(Some(line))
}

/// A line typed on the board's console, echoed as it comes (a terminal sends keys without
/// showing them): Enter (CR, or LF not right after a CR) ends it, backspace edits it, Ctrl-D on
/// an empty line is the end of input, Ctrl-C raises KeyboardInterrupt while it waits.
#[cfg(target_os = "none")]
fn read_line() -> R<Option<alloc::vec::Vec<u8>>> {
    let echo = |b: &[u8]| {
        crate::board::write_out(b);
    };
    let mut line = alloc::vec::Vec::new();
    loop {
        // (A board's console never ends: None does not come.)
        let Some(b) = crate::io::read_byte()? else { return Ok(None) };
        let after_cr = core::mem::replace(crate::io::AFTER_CR.get(), b == b'\r');
        match b {
            b'\n' if after_cr => {}
            b'\r' | b'\n' => {
                echo(b"\n");
                return Ok(Some(line));
            }
            0x08 | 0x7F => {
                if line.pop().is_some() {
                    echo(b"\x08 \x08");
                }
            }
            0x04 if line.is_empty() => return Ok(None),
            _ => {
                crate::reserve::push(&mut line, b)?;
                echo(&[b]);
            }
        }
    }
}

/// What `eval`, `exec` and `compile` raise when called: a whole program is compiled ahead of
/// time, so there is no compiler to run code made at run time (the compiler warned). They are
/// builtins all the same, so that a program may name them (`try: exec`, `callable(eval)`).
#[cold]
fn dynamic_code(name: &str) -> crate::exc::Exc {
    raise(&NOT_IMPLEMENTED_ERROR, alloc::format!("{name}() is not supported by mpyc"))
}

fn from_string(s: String) -> R {
    from_str(&s)
}

/// Every name the builtins module has.
pub fn names() -> impl Iterator<Item = &'static str> {
    FUNCTIONS
        .iter()
        .map(|f| f.name)
        .chain(BUILTIN_TYPE_NAMES.iter().copied())
        .chain(EXCEPTION_TYPES.iter().map(|t| t.name))
        .chain(["super", "NotImplemented", "Ellipsis", "IOError", "EnvironmentError", "__debug__"])
        .filter(|n| {
            !matches!(
                *n,
                "NoneType"
                    | "function"
                    | "builtin_function_or_method"
                    | "method"
                    | "cell"
                    | "module"
                    | "iterator"
                    | "dict_keys"
                    | "dict_values"
                    | "dict_items"
                    | "generator"
                    | "LED"
            )
        })
}

pub fn lookup(name: &str) -> Option<Value> {
    if name == "NotImplemented" {
        return Some(NOT_IMPLEMENTED.as_value());
    }
    if name == "Ellipsis" {
        return Some(ELLIPSIS.as_value());
    }
    if name == "super" {
        return Some(func::SUPER_TYPE.as_value());
    }
    // (True: no `-O` here.)
    if name == "__debug__" {
        return Some(crate::value::TRUE);
    }
    // Old names of OSError.
    if name == "IOError" || name == "EnvironmentError" {
        return Some(crate::exc::OS_ERROR.as_value());
    }
    if let Some(f) = FUNCTIONS.iter().find(|f| f.name == name) {
        return Some(f.as_value());
    }
    // (A type the firmware left out is one the program never names: not asked for here.)
    crate::object::builtin_types().chain(EXCEPTION_TYPES.iter().copied()).find(|t| t.name == name).map(|t| t.as_value())
}

/// Whether the builtin `name` is one of the built-in functions (for the compiler: those
/// [`rt_builtin_function`] finds).
pub fn is_function(name: &str) -> bool {
    FUNCTIONS.iter().any(|f| f.name == name)
}

/// The built-in function called `name` (NUL-terminated), which the compiler checked is one:
/// [`rt_builtin`] without the types, so that a firmware whose code names no type by its
/// builtin name links none of the types' tables.
#[no_mangle]
pub unsafe extern "C" fn rt_builtin_function(name: *const u8) -> Value {
    let n = cstr(name);
    match FUNCTIONS.iter().find(|f| f.name == n) {
        Some(f) => f.as_value(),
        None => ret(Err(raise(&NAME_ERROR, alloc::format!("name '{n}' is not defined")))),
    }
}

/// The builtin called `name` (NUL-terminated), which the compiler checked exists.
#[no_mangle]
pub unsafe extern "C" fn rt_builtin(name: *const u8) -> Value {
    let n = cstr(name);
    ret(lookup(n).ok_or_else(|| raise(&NAME_ERROR, alloc::format!("name '{n}' is not defined"))))
}

/// `int(x)`, `float(x)`, `abs(x)` and `isinstance(x, t)` where the names are the builtins and
/// the arguments positional: called directly, without the generic call's binding.
#[no_mangle]
pub extern "C" fn rt_int1(x: Value) -> Value {
    if is_small(x) {
        return x;
    }
    ret(crate::int::int_new(&[INT_TYPE.as_value(), x], &Kw::NONE))
}

#[no_mangle]
pub extern "C" fn rt_float1(x: Value) -> Value {
    // (A float subclass's object is made a float by `float_new`.)
    if is_ptr(x) && ptr_inline(x) == Kind::Float {
        return x;
    }
    ret(crate::float::float_new(&[FLOAT_TYPE.as_value(), x], &Kw::NONE))
}

#[no_mangle]
pub extern "C" fn rt_abs1(x: Value) -> Value {
    if is_small(x) && small_value(x) != SMALL_MIN {
        return small(small_value(x).abs());
    }
    // (A complex subclass's object may have its own `__abs__`.)
    if is_ptr(x) && ptr_inline(x) == Kind::Complex {
        if let Some(z) = crate::complex::as_complex(x) {
            return ret(crate::complex::abs(z));
        }
    }
    ret(abs(&[x], &Kw::NONE))
}

#[no_mangle]
pub extern "C" fn rt_isinstance(x: Value, t: Value) -> Value {
    if let Some(ty) = as_type(t) {
        // (A class whose metaclass answers for it takes the slow path.)
        if (ty.is_class() || !core::ptr::eq(ty, &TYPE_TYPE)) && ty.hooks.get() & HOOKS_INSTANCECHECK == 0 {
            return bool_value(isinstance(x, ty));
        }
    }
    ret(isinstance_fn(&[x, t], &Kw::NONE))
}
