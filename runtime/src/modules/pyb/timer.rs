//! `pyb.Timer`: timers 1–14 counting at their source clock divided by prescaler + 1 and
//! wrapping after period + 1 counts (MicroPython's `init deinit callback counter freq period
//! prescaler source_freq`), with a callback at each wrap. The callback runs in the interrupt
//! (`hard=True`, MicroPython's default: no allocation there) or is scheduled to run between
//! two steps of the program (`hard=False`: any Python); see `sched.rs`. One that raises has
//! its traceback printed and is switched off, as MicroPython does.

use super::arg;
use crate::board::{
    self,
    bus::{PinMode, Pull},
};
use crate::exc::*;
use crate::func::{Kw, NativeObj};
use crate::int::index_of;
use crate::object::*;
use crate::value::*;

/// How many timers there are (ids 1..=14).
pub const COUNT: usize = 14;
/// Counter modes, as MicroPython numbers them (TIMx_CR1's DIR and CMS bits).
pub const UP: isize = 0;
pub const DOWN: isize = 0x10;
pub const CENTER: isize = 0x20;

#[repr(C)]
pub struct TimerObj {
    pub header: Header,
    pub id: u8,
}

/// Each timer's state: its object (made once, so `Timer(4)` is always the same object, as in
/// MicroPython) and callback are roots (`values`: objects first, then callbacks, then each
/// timer's four channels as `channel(n, mode)` last set them up: `channel(n)` returns them).
struct Timers {
    values: [Value; 6 * COUNT],
    rooted: bool,
    hard: [bool; COUNT],
    /// Whether `init` has run (since the last `deinit`).
    running: [bool; COUNT],
    mode: [u8; COUNT],
    div: [u8; COUNT],
    /// Whether a scheduled callback waits in the queue (one at a time per timer).
    queued: [bool; COUNT],
}

static TIMERS: Global<Timers> = Global::new(Timers {
    values: [0; 6 * COUNT],
    rooted: false,
    hard: [true; COUNT],
    running: [false; COUNT],
    mode: [0; COUNT],
    div: [1; COUNT],
    queued: [false; COUNT],
});

fn id_of(v: Value) -> u8 {
    unsafe { body::<TimerObj>(v) }.id
}

fn slot(id: u8) -> usize {
    id as usize - 1
}

/// The most a period can be: timers 2 and 5 count 32 bits (MicroPython keeps to 30), the
/// others 16.
fn period_mask(id: u8) -> u32 {
    if matches!(id, 2 | 5) {
        0x3FFF_FFFF
    } else {
        0xFFFF
    }
}

/// `pyb.Timer(id, **init)`.
pub fn timer_new(args: &[Value], kw: &Kw) -> R {
    if !board::HAS_TIMERS {
        return Err(raise(&NOT_IMPLEMENTED_ERROR, "this board has no timers for pyb.Timer"));
    }
    let Some(&id) = args.get(1) else {
        return Err(raise(&TYPE_ERROR, "Timer() missing required argument 'id'"));
    };
    if args.len() > 2 {
        return Err(raise(&TYPE_ERROR, "Timer() takes 1 positional argument; the others are keywords"));
    }
    let n = index_of(id, "id")?;
    if !(1..=COUNT as isize).contains(&n) {
        return Err(raise(&VALUE_ERROR, alloc::format!("Timer({n}) doesn't exist")));
    }
    let ts = TIMERS.get();
    if !ts.rooted {
        ts.rooted = true;
        crate::gc::add_roots(ts.values.as_ptr(), ts.values.len());
        board::timer_on_wrap(interrupt);
    }
    let i = n as usize - 1;
    if ts.values[i] == 0 {
        ts.values[i] = alloc_flags(TimerObj { header: Header::of(&TIMER_TYPE), id: n as u8 }, crate::gc::LEAF)?;
    }
    let t = ts.values[i];
    if !kw.is_empty() {
        init(t, kw)?;
    }
    Ok(t)
}

