//! A model of the STM32F405's GPIO ports (the simulated pyboard's, and the remembered pins of
//! boards without them): each pin's mode, pull and output level, and what the outside world
//! drives onto it (the USR switch pulling PB3 low, a scenario's `pin` event); and of the EXTI
//! lines that watch them (RM0090 §12: line n watches pin n of the port SYSCFG chose, on rising
//! and/or falling edges, and an edge makes the line pending until it is taken).

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
    /// Each EXTI line's port and edges (rising, falling), when it is on, and the level it last
    /// saw.
    lines: [Option<(u8, bool, bool)>; 16],
    seen: u16,
    pending: u16,
}

impl Default for Gpio {
    fn default() -> Self {
        let reset = PinState { mode: PinMode::Input, pull: Pull::None, out: false, external: None };
        Gpio { pins: [[reset; 16]; 9], lines: [None; 16], seen: 0, pending: 0 }
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
        self.watch();
    }

    pub fn write(&mut self, p: PinId, high: bool) {
        self.at(p).out = high;
        self.watch();
    }

    /// EXTI line `p.pin` watches pin `p` for the edges asked for (none: the line is off).
    pub fn exti(&mut self, p: PinId, rising: bool, falling: bool) {
        let n = p.pin as usize % 16;
        self.lines[n] = (rising || falling).then_some((p.port, rising, falling));
        let level = self.level(p);
        self.seen = self.seen & !(1 << n) | u16::from(level) << n;
        self.pending &= !(1 << n);
    }

    /// A software interrupt on line `n` (EXTI_SWIER).
    pub fn swint(&mut self, n: u8) {
        if self.lines[n as usize % 16].is_some() {
            self.pending |= 1 << (n % 16);
        }
    }

    /// The EXTI registers as the chip would show them: IMR, EMR, RTSR, FTSR, SWIER, PR.
    pub fn regs(&self) -> [u32; 6] {
        let mut r = [0u32; 6];
        for (n, line) in self.lines.iter().enumerate() {
            if let Some((_, rising, falling)) = *line {
                r[0] |= 1 << n;
                r[2] |= u32::from(rising) << n;
                r[3] |= u32::from(falling) << n;
            }
        }
        r[5] = self.pending.into();
        r
    }

    /// The lowest pending line, no longer pending.
    pub fn take_line(&mut self) -> Option<u8> {
        if self.pending == 0 {
            return None;
        }
        let n = self.pending.trailing_zeros() as u8;
        self.pending &= !(1 << n);
        Some(n)
    }

    /// After a change: each line on sees its pin's level, and an edge it watches for makes it
    /// pending.
    fn watch(&mut self) {
        for n in 0..16 {
            let Some((port, rising, falling)) = self.lines[n] else { continue };
            let level = self.level(PinId::new(port, n as u8));
            let was = self.seen & (1 << n) != 0;
            if level != was && (level && rising || !level && falling) {
                self.pending |= 1 << n;
            }
            self.seen = self.seen & !(1 << n) | u16::from(level) << n;
        }
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
        self.watch();
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

    #[test]
    fn exti_lines_catch_the_edges_they_watch() {
        let mut g = Gpio::default();
        let sw = PinId::new(1, 3);
        g.init(sw, PinMode::Input, Pull::Up);
        g.exti(sw, false, true);
        assert_eq!(g.take_line(), None);
        g.drive(sw, Some(false));
        assert_eq!(g.take_line(), Some(3));
        assert_eq!(g.take_line(), None);
        g.drive(sw, None); // released: rising, not watched
        assert_eq!(g.take_line(), None);
        // Pin 3 of another port is not this line's.
        let other = PinId::new(0, 3);
        g.init(other, PinMode::OutputPushPull, Pull::None);
        g.write(other, true);
        assert_eq!(g.take_line(), None);
        g.swint(3);
        assert_eq!(g.take_line(), Some(3));
        g.exti(sw, false, false);
        g.swint(3);
        g.drive(sw, Some(false));
        assert_eq!(g.take_line(), None);
    }
}
