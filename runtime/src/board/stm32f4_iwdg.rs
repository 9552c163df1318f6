//! The STM32F4's independent watchdog (reference manual RM0090 §21): clocked by the ~32 kHz
//! LSI, it resets the chip unless fed within its timeout, and nothing stops it once started.

use stm32f4::stm32f405 as pac;

const LSI_HZ: u32 = 32_000;

/// Starts the watchdog with a timeout of `ms` milliseconds (at most ~32.7 s); returns the
/// timeout it got.
pub fn wdt_start(ms: u32) -> u32 {
    let iwdg = unsafe { &*pac::IWDG::ptr() };
    // The smallest divider (4 × 2^PR) whose 12-bit reload reaches `ms`.
    // It bites (reload + 1) counts after a feed (RM0090 table 107).
    let ticks = |pr: u32| u64::from(ms) * u64::from(LSI_HZ) / 1000 / (4u64 << pr);
    let pr = (0..=6).find(|&pr| ticks(pr) <= 0x1000).unwrap_or(6);
    let reload = (ticks(pr).clamp(1, 0x1000) - 1) as u16;
    // KR: 0x5555 unlocks PR and RLR, 0xAAAA reloads, 0xCCCC starts. A change to PR or RLR
    // still being taken over (SR.PVU, SR.RVU) must end first (RM0090 §21.4.4); bounded.
    for _ in 0..1_000_000 {
        if iwdg.sr().read().bits() & 0b11 == 0 {
            break;
        }
    }
    iwdg.kr().write(|w| unsafe { w.bits(0x5555) });
    iwdg.pr().write(|w| unsafe { w.bits(pr as u16) });
    iwdg.rlr().write(|w| unsafe { w.bits(reload) });
    iwdg.kr().write(|w| unsafe { w.bits(0xAAAA) });
    iwdg.kr().write(|w| unsafe { w.bits(0xCCCC) });
    ((u64::from(reload) + 1) * (4u64 << pr) * 1000 / u64::from(LSI_HZ)) as u32
}

pub fn wdt_feed() {
    unsafe { &*pac::IWDG::ptr() }.kr().write(|w| unsafe { w.bits(0xAAAA) });
}
