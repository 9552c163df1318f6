//! The host "board": the console is stdout/stderr. Without a simulator, LEDs and pins are
//! remembered, there is no I2C bus and delays sleep; with one (`--board pyboard-sim`), pins,
//! buses and the clock are the simulated pyboard's ([`super::sim`]).

use super::bus::{BusError, PinId, PinMode, Pull, SpiMode, UartMode};
use super::gpio_model::Gpio;
use super::sim;
use super::timer_model;
use crate::exc::Global;
use std::io::Write;

pub const LED_COUNT: usize = 4;
/// What `sys.platform` says.
pub const PLATFORM: &str = "linux";
/// Without a simulator: LED(1)..LED(4) as pins of a remembered GPIO (the pyboard's pins).
const LEDS: [PinId; LED_COUNT] = [PinId::new(0, 13), PinId::new(0, 14), PinId::new(0, 15), PinId::new(1, 4)];
static GPIO: Global<Option<Gpio>> = Global::new(None);
static START: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();

/// The program's path as `mpyc run` was given it (`sys.argv[0]`).
static PROGRAM: std::sync::OnceLock<String> = std::sync::OnceLock::new();

/// Records the program's path, before it runs.
pub fn set_program_path(path: &str) {
    let _ = PROGRAM.set(path.to_string());
}

/// `sys.argv[0]`: the program's path, if recorded.
pub fn program_path() -> Option<&'static str> {
    PROGRAM.get().map(String::as_str)
}

fn gpio() -> &'static mut Gpio {
    GPIO.get().get_or_insert_with(Gpio::default)
}

/// No guard region on the host (its threads' stacks have the system's): see
/// `cortex_m::move_guard`.
#[inline(always)]
pub fn move_guard(_base: usize) -> usize {
    0
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
    deliver_interrupts();
}

pub fn pin_write(p: PinId, high: bool) {
    match sim::machine() {
        Some(m) => m.pin_write(p, high),
        None => gpio().write(p, high),
    }
    deliver_interrupts();
}

/// A 12-bit ADC reading of pin `p` (the simulator's scenario sets voltages; without it a pin
/// reads 4095 when high, else 0).
pub fn adc_read(p: PinId, _channel: u8) -> u16 {
    match sim::machine() {
        Some(m) => m.adc_read(p),
        None if gpio().level(p) => 4095,
        None => 0,
    }
}

/// `pyb.ExtInt` works here (modelled).
pub const HAS_EXTI: bool = true;

/// EXTI line `p.pin` watches pin `p` for the edges asked for (neither: the line is off).
pub fn exti_watch(p: PinId, rising: bool, falling: bool) {
    match sim::machine() {
        Some(m) => m.exti(p, rising, falling),
        None => gpio().exti(p, rising, falling),
    }
}

/// A software interrupt on EXTI line `n`.
pub fn exti_swint(n: u8) {
    match sim::machine() {
        Some(m) => m.swint(n),
        None => gpio().swint(n),
    }
    deliver_interrupts();
}

/// The model's IMR, EMR, RTSR, FTSR, SWIER and PR, for `ExtInt.regs()`.
pub fn exti_regs() -> [u32; 6] {
    match sim::machine() {
        Some(m) => m.exti_regs(),
        None => gpio().regs(),
    }
}

/// What an edge calls (`pyb::extint::interrupt`, set when the program watches a line).
pub fn exti_on_edge(f: fn(u8)) {
    ON_EDGE.set(f);
}

static ON_EDGE: crate::exc::Hook<fn(u8)> = crate::exc::Hook::new();

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

/// The watchdog: on the simulated board, a program that does not feed it in time is reset
/// (the run ends, as `hard_reset` ends it); elsewhere on the host nothing watches.
pub fn wdt_start(ms: u32) -> u32 {
    if let Some(m) = sim::machine() {
        m.wdt_start(ms);
    }
    ms
}

pub fn wdt_feed() {
    if let Some(m) = sim::machine() {
        m.wdt_feed();
    }
}

/// The DAC's channels: on the simulated board their levels go in the timeline; elsewhere on
/// the host there is nothing to drive.
pub fn dac_init(ch: u8, _buffered: bool) {
    if let Some(m) = sim::machine() {
        m.dac_event(ch, "on");
    }
}

pub fn dac_deinit(ch: u8) {
    if let Some(m) = sim::machine() {
        m.dac_event(ch, "off");
    }
}

pub fn dac_write(ch: u8, value: u16) {
    if let Some(m) = sim::machine() {
        m.dac_event(ch, &format!("{value}"));
    }
}

pub fn dac_wave(ch: u8, triangle: bool, freq: u32) {
    if let Some(m) = sim::machine() {
        m.dac_event(ch, &format!("{} at {freq} Hz", if triangle { "triangle" } else { "noise" }));
    }
}

/// Sets up UART `id`; the baud rate it runs at.
pub fn uart_init(id: u8, mode: UartMode) -> Result<u32, BusError> {
    sim::machine().ok_or(BusError::NoBus)?.uart_init(id, mode)
}

