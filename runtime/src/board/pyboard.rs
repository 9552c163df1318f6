//! The pyboard v1.1 (STM32F405RG): 168 MHz from the 12 MHz crystal, four LEDs, and the console
//! the board file chooses: a USB CDC-ACM serial port on the micro-USB socket (`console-usb`,
//! `pyboard_usb.rs`) or USART1 on pins X9/X10 = PB6/PB7 at 115200 baud (`console-uart`). Either
//! takes Ctrl-C as KeyboardInterrupt; a reboot into the ROM DFU bootloader goes through a reset.
//!
//! Every wait on a hardware ready flag is bounded, so that where a flag never rises (QEMU
//! leaves RCC unmodelled) the board keeps running on the 16 MHz internal oscillator.

#[cfg(all(feature = "console-usb", feature = "console-uart"))]
compile_error!("the pyboard has one console: enable console-usb or console-uart, not both");
#[cfg(not(any(feature = "console-usb", feature = "console-uart")))]
compile_error!("the pyboard needs a console: console-usb or console-uart (the board file's `console` key)");

use super::cortex_m;
#[cfg(feature = "console-usb")]
use super::pyboard_usb as usb;
use crate::exc::Global;

const RCC: usize = 0x4002_3800;
const RCC_CR: *mut u32 = RCC as *mut u32;
const RCC_PLLCFGR: *mut u32 = (RCC + 0x04) as *mut u32;
const RCC_CFGR: *mut u32 = (RCC + 0x08) as *mut u32;
const RCC_AHB1ENR: *mut u32 = (RCC + 0x30) as *mut u32;
const RCC_AHB2ENR: *mut u32 = (RCC + 0x34) as *mut u32;
const RCC_APB2ENR: *mut u32 = (RCC + 0x44) as *mut u32;
const SYSCFG_MEMRMP: *mut u32 = 0x4001_3800 as *mut u32;
/// The ROM bootloader (system memory, AN2606): its initial SP, then its reset vector.
const SYSTEM_MEMORY: usize = 0x1FFF_0000;
const SCB_AIRCR: *mut u32 = 0xE000_ED0C as *mut u32;
const SCB_SCR: *mut u32 = 0xE000_ED10 as *mut u32;
const RCC_APB1ENR: *mut u32 = (RCC + 0x40) as *mut u32;
const PWR_CR: *mut u32 = 0x4000_7000 as *mut u32;
const FLASH_ACR: *mut u32 = 0x4002_3C00 as *mut u32;
const GPIOA: usize = 0x4002_0000;
const GPIOB: usize = 0x4002_0400;
#[cfg(feature = "console-uart")]
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

const HSE_HZ: u32 = 12_000_000;
const PLL_M: u32 = 12;
const PLL_N: u32 = 336;
const PLL_P: u32 = 2;
const PLL_Q: u32 = 7;
/// RCC_PLLCFGR (RM0090 §7.3.2): PLLM bits 5:0, PLLN 14:6, PLLP 17:16 ((P/2)−1), PLLSRC bit 22
/// (1: HSE), PLLQ 27:24.
const PLLCFGR: u32 = PLL_M | PLL_N << 6 | (PLL_P / 2 - 1) << 16 | 1 << 22 | PLL_Q << 24;
// RM0090 §7.3.2: VCO input 1–2 MHz, VCO output 100–432 MHz, SYSCLK at most 168 MHz, and the
// USB OTG FS clock (PLL48CK) exactly 48 MHz.
const _: () = {
    let vco_in = HSE_HZ / PLL_M;
    let vco = vco_in * PLL_N;
    assert!(vco_in >= 1_000_000 && vco_in <= 2_000_000);
    assert!(vco >= 100_000_000 && vco <= 432_000_000);
    assert!(vco / PLL_P == 168_000_000);
    assert!(vco / PLL_Q == 48_000_000 && vco.is_multiple_of(PLL_Q));
    assert!(PLLCFGR == 12 | (336 << 6) | (1 << 22) | (7 << 24));
};

/// HSE 12 MHz → PLL (M=12, N=336, P=2, Q=7) → 168 MHz core and 48 MHz for USB, APB1 /4,
/// APB2 /2. Returns (core Hz, APB2 Hz) actually in effect.
unsafe fn setup_clocks() -> (u32, u32) {
    modify(RCC_CR, 0, 1 << 16); // HSEON
    if !wait_for(RCC_CR, 1 << 17, 1 << 17) {
        return (16_000_000, 16_000_000); // no crystal answered: stay on HSI
    }
    RCC_PLLCFGR.write_volatile(PLLCFGR);
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
        cortex_m::start_systick(clocks.0);
        #[cfg(feature = "console-uart")]
        uart::init(clocks.1);
        #[cfg(feature = "console-usb")]
        usb::init(clocks.0, clocks.0 == 168_000_000);
    }
}

