//! `pyb.RTC`: the date and time (`datetime`), kept from the board's millisecond clock since the
//! program set it (2000-01-01 00:00 before that). The chip's own RTC, which VBAT keeps running
//! through a reset, is not driven yet: a program sets the time it needs.

use crate::board;
use crate::exc::*;
use crate::func::{Kw, NativeObj};
use crate::int::index_of;
use crate::object::*;
use crate::value::*;

/// Seconds since 2000-01-01 00:00 at the moment the board's clock read `millis`.
struct Clock {
    seconds: i64,
    millis: u32,
}

static CLOCK: Global<Clock> = Global::new(Clock { seconds: 0, millis: 0 });

#[repr(C)]
pub struct RtcObj {
    pub header: Header,
}

/// Days since 2000-01-01 of a date in the proleptic Gregorian calendar (the civil-days
/// algorithm: years counted from March, so the leap day ends a year).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 730_425
}

/// The date of a day since 2000-01-01: (year, month, day).
fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 730_425;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

/// Now: seconds since 2000 and the milliseconds into the second.
fn now() -> (i64, u32) {
    let c = CLOCK.get();
    let ms = board::millis().wrapping_sub(c.millis);
    (c.seconds + i64::from(ms / 1000), ms % 1000)
}

/// `pyb.RTC()`.
pub fn rtc_new(args: &[Value], kw: &Kw) -> R {
    kw.only("RTC", &[])?;
    if args.len() != 1 {
        return Err(raise(&TYPE_ERROR, "RTC() takes no arguments"));
    }
    alloc_flags(RtcObj { header: Header::of(&RTC_TYPE) }, crate::gc::LEAF)
}

/// `datetime()`: (year, month, day, weekday 1-7 from Monday, hours, minutes, seconds,
/// subseconds counting down from 255 as the STM32's do); `datetime(tuple)` sets it.
fn datetime(a: &[Value]) -> R {
    let Some(&t) = a.get(1) else {
        let (secs, ms) = now();
        let days = secs.div_euclid(86_400);
        let (y, m, d) = civil_from_days(days);
        // 2000-01-01 was a Saturday (6).
        let weekday = (days + 5).rem_euclid(7) + 1;
        let s = secs.rem_euclid(86_400);
        let v = [y, m, d, weekday, s / 3600, s / 60 % 60, s % 60, 255 - i64::from(ms) * 256 / 1000]
            .map(|x| small(x as isize));
        return crate::list::new_tuple(&v);
    };
    let items = crate::list::seq_items(t).ok_or_else(|| raise(&TYPE_ERROR, "datetime() takes a tuple"))?;
    if items.len() < 7 {
        return Err(raise(
            &VALUE_ERROR,
            "datetime() needs (year, month, day, weekday, hours, minutes, seconds[, subseconds])",
        ));
    }
    let mut f = [0i64; 7];
    for (k, &v) in items[..7].iter().enumerate() {
        f[k] = index_of(v, "datetime")? as i64;
    }
    let [y, m, d, _, h, mi, s] = f;
    if !(1..=12).contains(&m)
        || !(1..=31).contains(&d)
        || !(0..24).contains(&h)
        || !(0..60).contains(&mi)
        || !(0..60).contains(&s)
    {
        return Err(raise(&VALUE_ERROR, "datetime() out of range"));
    }
    *CLOCK.get() =
        Clock { seconds: days_from_civil(y, m, d) * 86_400 + h * 3600 + mi * 60 + s, millis: board::millis() };
    Ok(NONE)
}

/// Seconds since 2000-01-01 now (MicroPython's `time.time()` on the pyboard).
pub fn seconds() -> i64 {
    now().0
}

pub static RTC_TYPE: TypeObj = TypeObj::builtin("RTC", Kind::Device, Some(&OBJECT_TYPE), RTC_METHODS, Some(rtc_new));

pub static RTC_METHODS: &[NativeObj] = crate::methods![
    NativeObj::new("calibration", |a, _| Ok(if a.len() > 1 { NONE } else { small(0) })),
    NativeObj::new("datetime", |a, _| datetime(a)),
    NativeObj::new("info", |_, _| Ok(small(0))),
    NativeObj::new("init", |_, _| Ok(NONE)),
    NativeObj::new("wakeup", |_, _| Err(raise(&NOT_IMPLEMENTED_ERROR, "RTC.wakeup is not supported by mpyc yet"))),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_and_dates_round_trip() {
        assert_eq!(days_from_civil(2000, 1, 1), 0);
        assert_eq!(days_from_civil(2000, 3, 1), 60);
        assert_eq!(days_from_civil(1999, 12, 31), -1);
        assert_eq!(days_from_civil(2024, 2, 29), 8825);
        for days in [-800_000, -1, 0, 59, 60, 8825, 100_000] {
            let (y, m, d) = civil_from_days(days);
            assert_eq!(days_from_civil(y, m, d), days);
        }
        assert_eq!(civil_from_days(8825), (2024, 2, 29));
    }
}
