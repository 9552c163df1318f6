//! Instruction selection: optimized CLIF → machine instructions on virtual registers.
//! Requires CLIF of 8/16/32-bit integers; provides a [`VCode`] in emission order with every
//! critical edge split, ready for regalloc2.
//!
//! Each CLIF value is the virtual register of the same number. Compares feeding a branch or
//! a select in the same block fuse with it; constants fold into immediate operands where an
//! encoding takes them; whatever ends up unused is removed afterwards.

use super::imms::{Imm12, ModImm, ShiftImm};
use super::inst::{AluOp, CmpRhs, ExtendOp, FlagsRhs, MBlock, MInst, MemSize, Shift, ShiftedOp, SymRef, UnaryOp};
use super::narrow::WideSigs;
use super::regs::{Cond, Reg, SReg, ARG_REGS, SP};
use super::vfp::{float_cond, FOp, FUnary};
use anyhow::{bail, Result};
use cranelift_codegen::ir::{
    self, condcodes::FloatCC, condcodes::IntCC, types, ExternalName, GlobalValueData, InstructionData, Opcode, Value,
};
use regalloc2::PReg;
use std::collections::HashMap;

/// A relocation target: (namespace, index) of a user external name, plus an offset.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Hash)]
pub struct Sym {
    pub namespace: u32,
    pub index: u32,
    pub offset: i64,
}

pub struct VBlock {
    pub params: Vec<Reg>,
    pub insts: Vec<MInst>,
    /// For each successor of the terminator, in order: the values passed to its parameters.
    pub branch_args: Vec<Vec<Reg>>,
}

pub struct VCode {
    pub blocks: Vec<VBlock>,
    /// The order to emit blocks in: each edge block right after its source, or right before
    /// its target when it closes a loop, so that its moves fall through into the loop header.
    pub order: Vec<MBlock>,
    pub num_vregs: u32,
    pub syms: Vec<Sym>,
    /// Bytes of stack the largest call needs for arguments past the fourth.
    pub outgoing_args: u32,
    /// Bytes of the function's stack slots, which sit right above the outgoing arguments.
    pub slots_size: u32,
    /// For each virtual register: whether it holds an f32 (regalloc2's float class).
    pub float: Vec<bool>,
}

struct Isel<'a> {
    func: &'a ir::Function,
    wide: &'a WideSigs,
    blocks: Vec<VBlock>,
    block_map: HashMap<ir::Block, MBlock>,
    syms: Vec<Sym>,
    /// Where each symbol is in `syms`.
    sym_index: HashMap<Sym, u32>,
    next_vreg: u32,
    uses: HashMap<Value, u32>,
    /// Values some instruction needs in a register (not only as a foldable address).
    computed: std::collections::HashSet<Value>,
    outgoing_args: u32,
    /// (edge block, source, target) for every split edge.
    edges: Vec<(MBlock, MBlock, MBlock)>,
    /// How many branch edges enter each block.
    preds: HashMap<ir::Block, u32>,
    /// sp-relative offset of each stack slot.
    slot_offsets: Vec<u32>,
    slots_size: u32,
    float: Vec<bool>,
}

fn v(value: Value) -> Reg {
    Reg::Virt(value.as_u32())
}

/// An immediate offset some load or store encoding takes (`[rn, #-255]` to `[rn, #4095]`).
fn imm_offset(c: i64) -> bool {
    (-255..4096).contains(&c)
}

/// `x + y` as (base, constant) when one operand is an `iconst`.
fn const_operand(func: &ir::Function, x: Value, y: Value) -> Option<(Value, i64)> {
    for (base, index) in [(x, y), (y, x)] {
        let Some(def) = func.dfg.value_def(index).inst() else { continue };
        if let InstructionData::UnaryImm { opcode: Opcode::Iconst, imm } = func.dfg.insts[def] {
            return Some((base, sign_extend(imm.bits(), func.dfg.value_type(index).bits())));
        }
    }
    None
}

/// Whether a load or store of `p + offset` takes `p` as an address only (folded into the
/// instruction's addressing mode, never needed in a register of its own).
fn foldable(func: &ir::Function, p: Value, offset: i32) -> bool {
    if offset == 0 {
        return true;
    }
    let Some(def) = func.dfg.value_def(p).inst() else { return false };
    match func.dfg.insts[def] {
        InstructionData::Binary { opcode: Opcode::Iadd, args: [x, y] } => {
            const_operand(func, x, y).is_some_and(|(_, c)| imm_offset(c + offset as i64))
        }
        _ => false,
    }
}

/// Selects instructions for `func`.
pub fn select(func: &ir::Function, wide: &WideSigs) -> Result<VCode> {
    let mut order: Vec<ir::Block> = func.layout.blocks().filter(|b| !func.layout.is_cold(*b)).collect();
    order.extend(func.layout.blocks().filter(|b| func.layout.is_cold(*b)));
    let mut uses = HashMap::new();
    let mut computed = std::collections::HashSet::new();
    let mut preds = HashMap::new();
    for block in func.layout.blocks() {
        for inst in func.layout.block_insts(block) {
            for d in func.dfg.insts[inst].branch_destination(&func.dfg.jump_tables, &func.dfg.exception_tables) {
                *preds.entry(d.block(&func.dfg.value_lists)).or_insert(0) += 1;
            }
            for arg in func.dfg.inst_values(inst) {
                *uses.entry(arg).or_insert(0) += 1;
            }
            // Addresses that something other than a load or store at offset 0 takes (or, for
            // `base + constant`, at any offset the sum of which an immediate holds).
            let address = match func.dfg.insts[inst] {
                InstructionData::Load { arg, offset, .. } if foldable(func, arg, offset.into()) => Some(arg),
                InstructionData::Store { args: [_, p], offset, .. } if foldable(func, p, offset.into()) => Some(p),
                _ => None,
            };
            computed.extend(func.dfg.inst_values(inst).filter(|a| Some(*a) != address));
        }
    }
    let mut s = Isel {
        func,
        blocks: Vec::new(),
        block_map: HashMap::new(),
        syms: Vec::new(),
        sym_index: HashMap::new(),
        next_vreg: func.dfg.num_values() as u32,
        uses,
        computed,
        outgoing_args: outgoing_args(func, wide),
        wide,
        edges: Vec::new(),
        preds,
        slot_offsets: Vec::new(),
        slots_size: 0,
        float: (0..func.dfg.num_values())
            .map(|i| func.dfg.value_type(Value::from_u32(i as u32)) == types::F32)
            .collect(),
    };
    let mut at = s.outgoing_args;
    for (_, slot) in func.sized_stack_slots.iter() {
        let align = (1u32 << slot.align_shift).max(4);
        at = at.div_ceil(align) * align;
        s.slot_offsets.push(at);
        at += slot.size;
    }
    s.slots_size = at.div_ceil(4) * 4 - s.outgoing_args;
    for (i, b) in order.iter().enumerate() {
        s.block_map.insert(*b, MBlock(i as u32));
        let params = if i == 0 { vec![] } else { func.dfg.block_params(*b).iter().map(|p| v(*p)).collect() };
        s.blocks.push(VBlock { params, insts: Vec::new(), branch_args: Vec::new() });
    }
    for (i, b) in order.iter().enumerate() {
        if i == 0 {
            s.entry_args(*b)?;
        }
        let mut line = 0;
        for inst in func.layout.block_insts(*b) {
            let l = func.srcloc(inst).bits();
            if !func.srcloc(inst).is_default() && l != line {
                line = l;
                s.push(MBlock(i as u32), MInst::Line(l));
            }
            s.inst(MBlock(i as u32), inst)?;
        }
    }
    let emitted: Vec<MBlock> = (0..order.len() as u32).map(MBlock).collect();
    let order = layout(&emitted, s.blocks.len(), &s.edges);
    let slots_size = s.slots_size;
    let float = s.float;
    let mut code = VCode {
        float,
        slots_size,
        order,
        blocks: s.blocks,
        num_vregs: s.next_vreg,
        syms: s.syms,
        outgoing_args: s.outgoing_args,
    };
    remove_dead(&mut code);
    Ok(code)
}

