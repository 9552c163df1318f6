//! Machine instructions before and after register allocation, and how their operands are
//! constrained. One `MInst` may expand to a few encodings (see `emit.rs`).

use super::imms::{Imm12, ModImm, ShiftImm};
use super::regs::{Cond, Reg};
use super::vfp::{FOp, FUnary};
use regalloc2::PReg;
use std::fmt;

/// A machine block, numbered in emission order.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Hash)]
pub struct MBlock(pub u32);

/// Index of a symbol in the function's relocation target list.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct SymRef(pub u32);

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum AluOp {
    Add,
    Sub,
    And,
    Orr,
    Eor,
    Mul,
    Lsl,
    Lsr,
    Asr,
    Ror,
    Sdiv,
    Udiv,
}

impl AluOp {
    pub fn name(self) -> &'static str {
        use AluOp::*;
        match self {
            Add => "add",
            Sub => "sub",
            And => "and",
            Orr => "orr",
            Eor => "eor",
            Mul => "mul",
            Lsl => "lsl",
            Lsr => "lsr",
            Asr => "asr",
            Ror => "ror",
            Sdiv => "sdiv",
            Udiv => "udiv",
        }
    }
}

/// The shift applied to the second register of a data-processing instruction.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Shift {
    Lsl,
    Lsr,
    Asr,
}

impl Shift {
    /// The encoding's `type` field and the name.
    pub fn kind(self) -> (u32, &'static str) {
        match self {
            Shift::Lsl => (0, "lsl"),
            Shift::Lsr => (1, "lsr"),
            Shift::Asr => (2, "asr"),
        }
    }
}

/// The operations that take a shifted register: `add`, `sub`, `rsb`, `and`, `orr`, `eor`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ShiftedOp {
    Add,
    Sub,
    /// `rsb rd, rn, rm, <shift>`: (rm shifted) − rn.
    Rsb,
    And,
    Orr,
    Eor,
}

impl ShiftedOp {
    /// The data-processing (shifted register) `op` field, A5.3.11, and the name.
    pub fn code(self) -> (u32, &'static str) {
        match self {
            ShiftedOp::Add => (0b1000, "add"),
            ShiftedOp::Sub => (0b1101, "sub"),
            ShiftedOp::Rsb => (0b1110, "rsb"),
            ShiftedOp::And => (0b0000, "and"),
            ShiftedOp::Orr => (0b0010, "orr"),
            ShiftedOp::Eor => (0b0100, "eor"),
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ExtendOp {
    Uxtb,
    Sxtb,
    Uxth,
    Sxth,
}

/// One-operand operations: `rsb rd, rm, #0`, `mvn`, `clz`, `rbit`, `rev`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum UnaryOp {
    Neg,
    Not,
    Clz,
    Rbit,
    Rev,
}

/// Access width of a load or store; loads of narrow widths zero- or sign-extend.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum MemSize {
    U8,
    S8,
    U16,
    S16,
    Word,
}

/// What a comparison compares its register with.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum CmpRhs {
    Reg(Reg),
    /// `cmp rn, #imm`
    Imm(ModImm),
    /// `cmn rn, #imm`: compares with −imm.
    NegImm(ModImm),
    /// `cmn rn, rm`: sets the flags of `rn + rm` (its overflow: V).
    NegReg(Reg),
    /// `cmp.w rn, rm, <shift> #amt`: compares with a shifted register.
    Shifted(Reg, Shift, ShiftImm),
    /// `tst.w rn, #imm`: the flags of `rn & imm` (for `eq`/`ne` only).
    Tst(ModImm),
}

/// The second operand of [`MInst::AddSubFlags`].
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum FlagsRhs {
    Reg(Reg),
    Imm(ModImm),
}

