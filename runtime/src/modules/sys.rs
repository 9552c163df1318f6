//! `sys`: the recursion limit, exceptions being handled, exit, and the interpreter's facts
//! (`version_info`, `platform`, `implementation`, the console's streams, `modules`).

use super::*;
use crate::exc::*;
use crate::func::NativeObj;
use crate::int::{from_isize, index_of};
use crate::object::*;
use crate::str::from_str;
use crate::value::*;

/// What `sys.setrecursionlimit` set last.
static RECURSION_LIMIT: crate::exc::Global<isize> = crate::exc::Global::new(1000);

#[cfg_attr(target_os = "none", link_section = concat!(".rodata.mpyc.methods.", module_path!(), ".", line!()))]
pub(super) static SYS: [NativeObj; 9] = [
    // The stack bounds recursion here (docs/faults.md): the limit starts at CPython's default;
    // on the host, raising it gives the program's stack room for as many more levels.
    NativeObj::function("getrecursionlimit", 0, 0, |_, _| Ok(from_isize(*RECURSION_LIMIT.get()))),
    NativeObj::function("setrecursionlimit", 1, 1, |a, _| {
        let n = index_of(a[0], "recursion limit")?;
        if n < 1 {
            return Err(raise(&VALUE_ERROR, "recursion limit must be greater or equal than 1"));
        }
        *RECURSION_LIMIT.get() = n;
        crate::stack::recursion_limit_set(n as usize);
        Ok(NONE)
    }),
    NativeObj::function("get_int_max_str_digits", 0, 0, |_, _| Ok(from_isize(*crate::int::STR_DIGITS.get() as isize))),
    NativeObj::function("set_int_max_str_digits", 0, 1, |a, kw| {
        let named;
        let a = if kw.is_empty() {
            a
        } else {
            named = kw.positional("set_int_max_str_digits", a, &["maxdigits"], 1)?;
            &named[..]
        };
        let Some(&v) = a.first() else {
            let msg = "set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)";
            return Err(raise(&TYPE_ERROR, msg));
        };
        match index_of(v, "maxdigits")? {
            n if n == 0 || n >= 640 => *crate::int::STR_DIGITS.get() = n as usize,
            _ => return Err(raise(&VALUE_ERROR, "maxdigits must be 0 or larger than 640")),
        }
        Ok(NONE)
    })
    .named(),
    NativeObj::function("exc_info", 0, 0, |_, _| {
        // (type, value, traceback) of the exception an `except` clause handles now; Nones
        // outside one.
        let e = crate::exc::rt_exc_current();
        if e == 0 || e == NONE {
            return crate::list::new_tuple(&[NONE; 3]);
        }
        let t = crate::list::new_tuple(&[type_of(e).as_value(), e, NONE])?;
        let tb = traceback_of(e)?;
        crate::list::tuple_items_mut(t)[2] = tb;
        Ok(t)
    }),
    NativeObj::function("exception", 0, 0, |_, _| {
        let e = crate::exc::rt_exc_current();
        Ok(if e == 0 { NONE } else { e })
    }),
    // MicroPython's: the traceback of `exc` (as an uncaught one shows), to `file` (a stream
    // with `write`) or the console.
    // (As MicroPython's, what is no stream is an OSError, before the exception is looked at.)
    NativeObj::function("print_exception", 1, 2, |a, _| {
        let write = match a.get(1).filter(|&&f| f != NONE) {
            Some(&file) => match crate::func::getattr(file, from_str("write")?) {
                Ok(w) => Some(w),
                Err(_) if pending_is(&ATTRIBUTE_ERROR) => {
                    take_pending();
                    return Err(raise_with(&OS_ERROR, small(22)));
                }
                Err(e) => return Err(e),
            },
            None => None,
        };
        let text = crate::exc::traceback_text(a[0])?;
        match write {
            Some(write) => {
                crate::func::call(write, &[from_str(&text)?], &crate::func::Kw::NONE)?;
            }
            None => crate::print::write(text.as_bytes()),
        }
        Ok(NONE)
    }),
    // MicroPython's: `f` is called once when the program ends (after an uncaught
    // exception's traceback too); None for nothing. Gives the one set before.
    NativeObj::function("atexit", 1, 1, |a, _| {
        if a[0] != NONE && !crate::func::is_callable(a[0]) {
            return Err(raise(&TYPE_ERROR, alloc::format!("'{}' object is not callable", type_name(a[0]))));
        }
        let old = core::mem::replace(EXIT_FUNC.get(), a[0]);
        Ok(if old == 0 { NONE } else { old })
    }),
    NativeObj::new("exit", exit),
];

