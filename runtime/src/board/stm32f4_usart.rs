//! The STM32F4's USARTs for `pyb.UART` (reference manual RM0090 §30.6), through the stm32f4
//! peripheral-access crate: 8 or 9-bit frames with optional parity and 1 or 2 stop bits,
//! written by polling and received by interrupt (each byte handed to the hook `pyb.UART` sets,
//! so that a program without a UART links neither the hook nor its buffers).
//!
//! The pyboard's UARTs and pins (alternate function 7 for USART1-3, 8 for UART4 and USART6):
//! 1 'XB' PB6/PB7, 2 PA2/PA3, 3 'YB' PB10/PB11, 4 'XA' PA0/PA1, 6 'YA' PC6/PC7. On a board whose
//! console is USART1 (`console-uart`), UART 1 is the console's.

use super::bus::{BusError, PinId, PinMode, Pull, UartMode};
use stm32f4::stm32f405 as pac;

const SR_RXNE: u16 = 1 << 5;
const SR_ORE: u16 = 1 << 3;
const SR_TC: u16 = 1 << 6;
const SR_TXE: u16 = 1 << 7;
const CR1_RE: u16 = 1 << 2;
const CR1_TE: u16 = 1 << 3;
const CR1_RXNEIE: u16 = 1 << 5;
const CR1_PS: u16 = 1 << 9;
const CR1_PCE: u16 = 1 << 10;
const CR1_M: u16 = 1 << 12;
const CR1_UE: u16 = 1 << 13;

/// Where a UART is: its registers, whether its clock is APB2's, its enable bit in
/// RCC_APB1ENR/APB2ENR, its TX and RX pins and their alternate function, its interrupt.
struct Port {
    regs: &'static pac::usart1::RegisterBlock,
    apb2: bool,
    enable: u32,
    tx: PinId,
    rx: PinId,
    af: u8,
    irq: usize,
}

fn port(id: u8) -> Option<Port> {
    let usart = |p: *const pac::usart1::RegisterBlock| unsafe { &*p };
    // UART4 has no clock or flow-control bits, but the registers used here are USART1's.
    let uart4 = pac::UART4::ptr() as *const pac::usart1::RegisterBlock;
    let (regs, apb2, enable, tx, rx, af, irq) = match id {
        1 => (usart(pac::USART1::ptr()), true, 1 << 4, PinId::new(1, 6), PinId::new(1, 7), 7, 37),
        2 => (usart(pac::USART2::ptr()), false, 1 << 17, PinId::new(0, 2), PinId::new(0, 3), 7, 38),
        3 => (usart(pac::USART3::ptr()), false, 1 << 18, PinId::new(1, 10), PinId::new(1, 11), 7, 39),
        4 => (usart(uart4), false, 1 << 19, PinId::new(0, 0), PinId::new(0, 1), 8, 52),
        6 => (usart(pac::USART6::ptr()), true, 1 << 5, PinId::new(2, 6), PinId::new(2, 7), 8, 71),
        _ => return None,
    };
    #[cfg(feature = "console-uart")]
    if id == 1 {
        return None;
    }
    Some(Port { regs, apb2, enable, tx, rx, af, irq })
}

/// Sets up UART `id` in `mode` with its receive interrupt on; returns the baud rate it runs at.
pub fn uart_init(id: u8, mode: UartMode) -> Result<u32, BusError> {
    let p = port(id).ok_or(BusError::NoBus)?;
    let rcc = unsafe { &*pac::RCC::ptr() };
    if p.apb2 {
        rcc.apb2enr().modify(|r, w| unsafe { w.bits(r.bits() | p.enable) });
    } else {
        rcc.apb1enr().modify(|r, w| unsafe { w.bits(r.bits() | p.enable) });
    }
    super::stm32f4_gpio::pin_init(p.tx, PinMode::Alternate { af: p.af, open_drain: false }, Pull::Up);
    super::stm32f4_gpio::pin_init(p.rx, PinMode::Alternate { af: p.af, open_drain: false }, Pull::Up);
    let pclk = super::stm32f4_rcc::clocks()[if p.apb2 { 3 } else { 2 }];
    let baud = mode.baudrate.max(1);
    // Oversampling by 16: BRR is pclk / baud in 12.4 fixed point.
    let brr = ((pclk + baud / 2) / baud).clamp(16, 0xFFFF) as u16;
    let r = p.regs;
    r.cr1().write(|w| unsafe { w.bits(0) });
    r.brr().write(|w| unsafe { w.bits(brr) });
    r.cr2().write(|w| unsafe { w.bits(if mode.stop == 2 { 0b10 << 12 } else { 0 }) });
    r.cr3().write(|w| unsafe { w.bits(0) });
    let mut cr1 = CR1_UE | CR1_TE | CR1_RE | CR1_RXNEIE;
    // The frame's length counts the parity bit: 9 bits is M.
    if mode.bits + u8::from(mode.parity.is_some()) == 9 {
        cr1 |= CR1_M;
    }
    if let Some(odd) = mode.parity {
        cr1 |= CR1_PCE | if odd == 1 { CR1_PS } else { 0 };
    }
    r.cr1().write(|w| unsafe { w.bits(cr1) });
    // Seven data bits and parity: the parity bit comes in as the byte's top bit.
    DATA_MASK.get()[id as usize] = if mode.bits == 7 { 0x7F } else { 0xFF };
    HANDLER.set(handle);
    super::cortex_m::enable_irq(p.irq);
    Ok(pclk / u32::from(brr))
}