#[derive(Clone, Debug)]
pub enum MInst {
    /// Defines the function's register arguments (r0–r3) at entry.
    Args {
        regs: Vec<(Reg, PReg)>,
    },
    /// Loads stack-passed argument `index` (counting from the fifth).
    LoadArg {
        rd: Reg,
        index: u32,
    },
    MovRR {
        rd: Reg,
        rm: Reg,
    },
    /// Any 32-bit constant: `movs`, `mov.w`, `mvn` or `movw`/`movt`.
    MovImm {
        rd: Reg,
        imm: u32,
    },
    /// The address of a symbol plus an offset: `movw`/`movt` with relocations.
    SymAddr {
        rd: Reg,
        sym: SymRef,
    },
    AluRRR {
        op: AluOp,
        rd: Reg,
        rn: Reg,
        rm: Reg,
    },
    /// `op rd, rn, rm, <shift> #amt`: one operand shifted for free.
    AluShifted {
        op: ShiftedOp,
        rd: Reg,
        rn: Reg,
        rm: Reg,
        shift: Shift,
        amt: ShiftImm,
    },
    /// `add`/`sub`/`and`/`orr`/`eor` with a modified immediate.
    AluRRMod {
        op: AluOp,
        rd: Reg,
        rn: Reg,
        imm: ModImm,
    },
    /// `addw`/`subw` with a 12-bit immediate.
    AluRRImm12 {
        op: AluOp,
        rd: Reg,
        rn: Reg,
        imm: Imm12,
    },
    /// `lsl`/`lsr`/`asr` by an immediate.
    ShiftRImm {
        op: AluOp,
        rd: Reg,
        rm: Reg,
        amt: ShiftImm,
    },
    /// `rdhi:rdlo = rn * rm` as 64 bits, signed or unsigned (`smull`/`umull`).
    MulLong {
        signed: bool,
        rdlo: Reg,
        rdhi: Reg,
        rn: Reg,
        rm: Reg,
    },
    /// `rd = ra + rn * rm` (`mla`) or `rd = ra - rn * rm` (`mls`).
    MulAcc {
        sub: bool,
        rd: Reg,
        rn: Reg,
        rm: Reg,
        ra: Reg,
    },
    Extend {
        op: ExtendOp,
        rd: Reg,
        rm: Reg,
    },
    Unary {
        op: UnaryOp,
        rd: Reg,
        rm: Reg,
    },
    /// `rd = (rn <cond> rhs) ? 1 : 0`
    CmpSet {
        rd: Reg,
        cond: Cond,
        rn: Reg,
        rhs: CmpRhs,
    },
    /// `rd = (rn <cond> rhs) ? rt : rf`
    Select {
        rd: Reg,
        cond: Cond,
        rn: Reg,
        rhs: CmpRhs,
        rt: Reg,
        rf: Reg,
    },
    Load {
        size: MemSize,
        rd: Reg,
        rn: Reg,
        off: i32,
    },
    Store {
        size: MemSize,
        rt: Reg,
        rn: Reg,
        off: i32,
    },
    /// `ldr rd, [rn, rm, lsl #shift]` (shift 0–3).
    LoadIdx {
        size: MemSize,
        rd: Reg,
        rn: Reg,
        rm: Reg,
        shift: u8,
    },
    /// `str rt, [rn, rm, lsl #shift]` (shift 0–3).
    StoreIdx {
        size: MemSize,
        rt: Reg,
        rn: Reg,
        rm: Reg,
        shift: u8,
    },
    /// Stores outgoing argument `index` (from the fifth) before a call.
    StoreOutArg {
        rs: Reg,
        index: u32,
    },
    Call {
        sym: SymRef,
        /// Register arguments with the registers AAPCS puts them in (r0–r3, s0–s15).
        args: Vec<(Reg, PReg)>,
        /// Results with their registers: r0 (to r3 for 64-bit pairs), s0 (s1).
        ret: Vec<(Reg, PReg)>,
    },
    /// `rd = rn ± rhs`, setting the flags (`adds`/`subs`), for the [`MInst::BrFlags`] that
    /// follows it in the same block: only register moves, loads and stores (none of which
    /// sets flags) may come between them.
    AddSubFlags {
        sub: bool,
        rd: Reg,
        rn: Reg,
        rhs: FlagsRhs,
    },
    /// A two-word sum or difference: `lo = alo ± blo` then `hi = ahi ± bhi` with the carry
    /// (`adds`+`adcs`, `subs`+`sbcs`), setting the flags: V says whether the pair overflowed,
    /// for a [`MInst::BrFlags`] or [`MInst::SetCond`] after it, as for `AddSubFlags`.
    AddSubPair {
        sub: bool,
        lo: Reg,
        hi: Reg,
        alo: Reg,
        ahi: Reg,
        blo: Reg,
        bhi: Reg,
    },
    /// `rd = cond ? 1 : 0` on the flags the instruction before it set (as for `BrFlags`).
    SetCond {
        rd: Reg,
        cond: Cond,
    },
    /// Branch on the flags the [`MInst::AddSubFlags`] before it set: to `taken` if `cond`,
    /// else to `not_taken`.
    BrFlags {
        cond: Cond,
        taken: MBlock,
        not_taken: MBlock,
    },
    /// Compare and branch: to `taken` if `rn <cond> rhs`, else to `not_taken`.
    Br {
        cond: Cond,
        rn: Reg,
        rhs: CmpRhs,
        taken: MBlock,
        not_taken: MBlock,
    },
    Jump {
        target: MBlock,
    },
    /// `cmp idx, #n; bhs default; tbh [pc, idx, lsl #1]`, a table of halfword offsets, and a
    /// branch to each target after it (TBH reaches forward only; the targets may be behind).
    BrTable {
        idx: Reg,
        /// `n`, the number of entries, as the compare takes it.
        bound: CmpRhs,
        default: MBlock,
        targets: Vec<MBlock>,
    },
    /// `blx rm`: a call through a register.
    CallReg {
        rm: Reg,
        args: Vec<(Reg, PReg)>,
        ret: Vec<(Reg, PReg)>,
    },
    /// Traps (`udf`) if `rn <cond> rhs`.
    TrapIf {
        cond: Cond,
        rn: Reg,
        rhs: CmpRhs,
    },
    Ret {
        rv: Vec<(Reg, PReg)>,
    },
    Trap,
    /// Where the code of a source line starts; emits nothing.
    Line(u32),
    /// `sd = sn op sm` (f32).
    FAlu {
        op: FOp,
        sd: Reg,
        sn: Reg,
        sm: Reg,
    },
    /// `sd = op(sm)`: moves, abs, neg, sqrt, conversions between f32 and integers.
    FUn {
        op: FUnary,
        sd: Reg,
        sm: Reg,
    },
    /// `vmov sd, rt`: bits of a core register into an s-register.
    FFromCore {
        sd: Reg,
        rt: Reg,
    },
    /// `vmov rd, sm`: bits of an s-register into a core register.
    FToCore {
        rd: Reg,
        sm: Reg,
    },
    FLoad {
        sd: Reg,
        rn: Reg,
        off: i32,
    },
    FStore {
        sd: Reg,
        rn: Reg,
        off: i32,
    },
    /// `rd = (sn <cond> sm) ? 1 : 0` after `vcmp` + `vmrs`.
    FCmpSet {
        rd: Reg,
        cond: Cond,
        /// A second condition that also makes the result 1 (for `one` and `ueq`).
        or: Option<Cond>,
        sn: Reg,
        sm: Reg,
    },
    /// Float compare and branch.
    FBr {
        cond: Cond,
        sn: Reg,
        sm: Reg,
        taken: MBlock,
        not_taken: MBlock,
    },
    /// `sd = (rn <cond> rhs) ? st : sf`
    FSelect {
        sd: Reg,
        cond: Cond,
        rn: Reg,
        rhs: CmpRhs,
        st: Reg,
        sf: Reg,
    },
}