impl Isel<'_> {
    fn entry_args(&mut self, entry: ir::Block) -> Result<()> {
        let params = self.func.dfg.block_params(entry).to_vec();
        let types = abi_types(&self.wide.own.as_ref().unwrap_or(&self.func.signature).params);
        let mut regs = Vec::new();
        for (p, loc) in params.iter().zip(assign_args(&types)?) {
            match loc {
                ArgLoc::Reg(preg) => regs.push((v(*p), preg)),
                ArgLoc::Stack(index) => self.blocks[0].insts.push(MInst::LoadArg { rd: v(*p), index }),
                ArgLoc::Half(preg) => {
                    let t = self.ftemp();
                    regs.push((t, preg));
                    self.blocks[0].insts.push(MInst::FToCore { rd: v(*p), sm: t });
                }
            }
        }
        self.blocks[0].insts.insert(0, MInst::Args { regs });
        Ok(())
    }

    fn temp(&mut self) -> Reg {
        self.next_vreg += 1;
        self.float.push(false);
        Reg::Virt(self.next_vreg - 1)
    }

    /// A new virtual s-register.
    fn ftemp(&mut self) -> Reg {
        self.next_vreg += 1;
        self.float.push(true);
        Reg::Virt(self.next_vreg - 1)
    }

    fn push(&mut self, block: MBlock, inst: MInst) {
        self.blocks[block.0 as usize].insts.push(inst);
    }

    fn konst(&self, value: Value) -> Option<i64> {
        let def = self.func.dfg.value_def(value).inst()?;
        match self.func.dfg.insts[def] {
            InstructionData::UnaryImm { opcode: Opcode::Iconst, imm } => {
                let bits = self.func.dfg.value_type(value).bits();
                Some(sign_extend(imm.bits(), bits))
            }
            _ => None,
        }
    }

    /// The icmp defining `value` in `block`, if `value` has no other use: (cond, lhs, rhs).
    fn fusable_icmp(&self, value: Value, within: ir::Block) -> Option<(IntCC, Value, Value)> {
        let def = self.func.dfg.value_def(value).inst()?;
        if self.uses.get(&value) != Some(&1) || self.func.layout.inst_block(def) != Some(within) {
            return None;
        }
        match self.func.dfg.insts[def] {
            InstructionData::IntCompare { opcode: Opcode::Icmp, cond, args } => Some((cond, args[0], args[1])),
            _ => None,
        }
    }

    /// The icmp defining `value`, wherever it is and however often it is used, for a branch
    /// on it: comparing again at the branch is one instruction, a truth value kept for it
    /// three more (`ite`, two moves; then a compare with zero). When nothing else uses the
    /// truth value it goes as dead.
    fn branch_icmp(&self, value: Value) -> Option<(IntCC, Value, Value)> {
        let def = self.func.dfg.value_def(value).inst()?;
        match self.func.dfg.insts[def] {
            InstructionData::IntCompare { opcode: Opcode::Icmp, cond, args } => Some((cond, args[0], args[1])),
            _ => None,
        }
    }

    /// The `sadd_overflow`/`ssub_overflow` whose overflow flag `value` is, in `block`, if
    /// only this use needs it: the flags of `cmn a, b` or `cmp a, b` (V) say it.
    fn fusable_overflow(&self, value: Value, within: ir::Block) -> Option<(Cond, Reg, CmpRhs)> {
        let def = self.func.dfg.value_def(value).inst()?;
        if self.uses.get(&value) != Some(&1)
            || self.func.layout.inst_block(def) != Some(within)
            || self.func.dfg.inst_results(def).get(1) != Some(&value)
        {
            return None;
        }
        let args = self.func.dfg.inst_args(def);
        let add = match self.func.dfg.insts[def].opcode() {
            Opcode::SaddOverflow => true,
            Opcode::SsubOverflow => false,
            _ => return None,
        };
        Some((Cond::Vs, v(args[0]), self.overflow_rhs(add, args[1])))
    }

    /// Whether `inst`, an `sadd_overflow`/`ssub_overflow` of 32 bits (or the high half of a
    /// pair, [`Self::pair_low`]), sets the flags for the `brif` right after it, its
    /// overflow's only use: then `adds`/`subs` and a `bvs` with
    /// nothing between them that sets flags (only register moves, loads and stores can be
    /// put there).
    fn flags_branch(&self, inst: ir::Inst) -> bool {
        let dfg = &self.func.dfg;
        if !matches!(
            dfg.insts[inst].opcode(),
            Opcode::SaddOverflow | Opcode::SsubOverflow | Opcode::SaddOverflowCin | Opcode::SsubOverflowBin
        ) || dfg.value_type(dfg.first_result(inst)).bits() != 32
        {
            return false;
        }
        let Some(&of) = dfg.inst_results(inst).get(1) else { return false };
        let Some(next) = self.func.layout.next_inst(inst) else { return false };
        self.uses.get(&of) == Some(&1)
            && dfg.insts[next].opcode() == Opcode::Brif
            && dfg.inst_args(next).first() == Some(&of)
    }

    /// The `uadd_overflow`/`usub_overflow` whose carry `inst` (an `sadd_overflow_cin`/
    /// `ssub_overflow_bin`) takes, when the pair is one [`MInst::AddSubPair`]: the carry has
    /// no other use, and nothing between the two reads the low half (defined with the high
    /// one).
    fn pair_low(&self, inst: ir::Inst) -> Option<ir::Inst> {
        let dfg = &self.func.dfg;
        let want = match dfg.insts[inst].opcode() {
            Opcode::SaddOverflowCin => Opcode::UaddOverflow,
            Opcode::SsubOverflowBin => Opcode::UsubOverflow,
            _ => return None,
        };
        let carry = *dfg.inst_args(inst).get(2)?;
        let low = dfg.value_def(carry).inst()?;
        let block = self.func.layout.inst_block(inst);
        if dfg.insts[low].opcode() != want
            || dfg.inst_results(low).get(1) != Some(&carry)
            || self.uses.get(&carry) != Some(&1)
            || self.func.layout.inst_block(low) != block
        {
            return None;
        }
        let sum = dfg.first_result(low);
        let mut at = self.func.layout.next_inst(low)?;
        while at != inst {
            if dfg.inst_args(at).contains(&sum) {
                return None;
            }
            at = self.func.layout.next_inst(at)?;
        }
        Some(low)
    }

    /// Whether `inst`'s carry is taken by the high half of an [`MInst::AddSubPair`].
    fn pair_high(&self, inst: ir::Inst) -> bool {
        let dfg = &self.func.dfg;
        let Some(&carry) = dfg.inst_results(inst).get(1) else { return false };
        let mut at = self.func.layout.next_inst(inst);
        while let Some(i) = at {
            if dfg.inst_args(i).get(2) == Some(&carry) {
                return self.pair_low(i) == Some(inst);
            }
            at = self.func.layout.next_inst(i);
        }
        false
    }

    /// What to compare `a` with so that V is whether `a + b` (`add`) or `a - b` overflows:
    /// `cmn a, b` or `cmp a, b`, with an immediate for a constant `b` (`a + c` overflows as
    /// `a - (-c)` does, except for c = −2³¹).
    fn overflow_rhs(&self, add: bool, b: Value) -> CmpRhs {
        if let Some(c) = self.konst(b).filter(|&c| c as i32 != i32::MIN) {
            let subtrahend = if add { -(c as i32 as i64) } else { c as i32 as i64 };
            if let Some(rhs) = cmp_rhs_of(subtrahend) {
                return rhs;
            }
        }
        if add {
            CmpRhs::NegReg(v(b))
        } else {
            CmpRhs::Reg(v(b))
        }
    }

    /// The fcmp defining `value` in `block`, if only this use needs it and one condition
    /// expresses it: (condition, lhs, rhs).
    fn fusable_fcmp(&self, value: Value, within: ir::Block) -> Option<(Cond, Value, Value)> {
        let def = self.func.dfg.value_def(value).inst()?;
        if self.uses.get(&value) != Some(&1) || self.func.layout.inst_block(def) != Some(within) {
            return None;
        }
        match self.func.dfg.insts[def] {
            InstructionData::FloatCompare { opcode: Opcode::Fcmp, cond, args } => {
                Some((float_cond(cond)?, args[0], args[1]))
            }
            _ => None,
        }
    }

    /// `[rn, #off]` for VLDR/VSTR (offsets ±1020, multiples of 4), computing the address
    /// when the offset does not fit.
    fn vfp_address(&mut self, block: MBlock, p: Value, offset: i32) -> (Reg, i32) {
        if let Amode::Imm(rn, off) = self.address(block, p, offset) {
            if off % 4 == 0 && off.unsigned_abs() <= 1020 {
                return (rn, off);
            }
        }
        let t = self.temp();
        self.alu_const(block, AluOp::Add, t, v(p), offset as i64);
        (t, 0)
    }

    /// The register holding `value`: sp itself for `get_stack_pointer` (sp does not move
    /// after the prologue), so that a stack check compares sp without copying it.
    fn operand(&self, value: Value) -> Reg {
        match self.func.dfg.value_def(value).inst().map(|i| self.func.dfg.insts[i].opcode()) {
            Some(Opcode::GetStackPointer) => Reg::Phys(SP),
            _ => v(value),
        }
    }

    fn cmp_rhs(&self, value: Value) -> CmpRhs {
        self.konst(value).and_then(cmp_rhs_of).unwrap_or(CmpRhs::Reg(v(value)))
    }

    /// A compare of `value` (a truth value of any width) with zero: narrow values are
    /// zero-extended first, since their upper bits are undefined.
    fn truth_operand(&mut self, block: MBlock, value: Value) -> Reg {
        let ty = self.func.dfg.value_type(value);
        let from_icmp =
            self.func.dfg.value_def(value).inst().is_some_and(|i| self.func.dfg.insts[i].opcode() == Opcode::Icmp);
        if ty.bits() < 32 && !from_icmp {
            let t = self.temp();
            let op = if ty.bits() == 8 { ExtendOp::Uxtb } else { ExtendOp::Uxth };
            self.push(block, MInst::Extend { op, rd: t, rm: v(value) });
            t
        } else {
            v(value)
        }
    }

    fn sym(&mut self, name: &ExternalName, offset: i64) -> Result<SymRef> {
        let ExternalName::User(r) = name else {
            bail!("Thumb-2 backend: only user symbols are supported, not {name:?}");
        };
        let n = &self.func.params.user_named_funcs()[*r];
        let sym = Sym { namespace: n.namespace, index: n.index, offset };
        let next = self.syms.len() as u32;
        let i = *self.sym_index.entry(sym).or_insert(next);
        if i == next {
            self.syms.push(sym);
        }
        Ok(SymRef(i))
    }

    /// `r`, a `bits`-wide value whose upper bits are undefined, extended to 32 bits.
    fn extend(&mut self, block: MBlock, r: Reg, bits: u32, signed: bool) -> Reg {
        let op = match (bits, signed) {
            (8, false) => ExtendOp::Uxtb,
            (8, true) => ExtendOp::Sxtb,
            (_, false) => ExtendOp::Uxth,
            (_, true) => ExtendOp::Sxth,
        };
        let t = self.temp();
        self.push(block, MInst::Extend { op, rd: t, rm: r });
        t
    }

    /// For a 32-bit value used once, by an instruction of block `within`, and defined there by
    /// a shift by a constant: what is shifted, how and by how much.
    fn shifted_operand(&self, value: Value, within: ir::Block) -> Option<(Value, Shift, ShiftImm)> {
        let def = self.func.dfg.value_def(value).inst()?;
        if self.uses.get(&value) != Some(&1)
            || self.func.layout.inst_block(def) != Some(within)
            || self.func.dfg.value_type(value) != types::I32
        {
            return None;
        }
        let InstructionData::Binary { opcode, args: [x, k] } = self.func.dfg.insts[def] else { return None };
        let shift = match opcode {
            Opcode::Ishl => Shift::Lsl,
            Opcode::Ushr => Shift::Lsr,
            Opcode::Sshr => Shift::Asr,
            _ => return None,
        };
        Some((x, shift, ShiftImm::maybe_from((self.konst(k)? & 31) as u32)?))
    }

    /// `x & imm`, used only by this branch in `within`, for an immediate `tst` takes: then
    /// the branch tests the bits with `tst` and the `and` goes as dead.
    fn fusable_test(&self, value: Value, within: ir::Block) -> Option<(Value, ModImm)> {
        let def = self.func.dfg.value_def(value).inst()?;
        if self.uses.get(&value) != Some(&1)
            || self.func.layout.inst_block(def) != Some(within)
            || self.func.dfg.value_type(value) != types::I32
        {
            return None;
        }
        let InstructionData::Binary { opcode: Opcode::Band, args: [x, k] } = self.func.dfg.insts[def] else {
            return None;
        };
        Some((x, ModImm::maybe_from(self.konst(k)? as u32)?))
    }

    /// `rd = a op b` where one operand is a shift used only here: the shift comes for free.
    fn fuse_shift(&mut self, block: MBlock, within: ir::Block, op: AluOp, rd: Reg, a: Value, b: Value) -> bool {
        let op = match op {
            AluOp::Add => ShiftedOp::Add,
            AluOp::Sub => ShiftedOp::Sub,
            AluOp::And => ShiftedOp::And,
            AluOp::Orr => ShiftedOp::Orr,
            AluOp::Eor => ShiftedOp::Eor,
            _ => return false,
        };
        if self.func.dfg.value_type(a) != types::I32 {
            return false;
        }
        if let Some((x, shift, amt)) = self.shifted_operand(b, within) {
            // A constant on the other side is better as an immediate, unless nothing takes it.
            if self.konst(a).is_none() {
                self.push(block, MInst::AluShifted { op, rd, rn: v(a), rm: v(x), shift, amt });
                return true;
            }
        }
        if let Some((x, shift, amt)) = self.shifted_operand(a, within) {
            if self.konst(b).is_none() {
                let op = if op == ShiftedOp::Sub { ShiftedOp::Rsb } else { op };
                self.push(block, MInst::AluShifted { op, rd, rn: v(b), rm: v(x), shift, amt });
                return true;
            }
        }
        false
    }

    /// `rd = a op b` on `ty`. Operands of narrow types are extended where their upper bits
    /// would show (right shifts, division); shift amounts are taken modulo the width.
    fn alu(&mut self, block: MBlock, op: AluOp, rd: Reg, a: Value, b: Value, ty: ir::Type) {
        let bits = ty.bits();
        let commutative = matches!(op, AluOp::Add | AluOp::And | AluOp::Orr | AluOp::Eor | AluOp::Mul);
        let (a, b) = if commutative && self.konst(a).is_some() && self.konst(b).is_none() { (b, a) } else { (a, b) };
        let signed = match op {
            AluOp::Asr | AluOp::Sdiv => Some(true),
            AluOp::Lsr | AluOp::Udiv => Some(false),
            _ => None,
        };
        let rn = match signed {
            Some(s) if bits < 32 => self.extend(block, v(a), bits, s),
            _ => v(a),
        };
        let is_shift = matches!(op, AluOp::Lsl | AluOp::Lsr | AluOp::Asr | AluOp::Ror);
        if let Some(c) = self.konst(b) {
            let c = if is_shift { c & (bits as i64 - 1) } else { c };
            if let Some(inst) = alu_imm(op, rd, rn, c) {
                return self.push(block, inst);
            }
        }
        let mut rm = v(b);
        if is_shift && op != AluOp::Ror {
            // The register forms shift by the amount's whole low byte; CLIF takes it modulo the width.
            let t = self.temp();
            let imm = ModImm::maybe_from(bits - 1).expect("small masks are encodable");
            self.push(block, MInst::AluRRMod { op: AluOp::And, rd: t, rn: rm, imm });
            rm = t;
        } else if let Some(s) = signed.filter(|_| bits < 32) {
            rm = self.extend(block, rm, bits, s);
        }
        self.push(block, MInst::AluRRR { op, rd, rn, rm });
    }

    /// For an `imul`, the `smulhi`/`umulhi` of the same operands in its block; for one of
    /// those, the `imul`: the other half of the same product, so that one `smull`/`umull`
    /// defines both, where the first of the two is (the optimiser may have put either first).
    /// With whether that partner comes first.
    fn mul_partner(&self, inst: ir::Inst) -> Option<(ir::Inst, bool)> {
        // Each the other's first match: two products of the same operands (or a `smulhi` and
        // a `umulhi`) do not both take the one other half.
        let (partner, before) = self.first_other_half(inst)?;
        (self.first_other_half(partner)?.0 == inst).then_some((partner, before))
    }

    /// The first instruction in `inst`'s block, other than it, that is the other half of its
    /// product (see [`Self::mul_partner`]), and whether it comes before `inst`.
    fn first_other_half(&self, inst: ir::Inst) -> Option<(ir::Inst, bool)> {
        let dfg = &self.func.dfg;
        let block = self.func.layout.inst_block(inst)?;
        let args = dfg.inst_args(inst);
        let want_high = dfg.insts[inst].opcode() == Opcode::Imul;
        let mut before = true;
        for i in self.func.layout.block_insts(block) {
            if i == inst {
                before = false;
                continue;
            }
            let partner = match dfg.insts[i].opcode() {
                Opcode::Smulhi | Opcode::Umulhi => want_high,
                Opcode::Imul => !want_high,
                _ => false,
            };
            if partner && dfg.inst_args(i) == args && dfg.value_type(dfg.first_result(i)).bits() == 32 {
                return Some((i, before));
            }
        }
        None
    }

    /// For a multiplier 2^k + 1 or 2^k − 1: `x * c` as `x + (x << k)` or `(x << k) − x`,
    /// one instruction without a constant.
    fn times_shift(&self, c: Value) -> Option<(ShiftedOp, ShiftImm)> {
        if self.func.dfg.value_type(c) != types::I32 {
            return None;
        }
        let c = self.konst(c)? as u32;
        if c > 2 && (c - 1).is_power_of_two() {
            return Some((ShiftedOp::Add, ShiftImm::maybe_from((c - 1).trailing_zeros())?));
        }
        if c > 2 && c.wrapping_add(1).is_power_of_two() {
            return Some((ShiftedOp::Rsb, ShiftImm::maybe_from((c + 1).trailing_zeros())?));
        }
        None
    }

    /// `rd = a + b` where one side is a product used only here: one `mla`.
    fn fuse_mla(&mut self, block: MBlock, within: ir::Block, rd: Reg, a: Value, b: Value) -> bool {
        for (prod, acc) in [(b, a), (a, b)] {
            let Some(def) = self.func.dfg.value_def(prod).inst() else { continue };
            let data = &self.func.dfg.insts[def];
            if data.opcode() != Opcode::Imul
                || self.times_shift(self.func.dfg.inst_args(def)[1]).is_some()
                || self.uses.get(&prod) != Some(&1)
                || self.func.layout.inst_block(def) != Some(within)
            {
                continue;
            }
            let f = self.func.dfg.inst_args(def);
            let (rn, rm) = (v(f[0]), v(f[1]));
            self.push(block, MInst::MulAcc { sub: false, rd, rn, rm, ra: v(acc) });
            return true;
        }
        false
    }

    /// The addressing mode for `p + offset`: a stack slot or `base + constant` as `[rn, #imm]`,
    /// `base + (index << k)` as `[rn, rm, lsl #k]`.
    fn address(&mut self, block: MBlock, p: Value, offset: i32) -> Amode {
        let dfg = &self.func.dfg;
        if let Some(def) = dfg.value_def(p).inst() {
            match dfg.insts[def] {
                InstructionData::StackAddr { opcode: Opcode::StackAddr, stack_slot, offset: o } => {
                    let base = self.slot_offsets[stack_slot.as_u32() as usize] as i64 + i64::from(i32::from(o));
                    let total = base + offset as i64;
                    if (-255..4096).contains(&total) {
                        return Amode::Imm(Reg::Phys(SP), total as i32);
                    }
                }
                // `base + constant` at any offset: the sum is the immediate, whether or not the
                // address is also computed for something else.
                InstructionData::Binary { opcode: Opcode::Iadd, args: [x, y] }
                    if const_operand(self.func, x, y).is_some_and(|(_, c)| imm_offset(c + offset as i64)) =>
                {
                    let (base, c) = const_operand(self.func, x, y).expect("checked by the guard");
                    return Amode::Imm(v(base), (c + offset as i64) as i32);
                }
                // An address computed anyway is best used as it is.
                InstructionData::Binary { opcode: Opcode::Iadd, args: [x, y] }
                    if offset == 0 && !self.computed.contains(&p) =>
                {
                    for (base, index) in [(x, y), (y, x)] {
                        if let Some(c) = self.konst(index) {
                            if (-255..4096).contains(&c) {
                                return Amode::Imm(v(base), c as i32);
                            }
                        }
                        if let Some(idef) = dfg.value_def(index).inst() {
                            if let InstructionData::Binary { opcode: Opcode::Ishl, args: [i, k] } = dfg.insts[idef] {
                                if let Some(k @ 0..=3) = self.konst(k) {
                                    return Amode::Idx(v(base), v(i), k as u8);
                                }
                            }
                        }
                    }
                    return Amode::Idx(v(x), v(y), 0);
                }
                _ => {}
            }
        }
        let _ = block;
        Amode::Imm(v(p), offset)
    }

    /// `rd = rn op #c` where some encoding takes `c`, else through a register.
    fn alu_const(&mut self, block: MBlock, op: AluOp, rd: Reg, rn: Reg, c: i64) {
        if let Some(inst) = alu_imm(op, rd, rn, c) {
            return self.push(block, inst);
        }
        let t = self.temp();
        self.push(block, MInst::MovImm { rd: t, imm: c as u32 });
        self.push(block, MInst::AluRRR { op, rd, rn, rm: t });
    }

    /// A comparison `a <cc> b` as a condition, a register and a right-hand side; narrow
    /// operands are extended as the condition needs.
    fn compare(&mut self, block: MBlock, cc: IntCC, a: Value, b: Value) -> (Cond, Reg, CmpRhs) {
        let bits = self.func.dfg.value_type(a).bits();
        if bits >= 32 {
            // A shift by a constant used only here is the compare's shifted operand
            // (`x != lo >> 31`, the overflow test of a product); its own instruction then
            // goes as dead.
            let def_block = self.func.dfg.value_def(b).inst().and_then(|d| self.func.layout.inst_block(d));
            if let Some((x, shift, amt)) = def_block.and_then(|w| self.shifted_operand(b, w)) {
                if self.konst(a).is_none() {
                    return (cond_of(cc), self.operand(a), CmpRhs::Shifted(v(x), shift, amt));
                }
            }
            return (cond_of(cc), self.operand(a), self.cmp_rhs(b));
        }
        let signed = matches!(
            cc,
            IntCC::SignedLessThan
                | IntCC::SignedGreaterThanOrEqual
                | IntCC::SignedGreaterThan
                | IntCC::SignedLessThanOrEqual
        );
        let rn = self.extend(block, v(a), bits, signed);
        let rhs = match self.konst(b) {
            Some(c) => {
                let c = if signed { c } else { c & ((1 << bits) - 1) };
                match cmp_rhs_of(c) {
                    Some(rhs) => rhs,
                    None => {
                        let t = self.temp();
                        self.push(block, MInst::MovImm { rd: t, imm: c as u32 });
                        CmpRhs::Reg(t)
                    }
                }
            }
            None => CmpRhs::Reg(self.extend(block, v(b), bits, signed)),
        };
        (cond_of(cc), rn, rhs)
    }

    fn inst(&mut self, block: MBlock, inst: ir::Inst) -> Result<()> {
        let dfg = &self.func.dfg;
        let data = dfg.insts[inst];
        let results = dfg.inst_results(inst);
        let rd = results.first().map(|r| v(*r));
        let args: Vec<Value> = dfg.inst_args(inst).to_vec();
        let cl_block = self.func.layout.inst_block(inst).expect("inst in layout");
        let ty = dfg.ctrl_typevar(inst);
        for r in results {
            let ty = dfg.value_type(*r);
            if !(ty.is_int() && ty.bits() <= 32 || ty == types::F32) {
                bail!("Thumb-2 backend: values of type {ty} are not supported yet (in `{}`)", dfg.display_inst(inst));
            }
        }
        match data.opcode() {
            Opcode::Iconst => {
                let bits = dfg.value_type(results[0]).bits();
                let imm = sign_extend(self.konst(results[0]).unwrap_or(0), bits) as u32;
                self.push(block, MInst::MovImm { rd: rd.unwrap(), imm });
            }
            Opcode::Iadd if self.fuse_mla(block, cl_block, rd.unwrap(), args[0], args[1]) => {}
            // `a ± b` and whether it overflowed: the sum or difference here; the overflow as the
            // V flag of a `cmn`/`cmp` where a branch tests it (see `fusable_overflow`), else
            // set from that flag here.
            Opcode::SaddOverflow | Opcode::SsubOverflow if ty.bits() == 32 && self.flags_branch(inst) => {
                let add = data.opcode() == Opcode::SaddOverflow;
                let (sub, rhs) = match self.konst(args[1]).map(|c| c as i32) {
                    // `a + c` as `a - (-c)` for a negative c: the same sum, the same overflow.
                    Some(c) if c != i32::MIN && ModImm::maybe_from(c.unsigned_abs()).is_some() => {
                        let imm = ModImm::maybe_from(c.unsigned_abs()).expect("checked");
                        (add == (c < 0), FlagsRhs::Imm(imm))
                    }
                    _ => (!add, FlagsRhs::Reg(v(args[1]))),
                };
                self.push(block, MInst::AddSubFlags { sub, rd: rd.unwrap(), rn: v(args[0]), rhs });
            }
            // The low half of a two-word sum or difference whose carry only the high half
            // takes: made there, with it (`adds`+`adcs`, see `pair_low`).
            Opcode::UaddOverflow | Opcode::UsubOverflow if ty.bits() == 32 && self.pair_high(inst) => {}
            Opcode::UaddOverflow | Opcode::UsubOverflow if ty.bits() == 32 => {
                // The carry (C of `cmn a, b`) or borrow (C clear after `cmp a, b`), then the
                // sum or difference.
                let add = data.opcode() == Opcode::UaddOverflow;
                let (op, cond, rhs) = match add {
                    true => (AluOp::Add, Cond::Hs, CmpRhs::NegReg(v(args[1]))),
                    false => (AluOp::Sub, Cond::Lo, CmpRhs::Reg(v(args[1]))),
                };
                self.push(block, MInst::CmpSet { rd: v(results[1]), cond, rn: v(args[0]), rhs });
                self.alu(block, op, rd.unwrap(), args[0], args[1], ty);
            }
            Opcode::SaddOverflowCin | Opcode::SsubOverflowBin if ty.bits() == 32 => {
                let Some(low) = self.pair_low(inst) else {
                    bail!(
                        "Thumb-2 backend: a carry in from elsewhere than the low half (in `{}`)",
                        dfg.display_inst(inst)
                    );
                };
                let sub = data.opcode() == Opcode::SsubOverflowBin;
                let la = dfg.inst_args(low);
                let (lo, alo, blo) = (v(dfg.first_result(low)), v(la[0]), v(la[1]));
                let (hi, ahi, bhi) = (rd.unwrap(), v(args[0]), v(args[1]));
                self.push(block, MInst::AddSubPair { sub, lo, hi, alo, ahi, blo, bhi });
                if !self.flags_branch(inst) {
                    self.push(block, MInst::SetCond { rd: v(results[1]), cond: Cond::Vs });
                }
            }
            Opcode::SaddOverflow | Opcode::SsubOverflow if ty.bits() == 32 => {
                let add = data.opcode() == Opcode::SaddOverflow;
                let op = if add { AluOp::Add } else { AluOp::Sub };
                self.alu(block, op, rd.unwrap(), args[0], args[1], ty);
                let of = results[1];
                let by_branch = self.uses.get(&of) == Some(&1)
                    && self
                        .func
                        .layout
                        .block_insts(cl_block)
                        .any(|i| dfg.insts[i].opcode() == Opcode::Brif && dfg.inst_args(i).first() == Some(&of));
                if !by_branch {
                    let rhs = self.overflow_rhs(add, args[1]);
                    self.push(block, MInst::CmpSet { rd: v(of), cond: Cond::Vs, rn: v(args[0]), rhs });
                }
            }
            // A product whose high word is also taken: one `smull`/`umull` for both halves.
            Opcode::Imul if ty.bits() == 32 && self.mul_partner(inst).is_some() => {
                let (high, first) = self.mul_partner(inst).unwrap();
                if !first {
                    let signed = dfg.insts[high].opcode() == Opcode::Smulhi;
                    let rdhi = v(dfg.first_result(high));
                    let (rn, rm) = (v(args[0]), v(args[1]));
                    self.push(block, MInst::MulLong { signed, rdlo: rd.unwrap(), rdhi, rn, rm });
                }
            }
            Opcode::Iadd | Opcode::Isub | Opcode::Band | Opcode::Bor | Opcode::Bxor => {
                let op = match data.opcode() {
                    Opcode::Iadd => AluOp::Add,
                    Opcode::Isub => AluOp::Sub,
                    Opcode::Band => AluOp::And,
                    Opcode::Bor => AluOp::Orr,
                    _ => AluOp::Eor,
                };
                if !self.fuse_shift(block, cl_block, op, rd.unwrap(), args[0], args[1]) {
                    self.alu(block, op, rd.unwrap(), args[0], args[1], ty);
                }
            }
            Opcode::Imul if self.times_shift(args[1]).is_some() => {
                let (op, amt) = self.times_shift(args[1]).expect("checked");
                let x = v(args[0]);
                self.push(block, MInst::AluShifted { op, rd: rd.unwrap(), rn: x, rm: x, shift: Shift::Lsl, amt });
            }
            Opcode::Imul => self.alu(block, AluOp::Mul, rd.unwrap(), args[0], args[1], ty),
            Opcode::Ishl => self.alu(block, AluOp::Lsl, rd.unwrap(), args[0], args[1], ty),
            Opcode::Ushr => self.alu(block, AluOp::Lsr, rd.unwrap(), args[0], args[1], ty),
            Opcode::Sshr => self.alu(block, AluOp::Asr, rd.unwrap(), args[0], args[1], ty),
            Opcode::Rotr | Opcode::Rotl if ty.bits() == 32 => {
                let rd = rd.unwrap();
                if let Some(c) = self.konst(args[1]) {
                    let c = if data.opcode() == Opcode::Rotl { 32 - (c & 31) } else { c };
                    self.alu_const(block, AluOp::Ror, rd, v(args[0]), c & 31);
                } else if data.opcode() == Opcode::Rotr {
                    self.push(block, MInst::AluRRR { op: AluOp::Ror, rd, rn: v(args[0]), rm: v(args[1]) });
                } else {
                    // ROR takes its amount modulo 32, so rotating left by n is rotating right by −n.
                    let t = self.temp();
                    self.push(block, MInst::Unary { op: UnaryOp::Neg, rd: t, rm: v(args[1]) });
                    self.push(block, MInst::AluRRR { op: AluOp::Ror, rd, rn: v(args[0]), rm: t });
                }
            }
            Opcode::Icmp => {
                let InstructionData::IntCompare { cond, .. } = data else { unreachable!() };
                let (cond, rn, rhs) = self.compare(block, cond, args[0], args[1]);
                self.push(block, MInst::CmpSet { rd: rd.unwrap(), cond, rn, rhs });
            }
            Opcode::Select if dfg.value_type(args[1]) == types::F32 => {
                let c = self.truth_operand(block, args[0]);
                let (st, sf) = (v(args[1]), v(args[2]));
                self.push(block, MInst::FSelect { sd: rd.unwrap(), cond: Cond::Ne, rn: c, rhs: zero(), st, sf });
            }
            Opcode::Select => {
                let (rt, rf) = (v(args[1]), v(args[2]));
                let inst = match self.fusable_icmp(args[0], cl_block) {
                    Some((cc, a, b)) => {
                        let (cond, rn, rhs) = self.compare(block, cc, a, b);
                        MInst::Select { rd: rd.unwrap(), cond, rn, rhs, rt, rf }
                    }
                    None => {
                        let c = self.truth_operand(block, args[0]);
                        MInst::Select { rd: rd.unwrap(), cond: Cond::Ne, rn: c, rhs: zero(), rt, rf }
                    }
                };
                self.push(block, inst);
            }
            Opcode::Uextend | Opcode::Sextend => {
                let from = dfg.value_type(args[0]).bits();
                let op = match (data.opcode() == Opcode::Sextend, from) {
                    (false, 8) => ExtendOp::Uxtb,
                    (true, 8) => ExtendOp::Sxtb,
                    (false, 16) => ExtendOp::Uxth,
                    (true, _) => ExtendOp::Sxth,
                    _ => bail!("Thumb-2 backend: cannot extend from i{from}"),
                };
                self.push(block, MInst::Extend { op, rd: rd.unwrap(), rm: v(args[0]) });
            }
            // Division by zero traps in hardware: the runtime sets CCR.DIV_0_TRP at reset.
            Opcode::Sdiv => self.alu(block, AluOp::Sdiv, rd.unwrap(), args[0], args[1], ty),
            Opcode::Udiv => self.alu(block, AluOp::Udiv, rd.unwrap(), args[0], args[1], ty),
            Opcode::Srem | Opcode::Urem => {
                let op = if data.opcode() == Opcode::Srem { AluOp::Sdiv } else { AluOp::Udiv };
                let q = self.temp();
                self.alu(block, op, q, args[0], args[1], ty);
                let (rn, rm) = (v(args[0]), v(args[1]));
                self.push(block, MInst::MulAcc { sub: true, rd: rd.unwrap(), rn: q, rm, ra: rn });
            }
            Opcode::Umax | Opcode::Umin | Opcode::Smax | Opcode::Smin => {
                let cc = match data.opcode() {
                    Opcode::Umax => IntCC::UnsignedGreaterThan,
                    Opcode::Umin => IntCC::UnsignedLessThan,
                    Opcode::Smax => IntCC::SignedGreaterThan,
                    _ => IntCC::SignedLessThan,
                };
                let (cond, rn, rhs) = self.compare(block, cc, args[0], args[1]);
                let (rt, rf) = (v(args[0]), v(args[1]));
                self.push(block, MInst::Select { rd: rd.unwrap(), cond, rn, rhs, rt, rf });
            }
            Opcode::Umulhi | Opcode::Smulhi if ty.bits() == 32 => {
                let rdlo = match self.mul_partner(inst) {
                    // Made with the product, where that came first.
                    Some((_, true)) => return Ok(()),
                    Some((product, false)) => v(dfg.first_result(product)),
                    None => self.temp(),
                };
                let signed = data.opcode() == Opcode::Smulhi;
                let (rn, rm) = (v(args[0]), v(args[1]));
                self.push(block, MInst::MulLong { signed, rdlo, rdhi: rd.unwrap(), rn, rm });
            }
            Opcode::Bmask => {
                let c = self.truth_operand(block, args[0]);
                let t = self.temp();
                self.push(block, MInst::CmpSet { rd: t, cond: Cond::Ne, rn: c, rhs: zero() });
                self.push(block, MInst::Unary { op: UnaryOp::Neg, rd: rd.unwrap(), rm: t });
            }
            Opcode::Iabs => {
                let x = match ty.bits() {
                    32 => v(args[0]),
                    bits => self.extend(block, v(args[0]), bits, true),
                };
                let n = self.temp();
                self.push(block, MInst::Unary { op: UnaryOp::Neg, rd: n, rm: x });
                self.push(block, MInst::Select { rd: rd.unwrap(), cond: Cond::Lt, rn: x, rhs: zero(), rt: n, rf: x });
            }
            Opcode::Clz | Opcode::Ctz | Opcode::Bitrev | Opcode::Bswap if ty.bits() == 32 => {
                let (rd, x) = (rd.unwrap(), v(args[0]));
                let op = match data.opcode() {
                    Opcode::Clz => UnaryOp::Clz,
                    Opcode::Bswap => UnaryOp::Rev,
                    _ => UnaryOp::Rbit,
                };
                if data.opcode() == Opcode::Ctz {
                    let t = self.temp();
                    self.push(block, MInst::Unary { op: UnaryOp::Rbit, rd: t, rm: x });
                    self.push(block, MInst::Unary { op: UnaryOp::Clz, rd, rm: t });
                } else {
                    self.push(block, MInst::Unary { op, rd, rm: x });
                }
            }
            Opcode::F32const => {
                let InstructionData::UnaryIeee32 { imm, .. } = data else { unreachable!() };
                let t = self.temp();
                self.push(block, MInst::MovImm { rd: t, imm: imm.bits() });
                self.push(block, MInst::FFromCore { sd: rd.unwrap(), rt: t });
            }
            Opcode::Fadd | Opcode::Fsub | Opcode::Fmul | Opcode::Fdiv if ty == types::F32 => {
                let op = match data.opcode() {
                    Opcode::Fadd => FOp::Add,
                    Opcode::Fsub => FOp::Sub,
                    Opcode::Fmul => FOp::Mul,
                    _ => FOp::Div,
                };
                self.push(block, MInst::FAlu { op, sd: rd.unwrap(), sn: v(args[0]), sm: v(args[1]) });
            }
            Opcode::Fneg | Opcode::Fabs | Opcode::Sqrt if ty == types::F32 => {
                let op = match data.opcode() {
                    Opcode::Fneg => FUnary::Neg,
                    Opcode::Fabs => FUnary::Abs,
                    _ => FUnary::Sqrt,
                };
                self.push(block, MInst::FUn { op, sd: rd.unwrap(), sm: v(args[0]) });
            }
            Opcode::Fcmp => {
                let InstructionData::FloatCompare { cond, .. } = data else { unreachable!() };
                // `one` is less or greater; `ueq` equal or unordered: two conditions.
                let (c, or) = match cond {
                    FloatCC::OrderedNotEqual => (Cond::Mi, Some(Cond::Gt)),
                    FloatCC::UnorderedOrEqual => (Cond::Eq, Some(Cond::Vs)),
                    _ => (float_cond(cond).expect("one condition for the rest"), None),
                };
                self.push(block, MInst::FCmpSet { rd: rd.unwrap(), cond: c, or, sn: v(args[0]), sm: v(args[1]) });
            }
            Opcode::FcvtToSintSat | Opcode::FcvtToUintSat
                if dfg.value_type(args[0]) == types::F32 && ty.bits() == 32 =>
            {
                // VCVT saturates and gives 0 for NaN, as the _sat conversions ask.
                let op = if data.opcode() == Opcode::FcvtToSintSat { FUnary::ToS32 } else { FUnary::ToU32 };
                let t = self.ftemp();
                self.push(block, MInst::FUn { op, sd: t, sm: v(args[0]) });
                self.push(block, MInst::FToCore { rd: rd.unwrap(), sm: t });
            }
            Opcode::FcvtFromSint | Opcode::FcvtFromUint if ty == types::F32 && dfg.value_type(args[0]).bits() <= 32 => {
                let signed = data.opcode() == Opcode::FcvtFromSint;
                let op = if signed { FUnary::FromS32 } else { FUnary::FromU32 };
                let bits = dfg.value_type(args[0]).bits();
                let x = if bits < 32 { self.extend(block, v(args[0]), bits, signed) } else { v(args[0]) };
                let t = self.ftemp();
                self.push(block, MInst::FFromCore { sd: t, rt: x });
                self.push(block, MInst::FUn { op, sd: rd.unwrap(), sm: t });
            }
            Opcode::Bitcast if ty == types::F32 && dfg.value_type(args[0]) == types::I32 => {
                self.push(block, MInst::FFromCore { sd: rd.unwrap(), rt: v(args[0]) });
            }
            Opcode::Bitcast if ty == types::I32 && dfg.value_type(args[0]) == types::F32 => {
                self.push(block, MInst::FToCore { rd: rd.unwrap(), sm: v(args[0]) });
            }
            Opcode::Ineg | Opcode::Bnot => {
                let op = if data.opcode() == Opcode::Ineg { UnaryOp::Neg } else { UnaryOp::Not };
                self.push(block, MInst::Unary { op, rd: rd.unwrap(), rm: v(args[0]) });
            }
            Opcode::Ireduce => self.push(block, MInst::MovRR { rd: rd.unwrap(), rm: v(args[0]) }),
            Opcode::GetStackPointer => self.push(block, MInst::MovRR { rd: rd.unwrap(), rm: Reg::Phys(SP) }),
            Opcode::SymbolValue => {
                let InstructionData::UnaryGlobalValue { global_value, .. } = data else { unreachable!() };
                let GlobalValueData::Symbol { name, offset, .. } = &self.func.global_values[global_value] else {
                    bail!("Thumb-2 backend: only symbol global values are supported");
                };
                let sym = self.sym(name, offset.bits())?;
                self.push(block, MInst::SymAddr { rd: rd.unwrap(), sym });
            }
            Opcode::FuncAddr => {
                let InstructionData::FuncAddr { func_ref, .. } = data else { unreachable!() };
                // A Thumb function's symbol value has bit 0 set, as `blx` needs.
                let name = self.func.dfg.ext_funcs[func_ref].name.clone();
                let sym = self.sym(&name, 0)?;
                self.push(block, MInst::SymAddr { rd: rd.unwrap(), sym });
            }
            Opcode::Load if ty == types::F32 => {
                let InstructionData::Load { offset, .. } = data else { unreachable!() };
                let (rn, off) = self.vfp_address(block, args[0], offset.into());
                self.push(block, MInst::FLoad { sd: rd.unwrap(), rn, off });
            }
            Opcode::Store if dfg.value_type(args[0]) == types::F32 => {
                let InstructionData::Store { offset, .. } = data else { unreachable!() };
                let (rn, off) = self.vfp_address(block, args[1], offset.into());
                self.push(block, MInst::FStore { sd: v(args[0]), rn, off });
            }
            Opcode::Load | Opcode::Uload8 | Opcode::Sload8 | Opcode::Uload16 | Opcode::Sload16 => {
                let InstructionData::Load { offset, .. } = data else { unreachable!() };
                let ty = dfg.value_type(results[0]);
                let size = match (data.opcode(), ty.bits()) {
                    (Opcode::Uload8, _) | (Opcode::Load, 8) => MemSize::U8,
                    (Opcode::Sload8, _) => MemSize::S8,
                    (Opcode::Uload16, _) | (Opcode::Load, 16) => MemSize::U16,
                    (Opcode::Sload16, _) => MemSize::S16,
                    _ => MemSize::Word,
                };
                let inst = match self.address(block, args[0], offset.into()) {
                    Amode::Imm(rn, off) => MInst::Load { size, rd: rd.unwrap(), rn, off },
                    Amode::Idx(rn, rm, shift) => MInst::LoadIdx { size, rd: rd.unwrap(), rn, rm, shift },
                };
                self.push(block, inst);
            }
            Opcode::Store | Opcode::Istore8 | Opcode::Istore16 => {
                let InstructionData::Store { offset, .. } = data else { unreachable!() };
                let size = match (data.opcode(), dfg.value_type(args[0]).bits()) {
                    (Opcode::Istore8, _) | (Opcode::Store, 8) => MemSize::U8,
                    (Opcode::Istore16, _) | (Opcode::Store, 16) => MemSize::U16,
                    _ => MemSize::Word,
                };
                let inst = match self.address(block, args[1], offset.into()) {
                    Amode::Imm(rn, off) => MInst::Store { size, rt: v(args[0]), rn, off },
                    Amode::Idx(rn, rm, shift) => MInst::StoreIdx { size, rt: v(args[0]), rn, rm, shift },
                };
                self.push(block, inst);
            }
            Opcode::StackAddr => {
                let InstructionData::StackAddr { stack_slot, offset, .. } = data else { unreachable!() };
                let off = self.slot_offsets[stack_slot.as_u32() as usize] as i64 + i64::from(i32::from(offset));
                self.alu_const(block, AluOp::Add, rd.unwrap(), Reg::Phys(SP), off);
            }
            Opcode::Call | Opcode::CallIndirect => {
                let (sigref, callee, args) = match data {
                    InstructionData::Call { func_ref, .. } => {
                        let ext = &self.func.dfg.ext_funcs[func_ref];
                        (ext.signature, Err(ext.name.clone()), &args[..])
                    }
                    InstructionData::CallIndirect { sig_ref, .. } => (sig_ref, Ok(v(args[0])), &args[1..]),
                    _ => unreachable!(),
                };
                let sig = self.wide.calls.get(&sigref).unwrap_or(&dfg.signatures[sigref]);
                let (params, returns) = (abi_types(&sig.params), abi_types(&sig.returns));
                let mut call_args = Vec::new();
                // A call on a cold path takes copies of its word arguments and gives a copy of
                // its result: the values themselves then carry no fixed-register constraint,
                // which would make regalloc2 split them in the hot code around it.
                let cold = self.func.layout.is_cold(cl_block);
                for (a, loc) in args.iter().zip(assign_args(&params)?) {
                    match loc {
                        // A constant word argument is made right here (an operator's code, a
                        // line): shared with hot code, it would hold a register across it.
                        ArgLoc::Reg(preg) if !self.float[a.as_u32() as usize] && self.konst(*a).is_some() => {
                            let t = self.temp();
                            let imm = self.konst(*a).unwrap_or(0) as u32;
                            self.push(block, MInst::MovImm { rd: t, imm });
                            call_args.push((t, preg));
                        }
                        ArgLoc::Reg(preg) if cold && !self.float[a.as_u32() as usize] => {
                            let t = self.temp();
                            self.push(block, MInst::MovRR { rd: t, rm: v(*a) });
                            call_args.push((t, preg));
                        }
                        ArgLoc::Reg(preg) => call_args.push((v(*a), preg)),
                        ArgLoc::Stack(index) => self.push(block, MInst::StoreOutArg { rs: v(*a), index }),
                        ArgLoc::Half(preg) => {
                            let t = self.ftemp();
                            self.push(block, MInst::FFromCore { sd: t, rt: v(*a) });
                            call_args.push((t, preg));
                        }
                    }
                }
                let mut ret = Vec::new();
                let mut halves = Vec::new();
                for (r, preg) in results.iter().zip(assign_returns(&returns)?) {
                    match preg {
                        ArgLoc::Half(preg) => {
                            let t = self.ftemp();
                            ret.push((t, preg));
                            halves.push(MInst::FToCore { rd: v(*r), sm: t });
                        }
                        ArgLoc::Reg(preg) if cold && !self.float[r.as_u32() as usize] => {
                            let t = self.temp();
                            ret.push((t, preg));
                            halves.push(MInst::MovRR { rd: v(*r), rm: t });
                        }
                        ArgLoc::Reg(preg) => ret.push((v(*r), preg)),
                        ArgLoc::Stack(_) => unreachable!("results are in registers"),
                    }
                }
                let call = match callee {
                    Ok(rm) => MInst::CallReg { rm, args: call_args, ret },
                    Err(name) => MInst::Call { sym: self.sym(&name, 0)?, args: call_args, ret },
                };
                self.push(block, call);
                for h in halves {
                    self.push(block, h);
                }
            }
            Opcode::Jump => {
                let target = self.func.dfg.insts[inst]
                    .branch_destination(&self.func.dfg.jump_tables, &self.func.dfg.exception_tables)[0];
                let dest = self.block_map[&target.block(&self.func.dfg.value_lists)];
                let bargs = self.block_args(target)?;
                self.push(block, MInst::Jump { target: dest });
                self.blocks[block.0 as usize].branch_args.push(bargs);
            }
            Opcode::Brif => {
                let dests = self.func.dfg.insts[inst]
                    .branch_destination(&self.func.dfg.jump_tables, &self.func.dfg.exception_tables)
                    .to_vec();
                let edges = self.edge_blocks(block, &dests)?;
                if let Some((c, a, b)) = self.fusable_fcmp(args[0], cl_block) {
                    self.push(block, MInst::FBr { cond: c, sn: v(a), sm: v(b), taken: edges[0], not_taken: edges[1] });
                    return Ok(());
                }
                // The overflow flag of the instruction right before (not its sum or difference).
                let flags_def = self.func.dfg.value_def(args[0]).inst();
                let overflow_of = flags_def.filter(|&d| self.func.dfg.inst_results(d).get(1) == Some(&args[0]));
                if overflow_of.is_some_and(|d| self.flags_branch(d)) {
                    let (taken, not_taken) = (edges[0], edges[1]);
                    self.push(block, MInst::BrFlags { cond: Cond::Vs, taken, not_taken });
                    return Ok(());
                }
                let (cond, rn, rhs) = match self.branch_icmp(args[0]) {
                    Some((cc, a, b)) => self.compare(block, cc, a, b),
                    None => match self.fusable_overflow(args[0], cl_block) {
                        Some(flags) => flags,
                        None => match self.fusable_test(args[0], cl_block) {
                            Some((x, imm)) => (Cond::Ne, v(x), CmpRhs::Tst(imm)),
                            None => (Cond::Ne, self.truth_operand(block, args[0]), zero()),
                        },
                    },
                };
                self.push(block, MInst::Br { cond, rn, rhs, taken: edges[0], not_taken: edges[1] });
            }
            Opcode::Return => {
                let returns = abi_types(&self.wide.own.as_ref().unwrap_or(&self.func.signature).returns);
                let mut rv = Vec::new();
                for (a, loc) in args.iter().zip(assign_returns(&returns)?) {
                    match loc {
                        ArgLoc::Half(preg) => {
                            let t = self.ftemp();
                            self.push(block, MInst::FFromCore { sd: t, rt: v(*a) });
                            rv.push((t, preg));
                        }
                        ArgLoc::Reg(preg) => rv.push((v(*a), preg)),
                        ArgLoc::Stack(_) => unreachable!("results are in registers"),
                    }
                }
                self.push(block, MInst::Ret { rv });
            }
            Opcode::Trap => self.push(block, MInst::Trap),
            Opcode::Trapz | Opcode::Trapnz => {
                let (cond, rn, rhs) = match self.fusable_icmp(args[0], cl_block) {
                    Some((cc, a, b)) => self.compare(block, cc, a, b),
                    None => (Cond::Ne, self.truth_operand(block, args[0]), zero()),
                };
                let cond = if data.opcode() == Opcode::Trapz { cond.invert() } else { cond };
                self.push(block, MInst::TrapIf { cond, rn, rhs });
            }
            Opcode::BrTable => {
                let InstructionData::BranchTable { table, .. } = data else { unreachable!() };
                let jt = &self.func.stencil.dfg.jump_tables[table];
                let calls: Vec<ir::BlockCall> =
                    std::iter::once(jt.default_block()).chain(jt.as_slice().iter().copied()).collect();
                let edges = self.edge_blocks(block, &calls)?;
                let n = edges.len() as i64 - 1;
                let idx = self.truth_operand(block, args[0]);
                let bound = match cmp_rhs_of(n) {
                    Some(rhs) => rhs,
                    None => {
                        let t = self.temp();
                        self.push(block, MInst::MovImm { rd: t, imm: n as u32 });
                        CmpRhs::Reg(t)
                    }
                };
                self.push(block, MInst::BrTable { idx, bound, default: edges[0], targets: edges[1..].to_vec() });
            }
            Opcode::Nop => {}
            _ => bail!("Thumb-2 backend: `{}` is not supported yet", dfg.display_inst(inst)),
        }
        Ok(())
    }

    /// The successors of a multi-way branch from `block`: a block of its own for each critical
    /// edge (one into a block with other predecessors), holding the block-argument moves; the
    /// target itself otherwise, its arguments on the branch (regalloc2 moves them at its top).
    fn edge_blocks(&mut self, block: MBlock, dests: &[ir::BlockCall]) -> Result<Vec<MBlock>> {
        let mut edges = Vec::new();
        for d in dests {
            let clif_target = d.block(&self.func.dfg.value_lists);
            let target = self.block_map[&clif_target];
            let bargs = self.block_args(*d)?;
            if self.preds.get(&clif_target) == Some(&1) {
                self.blocks[block.0 as usize].branch_args.push(bargs);
                edges.push(target);
                continue;
            }
            self.blocks[block.0 as usize].branch_args.push(vec![]);
            let edge = MBlock(self.blocks.len() as u32);
            self.edges.push((edge, block, target));
            self.blocks.push(VBlock { params: vec![], insts: vec![MInst::Jump { target }], branch_args: vec![bargs] });
            edges.push(edge);
        }
        Ok(edges)
    }

    fn block_args(&self, call: ir::BlockCall) -> Result<Vec<Reg>> {
        call.args(&self.func.dfg.value_lists)
            .map(|a| match a {
                ir::BlockArg::Value(x) => Ok(v(x)),
                _ => bail!("Thumb-2 backend: exception-handling block arguments are not supported"),
            })
            .collect()
    }
}

