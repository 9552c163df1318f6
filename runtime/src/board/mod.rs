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
pub use host::*;

#[cfg(target_os = "none")]
pub mod cortex_m;

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
mod stm32f4_i2c;
#[cfg(all(target_os = "none", feature = "board-pyboard"))]
pub use stm32f4_i2c::{i2c_init, i2c_read, i2c_write, i2c_write_read};

#[cfg(target_os = "none")]
pub use self::cortex_m::{delay_ms, delay_us, irq_disabled, micros, millis, set_irq, wfi};
