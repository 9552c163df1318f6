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
    crate::ops => fn rt_binop(op: usize, a: Value, b: Value) -> Value;
    crate::ops => fn rt_compare(op: usize, a: Value, b: Value) -> Value;
    crate::ops => fn rt_unop(op: usize, a: Value) -> Value;
    crate::ops => fn rt_truthy(a: Value) -> usize;
    crate::ops => fn rt_index(v: Value) -> Value;
    crate::int => fn rt_int_lit(slot: *mut Value, digits: *const u8, len: usize) -> Value;
    crate::str => fn rt_str_lit(slot: *mut Value, data: *const u8, len: usize) -> Value;
    crate::print => fn rt_print(v: Value) -> Value;
    crate::print => fn rt_print_sep(v: Value, which: usize) -> Value;
    crate::print => fn rt_str(v: Value) -> Value;
    crate::print => fn rt_repr(v: Value) -> Value;
    crate::print => fn rt_len(v: Value) -> Value;
    crate::print => fn rt_abs(v: Value) -> Value;
    crate::exc => fn rt_traceback(info: *const u8, line: usize) -> Value;
    crate::exc => fn rt_unbound(name: *const u8, local: usize) -> Value;
    crate::pyb => fn rt_pyb_delay(ms: Value) -> Value;
    crate::pyb => fn rt_pyb_millis() -> Value;
    crate::pyb => fn rt_pyb_led(n: Value) -> Value;
    crate::pyb => fn rt_method0(obj: Value, name: *const u8) -> Value;
}

/// The entry point called `name`, if there is one.
pub fn lookup(name: &str) -> Option<EntryPoint> {
    ENTRY_POINTS.iter().copied().find(|e| e.name == name)
}
