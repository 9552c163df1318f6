//! The code buffer: bytes, a listing line per machine instruction, labels for blocks, branch
//! fixups resolved once every block has an address, and relocations for the object file.

use super::inst::{MBlock, SymRef};
use super::regs::Cond;

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
}

impl RelocKind {
    pub fn elf_type(self) -> u32 {
        match self {
            RelocKind::ThmCall => 10,
            RelocKind::MovwAbs => 47,
            RelocKind::MovtAbs => 48,
        }
    }
}

#[derive(Clone, Copy, Debug)]
pub struct Reloc {
    pub offset: u32,
    pub kind: RelocKind,
    pub sym: SymRef,
}

#[derive(Clone, Copy, Debug)]
enum BranchKind {
    /// B<cond>.W (T3), ±1 MiB.
    Cond(Cond),
    /// B.W (T4), ±16 MiB.
    Always,
}

struct Fixup {
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
}

impl Buffer {
    pub fn offset(&self) -> u32 {
        self.code.len() as u32
    }

    pub fn put(&mut self, enc: Enc, text: impl Into<String>) {
        self.listing.push((self.offset(), text.into()));
        self.code.extend(enc.bytes());
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
        let i = block.0 as usize;
        if self.labels.len() <= i {
            self.labels.resize(i + 1, None);
        }
        self.labels[i] = Some(self.offset());
    }

    pub fn reloc(&mut self, kind: RelocKind, sym: SymRef) {
        let offset = self.offset();
        self.relocs.push(Reloc { offset, kind, sym });
    }

    /// A wide branch to `target`, patched in [`Buffer::finish`].
    pub fn branch(&mut self, cond: Option<Cond>, target: MBlock) {
        let kind = cond.map_or(BranchKind::Always, BranchKind::Cond);
        self.fixups.push(Fixup { offset: self.offset(), kind, target });
        let (enc, text) = match kind {
            BranchKind::Cond(c) => (super::emit::enc_b_cond_t3(c, 0), format!("b{}.w", c.name())),
            BranchKind::Always => (super::emit::enc_b_t4(0), "b.w".to_string()),
        };
        self.put(enc.expect("offset 0 is in range"), format!("{text} <b{}>", target.0));
    }

    /// Patches every branch with its target's address.
    pub fn finish(&mut self) -> anyhow::Result<()> {
        for f in &self.fixups {
            let target = self
                .labels
                .get(f.target.0 as usize)
                .copied()
                .flatten()
                .ok_or_else(|| anyhow::anyhow!("branch to unplaced block b{}", f.target.0))?;
            let delta = target as i64 - (f.offset as i64 + 4);
            let enc = match f.kind {
                BranchKind::Cond(c) => super::emit::enc_b_cond_t3(c, delta as i32),
                BranchKind::Always => super::emit::enc_b_t4(delta as i32),
            }
            .ok_or_else(|| anyhow::anyhow!("branch out of range ({delta} bytes)"))?;
            let at = f.offset as usize;
            self.code[at..at + 4].copy_from_slice(&enc.bytes());
        }
        Ok(())
    }
}
