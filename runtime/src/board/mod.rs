//! Board support, chosen by `cfg`: the host, or one microcontroller board per cargo feature.
//!
//! Every board provides the same functions: console output, LEDs, the clock and delays, the
//! bus interface of [`bus`] (GPIO pins, I2C transfers), and (on a microcontroller) `init` and
//! `exit`.

#[cfg(all(feature = "board-mps2", feature = "board-pyboard"))]
compile_error!("enable exactly one board-* feature of mpyc-runtime");
#[cfg(all(target_os = "none", not(any(feature = "board-mps2", feature = "board-pyboard"))))]
compile_error!("a microcontroller build of mpyc-runtime needs a board-* feature (see targets/)");

pub mod bus;
pub mod gpio_model;

#[cfg(not(target_os = "none"))]
mod host;
#[cfg(not(target_os = "none"))]
pub mod sim;
#[cfg(not(target_os = "none"))]
mod timer_model;
#[cfg(not(target_os = "none"))]
pub use host::*;

#[cfg(target_os = "none")]
pub mod cortex_m;

#[cfg(all(target_os = "none", feature = "board-pyboard", feature = "console-usb"))]
mod pyboard_usb;
pub mod ring;
#[cfg(any(test, all(target_os = "none", feature = "console-usb")))]
pub mod usb_console;
#[cfg(test)]
mod usb_console_tests;

#[cfg(all(target_os = "none", feature = "board-mps2"))]
mod mps2;
#[cfg(all(target_os = "none", feature = "board-mps2"))]
pub use mps2::*;

#[cfg(all(target_os = "none", feature = "board-pyboard"))]
mod pyboard;
#[cfg(all(target_os = "none", feature = "board-pyboard"))]
pub use pyboard::*;
#[cfg(all(target_os = "none", feature = "board-pyboard"))]
mod stm32f4_gpio;
#[cfg(all(target_os = "none", feature = "board-pyboard"))]
pub use stm32f4_gpio::{pin_init, pin_mode, pin_out, pin_read, pin_write};
#[cfg(all(target_os = "none", feature = "board-pyboard"))]
mod stm32f4_rcc;
#[cfg(all(target_os = "none", feature = "board-pyboard"))]
pub use stm32f4_rcc::{clocks, unique_id};
#[cfg(all(target_os = "none", feature = "board-pyboard"))]
mod stm32f4_exti;
#[cfg(all(target_os = "none", feature = "board-pyboard"))]
pub use stm32f4_exti::{exti_on_edge, exti_regs, exti_swint, exti_watch, HAS_EXTI};
#[cfg(all(target_os = "none", feature = "board-pyboard"))]
mod stm32f4_tim;
#[cfg(all(target_os = "none", feature = "board-pyboard"))]
pub use stm32f4_tim::{
    timer_compare, timer_counter, timer_irq, timer_on_wrap, timer_pwm, timer_reload, timer_set_compare,
    timer_set_counter, timer_setup, timer_source_hz, timer_start, timer_stop, HAS_TIMERS,
};
#[cfg(all(target_os = "none", feature = "board-pyboard"))]
mod stm32f4_i2c;
#[cfg(all(target_os = "none", feature = "board-pyboard"))]
pub use stm32f4_i2c::{i2c_init, i2c_read, i2c_write, i2c_write_read};
#[cfg(all(target_os = "none", feature = "board-pyboard"))]
mod stm32f4_usart;
#[cfg(all(target_os = "none", feature = "board-pyboard"))]
pub use stm32f4_usart::{uart_deinit, uart_init, uart_on_receive, uart_send_break, uart_write};
#[cfg(all(target_os = "none", feature = "board-pyboard"))]
mod stm32f4_dac;
#[cfg(all(target_os = "none", feature = "board-pyboard"))]
pub use stm32f4_dac::{dac_deinit, dac_init, dac_wave, dac_write};
#[cfg(all(target_os = "none", feature = "board-pyboard"))]
mod stm32f4_iwdg;
#[cfg(all(target_os = "none", feature = "board-pyboard"))]
pub use stm32f4_iwdg::{wdt_feed, wdt_start};
#[cfg(all(target_os = "none", feature = "board-pyboard"))]
mod stm32f4_spi;
#[cfg(all(target_os = "none", feature = "board-pyboard"))]
pub use stm32f4_spi::{spi_init, spi_transfer};

#[cfg(target_os = "none")]
pub use self::cortex_m::{
    delay_ms, delay_us, irq_disabled, mask_callbacks, mem_read, mem_write, micros, millis, monotonic_ns, move_guard,
    set_irq, unmask_callbacks, wait_us, wfi,
};

/// A console byte read ahead (`USB_VCP.any()`), given back first by [`console_read`].
static AHEAD: crate::exc::Global<Option<u8>> = crate::exc::Global::new(None);

/// The next byte of console input, if one came (what `input()` and `USB_VCP` read).
pub fn console_read() -> Option<u8> {
    AHEAD.get().take().or_else(read_in)
}

/// Whether console input is waiting (the byte is read ahead, and kept for [`console_read`]).
pub fn console_waiting() -> bool {
    if AHEAD.get().is_none() {
        *AHEAD.get() = read_in();
    }
    AHEAD.get().is_some()
}

/// The next number of a xorshift generator with state `x` (not 0): the boards' stand-in
/// where no hardware random generator answers (`pyb.rng`).
pub fn xorshift(x: &mut u32) -> u32 {
    *x ^= *x << 13;
    *x ^= *x >> 17;
    *x ^= *x << 5;
    *x
}

/// The USB ids of the console (the board file's `[usb]`, passed to the runtime's build by mpyc;
/// the defaults are the pyboard's, for builds outside mpyc).
#[allow(dead_code)]
pub const USB_VID: u16 = hex_u16(option_env!("MPYC_USB_VID"), 0x1209);
#[allow(dead_code)]
pub const USB_PID: u16 = hex_u16(option_env!("MPYC_USB_PID"), 0x0001);

/// `0x`-prefixed hexadecimal text as a u16, at compile time; `default` without text.
const fn hex_u16(text: Option<&str>, default: u16) -> u16 {
    let Some(text) = text else { return default };
    let b = text.as_bytes();
    assert!(b.len() > 2 && b[0] == b'0' && (b[1] == b'x' || b[1] == b'X'), "MPYC_USB_*: 0x and hex digits");
    let mut v: u32 = 0;
    let mut i = 2;
    while i < b.len() {
        let d = match b[i] {
            c @ b'0'..=b'9' => c - b'0',
            c @ b'a'..=b'f' => c - b'a' + 10,
            c @ b'A'..=b'F' => c - b'A' + 10,
            _ => panic!("MPYC_USB_*: not a hex digit"),
        };
        v = v * 16 + d as u32;
        assert!(v <= 0xFFFF, "MPYC_USB_*: more than 16 bits");
        i += 1;
    }
    v as u16
}

/// `sys.argv[0]`: a board's program has none (MicroPython's `sys.argv` is empty there).
#[cfg(target_os = "none")]
pub fn program_path() -> Option<&'static str> {
    None
}