/// Turns UART `id` off.
pub fn uart_deinit(id: u8) {
    if let Some(p) = port(id) {
        super::cortex_m::disable_irq(p.irq);
        p.regs.cr1().write(|w| unsafe { w.bits(0) });
    }
}

/// Sends `bytes`, waiting for room byte by byte and then for the last to leave.
pub fn uart_write(id: u8, bytes: &[u8]) -> Result<(), BusError> {
    let p = port(id).ok_or(BusError::NoBus)?;
    let wait = |flag: u16| (0..10_000_000).any(|_| p.regs.sr().read().bits() & flag != 0);
    for &b in bytes {
        if !wait(SR_TXE) {
            return Err(BusError::Timeout);
        }
        p.regs.dr().write(|w| unsafe { w.bits(u16::from(b)) });
    }
    if wait(SR_TC) {
        Ok(())
    } else {
        Err(BusError::Timeout)
    }
}

/// Sends a break (a frame of zeros without its stop bit: CR1.SBK).
pub fn uart_send_break(id: u8) -> Result<(), BusError> {
    let p = port(id).ok_or(BusError::NoBus)?;
    p.regs.cr1().modify(|r, w| unsafe { w.bits(r.bits() | 1) });
    Ok(())
}

/// Where a received byte goes: `f(uart, byte)`.
static ON_RECEIVE: crate::exc::Hook<fn(u8, u8)> = crate::exc::Hook::new();

/// What a received byte is handed to: `f(uart, byte)`.
pub fn uart_on_receive(f: fn(u8, u8)) {
    ON_RECEIVE.set(f);
}

/// The data bits of a received byte, per UART.
static DATA_MASK: crate::exc::Global<[u8; 7]> = crate::exc::Global::new([0xFF; 7]);

/// What the vectors call: [`handle`], once a UART is set up (so that a program without one
/// links neither it nor the ports' table).
static HANDLER: crate::exc::Hook<fn(u8)> = crate::exc::Hook::new();

/// A UART's interrupt: a received byte (reading SR then DR also clears an overrun).
fn handle(id: u8) {
    let Some(p) = port(id) else { return };
    let sr = p.regs.sr().read().bits();
    if sr & (SR_RXNE | SR_ORE) != 0 {
        let b = p.regs.dr().read().bits() as u8 & DATA_MASK.get()[id as usize % 7];
        if let Some(f) = ON_RECEIVE.get() {
            f(id, b);
        }
    }
}

macro_rules! handlers {
    ($($name:ident = $n:literal: $id:literal;)*) => {
        $(unsafe extern "C" fn $name() {
            // (Opaque to the optimiser, which would otherwise call `handle` directly, the
            // only value ever stored, and so link it into every firmware.)
            if let Some(f) = HANDLER.get() {
                f($id);
            }
        })*
        /// Puts the UARTs' handlers in the board's vector table (USART1's only when it is not
        /// the console).
        pub const fn add_handlers(t: &mut super::Interrupts) {
            $(if $id != 1 || cfg!(not(feature = "console-uart")) {
                t[$n] = Some($name);
            })*
        }
    };
}

handlers! {
    usart1 = 37: 1;
    usart2 = 38: 2;
    usart3 = 39: 3;
    uart4 = 52: 4;
    usart6 = 71: 6;
}
