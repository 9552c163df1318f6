//! The one list of runtime entry points that generated code calls, shared with the compiler.
//!
//! Every parameter and result is one machine word. The compiler takes signatures from
//! [`ENTRY_POINTS`]; on the host it also takes addresses from [`entry_address`]. The macro checks
//! at compile time that each listed function has exactly the listed signature.

use crate::value::Value;

/// One function generated code may call.
#[derive(Clone, Copy, Debug)]
pub struct EntryPoint {
    pub name: &'static str,
    pub params: usize,
    pub returns: bool,
}

macro_rules! entry_points {
    ($($path:path => fn $name:ident($($arg:ident: $ty:ty),*) -> $ret:ty;)*) => {
        pub const ENTRY_POINTS: &[EntryPoint] = &[$(EntryPoint {
            name: stringify!($name),
            params: <[&str]>::len(&[$(stringify!($arg)),*]),
            returns: true,
        }),*];

        /// The address of the entry point `name` in this process (host builds only).
        #[cfg(not(target_os = "none"))]
        pub fn entry_address(name: &str) -> Option<*const u8> {
            match name {
                $(stringify!($name) => {
                    let f: unsafe extern "C" fn($($ty),*) -> $ret = { use $path as m; m::$name };
                    Some(f as *const u8)
                })*
                _ => None,
            }
        }

        #[allow(dead_code)]
        fn check_signatures() {
            $(let _: unsafe extern "C" fn($($ty),*) -> $ret = { use $path as m; m::$name };)*
        }
    };
}

