//! `pyb.Servo`: hobby servos on X1–X4, driven as MicroPython drives them: timer 5's channels
//! 1–4 as PWM at 50 Hz with 10 µs counts, a pulse of 1500 µs the centre. A move given a
//! `time` goes there in steps at each 20 ms wrap of the timer (its update interrupt, handled
//! here before any Python callback of timer 5's).

use super::pins;
use crate::board::{
    self,
    bus::{PinMode, Pull},
};
use crate::exc::*;
use crate::func::{Kw, NativeObj};
use crate::int::index_of;
use crate::object::*;
use crate::value::*;

/// The timer the servos share.
pub const TIMER: u8 = 5;
/// 10 µs a count, 2000 counts a period (20 ms).
const PERIOD: u32 = 2000;

/// One servo's pulses, in 10 µs counts: now, where a move started and goes, its steps (of 20
/// ms) in all and left, and its calibration (MicroPython's defaults; the ±90° and 100% speed
/// pulses kept as offsets from the centre, as MicroPython keeps them).
#[derive(Clone, Copy)]
struct Servo {
    on: bool,
    cur: i32,
    start: i32,
    dest: i32,
    total: i32,
    steps: i32,
    min: i32,
    max: i32,
    centre: i32,
    angle_90: i32,
    speed_100: i32,
}

const NEW: Servo = Servo {
    on: false,
    cur: 150,
    start: 150,
    dest: 150,
    total: 0,
    steps: 0,
    min: 64,
    max: 242,
    centre: 150,
    angle_90: 97,
    speed_100: 70,
};
static SERVOS: Global<[Servo; 4]> = Global::new([NEW; 4]);

#[repr(C)]
pub struct ServoObj {
    pub header: Header,
    pub index: u8,
}

fn index(v: Value) -> usize {
    unsafe { body::<ServoObj>(v) }.index as usize
}

/// `pyb.Servo(n)`, n 1–4: timer 5 running at 10 µs counts, the servo's channel as PWM on X<n>
/// at its current pulse.
pub fn servo_new(args: &[Value], kw: &Kw) -> R {
    kw.only("Servo", &[])?;
    if !board::HAS_TIMERS {
        return Err(raise(&NOT_IMPLEMENTED_ERROR, "this board has no timers for pyb.Servo"));
    }
    let n = index_of(*args.get(1).ok_or_else(|| raise(&TYPE_ERROR, "Servo() missing required argument 'id'"))?, "id")?;
    if !(1..=4).contains(&n) {
        return Err(raise(&VALUE_ERROR, alloc::format!("Servo({n}) doesn't exist")));
    }
    let i = n as usize - 1;
    if !SERVOS.get().iter().any(|s| s.on) {
        let prescaler = (board::timer_source_hz(TIMER) / 100_000).max(1) - 1;
        board::timer_start(TIMER, prescaler, PERIOD - 1, 0);
        board::timer_on_wrap(super::timer::interrupt);
    }
    let s = &mut SERVOS.get()[i];
    if !s.on {
        s.on = true;
        let pin = pins::BOARD[i].1;
        if let Some((_, af)) = pins::timer_channel(pin, TIMER) {
            board::pin_init(pin, PinMode::Alternate { af, open_drain: false }, Pull::None);
        }
        board::timer_pwm(TIMER, n as u8, false);
        board::timer_set_compare(TIMER, n as u8, s.cur as u32);
    }
    alloc_flags(ServoObj { header: Header::of(&SERVO_TYPE), index: i as u8 }, crate::gc::LEAF)
}

/// At each wrap of timer 5: each moving servo a step on (from its interrupt). Returns whether a
/// servo still moves (the interrupt then stays on).
pub fn step() -> bool {
    let mut moving = false;
    for (i, s) in SERVOS.get().iter_mut().enumerate() {
        if s.steps <= 0 {
            continue;
        }
        // Evenly from where the move started.
        s.steps -= 1;
        s.cur = s.dest - (s.dest - s.start) * s.steps / s.total.max(1);
        board::timer_set_compare(TIMER, i as u8 + 1, s.cur as u32);
        moving |= s.steps > 0;
    }
    moving
}