pub fn uart_deinit(id: u8) {
    if let Some(m) = sim::machine() {
        m.uart_deinit(id);
    }
}

pub fn uart_write(id: u8, bytes: &[u8]) -> Result<(), BusError> {
    sim::machine().ok_or(BusError::NoBus)?.uart_write(id, bytes)
}

/// A break: the line held low for a frame (the simulator's clock moves on by it).
pub fn uart_send_break(id: u8) -> Result<(), BusError> {
    sim::machine().ok_or(BusError::NoBus)?.uart_write(id, &[])
}

/// What a received byte is handed to: `f(uart, byte)`.
pub fn uart_on_receive(f: fn(u8, u8)) {
    if let Some(m) = sim::machine() {
        m.uart_on_receive(f);
    }
}

/// Sets up SPI `bus` as controller; the clock it runs at.
pub fn spi_init(bus: u8, mode: SpiMode) -> Result<u32, BusError> {
    sim::machine().ok_or(BusError::NoBus)?.spi_init(bus, mode)
}

/// Sends `tx` (then `fill` bytes) while receiving into `rx`: `max(tx, rx)` bytes in all.
pub fn spi_transfer(bus: u8, tx: &[u8], rx: &mut [u8], fill: u8) -> Result<(), BusError> {
    sim::machine().ok_or(BusError::NoBus)?.spi(bus, tx, rx, fill)
}

/// Nanoseconds on the host's clock: the simulated board's, or real time since the start.
fn now_ns() -> u64 {
    match sim::machine() {
        Some(m) => m.now() * 1000,
        None => START.get_or_init(std::time::Instant::now).elapsed().as_nanos() as u64,
    }
}

/// Delivers the interrupts that are due (unless interrupts are masked): the timers' and the
/// EXTI lines'. This is how the host models interrupts: where the program waits, reads the
/// clock, or changes a pin.
fn deliver_interrupts() {
    // (Not inside a hard callback: on the board, an interrupt does not interrupt itself.)
    if irq_disabled() || crate::sched::in_irq() {
        return;
    }
    while let Some(id) = timer_model::take_due(now_ns(), timer_source_hz) {
        if let Some(f) = ON_WRAP.get() {
            f(id);
        }
    }
    loop {
        let line = match sim::machine() {
            Some(m) => m.take_line(),
            None => gpio().take_line(),
        };
        let (Some(n), Some(f)) = (line, ON_EDGE.get()) else { break };
        f(n);
    }
}

/// Lets the clock run to `end` (nanoseconds), delivering timer interrupts on the way; with
/// `early`, stops when the program has something to do (`sched::interrupted`).
fn pass_time(end: u64, early: bool) {
    loop {
        deliver_interrupts();
        let now = now_ns();
        if now >= end || early && crate::sched::interrupted() {
            return;
        }
        // The next thing to happen: the end, a timer's wrap, the scenario's next event.
        // (Masked interrupts, or a hard callback waiting: no timer ends the step.)
        let event = sim::machine().and_then(|m| m.next_event()).map_or(u64::MAX, |us| us * 1000);
        let due = match irq_disabled() || crate::sched::in_irq() {
            true => u64::MAX,
            false => timer_model::next_due().unwrap_or(u64::MAX),
        };
        let until = end.min(due).min(event).max(now + 1);
        match sim::machine() {
            Some(m) => m.advance(until.div_ceil(1000).saturating_sub(m.now()).max(1)),
            None => std::thread::sleep(std::time::Duration::from_nanos(until.saturating_sub(now))),
        }
    }
}

/// Reading the simulated clock costs a microsecond, so that a loop waiting for the time to
/// pass gets there.
pub fn micros() -> u32 {
    let us = match sim::machine() {
        Some(m) => {
            m.advance(1);
            m.now() as u32
        }
        None => START.get_or_init(std::time::Instant::now).elapsed().as_micros() as u32,
    };
    deliver_interrupts();
    us
}

/// Nanoseconds since the program started, never wrapping (`time.monotonic()` and the like);
/// the interrupts due are delivered, as [`micros`] does.
pub fn monotonic_ns() -> u64 {
    let _ = micros();
    now_ns()
}

/// The host's clock in seconds since 1970-01-01 UTC, where `pyb.RTC` starts; none when a
/// board is simulated (its RTC starts from 2000-01-01, as the board's does).
pub fn wall_clock() -> Option<i64> {
    if sim::machine().is_some() {
        return None;
    }
    let d = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).ok()?;
    Some(d.as_secs() as i64)
}

pub fn millis() -> u32 {
    let ms = match sim::machine() {
        Some(m) => {
            m.advance(1);
            (m.now() / 1000) as u32
        }
        None => START.get_or_init(std::time::Instant::now).elapsed().as_millis() as u32,
    };
    deliver_interrupts();
    ms
}

pub fn delay_us(us: u32) {
    pass_time(now_ns() + u64::from(us) * 1000, false);
}

pub fn delay_ms(ms: u32) {
    pass_time(now_ns() + u64::from(ms) * 1_000_000, false);
}

