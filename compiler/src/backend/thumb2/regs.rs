//! Core registers: `Gpr` is any of r0–r15, `LowReg` only r0–r7 (what 16-bit encodings take),
//! and `Reg`, a register operand before (virtual) or after (physical) register allocation.

use regalloc2::{PReg, RegClass};
use std::fmt;

/// A general-purpose register r0–r15.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, PartialOrd, Ord)]
pub struct Gpr(u8);

pub const R0: Gpr = Gpr(0);
pub const R1: Gpr = Gpr(1);
pub const R2: Gpr = Gpr(2);
pub const R3: Gpr = Gpr(3);
/// The intra-procedure scratch register: regalloc2's move scratch and the emitter's temporary.
pub const IP: Gpr = Gpr(12);
pub const SP: Gpr = Gpr(13);
pub const LR: Gpr = Gpr(14);
pub const PC: Gpr = Gpr(15);

/// AAPCS: the first four arguments and the result.
pub const ARG_REGS: [Gpr; 4] = [R0, R1, R2, R3];

impl Gpr {
    pub fn new(n: u8) -> Option<Gpr> {
        (n < 16).then_some(Gpr(n))
    }
    pub fn num(self) -> u32 {
        self.0 as u32
    }
    pub fn low(self) -> Option<LowReg> {
        LowReg::new(self)
    }
    pub fn preg(self) -> PReg {
        PReg::new(self.0 as usize, RegClass::Int)
    }
    pub fn from_preg(p: PReg) -> Gpr {
        Gpr(p.hw_enc() as u8)
    }
    /// AAPCS callee-saved: r4–r11.
    pub fn is_callee_saved(self) -> bool {
        (4..=11).contains(&self.0)
    }
}

impl fmt::Display for Gpr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            10 => write!(f, "sl"),
            11 => write!(f, "fp"),
            12 => write!(f, "ip"),
            13 => write!(f, "sp"),
            14 => write!(f, "lr"),
            15 => write!(f, "pc"),
            n => write!(f, "r{n}"),
        }
    }
}

/// r0–r7, the registers 16-bit encodings can name.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct LowReg(u8);

impl LowReg {
    pub fn new(r: Gpr) -> Option<LowReg> {
        (r.0 < 8).then_some(LowReg(r.0))
    }
    pub fn num(self) -> u32 {
        self.0 as u32
    }
}

/// A register operand: virtual until register allocation rewrites it to a physical one.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Reg {
    Virt(u32),
    Phys(Gpr),
    /// A single-precision VFP register.
    PhysS(SReg),
}

impl Reg {
    /// The physical register; only valid after allocation.
    pub fn gpr(self) -> Gpr {
        match self {
            Reg::Phys(g) => g,
            other => panic!("{other} is not an allocated core register"),
        }
    }

    /// The s-register; only valid after allocation of a float value.
    pub fn sreg(self) -> SReg {
        match self {
            Reg::PhysS(s) => s,
            other => panic!("{other} is not an allocated s-register"),
        }
    }

    /// The physical register regalloc2 chose, as an operand.
    pub fn from_preg(p: PReg) -> Reg {
        match p.class() {
            RegClass::Float => Reg::PhysS(SReg::from_preg(p)),
            _ => Reg::Phys(Gpr::from_preg(p)),
        }
    }
}

impl fmt::Display for Reg {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Reg::Virt(v) => write!(f, "v{v}"),
            Reg::Phys(g) => write!(f, "{g}"),
            Reg::PhysS(s) => write!(f, "{s}"),
        }
    }
}

/// A condition, numbered as in the encodings.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Cond {
    Eq = 0,
    Ne = 1,
    Hs = 2,
    Lo = 3,
    Mi = 4,
    Pl = 5,
    Vs = 6,
    Vc = 7,
    Hi = 8,
    Ls = 9,
    Ge = 10,
    Lt = 11,
    Gt = 12,
    Le = 13,
}

impl Cond {
    pub fn bits(self) -> u32 {
        self as u32
    }
    pub fn invert(self) -> Cond {
        use Cond::*;
        match self {
            Eq => Ne,
            Ne => Eq,
            Hs => Lo,
            Lo => Hs,
            Mi => Pl,
            Pl => Mi,
            Vs => Vc,
            Vc => Vs,
            Hi => Ls,
            Ls => Hi,
            Ge => Lt,
            Lt => Ge,
            Gt => Le,
            Le => Gt,
        }
    }
    pub fn name(self) -> &'static str {
        ["eq", "ne", "cs", "cc", "mi", "pl", "vs", "vc", "hi", "ls", "ge", "lt", "gt", "le"][self as usize]
    }
}

/// A single-precision VFP register s0–s31.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, PartialOrd, Ord)]
pub struct SReg(u8);

impl SReg {
    pub fn new(n: u8) -> Option<SReg> {
        (n < 32).then_some(SReg(n))
    }
    pub fn num(self) -> u32 {
        self.0 as u32
    }
    /// (Vd, D): the 4-bit field and the extra bit that encode it.
    pub fn split(self) -> (u32, u32) {
        (self.num() >> 1, self.num() & 1)
    }
    pub fn preg(self) -> PReg {
        PReg::new(self.0 as usize, RegClass::Float)
    }
    pub fn from_preg(p: PReg) -> SReg {
        SReg(p.hw_enc() as u8)
    }
    /// AAPCS callee-saved: s16–s31.
    pub fn is_callee_saved(self) -> bool {
        self.0 >= 16
    }
}

impl fmt::Display for SReg {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "s{}", self.0)
    }
}