/// `sys.exit([code])`: raises SystemExit. As CPython's: no argument is a SystemExit without
/// arguments, a tuple gives its items.
fn exit(a: &[Value], _: &crate::func::Kw) -> R {
    if a.len() > 1 {
        return Err(raise(&TYPE_ERROR, alloc::format!("exit expected at most 1 argument, got {}", a.len())));
    }
    let mut args = alloc::vec![SYSTEM_EXIT.as_value()];
    match a.first() {
        // (A tuple's items copied fallibly: it may be as big as the heap has room for.)
        Some(&t) if is_ptr(t) && kind_of(t) == Kind::Tuple => {
            crate::reserve::extend(&mut args, crate::list::tuple_items(t))?
        }
        // (`sys.exit(None)` is `sys.exit()`.)
        Some(&NONE) | None => {}
        Some(&code) => args.push(code),
    }
    Err(set_pending(crate::exc::exc_new(&args, &crate::func::Kw::NONE)?))
}

/// `sys.implementation`: mpyc's name, version (as MicroPython gives its own: a tuple) and
/// the board (MicroPython's `_machine`).
pub static IMPLEMENTATION: ModuleObj = module("implementation", &[], &[], |n| match n {
    "name" => Some(from_str("mpyc")),
    "version" => Some(implementation_version()),
    "_machine" => Some(from_str(crate::board::PLATFORM)),
    _ => None,
});

fn implementation_version() -> R {
    let part = |s: &str| from_isize(s.parse().unwrap_or(0));
    let major = part(env!("CARGO_PKG_VERSION_MAJOR"));
    let minor = part(env!("CARGO_PKG_VERSION_MINOR"));
    let patch = part(env!("CARGO_PKG_VERSION_PATCH"));
    crate::list::new_tuple(&[major, minor, patch, from_str("")?])
}

/// `repr(sys.implementation)`, as CPython shows its namespace.
pub fn implementation_repr() -> R<alloc::string::String> {
    Ok(alloc::format!(
        "namespace(name='mpyc', version={}, _machine='{}')",
        crate::print::to_repr(implementation_version()?)?,
        crate::board::PLATFORM
    ))
}

/// The Python version mpyc compiles: CPython 3.11's language.
const VERSION: (isize, isize, isize) = (3, 11, 0);

/// `sys.version_info`'s type: a tuple whose fields are also attributes.
pub static VERSION_INFO_TYPE: TypeObj =
    TypeObj::builtin("sys.version_info", Kind::Tuple, Some(&TUPLE_TYPE), crate::list::TUPLE_METHODS, None).with_consts(
        |name| match name {
            "major" => Some(Ok(from_isize(VERSION.0))),
            "minor" => Some(Ok(from_isize(VERSION.1))),
            "micro" => Some(Ok(from_isize(VERSION.2))),
            "releaselevel" => Some(from_str("final")),
            "serial" => Some(Ok(from_isize(0))),
            _ => None,
        },
    );

fn version_info() -> R {
    let items =
        [from_isize(VERSION.0), from_isize(VERSION.1), from_isize(VERSION.2), from_str("final")?, from_isize(0)];
    typed_tuple(&VERSION_INFO_TYPE, &items)
}

/// The board's float, as `sys.float_info` describes it (CPython's field order).
const FLOAT_INFO: [&str; 11] =
    ["max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"];

fn float_info_field(name: &str) -> Option<R> {
    use crate::float::{new_float, Float};
    Some(match name {
        "max" => new_float(Float::MAX),
        "max_exp" => Ok(from_isize(Float::MAX_EXP as isize)),
        "max_10_exp" => Ok(from_isize(Float::MAX_10_EXP as isize)),
        "min" => new_float(Float::MIN_POSITIVE),
        "min_exp" => Ok(from_isize(Float::MIN_EXP as isize)),
        "min_10_exp" => Ok(from_isize(Float::MIN_10_EXP as isize)),
        "dig" => Ok(from_isize(Float::DIGITS as isize)),
        "mant_dig" => Ok(from_isize(Float::MANTISSA_DIGITS as isize)),
        "epsilon" => new_float(Float::EPSILON),
        "radix" => Ok(from_isize(Float::RADIX as isize)),
        "rounds" => Ok(from_isize(1)),
        _ => return None,
    })
}

/// `sys.float_info`'s type: a tuple whose fields are also attributes.
pub static FLOAT_INFO_TYPE: TypeObj =
    TypeObj::builtin("sys.float_info", Kind::Tuple, Some(&TUPLE_TYPE), crate::list::TUPLE_METHODS, None)
        .with_consts(float_info_field);