entry_points! {
    crate::func => fn rt_call_native(f: Value, argv: *const Value, n: usize) -> Value;
    crate::builtins => fn rt_int1(x: Value) -> Value;
    crate::builtins => fn rt_float1(x: Value) -> Value;
    crate::builtins => fn rt_abs1(x: Value) -> Value;
    crate::builtins => fn rt_isinstance(x: Value, t: Value) -> Value;
    crate::icache => fn rt_init_caches(start: *mut usize, words: usize) -> Value;
    crate::ops => fn rt_binop(op: usize, a: Value, b: Value) -> Value;
    crate::ops => fn rt_int_binop(op: usize, a: Value, b: Value) -> Value;
    crate::ops => fn rt_matmul(op: usize, a: Value, b: Value) -> Value;
    crate::ops => fn rt_compare(op: usize, a: Value, b: Value) -> Value;
    crate::ops => fn rt_compare_value(op: usize, a: Value, b: Value) -> Value;
    crate::ops => fn rt_unop(op: usize, a: Value) -> Value;
    crate::ops => fn rt_truthy(a: Value) -> Value;
    crate::ops => fn rt_index(v: Value) -> Value;
    crate::ops => fn rt_getitem(obj: Value, key: Value) -> Value;
    crate::dict => fn rt_ns_get(ns: Value, key: Value) -> Value;
    crate::ops => fn rt_setitem(obj: Value, key: Value, v: Value) -> Value;
    crate::ops => fn rt_delitem(obj: Value, key: Value) -> Value;
    crate::ops => fn rt_contains(container: Value, x: Value) -> Value;
    crate::float => fn rt_box_float(p: *const crate::float::Float) -> Value;
    crate::complex => fn rt_complex_lit(slot: *mut Value, text: *const u8, len: usize) -> Value;
    crate::int => fn rt_int_lit(slot: *mut Value, digits: *const u8, len: usize) -> Value;
    crate::int => fn rt_int_words(v: Value, out: *mut usize) -> usize;
    crate::int => fn rt_int_of_words(lo: usize, hi: usize, orig: Value) -> Value;
    crate::str => fn rt_str_join(argv: *const Value, n: usize) -> Value;
    crate::bytes => fn rt_bytes_lit(slot: *mut Value, data: *const u8, len: usize) -> Value;
    crate::format => fn rt_format(v: Value, spec: Value) -> Value;
    crate::print => fn rt_print(v: Value) -> Value;
    crate::print => fn rt_print_sep(v: Value, which: usize) -> Value;
    crate::print => fn rt_str(v: Value) -> Value;
    crate::print => fn rt_repr(v: Value) -> Value;
    crate::print => fn rt_ascii(v: Value) -> Value;
    crate::print => fn rt_len(v: Value) -> Value;
    crate::list => fn rt_build_list(argv: *const Value, n: usize) -> Value;
    crate::list => fn rt_build_tuple(argv: *const Value, n: usize) -> Value;
    crate::list => fn rt_list_append(l: Value, v: Value) -> Value;
    crate::list => fn rt_splice(l: Value, it: Value, f: Value) -> Value;
    crate::list => fn rt_list_to_tuple(l: Value) -> Value;
    crate::list => fn rt_unpack(seq: Value, before: usize, star: usize, after: usize, out: *mut Value) -> Value;
    crate::list => fn rt_slice(start: Value, stop: Value, step: Value) -> Value;
    crate::list => fn rt_getslice(obj: Value, start: Value, stop: Value, step: Value) -> Value;
    crate::list => fn rt_setslice(obj: Value, start: Value, stop: Value, step: Value, v: Value) -> Value;
    crate::dict => fn rt_build_dict(argv: *const Value, n: usize) -> Value;
    crate::dict => fn rt_dict_set(d: Value, k: Value, v: Value) -> Value;
    crate::dict => fn rt_kwargs_merge(d: Value, other: Value, f: Value) -> Value;
    crate::dict => fn rt_dict_unpack(d: Value, other: Value) -> Value;
    crate::str => fn rt_unicode_case() -> Value;
    crate::str => fn rt_unicode_print() -> Value;
    crate::dict => fn rt_build_set(argv: *const Value, n: usize) -> Value;
    crate::dict => fn rt_set_add(s: Value, v: Value) -> Value;
    crate::set => fn rt_build_set_folded(argv: *const Value, n: usize) -> Value;
    crate::iter => fn rt_iter(v: Value) -> Value;
    crate::iter => fn rt_next(it: Value) -> Value;
    crate::iter => fn rt_walk_mode(it: Value) -> Value;
    crate::func => fn rt_call(f: Value, argv: *const Value, npos: usize, kwnames: Value) -> Value;
    crate::func => fn rt_call_ex(f: Value, args: Value, kwargs: Value) -> Value;
    crate::func => fn rt_call_method(name: Value, argv: *const Value, npos: usize, kwnames: Value) -> Value;
    crate::func => fn rt_getattr(obj: Value, name: Value) -> Value;
    crate::func => fn rt_setattr(obj: Value, name: Value, v: Value) -> Value;
    crate::icache => fn rt_getattr_ic(obj: Value, name: Value, c: *mut crate::icache::Cache) -> Value;
    crate::icache => fn rt_setattr_ic(obj: Value, name: Value, v: Value, c: *mut crate::icache::Cache) -> Value;
    crate::icache => fn rt_load_method(obj: Value, name: Value, c: *mut crate::icache::Cache, io: *mut usize) -> Value;
    crate::icache => fn rt_call_method_ic(name: Value, argv: *const Value, npos: usize, kwnames: Value, c: *mut crate::icache::Cache) -> Value;
    crate::func => fn rt_delattr(obj: Value, name: Value) -> Value;
    crate::func => fn rt_make_function(code: usize, info: *const crate::func::Info, spec: usize, defaults: Value, kwdefaults: Value, cells: Value) -> Value;
    crate::func => fn rt_cell(f: Value, i: usize) -> Value;
    crate::func => fn rt_new_cell(v: Value) -> Value;
    crate::func => fn rt_make_class(name: Value, bases: Value, ns: Value, kw: Value) -> Value;
    crate::func => fn rt_class_ns() -> Value;
    crate::func => fn rt_class_prepare(name: Value, bases: Value, kw: Value) -> Value;
    crate::func => fn rt_with_exit(mgr: Value) -> Value;
    crate::func => fn rt_super(cls: Value, obj: Value) -> Value;
    crate::gen => fn rt_yield(v: Value) -> Value;
    crate::gen => fn rt_yield_from(x: Value) -> Value;
    crate::gen => fn rt_await(x: Value) -> Value;
    crate::builtins => fn rt_builtin(name: *const u8) -> Value;
    crate::builtins => fn rt_builtin_function(name: *const u8) -> Value;
    crate::modules => fn rt_import(name: *const u8) -> Value;
    crate::modules => fn rt_import_from(m: Value, name: Value) -> Value;
    crate::modules => fn rt_relative_import() -> Value;
    crate::modules => fn rt_import__console() -> Value;
    crate::modules => fn rt_import__framebuf() -> Value;
    crate::modules => fn rt_import__io() -> Value;
    crate::modules => fn rt_import_array() -> Value;
    crate::modules => fn rt_import_builtins() -> Value;
    crate::modules => fn rt_import_cmath() -> Value;
    crate::modules => fn rt_import_gc() -> Value;
    crate::modules => fn rt_import_math() -> Value;
    crate::modules => fn rt_import_micropython() -> Value;
    crate::modules => fn rt_import_pyb() -> Value;
    crate::modules => fn rt_import_lcd160cr() -> Value;
    crate::modules => fn rt_import_random() -> Value;
    crate::modules => fn rt_import_sys() -> Value;
    crate::modules => fn rt_import_time() -> Value;
    crate::modules => fn rt_star_member(m: Value, name: Value) -> Value;
    crate::modules => fn rt_new_module(name: *const u8, globals: *mut Value, names: *const u8, count: usize) -> Value;
    crate::modules => fn rt_module_failed(m: Value) -> Value;
    crate::modules => fn rt_namespace(m: Value) -> Value;
    crate::modules => fn rt_namespace_get(m: Value, name: Value) -> Value;
    crate::modules => fn rt_namespace_sync(m: Value, key: Value) -> Value;
    crate::modules => fn rt_module_dunders(m: Value, file: Value, doc: Value) -> Value;
    crate::exc => fn rt_traceback(info: *const crate::func::Info, tag: usize) -> Value;
    crate::exc => fn rt_unbound(name: *const u8, local: usize) -> Value;
    crate::modules => fn rt_builtins_get(name: Value) -> Value;
    crate::exc => fn rt_raise(x: Value, cause: Value) -> Value;
    crate::exc => fn rt_reraise() -> Value;
    crate::exc => fn rt_reraise_bare() -> usize;
    crate::exc => fn rt_exc_match(cls: Value) -> Value;
    crate::exc => fn rt_exc_begin() -> Value;
    crate::exc => fn rt_exc_current() -> Value;
    crate::exc => fn rt_exc_end(prev: Value) -> Value;
    crate::exc => fn rt_exc_restore(e: Value) -> Value;
    crate::gc => fn rt_init(roots: *const Value, count: usize, flags: usize) -> Value;
    crate::stack => fn rt_init_stack(cell: *mut usize) -> Value;
    crate::stack => fn rt_stack_overflow() -> Value;
    crate::vm => fn rt_vm_run(code: *const u8, args: *const usize, n: usize) -> Value;
    crate::vm => fn rt_vm_run_clif(code: *const u8, args: *const usize, n: usize) -> Value;
    crate::vm::pyops => fn rt_vm_entries(table: *const crate::vm::pyops::Program) -> Value;
    crate::vm::pyops => fn rt_vm_main(table: *const crate::vm::pyops::Program) -> Value;
    crate::vm::pyops => fn rt_vm_missing() -> Value;
}

/// The entry point called `name`, if there is one.
pub fn lookup(name: &str) -> Option<EntryPoint> {
    ENTRY_POINTS.iter().copied().find(|e| e.name == name)
}

#[cfg(test)]
mod tests {
    /// Generated code imports each built-in module by its own entry point: every module has one.
    #[test]
    fn every_module_has_its_import_entry_point() {
        for m in crate::modules::MODULES {
            let name = alloc::format!("rt_import_{}", m.name);
            assert!(super::lookup(&name).is_some(), "{name} is missing from ENTRY_POINTS");
        }
    }
}