/// Where AAPCS (hard-float) passes one 32-bit piece of an argument or result.
enum ArgLoc {
    Reg(PReg),
    /// The n-th word on the stack.
    Stack(u32),
    /// An i32 half of an f64, which travels in an s-register (half of a d-register).
    Half(PReg),
}

/// The types a signature had before narrowing, without special-purpose parameters.
fn abi_types(params: &[ir::AbiParam]) -> Vec<ir::Type> {
    params.iter().map(|p| p.value_type).collect()
}

fn sreg(n: u8) -> PReg {
    SReg::new(n).expect("s0-s15").preg()
}

/// AAPCS with the VFP variant, for `tys` as the source wrote them: one location per 32-bit
/// piece. Words go in r0–r3, an i64 in an even pair of them, then on the stack (8-aligned
/// for 64-bit values); f32 in the lowest free s-register and f64 in the lowest free
/// d-register (s0–s15, back-filling), then on the stack.
fn assign_args(tys: &[ir::Type]) -> Result<Vec<ArgLoc>> {
    let (mut core, mut stack) = (0usize, 0u32);
    let mut free_s = [true; 16];
    let mut vfp_full = false;
    let mut out = Vec::new();
    for ty in tys {
        let wide = ty.bits() == 64;
        if ty.is_float() {
            let fit = if vfp_full {
                None
            } else if wide {
                (0..16).step_by(2).find(|&s| free_s[s] && free_s[s + 1])
            } else {
                (0..16).find(|&s| free_s[s])
            };
            match fit {
                Some(s) if wide => {
                    free_s[s] = false;
                    free_s[s + 1] = false;
                    out.push(ArgLoc::Half(sreg(s as u8)));
                    out.push(ArgLoc::Half(sreg(s as u8 + 1)));
                }
                Some(s) => {
                    free_s[s] = false;
                    out.push(ArgLoc::Reg(sreg(s as u8)));
                }
                None => {
                    vfp_full = true;
                    if wide {
                        stack = stack.next_multiple_of(2);
                        out.extend([ArgLoc::Stack(stack), ArgLoc::Stack(stack + 1)]);
                        stack += 2;
                    } else {
                        out.push(ArgLoc::Stack(stack));
                        stack += 1;
                    }
                }
            }
        } else if wide {
            core = core.next_multiple_of(2);
            if core + 1 < 4 {
                out.extend([ArgLoc::Reg(ARG_REGS[core].preg()), ArgLoc::Reg(ARG_REGS[core + 1].preg())]);
                core += 2;
            } else {
                core = 4;
                stack = stack.next_multiple_of(2);
                out.extend([ArgLoc::Stack(stack), ArgLoc::Stack(stack + 1)]);
                stack += 2;
            }
        } else if core < 4 {
            out.push(ArgLoc::Reg(ARG_REGS[core].preg()));
            core += 1;
        } else {
            out.push(ArgLoc::Stack(stack));
            stack += 1;
        }
    }
    Ok(out)
}

