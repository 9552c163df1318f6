//! GPIO on the STM32F4 (reference manual RM0090 §8), through the stm32f4 peripheral-access
//! crate: mode, output type, pull and alternate function of a pin, its input and output bits.

use super::bus::{PinId, PinMode, Pull};
use stm32f4::stm32f405 as pac;

/// The register block of port `n` (all ports share the layout; A and B differ in reset values).
fn port(n: u8) -> &'static pac::gpioi::RegisterBlock {
    let p = match n {
        0 => pac::GPIOA::ptr() as *const pac::gpioi::RegisterBlock,
        1 => pac::GPIOB::ptr() as *const _,
        2 => pac::GPIOC::ptr(),
        3 => pac::GPIOD::ptr(),
        4 => pac::GPIOE::ptr(),
        5 => pac::GPIOF::ptr(),
        6 => pac::GPIOG::ptr(),
        7 => pac::GPIOH::ptr(),
        _ => pac::GPIOI::ptr(),
    };
    unsafe { &*p }
}

/// Configures a pin (its port's clock is switched on first: RCC_AHB1ENR bits 0–8).
pub fn pin_init(p: PinId, mode: PinMode, pull: Pull) {
    // Read-modify-writes of registers other pins share: not interrupted by a callback that
    // sets up a pin of the same port.
    ::cortex_m::interrupt::free(|_| init_masked(p, mode, pull))
}

fn init_masked(p: PinId, mode: PinMode, pull: Pull) {
    let rcc = unsafe { &*pac::RCC::ptr() };
    rcc.ahb1enr().modify(|r, w| unsafe { w.bits(r.bits() | 1 << p.port.min(8)) });
    let g = port(p.port);
    let (n, two) = (p.pin as u32, 2 * p.pin as u32);
    let (moder, open_drain, af) = match mode {
        PinMode::Input => (0b00, false, None),
        PinMode::OutputPushPull => (0b01, false, None),
        PinMode::OutputOpenDrain => (0b01, true, None),
        PinMode::Alternate { af, open_drain } => (0b10, open_drain, Some(af)),
        PinMode::Analog => (0b11, false, None),
    };
    let pupd = match pull {
        Pull::None => 0b00,
        Pull::Up => 0b01,
        Pull::Down => 0b10,
    };
    if let Some(af) = af {
        let (shift, af) = (4 * (n % 8), af as u32 & 0xF);
        if n < 8 {
            g.afrl().modify(|r, w| unsafe { w.bits(r.bits() & !(0xF << shift) | af << shift) });
        } else {
            g.afrh().modify(|r, w| unsafe { w.bits(r.bits() & !(0xF << shift) | af << shift) });
        }
    }
    g.otyper().modify(|r, w| unsafe { w.bits(r.bits() & !(1 << n) | (open_drain as u32) << n) });
    g.pupdr().modify(|r, w| unsafe { w.bits(r.bits() & !(0b11 << two) | pupd << two) });
    g.moder().modify(|r, w| unsafe { w.bits(r.bits() & !(0b11 << two) | moder << two) });
}

/// Sets or resets the output bit atomically (BSRR).
pub fn pin_write(p: PinId, high: bool) {
    let bit = if high { 1 << p.pin } else { 1 << (p.pin + 16) };
    port(p.port).bsrr().write(|w| unsafe { w.bits(bit) });
}

/// The level on the pin (IDR).
pub fn pin_read(p: PinId) -> bool {
    port(p.port).idr().read().bits() & (1 << p.pin) != 0
}

/// The output data bit (ODR).
pub fn pin_out(p: PinId) -> bool {
    port(p.port).odr().read().bits() & (1 << p.pin) != 0
}

/// The pin's mode and pull, read back from MODER, OTYPER, AFR and PUPDR.
pub fn pin_mode(p: PinId) -> (PinMode, Pull) {
    let g = port(p.port);
    let (n, two) = (p.pin as u32, 2 * p.pin as u32);
    let open_drain = g.otyper().read().bits() & (1 << n) != 0;
    let mode = match (g.moder().read().bits() >> two) & 0b11 {
        0b00 => PinMode::Input,
        0b01 if open_drain => PinMode::OutputOpenDrain,
        0b01 => PinMode::OutputPushPull,
        0b10 => {
            let afr = if n < 8 { g.afrl().read().bits() } else { g.afrh().read().bits() };
            PinMode::Alternate { af: ((afr >> (4 * (n % 8))) & 0xF) as u8, open_drain }
        }
        _ => PinMode::Analog,
    };
    let pull = match (g.pupdr().read().bits() >> two) & 0b11 {
        0b01 => Pull::Up,
        0b10 => Pull::Down,
        _ => Pull::None,
    };
    (mode, pull)
}
