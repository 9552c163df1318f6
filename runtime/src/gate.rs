//! Gates: references the linker follows only when the firmware can need what they reach.
//!
//! A gate is a section named `.text.mpyc.gate.KEY` (code) or `.rodata.mpyc.gate.KEY` (a word,
//! [`gated!`]), on a board. mpyc's linker (`compiler/src/link/gate.rs`) links a code gate's
//! section only when its gate is open, and keeps a word gate's when something refers to it
//! but links what *it* refers to only when the gate is open:
//! `KEY` is a symbol the firmware links (`mpyc_COMPLEX_TYPE`: it has code that makes complex
//! numbers) or a name the program mentions (`complex`; `pow`, also for `**`), or one of
//! several such keys (`int|type|__class__`).
//!
//! - A function in a code gate (`complex::repr`, in section `.text.mpyc.gate.KEY/repr`: what
//!   follows the `/` keeps each function a section of its own) is called directly, at no
//!   cost; in a firmware whose gate stays closed it is left out, and its calls and its
//!   address lead to [`rt_gate_closed`]. Only for gates keyed by a type's symbol, or by a
//!   name where nothing but that name can lead there (an operator's pseudo-name: `truediv` for
//!   `/`, `mod`, `bitor`, `pow`; `yield`), never where a name computed at run time could. So a dispatcher (`repr`
//!   of any value) calls a type's functions in the gate keyed by the type, and what they need
//!   (float formatting, `libm`) comes into a firmware only with code that makes the type's
//!   objects: where no such object can exist, they are never called.
//! - A word (`gated!("complex", &COMPLEX_TYPE, &TypeObj)`) is read as an `Option`: None when
//!   the gate is closed and nothing else links its target, and the caller raises [`left_out`].
//!   `builtins`' table of types is such words, keyed by the types' names; a float's power
//!   that gives a complex number is behind `pow`.
//!
//! On the host every gate holds its value.

/// The word of gate `key`, read: `gated!("key", value, Type)` is an `Option<Type>`.
#[macro_export]
macro_rules! gated {
    ($key:literal, $value:expr, $ty:ty) => {
        $crate::gate::read($crate::gated!(@word $key, $value, $ty))
    };
    // The word itself, for a table of gates (each read with [`read`]).
    (@word $key:literal, $value:expr, $ty:ty) => {{
        #[cfg_attr(target_os = "none", link_section = concat!(".rodata.mpyc.gate.", $key))]
        static GATE: Option<$ty> = Some($value);
        &GATE
    }};
    // The word of a gate keyed by names, read, and those names: `(Option<Type>, &[&str])`.
    (@names $value:expr, $ty:ty; $first:literal $(, $name:literal)*) => {
        (
            $crate::gate::read($crate::gated!(@option concat!($first $(, "|", $name)*), Some($value as $ty), $ty)),
            &[$first $(, $name)*] as &[&str],
        )
    };
    // A word holding an `Option` (None: nothing to gate).
    (@option $key:expr, $value:expr, $ty:ty) => {{
        #[cfg_attr(target_os = "none", link_section = concat!(".rodata.mpyc.gate.", $key))]
        static GATE: Option<$ty> = $value;
        &GATE
    }};
}

/// The value in a gate's word.
#[inline(always)]
pub fn read<T: Copy>(word: &'static Option<T>) -> Option<T> {
    // (A volatile load: a value the compiler knows would become a direct reference, which the
    // linker follows.)
    unsafe { core::ptr::read_volatile(word) }
}

/// What a closed word gate answers where a program can reach it by a name computed at run time
/// (`getattr(x, "__p" + "ow__")`): NotImplementedError, saying how to keep `what`.
#[cold]
pub fn left_out(what: &str) -> crate::exc::Exc {
    crate::exc::raise(
        &crate::exc::NOT_IMPLEMENTED_ERROR,
        alloc::format!(
            "{what} was left out of the firmware: the program names it only at run time (name it in the source, or build with --keep-methods)"
        ),
    )
}

/// [`left_out`] for attribute `key` where it is one of `names`, those of a closed gate.
#[cold]
pub fn attr_left_out(key: &str, names: &[&str]) -> Option<crate::exc::Exc> {
    names.contains(&key).then(|| left_out(&alloc::format!("attribute '{key}'")))
}

/// Where the calls of a function in a closed code gate lead: never run, since nothing reaches
/// that function in such a firmware (it operates on objects no code makes).
#[no_mangle]
pub extern "C" fn rt_gate_closed() -> ! {
    panic!("code left out by a closed gate was called")
}
