//! Encoding: machine instructions on physical registers → Thumb-2 bytes, with the listing
//! text objdump would print. Encoders are named by mnemonic and the ARMv7-M Architecture
//! Reference Manual's encoding id; each documents its field layout.

use super::abi::Frame;
use super::buffer::{Buffer, Enc, Level, RelocKind, Site};
use super::imms::{Imm12, ModImm, ShiftImm};
use super::inst::{AluOp, CmpRhs, ExtendOp, FlagsRhs, MBlock, MInst, MemSize, ShiftedOp, UnaryOp};
use super::regs::{Cond, Gpr, LowReg, Reg, SReg, IP, LR, PC, SP};
use super::vfp::{enc_falu, enc_funary, enc_vldr_vstr, enc_vmov_core, enc_vmrs_apsr, enc_vpush_vpop, FUnary};
use anyhow::{bail, Result};
use std::collections::HashMap;

fn w(hw1: u32, hw2: u32) -> Enc {
    Enc::W(hw1 as u16, hw2 as u16)
}

/// MOV (register) T1, A7.7.77: `0100 0110 D Rm:4 Rd:3`; any registers, flags untouched.
pub fn enc_mov_t1(rd: Gpr, rm: Gpr) -> Enc {
    Enc::N((0x4600 | ((rd.num() >> 3) << 7) | (rm.num() << 3) | (rd.num() & 7)) as u16)
}

/// MOV (immediate) T1, A7.7.76: `00100 Rd:3 imm8` (MOVS outside an IT block).
pub fn enc_movs_imm_t1(rd: LowReg, imm8: u8) -> Enc {
    Enc::N((0x2000 | (rd.num() << 8) | imm8 as u32) as u16)
}

/// Data processing (modified immediate), A5.3.1: `11110 i 0 op:4 S Rn | 0 imm3 Rd imm8`.
/// MOV.W T2 is op=0010 with Rn=1111, MVN T1 op=0011 with Rn=1111, CMP.W T2 SUBS with
/// Rd=1111, CMN.W T1 ADDS with Rd=1111.
fn enc_dp_modimm(op: u32, s: bool, rn: u32, rd: u32, imm: ModImm) -> Enc {
    let (i, imm3, imm8) = imm.fields();
    w(0xF000 | (i << 10) | (op << 5) | ((s as u32) << 4) | rn, (imm3 << 12) | (rd << 8) | imm8)
}

/// Data processing (shifted register), A5.3.11: `11101 01 op:4 S Rn | 0 imm3 Rd imm2 type:2 Rm`.
fn enc_dp_shifted(op: u32, s: bool, rn: u32, rd: u32, rm: u32, shift_type: u32, amount: u32) -> Enc {
    let (imm3, imm2) = (amount >> 2, amount & 3);
    w(0xEA00 | (op << 5) | ((s as u32) << 4) | rn, (imm3 << 12) | (rd << 8) | (imm2 << 6) | (shift_type << 4) | rm)
}

/// MOVW T3 / MOVT T1, A7.7.76 / A7.7.79: `11110 i 10 T 1 0 0 imm4 | 0 imm3 Rd imm8` (T=1 MOVT).
pub fn enc_movw_movt(top: bool, rd: Gpr, imm16: u16) -> Enc {
    let v = imm16 as u32;
    let (imm4, i, imm3, imm8) = (v >> 12, (v >> 11) & 1, (v >> 8) & 7, v & 0xff);
    let base = if top { 0xF2C0 } else { 0xF240 };
    w(base | (i << 10) | imm4, (imm3 << 12) | (rd.num() << 8) | imm8)
}

/// ADDW / SUBW T4, A7.7.3 / A7.7.174: `11110 i 1 0 S? 0 0 0 0 Rn | 0 imm3 Rd imm8` (SUBW 0xF2A0).
pub fn enc_addw_subw_t4(sub: bool, rd: Gpr, rn: Gpr, imm: Imm12) -> Enc {
    let v = imm.value();
    let base = if sub { 0xF2A0 } else { 0xF200 };
    w(base | (((v >> 11) & 1) << 10) | rn.num(), (((v >> 8) & 7) << 12) | (rd.num() << 8) | (v & 0xff))
}

/// Shifts by register, A7.7.68 (LSL.W T2): `11111010 0 type:2 S Rn | 1111 Rd 0000 Rm`.
pub fn enc_shift_reg_t2(shift_type: u32, rd: Gpr, rn: Gpr, rm: Gpr) -> Enc {
    w(0xFA00 | (shift_type << 5) | rn.num(), 0xF000 | (rd.num() << 8) | rm.num())
}

/// MUL T2, A7.7.84: `111110110000 Rn | 1111 Rd 0000 Rm`.
pub fn enc_mul_t2(rd: Gpr, rn: Gpr, rm: Gpr) -> Enc {
    w(0xFB00 | rn.num(), 0xF000 | (rd.num() << 8) | rm.num())
}

/// SDIV / UDIV T1, A7.7.127 / A7.7.195: `111110111001 Rn | 1111 Rd 1111 Rm` (UDIV 0xFBB0).
pub fn enc_div_t1(signed: bool, rd: Gpr, rn: Gpr, rm: Gpr) -> Enc {
    w(if signed { 0xFB90 } else { 0xFBB0 } | rn.num(), 0xF0F0 | (rd.num() << 8) | rm.num())
}

/// MLA / MLS T1, A7.7.74 / A7.7.75: `111110110000 Rn | Ra Rd 000 S Rm` (S=1: subtract).
pub fn enc_mla_mls_t1(sub: bool, rd: Gpr, rn: Gpr, rm: Gpr, ra: Gpr) -> Enc {
    w(0xFB00 | rn.num(), (ra.num() << 12) | (rd.num() << 8) | ((sub as u32) << 4) | rm.num())
}

/// SMULL / UMULL T1, A7.7.149 / A7.7.189: `111110111000 Rn | RdLo RdHi 0000 Rm` (UMULL 0xFBA0).
pub fn enc_mull_t1(signed: bool, rdlo: Gpr, rdhi: Gpr, rn: Gpr, rm: Gpr) -> Enc {
    w(if signed { 0xFB80 } else { 0xFBA0 } | rn.num(), (rdlo.num() << 12) | (rdhi.num() << 8) | rm.num())
}

