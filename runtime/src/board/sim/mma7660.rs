//! A model of the Freescale MMA7660FC 3-axis accelerometer (the pyboard's, on I2C1 at 0x4C,
//! its AVDD switched by PB5), after its datasheet: registers XOUT/YOUT/ZOUT (6-bit two's
//! complement, about 21 counts per g), TILT, MODE; a register pointer that the first written
//! byte sets and every byte read or written advances; measurements only in active mode.

/// Register addresses (datasheet table 9).
pub const XOUT: u8 = 0x00;
pub const TILT: u8 = 0x03;
pub const MODE: u8 = 0x07;
const REGISTERS: usize = 0x0B;

pub struct Mma7660 {
    regs: [u8; REGISTERS],
    pointer: u8,
    /// What the chip measures: raw counts on x, y, z (the scenario's `tilt`).
    pub acceleration: [i8; 3],
    powered: bool,
}

impl Default for Mma7660 {
    fn default() -> Self {
        // Lying flat on a table: 1 g on z.
        Mma7660 { regs: [0; REGISTERS], pointer: 0, acceleration: [0, 0, 21], powered: false }
    }
}

impl Mma7660 {
    /// AVDD switched on or off: off loses every register (they reset to 0: standby mode).
    pub fn set_power(&mut self, on: bool) {
        if on && !self.powered {
            self.regs = [0; REGISTERS];
            self.pointer = 0;
        }
        self.powered = on;
    }

    pub fn powered(&self) -> bool {
        self.powered
    }

    fn active(&self) -> bool {
        self.regs[MODE as usize] & 1 != 0
    }

    /// The output registers are refreshed from the measured acceleration (in active mode; in
    /// standby they keep their last values).
    fn sample(&mut self) {
        if !self.active() {
            return;
        }
        let [x, y, z] = self.acceleration;
        for (i, v) in [x, y, z].into_iter().enumerate() {
            self.regs[XOUT as usize + i] = (v as u8) & 0x3F;
        }
        // TILT: BaFro (bits 1:0) front 01 / back 10 from z; PoLa (bits 4:2) left 001,
        // right 010, down 101, up 110 from the larger of x and y; unknown when level.
        let bafro = if z > 5 {
            0b01
        } else if z < -5 {
            0b10
        } else {
            0
        };
        let pola = if x.unsigned_abs() >= y.unsigned_abs() && x.unsigned_abs() > 5 {
            if x > 0 {
                0b001
            } else {
                0b010
            }
        } else if y.unsigned_abs() > 5 {
            if y > 0 {
                0b101
            } else {
                0b110
            }
        } else {
            0
        };
        self.regs[TILT as usize] = (pola << 2) | bafro;
    }

    /// An I2C write: the first byte is the register address, the rest are written from there
    /// (only MODE may be written while active, as the datasheet requires standby for the others).
    pub fn write(&mut self, data: &[u8]) {
        let Some((&reg, values)) = data.split_first() else { return };
        self.pointer = reg % REGISTERS as u8;
        for &v in values {
            let r = self.pointer as usize;
            if r >= 4 && (r == MODE as usize || !self.active()) {
                self.regs[r] = v;
            }
            self.pointer = (self.pointer + 1) % REGISTERS as u8;
        }
    }

    /// An I2C read from the register pointer on.
    pub fn read(&mut self, buf: &mut [u8]) {
        self.sample();
        for b in buf {
            *b = self.regs[self.pointer as usize];
            self.pointer = (self.pointer + 1) % REGISTERS as u8;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_counts_in_active_mode_only() {
        let mut m = Mma7660::default();
        m.set_power(true);
        m.acceleration = [20, -3, 21];
        let mut b = [0xFF; 1];
        m.write(&[XOUT]);
        m.read(&mut b);
        assert_eq!(b, [0], "standby: nothing measured yet");
        m.write(&[MODE, 1]);
        let mut xyz = [0; 4];
        m.write(&[XOUT]);
        m.read(&mut xyz);
        assert_eq!(xyz[..3], [20, 0x3D, 21]);
        assert_eq!(xyz[3], 0b001 << 2 | 0b01, "tilted left, face up");
        m.set_power(false);
        m.set_power(true);
        m.write(&[MODE]);
        m.read(&mut b);
        assert_eq!(b, [0], "power cycle resets MODE");
    }
}
