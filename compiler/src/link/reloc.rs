//! Arm relocations (ELF for the Arm Architecture, REL: the addend is in the place): reading the
//! implicit addend and writing the resolved value, for the types compilers emit for Cortex-M.

use anyhow::{bail, Result};

pub const R_ARM_NONE: u32 = 0;
pub const R_ARM_ABS32: u32 = 2;
pub const R_ARM_REL32: u32 = 3;
pub const R_ARM_THM_CALL: u32 = 10;
pub const R_ARM_THM_JUMP24: u32 = 30;
pub const R_ARM_TARGET1: u32 = 38;
pub const R_ARM_V4BX: u32 = 40;
pub const R_ARM_PREL31: u32 = 42;
pub const R_ARM_THM_MOVW_ABS_NC: u32 = 47;
pub const R_ARM_THM_MOVT_ABS: u32 = 48;
pub const R_ARM_THM_JUMP19: u32 = 51;
pub const R_ARM_THM_JUMP11: u32 = 102;
pub const R_ARM_THM_JUMP8: u32 = 103;

/// Whether a relocation of type `r_type` gives an absolute address, its addend an offset from
/// the symbol (a word, or the halves of a `movw`/`movt` pair, each with the whole addend).
pub fn is_absolute(r_type: u32) -> bool {
    matches!(r_type, R_ARM_ABS32 | R_ARM_TARGET1 | R_ARM_THM_MOVW_ABS_NC | R_ARM_THM_MOVT_ABS)
}

/// Whether a relocation of type `r_type` is a branch to a function (in another section).
pub fn is_call(r_type: u32) -> bool {
    matches!(r_type, R_ARM_THM_CALL | R_ARM_THM_JUMP24 | R_ARM_THM_JUMP19)
}

fn half(d: &[u8], at: usize) -> u32 {
    u16::from_le_bytes([d[at], d[at + 1]]) as u32
}

fn put_half(d: &mut [u8], at: usize, v: u32) {
    d[at..at + 2].copy_from_slice(&(v as u16).to_le_bytes());
}

fn sign(v: u32, bits: u32) -> i64 {
    ((v << (32 - bits)) as i32 >> (32 - bits)) as i64
}

/// The implicit addend of a relocation of type `r_type` at `at`.
pub fn addend(r_type: u32, d: &[u8], at: usize) -> Result<i64> {
    Ok(match r_type {
        R_ARM_NONE | R_ARM_V4BX => 0,
        R_ARM_ABS32 | R_ARM_REL32 | R_ARM_TARGET1 | R_ARM_PREL31 => {
            let w = u32::from_le_bytes(d[at..at + 4].try_into()?);
            if r_type == R_ARM_PREL31 {
                sign(w & 0x7fff_ffff, 31)
            } else {
                w as i32 as i64
            }
        }
        R_ARM_THM_CALL | R_ARM_THM_JUMP24 => {
            let (h1, h2) = (half(d, at), half(d, at + 2));
            let s = (h1 >> 10) & 1;
            let (j1, j2) = ((h2 >> 13) & 1, (h2 >> 11) & 1);
            let (i1, i2) = (!(j1 ^ s) & 1, !(j2 ^ s) & 1);
            let imm = (s << 24) | (i1 << 23) | (i2 << 22) | ((h1 & 0x3ff) << 12) | ((h2 & 0x7ff) << 1);
            sign(imm, 25)
        }
        R_ARM_THM_JUMP19 => {
            let (h1, h2) = (half(d, at), half(d, at + 2));
            let s = (h1 >> 10) & 1;
            let (j1, j2) = ((h2 >> 13) & 1, (h2 >> 11) & 1);
            let imm = (s << 20) | (j2 << 19) | (j1 << 18) | ((h1 & 0x3f) << 12) | ((h2 & 0x7ff) << 1);
            sign(imm, 21)
        }
        R_ARM_THM_MOVW_ABS_NC | R_ARM_THM_MOVT_ABS => {
            let (h1, h2) = (half(d, at), half(d, at + 2));
            let imm = ((h1 & 0xf) << 12) | (((h1 >> 10) & 1) << 11) | (((h2 >> 12) & 7) << 8) | (h2 & 0xff);
            sign(imm, 16)
        }
        R_ARM_THM_JUMP11 => sign((half(d, at) & 0x7ff) << 1, 12),
        R_ARM_THM_JUMP8 => sign((half(d, at) & 0xff) << 1, 9),
        _ => bail!("relocation type {r_type} is not supported"),
    })
}

