//! `pyb.ExtInt`: a callback on a pin's edges. EXTI line n watches pin n of one port, so there
//! are 16 lines, each for one pin at a time. As in MicroPython the callback runs in the
//! interrupt (hard: it may not allocate, see `sched.rs`) and gets the line number; one that
//! raises has its traceback printed and its line switched off. The USR switch's callback
//! (`pyb.Switch.callback`) is line 3's, called with no argument.

use super::pin::{pin_of, PULL_DOWN, PULL_NONE, PULL_UP};
use crate::board::{
    self,
    bus::{PinId, PinMode, Pull},
};
use crate::exc::*;
use crate::func::{Kw, NativeObj};
use crate::int::index_of;
use crate::object::*;
use crate::value::*;

// MicroPython's mode numbers (the STM32 HAL's GPIO_MODE_IT_* and GPIO_MODE_EVT_*).
pub const IRQ_RISING: isize = 0x1011_0000;
pub const IRQ_FALLING: isize = 0x1021_0000;
pub const IRQ_RISING_FALLING: isize = 0x1031_0000;
pub const EVT_RISING: isize = 0x1012_0000;
pub const EVT_FALLING: isize = 0x1022_0000;
pub const EVT_RISING_FALLING: isize = 0x1032_0000;

#[repr(C)]
pub struct ExtIntObj {
    pub header: Header,
    pub line: u8,
}

/// Who a line's callback belongs to: what it is called with and what its failure says.
#[derive(Clone, Copy, PartialEq)]
pub enum Owner {
    /// An ExtInt: called with the line number, in the interrupt.
    ExtInt,
    /// The USR switch: called with nothing, in the interrupt.
    Switch,
    /// `Pin.irq`: called with the pin, in the interrupt when `hard`, else scheduled.
    Pin { hard: bool },
}

/// Each line's callback and the pin object `Pin.irq` passes (roots: callbacks first), pin,
/// edges, owner, and whether a scheduled call waits.
struct Lines {
    callbacks: [Value; 32],
    queued: [bool; 16],
    rooted: bool,
    pins: [PinId; 16],
    edges: [(bool, bool); 16],
    owners: [Owner; 16],
}

static LINES: Global<Lines> = Global::new(Lines {
    callbacks: [0; 32],
    queued: [false; 16],
    rooted: false,
    pins: [PinId::new(0, 0); 16],
    edges: [(false, false); 16],
    owners: [Owner::ExtInt; 16],
});

/// Line `p.pin` calls `f` on the edges given (`f` None: the line is switched off), with `arg`
/// for `Pin.irq`. A line another pin's callback holds is refused, as MicroPython refuses it.
pub fn register(
    p: PinId,
    rising: bool,
    falling: bool,
    pull: Option<Pull>,
    f: Value,
    owner: Owner,
    arg: Value,
) -> R<()> {
    let n = p.pin as usize % 16;
    let ls = LINES.get();
    if !ls.rooted {
        ls.rooted = true;
        crate::gc::add_roots(ls.callbacks.as_ptr(), ls.callbacks.len());
        board::exti_on_edge(interrupt);
    }
    let same = ls.pins[n] == p && core::mem::discriminant(&ls.owners[n]) == core::mem::discriminant(&owner);
    if ls.callbacks[n] != 0 && !same {
        return Err(raise(&VALUE_ERROR, alloc::format!("ExtInt vector {n} is already in use")));
    }
    if f == NONE {
        board::exti_watch(p, false, false);
        ls.callbacks[n] = 0;
        return Ok(());
    }
    crate::sched::prepare_hard()?;
    if let Some(pull) = pull {
        board::pin_init(p, PinMode::Input, pull);
    }
    (ls.callbacks[n], ls.pins[n], ls.edges[n], ls.owners[n]) = (f, p, (rising, falling), owner);
    ls.callbacks[16 + n] = arg;
    board::exti_watch(p, rising, falling);
    Ok(())
}

/// Says which callback failed (its traceback follows) and switches its line off (a scheduled
/// `Pin.irq` handler stays on, as MicroPython keeps it).
fn failed(n: usize) {
    let ls = LINES.get();
    if ls.owners[n] == (Owner::Pin { hard: false }) {
        board::write_err(b"Uncaught exception in a scheduled Pin.irq handler\n");
        return;
    }
    if ls.owners[n] == Owner::Switch {
        board::write_err(b"Uncaught exception in Switch callback; it is disabled\n");
    } else {
        let line = b"Uncaught exception in interrupt handler of EXTI line ";
        super::write_err_number(line, n as u8, b"; it is disabled\n");
    }
    board::exti_watch(ls.pins[n], false, false);
    ls.callbacks[n] = 0;
}

/// Line `n` fired (from its interrupt handler, or where the host delivers it).
pub fn interrupt(n: u8) {
    let ls = LINES.get();
    let i = n as usize % 16;
    let f = ls.callbacks[i];
    if f == 0 {
        return;
    }
    let line = small(n as isize);
    match ls.owners[i] {
        Owner::Switch => {
            crate::sched::run_hard(f, &[], || failed(i));
        }
        Owner::ExtInt => {
            crate::sched::run_hard(f, &[line], || failed(i));
        }
        Owner::Pin { hard: true } => {
            crate::sched::run_hard(f, &[ls.callbacks[16 + i]], || failed(i));
        }
        Owner::Pin { hard: false } => {
            if !ls.queued[i] {
                ls.queued[i] = crate::sched::schedule_dispatch(dispatch, line);
            }
        }
    }
}

