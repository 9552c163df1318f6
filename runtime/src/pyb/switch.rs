//! `pyb.Switch`: the USR switch on PB3 (pressed pulls it low against the pin's pull-up), and
//! its callback, called when it is pressed.
//!
//! MicroPython runs the callback from the EXTI interrupt. Here it is run between statements
//! of the program while it waits in `pyb.delay`, `pyb.udelay` or `time.sleep*`: the switch is
//! looked at every millisecond of those waits, so a press while the program computes is seen
//! at its next wait. A callback that raises has its traceback printed and is switched off, as
//! MicroPython does.

use super::pins::SWITCH;
use crate::board::{self, bus::PinMode, bus::Pull};
use crate::exc::*;
use crate::func::{Kw, NativeObj};
use crate::object::*;
use crate::value::*;

#[repr(C)]
pub struct SwitchObj {
    pub header: Header,
}

/// The callback (a root of the collector's) and whether the switch was down when last seen.
static CALLBACK: Global<[Value; 1]> = Global::new([0]);
static WAS_PRESSED: Global<bool> = Global::new(false);

fn pressed() -> bool {
    !board::pin_read(SWITCH)
}

/// `pyb.Switch()`.
pub fn switch_new(args: &[Value], kw: &Kw) -> R {
    kw.only("Switch", &[])?;
    if args.len() != 1 {
        return Err(raise(&TYPE_ERROR, "Switch() takes no arguments"));
    }
    board::pin_init(SWITCH, PinMode::Input, Pull::Up);
    alloc_flags(SwitchObj { header: Header::of(&SWITCH_TYPE) }, crate::gc::LEAF)
}

/// Waits `us` microseconds; a Ctrl-C raises KeyboardInterrupt and scheduled callbacks run on
/// the way (`sched.rs`: the board's wait ends early for them). With a switch callback set, in
/// steps of a millisecond that look at the switch and call the callback when it went down.
pub fn wait_us(us: u64) -> R<()> {
    let watch = CALLBACK.get()[0] != 0;
    let mut left = us;
    loop {
        if watch {
            poll()?;
        }
        crate::sched::between_steps()?;
        if left == 0 {
            return Ok(());
        }
        // At most 100 ms at a time without a callback to look at.
        let step = left.min(if watch { 1000 } else { 100_000 });
        left -= board::wait_us(step).min(step);
    }
}

/// Calls the callback if the switch went down since it was last looked at.
pub fn poll() -> R<()> {
    let cb = CALLBACK.get()[0];
    let now = pressed();
    let went_down = now && !*WAS_PRESSED.get();
    *WAS_PRESSED.get() = now;
    if cb == 0 || !went_down {
        return Ok(());
    }
    if crate::func::call(cb, &[], &Kw::NONE).is_err() {
        crate::board::write_err(b"Uncaught exception in Switch callback; it is disabled\n");
        report_uncaught();
        CALLBACK.get()[0] = 0;
    }
    Ok(())
}

pub static SWITCH_TYPE: TypeObj =
    TypeObj::builtin("Switch", Kind::Device, Some(&OBJECT_TYPE), SWITCH_METHODS, Some(switch_new));

pub static SWITCH_METHODS: &[NativeObj] = crate::methods![
    NativeObj::new("__call__", |_, _| Ok(bool_value(pressed()))),
    NativeObj::new("__repr__", |_, _| crate::str::from_str("Switch()")),
    NativeObj::new("callback", |a, _| {
        let f = *a.get(1).unwrap_or(&NONE);
        if f != NONE && !crate::func::is_callable(f) {
            return Err(raise(&VALUE_ERROR, "callback must be None or a callable object"));
        }
        let slot = CALLBACK.get();
        slot[0] = if f == NONE { 0 } else { f };
        crate::gc::add_roots(slot.as_ptr(), 1);
        *WAS_PRESSED.get() = pressed();
        Ok(NONE)
    }),
    NativeObj::new("value", |_, _| Ok(bool_value(pressed()))),
];
