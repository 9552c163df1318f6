//! The code buffer: bytes, a listing line per machine instruction, labels for blocks, branch
//! fixups resolved once every block has an address, and relocations for the object file.

use super::inst::{MBlock, SymRef};
use super::regs::{Cond, LowReg};
use std::collections::HashMap;

/// One encoded instruction: a 16-bit halfword or a 32-bit pair (first halfword first).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Enc {
    N(u16),
    W(u16, u16),
}

impl Enc {
    pub fn bytes(self) -> Vec<u8> {
        match self {
            Enc::N(h) => h.to_le_bytes().to_vec(),
            Enc::W(a, b) => [a.to_le_bytes(), b.to_le_bytes()].concat(),
        }
    }
}

/// Relocation kinds the backend emits (ELF for the ARM Architecture numbering).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum RelocKind {
    /// R_ARM_THM_CALL (10) on a `bl`.
    ThmCall,
    /// R_ARM_THM_MOVW_ABS_NC (47).
    MovwAbs,
    /// R_ARM_THM_MOVT_ABS (48).
    MovtAbs,
    /// R_ARM_THM_JUMP24 (30) on a `b.w` to another function.
    ThmJump24,
}

impl RelocKind {
    pub fn elf_type(self) -> u32 {
        match self {
            RelocKind::ThmCall => 10,
            RelocKind::MovwAbs => 47,
            RelocKind::MovtAbs => 48,
            RelocKind::ThmJump24 => 30,
        }
    }
}

#[derive(Clone, Copy, Debug)]
pub struct Reloc {
    pub offset: u32,
    pub kind: RelocKind,
    pub sym: SymRef,
}

/// A branch site: (site number in emission order, 0 for the first branch of an instruction,
/// 1 for the second). Numbers are the same in every relaxation round.
pub type Site = (u32, u8);

/// How a branch site is emitted; relaxation only moves a site up:
/// 0 `cbz`/`cbnz` (forward, 0–126 bytes), 1 16-bit (`b<c>` ±256 B, `b` ±2 KiB), 2 32-bit
/// (`b<c>.w` ±1 MiB, `b.w` ±16 MiB), 3 for a conditional branch only: `b<!c>.n` over a `b.w`
/// (±16 MiB, for functions of megabytes).
pub type Level = u8;

#[derive(Clone, Copy, Debug)]
enum BranchKind {
    Cond(Cond),
    Always,
    Cbz { nonzero: bool, rn: LowReg },
}

struct Fixup {
    site: Site,
    level: Level,
    offset: u32,
    kind: BranchKind,
    target: MBlock,
}

#[derive(Default)]
pub struct Buffer {
    pub code: Vec<u8>,
    /// (offset, assembly text) for every instruction, in objdump's spelling.
    pub listing: Vec<(u32, String)>,
    pub relocs: Vec<Reloc>,
    /// (offset, source line) where each line's code starts.
    pub lines: Vec<(u32, u32)>,
    /// (offset, CFA offset from sp) after each change of the frame in the prologue.
    pub cfa: Vec<(u32, u32)>,
    fixups: Vec<Fixup>,
    labels: Vec<Option<u32>>,
    /// The blocks in the order they were bound.
    bound: Vec<u32>,
    /// Levels earlier rounds found necessary, by site.
    pub levels: HashMap<Site, Level>,
    sites: u32,
}

impl Buffer {
    pub fn with_levels(levels: HashMap<Site, Level>) -> Buffer {
        Buffer { levels, ..Buffer::default() }
    }

    pub fn offset(&self) -> u32 {
        self.code.len() as u32
    }

    pub fn put(&mut self, enc: Enc, text: impl Into<String>) {
        self.listing.push((self.offset(), text.into()));
        self.code.extend(enc.bytes());
    }

    /// A new branch site number.
    pub fn new_site(&mut self) -> u32 {
        self.sites += 1;
        self.sites - 1
    }

    /// Code from here on belongs to source line `line`.
    pub fn set_line(&mut self, line: u32) {
        let at = self.offset();
        match self.lines.last_mut() {
            Some(last) if last.1 == line => {}
            Some(last) if last.0 == at => last.1 = line,
            _ => self.lines.push((at, line)),
        }
    }

    pub fn bind(&mut self, block: MBlock) {
        // A branch to the very next instruction (left where the blocks between emitted
        // nothing) does nothing: drop it. Every relaxation round drops the same ones.
        while let Some(f) = self.fixups.last() {
            let size = match (f.kind, f.level) {
                (BranchKind::Cbz { .. }, _) | (_, 0 | 1) => 2,
                (BranchKind::Cond(_), 3..) => 6,
                _ => 4,
            };
            if f.target != block || f.offset + size != self.offset() {
                break;
            }
            // Blocks bound after the branch (which emitted nothing) move back with it.
            let (end, start) = (self.offset(), f.offset);
            // (They are the last bound: offsets only grow.)
            for &b in self.bound.iter().rev() {
                match &mut self.labels[b as usize] {
                    Some(l) if *l == end => *l = start,
                    _ => break,
                }
            }
            // So does a source line that starts there (replacing one that started at the branch).
            if self.lines.last().is_some_and(|l| l.0 == end) {
                let line = self.lines.pop().expect("checked").1;
                if self.lines.last().is_some_and(|l| l.0 == start) {
                    self.lines.pop();
                }
                self.lines.push((start, line));
            }
            self.code.truncate(start as usize);
            while self.listing.last().is_some_and(|l| l.0 >= start) {
                self.listing.pop();
            }
            self.fixups.pop();
        }
        let i = block.0 as usize;
        if self.labels.len() <= i {
            self.labels.resize(i + 1, None);
        }
        self.labels[i] = Some(self.offset());
        self.bound.push(block.0);
    }

