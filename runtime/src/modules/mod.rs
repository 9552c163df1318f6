//! The built-in modules, as module objects whose attributes are built-in functions, types and
//! constants: the registry (`import` of each by an entry point of its own, `sys.modules`, the
//! program's own modules); each module is a file of this folder.

pub mod array;
pub mod cmath;
pub mod font8x8;
pub mod framebuf;
mod gc;
pub mod io;
pub mod lcd160cr;
mod math;
pub(crate) use math::math_consts;
mod micropython;
pub mod pyb;
pub mod random;
pub mod sys;
pub use sys::{implementation_repr, run_exit_func};

/// `sys.implementation` (a namespace of its own in repr).
pub fn implementation() -> Value {
    &sys::IMPLEMENTATION as *const ModuleObj as Value
}
mod time;
pub mod trig;

use crate::exc::*;
use crate::func::{ret, NativeObj, ANY};
use crate::object::*;
use crate::str::from_str;
use crate::value::*;

/// A module: built-in (functions and constants) or one of the program's (its globals).
#[repr(C)]
pub struct ModuleObj {
    pub header: Header,
    pub name: &'static str,
    pub members: &'static [NativeObj],
    pub types: &'static [&'static TypeObj],
    /// Constants: name → value, made on each access.
    pub consts: fn(&str) -> Option<R>,
    /// A module of the program: its globals (`count` words, named by the NUL-separated
    /// `names`), and attributes set from outside (a dict, or 0).
    pub globals: *mut Value,
    pub names: *const u8,
    pub count: usize,
    pub dict: Value,
}
unsafe impl Sync for ModuleObj {}

const fn module(
    name: &'static str,
    members: &'static [NativeObj],
    types: &'static [&'static TypeObj],
    consts: fn(&str) -> Option<R>,
) -> ModuleObj {
    ModuleObj {
        header: Header::of(&MODULE_TYPE),
        name,
        members,
        types,
        consts,
        globals: core::ptr::null_mut(),
        names: core::ptr::null(),
        count: 0,
        dict: 0,
    }
}

fn no_consts(_: &str) -> Option<R> {
    None
}

