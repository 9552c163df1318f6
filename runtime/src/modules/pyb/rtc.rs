//! `pyb.RTC`: the date and time (`datetime`), kept from the board's millisecond clock since the
//! program set it; before that, from the board's wall clock where it has one (QEMU's, through
//! semihosting; the host's), else from 2000-01-01 00:00. The chip's own RTC, which VBAT keeps
//! running through a reset, is not driven yet: a program on a pyboard sets the time it needs.

use crate::board;
use crate::exc::*;
use crate::func::{Kw, NativeObj};
use crate::int::index_of;
use crate::object::*;
use crate::value::*;

/// Seconds since 2000-01-01 00:00 at the moment the board's clock read `millis`; `set` once a
/// program (`by_program`) or the board's wall clock gave them.
struct Clock {
    seconds: i64,
    millis: u32,
    set: bool,
    /// (Read on the host only, where the host's clock serves until a program sets the RTC.)
    #[cfg_attr(target_os = "none", allow(dead_code))]
    by_program: bool,
}

static CLOCK: Global<Clock> = Global::new(Clock { seconds: 0, millis: 0, set: false, by_program: false });

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
    if !c.set {
        c.set = true;
        if let Some(unix) = board::wall_clock() {
            *c = Clock { seconds: unix - EPOCH_2000, millis: board::millis(), set: true, by_program: false };
        }
    }
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
    *CLOCK.get() = Clock {
        seconds: days_from_civil(y, m, d) * 86_400 + h * 3600 + mi * 60 + s,
        millis: board::millis(),
        set: true,
        by_program: true,
    };
    Ok(NONE)
}

/// Seconds from 1970-01-01 (CPython's epoch) to 2000-01-01 (the RTC's).
const EPOCH_2000: i64 = 946_684_800;

/// Now, as seconds and nanoseconds since 1970-01-01 00:00 UTC (`time.time()`): the RTC's clock
/// (see the top of this file); on the host, unless a board is simulated there and until a
/// program sets the RTC, the host's clock to the nanosecond.
pub fn unix_now() -> (i64, u32) {
    #[cfg(not(target_os = "none"))]
    if crate::board::sim::machine().is_none() && !CLOCK.get().by_program {
        if let Ok(d) = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH) {
            return (d.as_secs() as i64, d.subsec_nanos());
        }
    }
    let (secs, ms) = now();
    (secs + EPOCH_2000, ms * 1_000_000)
}

/// The UTC date and time of `secs` seconds since 1970: (year, month, day, hours, minutes,
/// seconds, weekday from Monday = 0, day of the year from 1).
pub fn civil_from_unix(secs: i64) -> [i64; 8] {
    let days = (secs - EPOCH_2000).div_euclid(86_400);
    let s = secs.rem_euclid(86_400);
    let (y, m, d) = civil_from_days(days);
    // 2000-01-01 was a Saturday (5 from Monday).
    let weekday = (days + 5).rem_euclid(7);
    let yday = days - days_from_civil(y, 1, 1) + 1;
    [y, m, d, s / 3600, s / 60 % 60, s % 60, weekday, yday]
}

/// Seconds since 1970 of a UTC date and time; months, days, hours… outside their range carry
/// into the next larger unit, as C's `mktime` does.
pub fn unix_from_civil(y: i64, m: i64, d: i64, h: i64, mi: i64, s: i64) -> i64 {
    let (y, m) = (y + (m - 1).div_euclid(12), (m - 1).rem_euclid(12) + 1);
    (days_from_civil(y, m, 1) + d - 1) * 86_400 + h * 3600 + mi * 60 + s + EPOCH_2000
}

pub static RTC_TYPE: TypeObj =
    TypeObj::builtin("RTC", Kind::Device, Some(&OBJECT_TYPE), RTC_METHODS, Some(&Some(rtc_new)));

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

    #[test]
    fn unix_times_round_trip() {
        // 1970-01-01 was a Thursday; 2024-02-29 12:34:56 is 1709210096 (`date -d @…`).
        assert_eq!(civil_from_unix(0), [1970, 1, 1, 0, 0, 0, 3, 1]);
        assert_eq!(civil_from_unix(1_709_210_096), [2024, 2, 29, 12, 34, 56, 3, 60]);
        assert_eq!(civil_from_unix(-1), [1969, 12, 31, 23, 59, 59, 2, 365]);
        assert_eq!(unix_from_civil(2024, 2, 29, 12, 34, 56), 1_709_210_096);
        // Months past 12 and days past the month's end carry over.
        assert_eq!(unix_from_civil(2023, 14, 29, 12, 34, 56), 1_709_210_096);
        assert_eq!(unix_from_civil(2024, 1, 60, 12, 34, 56), 1_709_210_096);
    }
}
