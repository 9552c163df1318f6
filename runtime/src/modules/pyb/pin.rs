//! `pyb.Pin`: a GPIO pin by board name (`'X1'`, `Pin.board.X1`) or CPU name (`'A0'`,
//! `Pin.cpu.A0`), its mode, pull and value, over the board's GPIO. Alternate functions are
//! set by number (`alt=4`); `Pin.dict`, `Pin.mapper` and `Pin.debug` are not there.

use super::{arg, pins};
use crate::board::{
    self,
    bus::{PinId, PinMode, Pull},
};
use crate::exc::*;
use crate::func::{Kw, NativeObj};
use crate::int::index_of;
use crate::object::*;
use crate::str::from_str;
use crate::value::*;

// MicroPython's values for the STM32 (the HAL's GPIO_MODE_* and GPIO_*PULL*).
pub const IN: isize = 0;
pub const OUT_PP: isize = 1;
pub const AF_PP: isize = 2;
pub const ANALOG: isize = 3;
pub const OUT_OD: isize = 0x11;
pub const AF_OD: isize = 0x12;
pub const PULL_NONE: isize = 0;
pub const PULL_UP: isize = 1;
pub const PULL_DOWN: isize = 2;

#[repr(C)]
pub struct PinObj {
    pub header: Header,
    pub port: u8,
    pub pin: u8,
}

fn id(v: Value) -> PinId {
    let o: &PinObj = unsafe { body(v) };
    PinId::new(o.port, o.pin)
}

// (Read-only statics: shared between interrupts and the program like any constant.)
unsafe impl Sync for PinObj {}

/// Every pin there can be a Pin for (ports A to I, 16 pins each), one object each: as in
/// MicroPython, pins are constants, so `Pin('X1') is Pin.board.X1` (and `==`, `hash`, dict
/// keys all go by the pin). In flash, and linked only with `PIN_TYPE`.
static PINS: [PinObj; 9 * 16] = {
    const FIRST: PinObj = PinObj { header: Header::of(&PIN_TYPE), port: 0, pin: 0 };
    let mut all = [FIRST; 9 * 16];
    let mut i = 0;
    while i < all.len() {
        all[i].port = (i / 16) as u8;
        all[i].pin = (i % 16) as u8;
        i += 1;
    }
    all
};

fn new_pin(p: PinId) -> R {
    match PINS.get(usize::from(p.port) * 16 + usize::from(p.pin)) {
        Some(o) if p.pin < 16 => Ok(o as *const PinObj as Value),
        _ => Err(raise(&VALUE_ERROR, alloc::format!("Pin({}) doesn't exist", p.cpu_name()))),
    }
}

/// The pin a constructor argument names: a Pin, or a board or CPU name.
pub fn pin_of(v: Value) -> R<PinId> {
    if isinstance(v, &PIN_TYPE) {
        return Ok(id(v));
    }
    match crate::str::as_str(v) {
        Some(name) => pins::find(name).ok_or_else(|| raise(&VALUE_ERROR, alloc::format!("Pin({name}) doesn't exist"))),
        None => Err(raise(&TYPE_ERROR, alloc::format!("Pin id must be a str or a Pin, not {}", type_name(v)))),
    }
}

fn init(p: PinId, a: &[Value], kw: &Kw) -> R<()> {
    kw.only("init", &["mode", "pull", "value", "alt", "af"])?;
    let Some(mode) = arg(a, kw, 0, "mode") else {
        return Err(raise(&TYPE_ERROR, "init() missing required argument 'mode'"));
    };
    let pull = match arg(a, kw, 1, "pull") {
        Some(v) if v != NONE => index_of(v, "pull")?,
        _ => PULL_NONE,
    };
    let alt = match kw.get("alt").or(kw.get("af")) {
        Some(v) if v != NONE => index_of(v, "alt")?,
        _ => -1,
    };
    let mode = match index_of(mode, "mode")? {
        IN => PinMode::Input,
        OUT_PP => PinMode::OutputPushPull,
        OUT_OD => PinMode::OutputOpenDrain,
        m @ (AF_PP | AF_OD) => PinMode::Alternate { af: alt.clamp(0, 15) as u8, open_drain: m == AF_OD },
        ANALOG => PinMode::Analog,
        m => return Err(raise(&VALUE_ERROR, alloc::format!("invalid pin mode: {m}"))),
    };
    let pull = match pull {
        PULL_NONE => Pull::None,
        PULL_UP => Pull::Up,
        PULL_DOWN => Pull::Down,
        p => return Err(raise(&VALUE_ERROR, alloc::format!("invalid pin pull: {p}"))),
    };
    // An output's level is set before it starts driving, so it never glitches.
    if let Some(v) = kw.get("value").filter(|&v| v != NONE) {
        board::pin_write(p, crate::ops::truthy(v)?);
    }
    board::pin_init(p, mode, pull);
    Ok(())
}