/// The built-in modules imported so far (a function of a module can be reached only through
/// it). Kept here rather than found in [`MODULES`], which would link every module into every
/// program.
static IMPORTED: Global<[Option<&'static ModuleObj>; 14]> = Global::new([None; 14]);

/// The attributes the program set on each module of [`IMPORTED`] (`sys.tracebacklimit = 0`,
/// `math.sqrt = my_sqrt`): a dict, or 0 until the first. A built-in module lies in read-only
/// data; these are read before its own members.
static SET_ON: Global<[Value; 14]> = Global::new([0; 14]);

/// The dict of attributes set on built-in module `m`, if any.
fn set_on(m: &ModuleObj) -> Option<Value> {
    let i = IMPORTED.get().iter().position(|s| s.is_some_and(|s| core::ptr::eq(s, m)))?;
    Some(SET_ON.get()[i]).filter(|&d| d != 0)
}

fn note_imported(m: &'static ModuleObj) {
    let seen = IMPORTED.get();
    if let Some(slot) = seen.iter_mut().find(|s| s.is_none_or(|s| core::ptr::eq(s, m))) {
        if slot.is_none() {
            *slot = Some(m);
            // (A failure to add it leaves sys.modules without it; the import goes on.)
            let _ = add_to_sys_modules(m as *const ModuleObj as Value);
        }
    }
}

/// The program's modules made so far (`rt_new_module`; each stays alive in its importer's
/// slot), for `sys.modules`; at most 64 are listed.
static PROGRAM_MODULES: Global<([Value; 64], usize)> = Global::new(([0; 64], 0));

/// The `sys.modules` dict once a program asked for it (kept: a program may add to it).
static SYS_MODULES: Global<Value> = Global::new(0);

/// Keeps `sys.modules` alive across collections. (The program's modules stay alive in their
/// importers' slots; one whose body raised is forgotten, `rt_module_failed`.)
pub fn mark_roots(mark: &mut dyn FnMut(usize)) {
    mark(*SYS_MODULES.get());
    for &d in SET_ON.get().iter() {
        mark(d);
    }
    mark(*sys::EXIT_FUNC.get());
    for &l in sys::KEPT.get().iter() {
        mark(l);
    }
    mark(*crate::print::STDOUT.get());
    mark(*crate::print::STDERR.get());
}

/// The program's module `m`, whose body raised, is forgotten: no longer listed, nor in
/// `sys.modules` (as CPython drops it), so that importing it again makes it again. The
/// exception pending stays pending.
#[no_mangle]
pub extern "C" fn rt_module_failed(m: Value) -> Value {
    let (list, n) = PROGRAM_MODULES.get();
    if let Some(i) = list[..*n].iter().position(|&x| x == m) {
        list.copy_within(i + 1..*n, i);
        *n -= 1;
    }
    if let Some(ops) = sys_modules_ops() {
        (ops.forget)(*SYS_MODULES.get(), m);
    }
    NONE
}

/// `sys.modules`: every module imported so far by name (`sys` itself, the built-in ones, the
/// program's), made at the first use and kept up to date by later imports.
#[export_name = "mpyc_sys_modules"]
fn sys_modules() -> R {
    if *SYS_MODULES.get() == 0 {
        let d = crate::dict::new_dict()?;
        *SYS_MODULES.get() = d;
        note_imported(&SYS_MODULE);
        for m in IMPORTED.get().iter().flatten() {
            crate::dict::set_item(d, from_str(m.name)?, *m as *const ModuleObj as Value)?;
        }
        let (list, n) = *PROGRAM_MODULES.get();
        for &m in &list[..n] {
            add_to_sys_modules(m)?;
        }
    }
    Ok(*SYS_MODULES.get())
}

fn add_to_sys_modules(m: Value) -> R<()> {
    match sys_modules_ops() {
        Some(ops) => (ops.add)(m),
        None => Ok(()),
    }
}

/// What the runtime does to `sys.modules` once it is made: behind the gate of the function
/// that makes it (`mpyc_sys_modules`, linked with `sys`'s attributes), so that a program that
/// never reads `sys.modules` links none of the dict operations (key hashing and `==` of any
/// objects) through its imports.
#[derive(Clone, Copy)]
struct SysModulesOps {
    add: fn(Value) -> R<()>,
    forget: fn(Value, Value),
    get: fn(Value, &str) -> Option<Value>,
}

fn sys_modules_ops() -> Option<SysModulesOps> {
    if *SYS_MODULES.get() == 0 {
        return None;
    }
    crate::gated!(
        "mpyc_sys_modules",
        SysModulesOps {
            add: |m| {
                let name = unsafe { body::<ModuleObj>(m) }.name;
                crate::dict::set_item(*SYS_MODULES.get(), from_str(name)?, m)
            },
            forget: |d, m| {
                let name = unsafe { body::<ModuleObj>(m) }.name;
                if let Ok(key) = from_str(name) {
                    if crate::dict::get(d, key).ok().flatten() == Some(m) {
                        let _ = crate::dict::remove(d, key);
                    }
                }
            },
            get: |d, n| crate::dict::get_str(d, n),
        },
        SysModulesOps
    )
}

/// The name of the built-in module whose function `f` is (for a message).
pub fn module_of(f: &NativeObj) -> Option<&'static str> {
    let p = f as *const NativeObj;
    IMPORTED.get().iter().flatten().find(|m| m.members.as_ptr_range().contains(&p)).map(|m| m.name)
}

// Each module its own static, imported through an entry point of its own (`rt_import_math`,
// …): a program links the modules it imports, not all of them.
macro_rules! modules {
    ($($stat:ident, $entry:ident = $m:expr $(, then $init:expr)?;)*) => {
        $(pub static $stat: ModuleObj = $m;
        #[no_mangle]
        pub extern "C" fn $entry() -> Value {
            $($init;)?
            note_imported(&$stat);
            &$stat as *const ModuleObj as Value
        })*
        /// Every built-in module, for the compiler's checks (generated code imports each by its
        /// own entry point).
        pub static MODULES: [&ModuleObj; 14] = [$(&$stat),*];
    };
}

