//! The encoding: optimized CLIF → the VM's instructions (`mpyc_runtime::vm::op`), with the
//! registers of [`alloc`](super::alloc), branches resolved to code offsets and block
//! arguments turned into register moves.

use super::alloc::{self, Registers};
use super::{sleb, uleb};
use cranelift_codegen::ir::{
    self, condcodes::FloatCC, condcodes::IntCC, types, Block, ExternalName, InstructionData, Opcode, Type, Value,
};
use mpyc_runtime::vm::{op, FLOAT_CONDS, HEADER, INT_CONDS, MAX_ARGS};
use std::collections::HashMap;

/// What a pool word holds the address of: a function or a data object of the program
/// (`lower`'s namespaces 0 and 1).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct PoolEntry {
    pub namespace: u32,
    pub index: u32,
}

/// One function's bytecode.
pub struct Encoded {
    /// The header, then the parameters' registers and the code (the pool goes between them).
    pub header: [u8; HEADER],
    pub pool: Vec<PoolEntry>,
    pub params: Vec<u8>,
    pub code: Vec<u8>,
}

/// Why a function stays native.
pub type Unsupported = String;

struct Encoder<'a> {
    func: &'a ir::Function,
    regs: Registers,
    word: Type,
    code: Vec<u8>,
    pool: Vec<PoolEntry>,
    pool_index: HashMap<PoolEntry, u32>,
    /// Code offsets of blocks, and places waiting for one.
    block_at: HashMap<Block, u16>,
    fixups: Vec<(usize, Block)>,
    slot_at: HashMap<ir::StackSlot, u32>,
    /// The register for cycles of moves, once one needs it.
    scratch: Option<u8>,
}

fn width(t: Type) -> Result<u8, Unsupported> {
    Ok(match t {
        types::I8 => 0,
        types::I16 => 1,
        types::I32 => 2,
        types::I64 => 3,
        _ => return Err(format!("type {t}")),
    })
}

/// The width code of an integer or float of that many bits (floats as the integers of
/// their width).
fn any_width(t: Type) -> Result<u8, Unsupported> {
    if t.is_vector() {
        return Err(format!("type {t}"));
    }
    Ok(match t.bits() {
        8 => 0,
        16 => 1,
        32 => 2,
        64 => 3,
        _ => return Err(format!("type {t}")),
    })
}

fn fwidth(t: Type) -> Result<u8, Unsupported> {
    Ok(match t {
        types::F32 => 0,
        types::F64 => 1,
        _ => return Err(format!("type {t}")),
    })
}

fn int_cc(cc: IntCC) -> u8 {
    INT_CONDS.iter().position(|c| *c == cc.to_string()).expect("every IntCC is listed") as u8
}

fn float_cc(cc: FloatCC) -> u8 {
    FLOAT_CONDS.iter().position(|c| *c == cc.to_string()).expect("every FloatCC is listed") as u8
}

