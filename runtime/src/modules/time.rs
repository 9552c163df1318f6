//! `time` (also `utime`): the clocks, sleeps and tick counters, MicroPython's API and CPython's.

use super::math::number;
use crate::float::{new_float, Float};
use crate::func::NativeObj;
use crate::int::index_of;
use crate::object::*;
use crate::pyb::TICKS_MASK;
use crate::value::*;

fn ms_arg(v: Value) -> R<u32> {
    Ok(index_of(v, "ms")?.max(0) as u32)
}

#[cfg_attr(target_os = "none", link_section = concat!(".rodata.mpyc.methods.", module_path!(), ".", line!()))]
pub(super) static TIME: [NativeObj; 13] = [
    // CPython's clocks, from the board's microsecond clock (since the program started).
    NativeObj::function("monotonic", 0, 0, |_, _| new_float(crate::board::micros() as Float / 1_000_000.0)),
    NativeObj::function("perf_counter", 0, 0, |_, _| new_float(crate::board::micros() as Float / 1_000_000.0)),
    NativeObj::function("monotonic_ns", 0, 0, |_, _| crate::int::from_i64(crate::board::micros() as i64 * 1000)),
    NativeObj::function("perf_counter_ns", 0, 0, |_, _| crate::int::from_i64(crate::board::micros() as i64 * 1000)),
    NativeObj::function("time_ns", 0, 0, |_, _| crate::int::from_i64(crate::board::micros() as i64 * 1000)),
    NativeObj::new("sleep", |a, _| {
        let s = number(*a.first().unwrap_or(&small(0)), "sleep")?;
        crate::pyb::switch::wait_us((s * 1_000_000.0).max(0.0) as u64)?;
        Ok(NONE)
    }),
    NativeObj::new("sleep_ms", |a, _| {
        crate::pyb::switch::wait_us(u64::from(ms_arg(*a.first().unwrap_or(&small(0)))?) * 1000)?;
        Ok(NONE)
    }),
    NativeObj::new("sleep_us", |a, _| {
        crate::pyb::switch::wait_us(ms_arg(*a.first().unwrap_or(&small(0)))?.into())?;
        Ok(NONE)
    }),
    NativeObj::new("ticks_add", |a, _| {
        let (x, y) = (index_of(a[0], "ticks")?, index_of(a[1], "ticks")?);
        Ok(small((x + y) & TICKS_MASK))
    }),
    NativeObj::new("ticks_diff", |a, _| {
        let (x, y) = (index_of(a[0], "ticks")?, index_of(a[1], "ticks")?);
        let d = (x - y) & TICKS_MASK;
        Ok(small(if d > TICKS_MASK / 2 { d - TICKS_MASK - 1 } else { d }))
    }),
    // A clock read is where scheduled callbacks run and a Ctrl-C is raised (a loop that
    // polls the clock sees them).
    NativeObj::new("ticks_ms", |_, _| {
        crate::sched::between_steps()?;
        Ok(small(crate::board::millis() as isize & TICKS_MASK))
    }),
    NativeObj::new("ticks_us", |_, _| {
        crate::sched::between_steps()?;
        Ok(small(crate::board::micros() as isize & TICKS_MASK))
    }),
    NativeObj::new("time", |_, _| new_float(crate::board::millis() as Float / 1000.0)),
];
