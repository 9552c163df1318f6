//! The STM32F405's external interrupt lines for `pyb.ExtInt` and the USR switch (RM0090 §12),
//! through the stm32f4 peripheral-access crate: line n watches pin n of the port SYSCFG_EXTICR
//! chooses, on the edges RTSR/FTSR say; IMR lets it interrupt; PR says it fired (cleared by
//! writing 1); SWIER fires it from software. Lines 0–4 have vectors of their own, 5–9 and
//! 10–15 share one each.

use super::bus::PinId;
use stm32f4::stm32f405 as pac;

fn exti() -> &'static pac::exti::RegisterBlock {
    unsafe { &*pac::EXTI::ptr() }
}

/// `pyb.ExtInt` works here.
pub const HAS_EXTI: bool = true;

/// Line `p.pin` watches pin `p` for the edges asked for (neither: the line is off).
pub fn exti_watch(p: PinId, rising: bool, falling: bool) {
    ::cortex_m::interrupt::free(|_| watch_masked(p, rising, falling))
}

/// [`exti_watch`] with interrupts masked (the registers are shared by the lines).
fn watch_masked(p: PinId, rising: bool, falling: bool) {
    let n = u32::from(p.pin % 16);
    let bit = 1 << n;
    let e = exti();
    if !rising && !falling {
        e.imr().modify(|r, w| unsafe { w.bits(r.bits() & !bit) });
        return;
    }
    // SYSCFG's clock (RCC_APB2ENR bit 14), then the port in EXTICRk's 4-bit field.
    let rcc = unsafe { &*pac::RCC::ptr() };
    rcc.apb2enr().modify(|r, w| unsafe { w.bits(r.bits() | 1 << 14) });
    let syscfg = unsafe { &*pac::SYSCFG::ptr() };
    let (shift, port) = (4 * (n % 4), u32::from(p.port));
    let field = |r: u32| r & !(0xF << shift) | port << shift;
    match n / 4 {
        0 => syscfg.exticr1().modify(|r, w| unsafe { w.bits(field(r.bits())) }),
        1 => syscfg.exticr2().modify(|r, w| unsafe { w.bits(field(r.bits())) }),
        2 => syscfg.exticr3().modify(|r, w| unsafe { w.bits(field(r.bits())) }),
        _ => syscfg.exticr4().modify(|r, w| unsafe { w.bits(field(r.bits())) }),
    };
    let set = |on: bool, r: u32| if on { r | bit } else { r & !bit };
    e.rtsr().modify(|r, w| unsafe { w.bits(set(rising, r.bits())) });
    e.ftsr().modify(|r, w| unsafe { w.bits(set(falling, r.bits())) });
    e.pr().write(|w| unsafe { w.bits(bit) });
    e.imr().modify(|r, w| unsafe { w.bits(r.bits() | bit) });
    if let Some(irq) = irq_number(p.pin) {
        super::cortex_m::enable_callback_irq(irq);
    }
}

/// IMR, EMR, RTSR, FTSR, SWIER and PR, for `ExtInt.regs()`.
pub fn exti_regs() -> [u32; 6] {
    let e = exti();
    [
        e.imr().read().bits(),
        e.emr().read().bits(),
        e.rtsr().read().bits(),
        e.ftsr().read().bits(),
        e.swier().read().bits(),
        e.pr().read().bits(),
    ]
}

/// A software interrupt on line `n` (EXTI_SWIER).
pub fn exti_swint(n: u8) {
    exti().swier().write(|w| unsafe { w.bits(1 << (n % 16)) });
}

/// What an edge calls (`pyb::extint::interrupt`), set when the program watches its first line.
static ON_EDGE: crate::exc::Hook<fn(u8)> = crate::exc::Hook::new();

pub fn exti_on_edge(f: fn(u8)) {
    ON_EDGE.set(f);
}

/// The handler of lines `lo..=hi`: each that fired (and may interrupt) is cleared and called.
fn handle(lo: u8, hi: u8) {
    let e = exti();
    let fired = e.pr().read().bits() & e.imr().read().bits();
    for n in lo..=hi {
        if fired & (1 << n) != 0 {
            e.pr().write(|w| unsafe { w.bits(1 << n) });
            if let Some(f) = ON_EDGE.get() {
                f(n);
            }
        }
    }
}

macro_rules! handlers {
    ($($name:ident = $irq:literal: $lo:literal..=$hi:literal;)*) => {
        $(unsafe extern "C" fn $name() {
            handle($lo, $hi);
        })*
        /// Puts the lines' handlers in the board's vector table.
        pub const fn add_handlers(t: &mut super::Interrupts) {
            $(t[$irq] = Some($name);)*
        }
        /// The vector of line `n` (from the same list: RM0090 table 61).
        fn irq_number(n: u8) -> Option<usize> {
            $(if ($lo..=$hi).contains(&n) {
                return Some($irq);
            })*
            None
        }
    };
}

handlers! {
    exti0 = 6: 0..=0;
    exti1 = 7: 1..=1;
    exti2 = 8: 2..=2;
    exti3 = 9: 3..=3;
    exti4 = 10: 4..=4;
    exti9_5 = 23: 5..=9;
    exti15_10 = 40: 10..=15;
}