/// USART1 on X9/X10 as the console: PB6 TX and PB7 RX (alternate function 7), 115200 8N1;
/// received bytes come in by the USART1 interrupt (37), where Ctrl-C is taken.
#[cfg(feature = "console-uart")]
mod uart {
    use super::{modify, reg, wait_for, GPIOB, RCC_APB2ENR, USART1};
    use crate::board::ring::Ring;
    use crate::exc::Global;

    pub const USART1_IRQ: usize = 37;
    const SR_RXNE: u32 = 1 << 5;
    const SR_ORE: u32 = 1 << 3;
    static INPUT: Global<Ring<256>> = Global::new(Ring::new());

    pub unsafe fn init(apb2_hz: u32) {
        modify(RCC_APB2ENR, 0, 1 << 4);
        modify(reg(GPIOB), 0b1111 << 12, 0b1010 << 12);
        modify(reg(GPIOB + 0x20), 0xFF << 24, 0x77 << 24);
        reg(USART1 + 0x08).write_volatile(apb2_hz / 115_200);
        // UE, RXNEIE, TE, RE.
        reg(USART1 + 0x0C).write_volatile((1 << 13) | (1 << 5) | (1 << 3) | (1 << 2));
        reg(0xE000_E100 + 4 * (USART1_IRQ / 32)).write_volatile(1 << (USART1_IRQ % 32));
    }

    pub fn write(bytes: &[u8]) {
        for &b in bytes {
            unsafe {
                wait_for(reg(USART1), 1 << 7, 1 << 7); // TXE
                reg(USART1 + 0x04).write_volatile(b as u32);
            }
        }
    }

    /// USART1's interrupt: a received byte (reading SR then DR also clears an overrun).
    pub unsafe extern "C" fn interrupt() {
        let sr = reg(USART1).read_volatile();
        if sr & (SR_RXNE | SR_ORE) != 0 {
            let b = reg(USART1 + 0x04).read_volatile() as u8;
            if crate::kbint::is_request(b) {
                crate::kbint::request();
                INPUT.get().clear();
            } else {
                INPUT.get().push(b);
            }
        }
    }

    pub fn read_byte() -> Option<u8> {
        ::cortex_m::interrupt::free(|_| INPUT.get().pop())
    }
}

/// The device interrupts (vector table entries 16 on): the console's, the timers' and the
/// EXTI lines'.
pub type Interrupts = [Option<unsafe extern "C" fn()>; 82];
pub const INTERRUPTS: Interrupts = {
    let mut t: Interrupts = [None; 82];
    #[cfg(feature = "console-uart")]
    {
        t[uart::USART1_IRQ] = Some(uart::interrupt);
    }
    #[cfg(feature = "console-usb")]
    {
        t[usb::OTG_FS_IRQ] = Some(usb::otg_fs_interrupt);
    }
    super::stm32f4_tim::add_handlers(&mut t);
    super::stm32f4_exti::add_handlers(&mut t);
    super::stm32f4_usart::add_handlers(&mut t);
    t
};

pub fn write_out(bytes: &[u8]) {
    #[cfg(feature = "console-uart")]
    uart::write(bytes);
    #[cfg(feature = "console-usb")]
    usb::write(bytes);
}

/// Whether the console has someone at the other end: a host with the USB port open; a UART is
/// always taken to be connected.
pub fn console_connected() -> bool {
    #[cfg(feature = "console-uart")]
    return true;
    #[cfg(feature = "console-usb")]
    return usb::connected();
}

/// The next byte of console input, if one came.
pub fn read_in() -> Option<u8> {
    #[cfg(feature = "console-uart")]
    return uart::read_byte();
    #[cfg(feature = "console-usb")]
    return usb::read_byte();
}

/// Once a millisecond, from SysTick: a waiting Ctrl-C's trip renewed (the consoles take Ctrl-C;
/// boards without console input leave SysTick as it was), the USB console's reboot.
#[inline(always)]
pub fn tick(_now: u32) {
    crate::kbint::tick();
    #[cfg(feature = "console-usb")]
    usb::tick(_now);
}

/// A word that survives the reset: [`BOOTLOADER_MAGIC`] there asks the next boot to enter the
/// ROM bootloader (read by [`early`] before `.bss` is zeroed, then zeroed with it).
static mut BOOT_REQUEST: u32 = 0;
const BOOTLOADER_MAGIC: u32 = 0xB007_10AD;