/// Where results come back: words (and i64 halves) in r0–r3, f32 in s0, f64 in d0.
fn assign_returns(tys: &[ir::Type]) -> Result<Vec<ArgLoc>> {
    let (mut core, mut float) = (0usize, 0u8);
    let mut out = Vec::new();
    for ty in tys {
        let pieces = if ty.bits() == 64 { 2 } else { 1 };
        for _ in 0..pieces {
            if ty.is_float() {
                if float == 2 {
                    bail!("Thumb-2 backend: more float results than d0 holds");
                }
                out.push(if pieces == 2 { ArgLoc::Half(sreg(float)) } else { ArgLoc::Reg(sreg(float)) });
                float += 1;
            } else {
                let Some(r) = ARG_REGS.get(core) else { bail!("Thumb-2 backend: more results than r0–r3 hold") };
                out.push(ArgLoc::Reg(r.preg()));
                core += 1;
            }
        }
    }
    Ok(out)
}

/// How a load or store reaches memory.
enum Amode {
    /// `[rn, #off]`
    Imm(Reg, i32),
    /// `[rn, rm, lsl #k]`
    Idx(Reg, Reg, u8),
}

/// Bytes of stack the largest call in `func` passes beyond the registers.
fn outgoing_args(func: &ir::Function, wide: &WideSigs) -> u32 {
    let mut most = 0;
    for block in func.layout.blocks() {
        for inst in func.layout.block_insts(block) {
            let sigref = match func.dfg.insts[inst] {
                InstructionData::Call { func_ref, .. } => Some(func.dfg.ext_funcs[func_ref].signature),
                InstructionData::CallIndirect { sig_ref, .. } => Some(sig_ref),
                _ => None,
            };
            if let Some(sigref) = sigref {
                let sig = wide.calls.get(&sigref).unwrap_or(&func.dfg.signatures[sigref]);
                let words = assign_args(&abi_types(&sig.params))
                    .unwrap_or_default()
                    .iter()
                    .filter_map(|l| if let ArgLoc::Stack(i) = l { Some(i + 1) } else { None })
                    .max()
                    .unwrap_or(0);
                most = most.max(4 * words);
            }
        }
    }
    most
}