    pub fn reloc(&mut self, kind: RelocKind, sym: SymRef) {
        let offset = self.offset();
        self.relocs.push(Reloc { offset, kind, sym });
    }

    /// `cbz`/`cbnz rn, target` at `site`, unless relaxation moved the site past it; then
    /// returns false and the caller compares and branches.
    pub fn cbz(&mut self, site: Site, nonzero: bool, rn: LowReg, target: MBlock) -> bool {
        if self.levels.get(&site).copied().unwrap_or(0) > 0 {
            return false;
        }
        let kind = BranchKind::Cbz { nonzero, rn };
        self.fixups.push(Fixup { site, level: 0, offset: self.offset(), kind, target });
        let name = if nonzero { "cbnz" } else { "cbz" };
        let enc = super::emit::enc_cbz_t1(nonzero, rn, 0).expect("offset 0 is in range");
        self.put(enc, format!("{name} r{}, <b{}>", rn.num(), target.0));
        true
    }

    /// A branch to `target` at `site`, 16-bit unless relaxation found it too far.
    pub fn branch(&mut self, site: Site, cond: Option<Cond>, target: MBlock) {
        let level = self.levels.get(&site).copied().unwrap_or(1).max(1);
        let kind = cond.map_or(BranchKind::Always, BranchKind::Cond);
        self.fixups.push(Fixup { site, level, offset: self.offset(), kind, target });
        if let (BranchKind::Cond(c), 3..) = (kind, level) {
            // Over the `b.w` (to 4 bytes past this 2-byte branch's own pc) when not taken.
            let skip = super::emit::enc_b_cond_t1(c.invert(), 2).expect("2 is in range");
            self.put(skip, format!("b{}.n <skip>", c.invert().name()));
            let far = super::emit::enc_b_t4(0).expect("offset 0 is in range");
            self.put(far, format!("b.w <b{}>", target.0));
            return;
        }
        let wide = level >= 2;
        let (enc, text) = match (kind, wide) {
            (BranchKind::Cond(c), true) => (super::emit::enc_b_cond_t3(c, 0), format!("b{}.w", c.name())),
            (BranchKind::Cond(c), false) => (super::emit::enc_b_cond_t1(c, 0), format!("b{}.n", c.name())),
            (_, true) => (super::emit::enc_b_t4(0), "b.w".to_string()),
            (_, false) => (super::emit::enc_b_t2(0), "b.n".to_string()),
        };
        self.put(enc.expect("offset 0 is in range"), format!("{text} <b{}>", target.0));
    }

    /// Patches every branch with its target's address. Returns the sites whose branch did not
    /// reach (empty when done), with the level each must move to.
    pub fn finish(&mut self) -> anyhow::Result<Vec<(Site, Level)>> {
        let mut relax = Vec::new();
        for f in &self.fixups {
            let target = self
                .labels
                .get(f.target.0 as usize)
                .copied()
                .flatten()
                .ok_or_else(|| anyhow::anyhow!("branch to unplaced block b{}", f.target.0))?;
            let delta = (target as i64 - (f.offset as i64 + 4)) as i32;
            let (at, enc) = match (f.kind, f.level) {
                // The `b.w` after the inverted 2-byte branch.
                (BranchKind::Cond(_), 3..) => (f.offset + 2, super::emit::enc_b_t4(delta - 2)),
                _ => (f.offset, Self::encode(f.kind, f.level, delta)),
            };
            match enc {
                Some(enc) => {
                    let at = at as usize;
                    let bytes = enc.bytes();
                    self.code[at..at + bytes.len()].copy_from_slice(&bytes);
                }
                None if f.level < 2 || matches!((f.kind, f.level), (BranchKind::Cond(_), 2)) => {
                    relax.push((f.site, f.level + 1))
                }
                None => anyhow::bail!("branch out of range ({delta} bytes)"),
            }
        }
        Ok(relax)
    }

    /// The one-instruction encoding of a branch `delta` bytes past its pc, if it reaches.
    fn encode(kind: BranchKind, level: Level, delta: i32) -> Option<Enc> {
        match (kind, level) {
            (BranchKind::Cbz { nonzero, rn }, _) => super::emit::enc_cbz_t1(nonzero, rn, delta),
            (BranchKind::Cond(c), 1) => super::emit::enc_b_cond_t1(c, delta),
            (BranchKind::Cond(c), _) => super::emit::enc_b_cond_t3(c, delta),
            (BranchKind::Always, 1) => super::emit::enc_b_t2(delta),
            (BranchKind::Always, _) => super::emit::enc_b_t4(delta),
        }
    }
}
