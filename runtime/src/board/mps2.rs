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
