//! `time` (also `utime`): the clocks, sleeps and tick counters, MicroPython's API and CPython's.

use super::math::number;
use crate::exc::*;
use crate::float::{new_float, Float};
use crate::func::Kw;
use crate::func::NativeObj;
use crate::int::index_of;
use crate::object::*;
use crate::pyb::TICKS_MASK;
use crate::value::*;

/// Seconds since the program started, from the clock that never wraps.
fn monotonic_secs() -> Float {
    let ns = crate::board::monotonic_ns();
    // Whole milliseconds, then the rest: no 64-bit float arithmetic on a 32-bit-float board.
    (ns / 1_000_000) as Float / 1000.0 + (ns % 1_000_000) as Float / 1e9
}

fn ms_arg(v: Value) -> R<u32> {
    Ok(index_of(v, "ms")?.max(0) as u32)
}

#[cfg_attr(target_os = "none", link_section = concat!(".rodata.mpyc.methods.", module_path!(), ".", line!()))]
pub(super) static TIME: [NativeObj; 21] = [
    // CPython's clocks, from the board's clock (since the program started; never wrapping).
    // (Seconds as a float of the board's width: on a 32-bit one, a millisecond apart for the
    // first 2.3 hours, as MicroPython's float would be.)
    NativeObj::function("monotonic", 0, 0, |_, _| new_float(monotonic_secs())),
    NativeObj::function("perf_counter", 0, 0, |_, _| new_float(monotonic_secs())),
    NativeObj::function("monotonic_ns", 0, 0, |_, _| crate::int::from_i64(crate::board::monotonic_ns() as i64)),
    NativeObj::function("perf_counter_ns", 0, 0, |_, _| crate::int::from_i64(crate::board::monotonic_ns() as i64)),
    NativeObj::function("time_ns", 0, 0, |_, _| {
        let (secs, nanos) = unix_now();
        crate::int::from_i64(secs * 1_000_000_000 + i64::from(nanos))
    }),
    NativeObj::new("sleep", |a, _| {
        let s = number(*a.first().unwrap_or(&small(0)), "sleep")?;
        if s < 0.0 {
            return Err(raise(&VALUE_ERROR, "sleep length must be non-negative"));
        }
        crate::pyb::switch::wait_us((s * 1_000_000.0) as u64)?;
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
        // MicroPython's check: a delta ticks_diff could not give back.
        if !(-(TICKS_MASK / 2) - 1..=TICKS_MASK / 2).contains(&y) {
            return Err(raise(&OVERFLOW_ERROR, "ticks interval overflow"));
        }
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
    // MicroPython's "highest resolution the system has": microseconds here, as `ticks_us`
    // (on a board not through `board_micros`, the benchmarks' marker that only `ticks_us`
    // calls).
    NativeObj::new("ticks_cpu", |_, _| {
        crate::sched::between_steps()?;
        #[cfg(target_os = "none")]
        let us = crate::board::millis().wrapping_mul(1000);
        #[cfg(not(target_os = "none"))]
        let us = crate::board::micros();
        Ok(small(us as isize & TICKS_MASK))
    }),
    NativeObj::function("time", 0, 0, |_, _| {
        let (secs, nanos) = unix_now();
        seconds_value(secs, nanos)
    }),
    // The calendar, in UTC (a board keeps no time zone; on the host too, for one answer).
    NativeObj::function("gmtime", 0, 1, |a, _| struct_time(seconds_arg(a)?)),
    NativeObj::function("localtime", 0, 1, |a, _| struct_time(seconds_arg(a)?)),
    NativeObj::function("mktime", 1, 1, |a, _| {
        let [y, m, d, h, mi, s, ..] = time_tuple(a[0], "mktime")?;
        seconds_value(unix_from_civil(y, m, d, h, mi, s), 0)
    }),
    NativeObj::function("strftime", 1, 2, |a, _| {
        let t = match a.get(1) {
            Some(&t) => time_tuple(t, "strftime")?,
            None => time_fields(unix_now().0),
        };
        let Some(format) = crate::str::as_str(a[0]) else {
            return Err(raise(
                &TYPE_ERROR,
                alloc::format!("strftime() argument 1 must be str, not {}", type_name(a[0])),
            ));
        };
        crate::str::from_str(&strftime(format, &t)?)
    }),
    NativeObj::function("asctime", 0, 1, |a, _| {
        let t = match a.first() {
            Some(&t) => time_tuple(t, "asctime")?,
            None => time_fields(unix_now().0),
        };
        crate::str::from_str(&strftime("%a %b %e %H:%M:%S %Y", &t)?)
    }),
    NativeObj::function("ctime", 0, 1, |a, _| {
        crate::str::from_str(&strftime("%a %b %e %H:%M:%S %Y", &time_fields(seconds_arg(a)?))?)
    }),
    NativeObj::type_entry("struct_time", |_, _| Ok(STRUCT_TIME_TYPE.as_value())),
];

use crate::pyb::rtc::{civil_from_unix, unix_from_civil, unix_now};

/// Seconds since 1970 as `time.time()` gives them: a float (CPython's), or on a board of 32-bit
/// floats an int of whole seconds, as MicroPython gives there (a 32-bit float of today's time
/// is two minutes off).
fn seconds_value(secs: i64, nanos: u32) -> R {
    if core::mem::size_of::<Float>() == 4 {
        return crate::int::from_i64(secs);
    }
    new_float(secs as Float + nanos as Float / 1e9)
}

/// The optional seconds argument of `gmtime`/`localtime`/`ctime`: now when absent or None, else
/// an int or float (whole seconds, toward minus infinity).
fn seconds_arg(a: &[Value]) -> R<i64> {
    match a.first() {
        None => Ok(unix_now().0),
        Some(&NONE) => Ok(unix_now().0),
        Some(&v) => {
            if let Some(i) = crate::int::as_i64(v) {
                return Ok(i);
            }
            if crate::int::as_int(v).is_some() {
                return Err(raise(&OVERFLOW_ERROR, "timestamp out of range for platform time_t"));
            }
            let f = number(v, "time")?;
            if !f.is_finite() {
                return Err(raise(&VALUE_ERROR, "Invalid value NaN (not a number)"));
            }
            // (A 32-bit float on some boards.)
            #[allow(clippy::useless_conversion)]
            let f = f64::from(f);
            Ok(libm::floor(f) as i64)
        }
    }
}

/// The nine fields of `time.struct_time` for `secs` seconds since 1970, UTC.
fn time_fields(secs: i64) -> [i64; 9] {
    let [y, m, d, h, mi, s, wday, yday] = civil_from_unix(secs);
    [y, m, d, h, mi, s, wday, yday, 0]
}

/// The fields of a time tuple argument: `struct_time`, or any sequence of 9 (CPython's) or of 8
/// (MicroPython's, with no DST flag).
fn time_tuple(t: Value, what: &str) -> R<[i64; 9]> {
    let items = crate::list::seq_items(t)
        .ok_or_else(|| raise(&TYPE_ERROR, alloc::format!("Tuple or struct_time argument required ({what})")))?;
    if items.len() != 9 && items.len() != 8 {
        return Err(raise(&TYPE_ERROR, alloc::format!("{what}(): illegal time tuple argument")));
    }
    let mut f = [0i64; 9];
    for (slot, &v) in f.iter_mut().zip(items) {
        *slot = index_of(v, what)? as i64;
    }
    Ok(f)
}

/// `time.struct_time`: a tuple of nine whose fields are also attributes, as CPython's
/// (MicroPython's `localtime()` gives a plain tuple of the first eight: indexing is the same).
pub static STRUCT_TIME_TYPE: TypeObj = TypeObj::builtin(
    "time.struct_time",
    Kind::Tuple,
    Some(&TUPLE_TYPE),
    crate::list::TUPLE_METHODS,
    Some(&Some(struct_time_new)),
);

/// The names of `struct_time`'s fields, in order.
pub const STRUCT_TIME_FIELDS: [&str; 9] =
    ["tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst"];

/// `time.struct_time(seq)`.
fn struct_time_new(a: &[Value], _kw: &Kw) -> R {
    let Some(&seq) = a.get(1) else {
        return Err(raise(&TYPE_ERROR, "struct_time() missing required argument 'sequence' (pos 1)"));
    };
    let items = crate::list::seq_items(seq).ok_or_else(|| raise(&TYPE_ERROR, "constructor requires a sequence"))?;
    // (CPython takes two more, the zone's name and offset, as attributes only.)
    if !(9..=11).contains(&items.len()) {
        return Err(raise(
            &TYPE_ERROR,
            alloc::format!("time.struct_time() takes an at least 9-sequence ({}-sequence given)", items.len()),
        ));
    }
    let t = crate::list::new_tuple(&items[..9])?;
    unsafe { (*(t as *mut Header)).ty = &STRUCT_TIME_TYPE };
    Ok(t)
}

/// The `struct_time` of `secs` seconds since 1970, UTC.
fn struct_time(secs: i64) -> R {
    let fields = time_fields(secs);
    let t = crate::list::new_tuple(&fields.map(|x| small(x as isize)))?;
    unsafe { (*(t as *mut Header)).ty = &STRUCT_TIME_TYPE };
    Ok(t)
}

const DAYS: [&str; 7] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// `strftime` in the C locale: the directives C99 and CPython's documentation list (`%a %A %b
/// %B %c %d %e %H %I %j %m %M %p %S %U %w %W %x %X %y %Y %Z %z %%`); any other is copied.
/// MemoryError where the text outgrows the heap (a format as long as the program likes).
fn strftime(format: &str, t: &[i64; 9]) -> R<alloc::string::String> {
    use core::fmt::Write;
    let [y, m, d, h, mi, s, wday, yday, _] = *t;
    let day = DAYS[wday.rem_euclid(7) as usize];
    let month = MONTHS[(m - 1).rem_euclid(12) as usize];
    let mut out = alloc::string::String::new();
    let mut chars = format.chars();
    while let Some(c) = chars.next() {
        // (Room for the longest a directive writes, `%c` of a 64-bit year, taken fallibly.)
        out.try_reserve(64).map_err(|_| memory_error())?;
        if c != '%' {
            out.push(c);
            continue;
        }
        let _ = match chars.next() {
            Some('a') => write!(out, "{}", &day[..3]),
            Some('A') => write!(out, "{day}"),
            Some('b' | 'h') => write!(out, "{}", &month[..3]),
            Some('B') => write!(out, "{month}"),
            Some('c') => write!(out, "{}", strftime("%a %b %e %H:%M:%S %Y", t)?),
            Some('d') => write!(out, "{d:02}"),
            Some('e') => write!(out, "{d:2}"),
            Some('H') => write!(out, "{h:02}"),
            Some('I') => write!(out, "{:02}", (h + 11).rem_euclid(12) + 1),
            Some('j') => write!(out, "{yday:03}"),
            Some('m') => write!(out, "{m:02}"),
            Some('M') => write!(out, "{mi:02}"),
            Some('p') => write!(out, "{}", if h < 12 { "AM" } else { "PM" }),
            Some('S') => write!(out, "{s:02}"),
            // Weeks of the year: from the first Sunday (%U) or Monday (%W).
            Some('U') => write!(out, "{:02}", (yday - 1 + 7 - (wday + 1).rem_euclid(7)) / 7),
            Some('W') => write!(out, "{:02}", (yday - 1 + 7 - wday) / 7),
            Some('w') => write!(out, "{}", (wday + 1).rem_euclid(7)),
            Some('x') => write!(out, "{m:02}/{d:02}/{:02}", y.rem_euclid(100)),
            Some('X') => write!(out, "{h:02}:{mi:02}:{s:02}"),
            Some('y') => write!(out, "{:02}", y.rem_euclid(100)),
            Some('Y') => write!(out, "{y}"),
            Some('Z') => write!(out, "UTC"),
            Some('z') => write!(out, "+0000"),
            Some('%') => write!(out, "%"),
            Some(other) => write!(out, "%{other}"),
            None => write!(out, "%"),
        };
    }
    Ok(out)
}