/// `pyb.bootloader()`, and the host's 1200-baud request: reset the chip with a request that
/// the next boot, with every peripheral in its reset state, enters the ROM bootloader.
pub fn enter_bootloader() -> ! {
    ::cortex_m::interrupt::disable();
    unsafe {
        (&raw mut BOOT_REQUEST).write_volatile(BOOTLOADER_MAGIC);
        ::cortex_m::asm::dsb();
        // SCB_AIRCR: VECTKEY 0x05FA, SYSRESETREQ (bit 2).
        SCB_AIRCR.write_volatile(0x05FA_0004);
        ::cortex_m::asm::dsb();
    }
    loop {
        ::cortex_m::asm::nop();
    }
}

/// A 12-bit reading of ADC1 channel `channel` (RM0090 §13): ADC1's clock (RCC_APB2ENR bit 8),
/// ADCCLK = PCLK2 / 4 (ADC_CCR ADCPRE = 01: 21 MHz, under the 36 MHz maximum), 480 cycles of
/// sampling (SMPR), one conversion of the channel (SQR1 L = 0, SQR3 SQ1), ADON, SWSTART, then
/// EOC (bounded wait: 0 when it never comes) and DR.
pub fn adc_read(_pin: super::bus::PinId, channel: u8) -> u16 {
    const ADC1: usize = 0x4001_2000;
    let ch = u32::from(channel % 19);
    unsafe {
        modify(RCC_APB2ENR, 0, 1 << 8);
        modify(reg(ADC1 + 0x304), 0b11 << 16, 0b01 << 16);
        if ch < 10 {
            modify(reg(ADC1 + 0x10), 0b111 << (3 * ch), 0b111 << (3 * ch));
        } else {
            modify(reg(ADC1 + 0x0C), 0b111 << (3 * (ch - 10)), 0b111 << (3 * (ch - 10)));
        }
        reg(ADC1 + 0x2C).write_volatile(0);
        reg(ADC1 + 0x34).write_volatile(ch);
        if reg(ADC1 + 0x08).read_volatile() & 1 == 0 {
            // Switched on now: t_STAB (3 µs) before the first conversion.
            modify(reg(ADC1 + 0x08), 0, 1);
            ::cortex_m::asm::delay(600);
        }
        modify(reg(ADC1), 1 << 1, 0);
        modify(reg(ADC1 + 0x08), 0, 1 << 30);
        if !wait_for(reg(ADC1), 1 << 1, 1 << 1) {
            return 0;
        }
        (reg(ADC1 + 0x4C).read_volatile() & 0xFFF) as u16
    }
}

/// `pyb.hard_reset()`: the chip's reset (SYSRESETREQ), as the reset button does.
pub fn reset() -> ! {
    ::cortex_m::interrupt::disable();
    unsafe {
        ::cortex_m::asm::dsb();
        SCB_AIRCR.write_volatile(0x05FA_0004);
        ::cortex_m::asm::dsb();
    }
    loop {
        ::cortex_m::asm::nop();
    }
}

/// Sets the power controller for a deep sleep (PWREN, then `PWR_CR`'s `clear` and `set` bits)
/// and sleeps deeply (SLEEPDEEP) until an interrupt or event.
unsafe fn deep_sleep(clear: u32, set: u32) {
    modify(RCC_APB1ENR, 0, 1 << 28);
    modify(PWR_CR, clear, set);
    modify(SCB_SCR, 0, 1 << 2);
    ::cortex_m::asm::dsb();
    ::cortex_m::asm::wfi();
    modify(SCB_SCR, 1 << 2, 0);
}

/// `pyb.stop()`: Stop mode (RM0090 §5.3.5: PDDS off, LPDS on): the clocks stop (SysTick
/// too), RAM and registers keep, and an EXTI line (a pin's ExtInt, the RTC) wakes the chip on
/// its 16 MHz HSI; the PLL is put back then. (QEMU models no low-power mode: the next
/// interrupt ends the wait there.)
pub fn stop() {
    unsafe {
        deep_sleep(1 << 1, 1 << 0);
        if RCC_CFGR.read_volatile() & 0b1100 != 0b1000 {
            *CLOCKS.get() = setup_clocks();
        }
    }
}

/// `pyb.standby()`: Standby mode (RM0090 §5.3.6: PDDS, with the wake-up flag cleared by
/// CWUF): the chip powers down and its wake (WKUP pin, RTC alarm) is a reset. Where it goes
/// on (QEMU, which models no standby), it resets.
pub fn standby() -> ! {
    unsafe { deep_sleep(0, (1 << 1) | (1 << 2)) };
    reset()
}

/// 32 random bits from the chip's true random number generator (RM0090 §24: RNGEN in
/// RCC_AHB2ENR bit 6 and RNG_CR bit 2, a word in RNG_DR once RNG_SR.DRDY); where it does not
/// answer (QEMU models no RNG) a xorshift generator stands in.
pub fn rng() -> u32 {
    const RNG: usize = 0x5006_0800;
    if !*NO_RNG.get() {
        unsafe {
            modify(RCC_AHB2ENR, 0, 1 << 6);
            modify(reg(RNG), 0, 1 << 2);
            if wait_for(reg(RNG + 4), 0b111, 0b001) {
                return reg(RNG + 8).read_volatile();
            }
        }
        // (Asked once: a generator that did not answer is not waited for again.)
        *NO_RNG.get() = true;
    }
    super::xorshift(XORSHIFT.get())
}

