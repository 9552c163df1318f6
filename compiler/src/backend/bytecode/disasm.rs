//! The bytecode as text (`mpyc build --emit bytecode`, and the golden files of the filetests):
//! one line per instruction, its code offset, name and operands (`r7` a register, `@12` a
//! code offset, `[3]` a pool word with what it addresses).

use super::encode::Encoded;
use mpyc_runtime::vm::{op, FLOAT_CONDS, INT_CONDS};
use std::fmt::Write;

const BINARIES: [&str; 21] = [
    "iadd", "isub", "imul", "band", "bor", "bxor", "ishl", "ushr", "sshr", "rotl", "rotr", "sdiv", "udiv", "srem",
    "urem", "smulhi", "umulhi", "smin", "smax", "umin", "umax",
];
const UNARIES: [&str; 9] = ["ineg", "bnot", "iabs", "clz", "ctz", "bswap", "bitrev", "popcnt", "bmask"];
const OVERFLOWS: [&str; 6] =
    ["sadd_overflow", "uadd_overflow", "ssub_overflow", "usub_overflow", "smul_overflow", "umul_overflow"];
const FBINARIES: [&str; 6] = ["fadd", "fsub", "fmul", "fdiv", "fmin", "fmax"];
const FUNARIES: [&str; 3] = ["fneg", "fabs", "sqrt"];
const LOADS: [&str; 9] = [
    "load.u8",
    "load.u16",
    "load.u32",
    "load.u64",
    "sload8.i32",
    "sload8.i64",
    "sload16.i32",
    "sload16.i64",
    "sload32.i64",
];
const INTS: [&str; 4] = ["i8", "i16", "i32", "i64"];
const FLOATS: [&str; 2] = ["f32", "f64"];

struct Reader<'a> {
    code: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn byte(&mut self) -> Option<u8> {
        let b = *self.code.get(self.at)?;
        self.at += 1;
        Some(b)
    }
    fn uvar(&mut self) -> Option<u64> {
        let mut v = 0u64;
        let mut shift = 0;
        loop {
            let b = self.byte()?;
            v |= u64::from(b & 0x7f).checked_shl(shift)?;
            if b & 0x80 == 0 {
                return Some(v);
            }
            shift += 7;
        }
    }
    fn svar(&mut self) -> Option<i64> {
        let v = self.uvar()?;
        Some((v >> 1) as i64 ^ -((v & 1) as i64))
    }
    fn u16(&mut self) -> Option<u16> {
        Some(u16::from_le_bytes([self.byte()?, self.byte()?]))
    }
    fn reg(&mut self) -> Option<String> {
        Some(format!("r{}", self.byte()?))
    }
    fn regs(&mut self, n: usize) -> Option<String> {
        let v: Option<Vec<String>> = (0..n).map(|_| self.reg()).collect();
        Some(v?.join(", "))
    }
}

/// The text of `e`; `pool_name` names what a pool word addresses.
pub fn disassemble(e: &Encoded, pool_name: &dyn Fn(usize) -> String) -> String {
    let mut out = String::new();
    let params: Vec<String> = e.params.iter().map(|r| format!("r{r}")).collect();
    let _ = writeln!(
        out,
        "  ; {} register words, {} stack-slot bytes, parameters in ({}), {} bytes of code, {} pool words",
        u16::from_le_bytes([e.header[2], e.header[3]]),
        u16::from_le_bytes([e.header[4], e.header[5]]),
        params.join(", "),
        e.code.len(),
        e.pool.len()
    );
    let mut r = Reader { code: &e.code, at: 0 };
    while r.at < e.code.len() {
        let at = r.at;
        let text = instruction(&mut r, pool_name).unwrap_or_else(|| "<truncated>".to_string());
        let _ = writeln!(out, "  {at:5}:  {text}");
    }
    out
}

