//! `print`, `str()` and `repr()`: turning values into text and writing it to the console.

use crate::board;
use crate::exc::*;
use crate::func::{call, lookup_name, ret, FuncObj, Kw, NativeObj};
use crate::int::{as_int, to_decimal};
use crate::list::{list_items, tuple_items};
use crate::object::*;
use crate::str::{self as pystr, as_str};
use crate::value::*;
use alloc::string::String;
use alloc::vec::Vec;

// Text grows by `push`: MemoryError where the heap has no room for it (a container whose repr
// outgrows the heap: the Rust allocator must not be the one to fail).
use crate::reserve::push_str as push;

static OUT: Global<Vec<u8>> = Global::new(Vec::new());
/// What the program assigned to `sys.stdout` and `sys.stderr` (0: the console): `print`
/// without `file=` writes through the first one's `write` method, as CPython's does.
pub static STDOUT: Global<Value> = Global::new(0);
pub static STDERR: Global<Value> = Global::new(0);
/// How `print` writes to the object assigned to `sys.stdout`: [`write_redirected`], set when
/// `sys` is imported (`modules`), so that a program that does not import it links none of it
/// (the method call it makes brings in the runtime's attribute lookup).
pub static REDIRECT: crate::exc::Hook<Writer> = crate::exc::Hook::new();

/// Lets `print` and an uncaught exception's traceback write through what the program assigns
/// to `sys.stdout` and `sys.stderr` (called when it imports `sys`).
pub fn redirect_on() {
    REDIRECT.set(write_redirected);
    crate::exc::UNCAUGHT.set(crate::exc::redirect_uncaught);
}

/// [`write_redirected`]'s type.
pub type Writer = fn(Value, Value, usize) -> Value;

/// `to.write(str(v))` (`which` 2), or `to.write(sep)` / `to.write(end)` (`which` 0 or 1, `v`
/// the given str or None for the default) for `print` to the object assigned to `sys.stdout`.
#[cold]
pub fn write_redirected(to: Value, v: Value, which: usize) -> Value {
    ret((|| {
        let text = match which {
            2 => str_of(v)?,
            _ if v != NONE => v,
            0 => pystr::from_str(" ")?,
            _ => pystr::from_str("\n")?,
        };
        let write = pystr::from_str("write")?;
        crate::func::call_method(to, write, &[to, text], &Kw::NONE).map(|_| NONE)
    })())
}

/// The object assigned to `sys.stdout` and how to write to it, if one is.
#[inline(always)]
fn redirected() -> Option<(Value, Writer)> {
    let to = *STDOUT.get();
    if to == 0 {
        return None;
    }
    REDIRECT.get().map(|f| (to, f))
}
/// Containers whose repr is being made, to print `[...]` for one inside itself.
static IN_REPR: Global<Vec<Value>> = Global::new(Vec::new());