/// `blocks` in the given order with the edge blocks placed among them: each right after its
/// source, or right before its target when that edge goes back to a block placed earlier.
fn layout(blocks: &[MBlock], total: usize, edges: &[(MBlock, MBlock, MBlock)]) -> Vec<MBlock> {
    let mut order = Vec::new();
    let mut placed = vec![false; total];
    let mut at = vec![usize::MAX; total];
    for (i, b) in blocks.iter().enumerate() {
        at[b.0 as usize] = i;
    }
    // The edges into and out of each block, in the order of `edges`.
    let mut into = vec![Vec::new(); total];
    let mut out_of = vec![Vec::new(); total];
    for &(edge, source, target) in edges {
        into[target.0 as usize].push((edge, source));
        out_of[source.0 as usize].push(edge);
    }
    for (i, &b) in blocks.iter().enumerate() {
        for &(edge, source) in &into[b.0 as usize] {
            if at[source.0 as usize] >= i && b.0 != 0 && !placed[edge.0 as usize] {
                placed[edge.0 as usize] = true;
                order.push(edge);
            }
        }
        order.push(b);
        for &edge in &out_of[b.0 as usize] {
            if !placed[edge.0 as usize] {
                placed[edge.0 as usize] = true;
                order.push(edge);
            }
        }
    }
    order
}