modules! {
    ARRAY_MODULE, rt_import_array = module("array", &[], &[&crate::array::ARRAY_TYPE], crate::array::consts);
    BUILTINS_MODULE, rt_import_builtins = module("builtins", crate::builtins::FUNCTIONS, &[], builtins_consts);
    CONSOLE_MODULE, rt_import__console = module("_console", &crate::io::CONSOLE_FUNCTIONS, &[], no_consts);
    FRAMEBUF_MODULE, rt_import__framebuf = module("_framebuf", &[], &[&crate::framebuf::SURFACE_TYPE], no_consts);
    CMATH_MODULE, rt_import_cmath = module("cmath", &crate::cmath::FUNCTIONS, &[], crate::cmath::consts);
    GC_MODULE, rt_import_gc = module("gc", &gc::GC, &[], no_consts);
    LCD160CR_MODULE, rt_import_lcd160cr = module("lcd160cr", &[], &[&crate::lcd160cr::LCD160CR_TYPE], crate::lcd160cr::consts);
    IO_MODULE, rt_import__io = module("_io", &[], &[&crate::io::STRINGIO_TYPE, &crate::io::BYTESIO_TYPE], no_consts);
    MATH_MODULE, rt_import_math = module("math", &math::MATH, &[], math_consts);
    MICROPYTHON_MODULE, rt_import_micropython = module("micropython", &micropython::MICROPYTHON, &[], no_consts);
    PYB_MODULE, rt_import_pyb = module("pyb", &crate::pyb::FUNCTIONS, &crate::pyb::TYPES, no_consts);
    RANDOM_MODULE, rt_import_random = module("random", &crate::random::FUNCTIONS, &[&crate::random::RANDOM_TYPE], no_consts);
    // (Importing `sys` is what can assign `sys.stdout`: `print` then writes through it.)
    SYS_MODULE, rt_import_sys = module("sys", &sys::SYS, &[], sys::sys_consts),
        then crate::print::redirect_on();
    TIME_MODULE, rt_import_time = module("time", &time::TIME, &[], no_consts);
}

/// Every name a built-in module's `consts` may answer (each module answers some of them).
const CONST_NAMES: [&str; 32] = [
    "typecodes",
    "ArrayType",
    "version_info",
    "float_info",
    "hash_info",
    "_machine",
    "version",
    "path",
    "stdin",
    "stdout",
    "stderr",
    "modules",
    "pi",
    "e",
    "tau",
    "inf",
    "nan",
    "infj",
    "nanj",
    "platform",
    "implementation",
    "maxsize",
    "byteorder",
    "argv",
    "name",
    "PORTRAIT",
    "LANDSCAPE",
    "PORTRAIT_UPSIDEDOWN",
    "LANDSCAPE_UPSIDEDOWN",
    "STARTUP_DECO_NONE",
    "STARTUP_DECO_MLOGO",
    "STARTUP_DECO_INFO",
];

/// The rest of `builtins`' attributes: the types, the exceptions and the constants that are
/// objects (not the runtime's own types: `NoneType`, `function`…, as CPython has them not).
fn builtins_consts(name: &str) -> Option<R> {
    crate::builtins::names().any(|n| n == name).then(|| crate::builtins::lookup(name)).flatten().map(Ok)
}

/// The constants module `m` has.
fn const_names(m: &ModuleObj) -> impl Iterator<Item = &'static str> + '_ {
    CONST_NAMES.into_iter().filter(|c| (m.consts)(c).is_some())
}

/// The names of a built-in module's attributes (for compile-time checks).
pub fn member_names(m: &ModuleObj) -> alloc::vec::Vec<&'static str> {
    let mut names: alloc::vec::Vec<&'static str> = m.members.iter().map(|f| f.name).collect();
    names.extend(m.types.iter().map(|t| t.short_name()));
    names.extend(const_names(m));
    if core::ptr::eq(m, &BUILTINS_MODULE) {
        names.extend(crate::builtins::names());
    }
    crate::str::sort_names(&mut names);
    names
}

/// `from m import *`'s read of `m.name` (the names the compiler spelt out): the value, or 0
/// (nothing raised) when the module has no such attribute now — a name its top level binds
/// only on a path not taken is skipped, as CPython's `import *` skips it.
#[no_mangle]
pub extern "C" fn rt_star_member(m: Value, name: Value) -> Value {
    match crate::func::getattr(m, name) {
        Ok(v) => v,
        Err(_) => {
            crate::exc::take_pending();
            0
        }
    }
}

/// The built-in module `name`; MicroPython's `u`-prefixed names (`utime`, `urandom`) are the
/// same modules.
pub fn find(name: &str) -> Option<&'static ModuleObj> {
    let by = |n: &str| MODULES.iter().copied().find(|m| m.name == n);
    by(name).or_else(|| name.strip_prefix('u').filter(|n| !n.starts_with('_')).and_then(by))
}

