//! The pyboard v1.1 (STM32F405RG): 168 MHz from the 12 MHz crystal, four LEDs, console on USART1
//! (pins X9/X10 = PB6/PB7, 115200 baud).
//!
//! Every wait on a hardware ready flag is bounded, so that where a flag never rises (QEMU
//! leaves RCC unmodelled) the board keeps running on the 16 MHz internal oscillator.

use super::cortex_m;
use crate::exc::Global;

const RCC: usize = 0x4002_3800;
const RCC_CR: *mut u32 = RCC as *mut u32;
const RCC_PLLCFGR: *mut u32 = (RCC + 0x04) as *mut u32;
const RCC_CFGR: *mut u32 = (RCC + 0x08) as *mut u32;
const RCC_AHB1ENR: *mut u32 = (RCC + 0x30) as *mut u32;
const RCC_APB2ENR: *mut u32 = (RCC + 0x44) as *mut u32;
const FLASH_ACR: *mut u32 = 0x4002_3C00 as *mut u32;
const GPIOA: usize = 0x4002_0000;
const GPIOB: usize = 0x4002_0400;
const USART1: usize = 0x4001_1000;

/// (GPIO port base, pin) of LED(1)..LED(4): red A13, green A14, yellow A15, blue B4.
const LEDS: [(usize, u32); 4] = [(GPIOA, 13), (GPIOA, 14), (GPIOA, 15), (GPIOB, 4)];
pub const LED_COUNT: usize = LEDS.len();
/// What `sys.platform` says.
pub const PLATFORM: &str = "pyboard";

static CLOCKS: Global<(u32, u32)> = Global::new((16_000_000, 16_000_000));

fn reg(addr: usize) -> *mut u32 {
    addr as *mut u32
}

unsafe fn modify(r: *mut u32, clear: u32, set: u32) {
    r.write_volatile((r.read_volatile() & !clear) | set);
}

/// Waits until `(*r & mask) == want`, at most about a million polls; true if it got there.
unsafe fn wait_for(r: *mut u32, mask: u32, want: u32) -> bool {
    for _ in 0..1_000_000 {
        if r.read_volatile() & mask == want {
            return true;
        }
    }
    false
}

/// HSE 12 MHz → PLL (M=12, N=336, P=2, Q=7) → 168 MHz core, APB1 /4, APB2 /2.
/// Returns (core Hz, APB2 Hz) actually in effect.
unsafe fn setup_clocks() -> (u32, u32) {
    modify(RCC_CR, 0, 1 << 16); // HSEON
    if !wait_for(RCC_CR, 1 << 17, 1 << 17) {
        return (16_000_000, 16_000_000); // no crystal answered: stay on HSI
    }
    RCC_PLLCFGR.write_volatile(12 | (336 << 6) | (0 << 16) | (1 << 22) | (7 << 24));
    modify(RCC_CR, 0, 1 << 24); // PLLON
    if !wait_for(RCC_CR, 1 << 25, 1 << 25) {
        return (16_000_000, 16_000_000);
    }
    // Five flash wait states with prefetch and caches, before the clock goes up.
    FLASH_ACR.write_volatile(5 | (1 << 8) | (1 << 9) | (1 << 10));
    modify(RCC_CFGR, 0xFCF3, (0b101 << 10) | (0b100 << 13) | 0b10);
    if !wait_for(RCC_CFGR, 0b1100, 0b1000) {
        return (16_000_000, 16_000_000);
    }
    (168_000_000, 84_000_000)
}

pub fn init() {
    unsafe {
        let clocks = setup_clocks();
        *CLOCKS.get() = clocks;
        // GPIOA and GPIOB clocks; the LED pins as push-pull outputs, off.
        modify(RCC_AHB1ENR, 0, 0b11);
        for (port, pin) in LEDS {
            modify(reg(port), 0b11 << (2 * pin), 0b01 << (2 * pin));
            reg(port + 0x18).write_volatile(1 << (pin + 16));
        }
        // USART1 on PB6 (alternate function 7), 115200 8N1, transmitter on.
        modify(RCC_APB2ENR, 0, 1 << 4);
        modify(reg(GPIOB), 0b11 << 12, 0b10 << 12);
        modify(reg(GPIOB + 0x20), 0xF << 24, 7 << 24);
        reg(USART1 + 0x08).write_volatile(clocks.1 / 115_200);
        reg(USART1 + 0x0C).write_volatile((1 << 13) | (1 << 3));
        cortex_m::start_systick(clocks.0);
    }
}

pub fn write_out(bytes: &[u8]) {
    for &b in bytes {
        unsafe {
            wait_for(reg(USART1), 1 << 7, 1 << 7); // TXE
            reg(USART1 + 0x04).write_volatile(b as u32);
        }
    }
}

pub fn write_err(bytes: &[u8]) {
    write_out(bytes)
}

pub fn led_set(i: usize, on: bool) {
    let (port, pin) = LEDS[i];
    let bit = if on { 1 << pin } else { 1 << (pin + 16) };
    unsafe { reg(port + 0x18).write_volatile(bit) };
}

pub fn led_get(i: usize) -> bool {
    let (port, pin) = LEDS[i];
    unsafe { reg(port + 0x14).read_volatile() & (1 << pin) != 0 }
}

/// The program has ended: on an error the red LED stays lit; the board then sleeps.
pub fn exit(code: u32) -> ! {
    if code != 0 {
        led_set(0, true);
    }
    loop {
        ::cortex_m::asm::wfi();
    }
}