/// `cmp rn, #c` or `cmn rn, #-c`, if either encodes.
fn cmp_rhs_of(c: i64) -> Option<CmpRhs> {
    ModImm::maybe_from(c as u32)
        .map(CmpRhs::Imm)
        .or_else(|| ModImm::maybe_from((c as u32).wrapping_neg()).map(CmpRhs::NegImm))
}

fn zero() -> CmpRhs {
    CmpRhs::Imm(ModImm::maybe_from(0).expect("0 is encodable"))
}

/// `op rd, rn, #c` if some encoding takes the constant.
fn alu_imm(op: AluOp, rd: Reg, rn: Reg, c: i64) -> Option<MInst> {
    let c32 = c as u32;
    match op {
        AluOp::Add | AluOp::Sub => {
            let (op, neg) = if op == AluOp::Add { (AluOp::Add, AluOp::Sub) } else { (AluOp::Sub, AluOp::Add) };
            if let Some(imm) = Imm12::maybe_from(c32) {
                return Some(MInst::AluRRImm12 { op, rd, rn, imm });
            }
            if let Some(imm) = Imm12::maybe_from(c32.wrapping_neg()) {
                return Some(MInst::AluRRImm12 { op: neg, rd, rn, imm });
            }
            ModImm::maybe_from(c32).map(|imm| MInst::AluRRMod { op, rd, rn, imm })
        }
        AluOp::And | AluOp::Orr | AluOp::Eor => ModImm::maybe_from(c32).map(|imm| MInst::AluRRMod { op, rd, rn, imm }),
        AluOp::Lsl | AluOp::Lsr | AluOp::Asr | AluOp::Ror => match ShiftImm::maybe_from(c32 & 31) {
            Some(amt) => Some(MInst::ShiftRImm { op, rd, rm: rn, amt }),
            None => Some(MInst::MovRR { rd, rm: rn }),
        },
        _ => None,
    }
}

