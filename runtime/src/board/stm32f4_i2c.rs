//! The STM32F4's I2C controllers as bus masters (reference manual RM0090 §27.3.3, master
//! transmitter and receiver, polled), through the stm32f4 peripheral-access crate. I2C1 is on
//! PB6/PB7 (the pyboard's X9/X10), I2C2 on PB10/PB11 (Y9/Y10), alternate function 4.
//!
//! Every wait on a status flag is bounded: a bus that never answers (no pull-ups, a device
//! holding SCL, or QEMU, which does not model I2C) gives a timeout, not a hang.

use super::bus::{BusError, PinId, PinMode, Pull};
use stm32f4::stm32f405 as pac;

const CR1_PE: u16 = 1 << 0;
const CR1_START: u16 = 1 << 8;
const CR1_STOP: u16 = 1 << 9;
const CR1_ACK: u16 = 1 << 10;
const CR1_POS: u16 = 1 << 11;
const CR1_SWRST: u16 = 1 << 15;
const SR1_SB: u16 = 1 << 0;
const SR1_ADDR: u16 = 1 << 1;
const SR1_BTF: u16 = 1 << 2;
const SR1_RXNE: u16 = 1 << 6;
const SR1_TXE: u16 = 1 << 7;
const SR1_AF: u16 = 1 << 10;

fn controller(bus: u8) -> Result<&'static pac::i2c1::RegisterBlock, BusError> {
    Ok(unsafe {
        match bus {
            1 => &*pac::I2C1::ptr(),
            2 => &*pac::I2C2::ptr(),
            _ => return Err(BusError::NoBus),
        }
    })
}

/// Resets and sets up controller `bus` for `hz` (standard mode up to 100 kHz, fast mode above,
/// at most 400 kHz), with its pins as open-drain alternate functions.
pub fn i2c_init(bus: u8, hz: u32) -> Result<(), BusError> {
    let i2c = controller(bus)?;
    let (scl, sda, enable) = match bus {
        1 => (PinId::new(1, 6), PinId::new(1, 7), 1 << 21),
        _ => (PinId::new(1, 10), PinId::new(1, 11), 1 << 22),
    };
    let rcc = unsafe { &*pac::RCC::ptr() };
    rcc.apb1enr().modify(|r, w| unsafe { w.bits(r.bits() | enable) });
    for p in [scl, sda] {
        super::stm32f4_gpio::pin_init(p, PinMode::Alternate { af: 4, open_drain: true }, Pull::Up);
    }
    let pclk = super::stm32f4_rcc::clocks()[2];
    let mhz = (pclk / 1_000_000).clamp(2, 50) as u16;
    let hz = hz.clamp(1_000, 400_000);
    i2c.cr1().write(|w| unsafe { w.bits(CR1_SWRST) });
    i2c.cr1().write(|w| unsafe { w.bits(0) });
    i2c.cr2().write(|w| unsafe { w.bits(mhz) });
    let (ccr, trise) = if hz <= 100_000 {
        ((pclk / (2 * hz)).clamp(4, 0xFFF) as u16, mhz + 1)
    } else {
        // Fast mode, duty 2: SCL low is twice its high, a period is 3 CCR.
        ((1 << 15) | (pclk / (3 * hz)).clamp(1, 0xFFF) as u16, mhz * 300 / 1000 + 1)
    };
    i2c.ccr().write(|w| unsafe { w.bits(ccr) });
    i2c.trise().write(|w| unsafe { w.bits(trise) });
    i2c.cr1().write(|w| unsafe { w.bits(CR1_PE) });
    Ok(())
}

fn set(i2c: &pac::i2c1::RegisterBlock, bits: u16) {
    i2c.cr1().modify(|r, w| unsafe { w.bits(r.bits() | bits) });
}

fn clear(i2c: &pac::i2c1::RegisterBlock, bits: u16) {
    i2c.cr1().modify(|r, w| unsafe { w.bits(r.bits() & !bits) });
}

/// Waits for any of `flags` in SR1; a NACK (AF) ends the transfer with a stop.
fn wait(i2c: &pac::i2c1::RegisterBlock, flags: u16) -> Result<u16, BusError> {
    for _ in 0..200_000 {
        let sr1 = i2c.sr1().read().bits();
        if sr1 & SR1_AF != 0 {
            set(i2c, CR1_STOP);
            i2c.sr1().write(|w| unsafe { w.bits(!SR1_AF) });
            return Err(BusError::Nack);
        }
        if sr1 & flags != 0 {
            return Ok(sr1);
        }
    }
    set(i2c, CR1_STOP);
    Err(BusError::Timeout)
}

