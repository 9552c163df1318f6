//! The pyboard v1.1's pin names (its `pins.csv`): the silkscreen's X1…X22 and Y1…Y12 and the
//! on-board parts' pins, each a CPU pin.

use crate::board::bus::PinId;

const fn p(port: u8, pin: u8) -> PinId {
    PinId::new(port, pin)
}
const A: u8 = 0;
const B: u8 = 1;
const C: u8 = 2;
const D: u8 = 3;

pub static BOARD: &[(&str, PinId)] = &[
    ("X1", p(A, 0)),
    ("X2", p(A, 1)),
    ("X3", p(A, 2)),
    ("X4", p(A, 3)),
    ("X5", p(A, 4)),
    ("X6", p(A, 5)),
    ("X7", p(A, 6)),
    ("X8", p(A, 7)),
    ("X9", p(B, 6)),
    ("X10", p(B, 7)),
    ("X11", p(C, 4)),
    ("X12", p(C, 5)),
    ("X17", p(B, 3)),
    ("X18", p(C, 13)),
    ("X19", p(C, 0)),
    ("X20", p(C, 1)),
    ("X21", p(C, 2)),
    ("X22", p(C, 3)),
    ("Y1", p(C, 6)),
    ("Y2", p(C, 7)),
    ("Y3", p(B, 8)),
    ("Y4", p(B, 9)),
    ("Y5", p(B, 12)),
    ("Y6", p(B, 13)),
    ("Y7", p(B, 14)),
    ("Y8", p(B, 15)),
    ("Y9", p(B, 10)),
    ("Y10", p(B, 11)),
    ("Y11", p(B, 0)),
    ("Y12", p(B, 1)),
    ("LED_RED", p(A, 13)),
    ("LED_GREEN", p(A, 14)),
    ("LED_YELLOW", p(A, 15)),
    ("LED_BLUE", p(B, 4)),
    ("SW", p(B, 3)),
    ("MMA_INT", p(B, 2)),
    ("MMA_AVDD", p(B, 5)),
    ("SD_SW", p(A, 8)),
    ("SD_D0", p(C, 8)),
    ("SD_D1", p(C, 9)),
    ("SD_D2", p(C, 10)),
    ("SD_D3", p(C, 11)),
    ("SD_CK", p(C, 12)),
    ("SD_CMD", p(D, 2)),
    ("USB_VBUS", p(A, 9)),
    ("USB_ID", p(A, 10)),
    ("USB_DM", p(A, 11)),
    ("USB_DP", p(A, 12)),
];

/// The USR switch (pressed pulls it low) and the accelerometer's power switch.
pub const SWITCH: PinId = p(B, 3);
pub const MMA_AVDD: PinId = p(B, 5);

/// A pin by board name (`X1`) or CPU name (`A0`, `PA0`).
pub fn find(name: &str) -> Option<PinId> {
    BOARD.iter().find(|(n, _)| *n == name).map(|&(_, p)| p).or_else(|| PinId::parse(name).filter(|p| p.port <= 8))
}

/// The board names of a pin (`['X17', 'SW']`).
pub fn board_names(p: PinId) -> impl Iterator<Item = &'static str> {
    BOARD.iter().filter(move |(_, q)| *q == p).map(|&(n, _)| n)
}

#[cfg(test)]
mod tests {
    #[test]
    fn names() {
        assert_eq!(super::find("X9"), Some(super::p(1, 6)));
        assert_eq!(super::find("A13"), super::find("LED_RED"));
        assert_eq!(super::find("Y13"), None);
        assert_eq!(super::board_names(super::SWITCH).collect::<Vec<_>>(), ["X17", "SW"]);
    }
}

/// The timer output channels on the pins (STM32F405 datasheet's alternate functions, as
/// MicroPython's `stm32f405_af.csv` lists them): (pin, timer, channel). The alternate function
/// number follows from the timer: TIM1/2 AF1, TIM3/4/5 AF2, TIM8–11 AF3, TIM12–14 AF9.
static TIMER_CHANNELS: &[(PinId, u8, u8)] = &[
    (p(A, 0), 2, 1),
    (p(A, 0), 5, 1),
    (p(A, 1), 2, 2),
    (p(A, 1), 5, 2),
    (p(A, 2), 2, 3),
    (p(A, 2), 5, 3),
    (p(A, 2), 9, 1),
    (p(A, 3), 2, 4),
    (p(A, 3), 5, 4),
    (p(A, 3), 9, 2),
    (p(A, 5), 2, 1),
    (p(A, 6), 3, 1),
    (p(A, 6), 13, 1),
    (p(A, 7), 3, 2),
    (p(A, 7), 14, 1),
    (p(A, 8), 1, 1),
    (p(A, 9), 1, 2),
    (p(A, 10), 1, 3),
    (p(A, 11), 1, 4),
    (p(A, 15), 2, 1),
    (p(B, 0), 3, 3),
    (p(B, 1), 3, 4),
    (p(B, 3), 2, 2),
    (p(B, 4), 3, 1),
    (p(B, 5), 3, 2),
    (p(B, 6), 4, 1),
    (p(B, 7), 4, 2),
    (p(B, 8), 4, 3),
    (p(B, 8), 10, 1),
    (p(B, 9), 4, 4),
    (p(B, 9), 11, 1),
    (p(B, 10), 2, 3),
    (p(B, 11), 2, 4),
    (p(B, 14), 12, 1),
    (p(B, 15), 12, 2),
    (p(C, 6), 3, 1),
    (p(C, 6), 8, 1),
    (p(C, 7), 3, 2),
    (p(C, 7), 8, 2),
    (p(C, 8), 3, 3),
    (p(C, 8), 8, 3),
    (p(C, 9), 3, 4),
    (p(C, 9), 8, 4),
];

/// Every (timer, channel) on `pin`.
pub fn timer_channels(pin: PinId) -> impl Iterator<Item = (u8, u8)> {
    TIMER_CHANNELS.iter().filter(move |&&(q, _, _)| q == pin).map(|&(_, t, ch)| (t, ch))
}

/// The channel of `timer` on `pin` and its alternate function number, if the pin has one.
pub fn timer_channel(pin: PinId, timer: u8) -> Option<(u8, u8)> {
    let &(_, t, ch) = TIMER_CHANNELS.iter().find(|&&(q, t, _)| q == pin && t == timer)?;
    let af = match t {
        1 | 2 => 1,
        3..=5 => 2,
        8..=11 => 3,
        _ => 9,
    };
    Some((ch, af))
}

/// The ADC channel on a pin (ADC123_IN0–15: PA0–PA7, PB0–PB1, PC0–PC5).
pub fn adc_channel(pin: PinId) -> Option<u8> {
    match (pin.port, pin.pin) {
        (A, n @ 0..=7) => Some(n),
        (B, n @ 0..=1) => Some(8 + n),
        (C, n @ 0..=5) => Some(10 + n),
        _ => None,
    }
}