/// Waits up to `us` microseconds, less when the program has something to do (a Ctrl-C, a
/// scheduled callback); returns the microseconds waited.
pub fn wait_us(us: u64) -> u64 {
    let start = now_ns();
    pass_time(start + us * 1000, true);
    ((now_ns() - start) / 1000).min(us)
}

/// `pyb.Timer` works here (modelled).
pub const HAS_TIMERS: bool = true;

/// The clock timer `id` counts: twice its bus's (APB2 for timers 1 and 8–11, APB1 for the
/// others), as on the pyboard, whose buses are divided.
pub fn timer_source_hz(id: u8) -> u32 {
    let c = clocks();
    if matches!(id, 1 | 8..=11) {
        2 * c[3]
    } else {
        2 * c[2]
    }
}

/// Timer `id` counts from 0 at its source clock / (prescaler + 1), wrapping after period + 1
/// counts (the model counts up whatever the mode).
pub fn timer_start(id: u8, prescaler: u32, period: u32, _mode: u32) {
    timer_model::start(id, timer_source_hz(id), prescaler, period, now_ns());
}

pub fn timer_stop(id: u8) {
    timer_model::stop(id);
}

/// (prescaler, period) of timer `id`.
pub fn timer_setup(id: u8) -> (u32, u32) {
    timer_model::setup(id)
}

pub fn timer_reload(id: u8, prescaler: u32, period: u32) {
    timer_model::reload(id, timer_source_hz(id), prescaler, period, now_ns());
}

pub fn timer_counter(id: u8) -> u32 {
    timer_model::counter(id, timer_source_hz(id), now_ns())
}

pub fn timer_set_counter(id: u8, value: u32) {
    timer_model::set_counter(id, timer_source_hz(id), value, now_ns());
}

/// Channel `ch` of timer `id` as PWM (the model keeps its compare value; the output is not
/// modelled).
pub fn timer_pwm(_id: u8, _ch: u8, _inverted: bool) {}

pub fn timer_compare(id: u8, ch: u8) -> u32 {
    timer_model::compare(id, ch)
}

pub fn timer_set_compare(id: u8, ch: u8, value: u32) {
    timer_model::set_compare(id, ch, value);
}

/// LED `i`'s brightness: PWM on LED(3) and LED(4) in the simulator (its timeline says so);
/// elsewhere on above 0.
pub fn led_intensity(i: usize, value: u8) {
    match sim::machine() {
        Some(m) => m.led_intensity(i, value),
        None => gpio().write(LEDS[i], value > 0),
    }
}

/// Whether timer `id` raises its update interrupt.
pub fn timer_irq(id: u8, on: bool) {
    timer_model::irq(id, on, timer_source_hz(id), now_ns());
}

/// What a wrap calls (`pyb::timer::interrupt`, set when the program makes a timer).
pub fn timer_on_wrap(f: fn(u8)) {
    ON_WRAP.set(f);
}

static ON_WRAP: crate::exc::Hook<fn(u8)> = crate::exc::Hook::new();

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

/// `machine.mem8/16/32`: the host's memory is no chip's, so nothing is read (the program gets
/// an OSError).
pub fn mem_read(_addr: usize, _size: u8) -> Option<u32> {
    None
}

/// `machine.mem8/16/32[addr] = v`: nothing is written on the host (false).
pub fn mem_write(_addr: usize, _size: u8, _value: u32) -> bool {
    false
}

/// Waits for the next interrupt: the next millisecond tick (SysTick's, on the board).
pub fn wfi() {
    let now = now_ns();
    pass_time(now + 1_000_000 - now % 1_000_000, true);
}

pub fn irq_disabled() -> bool {
    *IRQ_DISABLED.get()
}

pub fn set_irq(enabled: bool) {
    *IRQ_DISABLED.get() = !enabled;
}

/// The host's console (the terminal) is always there.
pub fn console_connected() -> bool {
    true
}

/// Console input is not read through the board on the host.
pub fn read_in() -> Option<u8> {
    None
}

/// `pyb.stop()`: sleeps until an interrupt, as `wfi` (the host has no low-power mode).
pub fn stop() {
    wfi()
}

/// `pyb.standby()`: a wake from standby is a reset: the program ends.
pub fn standby() -> ! {
    reset()
}

/// `pyb.hard_reset()`: the program ends (as `pyb.bootloader()` does here).
pub fn reset() -> ! {
    enter_bootloader()
}

/// 32 random bits: a xorshift generator, seeded from the clock on the host and fixed in the
/// simulator (so that a simulated run repeats).
pub fn rng() -> u32 {
    let x = XORSHIFT.get();
    if *x == 0 {
        *x = match sim::machine() {
            Some(_) => 0x2545_F491,
            None => {
                (std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(1, |d| d.as_nanos()) as u32)
                    | 1
            }
        };
    }
    super::xorshift(x)
}

static XORSHIFT: Global<u32> = Global::new(0);

/// `pyb.bootloader()`: there is no bootloader to enter on the host; the program ends, as it
/// does on the board.
pub fn enter_bootloader() -> ! {
    crate::print::flush();
    std::process::exit(0)
}
