//! The host "board": the console is stdout/stderr. Without a simulator, LEDs and pins are
//! remembered, there is no I2C bus and delays sleep; with one (`--board pyboard-sim`), pins,
//! buses and the clock are the simulated pyboard's ([`super::sim`]).

use super::bus::{BusError, PinId, PinMode, Pull};
use super::gpio_model::Gpio;
use super::sim;
use crate::exc::Global;
use std::io::Write;

pub const LED_COUNT: usize = 4;
/// What `sys.platform` says.
pub const PLATFORM: &str = "linux";
/// Without a simulator: LED(1)..LED(4) as pins of a remembered GPIO (the pyboard's pins).
const LEDS: [PinId; LED_COUNT] = [PinId::new(0, 13), PinId::new(0, 14), PinId::new(0, 15), PinId::new(1, 4)];
static GPIO: Global<Option<Gpio>> = Global::new(None);
static START: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();

fn gpio() -> &'static mut Gpio {
    GPIO.get().get_or_insert_with(Gpio::default)
}

pub fn write_out(bytes: &[u8]) {
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(bytes);
    let _ = out.flush();
}

pub fn write_err(bytes: &[u8]) {
    let _ = std::io::stderr().write_all(bytes);
}

pub fn led_set(i: usize, on: bool) {
    match sim::machine() {
        Some(m) => m.led_set(i, on),
        None => gpio().write(LEDS[i], on),
    }
}

pub fn led_get(i: usize) -> bool {
    match sim::machine() {
        Some(m) => m.led_get(i),
        None => gpio().out(LEDS[i]),
    }
}

pub fn pin_init(p: PinId, mode: PinMode, pull: Pull) {
    match sim::machine() {
        Some(m) => m.pin_init(p, mode, pull),
        None => gpio().init(p, mode, pull),
    }
}

pub fn pin_write(p: PinId, high: bool) {
    match sim::machine() {
        Some(m) => m.pin_write(p, high),
        None => gpio().write(p, high),
    }
}

/// The level on the pin.
pub fn pin_read(p: PinId) -> bool {
    match sim::machine() {
        Some(m) => m.pin_read(p),
        None => gpio().level(p),
    }
}

/// The pin's output register bit.
pub fn pin_out(p: PinId) -> bool {
    match sim::machine() {
        Some(m) => m.pin_out(p),
        None => gpio().out(p),
    }
}

pub fn pin_mode(p: PinId) -> (PinMode, Pull) {
    match sim::machine() {
        Some(m) => m.pin_mode(p),
        None => gpio().mode(p),
    }
}

pub fn i2c_init(bus: u8, hz: u32) -> Result<(), BusError> {
    sim::machine().ok_or(BusError::NoBus)?.i2c_init(bus, hz)
}

/// Writes `data` to `addr` on `bus`, with a stop.
pub fn i2c_write(bus: u8, addr: u8, data: &[u8]) -> Result<(), BusError> {
    sim::machine().ok_or(BusError::NoBus)?.i2c(bus, addr, data, &mut [], true)
}

/// Reads `buf.len()` bytes from `addr` on `bus`.
pub fn i2c_read(bus: u8, addr: u8, buf: &mut [u8]) -> Result<(), BusError> {
    sim::machine().ok_or(BusError::NoBus)?.i2c(bus, addr, &[], buf, false)
}

/// Writes `data` (a register address), then after a repeated start reads into `buf`.
pub fn i2c_write_read(bus: u8, addr: u8, data: &[u8], buf: &mut [u8]) -> Result<(), BusError> {
    sim::machine().ok_or(BusError::NoBus)?.i2c(bus, addr, data, buf, true)
}

/// Reading the simulated clock costs a microsecond, so that a loop waiting for the time to
/// pass gets there.
pub fn micros() -> u32 {
    match sim::machine() {
        Some(m) => {
            m.advance(1);
            m.now() as u32
        }
        None => START.get_or_init(std::time::Instant::now).elapsed().as_micros() as u32,
    }
}

pub fn millis() -> u32 {
    match sim::machine() {
        Some(m) => {
            m.advance(1);
            (m.now() / 1000) as u32
        }
        None => START.get_or_init(std::time::Instant::now).elapsed().as_millis() as u32,
    }
}

pub fn delay_us(us: u32) {
    match sim::machine() {
        Some(m) => m.advance(us.into()),
        None => std::thread::sleep(std::time::Duration::from_micros(us.into())),
    }
}

pub fn delay_ms(ms: u32) {
    match sim::machine() {
        Some(m) => m.advance(u64::from(ms) * 1000),
        None => std::thread::sleep(std::time::Duration::from_millis(ms.into())),
    }
}

static IRQ_DISABLED: Global<bool> = Global::new(false);

/// The pyboard's clocks (168 MHz core, APB1 42 MHz, APB2 84 MHz), which `pyb.freq()` reports
/// here too.
pub fn clocks() -> [u32; 4] {
    [168_000_000, 168_000_000, 42_000_000, 84_000_000]
}

/// A fixed ID: a simulated board is always the same board.
pub fn unique_id() -> [u8; 12] {
    *b"mpyc pyb sim"
}

/// Waits for the next interrupt: the next millisecond tick (SysTick's, on the board).
pub fn wfi() {
    match sim::machine() {
        Some(m) => m.advance(1000 - m.now() % 1000),
        None => std::thread::sleep(std::time::Duration::from_millis(1)),
    }
}

pub fn irq_disabled() -> bool {
    *IRQ_DISABLED.get()
}

pub fn set_irq(enabled: bool) {
    *IRQ_DISABLED.get() = !enabled;
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