fn instruction(r: &mut Reader, pool_name: &dyn Fn(usize) -> String) -> Option<String> {
    let opc = r.byte()?;
    let int = |base: u8| INTS[((opc - base) % 4) as usize];
    Some(match opc {
        op::IBIN..=83 => format!("{}.{} {}", BINARIES[(opc / 4) as usize], int(0), r.regs(3)?),
        op::ICMP..=87 => {
            let cc = INT_CONDS.get(r.byte()? as usize)?;
            format!("icmp.{} {cc} {}", int(op::ICMP), r.regs(3)?)
        }
        op::IUN..=123 => format!("{}.{} {}", UNARIES[((opc - op::IUN) / 4) as usize], int(op::IUN), r.regs(2)?),
        op::OVF..=147 => format!("{}.{} {}", OVERFLOWS[((opc - op::OVF) / 4) as usize], int(op::OVF), r.regs(4)?),
        op::MOV => format!("mov {}", r.regs(2)?),
        op::SEXT..=152 => {
            let to = INTS.get(r.byte()? as usize)?;
            format!("sextend.{}.{to} {}", int(op::SEXT), r.regs(2)?)
        }
        op::IREDUCE..=156 => format!("ireduce.{} {}", int(op::IREDUCE), r.regs(2)?),
        op::F32CONST => {
            let d = r.reg()?;
            let bits = u32::from_le_bytes([r.byte()?, r.byte()?, r.byte()?, r.byte()?]);
            format!("f32const {d}, {}", f32::from_bits(bits))
        }
        op::F64CONST => {
            let d = r.reg()?;
            let mut b = [0u8; 8];
            for x in &mut b {
                *x = r.byte()?;
            }
            format!("f64const {d}, {}", f64::from_le_bytes(b))
        }
        op::FBIN..=172 => {
            let k = opc - op::FBIN;
            format!("{}.{} {}", FBINARIES[(k / 2) as usize], FLOATS[(k % 2) as usize], r.regs(3)?)
        }
        op::FUN..=178 => {
            let k = opc - op::FUN;
            format!("{}.{} {}", FUNARIES[(k / 2) as usize], FLOATS[(k % 2) as usize], r.regs(2)?)
        }
        op::FCMP..=180 => {
            let cc = FLOAT_CONDS.get(r.byte()? as usize)?;
            format!("fcmp.{} {cc} {}", FLOATS[(opc - op::FCMP) as usize], r.regs(3)?)
        }
        op::FROM_SINT..=188 => {
            let k = opc - op::FROM_SINT;
            let name = ["fcvt_from_sint", "fcvt_from_uint", "fcvt_to_sint_sat", "fcvt_to_uint_sat"][(k / 2) as usize];
            let w = INTS.get(r.byte()? as usize)?;
            format!("{name}.{}.{w} {}", FLOATS[(k % 2) as usize], r.regs(2)?)
        }
        op::FPROMOTE => format!("fpromote {}", r.regs(2)?),
        op::FDEMOTE => format!("fdemote {}", r.regs(2)?),
        op::LOAD..=199 => {
            let d = r.reg()?;
            let base = r.reg()?;
            format!("{} {d}, [{base}{:+}]", LOADS[(opc - op::LOAD) as usize], r.svar()?)
        }
        op::STORE..=203 => {
            let v = r.reg()?;
            let base = r.reg()?;
            format!("store.{} {v}, [{base}{:+}]", int(op::STORE), r.svar()?)
        }
        op::POOL => {
            let d = r.reg()?;
            let i = r.uvar()? as usize;
            format!("pool {d}, [{i}] ; {}", pool_name(i))
        }
        op::STACKADDR => {
            let d = r.reg()?;
            format!("stack_addr {d}, {}", r.uvar()?)
        }
        op::GETSP => format!("get_stack_pointer {}", r.reg()?),
        op::JMP => format!("jump @{}", r.u16()?),
        op::BRNZ | op::BRZ => {
            let c = r.reg()?;
            format!("{} {c}, @{}", if opc == op::BRNZ { "brnz" } else { "brz" }, r.u16()?)
        }
        op::BRTABLE => {
            let i = r.reg()?;
            let n = r.uvar()? as usize;
            let default = r.u16()?;
            let t: Option<Vec<String>> = (0..n).map(|_| r.u16().map(|t| format!("@{t}"))).collect();
            format!("br_table {i}, @{default}, [{}]", t?.join(", "))
        }
        op::RET => format!("return {}", r.reg()?),
        op::RET0 => "return".to_string(),
        op::CALL..=op::CALLI0 => {
            let (callee, note) = if opc <= op::CALL0 {
                let i = r.uvar()? as usize;
                (format!("[{i}]"), format!(" ; {}", pool_name(i)))
            } else {
                (r.reg()?, String::new())
            };
            let n = r.byte()? as usize;
            let args = r.regs(n)?;
            let result = if opc == op::CALL || opc == op::CALLI { format!("{} = ", r.reg()?) } else { String::new() };
            let name = if opc <= op::CALL0 { "call" } else { "call_indirect" };
            format!("{result}{name} {callee}({args}){note}")
        }
        op::TRAP => "trap".to_string(),
        op::TRAPZ | op::TRAPNZ => format!("{} {}", if opc == op::TRAPZ { "trapz" } else { "trapnz" }, r.reg()?),
        op::ICONST..=223 => {
            let d = r.reg()?;
            format!("iconst.{} {d}, {}", int(op::ICONST), r.svar()?)
        }
        op::SELECT..=227 => format!("select.{} {}", int(op::SELECT), r.regs(4)?),
        op::UEXT..=231 => {
            let to = INTS.get(r.byte()? as usize)?;
            format!("uextend.{}.{to} {}", int(op::UEXT), r.regs(2)?)
        }
        other => format!("<opcode {other}>"),
    })
}
