//! The STM32F405's timers 1–14 for `pyb.Timer` (RM0090 §17–20), through the stm32f4
//! peripheral-access crate: each counts its source clock over PSC + 1 and wraps after ARR + 1
//! counts, raising its update interrupt (DIER.UIE), whose handler calls `pyb::timer::interrupt`.
//!
//! The registers used here (CR1, DIER, SR, EGR, CNT, PSC, ARR) sit at the same offsets in every
//! timer, from the advanced TIM1/TIM8 to the basic TIM6/TIM7, so every timer is seen through
//! TIM2's register block (the widest: CNT and ARR of 32 bits).

use stm32f4::stm32f405 as pac;

type Regs = pac::tim2::RegisterBlock;

fn regs(id: u8) -> &'static Regs {
    let p = match id {
        1 => pac::TIM1::ptr() as *const Regs,
        2 => pac::TIM2::ptr(),
        3 => pac::TIM3::ptr() as *const Regs,
        4 => pac::TIM4::ptr() as *const Regs,
        5 => pac::TIM5::ptr() as *const Regs,
        6 => pac::TIM6::ptr() as *const Regs,
        7 => pac::TIM7::ptr() as *const Regs,
        8 => pac::TIM8::ptr() as *const Regs,
        9 => pac::TIM9::ptr() as *const Regs,
        10 => pac::TIM10::ptr() as *const Regs,
        11 => pac::TIM11::ptr() as *const Regs,
        12 => pac::TIM12::ptr() as *const Regs,
        13 => pac::TIM13::ptr() as *const Regs,
        _ => pac::TIM14::ptr() as *const Regs,
    };
    unsafe { &*p }
}

/// Timers 1 and 8–11 are on APB2, the others on APB1.
fn on_apb2(id: u8) -> bool {
    matches!(id, 1 | 8..=11)
}

/// The timer's bit in RCC_APB2ENR (TIM1 0, TIM8 1, TIM9–11 16–18) or RCC_APB1ENR (TIM2–7
/// 0–5, TIM12–14 6–8): RM0090 §7.3.13–14.
fn enable_bit(id: u8) -> u32 {
    match id {
        1 => 0,
        8 => 1,
        9..=11 => u32::from(id) + 7,
        2..=7 => u32::from(id) - 2,
        _ => u32::from(id) - 6,
    }
}

/// `pyb.Timer` works here.
pub const HAS_TIMERS: bool = true;

/// The clock a timer counts: its bus's clock, twice that when the bus is divided from HCLK
/// (RM0090 §7.2: 84 MHz for APB1 timers, 168 MHz for APB2 ones on the pyboard's clocks).
pub fn timer_source_hz(id: u8) -> u32 {
    let [_, hclk, apb1, apb2] = super::clocks();
    let bus = if on_apb2(id) { apb2 } else { apb1 };
    if bus == hclk {
        bus
    } else {
        2 * bus
    }
}

/// CR1: CEN (0), URS (2: only a wrap raises the update interrupt, not the UG that loads the
/// prescaler), DIR (4) and CMS (5–6) as MicroPython's mode numbers, ARPE (7).
const CR1_CEN: u32 = 1;
const CR1_URS: u32 = 1 << 2;
const CR1_ARPE: u32 = 1 << 7;

pub fn timer_start(id: u8, prescaler: u32, period: u32, mode: u32) {
    ::cortex_m::interrupt::free(|_| start_masked(id, prescaler, period, mode))
}

/// [`timer_start`] with interrupts masked (RCC's enable register is shared).
fn start_masked(id: u8, prescaler: u32, period: u32, mode: u32) {
    let rcc = unsafe { &*pac::RCC::ptr() };
    let bit = 1 << enable_bit(id);
    if on_apb2(id) {
        rcc.apb2enr().modify(|r, w| unsafe { w.bits(r.bits() | bit) });
    } else {
        rcc.apb1enr().modify(|r, w| unsafe { w.bits(r.bits() | bit) });
    }
    let t = regs(id);
    // Basic timers (6, 7) count up only.
    let mode = if matches!(id, 6 | 7) { 0 } else { mode & 0x70 };
    t.cr1().write(|w| unsafe { w.bits(CR1_URS) });
    t.psc().write(|w| unsafe { w.bits(prescaler) });
    t.arr().write(|w| unsafe { w.bits(period) });
    t.cnt().write(|w| unsafe { w.bits(0) });
    // UG loads the prescaler and period now.
    t.egr().write(|w| unsafe { w.bits(1) });
    t.sr().write(|w| unsafe { w.bits(0) });
    t.cr1().write(|w| unsafe { w.bits(CR1_URS | CR1_ARPE | mode | CR1_CEN) });
}

pub fn timer_stop(id: u8) {
    let t = regs(id);
    t.dier().modify(|r, w| unsafe { w.bits(r.bits() & !1) });
    t.cr1().modify(|r, w| unsafe { w.bits(r.bits() & !CR1_CEN) });
}

/// (prescaler, period) as set.
pub fn timer_setup(id: u8) -> (u32, u32) {
    let t = regs(id);
    (t.psc().read().bits() & 0xFFFF, t.arr().read().bits())
}

/// New prescaler and period, taking effect at the next wrap (both are preloaded).
pub fn timer_reload(id: u8, prescaler: u32, period: u32) {
    let t = regs(id);
    t.psc().write(|w| unsafe { w.bits(prescaler) });
    t.arr().write(|w| unsafe { w.bits(period) });
}

