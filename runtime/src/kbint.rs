//! Ctrl-C: a KeyboardInterrupt asked for by an interrupt handler (the console received 0x03) and
//! raised in the program where it is safe to, at no cost to generated code.
//!
//! The request sets a flag and trips the stack-limit word that compiled functions already
//! compare the stack pointer with before calling compiled code (`stack.rs`): the limit becomes
//! the highest address, so the next such check fails and calls `rt_stack_overflow`, which finds
//! the request and raises KeyboardInterrupt instead of RecursionError (V8's stack guard works
//! the same way). A generator switch writes a real limit and may undo the trip; SysTick renews
//! it while the request waits (`tick`), so generator switches stay as cheap as they were. The runtime also looks at the flag where a program waits or writes: after
//! `print`, in `pyb.delay`/`time.sleep`, and while reading input. A loop that calls nothing
//! (`while True: n += 1`) is not interrupted; see docs/pyboard-console.md.

use crate::exc::*;
use crate::object::R;
use core::sync::atomic::{AtomicBool, AtomicU16, Ordering};

/// The byte a console takes as the request: Ctrl-C, or another (`USB_VCP.setinterrupt`), or
/// none (a value above 255).
static CHAR: AtomicU16 = AtomicU16::new(0x03);

/// Whether console byte `b` asks for a KeyboardInterrupt.
#[inline(always)]
pub fn is_request(b: u8) -> bool {
    CHAR.load(Ordering::Relaxed) == u16::from(b)
}

/// Makes byte `c` the request (-1: none).
pub fn set_char(c: isize) {
    CHAR.store(if (0..=255).contains(&c) { c as u16 } else { 0x100 }, Ordering::Relaxed);
}

static PENDING: AtomicBool = AtomicBool::new(false);

/// Asks for a KeyboardInterrupt (from an interrupt handler: it runs whole between two steps of
/// the program, which is what keeps the flag and the limit word consistent).
pub fn request() {
    PENDING.store(true, Ordering::SeqCst);
    crate::stack::trip();
}

/// Whether a KeyboardInterrupt is waiting to be raised.
#[inline(always)]
pub fn pending() -> bool {
    PENDING.load(Ordering::Relaxed)
}

/// Once a millisecond (SysTick, on a board whose console takes Ctrl-C): renews the trip while a
/// request waits, for a generator switch may have put the real limit back meanwhile
/// (`stack::set_limit`).
#[inline(always)]
pub fn tick() {
    if pending() {
        crate::stack::trip();
    }
}

/// Takes the request, if there is one, and puts the limit word back.
pub fn take() -> bool {
    if !PENDING.swap(false, Ordering::SeqCst) {
        return false;
    }
    crate::stack::untrip();
    true
}

/// KeyboardInterrupt, if one was asked for.
pub fn check() -> R<()> {
    if take() {
        Err(raise_interrupt())
    } else {
        Ok(())
    }
}

pub fn raise_interrupt() -> Exc {
    raise(&KEYBOARD_INTERRUPT, "")
}

#[cfg(test)]
mod tests {
    /// A request trips the limit word (so the next compiled call's check fails) and is taken
    /// once; taking it restores the word.
    #[test]
    fn request_trips_the_limit_and_is_taken_once() {
        // The program's word, as the module body registers it (left registered: it lives on).
        let word: &'static mut usize = Box::leak(Box::new(0));
        unsafe { crate::stack::rt_init_stack(word) };
        let limit = crate::stack::limit();
        assert!(!super::pending());
        super::request();
        assert_eq!(unsafe { core::ptr::read_volatile(word) }, usize::MAX);
        assert!(super::pending());
        // A stack switch (a generator) while the request waits puts a real limit back; the next
        // tick trips the word again.
        let old = crate::stack::set_limit(limit + 16);
        assert_eq!(unsafe { core::ptr::read_volatile(word) }, limit + 16);
        super::tick();
        assert_eq!(unsafe { core::ptr::read_volatile(word) }, usize::MAX);
        crate::stack::set_limit(old);
        super::tick();
        assert!(super::take());
        assert_eq!(unsafe { core::ptr::read_volatile(word) }, limit);
        assert!(!super::take());
        assert!(super::check().is_ok());
    }
}
