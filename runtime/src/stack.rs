//! Stack depth: the limit below which a Python call raises RecursionError instead of overflowing
//! the stack, for the main stack and each generator's, and the check of the runtime's own
//! recursive paths (repr, comparison and hashing of nested containers).
//!
//! Every compiled function that calls compiled functions compares the stack pointer with the
//! limit word the program keeps (registered by [`rt_init_stack`]) before it does, and calls
//! [`rt_stack_overflow`] below it; the runtime checks before it calls compiled code. The limit leaves [`RESERVE`] bytes (generators:
//! [`GEN_RESERVE`]) under the deepest Python frame for the runtime's own non-recursive work:
//! raising the error, formatting, collecting.

use crate::exc::*;
use crate::object::R;
use crate::value::*;

/// Bytes kept under the limit of the main stack.
#[cfg(target_os = "none")]
pub const RESERVE: usize = 2048;
#[cfg(not(target_os = "none"))]
pub const RESERVE: usize = 256 * 1024;

/// Bytes kept under the limit of a generator's stack (smaller: the stack is).
#[cfg(target_os = "none")]
pub const GEN_RESERVE: usize = 1536;
#[cfg(not(target_os = "none"))]
pub const GEN_RESERVE: usize = 32 * 1024;

/// Bytes of stack a host program may use at first: room for thousands of Python frames
/// (CPython allows 1000), not for hundreds of thousands whose traceback would fill the heap.
/// `sys.setrecursionlimit(n)` above 1000 gives it as many times more, up to [`HOST_STACK_MAX`].
#[cfg(not(target_os = "none"))]
pub const HOST_STACK: usize = 2 << 20;

/// Bytes of the thread a host program runs on (address space: the system gives it memory as
/// the stack grows into it).
#[cfg(not(target_os = "none"))]
pub const HOST_STACK_MAX: usize = 256 << 20;

/// The top of the host program's thread's stack (0 before [`run_host`]).
#[cfg(not(target_os = "none"))]
static MAIN_TOP: Global<usize> = Global::new(0);

/// `sys.setrecursionlimit(n)`: on the host, the main stack's room becomes `n` levels of
/// [`HOST_STACK`]'s 1000 (never less than that), when it is the stack running (not a
/// generator's). A board's stack is what the board has.
pub fn recursion_limit_set(_n: usize) {
    #[cfg(not(target_os = "none"))]
    {
        let (top, sp) = (*MAIN_TOP.get(), sp());
        if top == 0 || sp > top || sp < top - HOST_STACK_MAX {
            return;
        }
        let room = _n.saturating_mul(HOST_STACK / 1000).clamp(HOST_STACK, HOST_STACK_MAX - (1 << 20));
        set_main_stack(top - room);
    }
}

/// The lowest stack pointer Python code may run at on the current stack (0 before it is known).
static LIMIT: Global<usize> = Global::new(0);
/// The program's copy of [`LIMIT`] that generated code reads (null before the program runs).
static CELL: Global<*mut usize> = Global::new(core::ptr::null_mut());

/// The limit on the current stack.
pub fn limit() -> usize {
    *LIMIT.get()
}

/// Sets the limit for the stack now being switched to; returns the one it replaces. (A
/// KeyboardInterrupt's trip that this overwrites is renewed by the next SysTick: `kbint::tick`.
/// Checking here would cost every generator switch.)
pub fn set_limit(limit: usize) -> usize {
    let cell = *CELL.get();
    if !cell.is_null() {
        unsafe { cell.write_volatile(limit) };
    }
    core::mem::replace(LIMIT.get(), limit)
}

/// Makes the program's next stack check fail (the word holds the highest address), so that it
/// calls [`rt_stack_overflow`]: how an interrupt handler gets the program's attention.
pub fn trip() {
    let cell = *CELL.get();
    if !cell.is_null() {
        unsafe { cell.write_volatile(usize::MAX) };
    }
}

/// Puts the real limit in the program's word, unless a KeyboardInterrupt still waits. An
/// interrupt handler that requests one between the two steps trips the word again itself.
pub fn untrip() {
    let cell = *CELL.get();
    if !cell.is_null() {
        unsafe { cell.write_volatile(*LIMIT.get()) };
    }
    if crate::kbint::pending() {
        trip();
    }
}

/// The main stack goes down to `bottom`.
pub fn set_main_stack(bottom: usize) {
    set_limit(bottom + RESERVE);
}

/// Registers the word generated code compares the stack pointer with, and fills it in.
#[no_mangle]
pub unsafe extern "C" fn rt_init_stack(cell: *mut usize) -> Value {
    *CELL.get() = cell;
    *cell = limit();
    NONE
}

/// Generated code found the stack pointer below the limit word: RecursionError is pending, or
/// the word was tripped for a KeyboardInterrupt (`kbint.rs`), which is raised instead.
#[no_mangle]
pub extern "C" fn rt_stack_overflow() -> Value {
    if crate::kbint::take() {
        crate::kbint::raise_interrupt();
    } else {
        recursion_error();
    }
    EXC
}

fn recursion_error() -> Exc {
    raise(&RECURSION_ERROR, "maximum recursion depth exceeded")
}

/// Bytes of the running stack in use (`micropython.stack_use()`).
pub fn in_use() -> usize {
    crate::gc::stack_top().saturating_sub(sp())
}

/// The stack pointer (on the host, approximately: the address of a local).
#[inline(always)]
pub fn sp() -> usize {
    // On a board the register itself: a local's address would give the function a frame (and
    // keep a call through `func::invoke` from being a tail call).
    #[cfg(target_arch = "arm")]
    {
        let sp: usize;
        unsafe { core::arch::asm!("mov {}, sp", out(reg) sp, options(nomem, nostack, preserves_flags)) };
        sp
    }
    #[cfg(not(target_arch = "arm"))]
    {
        let marker = 0u8;
        core::hint::black_box(&marker) as *const u8 as usize
    }
}

/// Whether the stack is as deep as Python code may go.
#[inline(always)]
pub fn exhausted() -> bool {
    sp() < limit()
}

/// For the runtime's recursive paths: RecursionError when the stack is as deep as Python code
/// may go, so that nesting (a list in itself a million levels deep) cannot overflow it.
#[inline]
pub fn check() -> R<()> {
    if sp() < limit() {
        Err(recursion_error())
    } else {
        Ok(())
    }
}

/// `check` with a message of the caller's (CPython words some of them differently).
pub fn check_while(what: &str) -> R<()> {
    if sp() < limit() {
        Err(raise(&RECURSION_ERROR, alloc::format!("maximum recursion depth exceeded {what}")))
    } else {
        Ok(())
    }
}

/// Runs a compiled module body (see [`crate::exc::run_main`]) on a thread of its own with a
/// stack of [`HOST_STACK`] bytes, whose limit is then known; returns the exit status.
#[cfg(not(target_os = "none"))]
pub fn run_host(main: unsafe extern "C" fn() -> Value) -> i32 {
    let thread = std::thread::Builder::new().name("python".into()).stack_size(HOST_STACK_MAX).spawn(move || {
        // The thread's own start-up frames above this one take far less than the slack.
        *MAIN_TOP.get() = sp() + 64 * 1024;
        set_main_stack(sp() - HOST_STACK + 64 * 1024);
        crate::exc::run_main(main)
    });
    match thread.map(|t| t.join()) {
        Ok(Ok(code)) => code,
        _ => 101,
    }
}
