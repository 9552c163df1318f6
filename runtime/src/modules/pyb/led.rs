//! `pyb.LED`: the board's LEDs, numbered from 1 as on the silkscreen.
//!
//! `intensity(0..255)`: LEDs 3 and 4 shine at that level (PWM on the board, as MicroPython's);
//! the others are on above 0.

use crate::board;
use crate::exc::*;
use crate::func::{Kw, NativeObj};
use crate::int::index_of;
use crate::object::*;
use crate::value::*;

#[repr(C)]
pub struct LedObj {
    pub header: Header,
    pub index: usize,
}
// (Immutable: the four static objects.)
unsafe impl Sync for LedObj {}

/// `pyb.LED(n)`.
pub fn led_new(args: &[Value], kw: &Kw) -> R {
    kw.only("LED", &[])?;
    if args.len() != 2 {
        return Err(raise(
            &TYPE_ERROR,
            alloc::format!("LED() takes 1 positional argument but {} were given", args.len() - 1),
        ));
    }
    let n = index_of(args[1], "LED number")?;
    if n < 1 || n as usize > board::LED_COUNT {
        return Err(raise(&VALUE_ERROR, alloc::format!("LED({n}) doesn't exist")));
    }
    Ok(&LEDS[n as usize - 1] as *const LedObj as Value)
}

/// The LED objects: made once, as MicroPython's are, so that `pyb.LED(1)` allocates nothing
/// (a hard callback may call it: `lambda t: pyb.LED(1).toggle()`, the tutorial's timer) and
/// `pyb.LED(1) is pyb.LED(1)`.
static LEDS: [LedObj; 4] = [
    LedObj { header: Header::of(&LED_TYPE), index: 1 },
    LedObj { header: Header::of(&LED_TYPE), index: 2 },
    LedObj { header: Header::of(&LED_TYPE), index: 3 },
    LedObj { header: Header::of(&LED_TYPE), index: 4 },
];

/// The intensity each LED was last given (None after on/off/toggle).
static LEVELS: Global<[Option<u8>; 4]> = Global::new([None; 4]);

fn led(v: Value) -> usize {
    unsafe { body::<LedObj>(v) }.index - 1
}

pub static LED_TYPE: TypeObj =
    TypeObj::builtin("LED", Kind::Device, Some(&OBJECT_TYPE), LED_METHODS, Some(&Some(led_new)));

pub static LED_METHODS: &[NativeObj] = crate::methods![
    NativeObj::new("__repr__", |a, _| crate::str::from_str(&alloc::format!("LED({})", led(a[0]) + 1))),
    NativeObj::new("intensity", |a, _| {
        let i = led(a[0]);
        let levels = LEVELS.get();
        match a.get(1) {
            Some(&v) => {
                let level = index_of(v, "intensity")?.clamp(0, 255) as u8;
                board::led_intensity(i, level);
                // LEDs 1 and 2 are on or off: their intensity reads 255 or 0.
                levels[i] = (i >= 2).then_some(level);
                Ok(NONE)
            }
            // The level last set, unless on/off/toggle came since.
            None => Ok(small(match levels[i] {
                Some(level) => level as isize,
                None if board::led_get(i) => 255,
                None => 0,
            })),
        }
    }),
    NativeObj::new("off", |a, _| {
        LEVELS.get()[led(a[0])] = None;
        board::led_set(led(a[0]), false);
        Ok(NONE)
    }),
    NativeObj::new("on", |a, _| {
        LEVELS.get()[led(a[0])] = None;
        board::led_set(led(a[0]), true);
        Ok(NONE)
    }),
    NativeObj::new("toggle", |a, _| {
        let i = led(a[0]);
        LEVELS.get()[i] = None;
        board::led_set(i, !board::led_get(i));
        Ok(NONE)
    }),
];