/// How numbers hash (`pyhash`): CPython's on a 64-bit machine, on every board.
const HASH_INFO: [&str; 9] =
    ["width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"];

fn hash_info_field(name: &str) -> Option<R> {
    Some(match name {
        "width" | "hash_bits" => crate::int::from_i64(64),
        "modulus" => crate::int::from_i64((1 << 61) - 1),
        "inf" => Ok(from_isize(314_159)),
        "nan" | "cutoff" => Ok(from_isize(0)),
        "imag" => Ok(from_isize(1_000_003)),
        "algorithm" => from_str("siphash13"),
        "seed_bits" => Ok(from_isize(128)),
        _ => return None,
    })
}

/// `sys.hash_info`'s type.
pub static HASH_INFO_TYPE: TypeObj =
    TypeObj::builtin("sys.hash_info", Kind::Tuple, Some(&TUPLE_TYPE), crate::list::TUPLE_METHODS, None)
        .with_consts(hash_info_field);

/// The names of the fields of `ty`'s tuples, when it is one of the built-in modules' named
/// tuples (`sys.version_info`, `time.struct_time`…): their repr names them, and each is an
/// attribute too.
pub fn struct_fields(ty: &TypeObj) -> Option<&'static [&'static str]> {
    const VERSION_FIELDS: [&str; 5] = ["major", "minor", "micro", "releaselevel", "serial"];
    // (Each type behind the gate of the names that make its objects: a type no code makes
    // leaves its fields' values out of the firmware.)
    [
        (crate::gated!("version_info", &VERSION_INFO_TYPE, &TypeObj), &VERSION_FIELDS[..]),
        (crate::gated!("float_info", &FLOAT_INFO_TYPE, &TypeObj), &FLOAT_INFO[..]),
        (crate::gated!("hash_info", &HASH_INFO_TYPE, &TypeObj), &HASH_INFO[..]),
        (
            crate::gated!("struct_time|localtime|gmtime", &super::time::STRUCT_TIME_TYPE, &TypeObj),
            &super::time::STRUCT_TIME_FIELDS[..],
        ),
        (crate::gated!("__traceback__|exc_info", &TRACEBACK_TYPE, &TypeObj), &TRACEBACK_FIELDS[..]),
        (crate::gated!("__traceback__|exc_info|gi_frame|cr_frame", &FRAME_TYPE, &TypeObj), &FRAME_FIELDS[..]),
        // (The code type's field names gated too: they are most of its cost.)
        (
            crate::gated!("__traceback__|exc_info|__code__|gi_code|cr_code|gi_frame|cr_frame", &CODE_TYPE, &TypeObj),
            crate::gated!(
                "__traceback__|exc_info|__code__|gi_code|cr_code|gi_frame|cr_frame",
                &CODE_FIELDS,
                &[&str; 8]
            )
            .map_or(&[][..], |f| &f[..]),
        ),
    ]
    .into_iter()
    .find(|(t, _)| t.is_some_and(|t| core::ptr::eq(t, ty)))
    .map(|(_, f)| f)
}

/// A traceback's entry, its frame and the frame's code (`exc.__traceback__`, `tb.tb_next`,
/// `tb.tb_frame.f_code.co_name`): tuples whose fields are also attributes, made from the
/// exception's recorded frames when asked for. A frame has no locals or globals here: the
/// functions' variables live in registers, not in frame objects.
pub static TRACEBACK_TYPE: TypeObj =
    TypeObj::builtin("traceback", Kind::Tuple, Some(&TUPLE_TYPE), crate::list::TUPLE_METHODS, None);
pub static FRAME_TYPE: TypeObj =
    TypeObj::builtin("frame", Kind::Tuple, Some(&TUPLE_TYPE), crate::list::TUPLE_METHODS, None);
pub static CODE_TYPE: TypeObj =
    TypeObj::builtin("code", Kind::Tuple, Some(&TUPLE_TYPE), crate::list::TUPLE_METHODS, None);
const TRACEBACK_FIELDS: [&str; 4] = ["tb_frame", "tb_lineno", "tb_next", "tb_lasti"];
const FRAME_FIELDS: [&str; 3] = ["f_code", "f_lineno", "f_back"];
const CODE_FIELDS: [&str; 8] = [
    "co_name",
    "co_filename",
    "co_qualname",
    "co_argcount",
    "co_posonlyargcount",
    "co_kwonlyargcount",
    "co_varnames",
    "co_flags",
];