static XORSHIFT: Global<u32> = Global::new(0x2545_F491);
static NO_RNG: Global<bool> = Global::new(false);

/// First thing after reset: enter the ROM bootloader if the last run asked for it. AN2606's
/// sequence from a reset state: SYSCFG's clock on, system memory mapped at 0 (SYSCFG_MEMRMP
/// MEM_MODE = 01), the main stack pointer from the bootloader's vector table, then its reset
/// vector.
pub unsafe fn early() {
    let request = &raw mut BOOT_REQUEST;
    if request.read_volatile() != BOOTLOADER_MAGIC {
        return;
    }
    request.write_volatile(0);
    modify(RCC_APB2ENR, 0, 1 << 14); // SYSCFGEN
    SYSCFG_MEMRMP.write_volatile(0b01);
    ::cortex_m::asm::dsb();
    ::cortex_m::asm::isb();
    let sp = (SYSTEM_MEMORY as *const u32).read_volatile();
    let entry = ((SYSTEM_MEMORY + 4) as *const u32).read_volatile();
    core::arch::asm!("msr msp, {sp}", "bx {entry}", sp = in(reg) sp, entry = in(reg) entry, options(noreturn));
}

pub fn write_err(bytes: &[u8]) {
    write_out(bytes)
}

/// LED(3) and LED(4) can shine at a level: TIM2 CH1 drives PA15 (AF1) and TIM3 CH1 drives PB4
/// (AF2), counting at 1 MHz with a period of 10,000 (100 Hz), as MicroPython's LEDs do.
const LED_PWM: [Option<(u8, super::bus::PinId, u8)>; 4] =
    [None, None, Some((2, super::bus::PinId::new(0, 15), 1)), Some((3, super::bus::PinId::new(1, 4), 2))];
const LED_PWM_PERIOD: u32 = 10_000;
/// Whether an LED's pin is its timer's (PWM) now.
static LED_PWM_ON: Global<[bool; 4]> = Global::new([false; 4]);

/// LED `i` at `value` of 255: PWM for LED(3) and LED(4) between 1 and 254, else on above 0.
pub fn led_intensity(i: usize, value: u8) {
    let Some((tim, pin, af)) = LED_PWM[i].filter(|_| (1..=254).contains(&value)) else {
        return led_set(i, value > 0);
    };
    if !LED_PWM_ON.get()[i] {
        let prescaler = (super::timer_source_hz(tim) / 1_000_000).max(1) - 1;
        super::timer_start(tim, prescaler, LED_PWM_PERIOD - 1, 0);
        super::timer_pwm(tim, 1, false);
        super::pin_init(pin, super::bus::PinMode::Alternate { af, open_drain: false }, super::bus::Pull::None);
        LED_PWM_ON.get()[i] = true;
    }
    super::timer_set_compare(tim, 1, u32::from(value) * LED_PWM_PERIOD / 255);
}

pub fn led_set(i: usize, on: bool) {
    if core::mem::take(&mut LED_PWM_ON.get()[i]) {
        if let Some((_, pin, _)) = LED_PWM[i] {
            super::pin_init(pin, super::bus::PinMode::OutputPushPull, super::bus::Pull::None);
        }
    }
    let (port, pin) = LEDS[i];
    let bit = if on { 1 << pin } else { 1 << (pin + 16) };
    unsafe { reg(port + 0x18).write_volatile(bit) };
}

pub fn led_get(i: usize) -> bool {
    // (A pin the timer drives reads 0 in ODR: the LED shines, it is on.)
    if LED_PWM_ON.get()[i] {
        return true;
    }
    let (port, pin) = LEDS[i];
    unsafe { reg(port + 0x14).read_volatile() & (1 << pin) != 0 }
}

/// The program has ended: on an error the red LED stays lit; the board then sleeps, its
/// console still answering (the last output, a reboot request).
/// The board's wall clock: none read yet (the STM32's RTC, kept by VBAT, is not driven), so
/// `time.time()` counts from 2000-01-01 until a program sets `pyb.RTC`.
pub fn wall_clock() -> Option<i64> {
    None
}

pub fn exit(code: u32) -> ! {
    if code != 0 {
        led_set(0, true);
    }
    #[cfg(feature = "console-usb")]
    usb::idle();
    #[cfg(not(feature = "console-usb"))]
    loop {
        ::cortex_m::asm::wfi();
    }
}
