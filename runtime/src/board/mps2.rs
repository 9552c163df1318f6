//! QEMU's mps2-an386 (Cortex-M4): console on CMSDK UART0, exit by semihosting, LEDs in memory
//! mirrored to the FPGA I/O LED register.

use super::cortex_m;
use crate::exc::Global;

const UART0: usize = 0x4000_4000;
const UART_DATA: *mut u32 = UART0 as *mut u32;
const UART_STATE: *mut u32 = (UART0 + 0x4) as *mut u32;
const UART_CTRL: *mut u32 = (UART0 + 0x8) as *mut u32;
const FPGAIO_LED0: *mut u32 = 0x4002_8000 as *mut u32;
const CORE_HZ: u32 = 25_000_000;

pub const LED_COUNT: usize = 4;
/// What `sys.platform` says.
pub const PLATFORM: &str = "mps2";
static LEDS: Global<u32> = Global::new(0);

pub fn init() {
    // Transmitter and receiver on.
    unsafe { UART_CTRL.write_volatile(0b11) };
    cortex_m::start_systick(CORE_HZ);
}

pub fn write_out(bytes: &[u8]) {
    for &b in bytes {
        // The TX-full flag (bit 0) clears on its own; QEMU never sets it.
        while unsafe { UART_STATE.read_volatile() } & 1 != 0 {}
        unsafe { UART_DATA.write_volatile(b as u32) };
    }
}

pub fn write_err(bytes: &[u8]) {
    write_out(bytes)
}

pub fn led_set(i: usize, on: bool) {
    let leds = LEDS.get();
    if on {
        *leds |= 1 << i;
    } else {
        *leds &= !(1 << i);
    }
    unsafe { FPGAIO_LED0.write_volatile(*leds & 3) };
}

pub fn led_get(i: usize) -> bool {
    *LEDS.get() & (1 << i) != 0
}

/// No device interrupts are used.
pub type Interrupts = [Option<unsafe extern "C" fn()>; 0];
pub const INTERRUPTS: Interrupts = [];

/// Nothing to do before the reset path.
#[inline(always)]
pub unsafe fn early() {}

/// Nothing to do once a millisecond.
#[inline(always)]
pub fn tick(_now: u32) {}

/// UART0, the console, is always taken to be connected.
pub fn console_connected() -> bool {
    true
}

/// The next byte of console input (UART0's receive buffer), if one came.
pub fn read_in() -> Option<u8> {
    // STATE bit 1: a received byte is waiting.
    if unsafe { UART_STATE.read_volatile() } & 2 != 0 {
        Some(unsafe { UART_DATA.read_volatile() } as u8)
    } else {
        None
    }
}

/// `pyb.bootloader()`: the emulated board has no bootloader; the program ends.
pub fn enter_bootloader() -> ! {
    exit(0)
}

pub fn exit(code: u32) -> ! {
    cortex_m::semihost_exit(code)
}

/// Seconds since 1970-01-01 UTC from the emulator's host (semihosting SYS_TIME, 0x11): the
/// board's wall clock, which `time.time()` and `pyb.RTC` start from.
pub fn wall_clock() -> Option<i64> {
    Some(i64::from(unsafe { cortex_m::semihost(0x11, 0) }))
}

// mps2-an386 has none of the pyboard's pins or buses: pins are remembered (so that `pyb.Pin`
// programs run), and I2C has no bus.
use super::bus::{BusError, PinId, PinMode, Pull};
use super::gpio_model::Gpio;

static GPIO: Global<Option<Gpio>> = Global::new(None);

fn gpio() -> &'static mut Gpio {
    GPIO.get().get_or_insert_with(Gpio::default)
}

pub fn pin_init(p: PinId, mode: PinMode, pull: Pull) {
    gpio().init(p, mode, pull)
}

pub fn pin_write(p: PinId, high: bool) {
    gpio().write(p, high)
}

pub fn pin_read(p: PinId) -> bool {
    gpio().level(p)
}

pub fn pin_out(p: PinId) -> bool {
    gpio().out(p)
}

pub fn pin_mode(p: PinId) -> (PinMode, Pull) {
    gpio().mode(p)
}

pub fn i2c_init(_bus: u8, _hz: u32) -> Result<(), BusError> {
    Err(BusError::NoBus)
}

pub fn i2c_write(_bus: u8, _addr: u8, _data: &[u8]) -> Result<(), BusError> {
    Err(BusError::NoBus)
}

