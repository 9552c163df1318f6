//! Immediate operands as types that hold only encodable values: each has `maybe_from`.

/// A Thumb-2 modified immediate (ARMv7-M A5.3.2): an 8-bit value, a byte repeated in a
/// pattern, or an 8-bit value with its top bit set rotated right. Stored as its 12 bits i:imm3:imm8.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct ModImm(u16);

impl ModImm {
    pub fn maybe_from(v: u32) -> Option<ModImm> {
        let b = v & 0xff;
        if v <= 0xff {
            return Some(ModImm(v as u16));
        }
        if v == b * 0x0001_0001 {
            return Some(ModImm(0x100 | b as u16));
        }
        let b1 = (v >> 8) & 0xff;
        if v == b1 * 0x0100_0100 && b1 != 0 {
            return Some(ModImm(0x200 | b1 as u16));
        }
        if v == b * 0x0101_0101 && b != 0 {
            return Some(ModImm(0x300 | b as u16));
        }
        // 1bcdefgh rotated right by 8..=31.
        for rot in 8..32u32 {
            let unrotated = v.rotate_left(rot);
            if (0x80..=0xff).contains(&unrotated) {
                return Some(ModImm(((rot << 7) | (unrotated & 0x7f)) as u16));
            }
        }
        None
    }
    /// (i, imm3, imm8) fields.
    pub fn fields(self) -> (u32, u32, u32) {
        let v = self.0 as u32;
        ((v >> 11) & 1, (v >> 8) & 7, v & 0xff)
    }
    pub fn value(self) -> u32 {
        let v = self.0 as u32;
        let imm8 = v & 0xff;
        match v >> 8 {
            0 => imm8,
            1 => imm8 * 0x0001_0001,
            2 => imm8 * 0x0100_0100,
            3 => imm8 * 0x0101_0101,
            _ => (0x80 | (v & 0x7f)).rotate_right(v >> 7),
        }
    }
}

/// An unsigned 12-bit immediate (ADDW/SUBW, LDR.W/STR.W offsets).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Imm12(u16);

impl Imm12 {
    pub fn maybe_from(v: u32) -> Option<Imm12> {
        (v < 4096).then_some(Imm12(v as u16))
    }
    pub fn value(self) -> u32 {
        self.0 as u32
    }
}

/// A shift amount 1–31 for shifts by an immediate.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct ShiftImm(u8);

impl ShiftImm {
    pub fn maybe_from(v: u32) -> Option<ShiftImm> {
        (1..32).contains(&v).then_some(ShiftImm(v as u8))
    }
    pub fn value(self) -> u32 {
        self.0 as u32
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn modified_immediates() {
        for v in [0, 1, 0xff, 0x00ab00ab, 0xab00ab00, 0xabababab, 0x80000000, 0xff000000, 0x3fc, 0x1fe, 0x102 << 20] {
            let m = ModImm::maybe_from(v).unwrap_or_else(|| panic!("{v:#x} is encodable"));
            assert_eq!(m.value(), v, "{v:#x}");
        }
        for v in [0x101, 0x1ff, 0x12345678, 0xffff_fffe, 0x00ab00ac, 0x1_0001 * 0x100 + 1] {
            assert!(ModImm::maybe_from(v).is_none(), "{v:#x} is not encodable");
        }
        // Every 8-bit value at every rotation round-trips.
        for b in 0x80..=0xffu32 {
            for rot in 8..32 {
                let v = b.rotate_right(rot);
                assert_eq!(ModImm::maybe_from(v).map(|m| m.value()), Some(v));
            }
        }
    }

    #[test]
    fn ranges() {
        assert!(Imm12::maybe_from(0).is_some());
        assert!(Imm12::maybe_from(4095).is_some());
        assert!(Imm12::maybe_from(4096).is_none());
        assert!(ShiftImm::maybe_from(0).is_none());
        assert!(ShiftImm::maybe_from(1).is_some());
        assert!(ShiftImm::maybe_from(31).is_some());
        assert!(ShiftImm::maybe_from(32).is_none());
    }
}