pub fn module_name(v: Value) -> &'static str {
    unsafe { body::<ModuleObj>(v) }.name
}

/// Which of a program module's globals is called `key`.
fn global_index(m: &ModuleObj, key: &str) -> Option<usize> {
    let mut p = m.names;
    for i in 0..m.count {
        let n = unsafe { cstr(p) };
        if n == key {
            return Some(i);
        }
        p = unsafe { p.add(n.len() + 1) };
    }
    None
}

/// What a module has of its own: its functions, types and constants, and for a module of the
/// program its globals bound now (what an AttributeError's suggestion looks through: not the
/// builtins' names, which would keep every builtin in the firmware).
pub fn own_names(v: Value) -> alloc::vec::Vec<&'static str> {
    let m: &ModuleObj = unsafe { body(v) };
    let mut out: alloc::vec::Vec<&'static str> = m.members.iter().map(|f| f.name).collect();
    out.extend(m.types.iter().map(|t| t.short_name()));
    out.extend(const_names(m));
    let mut p = m.names;
    for i in 0..m.count {
        let n = unsafe { cstr(p) };
        p = unsafe { p.add(n.len() + 1) };
        // (A name with a `.` is the compiler's own, not the program's.)
        if unsafe { *m.globals.add(i) } != 0 && !n.as_bytes().contains(&b'.') {
            out.push(n);
        }
    }
    out
}