/// `pyb.Pin(id, mode=…, pull=…, *, value=…, alt=…)`.
pub fn pin_new(args: &[Value], kw: &Kw) -> R {
    let Some(&name) = args.get(1) else {
        return Err(raise(&TYPE_ERROR, "Pin() missing required argument 'id'"));
    };
    let p = pin_of(name)?;
    if args.len() > 2 || kw.get("mode").is_some() {
        init(p, &args[1..], kw)?;
    }
    new_pin(p)
}

fn mode_code(p: PinId) -> (isize, isize) {
    let (mode, pull) = board::pin_mode(p);
    let m = match mode {
        PinMode::Input => IN,
        PinMode::OutputPushPull => OUT_PP,
        PinMode::OutputOpenDrain => OUT_OD,
        PinMode::Alternate { open_drain: false, .. } => AF_PP,
        PinMode::Alternate { open_drain: true, .. } => AF_OD,
        PinMode::Analog => ANALOG,
    };
    let pull = match pull {
        Pull::None => PULL_NONE,
        Pull::Up => PULL_UP,
        Pull::Down => PULL_DOWN,
    };
    (m, pull)
}

fn value(a: &[Value]) -> R {
    let p = id(a[0]);
    match a.get(1) {
        Some(&v) => {
            board::pin_write(p, crate::ops::truthy(v)?);
            Ok(NONE)
        }
        None => Ok(small(board::pin_read(p) as isize)),
    }
}

fn set(a: &[Value], high: bool) -> R {
    board::pin_write(id(a[0]), high);
    Ok(NONE)
}

/// `Pin.board` and `Pin.cpu`: namespaces of the pins by name.
pub static BOARD_TYPE: TypeObj = TypeObj::builtin("board", Kind::Device, Some(&OBJECT_TYPE), &[], None)
    .with_consts(|n| pins::BOARD.iter().find(|(b, _)| *b == n).map(|&(_, p)| new_pin(p)));
pub static CPU_TYPE: TypeObj = TypeObj::builtin("cpu", Kind::Device, Some(&OBJECT_TYPE), &[], None)
    .with_consts(|n| PinId::parse(n).filter(|p| p.port <= 8 && !n.starts_with('P')).map(new_pin));

pub static PIN_TYPE: TypeObj =
    TypeObj::builtin("Pin", Kind::Device, Some(&OBJECT_TYPE), PIN_METHODS, Some(&Some(pin_new))).with_consts(|n| {
        Some(Ok(small(match n {
            "IN" => IN,
            "OUT" | "OUT_PP" => OUT_PP,
            "OUT_OD" | "OPEN_DRAIN" => OUT_OD,
            "ALT" | "AF_PP" => AF_PP,
            "ALT_OPEN_DRAIN" | "AF_OD" => AF_OD,
            "ANALOG" => ANALOG,
            "PULL_NONE" => PULL_NONE,
            "PULL_UP" => PULL_UP,
            "PULL_DOWN" => PULL_DOWN,
            "IRQ_RISING" => super::extint::IRQ_RISING,
            "IRQ_FALLING" => super::extint::IRQ_FALLING,
            "board" => return Some(Ok(BOARD_TYPE.as_value())),
            "cpu" => return Some(Ok(CPU_TYPE.as_value())),
            _ => return None,
        })))
    });

