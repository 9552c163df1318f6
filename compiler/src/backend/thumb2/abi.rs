//! The AAPCS frame: which callee-saved registers to save, how big the frame is, and where
//! spill slots and stack arguments live. Requires allocated code; provides a [`Frame`].
//!
//! ```text
//!   incoming stack arguments      ← sp at entry
//!   saved r4–r11 (those used), lr
//!   spill slots
//!   stack slots (CLIF's)          ← sp + outgoing
//!   outgoing stack arguments      ← sp after the prologue
//! ```

use super::inst::MInst;
use super::regalloc::Allocated;
use super::regs::{Gpr, Reg};

pub struct Frame {
    /// Registers pushed at entry and popped at return, ascending: the callee-saved ones the
    /// function writes, and r3 when a calling function needs 4 bytes of padding.
    pub saved: Vec<Gpr>,
    /// Whether lr is pushed (and popped into pc): when anything is pushed or the function calls.
    pub push_lr: bool,
    /// How many of s16, s17, … the function writes and so saves (`vpush`), after the core ones.
    pub saved_s: u32,
    /// Bytes below the pushed registers: outgoing arguments and spill slots, 8-byte aligned.
    pub size: u32,
}

impl Frame {
    /// The frame for `code`, whose calls pass `outgoing_args` bytes on the stack and whose
    /// stack slots take `slots` bytes.
    pub fn compute(code: &Allocated, outgoing_args: u32, slots: u32) -> Frame {
        let mut saved: Vec<Gpr> = Vec::new();
        let mut saved_s = 0;
        let mut calls = false;
        for inst in code.blocks.iter().flatten() {
            calls |= matches!(inst, MInst::Call { .. } | MInst::CallReg { .. });
            let mut inst = inst.clone();
            inst.visit(&mut |r, kind| {
                if !matches!(kind, super::inst::OpKind::Def | super::inst::OpKind::DefFixed(_)) {
                    return;
                }
                match *r {
                    Reg::Phys(g) if g.is_callee_saved() && !saved.contains(&g) => saved.push(g),
                    Reg::PhysS(s) if s.is_callee_saved() => saved_s = saved_s.max(s.num() - 15),
                    _ => {}
                }
            });
        }
        saved.sort();
        let push_lr = calls || !saved.is_empty();
        let pushed = 4 * (saved.len() as u32 + push_lr as u32 + saved_s);
        let mut size = outgoing_args + slots + 4 * code.spill_slots;
        // AAPCS wants sp 8-aligned at calls; a leaf function may leave it 4-aligned.
        if calls && !(pushed + size).is_multiple_of(8) {
            if size == 0 {
                // One more register in the push costs less than adjusting sp: r3 is free to
                // clobber on return (caller-saved, not the result register).
                saved.insert(0, Gpr::new(3).expect("r3"));
            } else {
                size += 4;
            }
        }
        Frame { saved, push_lr, saved_s, size }
    }

    /// Bytes pushed by the prologue.
    pub fn pushed(&self) -> u32 {
        4 * (self.saved.len() as u32 + self.push_lr as u32 + self.saved_s)
    }

    /// The sp-relative offset of incoming stack argument `index` (the fifth argument is 0).
    pub fn incoming_arg(&self, index: u32) -> u32 {
        self.size + self.pushed() + 4 * index
    }

    /// A leaf function with nothing to save returns with `bx lr`.
    pub fn is_empty(&self) -> bool {
        !self.push_lr && self.saved_s == 0 && self.size == 0
    }
}