/// MicroPython's choice of prescaler and period for `freq` (an int or a float): the source
/// clock over the frequency, divided by 5, 3 or 2 (exactly when it can) until it fits.
fn prescaler_period(id: u8, freq: Value) -> R<(u32, u32)> {
    let source = board::timer_source_hz(id) as u64;
    let mut prescaler: u64 = 1;
    let mut period: u64 = if let Some(f) = crate::float::as_float(freq) {
        // (A float is 32 bits on the boards.)
        #[allow(clippy::unnecessary_cast)]
        let mut f = f.value as f64;
        if f.is_nan() || f <= 0.0 {
            return Err(raise(&VALUE_ERROR, "must be greater than 0"));
        }
        while f < 1.0 && prescaler < 6553 {
            prescaler *= 10;
            f *= 10.0;
        }
        (source as f64 / f) as u64
    } else {
        let f = index_of(freq, "freq")?;
        if f <= 0 {
            return Err(raise(&VALUE_ERROR, "must be greater than 0"));
        }
        source / f as u64
    };
    period = period.max(1);
    let mask = u64::from(period_mask(id));
    while period > mask {
        if period.is_multiple_of(5) {
            prescaler *= 5;
            period /= 5;
        } else if period.is_multiple_of(3) {
            prescaler *= 3;
            period /= 3;
        } else {
            prescaler <<= 1;
            period >>= 1;
        }
    }
    if prescaler > 0x1_0000 {
        return Err(raise(&VALUE_ERROR, "frequency too low"));
    }
    Ok(((prescaler - 1) as u32, ((period - 1) & mask) as u32))
}

fn init(t: Value, kw: &Kw) -> R<()> {
    kw.only("init", &["freq", "prescaler", "period", "mode", "div", "callback", "deadtime", "brk", "hard"])?;
    let id = id_of(t);
    let (prescaler, period) = match (kw.get("freq"), kw.get("prescaler"), kw.get("period")) {
        (Some(f), _, _) => prescaler_period(id, f)?,
        (None, Some(p), Some(q)) => {
            let p = index_of(p, "prescaler")?;
            let q = index_of(q, "period")?;
            if !(0..=0xFFFF).contains(&p) || q < 0 {
                return Err(raise(&VALUE_ERROR, "prescaler must be 0..65535 and period at least 0"));
            }
            (p as u32, q as u32 & period_mask(id))
        }
        _ => return Err(raise(&TYPE_ERROR, "must specify either freq, or prescaler and period")),
    };
    let mode = kw.get("mode").map_or(Ok(UP), |m| index_of(m, "mode"))?;
    if ![UP, DOWN, CENTER].contains(&mode) {
        return Err(raise(&VALUE_ERROR, alloc::format!("invalid mode ({mode})")));
    }
    let div = kw.get("div").map_or(Ok(1), |d| index_of(d, "div"))?;
    let ts = TIMERS.get();
    let i = slot(id);
    ts.mode[i] = mode as u8;
    ts.div[i] = if matches!(div, 2 | 4) { div as u8 } else { 1 };
    ts.hard[i] = kw.get("hard").map_or(Ok(true), crate::ops::truthy)?;
    board::timer_start(id, prescaler, period, mode as u32);
    ts.running[i] = true;
    set_callback(t, kw.get("callback").unwrap_or(NONE))
}

fn set_callback(t: Value, f: Value) -> R<()> {
    if f != NONE && !crate::func::is_callable(f) {
        return Err(raise(&VALUE_ERROR, "callback must be None or a callable object"));
    }
    let id = id_of(t);
    let ts = TIMERS.get();
    let i = slot(id);
    if f == NONE {
        board::timer_irq(id, false);
        ts.values[COUNT + i] = 0;
        return Ok(());
    }
    crate::sched::prepare();
    if ts.hard[i] {
        crate::sched::prepare_hard()?;
    }
    ts.values[COUNT + i] = f;
    board::timer_irq(id, true);
    Ok(())
}

/// Says which callback failed (the traceback follows) and switches it off.
fn failed(id: u8) {
    super::write_err_number(b"Uncaught exception in Timer(", id, b") callback; it is disabled\n");
    board::timer_irq(id, false);
    TIMERS.get().values[COUNT + slot(id)] = 0;
}

/// Timer `id` wrapped (from its interrupt handler, or where the host delivers it): its
/// callback runs now (hard) or is scheduled.
pub fn interrupt(id: u8) {
    // Timer 5's wraps also move the servos (`servo.rs`), which keep its interrupt on.
    let servos = id == super::servo::TIMER && super::servo::step();
    let ts = TIMERS.get();
    let i = slot(id);
    let (t, f) = (ts.values[i], ts.values[COUNT + i]);
    if f == 0 || t == 0 {
        if !servos {
            board::timer_irq(id, false);
        }
        return;
    }
    if ts.hard[i] {
        crate::sched::run_hard(f, &[t], || failed(id));
    } else if !ts.queued[i] {
        ts.queued[i] = crate::sched::schedule_dispatch(dispatch, t);
    }
}

