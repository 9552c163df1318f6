//! The host "board": the console is stdout/stderr, LEDs are remembered, delays sleep.

use crate::exc::Global;
use std::io::Write;

pub const LED_COUNT: usize = 4;
/// What `sys.platform` says.
pub const PLATFORM: &str = "linux";
static LEDS: Global<[bool; LED_COUNT]> = Global::new([false; LED_COUNT]);
static START: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();

pub fn write_out(bytes: &[u8]) {
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(bytes);
    let _ = out.flush();
}

pub fn write_err(bytes: &[u8]) {
    let _ = std::io::stderr().write_all(bytes);
}

pub fn led_set(i: usize, on: bool) {
    LEDS.get()[i] = on;
}

pub fn led_get(i: usize) -> bool {
    LEDS.get()[i]
}

pub fn millis() -> u32 {
    START.get_or_init(std::time::Instant::now).elapsed().as_millis() as u32
}

pub fn micros() -> u32 {
    START.get_or_init(std::time::Instant::now).elapsed().as_micros() as u32
}

pub fn delay_ms(ms: u32) {
    std::thread::sleep(std::time::Duration::from_millis(ms.into()));
}

/// Console input is not read through the board on the host.
pub fn read_in() -> Option<u8> {
    None
}

/// `pyb.bootloader()`: there is no bootloader to enter on the host; the program ends, as it
/// does on the board.
pub fn enter_bootloader() -> ! {
    crate::print::flush();
    std::process::exit(0)
}