pub static PIN_METHODS: &[NativeObj] = crate::methods![
    NativeObj::new("__call__", |a, _| value(a)),
    NativeObj::new("__repr__", |a, _| {
        let p = id(a[0]);
        let (m, pull) = mode_code(p);
        let mode = match m {
            IN => "IN",
            OUT_PP => "OUT",
            OUT_OD => "OPEN_DRAIN",
            AF_PP => "ALT",
            AF_OD => "ALT_OPEN_DRAIN",
            _ => "ANALOG",
        };
        let mut s = alloc::format!("Pin(Pin.cpu.{}, mode=Pin.{mode}", p.cpu_name());
        match pull {
            PULL_UP => s.push_str(", pull=Pin.PULL_UP"),
            PULL_DOWN => s.push_str(", pull=Pin.PULL_DOWN"),
            _ => {}
        }
        if let PinMode::Alternate { af, .. } = board::pin_mode(p).0 {
            s.push_str(&alloc::format!(", alt={af}"));
        }
        s.push(')');
        from_str(&s)
    }),
    // (timer, channel) pairs the pin can output (machine.PWM's choice of a timer).
    NativeObj::new("_timer_channels", |a, _| {
        // (Each pair goes into the list as it is made: the collector sees the list.)
        let list = crate::list::new_list(&[])?;
        for (t, ch) in pins::timer_channels(id(a[0])) {
            crate::list::push(list, crate::list::new_tuple(&[small(t as isize), small(ch as isize)])?)?;
        }
        Ok(list)
    }),
    NativeObj::new("af", |a, _| {
        Ok(small(match board::pin_mode(id(a[0])).0 {
            PinMode::Alternate { af, .. } => af as isize,
            _ => 0,
        }))
    }),
    NativeObj::new("gpio", |a, _| {
        // The port's register block address, as MicroPython gives it.
        Ok(crate::int::from_isize(0x4002_0000 + 0x400 * id(a[0]).port as isize))
    }),
    NativeObj::new("high", |a, _| set(a, true)),
    // `Pin.irq(handler, trigger, *, hard=False)`: the handler gets the pin, scheduled (or in
    // the interrupt when hard) on the edges `trigger` names (both by default).
    NativeObj::new("irq", |a, kw| {
        kw.only("irq", &["handler", "trigger", "priority", "wake", "hard"])?;
        // Without arguments nothing changes (MicroPython returns the irq object).
        if a.len() == 1 && kw.is_empty() {
            return Ok(NONE);
        }
        let handler = arg(a, kw, 0, "handler").unwrap_or(NONE);
        if handler != NONE && !crate::func::is_callable(handler) {
            return Err(raise(&VALUE_ERROR, "handler must be None or a callable object"));
        }
        let both = super::extint::IRQ_RISING | super::extint::IRQ_FALLING;
        let trigger = arg(a, kw, 1, "trigger").map_or(Ok(both), |t| index_of(t, "trigger"))?;
        let hard = kw.get("hard").map_or(Ok(false), crate::ops::truthy)?;
        let (rising, falling) = (trigger & 0x10_0000 != 0, trigger & 0x20_0000 != 0);
        let owner = super::extint::Owner::Pin { hard };
        super::extint::register(id(a[0]), rising, falling, None, handler, owner, a[0])?;
        Ok(NONE)
    }),
    NativeObj::new("init", |a, kw| {
        init(id(a[0]), a, kw)?;
        Ok(NONE)
    }),
    NativeObj::new("low", |a, _| set(a, false)),
    NativeObj::new("mode", |a, _| Ok(small(mode_code(id(a[0])).0))),
    NativeObj::new("name", |a, _| from_str(&id(a[0]).cpu_name())),
    NativeObj::new("names", |a, _| {
        let p = id(a[0]);
        let names = crate::list::new_list(&[from_str(&p.cpu_name())?])?;
        for n in pins::board_names(p) {
            crate::list::push(names, from_str(n)?)?;
        }
        Ok(names)
    }),
    NativeObj::new("off", |a, _| set(a, false)),
    NativeObj::new("on", |a, _| set(a, true)),
    NativeObj::new("pin", |a, _| Ok(small(id(a[0]).pin as isize))),
    NativeObj::new("port", |a, _| Ok(small(id(a[0]).port as isize))),
    NativeObj::new("pull", |a, _| Ok(small(mode_code(id(a[0])).1))),
    NativeObj::new("value", |a, _| value(a)),
];
