//! The STM32F4's SPI controllers as bus masters (reference manual RM0090 §28.3.3 and §28.3.5,
//! full-duplex transfers, polled), through the stm32f4 peripheral-access crate. SPI1 is on
//! PA5 SCK, PA6 MISO, PA7 MOSI (the pyboard's X6-X8), SPI2 on PB13-PB15 (Y6-Y8), alternate
//! function 5; NSS is left to the program (software slave management), as MicroPython does.
//!
//! Every wait on a status flag is bounded: a controller that stops answering gives a timeout,
//! not a hang.

use super::bus::{spi_rate, BusError, PinId, PinMode, Pull, SpiMode};
use stm32f4::stm32f405 as pac;

const CR1_CPHA: u16 = 1 << 0;
const CR1_CPOL: u16 = 1 << 1;
const CR1_MSTR: u16 = 1 << 2;
const CR1_SPE: u16 = 1 << 6;
const CR1_LSBFIRST: u16 = 1 << 7;
const CR1_SSI: u16 = 1 << 8;
const CR1_SSM: u16 = 1 << 9;
const CR1_DFF: u16 = 1 << 11;
const SR_RXNE: u16 = 1 << 0;
const SR_TXE: u16 = 1 << 1;
const SR_BSY: u16 = 1 << 7;

fn controller(bus: u8) -> Result<&'static pac::spi1::RegisterBlock, BusError> {
    Ok(unsafe {
        match bus {
            1 => &*pac::SPI1::ptr(),
            2 => &*pac::SPI2::ptr(),
            _ => return Err(BusError::NoBus),
        }
    })
}

/// Resets and sets up controller `bus` as master in `mode`, with its pins as push-pull
/// alternate functions; returns the clock it runs at.
pub fn spi_init(bus: u8, mode: SpiMode) -> Result<u32, BusError> {
    let spi = controller(bus)?;
    let rcc = unsafe { &*pac::RCC::ptr() };
    let clocks = super::stm32f4_rcc::clocks();
    let (pins, pclk) = if bus == 1 {
        // RCC_APB2ENR.SPI1EN, RCC_APB2RSTR.SPI1RST: bit 12.
        rcc.apb2enr().modify(|r, w| unsafe { w.bits(r.bits() | 1 << 12) });
        rcc.apb2rstr().modify(|r, w| unsafe { w.bits(r.bits() | 1 << 12) });
        rcc.apb2rstr().modify(|r, w| unsafe { w.bits(r.bits() & !(1 << 12)) });
        ([PinId::new(0, 5), PinId::new(0, 6), PinId::new(0, 7)], clocks[3])
    } else {
        // RCC_APB1ENR.SPI2EN, RCC_APB1RSTR.SPI2RST: bit 14.
        rcc.apb1enr().modify(|r, w| unsafe { w.bits(r.bits() | 1 << 14) });
        rcc.apb1rstr().modify(|r, w| unsafe { w.bits(r.bits() | 1 << 14) });
        rcc.apb1rstr().modify(|r, w| unsafe { w.bits(r.bits() & !(1 << 14)) });
        ([PinId::new(1, 13), PinId::new(1, 14), PinId::new(1, 15)], clocks[2])
    };
    let hz = spi_rate(pclk, mode.baudrate);
    // BR: the clock is pclk / 2^(BR + 1).
    let br = (1..=8u16).find(|&k| pclk >> k == hz).unwrap_or(8) - 1;
    for p in pins {
        super::stm32f4_gpio::pin_init(p, PinMode::Alternate { af: 5, open_drain: false }, Pull::None);
    }
    let mut cr1 = CR1_MSTR | CR1_SSM | CR1_SSI | br << 3;
    for (on, bit) in
        [(mode.phase, CR1_CPHA), (mode.polarity, CR1_CPOL), (mode.lsb_first, CR1_LSBFIRST), (mode.bits == 16, CR1_DFF)]
    {
        if on {
            cr1 |= bit;
        }
    }
    spi.cr1().write(|w| unsafe { w.bits(cr1) });
    spi.cr2().write(|w| unsafe { w.bits(0) });
    spi.cr1().write(|w| unsafe { w.bits(cr1 | CR1_SPE) });
    Ok(hz)
}

/// Waits for `flag` in SR to be `set`.
fn wait(spi: &pac::spi1::RegisterBlock, flag: u16, set: bool) -> Result<(), BusError> {
    for _ in 0..1_000_000 {
        if (spi.sr().read().bits() & flag != 0) == set {
            return Ok(());
        }
    }
    Err(BusError::Timeout)
}

/// Sends `tx` (then `fill` bytes) while receiving into `rx`, frame by frame: a 16-bit frame
/// takes two bytes, low byte first.
pub fn spi_transfer(bus: u8, tx: &[u8], rx: &mut [u8], fill: u8) -> Result<(), BusError> {
    let spi = controller(bus)?;
    let wide = spi.cr1().read().bits() & CR1_DFF != 0;
    let step = if wide { 2 } else { 1 };
    let n = tx.len().max(rx.len());
    // A byte received before this transfer (or an overrun) is not part of it.
    let _ = spi.dr().read().bits();
    let _ = spi.sr().read().bits();
    let byte = |i: usize| tx.get(i).copied().unwrap_or(fill) as u16;
    let mut i = 0;
    while i < n {
        let frame = if wide { byte(i) | byte(i + 1) << 8 } else { byte(i) };
        wait(spi, SR_TXE, true)?;
        spi.dr().write(|w| unsafe { w.bits(frame) });
        wait(spi, SR_RXNE, true)?;
        let got = spi.dr().read().bits();
        for (k, b) in got.to_le_bytes().into_iter().take(step).enumerate() {
            if let Some(slot) = rx.get_mut(i + k) {
                *slot = b;
            }
        }
        i += step;
    }
    wait(spi, SR_BSY, false)
}
