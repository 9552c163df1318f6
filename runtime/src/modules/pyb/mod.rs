//! The `pyb` module: its functions (time) and its peripheral types, one file each.

pub mod accel;
pub mod adc;
pub mod dac;
pub mod extint;
pub mod i2c;
pub mod led;
pub mod pin;
pub mod pins;
pub mod rtc;
pub mod servo;
pub mod spi;
pub mod switch;
pub mod timer;
pub mod uart;
pub mod usb_vcp;
pub mod wdt;

use crate::board;
use crate::exc::*;
use crate::func::NativeObj;
use crate::int::index_of;
use crate::object::*;
use crate::value::*;

/// Tick counters wrap at 2**30, as MicroPython's.
pub const TICKS_MASK: isize = (1 << 30) - 1;

fn count_arg(a: &[Value], what: &str) -> R<u32> {
    match a.first() {
        Some(&v) => Ok(index_of(v, what)?.clamp(0, i32::MAX as isize) as u32),
        None => Err(raise(&TYPE_ERROR, alloc::format!("function missing 1 required positional argument ({what})"))),
    }
}

fn elapsed(now: u32, a: &[Value]) -> R {
    crate::sched::between_steps()?;
    let start = index_of(*a.first().unwrap_or(&small(0)), "start")?;
    Ok(small((now as isize - start) & TICKS_MASK))
}

#[cfg_attr(target_os = "none", link_section = concat!(".rodata.mpyc.methods.", module_path!(), ".", line!()))]
pub static FUNCTIONS: [NativeObj; 38] = [
    // The types, each left out of the firmware with its constructor and methods when the
    // program never names it (`NativeObj::type_entry`).
    NativeObj::type_entry("ADC", |_, _| Ok(adc::ADC_TYPE.as_value())),
    NativeObj::type_entry("Accel", |_, _| Ok(accel::ACCEL_TYPE.as_value())),
    NativeObj::type_entry("DAC", |_, _| Ok(dac::DAC_TYPE.as_value())),
    NativeObj::type_entry("ExtInt", |_, _| Ok(extint::EXTINT_TYPE.as_value())),
    NativeObj::type_entry("I2C", |_, _| Ok(i2c::I2C_TYPE.as_value())),
    NativeObj::type_entry("LED", |_, _| Ok(led::LED_TYPE.as_value())),
    NativeObj::type_entry("Pin", |_, _| Ok(pin::PIN_TYPE.as_value())),
    NativeObj::type_entry("RTC", |_, _| Ok(rtc::RTC_TYPE.as_value())),
    NativeObj::type_entry("Servo", |_, _| Ok(servo::SERVO_TYPE.as_value())),
    NativeObj::type_entry("SPI", |_, _| Ok(spi::SPI_TYPE.as_value())),
    NativeObj::type_entry("Switch", |_, _| Ok(switch::SWITCH_TYPE.as_value())),
    NativeObj::type_entry("Timer", |_, _| Ok(timer::TIMER_TYPE.as_value())),
    NativeObj::type_entry("UART", |_, _| Ok(uart::UART_TYPE.as_value())),
    NativeObj::type_entry("USB_VCP", |_, _| Ok(usb_vcp::USB_VCP_TYPE.as_value())),
    NativeObj::type_entry("WDT", |_, _| Ok(wdt::WDT_TYPE.as_value())),
    // `machine.mem8/mem16/mem32` (`runtime/lib/machine.py`): `_mem(addr, size)` reads `size`
    // bytes at `addr`, `_mem(addr, size, value)` writes them. As MicroPython's, the address is
    // taken modulo 2**32 and must be aligned, and a word reads as a signed 32-bit int.
    NativeObj::new("_mem", |a, _| {
        crate::gated!("mem8|mem16|mem32", mem as fn(&[Value]) -> R, fn(&[Value]) -> R).map_or(Ok(NONE), |f| f(a))
    }),
    // Reboots into the ROM DFU bootloader (on the host and in QEMU the program ends).
    NativeObj::new("bootloader", |_, _| {
        crate::print::flush();
        board::enter_bootloader()
    }),
    NativeObj::new("delay", |a, _| {
        switch::wait_us(u64::from(count_arg(a, "ms")?) * 1000)?;
        Ok(NONE)
    }),
    NativeObj::new("disable_irq", |_, _| {
        let was = !board::irq_disabled();
        board::set_irq(false);
        Ok(bool_value(was))
    }),
    NativeObj::new("elapsed_micros", |a, _| elapsed(board::micros(), a)),
    NativeObj::new("elapsed_millis", |a, _| elapsed(board::millis(), a)),
    NativeObj::new("enable_irq", |a, _| {
        board::set_irq(crate::ops::truthy(*a.first().unwrap_or(&TRUE))?);
        Ok(NONE)
    }),
    // Whether a hard fault prints the registers: nothing to change (a fault always reports).
    NativeObj::new("fault_debug", |_, _| Ok(NONE)),
    NativeObj::new("freq", |a, _| {
        if !a.is_empty() {
            return Err(raise(&NOT_IMPLEMENTED_ERROR, "setting the clocks is not supported by mpyc"));
        }
        let c = board::clocks().map(|hz| crate::int::from_isize(hz as isize));
        crate::list::new_tuple(&c)
    }),
    // Clock reads are where scheduled callbacks run and a Ctrl-C is raised (`sched.rs`).
    // Resets the board (on the host and in QEMU the program ends).
    NativeObj::new("hard_reset", |_, _| {
        crate::print::flush();
        board::reset()
    }),
    // Deprecated in MicroPython for `USB_VCP().isconnected()`: a host has the USB serial port.
    NativeObj::new("have_cdc", |_, _| Ok(bool_value(cfg!(feature = "console-usb") && board::console_connected()))),
    NativeObj::new("info", |_, _| {
        if let Some(f) = crate::gated!("info", info as fn(), fn()) {
            f();
        }
        Ok(NONE)
    }),
    NativeObj::new("micros", |_, _| {
        crate::sched::between_steps()?;
        Ok(small(board::micros() as isize & TICKS_MASK))
    }),
    NativeObj::new("millis", |_, _| {
        crate::sched::between_steps()?;
        Ok(small(board::millis() as isize & TICKS_MASK))
    }),
    NativeObj::new("repl_uart", |a, _| {
        crate::gated!("repl_uart", repl_uart as fn(&[Value]) -> R, fn(&[Value]) -> R).map_or(Ok(NONE), |f| f(a))
    }),
    // A 30-bit random number (the chip's true random generator on the pyboard).
    NativeObj::new("rng", |_, _| Ok(small((board::rng() >> 2) as isize))),
    // Standby mode: the board powers down, and a wake resets it (QEMU and the host: the
    // program ends, as after `hard_reset`).
    NativeObj::new("standby", |_, _| {
        crate::print::flush();
        match crate::gated!("standby", board::standby as fn() -> !, fn() -> !) {
            Some(f) => f(),
            None => Ok(NONE),
        }
    }),
    // Stop mode until an interrupt wakes the board (`board::stop`).
    NativeObj::new("stop", |_, _| {
        crate::print::flush();
        if let Some(f) = crate::gated!("stop", board::stop as fn(), fn()) {
            f();
        }
        crate::sched::between_steps()?;
        Ok(NONE)
    }),
    // Nothing to flush: mpyc has no filesystem.
    NativeObj::new("sync", |_, _| Ok(NONE)),
    NativeObj::new("udelay", |a, _| {
        switch::wait_us(count_arg(a, "us")?.into())?;
        Ok(NONE)
    }),
    NativeObj::new("unique_id", |_, _| crate::bytes::new_bytes(&board::unique_id())),
    NativeObj::new("usb_mode", |a, _| {
        crate::gated!("usb_mode", usb_mode as fn(&[Value]) -> R, fn(&[Value]) -> R).map_or(Ok(NONE), |f| f(a))
    }),
    NativeObj::new("wfi", |_, _| {
        board::wfi();
        crate::sched::between_steps()?;
        Ok(NONE)
    }),
];

