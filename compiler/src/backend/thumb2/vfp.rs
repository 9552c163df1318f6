//! VFPv4-SP encodings (single precision), ARMv7-M A7.7: each returns the encoding and the text
//! objdump prints. Sd = Vd:D, Sn = Vn:N, Sm = Vm:M.

use super::buffer::Enc;
use super::regs::{Cond, Gpr, SReg};

fn w(hw1: u32, hw2: u32) -> Enc {
    Enc::W(hw1 as u16, hw2 as u16)
}

/// Binary arithmetic: VADD/VSUB/VMUL/VDIV.F32 `11101110 0 D op Vn | Vd 1010 N op M 0 Vm`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum FOp {
    Add,
    Sub,
    Mul,
    Div,
}

pub fn enc_falu(op: FOp, sd: SReg, sn: SReg, sm: SReg) -> (Enc, String) {
    let ((vd, d), (vn, n), (vm, m)) = (sd.split(), sn.split(), sm.split());
    let (base, bit6, name) = match op {
        FOp::Add => (0xEE30, 0, "vadd.f32"),
        FOp::Sub => (0xEE30, 1, "vsub.f32"),
        FOp::Mul => (0xEE20, 0, "vmul.f32"),
        FOp::Div => (0xEE80, 0, "vdiv.f32"),
    };
    let enc = w(base | (d << 6) | vn, (vd << 12) | 0xA00 | (n << 7) | (bit6 << 6) | (m << 5) | vm);
    (enc, format!("{name} {sd}, {sn}, {sm}"))
}

/// One-operand forms `11101110 1 D 11 opc2 | Vd 1010 op 1 M 0 Vm`: VMOV, VABS, VNEG, VSQRT,
/// VCMP (.F32), and the VCVT forms between f32 and 32-bit integers.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum FUnary {
    Mov,
    Abs,
    Neg,
    Sqrt,
    /// Compare with the other operand (sets FPSCR flags).
    Cmp,
    /// f32 → s32, rounding toward zero (the result is an integer in an s-register).
    ToS32,
    ToU32,
    /// s32 → f32 (the operand is an integer in an s-register).
    FromS32,
    FromU32,
}

pub fn enc_funary(op: FUnary, sd: SReg, sm: SReg) -> (Enc, String) {
    let ((vd, d), (vm, m)) = (sd.split(), sm.split());
    let (opc2, bits76, name) = match op {
        FUnary::Mov => (0x0, 0b01, "vmov.f32"),
        FUnary::Abs => (0x0, 0b11, "vabs.f32"),
        FUnary::Neg => (0x1, 0b01, "vneg.f32"),
        FUnary::Sqrt => (0x1, 0b11, "vsqrt.f32"),
        FUnary::Cmp => (0x4, 0b01, "vcmp.f32"),
        FUnary::ToS32 => (0xD, 0b11, "vcvt.s32.f32"),
        FUnary::ToU32 => (0xC, 0b11, "vcvt.u32.f32"),
        FUnary::FromS32 => (0x8, 0b11, "vcvt.f32.s32"),
        FUnary::FromU32 => (0x8, 0b01, "vcvt.f32.u32"),
    };
    let enc = w(0xEEB0 | (d << 6) | opc2, (vd << 12) | 0xA00 | (bits76 << 6) | (m << 5) | vm);
    (enc, format!("{name} {sd}, {sm}"))
}

/// VMOV between a core register and an s-register: `1110111000 op 0 Vn | Rt 1010 N 0010000`
/// (op=1: to the core register).
pub fn enc_vmov_core(to_core: bool, rt: Gpr, sn: SReg) -> (Enc, String) {
    let (vn, n) = sn.split();
    let enc = w(0xEE00 | ((to_core as u32) << 4) | vn, (rt.num() << 12) | 0xA10 | (n << 7));
    let text = if to_core { format!("vmov {rt}, {sn}") } else { format!("vmov {sn}, {rt}") };
    (enc, text)
}

/// VMRS APSR_nzcv, FPSCR: the flags of the last VCMP, for a conditional branch or IT.
pub fn enc_vmrs_apsr() -> (Enc, String) {
    (w(0xEEF1, 0xFA10), "vmrs APSR_nzcv, fpscr".to_string())
}

