//! The STM32F4's DAC (reference manual RM0090 §14): channel 1 on PA4 (X5), channel 2 on PA5
//! (X6), 12-bit right-aligned writes, and its own noise and triangle generators stepped by
//! TIM6's update (TRGO), through the stm32f4 peripheral-access crate.

use super::bus::{PinId, PinMode, Pull};
use stm32f4::stm32f405 as pac;

/// CR bits of channel 1 (channel 2's are 16 bits up): EN, BOFF (buffer off), TEN (trigger
/// on; TSEL 000 is TIM6's TRGO), WAVE (01 noise, 10 triangle) and MAMP (amplitude).
const CR_EN: u32 = 1 << 0;
const CR_BOFF: u32 = 1 << 1;
const CR_TEN: u32 = 1 << 2;
const CR_WAVE_SHIFT: u32 = 6;
const CR_MAMP_SHIFT: u32 = 8;

fn dac() -> &'static pac::dac::RegisterBlock {
    unsafe { &*pac::DAC::ptr() }
}

fn pin(ch: u8) -> PinId {
    PinId::new(0, if ch == 1 { 4 } else { 5 })
}

/// Turns channel `ch` (1 or 2) on, its output buffer on or off, its pin analog.
pub fn dac_init(ch: u8, buffered: bool) {
    let rcc = unsafe { &*pac::RCC::ptr() };
    // RCC_APB1ENR.DACEN: bit 29.
    rcc.apb1enr().modify(|r, w| unsafe { w.bits(r.bits() | 1 << 29) });
    super::stm32f4_gpio::pin_init(pin(ch), PinMode::Analog, Pull::None);
    let shift = if ch == 1 { 0 } else { 16 };
    let bits = if buffered { CR_EN } else { CR_EN | CR_BOFF };
    dac().cr().modify(|r, w| unsafe { w.bits(r.bits() & !(0xFFFF << shift) | bits << shift) });
}

pub fn dac_deinit(ch: u8) {
    let shift = if ch == 1 { 0 } else { 16 };
    dac().cr().modify(|r, w| unsafe { w.bits(r.bits() & !(0xFFFF << shift)) });
}

/// Outputs `value` (12 bits) on channel `ch` now: its trigger and generator are turned off.
pub fn dac_write(ch: u8, value: u16) {
    let shift = if ch == 1 { 0 } else { 16 };
    let wave = (CR_TEN | 0b11 << CR_WAVE_SHIFT | 0xF << CR_MAMP_SHIFT) << shift;
    dac().cr().modify(|r, w| unsafe { w.bits(r.bits() & !wave) });
    let v = u32::from(value.min(4095));
    if ch == 1 {
        dac().dhr12r1().write(|w| unsafe { w.bits(v) });
    } else {
        dac().dhr12r2().write(|w| unsafe { w.bits(v) });
    }
}

/// Runs channel `ch`'s generator — `triangle` (up and down over all 12 bits) or noise (all 12
/// bits of the LFSR) — one step per TIM6 update at `freq` Hz.
pub fn dac_wave(ch: u8, triangle: bool, freq: u32) {
    let rcc = unsafe { &*pac::RCC::ptr() };
    // RCC_APB1ENR.TIM6EN: bit 4.
    rcc.apb1enr().modify(|r, w| unsafe { w.bits(r.bits() | 1 << 4) });
    let tim = unsafe { &*pac::TIM6::ptr() };
    let ticks = (super::stm32f4_tim::timer_source_hz(6) / freq.max(1)).max(1);
    let psc = (ticks - 1) / 0x1_0000;
    let arr = (ticks / (psc + 1)).clamp(1, 0x1_0000) - 1;
    tim.cr1().write(|w| unsafe { w.bits(0) });
    tim.psc().write(|w| unsafe { w.bits(psc) });
    tim.arr().write(|w| unsafe { w.bits(arr) });
    // CR2.MMS = 010: the update event is TRGO.
    tim.cr2().write(|w| unsafe { w.bits(0b010 << 4) });
    tim.egr().write(|w| unsafe { w.bits(1) });
    tim.cr1().write(|w| unsafe { w.bits(1) });
    let shift = if ch == 1 { 0 } else { 16 };
    let wave: u32 = if triangle { 0b10 } else { 0b01 };
    let bits = CR_EN | CR_TEN | wave << CR_WAVE_SHIFT | 0b1011 << CR_MAMP_SHIFT;
    // (The output buffer stays as `dac_init` set it.)
    dac().cr().modify(|r, w| unsafe { w.bits(r.bits() & !((0xFFFF & !CR_BOFF) << shift) | bits << shift) });
    if ch == 1 {
        dac().dhr12r1().write(|w| unsafe { w.bits(0) });
    } else {
        dac().dhr12r2().write(|w| unsafe { w.bits(0) });
    }
}
