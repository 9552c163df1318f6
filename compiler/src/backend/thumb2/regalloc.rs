//! Register allocation: `VCode` as a regalloc2 `Function`, the machine environment (AAPCS), and
//! the rewrite of the result into physical registers with spill code. Requires isel's SSA
//! `VCode` with split critical edges; provides instructions on physical registers.

use super::inst::{MInst, MemSize, OpKind};
use super::isel::VCode;
use super::regs::{Gpr, Reg, SReg, IP, SP};
use super::vfp::FUnary;
use anyhow::{anyhow, Result};
use regalloc2::PReg;
use regalloc2::{
    Allocation, Block, Edit, Function, Inst, InstOrEdit, InstRange, MachineEnv, Operand, Output, PRegSet, RegClass,
    RegallocOptions, VReg,
};

struct RaFunc {
    /// regalloc2's block `i` is VCode block `order[i]`: blocks in emission order, so that live
    /// ranges follow the code as it will be laid out (an edge block beside its edge).
    order: Vec<usize>,
    insts: Vec<MInst>,
    ranges: Vec<(usize, usize)>,
    succs: Vec<Vec<Block>>,
    preds: Vec<Vec<Block>>,
    params: Vec<Vec<VReg>>,
    branch_args: Vec<Vec<Vec<VReg>>>,
    operands: Vec<Vec<Operand>>,
    clobbers: Vec<PRegSet>,
    num_vregs: usize,
}

fn vreg(r: Reg, float: &[bool]) -> VReg {
    match r {
        Reg::Virt(n) if float[n as usize] => VReg::new(n as usize, RegClass::Float),
        Reg::Virt(n) => VReg::new(n as usize, RegClass::Int),
        other => panic!("{other} before allocation"),
    }
}

/// What a call leaves undefined: r0–r3, ip, lr and s0–s15, less the result register.
fn caller_saved_clobbers(defs: &[PReg]) -> PRegSet {
    let mut s = PRegSet::empty();
    let core = [0, 1, 2, 3, 12, 14].map(|g| Gpr::new(g).expect("a register").preg());
    let float = (0..16).map(|n| SReg::new(n).expect("an s-register").preg());
    for p in core.into_iter().chain(float) {
        if !defs.contains(&p) {
            s.add(p);
        }
    }
    s
}

impl RaFunc {
    fn new(code: &VCode) -> RaFunc {
        let n = code.blocks.len();
        let order: Vec<usize> = code.order.iter().map(|b| b.0 as usize).collect();
        let mut pos = vec![0; n];
        for (i, &b) in order.iter().enumerate() {
            pos[b] = i;
        }
        let mut f = RaFunc {
            order: order.clone(),
            insts: Vec::new(),
            ranges: Vec::new(),
            succs: vec![Vec::new(); n],
            preds: vec![Vec::new(); n],
            params: Vec::new(),
            branch_args: Vec::new(),
            operands: Vec::new(),
            clobbers: Vec::new(),
            num_vregs: code.num_vregs as usize,
        };
        for (bi, b) in order.iter().map(|&b| &code.blocks[b]).enumerate() {
            let start = f.insts.len();
            for i in &b.insts {
                let mut i = i.clone();
                let mut ops = Vec::new();
                i.visit(&mut |r, k| {
                    // Physical operands (sp for stack slots) are fixed, not allocated.
                    if !matches!(r, Reg::Virt(_)) {
                        return;
                    }
                    ops.push(match k {
                        OpKind::Use => Operand::reg_use(vreg(*r, &code.float)),
                        OpKind::Def => Operand::reg_def(vreg(*r, &code.float)),
                        OpKind::UseFixed(p) => Operand::reg_fixed_use(vreg(*r, &code.float), p),
                        OpKind::DefFixed(p) => Operand::reg_fixed_def(vreg(*r, &code.float), p),
                    })
                });
                let clobbers = match &i {
                    MInst::Call { ret, .. } | MInst::CallReg { ret, .. } => {
                        caller_saved_clobbers(&ret.iter().map(|(_, p)| *p).collect::<Vec<_>>())
                    }
                    _ => PRegSet::empty(),
                };
                f.operands.push(ops);
                f.clobbers.push(clobbers);
                f.insts.push(i);
            }
            f.ranges.push((start, f.insts.len()));
            let succs: Vec<Block> = b
                .insts
                .last()
                .map(|t| t.successors().iter().map(|s| Block::new(pos[s.0 as usize])).collect())
                .unwrap_or_default();
            for s in &succs {
                f.preds[s.index()].push(Block::new(bi));
            }
            f.succs[bi] = succs;
            f.params.push(b.params.iter().map(|r| vreg(*r, &code.float)).collect());
            f.branch_args
                .push(b.branch_args.iter().map(|a| a.iter().map(|r| vreg(*r, &code.float)).collect()).collect());
        }
        f
    }
}