pub fn i2c_read(_bus: u8, _addr: u8, _buf: &mut [u8]) -> Result<(), BusError> {
    Err(BusError::NoBus)
}

pub fn i2c_write_read(_bus: u8, _addr: u8, _data: &[u8], _buf: &mut [u8]) -> Result<(), BusError> {
    Err(BusError::NoBus)
}

pub fn uart_init(_id: u8, _mode: super::bus::UartMode) -> Result<u32, BusError> {
    Err(BusError::NoBus)
}

pub fn uart_deinit(_id: u8) {}

pub fn uart_write(_id: u8, _bytes: &[u8]) -> Result<(), BusError> {
    Err(BusError::NoBus)
}

pub fn uart_on_receive(_f: fn(u8, u8)) {}

pub fn uart_send_break(_id: u8) -> Result<(), BusError> {
    Err(BusError::NoBus)
}

/// mps2 has no watchdog here: the timeout is kept, nothing resets.
pub fn wdt_start(ms: u32) -> u32 {
    ms
}
pub fn wdt_feed() {}

pub fn dac_init(_ch: u8, _buffered: bool) {}
pub fn dac_deinit(_ch: u8) {}
pub fn dac_write(_ch: u8, _value: u16) {}
pub fn dac_wave(_ch: u8, _triangle: bool, _freq: u32) {}

pub fn spi_init(_bus: u8, _mode: super::bus::SpiMode) -> Result<u32, BusError> {
    Err(BusError::NoBus)
}

pub fn spi_transfer(_bus: u8, _tx: &[u8], _rx: &mut [u8], _fill: u8) -> Result<(), BusError> {
    Err(BusError::NoBus)
}

/// The core clock for every bus (the FPGA image runs at 25 MHz).
pub fn clocks() -> [u32; 4] {
    [CORE_HZ; 4]
}

/// mps2 has no unique ID.
pub fn unique_id() -> [u8; 12] {
    [0; 12]
}

/// No ADC: a pin reads 4095 when high, else 0.
pub fn adc_read(p: PinId, _channel: u8) -> u16 {
    if gpio().level(p) {
        4095
    } else {
        0
    }
}

/// `pyb.stop()`: QEMU models no low-power mode: sleeps until the next interrupt.
pub fn stop() {
    ::cortex_m::asm::wfi();
}

/// `pyb.standby()`: a wake from standby is a reset: the emulation ends.
pub fn standby() -> ! {
    reset()
}

/// `pyb.hard_reset()`: the emulation ends, as the program does.
pub fn reset() -> ! {
    exit(0)
}

/// No random number generator: a xorshift generator from a fixed seed.
pub fn rng() -> u32 {
    super::xorshift(XORSHIFT.get())
}

static XORSHIFT: Global<u32> = Global::new(0x2545_F491);

/// The board has no timers for `pyb.Timer` (it raises); these are never called.
pub const HAS_TIMERS: bool = false;
pub fn timer_source_hz(_id: u8) -> u32 {
    CORE_HZ
}
pub fn timer_start(_id: u8, _prescaler: u32, _period: u32, _mode: u32) {}
pub fn timer_stop(_id: u8) {}
pub fn timer_setup(_id: u8) -> (u32, u32) {
    (0, 0)
}
pub fn timer_reload(_id: u8, _prescaler: u32, _period: u32) {}
pub fn timer_counter(_id: u8) -> u32 {
    0
}
pub fn timer_set_counter(_id: u8, _value: u32) {}
pub fn timer_irq(_id: u8, _on: bool) {}
pub fn timer_on_wrap(_f: fn(u8)) {}
pub fn timer_pwm(_id: u8, _ch: u8, _inverted: bool) {}
pub fn timer_compare(_id: u8, _ch: u8) -> u32 {
    0
}
pub fn timer_set_compare(_id: u8, _ch: u8, _value: u32) {}

/// LED(1)..LED(4) have no PWM here: on above 0.
pub fn led_intensity(i: usize, value: u8) {
    led_set(i, value > 0);
}

/// The board has no EXTI for `pyb.ExtInt` (it raises); these are never called.
pub const HAS_EXTI: bool = false;
pub fn exti_watch(_p: PinId, _rising: bool, _falling: bool) {}
pub fn exti_swint(_n: u8) {}
pub fn exti_regs() -> [u32; 6] {
    [0; 6]
}
pub fn exti_on_edge(_f: fn(u8)) {}