/// `f.__code__`: its names, file, parameter counts, the parameters' names (`co_varnames`,
/// CPython's order: positional, keyword-only, `*args`, `**kwargs`; not its other locals, which
/// live in registers) and CPython 3.11's `co_flags` bits for what the function is. (A
/// traceback's code object has only the names and the file: its other fields are None.)
pub fn code_of(f: &crate::func::FuncObj) -> R {
    use crate::func::flags;
    let code = typed_tuple(&CODE_TYPE, &[NONE; CODE_FIELDS.len()])?;
    let n = f.total_params();
    let names = crate::list::new_tuple(&alloc::vec![NONE; n])?;
    crate::list::tuple_items_mut(code)[6] = names;
    for i in 0..n {
        let v = from_str(f.param(i))?;
        crate::list::tuple_items_mut(names)[i] = v;
    }
    let info = unsafe { &*f.info };
    for (i, text) in [info.name(), info.file(), info.qualname()].into_iter().enumerate() {
        let v = from_str(text)?;
        crate::list::tuple_items_mut(code)[i] = v;
    }
    let posonly = (0..f.nargs).filter(|&i| f.posonly(i)).count();
    // (OPTIMIZED | NEWLOCALS, VARARGS 4, VARKEYWORDS 8, NESTED 16, GENERATOR 32, COROUTINE 128.)
    let mut bits = 3;
    bits |= if f.flags & flags::VARARGS != 0 { 4 } else { 0 };
    bits |= if f.flags & flags::VARKW != 0 { 8 } else { 0 };
    bits |= if info.qualname().contains("<locals>") { 16 } else { 0 };
    bits |= match (f.flags & flags::GENERATOR != 0, f.flags & flags::COROUTINE != 0) {
        (true, true) => 128,
        (true, false) => 32,
        _ => 0,
    };
    let items = crate::list::tuple_items_mut(code);
    items[3] = small(f.nargs as isize);
    items[4] = small(posonly as isize);
    items[5] = small(f.nkwonly as isize);
    items[7] = small(bits);
    Ok(code)
}

/// A frame of `code` with no line and no caller: a suspended generator's (`gi_frame`).
pub fn frame_of(code: Value) -> R {
    typed_tuple(&FRAME_TYPE, &[code, NONE, NONE])
}

/// The traceback of exception `e` (None when it has no frames yet): its outermost entry, whose
/// `tb_next` goes inward to where it was raised, as CPython's.
pub fn traceback_of(e: Value) -> R {
    let x: &crate::exc::ExcObj = unsafe { body(e) };
    let frames: &[Value] = if x.frames != 0 { crate::list::list_items(x.frames) } else { &[] };
    let (mut next, mut inner_frame) = (NONE, NONE);
    // (Innermost first; a pair `(0, n)` says the one before it repeated n more times. Each
    // tuple is made before what fills it: it holds those made before while the next is
    // allocated.)
    let mut last = [small(0), small(0)];
    let pairs = frames.chunks_exact(2).flat_map(|pair| {
        let times = if pair[0] == small(0) { small_value(pair[1]) as usize } else { 1 };
        if pair[0] != small(0) {
            last = [pair[0], pair[1]];
        }
        core::iter::repeat_n(last, times)
    });
    for pair in pairs {
        let info = unsafe { &*(small_value(pair[0]) as *const crate::func::Info) };
        let code = typed_tuple(&CODE_TYPE, &[NONE; CODE_FIELDS.len()])?;
        let frame = typed_tuple(&FRAME_TYPE, &[code, pair[1], NONE])?;
        next = typed_tuple(&TRACEBACK_TYPE, &[frame, pair[1], next, small(0)])?;
        for (i, text) in [info.name(), info.file(), info.qualname()].into_iter().enumerate() {
            let v = from_str(text)?;
            crate::list::tuple_items_mut(code)[i] = v;
        }
        // The frame inside this one was called from it.
        if inner_frame != NONE {
            crate::list::tuple_items_mut(inner_frame)[2] = frame;
        }
        inner_frame = frame;
    }
    Ok(next)
}

/// A tuple of `items`, of type `ty` (a tuple type whose fields are attributes).
fn typed_tuple(ty: &'static TypeObj, items: &[Value]) -> R {
    let t = crate::list::new_tuple(items)?;
    unsafe { (*(t as *mut Header)).ty = ty };
    Ok(t)
}

