//! `pyb.Switch`: the USR switch on PB3 (pressed pulls it low against the pin's pull-up), and
//! its callback, called when it is pressed: EXTI line 3 on the falling edge, run in the
//! interrupt as MicroPython runs it (`extint.rs`; it may not allocate there). A callback that
//! raises has its traceback printed and is switched off, as MicroPython does.

use super::extint::{register, Owner};
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
// (Immutable: one static object.)
unsafe impl Sync for SwitchObj {}

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
    Ok(&SWITCH_OBJ as *const SwitchObj as Value)
}

/// The switch's object: made once, as MicroPython's is (`pyb.Switch()` allocates nothing).
static SWITCH_OBJ: SwitchObj = SwitchObj { header: Header::of(&SWITCH_TYPE) };

/// Waits `us` microseconds; a Ctrl-C raises KeyboardInterrupt and scheduled callbacks run on
/// the way (`sched.rs`: the board's wait ends early for them).
pub fn wait_us(us: u64) -> R<()> {
    let mut left = us;
    loop {
        crate::sched::between_steps()?;
        if left == 0 {
            return Ok(());
        }
        // At most 100 ms at a time.
        let step = left.min(100_000);
        left -= board::wait_us(step).min(step);
    }
}

pub static SWITCH_TYPE: TypeObj =
    TypeObj::builtin("Switch", Kind::Device, Some(&OBJECT_TYPE), SWITCH_METHODS, Some(&Some(switch_new)));

pub static SWITCH_METHODS: &[NativeObj] = crate::methods![
    NativeObj::new("__call__", |_, _| Ok(bool_value(pressed()))),
    NativeObj::new("__repr__", |_, _| crate::str::from_str("Switch()")),
    NativeObj::new("callback", |a, _| {
        let f = *a.get(1).unwrap_or(&NONE);
        if f != NONE && !crate::func::is_callable(f) {
            return Err(raise(&VALUE_ERROR, "callback must be None or a callable object"));
        }
        register(SWITCH, false, true, Some(Pull::Up), f, Owner::Switch, NONE)?;
        Ok(NONE)
    }),
    NativeObj::new("value", |_, _| Ok(bool_value(pressed()))),
];