/// A scheduled callback's turn.
fn dispatch(t: Value) -> R<()> {
    let id = id_of(t);
    let ts = TIMERS.get();
    let i = slot(id);
    ts.queued[i] = false;
    let f = ts.values[COUNT + i];
    if f != 0 {
        crate::sched::run_soft(f, &[t], || failed(id))?;
    }
    Ok(())
}

/// The frequency the timer wraps at: an int when the source clock divides exactly, else a
/// float (as MicroPython's).
fn freq_of(id: u8) -> R {
    let (p, q) = board::timer_setup(id);
    let source = u64::from(board::timer_source_hz(id));
    let divide = (u64::from(p) + 1) * (u64::from(q) + 1);
    if !source.is_multiple_of(divide) {
        return crate::float::new_float((source as f64 / divide as f64) as crate::float::Float);
    }
    Ok(crate::int::from_isize((source / divide) as isize))
}

fn repr(t: Value) -> R {
    let id = id_of(t);
    let ts = TIMERS.get();
    let i = slot(id);
    if !ts.running[i] {
        return crate::str::from_str(&alloc::format!("Timer({id})"));
    }
    let (p, q) = board::timer_setup(id);
    let source = u64::from(board::timer_source_hz(id));
    let mode = match ts.mode[i] as isize {
        DOWN => "DOWN",
        CENTER => "CENTER",
        _ => "UP",
    };
    crate::str::from_str(&alloc::format!(
        "Timer({id}, freq={}, prescaler={p}, period={q}, mode={mode}, div={})",
        source / ((u64::from(p) + 1) * (u64::from(q) + 1)),
        ts.div[i]
    ))
}

/// A setter's value (`a[1]`), if given, as an int in `0..=max`.
fn setting(a: &[Value], what: &str, max: u32) -> R<Option<u32>> {
    match a.get(1) {
        None => Ok(None),
        Some(&v) => {
            let n = index_of(v, what)?;
            if n < 0 || n as u64 > u64::from(max) {
                return Err(raise(&VALUE_ERROR, alloc::format!("{what} out of range")));
            }
            Ok(Some(n as u32))
        }
    }
}

/// Channel modes, as MicroPython numbers them; PWM and PWM_INVERTED are there.
const CHANNEL_MODES: [&str; 12] = [
    "PWM",
    "PWM_INVERTED",
    "OC_TIMING",
    "OC_ACTIVE",
    "OC_INACTIVE",
    "OC_TOGGLE",
    "OC_FORCED_ACTIVE",
    "OC_FORCED_INACTIVE",
    "IC",
    "ENC_A",
    "ENC_B",
    "ENC_AB",
];

pub static TIMER_TYPE: TypeObj =
    TypeObj::builtin("Timer", Kind::Device, Some(&OBJECT_TYPE), TIMER_METHODS, Some(&Some(timer_new))).with_consts(
        |n| match n {
            "UP" => Some(Ok(small(UP))),
            "DOWN" => Some(Ok(small(DOWN))),
            "CENTER" => Some(Ok(small(CENTER))),
            // Polarity and capture edges, break input.
            "HIGH" | "RISING" | "BRK_OFF" => Some(Ok(small(0))),
            "BRK_LOW" => Some(Ok(small(1))),
            "LOW" | "FALLING" | "BRK_HIGH" => Some(Ok(small(2))),
            "BOTH" => Some(Ok(small(10))),
            _ => CHANNEL_MODES.iter().position(|&m| m == n).map(|i| Ok(small(i as isize))),
        },
    );

#[repr(C)]
pub struct ChannelObj {
    pub header: Header,
    pub timer: u8,
    pub channel: u8,
    pub mode: u8,
}

fn channel_of(v: Value) -> &'static ChannelObj {
    unsafe { body(v) }
}

/// The counts of one period (ARR + 1).
fn period_counts(id: u8) -> u64 {
    u64::from(board::timer_setup(id).1) + 1
}