/// A tuple of `fields`' values, of type `ty`. (The tuple is made first and filled as the
/// values are made: it holds those made before while the next one is allocated.)
fn info(ty: &'static TypeObj, fields: &[&str], field: fn(&str) -> Option<R>) -> R {
    let t = crate::list::new_tuple(&alloc::vec![NONE; fields.len()])?;
    for (i, name) in fields.iter().enumerate() {
        let v = field(name).unwrap_or(Ok(NONE))?;
        crate::list::tuple_items_mut(t)[i] = v;
    }
    unsafe { (*(t as *mut Header)).ty = ty };
    Ok(t)
}

/// `sys.stdout` or `sys.stderr` (`name`): where an assignment to it is kept (0: none made) and
/// the console's object, which it is without one.
pub fn stream(name: &str) -> Option<(&'static mut Value, Value)> {
    match name {
        "stdout" => Some((crate::print::STDOUT.get(), &crate::io::STDOUT as *const crate::io::ConsoleObj as Value)),
        "stderr" => Some((crate::print::STDERR.get(), &crate::io::STDERR as *const crate::io::ConsoleObj as Value)),
        _ => None,
    }
}

fn float_info() -> R {
    info(&FLOAT_INFO_TYPE, &FLOAT_INFO, float_info_field)
}

fn hash_info() -> R {
    info(&HASH_INFO_TYPE, &HASH_INFO, hash_info_field)
}

/// What a closed gate of `sys_consts` answers (a name computed at run time).
fn left_out() -> Exc {
    crate::gate::left_out("this attribute of sys")
}

pub(super) fn sys_consts(name: &str) -> Option<R> {
    match name {
        // (Behind the gates of their names, as `struct_fields`' types.)
        "version_info" => {
            Some(crate::gated!("version_info", version_info, fn() -> R).map_or_else(|| Err(left_out()), |f| f()))
        }
        "float_info" => {
            Some(crate::gated!("float_info", float_info, fn() -> R).map_or_else(|| Err(left_out()), |f| f()))
        }
        "hash_info" => Some(crate::gated!("hash_info", hash_info, fn() -> R).map_or_else(|| Err(left_out()), |f| f())),
        "version" => Some(from_str("3.11.0 (mpyc)")),
        "platform" => Some(from_str(crate::board::PLATFORM)),
        "implementation" => Some(Ok(&IMPLEMENTATION as *const ModuleObj as Value)),
        "maxsize" => Some(Ok(from_isize(isize::MAX))),
        "byteorder" => Some(from_str("little")),
        // The program's path on the host, as CPython's; nothing on a board (MicroPython's).
        "argv" => Some(kept(0, || match crate::board::program_path() {
            Some(p) => crate::list::new_list(&[from_str(p)?]),
            None => crate::list::new_list(&[]),
        })),
        // MicroPython's path on a board (nothing is imported at run time, but a program may
        // change the list and read it back).
        "path" => Some(kept(1, || {
            let items = [from_str("")?, from_str("/flash")?, from_str("/flash/lib")?];
            crate::list::new_list(&items)
        })),
        "stdin" => Some(Ok(&crate::io::STDIN as *const crate::io::ConsoleObj as Value)),
        "stdout" | "stderr" => stream(name).map(|(set, console)| Ok(if *set != 0 { *set } else { console })),
        "__stdout__" | "__stderr__" => stream(name.trim_matches('_')).map(|(_, console)| Ok(console)),
        "modules" => Some(sys_modules()),
        _ => None,
    }
}

/// `sys.argv` and `sys.path`, each one list made at its first read (0 until then) and kept
/// (roots of the runtime's), so that what the program changes in it stays.
pub(super) static KEPT: Global<[Value; 2]> = Global::new([0; 2]);

/// [`KEPT`]'s list `i`, made by `make` the first time.
fn kept(i: usize, make: impl FnOnce() -> R) -> R {
    if KEPT.get()[i] == 0 {
        KEPT.get()[i] = make()?;
    }
    Ok(KEPT.get()[i])
}

/// The function `sys.atexit` set (0 or None: none), a root of the runtime's.
pub(super) static EXIT_FUNC: Global<Value> = Global::new(0);

/// Calls the function `sys.atexit` set, at the end of the program; what it raises is printed.
pub fn run_exit_func() {
    let f = core::mem::replace(EXIT_FUNC.get(), 0);
    if f == 0 || f == NONE {
        return;
    }
    if crate::func::call(f, &[], &crate::func::Kw::NONE).is_err() {
        if pending_is(&SYSTEM_EXIT) {
            take_pending();
        } else {
            report_uncaught();
        }
    }
    crate::print::flush();
}