/// Buffers `bytes` for the console, writing them out at a newline or when the buffer fills.
/// A hard callback (`sched.rs`) writes straight out: the buffer is the program's, which it
/// may be in the middle of.
pub fn write(bytes: &[u8]) {
    if crate::sched::in_irq() {
        board::write_out(bytes);
        return;
    }
    let out = OUT.get();
    // Long text goes straight out: the buffer never grows past 256 bytes (it would keep the
    // room of the longest text printed, and could fail to grow on a full heap).
    if out.len() + bytes.len() > 256 {
        flush();
        if bytes.len() >= 256 {
            board::write_out(bytes);
            return;
        }
    }
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
pub fn to_text(v: Value) -> R<String> {
    let t = type_of(v);
    if t.is_class() {
        if let Some(f) = lookup_name(t, crate::name!("__str__")) {
            let r = call(f, &[v], &Kw::NONE)?;
            return match as_str(r) {
                Some(s) => pystr::text_of(s),
                None => Err(raise(&TYPE_ERROR, alloc::format!("__str__ returned non-string (type {})", type_name(r)))),
            };
        }
    }
    builtin_text(v)
}

/// [`to_text`] without a class's `__str__`: what `object.__str__` (or `str.__str__`) does.
pub fn builtin_text(v: Value) -> R<String> {
    type Text = fn(Value, &[Value]) -> R<String>;
    if let Some(s) = as_str(v) {
        return pystr::text_of(s);
    }
    // (An exception's text is its arguments', whatever its class's `__repr__`.)
    if let Some(e) = as_exc(v) {
        let args = if e.args != 0 { tuple_items(e.args) } else { &[] };
        return match args.len() {
            0 => Ok(String::new()),
            // OSError(errno, strerror[, filename[, winerror[, filename2]]]): "[Errno 2] gone:
            // 'a' -> 'b'".
            2..=5 if isinstance(v, &OS_ERROR) => {
                let mut s = alloc::format!("[Errno {}] {}", to_text(args[0])?, to_text(args[1])?);
                let name = |key| crate::exc::os_error_filename(e, key);
                if name("filename") != NONE {
                    s.push_str(&alloc::format!(": {}", to_repr(name("filename"))?));
                    if name("filename2") != NONE {
                        s.push_str(&alloc::format!(" -> {}", to_repr(name("filename2"))?));
                    }
                }
                Ok(s)
            }
            // (A UnicodeDecodeError or UnicodeEncodeError a program made of its five parts:
            // behind the names of those types, which such a program spells.)
            5 => match crate::gated!("UnicodeDecodeError|UnicodeEncodeError", crate::exc::unicode_error_text, Text) {
                Some(text) => text(v, args),
                None => to_repr(e.args),
            },
            1 if isinstance(v, &KEY_ERROR) => to_repr(args[0]),
            1 => to_text(args[0]),
            _ => to_repr(e.args),
        };
    }
    to_repr(v)
}

fn join_reprs(items: &[Value], out: &mut String) -> R<()> {
    for (i, &x) in items.iter().enumerate() {
        if i > 0 {
            push(out, ", ")?;
        }
        push(out, &to_repr(x)?)?;
    }
    Ok(())
}

fn container_repr(v: Value) -> R<String> {
    let mut out = String::new();
    match kind_of(v) {
        Kind::List => {
            out.push('[');
            let items = crate::reserve::copied(list_items(v))?;
            join_reprs(&items, &mut out)?;
            // (Fallibly: the text may fill its buffer, and this one byte would double it.)
            push(&mut out, "]")?;
        }
        Kind::Tuple => {
            let items = tuple_items(v);
            out.push('(');
            join_reprs(items, &mut out)?;
            if items.len() == 1 {
                push(&mut out, ",")?;
            }
            push(&mut out, ")")?;
        }
        Kind::Dict => {
            out.push('{');
            let mut pos = 0;
            let mut first = true;
            while let Some((k, x)) = crate::dict::next_entry(v, &mut pos) {
                if !first {
                    push(&mut out, ", ")?;
                }
                first = false;
                push(&mut out, &to_repr(k)?)?;
                push(&mut out, ": ")?;
                push(&mut out, &to_repr(x)?)?;
            }
            push(&mut out, "}")?;
        }
        Kind::Set | Kind::FrozenSet => {
            // (A frozenset, or an object of a class deriving from either, in its type's name:
            // `frozenset({1})`, `Tags({'a'})`, `Tags()`.)
            let keys = crate::dict::keys_vec(v)?;
            let named = kind_of(v) == Kind::FrozenSet || type_of(v).is_class();
            if keys.is_empty() {
                return Ok(alloc::format!("{}()", type_name(v)));
            }
            if named {
                out.push_str(type_name(v));
                out.push('(');
            }
            out.push('{');
            join_reprs(&keys, &mut out)?;
            push(&mut out, "}")?;
            if named {
                push(&mut out, ")")?;
            }
        }
        _ => {
            let l = crate::dict::view_list(v)?;
            out.push_str(type_name(v));
            out.push_str("([");
            let items = crate::reserve::copied(list_items(l))?;
            join_reprs(&items, &mut out)?;
            push(&mut out, "])")?;
        }
    }
    Ok(out)
}

/// `ascii(v)`: `repr(v)` with what is beyond ASCII escaped as `\x`, `\u` or `\U`.
pub fn to_ascii(v: Value) -> R<String> {
    let r = to_repr(v)?;
    // Its length first, taken fallibly: nothing below grows the buffer.
    let len = r.chars().map(|c| match c as u32 {
        0..=0x7f => 1,
        0x80..=0xff => 4,
        0x100..=0xffff => 6,
        _ => 10,
    });
    let mut t = String::new();
    t.try_reserve_exact(len.fold(0usize, usize::saturating_add)).map_err(|_| crate::exc::memory_error())?;
    for c in r.chars() {
        match c as u32 {
            0..=0x7f => t.push(c),
            n @ 0x80..=0xff => t.push_str(&alloc::format!("\\x{n:02x}")),
            n @ 0x100..=0xffff => t.push_str(&alloc::format!("\\u{n:04x}")),
            n => t.push_str(&alloc::format!("\\U{n:08x}")),
        }
    }
    Ok(t)
}

/// `repr(v)`.
pub fn to_repr(v: Value) -> R<String> {
    match v {
        NONE => return Ok(String::from("None")),
        TRUE => return Ok(String::from("True")),
        FALSE => return Ok(String::from("False")),
        _ => {}
    }
    let t = type_of(v);
    if t.is_class() {
        if let Some(f) = lookup_name(t, crate::name!("__repr__")) {
            let r = call(f, &[v], &Kw::NONE)?;
            return match as_str(r) {
                Some(s) => pystr::text_of(s),
                None => Err(raise(&TYPE_ERROR, alloc::format!("__repr__ returned non-string (type {})", type_name(r)))),
            };
        }
    }
    builtin_repr(v)
}

/// [`to_repr`] without a class's `__repr__`: what the built-in type's own `__repr__` does.
pub fn builtin_repr(v: Value) -> R<String> {
    match v {
        NONE => return Ok(String::from("None")),
        TRUE => return Ok(String::from("True")),
        FALSE => return Ok(String::from("False")),
        _ => {}
    }
    if let Some(i) = as_int(v) {
        return to_decimal(&i);
    }
    let t = type_of(v);
    match t.kind {
        Kind::Str => pystr::repr_text(as_str(v).unwrap()),
        Kind::Float => Ok(crate::float::repr(crate::float::as_float(v).unwrap().value)),
        Kind::Complex => crate::complex::gated::repr(crate::complex::as_complex(v).unwrap()),
        Kind::MemoryView if crate::memoryview::is_released(v) => Ok(alloc::format!("<released memory at {v:#x}>")),
        Kind::MemoryView => Ok(alloc::format!("<memory at {v:#x}>")),
        Kind::Tuple if core::ptr::eq(t, &crate::union::UNION_TYPE) => Ok(crate::union::repr(v)),
        Kind::Tuple if core::ptr::eq(t, &crate::generic_alias::GENERIC_ALIAS_TYPE) => crate::generic_alias::repr(v),
        Kind::Tuple if crate::modules::sys::struct_fields(t).is_some() => {
            // `sys.version_info(major=3, …)`: a tuple whose fields have names.
            let fields = crate::modules::sys::struct_fields(t).unwrap_or(&[]);
            let mut out = String::from(t.name);
            out.push('(');
            for (i, (name, item)) in fields.iter().zip(tuple_items(v)).enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                out.push_str(name);
                out.push('=');
                out.push_str(&builtin_repr(*item)?);
            }
            out.push(')');
            Ok(out)
        }
        Kind::List | Kind::Tuple | Kind::Dict | Kind::Set | Kind::FrozenSet | Kind::DictView => {
            let stack = IN_REPR.get();
            if stack.contains(&v) {
                return Ok(String::from(match t.kind {
                    Kind::List => "[...]",
                    Kind::Dict => "{...}",
                    _ => "(...)",
                }));
            }
            crate::stack::check_while("while getting the repr of an object")?;
            // (No room, in a hard callback: the repr goes on untracked, the stack check
            // still bounding a container inside itself.)
            if stack.try_reserve(1).is_err() {
                return container_repr(v);
            }
            stack.push(v);
            let r = container_repr(v);
            IN_REPR.get().pop();
            r
        }
        Kind::Bytes | Kind::ByteArray => crate::bytes::repr(v),
        Kind::Range => {
            let r = crate::iter::as_range(v).unwrap();
            if r.big().is_some() {
                return crate::bigrange::repr(r);
            }
            Ok(if r.step == 1 {
                alloc::format!("range({}, {})", r.start, r.stop)
            } else {
                alloc::format!("range({}, {}, {})", r.start, r.stop, r.step)
            })
        }
        Kind::Slice => {
            let s = crate::list::as_slice(v).unwrap();
            Ok(alloc::format!("slice({}, {}, {})", to_repr(s.start)?, to_repr(s.stop)?, to_repr(s.step)?))
        }
        Kind::Type => {
            let c = as_type(v).unwrap();
            Ok(if c.is_class() {
                alloc::format!("<class '{}'>", crate::func::class_path(c))
            } else {
                alloc::format!("<class '{}'>", c.name)
            })
        }
        Kind::Function => {
            let f: &FuncObj = unsafe { body(v) };
            Ok(alloc::format!("<function {} at {:#x}>", f.qualname(), v))
        }
        Kind::Native => {
            let f: &NativeObj = unsafe { body(v) };
            Ok(alloc::format!("<built-in function {}>", f.name))
        }
        Kind::BoundMethod => {
            let m: &crate::func::BoundMethod = unsafe { body(v) };
            if crate::func::is_method_descriptor(m.func) {
                let d: &NativeObj = unsafe { body(m.obj) };
                return Ok(alloc::format!("<method '{}' of '{}' objects>", d.name, crate::func::method_owner(d)));
            }
            let name = match kind_of(m.func) {
                Kind::Function => String::from(unsafe { body::<FuncObj>(m.func) }.qualname()),
                Kind::Native => {
                    let n = unsafe { body::<NativeObj>(m.func) }.name;
                    return Ok(alloc::format!("<built-in method {n} of {} object at {:#x}>", type_name(m.obj), m.obj));
                }
                _ => String::from("?"),
            };
            Ok(alloc::format!("<bound method {name} of {}>", to_repr(m.obj)?))
        }
        Kind::Module if v == crate::modules::implementation() => crate::modules::implementation_repr(),
        Kind::Module => Ok(alloc::format!("<module '{}'>", crate::modules::module_name(v))),
        Kind::Exception => {
            let e = as_exc(v).unwrap();
            let args = if e.args != 0 { tuple_items(e.args) } else { &[] };
            let mut s = String::new();
            push(&mut s, t.name)?;
            push(&mut s, "(")?;
            if args.len() == 1 {
                push(&mut s, &to_repr(args[0])?)?;
            } else {
                join_reprs(args, &mut s)?;
            }
            push(&mut s, ")")?;
            Ok(s)
        }
        Kind::Stream => Ok(alloc::format!("<_io.{} object at {:#x}>", t.name, v)),
        Kind::Device | Kind::Array => match t.methods.iter().find(|m| m.name == "__repr__") {
            // (Copied fallibly: an array's repr may be as big as the heap has room for.)
            Some(m) => pystr::text_of(crate::str::as_str(m.call(&[v], &crate::func::Kw::NONE)?).unwrap_or("?")),
            None => Ok(alloc::format!("<{} object at {:#x}>", t.name, v)),
        },
        Kind::Generator => Ok(alloc::format!("<{} object {} at {:#x}>", type_of(v).name, crate::gen::name(v), v)),
        _ if v == crate::builtins::NOT_IMPLEMENTED.as_value() => Ok(String::from("NotImplemented")),
        _ if v == crate::builtins::ELLIPSIS.as_value() => Ok(String::from("Ellipsis")),
        _ if t.is_class() => Ok(alloc::format!("<{} object at {:#x}>", crate::func::class_path(t), v)),
        _ if core::ptr::eq(t, &crate::func::SUPER_TYPE) => {
            let s: &crate::func::SuperObj = unsafe { body(v) };
            let of = as_type(s.obj).filter(|c| c.is_subtype(as_type(s.cls).expect("a class")));
            let cls = as_type(s.cls).map_or("?", |c| c.name);
            Ok(alloc::format!("<super: <class '{cls}'>, <{} object>>", of.unwrap_or(type_of(s.obj)).name))
        }
        _ => Ok(alloc::format!("<{} object at {:#x}>", t.name, v)),
    }
}

