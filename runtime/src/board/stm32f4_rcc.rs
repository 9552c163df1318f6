//! The STM32F4's clocks as RCC has set them up (RM0090 §7.3.3 RCC_CFGR), and its 96-bit
//! unique device ID (RM0090 §39.1, at 0x1FFF7A10).

use stm32f4::stm32f405 as pac;

/// The system clock, HCLK, PCLK1 and PCLK2 in Hz, from RCC_CFGR: the source (HSI 16 MHz, HSE
/// 12 MHz on the pyboard, or the PLL, which the start-up sets to 168 MHz) over the AHB and
/// APB prescalers.
pub fn clocks() -> [u32; 4] {
    let cfgr = unsafe { &*pac::RCC::ptr() }.cfgr().read().bits();
    let sys = match (cfgr >> 2) & 0b11 {
        0b01 => 12_000_000,
        0b10 => 168_000_000,
        _ => 16_000_000,
    };
    let hpre = (cfgr >> 4) & 0xF;
    let hclk = if hpre & 0b1000 != 0 {
        // 0b1000.. divide by 2, 4, 8, 16, 64, 128, 256, 512 (32 is skipped).
        let shift = (hpre & 0b111) + 1 + u32::from(hpre & 0b111 >= 4);
        sys >> shift
    } else {
        sys
    };
    let apb = |ppre: u32| if ppre & 0b100 != 0 { hclk >> ((ppre & 0b11) + 1) } else { hclk };
    [sys, hclk, apb((cfgr >> 10) & 0b111), apb((cfgr >> 13) & 0b111)]
}

/// The chip's 12-byte unique ID.
pub fn unique_id() -> [u8; 12] {
    let mut id = [0; 12];
    for (i, b) in id.iter_mut().enumerate() {
        *b = unsafe { ((0x1FFF_7A10 + i) as *const u8).read_volatile() };
    }
    id
}
