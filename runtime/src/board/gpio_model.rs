//! A model of the STM32F405's GPIO ports (the simulated pyboard's, and the remembered pins of
//! boards without them): each pin's mode, pull and output level, and what the outside world
//! drives onto it (the USR switch pulling PB3 low, a scenario's `pin` event).

use super::bus::{PinId, PinMode, Pull};

#[derive(Clone, Copy)]
struct PinState {
    mode: PinMode,
    pull: Pull,
    /// The output data register's bit (ODR).
    out: bool,
    /// A level forced from outside the chip, if any.
    external: Option<bool>,
}

/// Ports A..I, 16 pins each, all inputs without pulls after reset (as the reference manual's
/// reset values, but for the debug pins, which the models do not need).
pub struct Gpio {
    pins: [[PinState; 16]; 9],
}

impl Default for Gpio {
    fn default() -> Self {
        let reset = PinState { mode: PinMode::Input, pull: Pull::None, out: false, external: None };
        Gpio { pins: [[reset; 16]; 9] }
    }
}

impl Gpio {
    fn at(&mut self, p: PinId) -> &mut PinState {
        &mut self.pins[p.port as usize % 9][p.pin as usize % 16]
    }

    pub fn init(&mut self, p: PinId, mode: PinMode, pull: Pull) {
        let s = self.at(p);
        s.mode = mode;
        s.pull = pull;
    }

    pub fn write(&mut self, p: PinId, high: bool) {
        self.at(p).out = high;
    }

    pub fn mode(&mut self, p: PinId) -> (PinMode, Pull) {
        let s = self.at(p);
        (s.mode, s.pull)
    }

    /// The output register's bit (what `led_get` and `Pin.value()` on an output report).
    pub fn out(&mut self, p: PinId) -> bool {
        self.at(p).out
    }

    /// The level on the pin: driven by the chip when it is a push-pull output; otherwise what
    /// the outside drives, else the pull resistor (a floating input reads low, open drain
    /// released reads high only with a pull-up or an outside driver).
    pub fn level(&mut self, p: PinId) -> bool {
        let s = *self.at(p);
        match s.mode {
            PinMode::OutputPushPull => s.out,
            PinMode::OutputOpenDrain if !s.out => false,
            _ => s.external.unwrap_or(s.pull == Pull::Up),
        }
    }

    /// What the outside drives onto the pin (None: nothing, the pin floats).
    pub fn drive(&mut self, p: PinId, level: Option<bool>) {
        self.at(p).external = level;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn levels_follow_mode_pull_and_outside() {
        let mut g = Gpio::default();
        let sw = PinId::new(1, 3);
        g.init(sw, PinMode::Input, Pull::Up);
        assert!(g.level(sw));
        g.drive(sw, Some(false));
        assert!(!g.level(sw));
        let led = PinId::new(0, 13);
        g.init(led, PinMode::OutputPushPull, Pull::None);
        g.write(led, true);
        assert!(g.level(led));
        g.drive(led, Some(false)); // a push-pull output wins over a weak outside level
        assert!(g.level(led));
        let od = PinId::new(0, 1);
        g.init(od, PinMode::OutputOpenDrain, Pull::None);
        g.write(od, true);
        assert!(!g.level(od));
        g.init(od, PinMode::OutputOpenDrain, Pull::Up);
        assert!(g.level(od));
    }
}
