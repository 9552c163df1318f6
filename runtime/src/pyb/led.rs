//! `pyb.LED`: the board's LEDs, numbered from 1 as on the silkscreen.
//!
//! `intensity` is on or off (255 or 0): LEDs 3 and 4 have no PWM yet.

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
    alloc_flags(LedObj { header: Header::of(&LED_TYPE), index: n as usize }, crate::gc::LEAF)
}

fn led(v: Value) -> usize {
    unsafe { body::<LedObj>(v) }.index - 1
}

pub static LED_TYPE: TypeObj = TypeObj::builtin("LED", Kind::Device, Some(&OBJECT_TYPE), LED_METHODS, Some(led_new));

pub static LED_METHODS: &[NativeObj] = crate::methods![
    NativeObj::new("__repr__", |a, _| crate::str::from_str(&alloc::format!("LED({})", led(a[0]) + 1))),
    NativeObj::new("intensity", |a, _| {
        let i = led(a[0]);
        match a.get(1) {
            Some(&v) => {
                board::led_set(i, index_of(v, "intensity")? > 0);
                Ok(NONE)
            }
            None => Ok(small(if board::led_get(i) { 255 } else { 0 })),
        }
    }),
    NativeObj::new("off", |a, _| {
        board::led_set(led(a[0]), false);
        Ok(NONE)
    }),
    NativeObj::new("on", |a, _| {
        board::led_set(led(a[0]), true);
        Ok(NONE)
    }),
    NativeObj::new("toggle", |a, _| {
        let i = led(a[0]);
        board::led_set(i, !board::led_get(i));
        Ok(NONE)
    }),
];