/// A compare value from `pulse_width_percent` (an int or a float), clamped to the period.
fn compare_from_percent(id: u8, percent: Value) -> R<u32> {
    let period = period_counts(id);
    let counts = match crate::float::as_float(percent) {
        #[allow(clippy::unnecessary_cast)]
        Some(f) => ((f.value as f64).clamp(0.0, 100.0) / 100.0 * period as f64) as u64,
        None => period * index_of(percent, "pulse_width_percent")?.clamp(0, 100) as u64 / 100,
    };
    Ok(counts.min(period) as u32)
}

/// `Timer.channel(n, mode, *, pin=None, pulse_width=0, pulse_width_percent=None, compare=None,
/// polarity=HIGH)`: PWM on channel n (1–4), its output on `pin` when given.
fn channel(a: &[Value], kw: &Kw) -> R {
    kw.only("channel", &["mode", "pin", "pulse_width", "pulse_width_percent", "compare", "polarity"])?;
    let id = id_of(a[0]);
    let Some(&n) = a.get(1) else {
        return Err(raise(&TYPE_ERROR, "channel() missing required argument 'channel'"));
    };
    let n = index_of(n, "channel")?;
    if !(1..=4).contains(&n) || matches!(id, 6 | 7) {
        return Err(raise(&VALUE_ERROR, alloc::format!("invalid channel ({n})")));
    }
    let ch = n as u8;
    let saved = 2 * COUNT + 4 * slot(id) + usize::from(ch - 1);
    let Some(mode) = arg(a, kw, 1, "mode") else {
        if !kw.is_empty() {
            return Err(raise(&TYPE_ERROR, "channel() missing required argument 'mode'"));
        }
        // Only the number: the channel set up before, or None (as MicroPython).
        return Ok(match TIMERS.get().values[saved] {
            0 => NONE,
            c => c,
        });
    };
    let mode = index_of(mode, "mode")?;
    match CHANNEL_MODES.get(mode as usize).filter(|_| mode >= 0) {
        Some(&"PWM") | Some(&"PWM_INVERTED") => {}
        Some(m) => {
            return Err(raise(
                &NOT_IMPLEMENTED_ERROR,
                alloc::format!("Timer channel mode {m} is not supported by mpyc yet"),
            ))
        }
        None => return Err(raise(&VALUE_ERROR, alloc::format!("invalid mode ({mode})"))),
    }
    if let Some(pin) = kw.get("pin").filter(|&p| p != NONE) {
        let p = super::pin::pin_of(pin)?;
        match super::pins::timer_channel(p, id) {
            Some((c, af)) if c == ch => board::pin_init(p, PinMode::Alternate { af, open_drain: false }, Pull::None),
            _ => {
                return Err(raise(
                    &VALUE_ERROR,
                    alloc::format!("Pin({}) doesn't have an alt for Timer({id}) channel {ch}", p.cpu_name()),
                ));
            }
        }
    }
    let compare = if let Some(c) = kw.get("compare").or(kw.get("pulse_width")).filter(|&v| v != NONE) {
        index_of(c, "pulse_width")?.clamp(0, i32::MAX as isize) as u32
    } else if let Some(p) = kw.get("pulse_width_percent").filter(|&v| v != NONE) {
        compare_from_percent(id, p)?
    } else {
        0
    };
    let inverted = mode == 1 || kw.get("polarity").map_or(Ok(0), |p| index_of(p, "polarity"))? == 2;
    board::timer_pwm(id, ch, inverted);
    board::timer_set_compare(id, ch, compare);
    let c = alloc_flags(
        ChannelObj { header: Header::of(&CHANNEL_TYPE), timer: id, channel: ch, mode: mode as u8 },
        crate::gc::LEAF,
    )?;
    TIMERS.get().values[saved] = c;
    Ok(c)
}

pub static CHANNEL_TYPE: TypeObj =
    TypeObj::builtin("TimerChannel", Kind::Device, Some(&OBJECT_TYPE), CHANNEL_METHODS, None);

/// A channel's compare value: read through `get`, or set from `a[1]` through `from`.
fn compare_method(a: &[Value], get: fn(&ChannelObj, u32) -> R, from: fn(&ChannelObj, Value) -> R<u32>) -> R {
    let c = channel_of(a[0]);
    match a.get(1) {
        Some(&v) => {
            let value = from(c, v)?;
            board::timer_set_compare(c.timer, c.channel, value);
            Ok(NONE)
        }
        None => get(c, board::timer_compare(c.timer, c.channel)),
    }
}