impl Encoder<'_> {
    fn r(&self, v: Value) -> u8 {
        self.regs.of(self.func.dfg.resolve_aliases(v)) as u8
    }

    /// `v` must be in one register word (a condition, a table index).
    fn one_word(&self, v: Value) -> Result<(), Unsupported> {
        if alloc::words(self.func.dfg.value_type(v), self.word) == 1 {
            Ok(())
        } else {
            Err("a condition wider than a word".into())
        }
    }

    fn byte(&mut self, b: u8) {
        self.code.push(b);
    }

    fn reg(&mut self, v: Value) {
        let r = self.r(v);
        self.code.push(r);
    }

    fn result(&mut self, inst: ir::Inst) {
        let r = self.func.dfg.first_result(inst);
        self.reg(r);
    }

    fn pool(&mut self, e: PoolEntry) -> Result<u32, Unsupported> {
        if let Some(&i) = self.pool_index.get(&e) {
            return Ok(i);
        }
        let i = self.pool.len() as u32;
        if i >= 0xffff {
            return Err("more than 65,535 addresses".into());
        }
        self.pool.push(e);
        self.pool_index.insert(e, i);
        Ok(i)
    }

    fn user(&self, name: &ExternalName) -> Result<PoolEntry, Unsupported> {
        match name {
            ExternalName::User(r) => {
                let u = &self.func.params.user_named_funcs()[*r];
                Ok(PoolEntry { namespace: u.namespace, index: u.index })
            }
            other => Err(format!("external name {other:?}")),
        }
    }

    fn target(&mut self, b: Block) {
        self.fixups.push((self.code.len(), b));
        self.code.extend([0, 0]);
    }

    /// The moves of a branch to `call`'s block, as a sequence (cycles through a scratch register).
    fn moves(&mut self, call: ir::BlockCall) -> Result<(), Unsupported> {
        let dfg = &self.func.dfg;
        let dest = call.block(&dfg.value_lists);
        let mut pending: Vec<(u8, u8)> = Vec::new();
        for (arg, &param) in call.args(&dfg.value_lists).zip(dfg.block_params(dest)) {
            let ir::BlockArg::Value(v) = arg else { return Err("a branch argument that is not a value".into()) };
            let (d, s) = (self.r(param), self.r(v));
            for k in 0..alloc::words(dfg.value_type(param), self.word) as u8 {
                if d != s {
                    pending.push((d + k, s + k));
                }
            }
        }
        while !pending.is_empty() {
            if let Some(i) = pending.iter().position(|&(d, _)| !pending.iter().any(|&(_, s)| s == d)) {
                let (d, s) = pending.remove(i);
                self.code.extend([op::MOV, d, s]);
                continue;
            }
            // Every destination is read by another move: save the first one's old value.
            let scratch = match self.scratch {
                Some(s) => s,
                None => {
                    let s = self.regs.count;
                    if s > 255 {
                        return Err("more than 255 registers".into());
                    }
                    self.regs.count += 1;
                    self.scratch = Some(s as u8);
                    s as u8
                }
            };
            let d = pending[0].0;
            self.code.extend([op::MOV, scratch, d]);
            for m in pending.iter_mut() {
                if m.1 == d {
                    m.1 = scratch;
                }
            }
        }
        Ok(())
    }

    fn has_moves(&self, call: ir::BlockCall) -> bool {
        let dfg = &self.func.dfg;
        let dest = call.block(&dfg.value_lists);
        call.args(&dfg.value_lists).zip(dfg.block_params(dest)).any(|(arg, &param)| match arg {
            ir::BlockArg::Value(v) => self.r(v) != self.r(param),
            _ => true,
        })
    }

    /// A jump to `call`'s block after its moves; none when it is `next` and there are no moves.
    fn jump(&mut self, call: ir::BlockCall, next: Option<Block>) -> Result<(), Unsupported> {
        self.moves(call)?;
        let dest = call.block(&self.func.dfg.value_lists);
        if Some(dest) != next {
            self.byte(op::JMP);
            self.target(dest);
        }
        Ok(())
    }

    fn call_args(&mut self, args: &[Value], sig: &ir::Signature) -> Result<(), Unsupported> {
        if args.len() > MAX_ARGS {
            return Err(format!("a call with {} arguments", args.len()));
        }
        if sig.params.iter().chain(&sig.returns).any(|p| p.value_type != self.word) || sig.returns.len() > 1 {
            return Err("a call whose signature is not of words".into());
        }
        self.byte(args.len() as u8);
        for &a in args {
            self.reg(a);
        }
        Ok(())
    }

    fn inst(&mut self, inst: ir::Inst, next: Option<Block>) -> Result<(), Unsupported> {
        let dfg = &self.func.dfg;
        let data = dfg.insts[inst];
        let opcode = data.opcode();
        let args: Vec<Value> = dfg.inst_args(inst).to_vec();
        let ty = dfg.ctrl_typevar(inst);
        use Opcode as O;
        let ibin = |k: u8| -> Result<u8, Unsupported> { Ok(op::IBIN + 4 * k + width(ty)?) };
        match opcode {
            O::Nop => {}
            O::Iadd
            | O::Isub
            | O::Imul
            | O::Band
            | O::Bor
            | O::Bxor
            | O::Ishl
            | O::Ushr
            | O::Sshr
            | O::Rotl
            | O::Rotr
            | O::Sdiv
            | O::Udiv
            | O::Srem
            | O::Urem
            | O::Smulhi
            | O::Umulhi
            | O::Smin
            | O::Smax
            | O::Umin
            | O::Umax => {
                let k = match opcode {
                    O::Iadd => op::IADD,
                    O::Isub => op::ISUB,
                    O::Imul => op::IMUL,
                    O::Band => op::BAND,
                    O::Bor => op::BOR,
                    O::Bxor => op::BXOR,
                    O::Ishl => op::ISHL,
                    O::Ushr => op::USHR,
                    O::Sshr => op::SSHR,
                    O::Rotl => op::ROTL,
                    O::Rotr => op::ROTR,
                    O::Sdiv => op::SDIV,
                    O::Udiv => op::UDIV,
                    O::Srem => op::SREM,
                    O::Urem => op::UREM,
                    O::Smulhi => op::SMULHI,
                    O::Umulhi => op::UMULHI,
                    O::Smin => op::SMIN,
                    O::Smax => op::SMAX,
                    O::Umin => op::UMIN,
                    _ => op::UMAX,
                };
                let code = ibin(k)?;
                self.byte(code);
                self.result(inst);
                self.reg(args[0]);
                self.reg(args[1]);
            }
            O::Icmp => {
                let InstructionData::IntCompare { cond, .. } = data else { unreachable!("icmp's format") };
                let w = width(dfg.value_type(args[0]))?;
                self.byte(op::ICMP + w);
                self.byte(int_cc(cond));
                self.result(inst);
                self.reg(args[0]);
                self.reg(args[1]);
            }
            O::Ineg | O::Bnot | O::Iabs | O::Clz | O::Ctz | O::Bswap | O::Bitrev | O::Popcnt | O::Bmask => {
                let k = match opcode {
                    O::Ineg => op::INEG,
                    O::Bnot => op::BNOT,
                    O::Iabs => op::IABS,
                    O::Clz => op::CLZ,
                    O::Ctz => op::CTZ,
                    O::Bswap => op::BSWAP,
                    O::Bitrev => op::BITREV,
                    O::Popcnt => op::POPCNT,
                    _ => op::BMASK,
                };
                // Bit counts and masks have the width of their operand and result alike
                // (bmask's result may be narrower or wider: its width is the result's).
                let w = width(dfg.value_type(dfg.first_result(inst)))?;
                let w = if opcode == O::Bmask { w } else { width(dfg.value_type(args[0]))? };
                if opcode == O::Bmask {
                    self.one_word(args[0])?;
                }
                self.byte(op::IUN + 4 * k + w);
                self.result(inst);
                self.reg(args[0]);
            }
            O::SaddOverflow
            | O::UaddOverflow
            | O::SsubOverflow
            | O::UsubOverflow
            | O::SmulOverflow
            | O::UmulOverflow => {
                let k = match opcode {
                    O::SaddOverflow => op::SADD,
                    O::UaddOverflow => op::UADD,
                    O::SsubOverflow => op::SSUB,
                    O::UsubOverflow => op::USUB,
                    O::SmulOverflow => op::SMUL,
                    _ => op::UMUL,
                };
                let w = width(dfg.value_type(args[0]))?;
                self.byte(op::OVF + 4 * k + w);
                let rs = dfg.inst_results(inst).to_vec();
                self.reg(rs[0]);
                self.reg(rs[1]);
                self.reg(args[0]);
                self.reg(args[1]);
            }
            O::Uextend | O::Bitcast => {
                let (from, to) = (dfg.value_type(args[0]), dfg.value_type(dfg.first_result(inst)));
                let (wf, wt) = (any_width(from)?, any_width(to)?);
                if wf == wt && (wf < 3 || self.word == types::I64) {
                    self.byte(op::MOV);
                } else {
                    self.byte(op::UEXT + wf);
                    self.byte(wt);
                }
                self.result(inst);
                self.reg(args[0]);
            }
            O::Sextend => {
                let from = width(dfg.value_type(args[0]))?;
                let to = width(ty)?;
                self.byte(op::SEXT + from);
                self.byte(to);
                self.result(inst);
                self.reg(args[0]);
            }
            O::Ireduce => {
                let to = width(ty)?;
                width(dfg.value_type(args[0]))?;
                self.byte(op::IREDUCE + to);
                self.result(inst);
                self.reg(args[0]);
            }
            O::Select => {
                self.one_word(args[0])?;
                self.byte(op::SELECT + any_width(ty)?);
                self.result(inst);
                for a in &args {
                    self.reg(*a);
                }
            }
            O::Iconst => {
                let InstructionData::UnaryImm { imm, .. } = data else { unreachable!("iconst's format") };
                let w = width(ty)?;
                self.byte(op::ICONST + w);
                self.result(inst);
                // Sign-extended from the width: the VM masks it back (-1 is one byte).
                let bits = 8 << w;
                let v = imm.bits();
                let v = if bits == 64 { v } else { (v << (64 - bits)) >> (64 - bits) };
                sleb(&mut self.code, v);
            }
            O::F32const => {
                let InstructionData::UnaryIeee32 { imm, .. } = data else { unreachable!("f32const's format") };
                self.byte(op::F32CONST);
                self.result(inst);
                self.code.extend(imm.bits().to_le_bytes());
            }
            O::F64const => {
                let InstructionData::UnaryIeee64 { imm, .. } = data else { unreachable!("f64const's format") };
                self.byte(op::F64CONST);
                self.result(inst);
                self.code.extend(imm.bits().to_le_bytes());
            }
            O::Fadd | O::Fsub | O::Fmul | O::Fdiv | O::Fmin | O::Fmax => {
                let k = match opcode {
                    O::Fadd => op::FADD,
                    O::Fsub => op::FSUB,
                    O::Fmul => op::FMUL,
                    O::Fdiv => op::FDIV,
                    O::Fmin => op::FMIN,
                    _ => op::FMAX,
                };
                self.byte(op::FBIN + 2 * k + fwidth(ty)?);
                self.result(inst);
                self.reg(args[0]);
                self.reg(args[1]);
            }
            O::Fneg | O::Fabs | O::Sqrt => {
                let k = match opcode {
                    O::Fneg => op::FNEG,
                    O::Fabs => op::FABS,
                    _ => op::SQRT,
                };
                self.byte(op::FUN + 2 * k + fwidth(ty)?);
                self.result(inst);
                self.reg(args[0]);
            }
            O::Fcmp => {
                let InstructionData::FloatCompare { cond, .. } = data else { unreachable!("fcmp's format") };
                self.byte(op::FCMP + fwidth(dfg.value_type(args[0]))?);
                self.byte(float_cc(cond));
                self.result(inst);
                self.reg(args[0]);
                self.reg(args[1]);
            }
            O::FcvtFromSint | O::FcvtFromUint => {
                let base = if opcode == O::FcvtFromSint { op::FROM_SINT } else { op::FROM_UINT };
                let w = width(dfg.value_type(args[0]))?;
                self.byte(base + fwidth(ty)?);
                self.byte(w);
                self.result(inst);
                self.reg(args[0]);
            }
            O::FcvtToSintSat | O::FcvtToUintSat => {
                let base = if opcode == O::FcvtToSintSat { op::TO_SINT } else { op::TO_UINT };
                let f = fwidth(dfg.value_type(args[0]))?;
                self.byte(base + f);
                self.byte(width(ty)?);
                self.result(inst);
                self.reg(args[0]);
            }
            O::Fpromote | O::Fdemote => {
                self.byte(if opcode == O::Fpromote { op::FPROMOTE } else { op::FDEMOTE });
                self.result(inst);
                self.reg(args[0]);
            }
            O::Load | O::Uload8 | O::Uload16 | O::Uload32 | O::Sload8 | O::Sload16 | O::Sload32 => {
                let InstructionData::Load { offset, .. } = data else { unreachable!("a load's format") };
                let rt = dfg.value_type(dfg.first_result(inst));
                let wide = rt.bits() == 64;
                let k = match opcode {
                    O::Load => match rt.bits() {
                        8 => op::LU8,
                        16 => op::LU16,
                        32 => op::LU32,
                        64 => op::LU64,
                        _ => return Err(format!("a load of {rt}")),
                    },
                    O::Uload8 => op::LU8,
                    O::Uload16 => op::LU16,
                    O::Uload32 => op::LU32,
                    O::Sload8 if wide => op::LS8_64,
                    O::Sload8 => op::LS8_32,
                    O::Sload16 if wide => op::LS16_64,
                    O::Sload16 => op::LS16_32,
                    _ => op::LS32_64,
                };
                if rt.is_vector() {
                    return Err(format!("a load of {rt}"));
                }
                self.byte(op::LOAD + k);
                self.result(inst);
                self.reg(args[0]);
                sleb(&mut self.code, i64::from(i32::from(offset)));
            }
            O::Store | O::Istore8 | O::Istore16 | O::Istore32 => {
                let InstructionData::Store { offset, .. } = data else { unreachable!("a store's format") };
                let vt = dfg.value_type(args[0]);
                let w = match opcode {
                    O::Istore8 => 0,
                    O::Istore16 => 1,
                    O::Istore32 => 2,
                    _ => match vt.bits() {
                        8 => 0,
                        16 => 1,
                        32 => 2,
                        64 => 3,
                        _ => return Err(format!("a store of {vt}")),
                    },
                };
                if vt.is_vector() {
                    return Err(format!("a store of {vt}"));
                }
                self.byte(op::STORE + w);
                self.reg(args[0]);
                self.reg(args[1]);
                sleb(&mut self.code, i64::from(i32::from(offset)));
            }
            O::FuncAddr => {
                let InstructionData::FuncAddr { func_ref, .. } = data else { unreachable!("func_addr's format") };
                let e = self.user(&dfg.ext_funcs[func_ref].name)?;
                let i = self.pool(e)?;
                self.byte(op::POOL);
                self.result(inst);
                uleb(&mut self.code, i.into());
            }
            O::SymbolValue => {
                let InstructionData::UnaryGlobalValue { global_value, .. } = data else {
                    unreachable!("symbol_value's format")
                };
                let ir::GlobalValueData::Symbol { name, offset, .. } = &self.func.global_values[global_value] else {
                    return Err("a global value that is not a symbol".into());
                };
                if offset.bits() != 0 {
                    return Err("a symbol with an offset".into());
                }
                let e = self.user(name)?;
                let i = self.pool(e)?;
                self.byte(op::POOL);
                self.result(inst);
                uleb(&mut self.code, i.into());
            }
            O::StackAddr => {
                let InstructionData::StackAddr { stack_slot, offset, .. } = data else {
                    unreachable!("stack_addr's format")
                };
                let at = self.slot_at[&stack_slot] as i64 + i64::from(i32::from(offset));
                self.byte(op::STACKADDR);
                self.result(inst);
                uleb(&mut self.code, at as u64);
            }
            O::GetStackPointer => {
                self.byte(op::GETSP);
                self.result(inst);
            }
            O::Jump => {
                let InstructionData::Jump { destination, .. } = data else { unreachable!("jump's format") };
                self.jump(destination, next)?;
            }
            O::Brif => {
                let InstructionData::Brif { blocks: [then, els], .. } = data else { unreachable!("brif's format") };
                let c = args[0];
                self.one_word(c)?;
                let (tb, eb) = (then.block(&dfg.value_lists), els.block(&dfg.value_lists));
                if Some(tb) == next && tb != eb && !self.has_moves(then) && !self.has_moves(els) {
                    // The then-block follows: branch on zero to the else-block.
                    self.byte(op::BRZ);
                    self.reg(c);
                    self.target(eb);
                } else if !self.has_moves(then) {
                    self.byte(op::BRNZ);
                    self.reg(c);
                    self.target(tb);
                    self.jump(els, next)?;
                } else if !self.has_moves(els) {
                    self.byte(op::BRZ);
                    self.reg(c);
                    self.target(eb);
                    self.jump(then, next)?;
                } else {
                    self.byte(op::BRNZ);
                    self.reg(c);
                    let at = self.code.len();
                    self.code.extend([0, 0]);
                    self.jump(els, None)?;
                    let here = self.code.len();
                    if here > 0xffff {
                        return Err("more than 64 KiB of bytecode".into());
                    }
                    self.code[at..at + 2].copy_from_slice(&(here as u16).to_le_bytes());
                    self.jump(then, next)?;
                }
            }
            O::BrTable => {
                let InstructionData::BranchTable { table, .. } = data else { unreachable!("br_table's format") };
                self.one_word(args[0])?;
                let jt = &dfg.jump_tables[table];
                let all: Vec<ir::BlockCall> = jt.all_branches().to_vec();
                if all.iter().any(|c| c.args(&dfg.value_lists).next().is_some()) {
                    return Err("a br_table with block arguments".into());
                }
                self.byte(op::BRTABLE);
                self.reg(args[0]);
                uleb(&mut self.code, (all.len() - 1) as u64);
                // The default first, then the table's entries.
                for c in all {
                    self.target(c.block(&dfg.value_lists));
                }
            }
            O::Return => match args.len() {
                0 => self.byte(op::RET0),
                1 => {
                    self.byte(op::RET);
                    self.reg(args[0]);
                }
                n => return Err(format!("a return of {n} values")),
            },
            O::Call => {
                let InstructionData::Call { func_ref, .. } = data else { unreachable!("call's format") };
                let ext = &dfg.ext_funcs[func_ref];
                let sig = dfg.signatures[ext.signature].clone();
                let e = self.user(&ext.name)?;
                let i = self.pool(e)?;
                let has_result = !dfg.inst_results(inst).is_empty();
                self.byte(if has_result { op::CALL } else { op::CALL0 });
                uleb(&mut self.code, i.into());
                self.call_args(&args, &sig)?;
                if has_result {
                    self.result(inst);
                }
            }
            O::CallIndirect => {
                let InstructionData::CallIndirect { sig_ref, .. } = data else {
                    unreachable!("call_indirect's format")
                };
                let sig = dfg.signatures[sig_ref].clone();
                let has_result = !dfg.inst_results(inst).is_empty();
                self.byte(if has_result { op::CALLI } else { op::CALLI0 });
                self.reg(args[0]);
                self.call_args(&args[1..], &sig)?;
                if has_result {
                    self.result(inst);
                }
            }
            O::Trap => self.byte(op::TRAP),
            O::Trapz | O::Trapnz => {
                self.one_word(args[0])?;
                self.byte(if opcode == O::Trapz { op::TRAPZ } else { op::TRAPNZ });
                self.reg(args[0]);
            }
            other => return Err(format!("the CLIF instruction {other}")),
        }
        Ok(())
    }
}