/// VLDR/VSTR Sd, [Rn, #±imm8·4]: `1110110 1 U D 0 L Rn | Vd 1010 imm8`.
pub fn enc_vldr_vstr(load: bool, sd: SReg, rn: Gpr, off: i32) -> Option<(Enc, String)> {
    if off % 4 != 0 || off.unsigned_abs() > 1020 {
        return None;
    }
    let (vd, d) = sd.split();
    let u = (off >= 0) as u32;
    let enc = w(
        0xED00 | (u << 7) | (d << 6) | ((load as u32) << 4) | rn.num(),
        (vd << 12) | 0xA00 | (off.unsigned_abs() / 4),
    );
    let name = if load { "vldr" } else { "vstr" };
    let mem = if off == 0 { format!("[{rn}]") } else { format!("[{rn}, #{off}]") };
    Some((enc, format!("{name} {sd}, {mem}")))
}

/// VPUSH/VPOP {first..first+count-1}: `11101101 0 D 101101 | Vd 1010 count` (VPOP `11101100 1 D 111101`).
pub fn enc_vpush_vpop(push: bool, first: SReg, count: u32) -> (Enc, String) {
    let (vd, d) = first.split();
    let hw1 = if push { 0xED2D } else { 0xECBD } | (d << 6);
    let last = SReg::new((first.num() + count - 1) as u8).expect("a range of s-registers");
    let name = if push { "vpush" } else { "vpop" };
    let list = if count == 1 { format!("{{{first}}}") } else { format!("{{{first}-{last}}}") };
    (w(hw1, (vd << 12) | 0xA00 | count), format!("{name} {list}"))
}

/// The condition to branch on after VCMP + VMRS for a CLIF float comparison, if one suffices.
pub fn float_cond(cc: cranelift_codegen::ir::condcodes::FloatCC) -> Option<Cond> {
    use cranelift_codegen::ir::condcodes::FloatCC::*;
    Some(match cc {
        Equal => Cond::Eq,
        NotEqual => Cond::Ne,
        LessThan => Cond::Mi,
        LessThanOrEqual => Cond::Ls,
        GreaterThan => Cond::Gt,
        GreaterThanOrEqual => Cond::Ge,
        Unordered => Cond::Vs,
        Ordered => Cond::Vc,
        UnorderedOrLessThan => Cond::Lt,
        UnorderedOrLessThanOrEqual => Cond::Le,
        UnorderedOrGreaterThan => Cond::Hi,
        UnorderedOrGreaterThanOrEqual => Cond::Pl,
        OrderedNotEqual | UnorderedOrEqual => return None,
    })
}

#[cfg(test)]
pub fn all_forms() -> Vec<(Enc, String)> {
    let s = |n: u8| SReg::new(n).unwrap();
    let r = |n: u8| Gpr::new(n).unwrap();
    let mut v = Vec::new();
    for op in [FOp::Add, FOp::Sub, FOp::Mul, FOp::Div] {
        v.push(enc_falu(op, s(0), s(1), s(2)));
        v.push(enc_falu(op, s(31), s(16), s(7)));
    }
    for op in [
        FUnary::Mov,
        FUnary::Abs,
        FUnary::Neg,
        FUnary::Sqrt,
        FUnary::Cmp,
        FUnary::ToS32,
        FUnary::ToU32,
        FUnary::FromS32,
        FUnary::FromU32,
    ] {
        v.push(enc_funary(op, s(0), s(1)));
        v.push(enc_funary(op, s(17), s(30)));
    }
    v.push(enc_vmov_core(true, r(0), s(1)));
    v.push(enc_vmov_core(false, r(0), s(31)));
    v.push(enc_vmov_core(true, r(12), s(16)));
    v.push(enc_vmrs_apsr());
    for (load, sd, rn, off) in [(true, 0, 13, 0), (true, 15, 1, 1020), (false, 16, 13, 8), (false, 3, 4, -1020)] {
        v.push(enc_vldr_vstr(load, s(sd), r(rn), off).unwrap());
    }
    assert!(enc_vldr_vstr(true, s(0), r(0), 1024).is_none() && enc_vldr_vstr(true, s(0), r(0), 2).is_none());
    v.push(enc_vpush_vpop(true, s(16), 1));
    v.push(enc_vpush_vpop(true, s(16), 16));
    v.push(enc_vpush_vpop(false, s(16), 3));
    v
}
