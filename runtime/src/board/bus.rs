//! The board-level bus interface the peripheral types (`pyb`, `lcd160cr`) speak: GPIO pins,
//! I2C transfers and the clock. Each board implements it — the pyboard with the STM32F4's
//! registers, the simulated pyboard with device models, the other boards as far as they can —
//! so that a driver is the same code everywhere and the bytes it sends are what a device sees.

/// A GPIO pin of the chip: port (0 = A, 1 = B, …) and pin number (0–15).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct PinId {
    pub port: u8,
    pub pin: u8,
}

impl PinId {
    pub const fn new(port: u8, pin: u8) -> PinId {
        PinId { port, pin }
    }

    /// The pin from its CPU name: `A13`, `B4` (a leading `P` is allowed: `PA13`).
    pub fn parse(name: &str) -> Option<PinId> {
        let name = name.strip_prefix('P').filter(|r| r.len() >= 2).unwrap_or(name);
        let mut chars = name.chars();
        let port = chars.next()?;
        if !port.is_ascii_uppercase() || port > 'I' {
            return None;
        }
        let pin: u8 = chars.as_str().parse().ok()?;
        (pin < 16 && !chars.as_str().starts_with('0') || chars.as_str() == "0")
            .then_some(PinId::new(port as u8 - b'A', pin))
    }

    /// `A13`.
    pub fn cpu_name(self) -> alloc::string::String {
        alloc::format!("{}{}", (b'A' + self.port) as char, self.pin)
    }
}

/// How a pin is configured (the STM32 GPIO modes MicroPython's `Pin` names).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum PinMode {
    Input,
    OutputPushPull,
    OutputOpenDrain,
    /// An alternate function (a peripheral drives the pin), push-pull or open-drain.
    Alternate {
        af: u8,
        open_drain: bool,
    },
    Analog,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Pull {
    None,
    Up,
    Down,
}

/// How an SPI bus is set up as controller (MicroPython's `SPI.init` arguments).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct SpiMode {
    /// The clock wanted, in Hz (the bus runs at the fastest rate not above it that its clock
    /// divider gives; `spi_init` returns it).
    pub baudrate: u32,
    /// The clock's idle level (CPOL).
    pub polarity: bool,
    /// Whether data is sampled on the clock's second edge (CPHA).
    pub phase: bool,
    /// 8 or 16 bits per frame (a 16-bit frame is two bytes of the buffer, low byte first).
    pub bits: u8,
    pub lsb_first: bool,
}

/// How a UART frames its characters (MicroPython's `UART.init` arguments).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct UartMode {
    pub baudrate: u32,
    /// Data bits: 7, 8 or 9 (with a parity bit, 7 or 8).
    pub bits: u8,
    /// None, or Some(0) even, Some(1) odd.
    pub parity: Option<u8>,
    /// Stop bits: 1 or 2.
    pub stop: u8,
}

/// The SPI clock from `pclk` over the smallest power-of-two divider (2 to 256) that does not
/// exceed `want` (the slowest when even 256 is too fast), as the STM32F4's SPI divides.
pub fn spi_rate(pclk: u32, want: u32) -> u32 {
    (1..=8).map(|k| pclk >> k).find(|&hz| hz <= want).unwrap_or(pclk >> 8)
}

/// Why an I2C transfer failed.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum BusError {
    /// No device acknowledged the address (or a data byte).
    Nack,
    /// The bus did not finish in time (a device holds SCL low, or no pull-ups).
    Timeout,
    /// This board has no such bus.
    NoBus,
}

impl BusError {
    /// The errno MicroPython's `pyb.I2C` raises OSError with: EIO for a refused transfer,
    /// ETIMEDOUT, ENODEV for a bus the board lacks (and the same for SPI).
    pub fn errno(self) -> isize {
        match self {
            BusError::Nack => 5,
            BusError::Timeout => 110,
            BusError::NoBus => 19,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::PinId;

    #[test]
    fn cpu_pin_names() {
        assert_eq!(PinId::parse("A13"), Some(PinId::new(0, 13)));
        assert_eq!(PinId::parse("PB4"), Some(PinId::new(1, 4)));
        assert_eq!(PinId::parse("C0"), Some(PinId::new(2, 0)));
        assert_eq!(PinId::parse("A16"), None);
        assert_eq!(PinId::parse("A01"), None);
        assert_eq!(PinId::parse("Z1"), None);
        assert_eq!(PinId::parse("X1"), None);
        assert_eq!(PinId::new(1, 4).cpu_name(), "B4");
    }
}