pub fn timer_counter(id: u8) -> u32 {
    regs(id).cnt().read().bits()
}

pub fn timer_set_counter(id: u8, value: u32) {
    regs(id).cnt().write(|w| unsafe { w.bits(value) });
}

/// Channel `ch` (1–4) of timer `id` as PWM: its output active (high, or low when `inverted`:
/// CCxP) while the count is below its compare value (OCxM = 110, PWM mode 1, with the compare
/// value preloaded, OCxPE), and on (CCxE; on TIM1 and TIM8 also BDTR.MOE). RM0090 §17.4.7–9.
pub fn timer_pwm(id: u8, ch: u8, inverted: bool) {
    ::cortex_m::interrupt::free(|_| pwm_masked(id, ch, inverted))
}

fn pwm_masked(id: u8, ch: u8, inverted: bool) {
    let t = regs(id);
    let ch = u32::from(ch.clamp(1, 4));
    let shift = 8 * ((ch - 1) % 2);
    let (mask, bits) = (0xFF << shift, (0b110 << 4 | 1 << 3) << shift);
    if ch <= 2 {
        t.ccmr1_output().modify(|r, w| unsafe { w.bits(r.bits() & !mask | bits) });
    } else {
        t.ccmr2_output().modify(|r, w| unsafe { w.bits(r.bits() & !mask | bits) });
    }
    let s = 4 * (ch - 1);
    t.ccer().modify(|r, w| unsafe { w.bits(r.bits() & !(0b11 << s) | (1 | u32::from(inverted) << 1) << s) });
    if matches!(id, 1 | 8) {
        let advanced = unsafe { &*(regs(id) as *const Regs as *const pac::tim1::RegisterBlock) };
        advanced.bdtr().modify(|r, w| unsafe { w.bits(r.bits() | 1 << 15) });
    }
}

/// Channel `ch`'s compare value (CCRx).
pub fn timer_compare(id: u8, ch: u8) -> u32 {
    regs(id).ccr(usize::from(ch.clamp(1, 4) - 1)).read().bits()
}

pub fn timer_set_compare(id: u8, ch: u8, value: u32) {
    regs(id).ccr(usize::from(ch.clamp(1, 4) - 1)).write(|w| unsafe { w.bits(value) });
}

/// Whether the timer raises its update interrupt (DIER.UIE, and the vector in the NVIC).
///
/// Switching it on also writes CNT back (as a count below the period): on the chip that loses
/// a cycle's count at most, and QEMU's model of these timers needs it, for it stops raising
/// the interrupt for good once a wrap came while UIE was off.
pub fn timer_irq(id: u8, on: bool) {
    let t = regs(id);
    t.sr().write(|w| unsafe { w.bits(!1) });
    if on {
        t.dier().modify(|r, w| unsafe { w.bits(r.bits() | 1) });
        if let Some(irq) = irq_number(id) {
            super::cortex_m::enable_callback_irq(irq);
        }
        let count = u64::from(t.cnt().read().bits()) % (u64::from(t.arr().read().bits()) + 1);
        let count = count as u32;
        t.cnt().write(|w| unsafe { w.bits(count) });
    } else {
        t.dier().modify(|r, w| unsafe { w.bits(r.bits() & !1) });
    }
}

/// What a wrap calls (`pyb::timer::interrupt`), set when the program makes its first timer:
/// a firmware whose program uses none links no `pyb` for the vectors' sake.
static ON_WRAP: crate::exc::Hook<fn(u8)> = crate::exc::Hook::new();

pub fn timer_on_wrap(f: fn(u8)) {
    ON_WRAP.set(f);
}

/// The handler of a vector: each of its timers that wrapped with its interrupt on has the
/// flag cleared (SR is cleared by writing 0 to a bit) and its callback called.
fn handle(ids: &[u8]) {
    for &id in ids {
        let t = regs(id);
        if t.sr().read().bits() & 1 != 0 && t.dier().read().bits() & 1 != 0 {
            t.sr().write(|w| unsafe { w.bits(!1) });
            if let Some(f) = ON_WRAP.get() {
                f(id);
            }
        }
    }
}

/// The vectors (RM0090 table 61) and their timers, written once: the handlers, their places
/// in the vector table, and each timer's vector (TIM1/TIM10 and TIM8/TIM13 share one) all come
/// from the list below.
macro_rules! handlers {
    ($($name:ident = $n:literal: [$($id:literal),*];)*) => {
        $(unsafe extern "C" fn $name() {
            handle(&[$($id),*]);
        })*
        /// Puts the timers' handlers in the board's vector table.
        pub const fn add_handlers(t: &mut super::Interrupts) {
            $(t[$n] = Some($name);)*
        }
        /// The update interrupt's vector of timer `id`.
        fn irq_number(id: u8) -> Option<usize> {
            $(if [$($id),*].contains(&id) {
                return Some($n);
            })*
            None
        }
    };
}

handlers! {
    tim1_brk_tim9 = 24: [9];
    tim1_up_tim10 = 25: [1, 10];
    tim1_trg_tim11 = 26: [11];
    tim2 = 28: [2];
    tim3 = 29: [3];
    tim4 = 30: [4];
    tim8_brk_tim12 = 43: [12];
    tim8_up_tim13 = 44: [8, 13];
    tim8_trg_tim14 = 45: [14];
    tim5 = 50: [5];
    tim6_dac = 54: [6];
    tim7 = 55: [7];
}