/// A scheduled `Pin.irq` callback's turn.
fn dispatch(line: Value) -> R<()> {
    let ls = LINES.get();
    let i = small_value(line) as usize % 16;
    ls.queued[i] = false;
    let f = ls.callbacks[i];
    if f != 0 {
        crate::sched::run_soft(f, &[ls.callbacks[16 + i]], || failed(i))?;
    }
    Ok(())
}

fn line_of(v: Value) -> usize {
    unsafe { body::<ExtIntObj>(v) }.line as usize
}

/// `pyb.ExtInt(pin, mode, pull, callback)`.
pub fn extint_new(args: &[Value], kw: &Kw) -> R {
    if !board::HAS_EXTI {
        return Err(raise(&NOT_IMPLEMENTED_ERROR, "this board has no external interrupts for pyb.ExtInt"));
    }
    kw.only("ExtInt", &["pin", "mode", "pull", "callback"])?;
    let names = ["pin", "mode", "pull", "callback"];
    let mut given = [NONE; 4];
    for (i, name) in names.iter().enumerate() {
        given[i] = match kw.get(name).or_else(|| args.get(i + 1).copied()) {
            Some(v) => v,
            None => return Err(raise(&TYPE_ERROR, alloc::format!("ExtInt() missing required argument '{name}'"))),
        };
    }
    let p = pin_of(given[0])?;
    let mode = index_of(given[1], "mode")?;
    let (rising, falling) = match mode {
        IRQ_RISING | EVT_RISING => (true, false),
        IRQ_FALLING | EVT_FALLING => (false, true),
        IRQ_RISING_FALLING | EVT_RISING_FALLING => (true, true),
        m => return Err(raise(&VALUE_ERROR, alloc::format!("invalid ExtInt Mode: {m}"))),
    };
    // An event mode wakes a WFE and calls nothing: the pin is set up, no line watched.
    let events = matches!(mode, EVT_RISING | EVT_FALLING | EVT_RISING_FALLING);
    let pull = match index_of(given[2], "pull")? {
        PULL_NONE => Pull::None,
        PULL_UP => Pull::Up,
        PULL_DOWN => Pull::Down,
        q => return Err(raise(&VALUE_ERROR, alloc::format!("invalid ExtInt Pull: {q}"))),
    };
    let f = given[3];
    if f != NONE && !crate::func::is_callable(f) {
        return Err(raise(&VALUE_ERROR, "callback must be None or a callable object"));
    }
    if events {
        board::pin_init(p, PinMode::Input, pull);
    } else {
        register(p, rising, falling, Some(pull), f, Owner::ExtInt, NONE)?;
    }
    alloc_flags(ExtIntObj { header: Header::of(&EXTINT_TYPE), line: p.pin }, crate::gc::LEAF)
}

pub static EXTINT_TYPE: TypeObj =
    TypeObj::builtin("ExtInt", Kind::Device, Some(&OBJECT_TYPE), EXTINT_METHODS, Some(&Some(extint_new))).with_consts(
        |n| {
            Some(Ok(small(match n {
                "IRQ_RISING" => IRQ_RISING,
                "IRQ_FALLING" => IRQ_FALLING,
                "IRQ_RISING_FALLING" => IRQ_RISING_FALLING,
                "EVT_RISING" => EVT_RISING,
                "EVT_FALLING" => EVT_FALLING,
                "EVT_RISING_FALLING" => EVT_RISING_FALLING,
                _ => return None,
            })))
        },
    );

pub static EXTINT_METHODS: &[NativeObj] = crate::methods![
    NativeObj::new("__repr__", |a, _| crate::str::from_str(&alloc::format!("<ExtInt line={}>", line_of(a[0])))),
    NativeObj::new("disable", |a, _| {
        let n = line_of(a[0]);
        board::exti_watch(LINES.get().pins[n], false, false);
        Ok(NONE)
    }),
    NativeObj::new("enable", |a, _| {
        let ls = LINES.get();
        let n = line_of(a[0]);
        let (rising, falling) = ls.edges[n];
        board::exti_watch(ls.pins[n], rising, falling);
        Ok(NONE)
    }),
    NativeObj::new("line", |a, _| Ok(small(line_of(a[0]) as isize))),
    // (A static method in MicroPython: `ExtInt.regs()`; here also through an instance.)
    NativeObj::new("regs", |_, _| {
        let names = ["EXTI_IMR  ", "EXTI_EMR  ", "EXTI_RTSR ", "EXTI_FTSR ", "EXTI_SWIER", "EXTI_PR   "];
        let mut text = alloc::string::String::new();
        for (name, value) in names.iter().zip(board::exti_regs()) {
            text.push_str(&alloc::format!("{name} {value:08x}\n"));
        }
        crate::print::write(text.as_bytes());
        Ok(NONE)
    }),
    NativeObj::new("swint", |a, _| {
        board::exti_swint(line_of(a[0]) as u8);
        Ok(NONE)
    }),
];