pub static TYPES: [&TypeObj; 0] = [];

/// `machine.mem8/16/32`'s reads and writes (`_mem` above; behind a gate of those names).
fn mem(a: &[Value]) -> R {
    let word = |v: Value| match crate::int::as_i64(v) {
        Some(n) => Ok(n as u32),
        None => Err(raise(&TYPE_ERROR, alloc::format!("can't convert {} to int", type_name(v)))),
    };
    let addr = word(*a.first().unwrap_or(&NONE))?;
    let size = index_of(*a.get(1).unwrap_or(&small(4)), "size")?.clamp(1, 4) as u8;
    if addr % u32::from(size) != 0 {
        return Err(raise(&VALUE_ERROR, alloc::format!("address {addr:08x} is not aligned to {size} bytes")));
    }
    let no_memory = || raise_with(&OS_ERROR, small(19));
    match a.get(2) {
        None => {
            let v = board::mem_read(addr as usize, size).ok_or_else(no_memory)?;
            Ok(crate::int::from_isize(v as i32 as isize))
        }
        Some(&v) => {
            let v = word(v)?;
            if !board::mem_write(addr as usize, size, v) {
                return Err(no_memory());
            }
            Ok(NONE)
        }
    }
}

/// `pyb.info()`: MicroPython's report, for what mpyc has: the chip's ID, the clocks (SYSCLK,
/// HCLK, PCLK1, PCLK2) and the heap (total, then used : free, in bytes).
fn info() {
    let id = board::unique_id();
    let mut s = alloc::string::String::from("ID=");
    for (i, b) in id.iter().enumerate() {
        if i > 0 && i % 4 == 0 {
            s.push(':');
        }
        s.push_str(&alloc::format!("{b:02x}"));
    }
    let [sys, h, p1, p2] = board::clocks();
    let (free, used) = crate::gc::usage();
    s.push_str(&alloc::format!(
        "\nS={sys}\nH={h}\nP1={p1}\nP2={p2}\nGC:\n  {} total\n  {used} : {free}\n",
        used + free
    ));
    crate::print::write(s.as_bytes());
}