/// Sends servo `i` towards `dest` (counts) over `ms` milliseconds (at once for 0).
fn move_to(i: usize, dest: i32, ms: isize) {
    let s = &mut SERVOS.get()[i];
    // MicroPython's order of the tests (not `clamp`, which a calibration with its minimum
    // above its maximum would make panic).
    s.dest = if dest < s.min {
        s.min
    } else if dest > s.max {
        s.max
    } else {
        dest
    };
    s.start = s.cur;
    s.steps = (ms / 20).clamp(0, i32::MAX as isize) as i32;
    s.total = s.steps;
    if s.steps == 0 {
        s.cur = s.dest;
        board::timer_set_compare(TIMER, i as u8 + 1, s.cur as u32);
    } else {
        board::timer_irq(TIMER, true);
    }
}

/// A getter or a setter: `a[1]` the value (through `to_counts`), `a[2]` or `time=` the ms.
fn get_or_move(a: &[Value], kw: &Kw, get: fn(&Servo) -> isize, to_counts: fn(&Servo, isize) -> i32) -> R {
    let i = index(a[0]);
    let s = SERVOS.get()[i];
    let Some(&v) = a.get(1) else { return Ok(small(get(&s))) };
    let value = match crate::float::as_float(v) {
        Some(f) => f.value as isize,
        None => index_of(v, "value")?,
    };
    let ms = match kw.get("time").or_else(|| a.get(2).copied()) {
        Some(t) => index_of(t, "time")?,
        None => 0,
    };
    move_to(i, to_counts(&s, value), ms);
    Ok(NONE)
}

pub static SERVO_TYPE: TypeObj =
    TypeObj::builtin("Servo", Kind::Device, Some(&OBJECT_TYPE), SERVO_METHODS, Some(&Some(servo_new)));

pub static SERVO_METHODS: &[NativeObj] = crate::methods![
    NativeObj::new("__repr__", |a, _| {
        let i = index(a[0]);
        crate::str::from_str(&alloc::format!("<Servo {} at {}us>", i + 1, SERVOS.get()[i].cur * 10))
    }),
    NativeObj::new("angle", |a, kw| {
        get_or_move(
            a,
            kw,
            |s| ((s.cur - s.centre) * 90 / s.angle_90) as isize,
            |s, angle| s.centre + (angle as i32).clamp(-1000, 1000) * s.angle_90 / 90,
        )
    }),
    NativeObj::new("calibration", |a, _| {
        let s = &mut SERVOS.get()[index(a[0])];
        match a.len() {
            1 => {
                let v = [s.min, s.max, s.centre, s.centre + s.angle_90, s.centre + s.speed_100]
                    .map(|c| small(c as isize * 10));
                crate::list::new_tuple(&v)
            }
            4 | 6 => {
                let mut c = [0i32; 5];
                for (k, &v) in a[1..].iter().enumerate() {
                    c[k] = (index_of(v, "calibration")? / 10) as i32;
                }
                (s.min, s.max, s.centre) = (c[0], c[1], c[2]);
                if a.len() == 6 {
                    (s.angle_90, s.speed_100) = ((c[3] - c[2]).max(1), (c[4] - c[2]).max(1));
                }
                Ok(NONE)
            }
            _ => Err(raise(&TYPE_ERROR, "calibration() takes 0, 3 or 5 arguments")),
        }
    }),
    NativeObj::new("pulse_width", |a, kw| {
        get_or_move(a, kw, |s| s.cur as isize * 10, |_, us| (us / 10).clamp(0, i32::MAX as isize) as i32)
    }),
    NativeObj::new("speed", |a, kw| {
        get_or_move(
            a,
            kw,
            |s| ((s.cur - s.centre) * 100 / s.speed_100) as isize,
            |s, speed| s.centre + (speed as i32).clamp(-1000, 1000) * s.speed_100 / 100,
        )
    }),
];