/// IT, A7.7.38: `10111111 firstcond:4 mask:4`; `then_else` lists the conditions of the
/// instructions after the first (true = same condition, false = inverse).
pub fn enc_it(cond: Cond, then_else: &[bool]) -> Enc {
    let c0 = cond.bits() & 1;
    let mut mask = 0u32;
    for (i, same) in then_else.iter().enumerate() {
        let bit = if *same { c0 } else { c0 ^ 1 };
        mask |= bit << (3 - i);
    }
    mask |= 1 << (3 - then_else.len());
    Enc::N((0xBF00 | (cond.bits() << 4) | mask) as u16)
}

/// B<cond> T1, A7.7.12: `1101 cond imm8`, offset imm8:0 (−256 to 254).
pub fn enc_b_cond_t1(cond: Cond, offset: i32) -> Option<Enc> {
    if offset % 2 != 0 || !(-256..256).contains(&offset) {
        return None;
    }
    Some(Enc::N((0xD000 | (cond.bits() << 8) | ((offset as u32 >> 1) & 0xff)) as u16))
}

/// B T2, A7.7.12: `11100 imm11`, offset imm11:0 (−2048 to 2046).
pub fn enc_b_t2(offset: i32) -> Option<Enc> {
    if offset % 2 != 0 || !(-2048..2048).contains(&offset) {
        return None;
    }
    Some(Enc::N((0xE000 | ((offset as u32 >> 1) & 0x7ff)) as u16))
}

/// CBZ / CBNZ T1, A7.7.21: `1011 op 0 i 1 imm5 Rn`, forward offset i:imm5:0 (0 to 126).
pub fn enc_cbz_t1(nonzero: bool, rn: LowReg, offset: i32) -> Option<Enc> {
    if offset % 2 != 0 || !(0..128).contains(&offset) {
        return None;
    }
    let o = offset as u32 >> 1;
    Some(Enc::N((0xB100 | ((nonzero as u32) << 11) | ((o >> 5) << 9) | ((o & 31) << 3) | rn.num()) as u16))
}

/// B<cond>.W T3, A7.7.12: `11110 S cond:4 imm6 | 10 J1 0 J2 imm11`, offset S:J2:J1:imm6:imm11:0.
pub fn enc_b_cond_t3(cond: Cond, offset: i32) -> Option<Enc> {
    if offset % 2 != 0 || !(-(1 << 20)..(1 << 20)).contains(&offset) {
        return None;
    }
    let o = offset as u32;
    let (s, j2, j1) = ((o >> 20) & 1, (o >> 19) & 1, (o >> 18) & 1);
    let (imm6, imm11) = ((o >> 12) & 0x3f, (o >> 1) & 0x7ff);
    Some(w(0xF000 | (s << 10) | (cond.bits() << 6) | imm6, 0x8000 | (j1 << 13) | (j2 << 11) | imm11))
}

fn branch24(offset: i32, hw2_base: u32) -> Option<Enc> {
    if offset % 2 != 0 || !(-(1 << 24)..(1 << 24)).contains(&offset) {
        return None;
    }
    let o = offset as u32;
    let (s, i1, i2) = ((o >> 24) & 1, (o >> 23) & 1, (o >> 22) & 1);
    let (j1, j2) = ((i1 ^ 1) ^ s, (i2 ^ 1) ^ s);
    let (imm10, imm11) = ((o >> 12) & 0x3ff, (o >> 1) & 0x7ff);
    Some(w(0xF000 | (s << 10) | imm10, hw2_base | (j1 << 13) | (j2 << 11) | imm11))
}

/// B.W T4, A7.7.12: `11110 S imm10 | 10 J1 1 J2 imm11`, I1 = !(J1^S), I2 = !(J2^S).
pub fn enc_b_t4(offset: i32) -> Option<Enc> {
    branch24(offset, 0x9000)
}

/// BL T1, A7.7.18: `11110 S imm10 | 11 J1 1 J2 imm11`, as B.W T4.
pub fn enc_bl_t1(offset: i32) -> Option<Enc> {
    branch24(offset, 0xD000)
}

/// Load/store (immediate offset) T3 / T4, A5.3.10: `11111000 1 size:2 L Rn | Rt imm12`, or with
/// `1 P U W imm8` for negative offsets.
fn enc_ldst_imm(op: u32, rt: Gpr, rn: Gpr, off: i32) -> Option<Enc> {
    if let Some(imm) = Imm12::maybe_from(off as u32).filter(|_| off >= 0) {
        Some(w(0xF880 | (op << 4) | rn.num(), (rt.num() << 12) | imm.value()))
    } else if (-255..0).contains(&off) {
        Some(w(0xF800 | (op << 4) | rn.num(), (rt.num() << 12) | 0xC00 | (-off) as u32))
    } else {
        None
    }
}

fn ldst_op(size: MemSize, load: bool) -> (u32, &'static str) {
    // op = (sign, size:2, L) in bits 8..4 of the first halfword, relative to 0xF800.
    match (size, load) {
        (MemSize::U8 | MemSize::S8, false) => (0x00, "strb.w"),
        (MemSize::U16 | MemSize::S16, false) => (0x02, "strh.w"),
        (MemSize::Word, false) => (0x04, "str.w"),
        (MemSize::U8, true) => (0x01, "ldrb.w"),
        (MemSize::U16, true) => (0x03, "ldrh.w"),
        (MemSize::Word, true) => (0x05, "ldr.w"),
        (MemSize::S8, true) => (0x11, "ldrsb.w"),
        (MemSize::S16, true) => (0x13, "ldrsh.w"),
    }
}

fn mem_text(rn: Gpr, off: i32) -> String {
    if off == 0 {
        format!("[{rn}]")
    } else {
        format!("[{rn}, #{off}]")
    }
}

/// Emits machine code for one function.
pub struct Emitter<'a> {
    pub buf: Buffer,
    frame: &'a Frame,
    /// For each block, the block a branch to it really reaches (trivial blocks skipped).
    resolve: Vec<MBlock>,
    /// The next block that emits code, for each block (fall-through).
    next: Vec<Option<MBlock>>,
    /// Each block's position in the emission order.
    position: Vec<usize>,
    /// For a block that is nothing but a conditional branch (a `while` test): that branch,
    /// which a jump back to the block copies instead, so loops test at the bottom.
    test_only: Vec<Option<MInst>>,
}

fn low(r: Gpr) -> Option<LowReg> {
    r.low()
}