/// A start (or repeated start) and the address byte; leaves ADDR set.
fn address(i2c: &pac::i2c1::RegisterBlock, byte: u8) -> Result<(), BusError> {
    set(i2c, CR1_START);
    wait(i2c, SR1_SB)?;
    i2c.dr().write(|w| unsafe { w.bits(byte.into()) });
    wait(i2c, SR1_ADDR)?;
    Ok(())
}

/// Clears ADDR: SR1 then SR2 read.
fn clear_addr(i2c: &pac::i2c1::RegisterBlock) {
    let _ = i2c.sr1().read().bits();
    let _ = i2c.sr2().read().bits();
}

/// The address and `data`, without the stop. With no data (a probe: is anyone there?) there
/// is no byte to finish, so no BTF to wait for.
fn transmit(i2c: &pac::i2c1::RegisterBlock, addr: u8, data: &[u8]) -> Result<(), BusError> {
    address(i2c, addr << 1)?;
    clear_addr(i2c);
    if data.is_empty() {
        return Ok(());
    }
    for &b in data {
        wait(i2c, SR1_TXE)?;
        i2c.dr().write(|w| unsafe { w.bits(b.into()) });
    }
    wait(i2c, SR1_BTF)?;
    Ok(())
}

fn receive(i2c: &pac::i2c1::RegisterBlock, addr: u8, buf: &mut [u8]) -> Result<(), BusError> {
    let read = |i2c: &pac::i2c1::RegisterBlock| i2c.dr().read().bits() as u8;
    match buf.len() {
        0 => {
            address(i2c, addr << 1 | 1)?;
            clear_addr(i2c);
            set(i2c, CR1_STOP);
        }
        1 => {
            address(i2c, addr << 1 | 1)?;
            clear(i2c, CR1_ACK);
            clear_addr(i2c);
            set(i2c, CR1_STOP);
            wait(i2c, SR1_RXNE)?;
            buf[0] = read(i2c);
        }
        2 => {
            // With ADDR set (SCL held low): NACK the second byte (POS: ACK applies to the
            // next byte), then let the transfer go on.
            address(i2c, addr << 1 | 1)?;
            clear(i2c, CR1_ACK);
            set(i2c, CR1_POS);
            clear_addr(i2c);
            wait(i2c, SR1_BTF)?;
            set(i2c, CR1_STOP);
            buf[0] = read(i2c);
            buf[1] = read(i2c);
            clear(i2c, CR1_POS);
        }
        n => {
            set(i2c, CR1_ACK);
            address(i2c, addr << 1 | 1)?;
            clear_addr(i2c);
            for b in buf[..n - 3].iter_mut() {
                wait(i2c, SR1_RXNE)?;
                *b = read(i2c);
            }
            // The last three: data N-2 in DR and N-1 in the shift register (BTF), then NACK
            // the last, stop, read them all.
            wait(i2c, SR1_BTF)?;
            clear(i2c, CR1_ACK);
            buf[n - 3] = read(i2c);
            wait(i2c, SR1_BTF)?;
            set(i2c, CR1_STOP);
            buf[n - 2] = read(i2c);
            wait(i2c, SR1_RXNE)?;
            buf[n - 1] = read(i2c);
        }
    }
    Ok(())
}

pub fn i2c_write(bus: u8, addr: u8, data: &[u8]) -> Result<(), BusError> {
    let i2c = controller(bus)?;
    let r = transmit(i2c, addr, data);
    if r.is_ok() {
        set(i2c, CR1_STOP);
    }
    r
}

pub fn i2c_read(bus: u8, addr: u8, buf: &mut [u8]) -> Result<(), BusError> {
    receive(controller(bus)?, addr, buf)
}

/// Writes `data`, then reads into `buf` after a repeated start (a register read).
pub fn i2c_write_read(bus: u8, addr: u8, data: &[u8], buf: &mut [u8]) -> Result<(), BusError> {
    let i2c = controller(bus)?;
    transmit(i2c, addr, data)?;
    receive(i2c, addr, buf)
}