fn cond_of(cc: IntCC) -> Cond {
    match cc {
        IntCC::Equal => Cond::Eq,
        IntCC::NotEqual => Cond::Ne,
        IntCC::SignedLessThan => Cond::Lt,
        IntCC::SignedGreaterThanOrEqual => Cond::Ge,
        IntCC::SignedGreaterThan => Cond::Gt,
        IntCC::SignedLessThanOrEqual => Cond::Le,
        IntCC::UnsignedLessThan => Cond::Lo,
        IntCC::UnsignedGreaterThanOrEqual => Cond::Hs,
        IntCC::UnsignedGreaterThan => Cond::Hi,
        IntCC::UnsignedLessThanOrEqual => Cond::Ls,
    }
}

fn sign_extend(v: i64, bits: u32) -> i64 {
    if bits >= 64 {
        v
    } else {
        (v << (64 - bits)) >> (64 - bits)
    }
}

/// Removes instructions without side effects whose results nothing uses.
fn remove_dead(code: &mut VCode) {
    loop {
        let mut used = vec![false; code.num_vregs as usize];
        for b in &mut code.blocks {
            for r in b.branch_args.iter().flatten() {
                if let Reg::Virt(n) = r {
                    used[*n as usize] = true;
                }
            }
            for i in &mut b.insts {
                i.visit(&mut |r, k| {
                    if let (Reg::Virt(n), super::inst::OpKind::Use | super::inst::OpKind::UseFixed(_)) = (r, k) {
                        used[*n as usize] = true;
                    }
                });
            }
        }
        let mut changed = false;
        for b in &mut code.blocks {
            b.insts.retain_mut(|i| {
                let pure = matches!(
                    i,
                    MInst::MovRR { .. }
                        | MInst::MovImm { .. }
                        | MInst::SymAddr { .. }
                        | MInst::AluRRR { .. }
                        | MInst::AluShifted { .. }
                        | MInst::AluRRMod { .. }
                        | MInst::AluRRImm12 { .. }
                        | MInst::ShiftRImm { .. }
                        | MInst::Extend { .. }
                        | MInst::MulLong { .. }
                        | MInst::Unary { .. }
                        | MInst::MulAcc { .. }
                        | MInst::FAlu { .. }
                        | MInst::FUn { .. }
                        | MInst::FFromCore { .. }
                        | MInst::FToCore { .. }
                        | MInst::FLoad { .. }
                        | MInst::FCmpSet { .. }
                        | MInst::FSelect { .. }
                        | MInst::CmpSet { .. }
                        | MInst::Select { .. }
                        | MInst::Load { .. }
                        | MInst::LoadIdx { .. }
                );
                if !pure {
                    return true;
                }
                let mut live = false;
                i.visit(&mut |r, k| {
                    if let (Reg::Virt(n), super::inst::OpKind::Def) = (r, k) {
                        live |= used[*n as usize];
                    }
                });
                changed |= !live;
                live
            });
        }
        if !changed {
            return;
        }
    }
}