impl<'a> Emitter<'a> {
    pub fn new(blocks: &[Vec<MInst>], order: &[MBlock], frame: &'a Frame, levels: HashMap<Site, Level>) -> Emitter<'a> {
        let n = blocks.len();
        let direct = |b: usize| match blocks[b].as_slice() {
            [MInst::Jump { target }] if b != 0 => Some(*target),
            _ => None,
        };
        // Follow chains of bare jumps; a chain that ends in a cycle of them is kept as is.
        let resolve: Vec<MBlock> = (0..n)
            .map(|b| {
                let mut cur = MBlock(b as u32);
                for _ in 0..=n {
                    match direct(cur.0 as usize) {
                        Some(t) => cur = t,
                        None => return cur,
                    }
                }
                MBlock(b as u32)
            })
            .collect();
        let mut next = vec![None; n];
        let mut following = None;
        for &b in order.iter().rev() {
            next[b.0 as usize] = following;
            if resolve[b.0 as usize] == b {
                following = Some(b);
            }
        }
        let mut position = vec![usize::MAX; n];
        for (i, b) in order.iter().enumerate() {
            position[b.0 as usize] = i;
        }
        let test_only = (0..n)
            .map(|b| {
                let mut real = blocks[b].iter().filter(|i| !matches!(i, MInst::Line(_)));
                match (real.next(), real.next()) {
                    (Some(br @ (MInst::Br { .. } | MInst::FBr { .. })), None) if b != 0 => Some(br.clone()),
                    _ => None,
                }
            })
            .collect();
        Emitter { buf: Buffer::with_levels(levels), frame, resolve, next, position, test_only }
    }

    /// Whether block `b` emits nothing (a bare jump that branches resolve through).
    pub fn elided(&self, b: usize) -> bool {
        self.resolve[b].0 as usize != b
    }

    pub fn block(&mut self, b: usize, insts: &[MInst]) -> Result<()> {
        if self.elided(b) {
            return Ok(());
        }
        self.buf.bind(MBlock(b as u32));
        if b == 0 {
            self.prologue();
        }
        for inst in insts {
            self.inst(b, inst)?;
        }
        Ok(())
    }

    fn prologue(&mut self) {
        let f = self.frame;
        if f.push_lr {
            self.push_pop(true);
            let at = self.buf.offset();
            self.buf.cfa.push((at, f.pushed() - 4 * f.saved_s));
        }
        if f.saved_s > 0 {
            let (enc, text) = enc_vpush_vpop(true, SReg::new(16).expect("s16"), f.saved_s);
            self.buf.put(enc, text);
            let at = self.buf.offset();
            self.buf.cfa.push((at, f.pushed()));
        }
        if f.size > 0 {
            self.adjust_sp(true, f.size);
            let at = self.buf.offset();
            self.buf.cfa.push((at, f.pushed() + f.size));
        }
    }

    fn epilogue(&mut self) {
        let f = self.frame;
        if f.is_empty() {
            self.buf.put(Enc::N(0x4770), "bx lr");
            return;
        }
        self.adjust_sp(false, f.size);
        if f.saved_s > 0 {
            let (enc, text) = enc_vpush_vpop(false, SReg::new(16).expect("s16"), f.saved_s);
            self.buf.put(enc, text);
        }
        if f.push_lr {
            self.push_pop(false);
        } else {
            self.buf.put(Enc::N(0x4770), "bx lr");
        }
    }

    /// PUSH {saved, lr} / POP {saved, pc}: T1 (16-bit) for low registers, else T2 (.W).
    fn push_pop(&mut self, push: bool) {
        let saved = &self.frame.saved;
        let mut list: u32 = saved.iter().map(|g| 1 << g.num()).sum();
        let extra = if push { LR } else { PC };
        let mut names: Vec<String> = saved.iter().map(|g| g.to_string()).collect();
        names.push(extra.to_string());
        let name = if push { "push" } else { "pop" };
        if saved.iter().all(|g| g.num() < 8) {
            let base = if push { 0xB500 } else { 0xBD00 };
            self.buf.put(Enc::N((base | list) as u16), format!("{name} {{{}}}", names.join(", ")));
        } else {
            list |= 1 << extra.num();
            let hw1 = if push { 0xE92D } else { 0xE8BD };
            let name = if push { "stmdb sp!," } else { "ldmia.w sp!," };
            self.buf.put(w(hw1, list), format!("{name} {{{}}}", names.join(", ")));
        }
    }

    /// SUB/ADD SP, SP, #n: T1/T2 16-bit up to 508, ADDW/SUBW up to 4095, else through ip.
    fn adjust_sp(&mut self, sub: bool, n: u32) {
        if n == 0 {
            return;
        }
        let name = if sub { "sub" } else { "add" };
        if n <= 508 && n.is_multiple_of(4) {
            let base = if sub { 0xB080 } else { 0xB000 };
            self.buf.put(Enc::N((base | (n / 4)) as u16), format!("{name} sp, #{n}"));
        } else if let Some(imm) = Imm12::maybe_from(n) {
            self.buf.put(enc_addw_subw_t4(sub, SP, SP, imm), format!("{name}w sp, sp, #{n}"));
        } else {
            self.mov_imm(IP, n);
            let op = if sub { 0b1101 } else { 0b1000 };
            self.buf.put(enc_dp_shifted(op, false, 13, 13, IP.num(), 0, 0), format!("{name}.w sp, sp, ip"));
        }
    }

    fn mov_imm(&mut self, rd: Gpr, imm: u32) {
        if let (Some(l), true) = (low(rd), imm < 256) {
            self.buf.put(enc_movs_imm_t1(l, imm as u8), format!("movs {rd}, #{imm}"));
        } else if let Some(m) = ModImm::maybe_from(imm) {
            self.buf.put(enc_dp_modimm(0b0010, false, 15, rd.num(), m), format!("mov.w {rd}, #{imm}"));
        } else if let Some(m) = ModImm::maybe_from(!imm) {
            self.buf.put(enc_dp_modimm(0b0011, false, 15, rd.num(), m), format!("mvn.w {rd}, #{}", !imm));
        } else {
            self.buf.put(enc_movw_movt(false, rd, imm as u16), format!("movw {rd}, #{}", imm & 0xffff));
            if imm >> 16 != 0 {
                self.buf.put(enc_movw_movt(true, rd, (imm >> 16) as u16), format!("movt {rd}, #{}", imm >> 16));
            }
        }
    }

    /// `vcmp.f32 sn, sm` and the flags into APSR for a branch or IT block.
    fn fcmp(&mut self, sn: SReg, sm: SReg) {
        let (enc, text) = enc_funary(FUnary::Cmp, sn, sm);
        self.buf.put(enc, text);
        let (enc, text) = enc_vmrs_apsr();
        self.buf.put(enc, text);
    }

    fn cmp(&mut self, rn: Gpr, rhs: CmpRhs) {
        match rhs {
            CmpRhs::Reg(rm) => {
                let rm = rm.gpr();
                match (low(rn), low(rm)) {
                    (Some(n), Some(m)) => {
                        self.buf.put(Enc::N((0x4280 | (m.num() << 3) | n.num()) as u16), format!("cmp {rn}, {rm}"))
                    }
                    _ => self.buf.put(
                        Enc::N((0x4500 | ((rn.num() >> 3) << 7) | (rm.num() << 3) | (rn.num() & 7)) as u16),
                        format!("cmp {rn}, {rm}"),
                    ),
                }
            }
            CmpRhs::Imm(m) => match low(rn) {
                Some(n) if m.value() < 256 => self
                    .buf
                    .put(Enc::N((0x2800 | (n.num() << 8) | m.value()) as u16), format!("cmp {rn}, #{}", m.value())),
                _ => self.buf.put(enc_dp_modimm(0b1101, true, rn.num(), 15, m), format!("cmp.w {rn}, #{}", m.value())),
            },
            CmpRhs::NegImm(m) => {
                self.buf.put(enc_dp_modimm(0b1000, true, rn.num(), 15, m), format!("cmn.w {rn}, #{}", m.value()))
            }
            CmpRhs::Tst(m) => {
                self.buf.put(enc_dp_modimm(0b0000, true, rn.num(), 15, m), format!("tst.w {rn}, #{}", m.value()))
            }
            CmpRhs::Shifted(rm, shift, amt) => {
                let rm = rm.gpr();
                let (t, name) = shift.kind();
                let enc = enc_dp_shifted(0b1101, true, rn.num(), 15, rm.num(), t, amt.value());
                self.buf.put(enc, format!("cmp.w {rn}, {rm}, {name} #{}", amt.value()))
            }
            CmpRhs::NegReg(rm) => {
                let rm = rm.gpr();
                match (low(rn), low(rm)) {
                    (Some(n), Some(m)) => {
                        self.buf.put(Enc::N((0x42C0 | (m.num() << 3) | n.num()) as u16), format!("cmn {rn}, {rm}"))
                    }
                    _ => self
                        .buf
                        .put(enc_dp_shifted(0b1000, true, rn.num(), 15, rm.num(), 0, 0), format!("cmn.w {rn}, {rm}")),
                }
            }
        }
    }

    /// `mov<cond> rd, #imm` inside an IT block (imm < 256).
    fn mov_imm_in_it(&mut self, cond: Cond, rd: Gpr, imm: u32) {
        match low(rd) {
            Some(l) => self.buf.put(enc_movs_imm_t1(l, imm as u8), format!("mov{} {rd}, #{imm}", cond.name())),
            None => {
                let m = ModImm::maybe_from(imm).expect("small immediates are encodable");
                self.buf
                    .put(enc_dp_modimm(0b0010, false, 15, rd.num(), m), format!("mov{}.w {rd}, #{imm}", cond.name()))
            }
        }
    }

    /// `adds`/`subs rd, rn, rhs`: always setting the flags (16-bit T1/T2 where the registers
    /// and immediate allow, else the 32-bit forms with S=1).
    fn add_sub_flags(&mut self, sub: bool, rd: Gpr, rn: Gpr, rhs: FlagsRhs) {
        let name = if sub { "subs" } else { "adds" };
        let code = if sub { 0b1101 } else { 0b1000 };
        match rhs {
            FlagsRhs::Reg(rm) => {
                let rm = rm.gpr();
                if !self.adds_subs_reg16(sub, rd, rn, rm) {
                    let enc = enc_dp_shifted(code, true, rn.num(), rd.num(), rm.num(), 0, 0);
                    self.buf.put(enc, format!("{name}.w {rd}, {rn}, {rm}"));
                }
            }
            FlagsRhs::Imm(imm) => {
                let v = imm.value();
                if !self.adds_subs_imm16(sub, rd, rn, v) {
                    let enc = enc_dp_modimm(code, true, rn.num(), rd.num(), imm);
                    self.buf.put(enc, format!("{name}.w {rd}, {rn}, #{v}"));
                }
            }
        }
    }

    /// `adds`/`subs rd, rn, rm` in 16 bits (T1), if the registers are low: whether it was.
    fn adds_subs_reg16(&mut self, sub: bool, rd: Gpr, rn: Gpr, rm: Gpr) -> bool {
        let (Some(d), Some(n), Some(m)) = (low(rd), low(rn), low(rm)) else { return false };
        let (base, name) = if sub { (0x1A00, "subs") } else { (0x1800, "adds") };
        self.buf
            .put(Enc::N((base | (m.num() << 6) | (n.num() << 3) | d.num()) as u16), format!("{name} {rd}, {rn}, {rm}"));
        true
    }

    /// `adds`/`subs rd, rn, #v` in 16 bits (T1 `#imm3`, or T2 `#imm8` with rd = rn), if the
    /// registers and the immediate allow: whether it was.
    fn adds_subs_imm16(&mut self, sub: bool, rd: Gpr, rn: Gpr, v: u32) -> bool {
        let name = if sub { "subs" } else { "adds" };
        match (low(rd), low(rn)) {
            (Some(d), Some(n)) if v < 8 => {
                let base = if sub { 0x1E00 } else { 0x1C00 };
                let enc = Enc::N((base | (v << 6) | (n.num() << 3) | d.num()) as u16);
                self.buf.put(enc, format!("{name} {rd}, {rn}, #{v}"));
                true
            }
            (Some(d), Some(_)) if rd == rn && v < 256 => {
                let base = if sub { 0x3800 } else { 0x3000 };
                self.buf.put(Enc::N((base | (d.num() << 8) | v) as u16), format!("{name} {rd}, #{v}"));
                true
            }
            _ => false,
        }
    }

    fn alu_rrr(&mut self, op: AluOp, rd: Gpr, rn: Gpr, rm: Gpr) {
        let text = |s: &str| format!("{s} {rd}, {rn}, {rm}");
        match op {
            AluOp::Add | AluOp::Sub => {
                if self.adds_subs_reg16(op == AluOp::Sub, rd, rn, rm) {
                    return;
                }
                let (code, name) = if op == AluOp::Add { (0b1000, "add.w") } else { (0b1101, "sub.w") };
                self.buf.put(enc_dp_shifted(code, false, rn.num(), rd.num(), rm.num(), 0, 0), text(name))
            }
            AluOp::And | AluOp::Orr | AluOp::Eor => {
                let (code, code16, name) = match op {
                    AluOp::And => (0b0000, 0b0000, "and"),
                    AluOp::Orr => (0b0010, 0b1100, "orr"),
                    _ => (0b0100, 0b0001, "eor"),
                };
                if let (Some(d), true, Some(m)) = (low(rd), rd == rn, low(rm)) {
                    let enc = Enc::N((0x4000 | (code16 << 6) | (m.num() << 3) | d.num()) as u16);
                    return self.buf.put(enc, format!("{name}s {rd}, {rm}"));
                }
                self.buf
                    .put(enc_dp_shifted(code, false, rn.num(), rd.num(), rm.num(), 0, 0), text(&format!("{name}.w")))
            }
            AluOp::Mul => self.buf.put(enc_mul_t2(rd, rn, rm), text("mul.w")),
            AluOp::Lsl | AluOp::Lsr | AluOp::Asr | AluOp::Ror => {
                let (t, name) = shift_kind(op);
                self.buf.put(enc_shift_reg_t2(t, rd, rn, rm), text(&format!("{name}.w")))
            }
            AluOp::Sdiv => self.buf.put(enc_div_t1(true, rd, rn, rm), text("sdiv")),
            AluOp::Udiv => self.buf.put(enc_div_t1(false, rd, rn, rm), text("udiv")),
        }
    }

    /// Load/store (register offset) T2, A5.3.10: `11111000 0 size:2 L Rn | Rt 000000 imm2 Rm`;
    /// T1 (16-bit `0101 op:3 Rm Rn Rt`) for words in low registers without a shift.
    fn load_store_idx(&mut self, load: bool, size: MemSize, rt: Gpr, rn: Gpr, rm: Gpr, shift: u8) {
        let mem = if shift == 0 { format!("[{rn}, {rm}]") } else { format!("[{rn}, {rm}, lsl #{shift}]") };
        if let (MemSize::Word, 0, Some(t), Some(n), Some(m)) = (size, shift, low(rt), low(rn), low(rm)) {
            let base = if load { 0x5800 } else { 0x5000 };
            let name = if load { "ldr" } else { "str" };
            let enc = Enc::N((base | (m.num() << 6) | (n.num() << 3) | t.num()) as u16);
            return self.buf.put(enc, format!("{name} {rt}, {mem}"));
        }
        let (op, name) = ldst_op(size, load);
        let enc = w(0xF800 | (op << 4) | rn.num(), (rt.num() << 12) | ((shift as u32) << 4) | rm.num());
        self.buf.put(enc, format!("{name} {rt}, {mem}"));
    }

    fn load_store(&mut self, load: bool, size: MemSize, rt: Gpr, rn: Gpr, off: i32) -> Result<()> {
        if size == MemSize::Word && off >= 0 && off % 4 == 0 {
            let name = if load { "ldr" } else { "str" };
            if let (Some(t), Some(n), true) = (low(rt), low(rn), off < 128) {
                let base = if load { 0x6800 } else { 0x6000 };
                let enc = Enc::N((base | ((off as u32 / 4) << 6) | (n.num() << 3) | t.num()) as u16);
                self.buf.put(enc, format!("{name} {rt}, [{rn}, #{off}]"));
                return Ok(());
            }
            if let (Some(t), true, true) = (low(rt), rn == SP, off < 1024) {
                let base = if load { 0x9800 } else { 0x9000 };
                let enc = Enc::N((base | (t.num() << 8) | (off as u32 / 4)) as u16);
                self.buf.put(enc, format!("{name} {rt}, [{rn}, #{off}]"));
                return Ok(());
            }
        }
        let (op, name) = ldst_op(size, load);
        if let Some(enc) = enc_ldst_imm(op, rt, rn, off) {
            self.buf.put(enc, format!("{name} {rt}, {}", mem_text(rn, off)));
            return Ok(());
        }
        self.load_store_far(load, size, rt, rn, off)
    }

    /// A load or store whose offset no immediate form takes (a big frame, a long literal's
    /// slot): the offset goes into ip, the one register neither regalloc2's operands nor the
    /// frame use, and the access is register-indexed. ip may itself be the register stored
    /// (regalloc2 moves one stack slot to another through it); then a low register is pushed
    /// to hold the offset for the moment (below sp, so nothing live is disturbed), and popped.
    fn load_store_far(&mut self, load: bool, size: MemSize, rt: Gpr, rn: Gpr, off: i32) -> Result<()> {
        if rn == IP {
            bail!("Thumb-2 backend: memory offset {off} from ip is out of range");
        }
        if load || rt != IP {
            // A load into ip is fine: the address is formed before ip is written.
            self.mov_imm(IP, off as u32);
            self.load_store_idx(load, size, rt, rn, IP, 0);
            return Ok(());
        }
        let t = if rn.num() == 0 { Gpr::new(1) } else { Gpr::new(0) }.expect("r0 and r1 exist");
        let list = 1u32 << t.num();
        self.buf.put(Enc::N((0xB400 | list) as u16), format!("push {{{t}}}"));
        let off = if rn == SP { off + 4 } else { off };
        // Offsets here are ≥ 4096 or < -255, so this is never a flag-setting `movs`.
        self.mov_imm(t, off as u32);
        self.load_store_idx(load, size, rt, rn, t, 0);
        self.buf.put(Enc::N((0xBC00 | list) as u16), format!("pop {{{t}}}"));
        Ok(())
    }

    pub(super) fn inst(&mut self, block: usize, inst: &MInst) -> Result<()> {
        let g = |r: &Reg| r.gpr();
        match inst {
            MInst::Args { .. } => {}
            MInst::LoadArg { rd, index } => {
                let off = self.frame.incoming_arg(*index) as i32;
                self.load_store(true, MemSize::Word, g(rd), SP, off)?;
            }
            MInst::MovRR { rd, rm } => {
                if rd != rm {
                    self.buf.put(enc_mov_t1(g(rd), g(rm)), format!("mov {}, {}", g(rd), g(rm)));
                }
            }
            MInst::MovImm { rd, imm } => self.mov_imm(g(rd), *imm),
            MInst::SymAddr { rd, sym } => {
                let rd = g(rd);
                self.buf.reloc(RelocKind::MovwAbs, *sym);
                self.buf.put(enc_movw_movt(false, rd, 0), format!("movw {rd}, #0"));
                self.buf.reloc(RelocKind::MovtAbs, *sym);
                self.buf.put(enc_movw_movt(true, rd, 0), format!("movt {rd}, #0"));
            }
            MInst::AluRRR { op, rd, rn, rm } => self.alu_rrr(*op, g(rd), g(rn), g(rm)),
            MInst::AluShifted { op, rd, rn, rm, shift, amt } => {
                let ((code, name), (t, sname)) = (op.code(), shift.kind());
                let (rd, rn, rm) = (g(rd), g(rn), g(rm));
                let enc = enc_dp_shifted(code, false, rn.num(), rd.num(), rm.num(), t, amt.value());
                // `rsb` has no 16-bit register form, so objdump prints no `.w`.
                let wide = if *op == ShiftedOp::Rsb { "" } else { ".w" };
                self.buf.put(enc, format!("{name}{wide} {rd}, {rn}, {rm}, {sname} #{}", amt.value()));
            }
            MInst::AluRRMod { op, rd, rn, imm } => {
                let (code, name) = match op {
                    AluOp::Add => (0b1000, "add.w"),
                    AluOp::Sub => (0b1101, "sub.w"),
                    AluOp::And => (0b0000, "and.w"),
                    AluOp::Orr => (0b0010, "orr.w"),
                    AluOp::Eor => (0b0100, "eor.w"),
                    _ => bail!("no modified-immediate form of {}", op.name()),
                };
                let (rd, rn) = (g(rd), g(rn));
                self.buf.put(
                    enc_dp_modimm(code, false, rn.num(), rd.num(), *imm),
                    format!("{name} {rd}, {rn}, #{}", imm.value()),
                );
            }
            MInst::AluRRImm12 { op, rd, rn, imm } => {
                let (rd, rn) = (g(rd), g(rn));
                let sub = *op == AluOp::Sub;
                let v = imm.value();
                // ADDS/SUBS 16-bit where they fit: flags are dead between machine
                // instructions, so setting them costs nothing.
                if !self.adds_subs_imm16(sub, rd, rn, v) {
                    let name = if sub { "subw" } else { "addw" };
                    self.buf.put(enc_addw_subw_t4(sub, rd, rn, *imm), format!("{name} {rd}, {rn}, #{v}"));
                }
            }
            MInst::ShiftRImm { op, rd, rm, amt } => self.shift_imm(*op, g(rd), g(rm), *amt),
            MInst::MulAcc { sub, rd, rn, rm, ra } => {
                let (rd, rn, rm, ra) = (g(rd), g(rn), g(rm), g(ra));
                let name = if *sub { "mls" } else { "mla" };
                self.buf.put(enc_mla_mls_t1(*sub, rd, rn, rm, ra), format!("{name} {rd}, {rn}, {rm}, {ra}"));
            }
            MInst::Extend { op, rd, rm } => self.extend(*op, g(rd), g(rm)),
            MInst::MulLong { signed, rdlo, rdhi, rn, rm } => {
                let (lo, hi, rn, rm) = (g(rdlo), g(rdhi), g(rn), g(rm));
                let name = if *signed { "smull" } else { "umull" };
                self.buf.put(enc_mull_t1(*signed, lo, hi, rn, rm), format!("{name} {lo}, {hi}, {rn}, {rm}"));
            }
            MInst::Unary { op: UnaryOp::Neg, rd, rm } => {
                let (rd, rm) = (g(rd), g(rm));
                let zero = ModImm::maybe_from(0).expect("0 is encodable");
                self.buf.put(enc_dp_modimm(0b1110, false, rm.num(), rd.num(), zero), format!("rsb {rd}, {rm}, #0"));
            }
            MInst::Unary { op: op @ (UnaryOp::Clz | UnaryOp::Rbit | UnaryOp::Rev), rd, rm } => {
                // CLZ, RBIT, REV (.W), A7.7.24 / A7.7.112 / A7.7.113: `11111010 1 op:3 Rm | 1111 Rd 1 op2:3 Rm`.
                let (rd, rm) = (g(rd), g(rm));
                let (hw1, hw2, name) = match op {
                    UnaryOp::Clz => (0xFAB0, 0xF080, "clz"),
                    UnaryOp::Rbit => (0xFA90, 0xF0A0, "rbit"),
                    _ => (0xFA90, 0xF080, "rev.w"),
                };
                self.buf.put(w(hw1 | rm.num(), hw2 | (rd.num() << 8) | rm.num()), format!("{name} {rd}, {rm}"));
            }
            MInst::Unary { op: UnaryOp::Not, rd, rm } => {
                let (rd, rm) = (g(rd), g(rm));
                self.buf.put(enc_dp_shifted(0b0011, false, 15, rd.num(), rm.num(), 0, 0), format!("mvn.w {rd}, {rm}"));
            }
            MInst::CmpSet { rd, cond, rn, rhs } => {
                self.cmp(g(rn), *rhs);
                self.buf.put(enc_it(*cond, &[false]), format!("ite {}", cond.name()));
                self.mov_imm_in_it(*cond, g(rd), 1);
                self.mov_imm_in_it(cond.invert(), g(rd), 0);
            }
            MInst::Select { rd, cond, rn, rhs, rt, rf } => {
                self.cmp(g(rn), *rhs);
                let (rd, rt, rf) = (g(rd), g(rt), g(rf));
                self.buf.put(enc_it(*cond, &[false]), format!("ite {}", cond.name()));
                self.buf.put(enc_mov_t1(rd, rt), format!("mov{} {rd}, {rt}", cond.name()));
                self.buf.put(enc_mov_t1(rd, rf), format!("mov{} {rd}, {rf}", cond.invert().name()));
            }
            MInst::Load { size, rd, rn, off } => self.load_store(true, *size, g(rd), g(rn), *off)?,
            MInst::LoadIdx { size, rd, rn, rm, shift } => self.load_store_idx(true, *size, g(rd), g(rn), g(rm), *shift),
            MInst::StoreIdx { size, rt, rn, rm, shift } => {
                self.load_store_idx(false, *size, g(rt), g(rn), g(rm), *shift)
            }
            MInst::Store { size, rt, rn, off } => self.load_store(false, *size, g(rt), g(rn), *off)?,
            MInst::StoreOutArg { rs, index } => self.load_store(false, MemSize::Word, g(rs), SP, 4 * *index as i32)?,
            MInst::Call { sym, .. } => {
                self.buf.reloc(RelocKind::ThmCall, *sym);
                // The implicit addend −4 makes the linker's S + A − P the offset from PC.
                self.buf.put(enc_bl_t1(-4).expect("in range"), format!("bl <sym{}>", sym.0));
            }
            MInst::Br { cond, rn, rhs, taken, not_taken } => {
                let site = self.buf.new_site();
                let (t, f) = (self.resolve[taken.0 as usize], self.resolve[not_taken.0 as usize]);
                let next = self.next[block];
                let (cond, target, then) = if Some(t) == next {
                    (cond.invert(), f, None)
                } else {
                    (*cond, t, Some(f).filter(|f| Some(*f) != next))
                };
                let zero = ModImm::maybe_from(0).map(CmpRhs::Imm);
                let cbz = match (low(g(rn)), cond) {
                    (Some(l), Cond::Eq | Cond::Ne) if Some(*rhs) == zero => Some(l),
                    _ => None,
                };
                if !cbz.is_some_and(|l| self.buf.cbz((site, 0), cond == Cond::Ne, l, target)) {
                    self.cmp(g(rn), *rhs);
                    self.buf.branch((site, 0), Some(cond), target);
                }
                if let Some(f) = then {
                    self.buf.branch((site, 1), None, f);
                }
            }
            MInst::AddSubFlags { sub, rd, rn, rhs } => self.add_sub_flags(*sub, g(rd), g(rn), *rhs),
            MInst::AddSubPair { sub, lo, hi, alo, ahi, blo, bhi } => {
                // The low word in ip first when its register is one the high half still reads;
                // moved after (`mov`, which leaves the flags alone).
                let (lo, ahi, bhi) = (g(lo), g(ahi), g(bhi));
                let first = if lo == ahi || lo == bhi { IP } else { lo };
                self.add_sub_flags(*sub, first, g(alo), FlagsRhs::Reg(*blo));
                let (code, name) = if *sub { (0b1011, "sbcs") } else { (0b1010, "adcs") };
                let hi = g(hi);
                self.buf.put(
                    enc_dp_shifted(code, true, ahi.num(), hi.num(), bhi.num(), 0, 0),
                    format!("{name}.w {hi}, {ahi}, {bhi}"),
                );
                if first != lo {
                    self.buf.put(enc_mov_t1(lo, IP), format!("mov {lo}, ip"));
                }
            }
            MInst::SetCond { rd, cond } => {
                self.buf.put(enc_it(*cond, &[false]), format!("ite {}", cond.name()));
                self.mov_imm_in_it(*cond, g(rd), 1);
                self.mov_imm_in_it(cond.invert(), g(rd), 0);
            }
            MInst::BrFlags { cond, taken, not_taken } => {
                let site = self.buf.new_site();
                let (t, f) = (self.resolve[taken.0 as usize], self.resolve[not_taken.0 as usize]);
                let next = self.next[block];
                if Some(t) == next {
                    self.buf.branch((site, 0), Some(cond.invert()), f);
                } else {
                    self.buf.branch((site, 0), Some(*cond), t);
                    if Some(f) != next {
                        self.buf.branch((site, 1), None, f);
                    }
                }
            }
            MInst::Jump { target } => {
                let t = self.resolve[target.0 as usize];
                if Some(t) == self.next[block] {
                    return Ok(());
                }
                // Loop rotation: a jump back to a test copies the test. The test's registers
                // are those its block starts with, which every jump to it sets up.
                if self.position[t.0 as usize] <= self.position[block] {
                    if let Some(mut test) = self.test_only[t.0 as usize].clone() {
                        // Branch conditionally into the loop, as the test's own block does
                        // by falling through, and leave it unconditionally.
                        let into_loop = self.next[t.0 as usize];
                        if let MInst::Br { cond, taken, not_taken, .. } | MInst::FBr { cond, taken, not_taken, .. } =
                            &mut test
                        {
                            if Some(self.resolve[not_taken.0 as usize]) == into_loop {
                                std::mem::swap(taken, not_taken);
                                *cond = cond.invert();
                            }
                        }
                        return self.inst(block, &test);
                    }
                }
                let site = self.buf.new_site();
                self.buf.branch((site, 0), None, t);
            }
            MInst::Ret { .. } => self.epilogue(),
            MInst::Trap => self.buf.put(Enc::N(0xDE00), "udf #0"),
            MInst::Line(l) => self.buf.set_line(*l),
            MInst::FAlu { op, sd, sn, sm } => {
                let (enc, text) = enc_falu(*op, sd.sreg(), sn.sreg(), sm.sreg());
                self.buf.put(enc, text);
            }
            MInst::FUn { op, sd, sm } => {
                if !(*op == FUnary::Mov && sd == sm) {
                    let (enc, text) = enc_funary(*op, sd.sreg(), sm.sreg());
                    self.buf.put(enc, text);
                }
            }
            MInst::FFromCore { sd, rt } => {
                let (enc, text) = enc_vmov_core(false, g(rt), sd.sreg());
                self.buf.put(enc, text);
            }
            MInst::FToCore { rd, sm } => {
                let (enc, text) = enc_vmov_core(true, g(rd), sm.sreg());
                self.buf.put(enc, text);
            }
            MInst::FLoad { sd, rn, off } | MInst::FStore { sd, rn, off } => {
                let load = matches!(inst, MInst::FLoad { .. });
                let (mut rn, mut off) = (g(rn), *off);
                if enc_vldr_vstr(load, sd.sreg(), rn, off).is_none() && rn != IP {
                    // Past vldr's ±1020: ip = rn + off (rn first: sp may not be the second operand).
                    self.mov_imm(IP, off as u32);
                    self.alu_rrr(AluOp::Add, IP, rn, IP);
                    (rn, off) = (IP, 0);
                }
                let (enc, text) = enc_vldr_vstr(load, sd.sreg(), rn, off)
                    .ok_or_else(|| anyhow::anyhow!("Thumb-2 backend: VFP memory offset {off} is out of range"))?;
                self.buf.put(enc, text);
            }
            MInst::FCmpSet { rd, cond, or, sn, sm } => {
                self.fcmp(sn.sreg(), sm.sreg());
                self.buf.put(enc_it(*cond, &[false]), format!("ite {}", cond.name()));
                self.mov_imm_in_it(*cond, g(rd), 1);
                self.mov_imm_in_it(cond.invert(), g(rd), 0);
                if let Some(c) = or {
                    // Moves in IT blocks leave the flags alone.
                    self.buf.put(enc_it(*c, &[]), format!("it {}", c.name()));
                    self.mov_imm_in_it(*c, g(rd), 1);
                }
            }
            MInst::TrapIf { cond, rn, rhs } => {
                self.cmp(g(rn), *rhs);
                // Skip the `udf` unless the condition holds: a branch to 4 bytes on.
                let inv = cond.invert();
                self.buf.put(enc_b_cond_t1(inv, 0).expect("in range"), format!("b{}.n <+4>", inv.name()));
                self.buf.put(Enc::N(0xDE00), "udf #0");
            }
            MInst::CallReg { rm, .. } => {
                let rm = g(rm);
                self.buf.put(Enc::N((0x4780 | (rm.num() << 3)) as u16), format!("blx {rm}"));
            }
            MInst::BrTable { idx, bound, default, targets } => {
                let site = self.buf.new_site();
                let idx = g(idx);
                self.cmp(idx, *bound);
                self.buf.branch((site, 0), Some(Cond::Hs), self.resolve[default.0 as usize]);
                // TBH T1, A7.7.186: `11101000 1101 Rn | 1111 0000 0001 Rm`, Rn = pc.
                self.buf.put(w(0xE8DF, 0xF010 | idx.num()), format!("tbh [pc, {idx}, lsl #1]"));
                let table = self.buf.offset();
                for _ in targets {
                    self.buf.put(Enc::N(0), ".short 0");
                }
                let mut entries = Vec::new();
                for t in targets {
                    entries.push(self.buf.offset());
                    let s = self.buf.new_site();
                    self.buf.branch((s, 0), None, self.resolve[t.0 as usize]);
                }
                for (k, at) in entries.into_iter().enumerate() {
                    let half = ((at - table) / 2) as u16;
                    let slot = table as usize + 2 * k;
                    self.buf.code[slot..slot + 2].copy_from_slice(&half.to_le_bytes());
                    if let Some(l) = self.buf.listing.iter_mut().find(|(o, _)| *o == slot as u32) {
                        l.1 = format!(".short 0x{half:04x}");
                    }
                }
            }
            MInst::FBr { cond, sn, sm, taken, not_taken } => {
                let site = self.buf.new_site();
                self.fcmp(sn.sreg(), sm.sreg());
                let (t, f) = (self.resolve[taken.0 as usize], self.resolve[not_taken.0 as usize]);
                let next = self.next[block];
                if Some(t) == next {
                    self.buf.branch((site, 0), Some(cond.invert()), f);
                } else {
                    self.buf.branch((site, 0), Some(*cond), t);
                    if Some(f) != next {
                        self.buf.branch((site, 1), None, f);
                    }
                }
            }
            MInst::FSelect { sd, cond, rn, rhs, st, sf } => {
                self.cmp(g(rn), *rhs);
                let (sd, st, sf) = (sd.sreg(), st.sreg(), sf.sreg());
                self.buf.put(enc_it(*cond, &[false]), format!("ite {}", cond.name()));
                let (e1, _) = enc_funary(FUnary::Mov, sd, st);
                self.buf.put(e1, format!("vmov{}.f32 {sd}, {st}", cond.name()));
                let (e2, _) = enc_funary(FUnary::Mov, sd, sf);
                self.buf.put(e2, format!("vmov{}.f32 {sd}, {sf}", cond.invert().name()));
            }
        }
        Ok(())
    }

    fn shift_imm(&mut self, op: AluOp, rd: Gpr, rm: Gpr, amt: ShiftImm) {
        let (t, name) = shift_kind(op);
        let n = amt.value();
        // 16-bit forms exist for lsl/lsr/asr by an immediate, not for ror.
        if let (Some(d), Some(m), true) = (low(rd), low(rm), t < 3) {
            let enc = Enc::N(((t << 11) | ((n & 31) << 6) | (m.num() << 3) | d.num()) as u16);
            return self.buf.put(enc, format!("{name}s {rd}, {rm}, #{n}"));
        }
        let enc = enc_dp_shifted(0b0010, false, 15, rd.num(), rm.num(), t, n & 31);
        self.buf.put(enc, format!("mov.w {rd}, {rm}, {name} #{n}"));
    }

    /// UXTB/SXTB/UXTH/SXTH: T1 (16-bit, low registers) or T2 `11111010 0 op:3 1111 | 1111 Rd 10 rot Rm`.
    fn extend(&mut self, op: ExtendOp, rd: Gpr, rm: Gpr) {
        let (t1, t2, name) = match op {
            ExtendOp::Sxth => (0xB200, 0xFA0F, "sxth"),
            ExtendOp::Sxtb => (0xB240, 0xFA4F, "sxtb"),
            ExtendOp::Uxth => (0xB280, 0xFA1F, "uxth"),
            ExtendOp::Uxtb => (0xB2C0, 0xFA5F, "uxtb"),
        };
        match (low(rd), low(rm)) {
            (Some(d), Some(m)) => {
                self.buf.put(Enc::N((t1 | (m.num() << 3) | d.num()) as u16), format!("{name} {rd}, {rm}"))
            }
            _ => self.buf.put(w(t2, 0xF080 | (rd.num() << 8) | rm.num()), format!("{name}.w {rd}, {rm}")),
        }
    }
}

fn shift_kind(op: AluOp) -> (u32, &'static str) {
    match op {
        AluOp::Lsl => (0, "lsl"),
        AluOp::Lsr => (1, "lsr"),
        AluOp::Asr => (2, "asr"),
        _ => (3, "ror"),
    }
}