/// Encodes `func` (optimized CLIF whose words are `word`), or says why it cannot be.
pub fn encode(func: &ir::Function, word: Type) -> Result<Encoded, Unsupported> {
    if func.signature.params.iter().chain(&func.signature.returns).any(|p| p.value_type != word)
        || func.signature.returns.len() > 1
        || func.signature.params.len() > 255
    {
        return Err("a signature that is not of words".into());
    }
    let regs = alloc::allocate(func, word);
    // (Register operands are one byte; a pair may take the next one, and cycles of moves one
    // more: refused before any is encoded.)
    if regs.count > 253 {
        return Err(format!("{} registers (at most 253)", regs.count));
    }
    // Stack slots after the registers, each at a multiple of 8.
    let mut slot_at = HashMap::new();
    let mut slot_bytes = 0u32;
    for (ss, data) in func.sized_stack_slots.iter() {
        slot_bytes = slot_bytes.next_multiple_of(1 << data.align_shift.max(2));
        slot_at.insert(ss, slot_bytes);
        slot_bytes += data.size;
    }
    if func.dynamic_stack_slots.iter().next().is_some() {
        return Err("dynamic stack slots".into());
    }
    let mut e = Encoder {
        func,
        regs,
        word,
        code: Vec::new(),
        pool: Vec::new(),
        pool_index: HashMap::new(),
        block_at: HashMap::new(),
        fixups: Vec::new(),
        slot_at,
        scratch: None,
    };
    let blocks: Vec<Block> = func.layout.blocks().collect();
    for (i, &b) in blocks.iter().enumerate() {
        if e.code.len() > 0xffff {
            return Err("more than 64 KiB of bytecode".into());
        }
        e.block_at.insert(b, e.code.len() as u16);
        let next = blocks.get(i + 1).copied();
        for inst in func.layout.block_insts(b) {
            e.inst(inst, next)?;
        }
    }
    if e.code.len() > 0xffff {
        return Err("more than 64 KiB of bytecode".into());
    }
    for (at, b) in std::mem::take(&mut e.fixups) {
        let t = *e.block_at.get(&b).ok_or("a branch to a block not in the layout")?;
        e.code[at..at + 2].copy_from_slice(&t.to_le_bytes());
    }
    if e.regs.count > 255 {
        return Err(format!("{} registers (at most 255)", e.regs.count));
    }
    let frame_slots = e.regs.count as usize + (slot_bytes as usize).div_ceil(word.bytes() as usize);
    if frame_slots > *mpyc_runtime::vm::FRAME_SIZES.last().expect("frame sizes") {
        return Err(format!("a frame of {frame_slots} slots"));
    }
    if slot_bytes > 0xffff {
        return Err("more than 64 KiB of stack slots".into());
    }
    let entry = func.layout.entry_block().ok_or("no entry block")?;
    let params: Vec<u8> = func.dfg.block_params(entry).iter().map(|&p| e.r(p)).collect();
    let mut header = [0u8; HEADER];
    header[0..2].copy_from_slice(&(e.pool.len() as u16).to_le_bytes());
    header[2..4].copy_from_slice(&e.regs.count.to_le_bytes());
    header[4..6].copy_from_slice(&(slot_bytes as u16).to_le_bytes());
    header[6] = params.len() as u8;
    Ok(Encoded { header, pool: e.pool, params, code: e.code })
}