/// How an operand is constrained for the register allocator.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum OpKind {
    Use,
    Def,
    UseFixed(PReg),
    DefFixed(PReg),
}

impl MInst {
    /// Calls `f` on every register operand, uses before defs (the order regalloc2 is given
    /// them in, and the order allocations come back in).
    pub fn visit(&mut self, f: &mut impl FnMut(&mut Reg, OpKind)) {
        use MInst::*;
        use OpKind::*;
        let rhs = |rhs: &mut CmpRhs, f: &mut dyn FnMut(&mut Reg, OpKind)| {
            if let CmpRhs::Reg(r) | CmpRhs::NegReg(r) | CmpRhs::Shifted(r, ..) = rhs {
                f(r, Use)
            }
        };
        match self {
            Args { regs } => regs.iter_mut().for_each(|(r, p)| f(r, DefFixed(*p))),
            LoadArg { rd, .. } | MovImm { rd, .. } | SymAddr { rd, .. } => f(rd, Def),
            MovRR { rd, rm } | ShiftRImm { rd, rm, .. } | Extend { rd, rm, .. } | Unary { rd, rm, .. } => {
                f(rm, Use);
                f(rd, Def);
            }
            AluRRR { rd, rn, rm, .. } | AluShifted { rd, rn, rm, .. } => {
                f(rn, Use);
                f(rm, Use);
                f(rd, Def);
            }
            AluRRMod { rd, rn, .. } | AluRRImm12 { rd, rn, .. } => {
                f(rn, Use);
                f(rd, Def);
            }
            MulLong { rdlo, rdhi, rn, rm, .. } => {
                f(rn, Use);
                f(rm, Use);
                f(rdlo, Def);
                f(rdhi, Def);
            }
            MulAcc { rd, rn, rm, ra, .. } => {
                f(rn, Use);
                f(rm, Use);
                f(ra, Use);
                f(rd, Def);
            }
            CmpSet { rd, rn, rhs: r, .. } => {
                f(rn, Use);
                rhs(r, f);
                f(rd, Def);
            }
            Select { rd, rn, rhs: r, rt, rf, .. } => {
                f(rn, Use);
                rhs(r, f);
                f(rt, Use);
                f(rf, Use);
                f(rd, Def);
            }
            Load { rd, rn, .. } => {
                f(rn, Use);
                f(rd, Def);
            }
            Store { rt, rn, .. } => {
                f(rt, Use);
                f(rn, Use);
            }
            LoadIdx { rd, rn, rm, .. } => {
                f(rn, Use);
                f(rm, Use);
                f(rd, Def);
            }
            StoreIdx { rt, rn, rm, .. } => {
                f(rt, Use);
                f(rn, Use);
                f(rm, Use);
            }
            StoreOutArg { rs, .. } => f(rs, Use),
            CallReg { rm, args, ret } => {
                f(rm, Use);
                args.iter_mut().for_each(|(r, p)| f(r, UseFixed(*p)));
                ret.iter_mut().for_each(|(r, p)| f(r, DefFixed(*p)));
            }
            BrTable { idx, bound: r, .. } | TrapIf { rn: idx, rhs: r, .. } => {
                f(idx, Use);
                rhs(r, f);
            }
            Call { args, ret, .. } => {
                args.iter_mut().for_each(|(r, p)| f(r, UseFixed(*p)));
                ret.iter_mut().for_each(|(r, p)| f(r, DefFixed(*p)));
            }
            Br { rn, rhs: r, .. } => {
                f(rn, Use);
                rhs(r, f);
            }
            AddSubFlags { rd, rn, rhs: r, .. } => {
                f(rn, Use);
                if let FlagsRhs::Reg(rm) = r {
                    f(rm, Use);
                }
                f(rd, Def);
            }
            AddSubPair { lo, hi, alo, ahi, blo, bhi, .. } => {
                f(alo, Use);
                f(ahi, Use);
                f(blo, Use);
                f(bhi, Use);
                f(lo, Def);
                f(hi, Def);
            }
            SetCond { rd, .. } => f(rd, Def),
            Ret { rv } => {
                rv.iter_mut().for_each(|(r, p)| f(r, UseFixed(*p)));
            }
            Jump { .. } | BrFlags { .. } | Trap | Line(_) => {}
            FAlu { sd, sn, sm, .. } => {
                f(sn, Use);
                f(sm, Use);
                f(sd, Def);
            }
            FUn { sd, sm, .. } | FFromCore { sd, rt: sm } | FToCore { rd: sd, sm } => {
                f(sm, Use);
                f(sd, Def);
            }
            FLoad { sd, rn, .. } => {
                f(rn, Use);
                f(sd, Def);
            }
            FStore { sd, rn, .. } => {
                f(sd, Use);
                f(rn, Use);
            }
            FCmpSet { rd, sn, sm, .. } => {
                f(sn, Use);
                f(sm, Use);
                f(rd, Def);
            }
            FBr { sn, sm, .. } => {
                f(sn, Use);
                f(sm, Use);
            }
            FSelect { sd, rn, rhs: r, st, sf, .. } => {
                f(rn, Use);
                rhs(r, f);
                f(st, Use);
                f(sf, Use);
                f(sd, Def);
            }
        }
    }