/// The UART `repl_uart` was given (a root once set; 0 before).
static REPL_UART: crate::exc::Global<(Value, bool)> = crate::exc::Global::new((0, false));

/// `pyb.repl_uart([uart])`: the UART the console is also on, or None; given one, it is kept
/// (mpyc's console stays on USB or its UART: nothing is copied onto it).
fn repl_uart(a: &[Value]) -> R {
    let kept = REPL_UART.get();
    let Some(&u) = a.first() else {
        return Ok(if kept.0 == 0 { NONE } else { kept.0 });
    };
    if u != NONE && !crate::object::isinstance(u, &uart::UART_TYPE) {
        return Err(raise(&VALUE_ERROR, "need a UART object"));
    }
    if !kept.1 {
        kept.1 = true;
        crate::gc::add_roots(&kept.0, 1);
    }
    kept.0 = if u == NONE { 0 } else { u };
    Ok(NONE)
}

/// `pyb.usb_mode([mode], **kw)`: 'VCP' where the console is the USB serial port (else None);
/// that mode is the only one mpyc has (no HID, no mass storage).
fn usb_mode(a: &[Value]) -> R {
    let usb = cfg!(feature = "console-usb");
    let Some(&m) = a.first() else {
        return if usb { crate::str::from_str("VCP") } else { Ok(NONE) };
    };
    match crate::str::as_str(m) {
        Some("VCP" | "CDC") if usb => Ok(NONE),
        Some("VCP" | "CDC") => {
            Err(raise(&NOT_IMPLEMENTED_ERROR, "this board's console is not USB: mpyc cannot switch USB on"))
        }
        Some(mode @ ("VCP+MSC" | "VCP+HID" | "VCP+MSC+HID" | "CDC+MSC" | "CDC+HID" | "MSC" | "MSC+HID")) => Err(raise(
            &NOT_IMPLEMENTED_ERROR,
            alloc::format!("USB mode '{mode}' is not supported by mpyc (only 'VCP': no HID, no mass storage)"),
        )),
        None if m == NONE => Err(raise(&NOT_IMPLEMENTED_ERROR, "switching USB off is not supported by mpyc")),
        _ => Err(raise(&VALUE_ERROR, "bad USB mode")),
    }
}

/// Writes `before`, the number `n` (below 100) and `after` to the error console without
/// allocating: how a hard callback's failure is reported from its interrupt.
pub fn write_err_number(before: &[u8], n: u8, after: &[u8]) {
    let digits = [b'0' + n / 10 % 10, b'0' + n % 10];
    board::write_err(before);
    board::write_err(&digits[usize::from(n < 10)..]);
    board::write_err(after);
}

/// The bus of an I2C or SPI peripheral (`what`): 1 or 'X', 2 or 'Y'.
pub fn xy_bus(v: Value, what: &str) -> R<u8> {
    if let Some(s) = crate::str::as_str(v) {
        return match s {
            "X" => Ok(1),
            "Y" => Ok(2),
            _ => Err(raise(&VALUE_ERROR, alloc::format!("{what}({s}) doesn't exist"))),
        };
    }
    match index_of(v, "bus")? {
        n @ 1..=2 => Ok(n as u8),
        n => Err(raise(&VALUE_ERROR, alloc::format!("{what}({n}) doesn't exist"))),
    }
}

/// Raises OSError with MicroPython's errno for a failed bus transfer.
pub fn bus_error(e: board::bus::BusError) -> Exc {
    raise_with(&OS_ERROR, small(e.errno()))
}

/// The bytes a write-like argument sends: a str is its UTF-8 bytes (in MicroPython a str has
/// the buffer protocol), else any bytes-like object.
pub fn buffer_bytes(v: Value) -> R<alloc::vec::Vec<u8>> {
    if let Some(s) = crate::str::as_str(v) {
        return crate::reserve::copied(s.as_bytes());
    }
    crate::memoryview::bytes_like(v)?
        .ok_or_else(|| raise(&TYPE_ERROR, alloc::format!("object with buffer protocol required, not {}", type_name(v))))
}

/// The keyword or positional argument `i` (after `self`) called `name`.
pub fn arg(a: &[Value], kw: &crate::func::Kw, i: usize, name: &str) -> Option<Value> {
    kw.get(name).or_else(|| a.get(i + 1).copied())
}