/// Writes the resolved relocation: `s` the symbol's address (Thumb functions with bit 0 set),
/// `a` the addend, `p` the place's address.
pub fn apply(r_type: u32, d: &mut [u8], at: usize, s: u32, a: i64, p: u32) -> Result<()> {
    let sa = (s as i64 + a) as u32;
    let rel = (s as i64 + a - p as i64) as i32;
    let check = |bits: u32| -> Result<()> {
        let lim = 1i64 << (bits - 1);
        if !(-lim..lim).contains(&(rel as i64)) {
            bail!("relocation type {r_type}: target out of range ({rel} bytes)");
        }
        Ok(())
    };
    match r_type {
        R_ARM_NONE | R_ARM_V4BX => {}
        R_ARM_ABS32 | R_ARM_TARGET1 => d[at..at + 4].copy_from_slice(&sa.to_le_bytes()),
        R_ARM_REL32 => d[at..at + 4].copy_from_slice(&(rel as u32).to_le_bytes()),
        R_ARM_PREL31 => {
            let old = u32::from_le_bytes(d[at..at + 4].try_into()?);
            d[at..at + 4].copy_from_slice(&((old & 0x8000_0000) | (rel as u32 & 0x7fff_ffff)).to_le_bytes());
        }
        R_ARM_THM_CALL | R_ARM_THM_JUMP24 => {
            check(25)?;
            let o = (rel as u32) & !1;
            let s_ = (o >> 24) & 1;
            let (i1, i2) = ((o >> 23) & 1, (o >> 22) & 1);
            let (j1, j2) = ((!i1 ^ s_) & 1, (!i2 ^ s_) & 1);
            let h1 = (half(d, at) & 0xf800) | (s_ << 10) | ((o >> 12) & 0x3ff);
            let h2 = (half(d, at + 2) & 0xd000) | (j1 << 13) | (j2 << 11) | ((o >> 1) & 0x7ff);
            put_half(d, at, h1);
            put_half(d, at + 2, h2);
        }
        R_ARM_THM_JUMP19 => {
            check(21)?;
            let o = rel as u32;
            let (s_, j2, j1) = ((o >> 20) & 1, (o >> 19) & 1, (o >> 18) & 1);
            let h1 = (half(d, at) & 0xfbc0) | (s_ << 10) | ((o >> 12) & 0x3f);
            let h2 = (half(d, at + 2) & 0xd000) | (j1 << 13) | (j2 << 11) | ((o >> 1) & 0x7ff);
            put_half(d, at, h1);
            put_half(d, at + 2, h2);
        }
        R_ARM_THM_MOVW_ABS_NC | R_ARM_THM_MOVT_ABS => {
            let v = if r_type == R_ARM_THM_MOVT_ABS { sa >> 16 } else { sa & 0xffff };
            let h1 = (half(d, at) & 0xfbf0) | (((v >> 11) & 1) << 10) | (v >> 12);
            let h2 = (half(d, at + 2) & 0x8f00) | (((v >> 8) & 7) << 12) | (v & 0xff);
            put_half(d, at, h1);
            put_half(d, at + 2, h2);
        }
        R_ARM_THM_JUMP11 => {
            check(12)?;
            put_half(d, at, (half(d, at) & 0xf800) | ((rel as u32 >> 1) & 0x7ff));
        }
        R_ARM_THM_JUMP8 => {
            check(9)?;
            put_half(d, at, (half(d, at) & 0xff00) | ((rel as u32 >> 1) & 0xff));
        }
        _ => bail!("relocation type {r_type} is not supported"),
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Branch relocations round-trip: what `apply` writes, `addend` reads back.
    #[test]
    fn branch_fields_round_trip() {
        for r_type in [R_ARM_THM_CALL, R_ARM_THM_JUMP24, R_ARM_THM_JUMP19, R_ARM_THM_MOVW_ABS_NC] {
            for off in [-1_048_576i64, -4, 0, 2, 1000, 1_048_574] {
                let mut d = match r_type {
                    R_ARM_THM_CALL => vec![0x00, 0xf0, 0x00, 0xd0],
                    R_ARM_THM_JUMP24 => vec![0x00, 0xf0, 0x00, 0x90],
                    R_ARM_THM_JUMP19 => vec![0x00, 0xf0, 0x00, 0x80],
                    _ => vec![0x40, 0xf2, 0x00, 0x00],
                };
                let (s, p) = (0x1000_0000u32, 0x1000_0000u32);
                let off = if r_type == R_ARM_THM_MOVW_ABS_NC { off & 0x7fff } else { off };
                apply(r_type, &mut d, 0, s, off, p).unwrap();
                let back = addend(r_type, &d, 0).unwrap();
                assert_eq!(back, off, "type {r_type}");
            }
        }
    }
}
