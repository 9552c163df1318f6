//! The `pyb` module: LEDs, delays and the millisecond clock, on whatever board was built for.

use crate::board;
use crate::exc::{cstr, raise, ExcType};
use crate::int::{as_int, from_isize, Int};
use crate::object::{alloc, body, kind_of, type_name, Header, Kind, LedObj};
use crate::value::*;

fn int_arg(v: Value, what: &str) -> Result<isize, Value> {
    match as_int(v) {
        Some(Int::Small(n)) => Ok(n),
        Some(Int::Big(_)) => Err(raise(ExcType::OverflowError, alloc::format!("{what} is too large"))),
        None => Err(raise(ExcType::TypeError, alloc::format!("can't convert {} to int", type_name(v)))),
    }
}

/// `pyb.delay(ms)`.
#[no_mangle]
pub extern "C" fn rt_pyb_delay(ms: Value) -> Value {
    match int_arg(ms, "delay") {
        Ok(n) => {
            board::delay_ms(n.max(0) as u32);
            NONE
        }
        Err(e) => e,
    }
}

/// `pyb.millis()`.
#[no_mangle]
pub extern "C" fn rt_pyb_millis() -> Value {
    from_isize((board::millis() & 0x3fff_ffff) as isize)
}

/// `pyb.LED(n)`, numbered from 1 as on the board's silkscreen.
#[no_mangle]
pub extern "C" fn rt_pyb_led(n: Value) -> Value {
    let n = match int_arg(n, "LED number") {
        Ok(n) => n,
        Err(e) => return e,
    };
    if n < 1 || n as usize > board::LED_COUNT {
        return raise(ExcType::ValueError, alloc::format!("LED({n}) doesn't exist"));
    }
    alloc(LedObj { header: Header { kind: Kind::Led }, index: n as usize })
}

/// The methods of each object type, sorted as `dir()` lists them.
fn methods_of(obj: Value) -> &'static [&'static str] {
    match kind_of(obj) {
        Some(Kind::Led) => &["off", "on", "toggle"],
        _ => &[],
    }
}

/// AttributeError, with CPython's "Did you mean" for a near miss.
fn no_attribute(obj: Value, name: &str) -> Value {
    let mut msg = alloc::format!("'{}' object has no attribute '{name}'", type_name(obj));
    if let Some(s) = crate::suggest::suggestion(name, methods_of(obj)) {
        msg.push_str(&alloc::format!(". Did you mean: '{s}'?"));
    }
    raise(ExcType::AttributeError, msg)
}

/// `obj.name()` for the methods there are so far; `name` is NUL-terminated.
#[no_mangle]
pub unsafe extern "C" fn rt_method0(obj: Value, name: *const u8) -> Value {
    let name = cstr(name);
    if kind_of(obj) == Some(Kind::Led) {
        let led: &LedObj = body(obj);
        let i = led.index - 1;
        match name {
            "on" => board::led_set(i, true),
            "off" => board::led_set(i, false),
            "toggle" => board::led_set(i, !board::led_get(i)),
            _ => return no_attribute(obj, name),
        }
        return NONE;
    }
    no_attribute(obj, name)
}
