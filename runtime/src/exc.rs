//! Raising exceptions by return value, recording traceback frames, and reporting an uncaught one.
//!
//! A fallible entry point that fails stores the exception here and returns [`EXC`]; generated
//! code then records its frame with [`rt_traceback`] and returns `EXC` itself, up to the
//! module's top level, where [`report_uncaught`] prints a CPython-style traceback.

use crate::board;
use crate::value::*;
use alloc::string::String;
use alloc::vec::Vec;
use core::cell::UnsafeCell;

/// Runtime state that only one thread ever touches (the program's).
pub struct Global<T>(UnsafeCell<T>);
unsafe impl<T> Sync for Global<T> {}
impl<T> Global<T> {
    pub const fn new(v: T) -> Self {
        Global(UnsafeCell::new(v))
    }
    #[allow(clippy::mut_from_ref)]
    pub fn get(&self) -> &mut T {
        unsafe { &mut *self.0.get() }
    }
}

/// The exception classes the runtime raises so far.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExcType {
    AttributeError,
    MemoryError,
    NameError,
    OverflowError,
    TypeError,
    UnboundLocalError,
    ValueError,
    ZeroDivisionError,
}

struct Pending {
    ty: ExcType,
    msg: String,
    /// (frame info: "file\0function\0", line), innermost first.
    frames: Vec<(*const u8, usize)>,
}

static PENDING: Global<Option<Pending>> = Global::new(None);

/// Makes `ty(msg)` the pending exception and returns [`EXC`].
pub fn raise(ty: ExcType, msg: impl Into<String>) -> Value {
    *PENDING.get() = Some(Pending { ty, msg: msg.into(), frames: Vec::new() });
    EXC
}

pub fn pending_type() -> Option<ExcType> {
    PENDING.get().as_ref().map(|p| p.ty)
}

/// Adds the frame `info` ("file\0function\0") at `line` to the pending exception's traceback.
#[no_mangle]
pub unsafe extern "C" fn rt_traceback(info: *const u8, line: usize) -> Value {
    if let Some(p) = PENDING.get().as_mut() {
        p.frames.push((info, line));
    }
    EXC
}

/// Raises NameError or UnboundLocalError for the NUL-terminated `name`; `local` picks which.
#[no_mangle]
pub unsafe extern "C" fn rt_unbound(name: *const u8, local: usize) -> Value {
    let name = cstr(name);
    if local != 0 {
        raise(
            ExcType::UnboundLocalError,
            alloc::format!("cannot access local variable '{name}' where it is not associated with a value"),
        )
    } else {
        raise(ExcType::NameError, alloc::format!("name '{name}' is not defined"))
    }
}

/// The text of a NUL-terminated string that generated code placed in read-only data.
pub unsafe fn cstr<'a>(p: *const u8) -> &'a str {
    let mut n = 0;
    while *p.add(n) != 0 {
        n += 1;
    }
    core::str::from_utf8_unchecked(core::slice::from_raw_parts(p, n))
}

/// Prints the pending exception as CPython does, outermost frame first, to the error console.
pub fn report_uncaught() {
    let Some(p) = PENDING.get().take() else {
        board::write_err(b"error: exception signalled but none pending\n");
        return;
    };
    let mut out = String::from("Traceback (most recent call last):\n");
    for &(info, line) in p.frames.iter().rev() {
        let file = unsafe { cstr(info) };
        let func = unsafe { cstr(info.add(file.len() + 1)) };
        out.push_str(&alloc::format!("  File \"{file}\", line {line}, in {func}\n"));
    }
    out.push_str(&alloc::format!("{:?}", p.ty));
    if !p.msg.is_empty() {
        out.push_str(": ");
        out.push_str(&p.msg);
    }
    out.push('\n');
    board::write_err(out.as_bytes());
}

/// Runs a compiled module body and turns its outcome into the process's exit status: 0 when it
/// returned, 1 after printing the traceback of an uncaught exception.
pub fn run_main(main: unsafe extern "C" fn() -> Value) -> i32 {
    let r = unsafe { main() };
    crate::print::flush();
    if r == EXC {
        report_uncaught();
        1
    } else {
        0
    }
}