fn counts(_: &ChannelObj, v: Value) -> R<u32> {
    Ok(index_of(v, "value")?.clamp(0, i32::MAX as isize) as u32)
}

fn as_int(_: &ChannelObj, c: u32) -> R {
    Ok(crate::int::from_isize(c as isize))
}

/// As MicroPython: a float when read.
fn percent(c: &ChannelObj, counts: u32) -> R {
    let period = period_counts(c.timer);
    let p = if u64::from(counts) >= period { 100.0 } else { counts as f64 * 100.0 / period as f64 };
    crate::float::new_float(p as crate::float::Float)
}

fn from_percent(c: &ChannelObj, v: Value) -> R<u32> {
    compare_from_percent(c.timer, v)
}

pub static CHANNEL_METHODS: &[NativeObj] = crate::methods![
    NativeObj::new("__repr__", |a, _| {
        let c = channel_of(a[0]);
        let mode = CHANNEL_MODES.get(c.mode as usize).unwrap_or(&"PWM");
        crate::str::from_str(&alloc::format!("TimerChannel(timer={}, channel={}, mode={mode})", c.timer, c.channel))
    }),
    NativeObj::new("callback", |_, _| {
        Err(raise(&NOT_IMPLEMENTED_ERROR, "TimerChannel.callback is not supported by mpyc yet"))
    }),
    NativeObj::new("capture", |a, _| compare_method(a, as_int, counts)),
    NativeObj::new("compare", |a, _| compare_method(a, as_int, counts)),
    NativeObj::new("pulse_width", |a, _| compare_method(a, as_int, counts)),
    NativeObj::new("pulse_width_percent", |a, _| compare_method(a, percent, from_percent)),
];

pub static TIMER_METHODS: &[NativeObj] = crate::methods![
    NativeObj::new("__repr__", |a, _| repr(a[0])),
    NativeObj::new("channel", channel),
    NativeObj::new("callback", |a, kw| {
        let f = arg(a, kw, 0, "fun").ok_or_else(|| raise(&TYPE_ERROR, "callback() missing required argument 'fun'"))?;
        set_callback(a[0], f)?;
        Ok(NONE)
    }),
    NativeObj::new("counter", |a, _| {
        let id = id_of(a[0]);
        match setting(a, "counter", period_mask(id))? {
            Some(v) => {
                board::timer_set_counter(id, v);
                Ok(NONE)
            }
            None => Ok(crate::int::from_isize(board::timer_counter(id) as isize)),
        }
    }),
    NativeObj::new("deinit", |a, _| {
        let id = id_of(a[0]);
        set_callback(a[0], NONE)?;
        board::timer_stop(id);
        let ts = TIMERS.get();
        ts.running[slot(id)] = false;
        // (MicroPython forgets the channels too.)
        ts.values[2 * COUNT + 4 * slot(id)..][..4].fill(0);
        Ok(NONE)
    }),
    NativeObj::new("freq", |a, _| {
        let id = id_of(a[0]);
        match a.get(1) {
            Some(&f) => {
                let (p, q) = prescaler_period(id, f)?;
                board::timer_reload(id, p, q);
                Ok(NONE)
            }
            None => freq_of(id),
        }
    }),
    NativeObj::new("init", |a, kw| {
        if a.len() > 1 {
            return Err(raise(&TYPE_ERROR, "init() takes keyword arguments only"));
        }
        init(a[0], kw)?;
        Ok(NONE)
    }),
    NativeObj::new("period", |a, _| {
        let id = id_of(a[0]);
        let (p, q) = board::timer_setup(id);
        match setting(a, "period", period_mask(id))? {
            Some(v) => {
                board::timer_reload(id, p, v);
                Ok(NONE)
            }
            None => Ok(crate::int::from_isize(q as isize)),
        }
    }),
    NativeObj::new("prescaler", |a, _| {
        let id = id_of(a[0]);
        let (p, q) = board::timer_setup(id);
        match setting(a, "prescaler", 0xFFFF)? {
            Some(v) => {
                board::timer_reload(id, v, q);
                Ok(NONE)
            }
            None => Ok(small(p as isize)),
        }
    }),
    NativeObj::new("source_freq", |a, _| Ok(crate::int::from_isize(board::timer_source_hz(id_of(a[0])) as isize))),
];