/// A module's names, for `dir(module)`: `__name__`, its functions and types, and for a module
/// of the program its globals bound now and the attributes set from outside.
pub fn names(v: Value) -> alloc::vec::Vec<&'static str> {
    let m: &ModuleObj = unsafe { body(v) };
    let mut out: alloc::vec::Vec<&'static str> = alloc::vec!["__name__"];
    if m.globals.is_null() {
        out.push("__doc__");
    }
    if core::ptr::eq(m, &BUILTINS_MODULE) {
        out.extend(crate::builtins::names());
        return out;
    }
    out.extend(own_names(v));
    if let Some(d) = set_on(m) {
        for k in crate::dict::keys_vec(d).unwrap_or_default() {
            if let Some(s) = crate::str::as_str(k) {
                // (Kept alive by the dict, which keeps its keys until the program ends.)
                out.push(unsafe { core::mem::transmute::<&str, &'static str>(s) });
            }
        }
    }
    if m.dict != 0 {
        for k in crate::dict::keys_vec(m.dict).unwrap_or_default() {
            // (Not the namespace's copies of the globals, listed above.)
            if let Some(s) = crate::str::as_str(k).filter(|s| *s != "__name__" && global_index(m, s).is_none()) {
                out.push(unsafe { core::mem::transmute::<&str, &'static str>(s) });
            }
        }
    }
    out
}

/// Where an attribute cache finds `module.name` again.
pub enum AttrSlot {
    /// A built-in module's attribute: it never changes.
    Fixed(Value),
    /// The program's module's global at this index.
    Global(usize),
}

/// Where `module.name` lives, when a cache can find it there again (not `__name__`, nor
/// attributes set from outside a program's module).
pub fn attr_slot(v: Value, name: Value) -> Option<AttrSlot> {
    let m: &ModuleObj = unsafe { body(v) };
    let key = crate::str::as_str(name)?;
    if key == "__name__" {
        return None;
    }
    // (`sys.stdout` and `sys.stderr` may be assigned: read each time.)
    if m.globals.is_null() && !(m.name == "sys" && matches!(key, "stdout" | "stderr")) {
        return Some(AttrSlot::Fixed(getattr(v, key)?.ok()?));
    }
    global_index(m, key).map(AttrSlot::Global)
}

/// Global `i` of the program's module `v` (0 while unbound).
pub fn global_at(v: Value, i: usize) -> Value {
    let m: &ModuleObj = unsafe { body(v) };
    unsafe { *m.globals.add(i) }
}

/// `module.__dict__` and `vars(module)`: of one of the program's modules its namespace
/// ([`namespace`]); of a built-in module a new dict of its attributes ([`builtin_dict`]),
/// behind the gate of the names that ask for it, since it reaches every member and type.
pub fn dict_of(v: Value) -> Option<R> {
    let m: &ModuleObj = unsafe { body(v) };
    if !m.globals.is_null() {
        return Some(namespace(v));
    }
    let Some(f) = crate::gated!("vars|__dict__", builtin_dict, fn(Value) -> R) else {
        return Some(Err(crate::gate::left_out("a built-in module's __dict__")));
    };
    Some(f(v))
}

/// A built-in module's attributes as a new dict (`vars(math)`, `math.__dict__`): `__name__`,
/// `__doc__` (None), its functions, types and constants, and what the program set on it. A
/// copy, as a class's `__dict__` is here: writing into it changes no attribute. (A function
/// the program never names is in it as the stub that raises NotImplementedError when called,
/// on a board.)
#[cold]
fn builtin_dict(v: Value) -> R {
    let d = crate::dict::new_dict()?;
    for n in names(v) {
        match getattr(v, n) {
            Some(Ok(x)) => crate::dict::set_item(d, from_str(n)?, x)?,
            // (A type or constant the firmware left out is not listed.)
            Some(Err(_)) => {
                crate::exc::take_pending();
            }
            None => {}
        }
    }
    Ok(d)
}

/// The namespace of the program's module `v`, what `globals()` in it and `module.__dict__`
/// give: one dict per module (its [`ModuleObj::dict`], which also holds the names set from
/// outside or through it that are no global of the module's code), brought up to date with
/// the globals each time it is asked for (a global the code assigns afterwards is seen in it
/// at its next `globals()`); what the code writes into it goes to the globals at
/// [`rt_namespace_sync`].
pub fn namespace(v: Value) -> R {
    let m: &mut ModuleObj = unsafe { body(v) };
    let d = module_dict(m)?;
    crate::dict::set_item(d, crate::str::from_str("__name__")?, from_str(m.name)?)?;
    let mut p = m.names;
    for i in 0..m.count {
        let n = unsafe { cstr(p) };
        p = unsafe { p.add(n.len() + 1) };
        // (A name with a `.` is the compiler's own, not the program's.)
        if n.as_bytes().contains(&b'.') {
            continue;
        }
        let g = unsafe { *m.globals.add(i) };
        let k = from_str(n)?;
        if g != 0 {
            crate::dict::set_item(d, k, g)?;
        } else {
            crate::dict::remove(d, k)?;
        }
    }
    Ok(d)
}

/// How a function's `__globals__` is found ([`namespace_named`]): set when the program makes
/// its first module object, so that a program without any links none of it.
pub static GLOBALS_OF: crate::exc::Hook<GlobalsOf> = crate::exc::Hook::new();

/// [`GLOBALS_OF`]'s function: the namespace of the module of that name, if it has an object.
pub type GlobalsOf = fn(&str) -> Option<R>;

/// A function's `__globals__`: the namespace of the program's module `name`, if it has an
/// object (the main module has one when the program mentions `globals`).
fn namespace_named(name: &str) -> Option<R> {
    let (list, n) = *PROGRAM_MODULES.get();
    list[..n].iter().find(|&&m| unsafe { body::<ModuleObj>(m) }.name == name).map(|&m| namespace(m))
}

#[no_mangle]
pub extern "C" fn rt_namespace(v: Value) -> Value {
    // (0: the module's import failed after the function calling this escaped; as good as
    // forgotten, its namespace is a new empty one.)
    if !is_ptr(v) {
        return ret(crate::dict::new_dict());
    }
    ret(namespace(v))
}

/// A program's module's dict, made on first use.
fn module_dict(m: &mut ModuleObj) -> R {
    if m.dict == 0 {
        m.dict = crate::dict::new_dict()?;
    }
    Ok(m.dict)
}

/// After code changed the namespace of the program's module `v` (the compiler calls this
/// there): the global named `key` takes the value it has in it, or is unbound when it is gone
/// (`globals()[k] = x`, `del globals()[k]`); with `key` 0 every global does
/// (`globals().update(…)` and the other methods).
#[no_mangle]
pub extern "C" fn rt_namespace_sync(v: Value, key: Value) -> Value {
    if !is_ptr(v) {
        return NONE;
    }
    let m: &ModuleObj = unsafe { body(v) };
    if m.dict == 0 {
        return NONE;
    }
    if key != 0 {
        // (Not the compiler's own names, with a `.`.)
        if let Some(i) =
            crate::str::as_str(key).filter(|k| !k.as_bytes().contains(&b'.')).and_then(|k| global_index(m, k))
        {
            unsafe { *m.globals.add(i) = crate::dict::get(m.dict, key).ok().flatten().unwrap_or(0) };
        }
        return NONE;
    }
    let mut p = m.names;
    for i in 0..m.count {
        let n = unsafe { cstr(p) };
        p = unsafe { p.add(n.len() + 1) };
        if !n.as_bytes().contains(&b'.') {
            unsafe { *m.globals.add(i) = crate::dict::get_str(m.dict, n).unwrap_or(0) };
        }
    }
    NONE
}

/// An imported module of the program starts with its `__file__` and `__doc__` (a str or None)
/// in its namespace (made only for programs that mention them).
#[no_mangle]
pub extern "C" fn rt_module_dunders(v: Value, file: Value, doc: Value) -> Value {
    let m: &mut ModuleObj = unsafe { body(v) };
    ret((|| {
        let d = module_dict(m)?;
        crate::dict::set_item(d, crate::str::from_str("__file__")?, file)?;
        crate::dict::set_item(d, crate::str::from_str("__doc__")?, doc)?;
        Ok(NONE)
    })())
}

/// A name no code of module `v` binds, read in it: what was bound through its namespace
/// (`globals()['x'] = 1`), or 0.
#[no_mangle]
pub extern "C" fn rt_namespace_get(v: Value, name: Value) -> Value {
    if !is_ptr(v) {
        return 0;
    }
    let m: &ModuleObj = unsafe { body(v) };
    match m.dict {
        0 => 0,
        d => crate::str::as_str(name).and_then(|k| crate::dict::get_str(d, k)).unwrap_or(0),
    }
}

/// A name no code binds, read in a program that stores into `builtins`: what the program set
/// on `builtins` under it (`builtins.DEBUG = True`), or 0.
#[no_mangle]
pub extern "C" fn rt_builtins_get(name: Value) -> Value {
    let key = crate::str::as_str(name).unwrap_or("");
    set_on(&BUILTINS_MODULE).and_then(|d| crate::dict::get_str(d, key)).unwrap_or(0)
}

/// `module.key`.
pub fn getattr(v: Value, key: &str) -> Option<R> {
    let m: &ModuleObj = unsafe { body(v) };
    if key == "__name__" {
        return Some(from_str(m.name));
    }
    if key == "__dict__" {
        // (Behind its name: a module's namespace dict, with the dict operations on keys of any
        // type, is linked only into a program that names `__dict__` or `vars`.)
        return match crate::gated!("__dict__|vars", dict_of, fn(Value) -> Option<R>) {
            Some(f) => f(v),
            None => Some(Err(crate::gate::left_out("a module's __dict__"))),
        };
    }
    if !m.globals.is_null() {
        if let Some(x) = own_attr(m, key) {
            return Some(Ok(x));
        }
        // (A module of the program may answer for the rest with its `__getattr__`.)
        return crate::gated!("__getattr__", module_getattr, fn(&ModuleObj, &str) -> Option<R>).and_then(|f| f(m, key));
    }
    if let Some(x) = set_on(m).and_then(|d| crate::dict::get_str(d, key)) {
        return Some(Ok(x));
    }
    if let Some(f) = m.members.iter().find(|f| f.name == key) {
        if f.is_type_entry() {
            return Some((f.f)(&[], &crate::func::Kw::NONE));
        }
        return Some(Ok(f as *const NativeObj as Value));
    }
    if let Some(t) = m.types.iter().find(|t| t.short_name() == key) {
        return Some(Ok(t.as_value()));
    }
    // (A built-in module keeps no docstring.)
    (m.consts)(key).or_else(|| (key == "__doc__").then_some(Ok(NONE)))
}

/// The program's module `m`'s attribute `key`: a global bound now, or a name set on it.
#[inline(always)]
fn own_attr(m: &ModuleObj, key: &str) -> Option<Value> {
    if let Some(i) = global_index(m, key) {
        // (The namespace's entry of a global is only a copy of it.)
        let g = unsafe { *m.globals.add(i) };
        return (g != 0).then_some(g);
    }
    (m.dict != 0).then(|| crate::dict::get_str(m.dict, key)).flatten()
}

/// `module.key` where the program's module `m` lacks it: what its own `__getattr__(key)` gives
/// (PEP 562), or None without one.
#[cold]
fn module_getattr(m: &ModuleObj, key: &str) -> Option<R> {
    let f = own_attr(m, "__getattr__")?;
    Some(from_str(key).and_then(|k| crate::func::call(f, &[k], &crate::func::Kw::NONE)))
}

/// `dir(module)` of the program's module `v` that defines `__dir__`: what that gives (PEP 562).
pub fn own_dir(v: Value) -> Option<Value> {
    let m: &ModuleObj = unsafe { body(v) };
    if m.globals.is_null() {
        return None;
    }
    own_attr(m, "__dir__")
}

/// `module.key = v`.
pub fn setattr(v: Value, key: Value, x: Value) -> R<()> {
    let m: &mut ModuleObj = unsafe { body(v) };
    let k = crate::str::as_str(key).unwrap_or("");
    // `sys.stdout = buffer`: where `print` writes from now on (the console object puts it back).
    // (Behind the gate of those names: a program that names neither never sets them, and
    // leaves the consoles' objects out.)
    if m.name == "sys" && matches!(k, "stdout" | "stderr") {
        type Stream = fn(&str) -> Option<(&'static mut Value, Value)>;
        let Some(stream) = crate::gated!("stdout|stderr", sys::stream, Stream) else {
            return Err(crate::gate::left_out("setting sys.stdout or sys.stderr"));
        };
        if let Some((set, console)) = stream(k) {
            *set = if x == console { 0 } else { x };
            return Ok(());
        }
    }
    if m.globals.is_null() {
        // A built-in module: into its dict of attributes set (made at the first), after which
        // no inline cache keeps what the module had.
        let imported = IMPORTED.get();
        let Some(i) = imported.iter().position(|s| s.is_some_and(|s| core::ptr::eq(s, m))) else {
            return Err(raise(&ATTRIBUTE_ERROR, alloc::format!("module '{}' has no attribute '{k}'", m.name)));
        };
        if SET_ON.get()[i] == 0 {
            SET_ON.get()[i] = crate::dict::new_dict()?;
        }
        crate::dict::set_item(SET_ON.get()[i], key, x)?;
        crate::icache::modules_changed();
        return Ok(());
    }
    if let Some(i) = global_index(m, k) {
        unsafe { *m.globals.add(i) = x };
        if m.dict == 0 {
            return Ok(());
        }
    }
    // (Also the namespace's copy of a global.)
    let d = module_dict(m)?;
    crate::dict::set_item(d, key, x)
}

/// `del module.key`: a global of the program's module unbound, or what was set from outside
/// removed; AttributeError when there is no such attribute.
pub fn delattr(v: Value, key: Value) -> R<()> {
    let m: &mut ModuleObj = unsafe { body(v) };
    let k = crate::str::as_str(key).unwrap_or("");
    if !m.globals.is_null() {
        if let Some(i) = global_index(m, k) {
            let slot = unsafe { &mut *m.globals.add(i) };
            if *slot != 0 {
                *slot = 0;
                if m.dict != 0 {
                    crate::dict::remove(m.dict, key)?;
                }
                return Ok(());
            }
            return Err(raise(&ATTRIBUTE_ERROR, alloc::format!("'module' object has no attribute '{k}'")));
        }
    }
    if m.dict != 0 && crate::dict::remove(m.dict, key)?.is_some() {
        return Ok(());
    }
    if let Some(d) = set_on(m) {
        if crate::dict::remove(d, key)?.is_some() {
            crate::icache::modules_changed();
            return Ok(());
        }
    }
    // (CPython's words for a deletion: the generic object's.)
    Err(raise(&ATTRIBUTE_ERROR, alloc::format!("'module' object has no attribute '{k}'")))
}

/// A module of the program, made when it is first imported: `name` and `names` are
/// NUL-terminated read-only data, `globals` its `count` root slots.
#[no_mangle]
pub unsafe extern "C" fn rt_new_module(name: *const u8, globals: *mut Value, names: *const u8, count: usize) -> Value {
    ret((|| {
        let m = alloc(ModuleObj {
            header: Header::of(&MODULE_TYPE),
            name: cstr(name),
            members: &[],
            types: &[],
            consts: no_consts,
            globals,
            names,
            count,
            dict: 0,
        })?;
        let (list, n) = PROGRAM_MODULES.get();
        if *n < list.len() {
            list[*n] = m;
            *n += 1;
        }
        GLOBALS_OF.set(namespace_named);
        add_to_sys_modules(m)?;
        Ok(m)
    })())
}

/// `types.ModuleType(name, doc=None)` (`type(sys)(…)`): an empty module whose attributes the
/// program sets, as a module of the program with no globals (its attributes in its
/// namespace's dict, with `__name__` and `__doc__`); `sys.modules[name] = m` makes it
/// importable. Not listed among the program's modules (no function has it as `__globals__`).
pub fn module_new(args: &[Value], kw: &crate::func::Kw) -> R {
    kw.only("module", &["name", "doc"])?;
    let name = args.get(1).copied().or_else(|| kw.get("name"));
    let doc = args.get(2).copied().or_else(|| kw.get("doc")).unwrap_or(NONE);
    let given = args.len() - 1 + kw.names.len();
    let Some(name) = name.filter(|_| (1..=2).contains(&given)) else {
        let msg = alloc::format!("module() takes at most 2 arguments ({given} given)");
        return Err(raise(
            &TYPE_ERROR,
            if given == 0 { "module.__init__() missing required argument 'name' (pos 1)".into() } else { msg },
        ));
    };
    let Some(text) = crate::str::as_str(name) else {
        let msg =
            alloc::format!("module.__init__() argument 'name' must be str, not {}", crate::object::type_name(name));
        return Err(raise(&TYPE_ERROR, msg));
    };
    // (The name's characters stay alive with the str, which the module's pointer into them
    // keeps, as does its namespace.)
    let text: &'static str = unsafe { &*(text as *const str) };
    let d = crate::dict::new_dict()?;
    crate::dict::set_item(d, from_str("__name__")?, name)?;
    crate::dict::set_item(d, from_str("__doc__")?, doc)?;
    alloc(ModuleObj {
        header: Header::of(&MODULE_TYPE),
        name: text,
        members: &[],
        types: &[],
        consts: no_consts,
        // (No globals, but not null: null is what marks a built-in module.)
        globals: core::ptr::NonNull::dangling().as_ptr(),
        names: c"".as_ptr().cast(),
        count: 0,
        dict: d,
    })
}

/// `from m import name`: the member, or ImportError as CPython words it (naming the module by
/// its own name: `from utime import x` says 'time').
#[no_mangle]
pub extern "C" fn rt_import_from(m: Value, name: Value) -> Value {
    match crate::func::getattr(m, name) {
        Ok(v) => v,
        // (What a module's `__getattr__` raises but AttributeError goes on as it is.)
        Err(e) if !pending_is(&ATTRIBUTE_ERROR) => ret(Err(e)),
        Err(_) => {
            let (name, module) = (crate::str::as_str(name).unwrap_or("?"), module_name(m));
            let e = raise(&IMPORT_ERROR, alloc::format!("cannot import name '{name}' from '{module}'"));
            ret(Err(import_error_name(e, module)))
        }
    }
}

/// `from . import x` outside a package (in the main module): ImportError, as CPython's.
#[no_mangle]
pub extern "C" fn rt_relative_import() -> Value {
    ret(Err(raise(&IMPORT_ERROR, "attempted relative import with no known parent package")))
}

/// `import name` of a module that does not exist (NUL-terminated name): the built-in ones
/// are imported by their own entry points.
#[no_mangle]
pub unsafe extern "C" fn rt_import(name: *const u8) -> Value {
    let n = cstr(name);
    // A module the program has put into `sys.modules` under this name.
    if let Some(m) = sys_modules_ops().and_then(|ops| (ops.get)(*SYS_MODULES.get(), n)) {
        return m;
    }
    // (`import a.b`: CPython names the first module that is not there.)
    let top = n.split('.').next().unwrap_or(n);
    let (msg, missing) = if top == n {
        (alloc::format!("No module named '{n}'"), n)
    } else if find(top).is_some() {
        (alloc::format!("No module named '{n}'; '{top}' is not a package"), n)
    } else {
        (alloc::format!("No module named '{top}'"), top)
    };
    let e = raise(&MODULE_NOT_FOUND_ERROR, msg);
    ret(Err(import_error_name(e, missing)))
}

/// ImportError `e` (pending) with its `name`: the module that was not found, as CPython's.
/// (Without room for it, the MemoryError that says so is pending instead.)
fn import_error_name(e: crate::exc::Exc, module: &str) -> crate::exc::Exc {
    if let Some(x) = crate::exc::as_exc(crate::exc::pending()) {
        x.fields = crate::str::from_str(module).unwrap_or(0);
    }
    e
}