impl Function for RaFunc {
    fn num_insts(&self) -> usize {
        self.insts.len()
    }
    fn num_blocks(&self) -> usize {
        self.ranges.len()
    }
    fn entry_block(&self) -> Block {
        Block::new(0)
    }
    fn block_insns(&self, block: Block) -> InstRange {
        let (s, e) = self.ranges[block.index()];
        InstRange::new(Inst::new(s), Inst::new(e))
    }
    fn block_succs(&self, block: Block) -> &[Block] {
        &self.succs[block.index()]
    }
    fn block_preds(&self, block: Block) -> &[Block] {
        &self.preds[block.index()]
    }
    fn block_params(&self, block: Block) -> &[VReg] {
        &self.params[block.index()]
    }
    fn is_ret(&self, insn: Inst) -> bool {
        matches!(self.insts[insn.index()], MInst::Ret { .. } | MInst::Trap)
    }
    fn is_branch(&self, insn: Inst) -> bool {
        matches!(
            self.insts[insn.index()],
            MInst::Br { .. } | MInst::FBr { .. } | MInst::BrFlags { .. } | MInst::Jump { .. } | MInst::BrTable { .. }
        )
    }
    fn branch_blockparams(&self, block: Block, _insn: Inst, succ_idx: usize) -> &[VReg] {
        &self.branch_args[block.index()][succ_idx]
    }
    fn inst_operands(&self, insn: Inst) -> &[Operand] {
        &self.operands[insn.index()]
    }
    fn inst_clobbers(&self, insn: Inst) -> PRegSet {
        self.clobbers[insn.index()]
    }
    fn num_vregs(&self) -> usize {
        self.num_vregs
    }
    fn spillslot_size(&self, _regclass: RegClass) -> usize {
        1
    }
}

/// AAPCS as regalloc2 sees it; ip (r12) is the scratch register when `ip_scratch` (else
/// regalloc2 finds a free register, or frees one, where it needs one); sp, lr, pc are never
/// allocated. A leaf function prefers caller-saved r0–r3 (nothing to save); a function that
/// calls prefers callee-saved r4–r11, so that values need not move around each call.
pub fn machine_env(calls: bool, ip_scratch: bool) -> MachineEnv {
    let set = |regs: std::ops::RangeInclusive<u8>| -> PRegSet {
        regs.map(|n| Gpr::new(n).expect("a register").preg()).collect()
    };
    let (preferred, other) = if calls { (set(4..=11), set(0..=3)) } else { (set(0..=3), set(4..=11)) };
    let sregs =
        |r: std::ops::Range<u8>| -> PRegSet { r.map(|n| SReg::new(n).expect("an s-register").preg()).collect() };
    let (fpreferred, fother) = if calls { (sregs(16..32), sregs(0..16)) } else { (sregs(0..16), sregs(16..32)) };
    MachineEnv {
        preferred_regs_by_class: [preferred, fpreferred, PRegSet::empty()],
        non_preferred_regs_by_class: [other, fother, PRegSet::empty()],
        scratch_by_class: [ip_scratch.then(|| IP.preg()), None, None],
        fixed_stack_slots: vec![],
    }
}

/// The function after allocation: blocks of instructions on physical registers.
pub struct Allocated {
    pub blocks: Vec<Vec<MInst>>,
    pub spill_slots: u32,
}

/// Allocates registers for `code`; spill slot `k` lives at `[sp, #outgoing_args + slots + 4k]`.
///
/// regalloc2 may keep a value in its scratch register, ip, across several moves; but a spill
/// or reload past the immediate offsets needs ip for its address. So a function whose moves
/// reach that far is allocated again without a scratch register, leaving ip to the emitter.
pub fn allocate(code: &VCode) -> Result<Allocated> {
    let f = RaFunc::new(code);
    match allocate_with(code, &f, true)? {
        (_, true) => Ok(allocate_with(code, &f, false)?.0),
        (allocated, false) => Ok(allocated),
    }
}