pub fn repr_string(v: Value) -> R<String> {
    to_repr(v)
}

/// `str(v)` as a str value.
pub fn str_of(v: Value) -> R {
    if is_ptr(v) && ptr_inline(v) == Kind::Str {
        return Ok(v);
    }
    pystr::from_string(to_text(v)?)
}

/// Writes `str(v)` to the console.
#[no_mangle]
pub extern "C" fn rt_print(v: Value) -> Value {
    if let Some((to, write)) = redirected() {
        return write(to, v, 2);
    }
    match as_str(v).filter(|_| ptr_inline(v) == Kind::Str) {
        Some(s) => write(s.as_bytes()),
        None => match to_text(v) {
            Ok(t) => write(t.as_bytes()),
            Err(_) => return EXC,
        },
    }
    NONE
}

/// Writes `print`'s `sep` (`which` = 0) or `end` (`which` = 1): the given str, or the default
/// for None.
#[no_mangle]
pub extern "C" fn rt_print_sep(v: Value, which: usize) -> Value {
    if let Some((to, write)) = redirected().filter(|_| v == NONE || as_str(v).is_some()) {
        return write(to, v, which);
    }
    if v == NONE {
        write(if which == 0 { b" " } else { b"\n" });
        // The end of a print: where a Ctrl-C typed meanwhile is raised and scheduled
        // callbacks run.
        return if which == 1 { ret(crate::sched::between_steps().map(|_| NONE)) } else { NONE };
    }
    match as_str(v) {
        Some(s) => {
            write(s.as_bytes());
            if which == 1 {
                return ret(crate::sched::between_steps().map(|_| NONE));
            }
            NONE
        }
        None => ret(Err(raise(
            &TYPE_ERROR,
            alloc::format!("{} must be None or a string, not {}", if which == 0 { "sep" } else { "end" }, type_name(v)),
        ))),
    }
}

#[no_mangle]
pub extern "C" fn rt_str(v: Value) -> Value {
    ret(str_of(v))
}

/// `ascii(v)`, for f-strings' `!a`.
#[no_mangle]
pub extern "C" fn rt_ascii(v: Value) -> Value {
    ret(to_ascii(v).and_then(pystr::from_string))
}

#[no_mangle]
pub extern "C" fn rt_repr(v: Value) -> Value {
    ret(to_repr(v).and_then(pystr::from_string))
}

#[no_mangle]
pub extern "C" fn rt_len(v: Value) -> Value {
    // Lists and tuples (their lengths always fit a small int) without the general path.
    if is_ptr(v) && matches!(ptr_inline(v), Kind::List | Kind::Tuple) {
        return small(crate::list::seq_items(v).unwrap_or(&[]).len() as isize);
    }
    ret(crate::ops::len(v).map(|n| crate::int::from_isize(n as isize)))
}