    pub fn successors(&self) -> Vec<MBlock> {
        match self {
            MInst::Br { taken, not_taken, .. }
            | MInst::FBr { taken, not_taken, .. }
            | MInst::BrFlags { taken, not_taken, .. } => vec![*taken, *not_taken],
            MInst::Jump { target } => vec![*target],
            MInst::BrTable { default, targets, .. } => {
                std::iter::once(*default).chain(targets.iter().copied()).collect()
            }
            _ => vec![],
        }
    }
}

impl fmt::Display for CmpRhs {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CmpRhs::Reg(r) => write!(f, "{r}"),
            CmpRhs::Imm(i) => write!(f, "#{}", i.value()),
            CmpRhs::NegImm(i) => write!(f, "#-{}", i.value()),
            CmpRhs::NegReg(r) => write!(f, "-{r}"),
            CmpRhs::Shifted(r, shift, amt) => write!(f, "{r}, {} #{}", shift.kind().1, amt.value()),
            CmpRhs::Tst(i) => write!(f, "&#{}", i.value()),
        }
    }
}

/// The instruction before it is encoded, for `--emit asm` before allocation and for errors.
impl fmt::Display for MInst {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use MInst::*;
        match self {
            Args { regs } => write!(f, "args {}", pairs(regs)),
            LoadArg { rd, index } => write!(f, "{rd} = stack_arg {index}"),
            MovRR { rd, rm } => write!(f, "mov {rd}, {rm}"),
            MovImm { rd, imm } => write!(f, "mov {rd}, #{imm:#x}"),
            SymAddr { rd, sym } => write!(f, "addr {rd}, sym{}", sym.0),
            AluRRR { op, rd, rn, rm } => write!(f, "{} {rd}, {rn}, {rm}", op.name()),
            AluShifted { op, rd, rn, rm, shift, amt } => {
                write!(f, "{} {rd}, {rn}, {rm}, {} #{}", op.code().1, shift.kind().1, amt.value())
            }
            AluRRMod { op, rd, rn, imm } => write!(f, "{} {rd}, {rn}, #{}", op.name(), imm.value()),
            AluRRImm12 { op, rd, rn, imm } => write!(f, "{}w {rd}, {rn}, #{}", op.name(), imm.value()),
            ShiftRImm { op, rd, rm, amt } => write!(f, "{} {rd}, {rm}, #{}", op.name(), amt.value()),
            MulAcc { sub, rd, rn, rm, ra } => write!(f, "{} {rd}, {rn}, {rm}, {ra}", if *sub { "mls" } else { "mla" }),
            MulLong { signed, rdlo, rdhi, rn, rm } => {
                write!(f, "{}mull {rdlo}, {rdhi}, {rn}, {rm}", if *signed { "s" } else { "u" })
            }
            Extend { op, rd, rm } => write!(f, "{op:?} {rd}, {rm}"),
            Unary { op, rd, rm } => write!(f, "{op:?} {rd}, {rm}"),
            CmpSet { rd, cond, rn, rhs } => write!(f, "{rd} = ({rn} {} {rhs})", cond.name()),
            Select { rd, cond, rn, rhs, rt, rf } => write!(f, "{rd} = ({rn} {} {rhs}) ? {rt} : {rf}", cond.name()),
            Load { size, rd, rn, off } => write!(f, "ldr.{size:?} {rd}, [{rn}, #{off}]"),
            Store { size, rt, rn, off } => write!(f, "str.{size:?} {rt}, [{rn}, #{off}]"),
            LoadIdx { size, rd, rn, rm, shift } => write!(f, "ldr.{size:?} {rd}, [{rn}, {rm}, lsl #{shift}]"),
            StoreIdx { size, rt, rn, rm, shift } => write!(f, "str.{size:?} {rt}, [{rn}, {rm}, lsl #{shift}]"),
            StoreOutArg { rs, index } => write!(f, "out_arg {index}, {rs}"),
            Call { sym, args, ret } => write!(f, "call sym{} ({}) -> ({})", sym.0, pairs(args), pairs(ret)),
            Br { cond, rn, rhs, taken, not_taken } => {
                write!(f, "br {rn} {} {rhs}, b{}, b{}", cond.name(), taken.0, not_taken.0)
            }
            AddSubFlags { sub, rd, rn, rhs } => {
                let rhs = match rhs {
                    FlagsRhs::Reg(r) => r.to_string(),
                    FlagsRhs::Imm(i) => format!("#{}", i.value()),
                };
                write!(f, "{} {rd}, {rn}, {rhs}", if *sub { "subs" } else { "adds" })
            }
            AddSubPair { sub, lo, hi, alo, ahi, blo, bhi } => {
                let (l, h) = if *sub { ("subs", "sbcs") } else { ("adds", "adcs") };
                write!(f, "{l} {lo}, {alo}, {blo}; {h} {hi}, {ahi}, {bhi}")
            }
            SetCond { rd, cond } => write!(f, "{rd} = {}", cond.name()),
            BrFlags { cond, taken, not_taken } => write!(f, "b{} b{}, b{}", cond.name(), taken.0, not_taken.0),
            Jump { target } => write!(f, "b b{}", target.0),
            Ret { rv } => write!(f, "ret {}", pairs(rv)),
            Trap => write!(f, "udf"),
            Line(l) => write!(f, "; line {l}"),
            FAlu { op, sd, sn, sm } => write!(f, "{op:?}.f32 {sd}, {sn}, {sm}"),
            FUn { op, sd, sm } => write!(f, "{op:?}.f32 {sd}, {sm}"),
            FFromCore { sd, rt } => write!(f, "vmov {sd}, {rt}"),
            FToCore { rd, sm } => write!(f, "vmov {rd}, {sm}"),
            FLoad { sd, rn, off } => write!(f, "vldr {sd}, [{rn}, #{off}]"),
            FStore { sd, rn, off } => write!(f, "vstr {sd}, [{rn}, #{off}]"),
            FCmpSet { rd, cond, or, sn, sm } => {
                write!(
                    f,
                    "{rd} = ({sn} {}{} {sm})",
                    cond.name(),
                    or.map(|c| format!("|{}", c.name())).unwrap_or_default()
                )
            }
            BrTable { idx, bound, default, targets } => write!(
                f,
                "br_table {idx} < {bound}, [{}], b{}",
                targets.iter().map(|t| format!("b{}", t.0)).collect::<Vec<_>>().join(", "),
                default.0
            ),
            CallReg { rm, args, ret } => write!(f, "call {rm} ({}) -> ({})", pairs(args), pairs(ret)),
            TrapIf { cond, rn, rhs } => write!(f, "trap if {rn} {} {rhs}", cond.name()),
            FBr { cond, sn, sm, taken, not_taken } => {
                write!(f, "fbr {sn} {} {sm}, b{}, b{}", cond.name(), taken.0, not_taken.0)
            }
            FSelect { sd, cond, rn, rhs, st, sf } => write!(f, "{sd} = ({rn} {} {rhs}) ? {st} : {sf}", cond.name()),
        }
    }
}

fn pairs(regs: &[(Reg, PReg)]) -> String {
    regs.iter().map(|(r, p)| format!("{r}@{p}")).collect::<Vec<_>>().join(", ")
}