/// The allocation, and whether a spill, reload or stack-to-stack move is out of reach of the
/// immediate offsets.
fn allocate_with(code: &VCode, f: &RaFunc, ip_scratch: bool) -> Result<(Allocated, bool)> {
    let calls = f.insts.iter().any(|i| matches!(i, MInst::Call { .. } | MInst::CallReg { .. }));
    let options = RegallocOptions { validate_ssa: cfg!(debug_assertions), ..RegallocOptions::default() };
    let out: Output = regalloc2::run(f, &machine_env(calls, ip_scratch), &options)
        .map_err(|e| anyhow!("register allocation failed: {e:?}"))?;
    let mut far_move = false;
    let slot_off = |a: Allocation| -> Option<i32> {
        a.as_stack().map(|s| (code.outgoing_args + code.slots_size + 4 * s.index() as u32) as i32)
    };
    let mut blocks = vec![Vec::new(); f.ranges.len()];
    for b in 0..f.ranges.len() {
        let mut insts = Vec::new();
        for ie in out.block_insts_and_edits(f, Block::new(b)) {
            match ie {
                InstOrEdit::Inst(i) => {
                    let allocs = out.inst_allocs(i);
                    let mut inst = f.insts[i.index()].clone();
                    let mut n = 0;
                    let mut bad = false;
                    inst.visit(&mut |r, _| {
                        if !matches!(r, Reg::Virt(_)) {
                            return;
                        }
                        match allocs[n].as_reg() {
                            Some(p) => *r = Reg::from_preg(p),
                            None => bad = true,
                        }
                        n += 1;
                    });
                    if bad {
                        return Err(anyhow!(
                            "register allocation put an operand of `{}` on the stack",
                            f.insts[i.index()]
                        ));
                    }
                    insts.push(inst);
                }
                InstOrEdit::Edit(Edit::Move { from, to }) => {
                    let sp = Reg::Phys(SP);
                    let inst = match (
                        from.as_reg().map(Reg::from_preg),
                        to.as_reg().map(Reg::from_preg),
                        slot_off(*from),
                        slot_off(*to),
                    ) {
                        (Some(rm), Some(rd), _, _) if rm == rd => continue,
                        (Some(rm @ Reg::PhysS(_)), Some(rd), _, _) => MInst::FUn { op: FUnary::Mov, sd: rd, sm: rm },
                        (Some(rm), Some(rd), _, _) => MInst::MovRR { rd, rm },
                        (Some(sd @ Reg::PhysS(_)), None, _, Some(off)) => MInst::FStore { sd, rn: sp, off },
                        (Some(rt), None, _, Some(off)) => MInst::Store { size: MemSize::Word, rt, rn: sp, off },
                        (None, Some(sd @ Reg::PhysS(_)), Some(off), _) => MInst::FLoad { sd, rn: sp, off },
                        (None, Some(rd), Some(off), _) => MInst::Load { size: MemSize::Word, rd, rn: sp, off },
                        _ => return Err(anyhow!("unexpected move {from} -> {to}")),
                    };
                    far_move |= match &inst {
                        MInst::Load { off, .. } | MInst::Store { off, .. } => *off > 4095,
                        MInst::FLoad { off, .. } | MInst::FStore { off, .. } => *off > 1020,
                        _ => false,
                    };
                    insts.push(inst);
                }
            }
        }
        blocks[f.order[b]] = insts;
    }
    drop_redundant_moves(&mut blocks, &f.order);
    Ok((Allocated { blocks, spill_slots: out.num_spillslots as u32 }, far_move))
}

/// Drops each `mov rd, rm` where `rd` already holds `rm`'s value: regalloc2 sometimes moves a
/// value into a register that a move just before (in the block, or at the end of the block's
/// only predecessor) already put there. Tracks register copies forward; a def of either
/// register ends a copy, and a call ends them all (it clobbers the caller-saved registers).
fn drop_redundant_moves(blocks: &mut [Vec<MInst>], order: &[usize]) {
    let n = blocks.len();
    let mut preds = vec![0usize; n];
    for insts in blocks.iter() {
        if let Some(last) = insts.last() {
            for s in last.successors() {
                preds[s.0 as usize] += 1;
            }
        }
    }
    // The copies known at the end of each block, for successors it is the only predecessor of.
    let mut incoming: Vec<Option<Vec<(Reg, Reg)>>> = vec![None; n];
    for &b in order {
        let mut copies = if preds[b] == 1 { incoming[b].take().unwrap_or_default() } else { Vec::new() };
        let ip = Reg::Phys(IP);
        blocks[b].retain_mut(|inst| {
            if let MInst::MovRR { rd, rm } = inst {
                let (rd, rm) = (*rd, *rm);
                if rd == rm {
                    return false;
                }
                // ip (regalloc2's scratch) is also the emitter's, for far loads and stores,
                // unseen here: its copies are never kept.
                if rd != ip && rm != ip && copies.iter().any(|&(a, b)| (a, b) == (rd, rm) || (a, b) == (rm, rd)) {
                    return false;
                }
                copies.retain(|&(a, b)| a != rd && b != rd);
                if rd != ip && rm != ip {
                    copies.push((rd, rm));
                }
                return true;
            }
            if matches!(inst, MInst::Call { .. } | MInst::CallReg { .. }) {
                copies.clear();
                return true;
            }
            inst.visit(&mut |r, kind| {
                if matches!(kind, OpKind::Def | OpKind::DefFixed(_)) {
                    let r = *r;
                    copies.retain(|&(a, b)| a != r && b != r);
                }
            });
            true
        });
        if let Some(last) = blocks[b].last() {
            for s in last.successors() {
                incoming[s.0 as usize] = Some(copies.clone());
            }
        }
    }
}
