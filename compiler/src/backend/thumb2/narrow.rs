//! Narrowing: CLIF with 64-bit values → CLIF of 32-bit pieces, for a core with 32-bit
//! registers and an FPU without double precision (FPv4-SP). Requires optimized CLIF; provides
//! CLIF in which every i64 is a pair of i32 (low, high), every f64 a pair of i32 holding its
//! bits, and f64 arithmetic, i64 division and variable i64 shifts are calls to the AEABI
//! routines of the runtime's compiler_builtins (`__aeabi_dadd`, `__aeabi_ldivmod`, …), which
//! take and return such pairs in core registers. [`WideSigs`] keeps the signatures as they
//! were written: AAPCS places a 64-bit argument by its type (an even register pair, an
//! 8-aligned stack slot, or a d-register for an f64).

use anyhow::{bail, Result};
use cranelift_codegen::cursor::{Cursor, FuncCursor};
use cranelift_codegen::dominator_tree::DominatorTree;
use cranelift_codegen::flowgraph::ControlFlowGraph;
use cranelift_codegen::ir::condcodes::{FloatCC, IntCC};
use cranelift_codegen::ir::types::{F32, F64, I32, I64};
use cranelift_codegen::ir::{
    self, AbiParam, BlockArg, BlockCall, ExtFuncData, ExternalName, InstBuilder, InstructionData, MemFlagsData, Opcode,
    SigRef, Signature, TrapCode, Type, UserExternalName, Value,
};
use std::collections::HashMap;

/// Signatures as written, for those narrowing changed.
#[derive(Default)]
pub struct WideSigs {
    /// The function's own.
    pub own: Option<Signature>,
    pub calls: HashMap<SigRef, Signature>,
    /// Whether narrowing rewrote anything (and the mid-end should run again).
    pub changed: bool,
}

/// The namespace of external names that are runtime-library routines, indexed into [`LIBCALLS`].
pub const LIBCALL_NAMESPACE: u32 = 2;

/// The AEABI routines narrowing calls (ARM IHI 0043, "Run-time ABI for the Arm Architecture").
pub const LIBCALLS: &[&str] = &[
    "__aeabi_dadd",
    "__aeabi_dsub",
    "__aeabi_dmul",
    "__aeabi_ddiv",
    "__aeabi_dcmpeq",
    "__aeabi_dcmplt",
    "__aeabi_dcmple",
    "__aeabi_dcmpge",
    "__aeabi_dcmpgt",
    "__aeabi_dcmpun",
    "__aeabi_f2d",
    "__aeabi_d2f",
    "__aeabi_i2d",
    "__aeabi_ui2d",
    "__aeabi_l2d",
    "__aeabi_ul2d",
    "__aeabi_l2f",
    "__aeabi_ul2f",
    "__aeabi_d2iz",
    "__aeabi_d2uiz",
    "__aeabi_d2lz",
    "__aeabi_d2ulz",
    "__aeabi_f2lz",
    "__aeabi_f2ulz",
    "__aeabi_ldivmod",
    "__aeabi_uldivmod",
    "__aeabi_llsl",
    "__aeabi_llsr",
    "__aeabi_lasr",
];

fn wide(ty: Type) -> bool {
    ty == I64 || ty == F64
}

fn narrow_params(params: &[AbiParam]) -> Vec<AbiParam> {
    params.iter().flat_map(|p| if wide(p.value_type) { vec![AbiParam::new(I32); 2] } else { vec![*p] }).collect()
}

/// Narrows `func` in place; a function without 64-bit values is left as it is.
pub fn narrow(func: &mut ir::Function) -> Result<WideSigs> {
    let mut sigs = WideSigs::default();
    let any_sig = |s: &Signature| s.params.iter().chain(&s.returns).any(|p| wide(p.value_type));
    let any_value = (0..func.dfg.num_values()).any(|i| {
        let v = Value::from_u32(i as u32);
        func.dfg.value_is_valid(v) && wide(func.dfg.value_type(v))
    });
    // Trapping float-to-int conversions become a range check and a saturating conversion.
    let trapping = func.layout.blocks().any(|b| {
        func.layout
            .block_insts(b)
            .any(|i| matches!(func.dfg.insts[i].opcode(), Opcode::FcvtToSint | Opcode::FcvtToUint))
    });
    if !any_value && !trapping && !any_sig(&func.signature) && !func.dfg.signatures.values().any(any_sig) {
        return Ok(sigs);
    }
    if any_sig(&func.signature) {
        sigs.own = Some(func.signature.clone());
        func.signature.params = narrow_params(&func.signature.params);
        func.signature.returns = narrow_params(&func.signature.returns);
    }
    let refs: Vec<SigRef> = func.dfg.signatures.keys().collect();
    for r in refs {
        if any_sig(&func.dfg.signatures[r]) {
            let s = &mut func.dfg.signatures[r];
            sigs.calls.insert(r, s.clone());
            s.params = narrow_params(&s.params);
            s.returns = narrow_params(&s.returns);
        }
    }
    let mut n = Narrower { pairs: HashMap::new(), libcalls: HashMap::new() };
    let blocks: Vec<ir::Block> = func.layout.blocks().collect();
    for &block in &blocks {
        if !func.dfg.block_params(block).iter().any(|p| wide(func.dfg.value_type(*p))) {
            continue;
        }
        let old: Vec<Value> = func.dfg.block_params(block).to_vec();
        func.dfg.detach_block_params(block);
        for p in old {
            if wide(func.dfg.value_type(p)) {
                let lo = func.dfg.append_block_param(block, I32);
                let hi = func.dfg.append_block_param(block, I32);
                n.pairs.insert(p, (lo, hi));
            } else {
                func.dfg.attach_block_param(block, p);
            }
        }
    }
    // Dominators first, so that every operand is narrowed before its uses.
    let cfg = ControlFlowGraph::with_function(func);
    let domtree = DominatorTree::with_function(func, &cfg);
    let order: Vec<ir::Block> = domtree.cfg_postorder().iter().rev().copied().collect();
    for block in order {
        let insts: Vec<ir::Inst> = func.layout.block_insts(block).collect();
        for inst in insts {
            n.inst(func, inst)?;
        }
    }
    func.dfg.resolve_all_aliases();
    sigs.changed = true;
    Ok(sigs)
}

struct Narrower {
    /// Each 64-bit value's (low, high) words.
    pairs: HashMap<Value, (Value, Value)>,
    libcalls: HashMap<usize, ir::FuncRef>,
}

/// What an instruction narrows to: the new values of its results, in order (a pair for
/// each 64-bit result), or nothing when it was rewritten in place.
enum Narrowed {
    Results(Vec<Value>),
    InPlace,
}

impl Narrower {
    fn pair(&self, func: &ir::Function, v: Value) -> Result<(Value, Value)> {
        match self.pairs.get(&func.dfg.resolve_aliases(v)) {
            Some(p) => Ok(*p),
            None => bail!("Thumb-2 backend: 64-bit value {v} used before it is defined"),
        }
    }

    fn libcall(&mut self, pos: &mut FuncCursor, name: &str, args: &[Value], results: usize) -> Vec<Value> {
        let index = LIBCALLS.iter().position(|n| *n == name).expect("a listed routine");
        let fref = *self.libcalls.entry(index).or_insert_with(|| {
            let mut sig = Signature::new(pos.func.signature.call_conv);
            sig.params = vec![AbiParam::new(I32); args.len()];
            sig.returns = vec![AbiParam::new(I32); results];
            let signature = pos.func.import_signature(sig);
            let name = pos.func.declare_imported_user_function(UserExternalName::new(LIBCALL_NAMESPACE, index as u32));
            pos.func.import_function(ExtFuncData {
                name: ExternalName::user(name),
                signature,
                colocated: false,
                patchable: false,
            })
        });
        let call = pos.ins().call(fref, args);
        pos.func.dfg.inst_results(call).to_vec()
    }

    /// A 64-bit comparison `a <cc> b` of pairs, as an i8 truth value.
    fn icmp64(pos: &mut FuncCursor, cc: IntCC, (al, ah): (Value, Value), (bl, bh): (Value, Value)) -> Value {
        match cc {
            IntCC::Equal | IntCC::NotEqual => {
                let xl = pos.ins().bxor(al, bl);
                let xh = pos.ins().bxor(ah, bh);
                let x = pos.ins().bor(xl, xh);
                pos.ins().icmp_imm_s(cc, x, 0)
            }
            _ => {
                let high = pos.ins().icmp(cc, ah, bh);
                let high_equal = pos.ins().icmp(IntCC::Equal, ah, bh);
                let low = pos.ins().icmp(cc.unsigned(), al, bl);
                pos.ins().select(high_equal, low, high)
            }
        }
    }

    /// An f64 comparison through `__aeabi_dcmp*`, as an i8 truth value.
    fn fcmp64(&mut self, pos: &mut FuncCursor, cc: FloatCC, a: (Value, Value), b: (Value, Value)) -> Value {
        let args = [a.0, a.1, b.0, b.1];
        // (routine, whether its answer is negated)
        let one = |name: &'static str, negate: bool| vec![(name, negate)];
        let calls = match cc {
            FloatCC::Equal => one("__aeabi_dcmpeq", false),
            FloatCC::NotEqual => one("__aeabi_dcmpeq", true),
            FloatCC::LessThan => one("__aeabi_dcmplt", false),
            FloatCC::LessThanOrEqual => one("__aeabi_dcmple", false),
            FloatCC::GreaterThan => one("__aeabi_dcmpgt", false),
            FloatCC::GreaterThanOrEqual => one("__aeabi_dcmpge", false),
            FloatCC::Unordered => one("__aeabi_dcmpun", false),
            FloatCC::Ordered => one("__aeabi_dcmpun", true),
            FloatCC::UnorderedOrLessThan => one("__aeabi_dcmpge", true),
            FloatCC::UnorderedOrLessThanOrEqual => one("__aeabi_dcmpgt", true),
            FloatCC::UnorderedOrGreaterThan => one("__aeabi_dcmple", true),
            FloatCC::UnorderedOrGreaterThanOrEqual => one("__aeabi_dcmplt", true),
            FloatCC::OrderedNotEqual => vec![("__aeabi_dcmplt", false), ("__aeabi_dcmpgt", false)],
            FloatCC::UnorderedOrEqual => vec![("__aeabi_dcmpeq", false), ("__aeabi_dcmpun", false)],
        };
        let mut acc: Option<Value> = None;
        for (name, negate) in calls {
            let r = self.libcall(pos, name, &args, 1)[0];
            let cc = if negate { IntCC::Equal } else { IntCC::NotEqual };
            let t = pos.ins().icmp_imm_s(cc, r, 0);
            acc = Some(match acc {
                Some(a) => pos.ins().bor(a, t),
                None => t,
            });
        }
        acc.expect("at least one routine")
    }

    /// `a + b` on pairs.
    fn add64(pos: &mut FuncCursor, (al, ah): (Value, Value), (bl, bh): (Value, Value)) -> (Value, Value) {
        let lo = pos.ins().iadd(al, bl);
        let carry = pos.ins().icmp(IntCC::UnsignedLessThan, lo, al);
        let carry = pos.ins().uextend(I32, carry);
        let h = pos.ins().iadd(ah, bh);
        (lo, pos.ins().iadd(h, carry))
    }

    /// `a − b` on pairs.
    fn sub64(pos: &mut FuncCursor, (al, ah): (Value, Value), (bl, bh): (Value, Value)) -> (Value, Value) {
        let lo = pos.ins().isub(al, bl);
        let borrow = pos.ins().icmp(IntCC::UnsignedLessThan, al, bl);
        let borrow = pos.ins().uextend(I32, borrow);
        let h = pos.ins().isub(ah, bh);
        (lo, pos.ins().isub(h, borrow))
    }

    /// The full 64-bit product of two words, as a pair.
    fn mul32(pos: &mut FuncCursor, a: Value, b: Value) -> (Value, Value) {
        (pos.ins().imul(a, b), pos.ins().umulhi(a, b))
    }

    /// The high 64 bits of the 128-bit product of two pairs (`umulhi`/`smulhi` on i64),
    /// from the four word products.
    fn mulhi64(pos: &mut FuncCursor, signed: bool, a: (Value, Value), b: (Value, Value)) -> (Value, Value) {
        let zero = pos.ins().iconst(I32, 0);
        let p0 = Self::mul32(pos, a.0, b.0);
        let p1 = Self::mul32(pos, a.0, b.1);
        let p2 = Self::mul32(pos, a.1, b.0);
        let p3 = Self::mul32(pos, a.1, b.1);
        // Bits 32..96: p0.hi + p1.lo + p2.lo; what carries out of them goes up.
        let mid = Self::add64(pos, (p0.1, zero), (p1.0, zero));
        let mid = Self::add64(pos, mid, (p2.0, zero));
        let high = Self::add64(pos, p3, (p1.1, zero));
        let high = Self::add64(pos, high, (p2.1, zero));
        let mut high = Self::add64(pos, high, (mid.1, zero));
        if signed {
            // As signed, a negative operand counts 2^64 less: subtract the other one.
            for (x, y) in [(a, b), (b, a)] {
                let neg = pos.ins().sshr_imm_u(x.1, 31);
                let ml = pos.ins().band(neg, y.0);
                let mh = pos.ins().band(neg, y.1);
                high = Self::sub64(pos, high, (ml, mh));
            }
        }
        high
    }

    /// A constant shift of a pair: `op` is ishl, ushr or sshr, `k` in 0..64.
    fn shift_const(pos: &mut FuncCursor, op: Opcode, (lo, hi): (Value, Value), k: i64) -> (Value, Value) {
        let k = k & 63;
        if k == 0 {
            return (lo, hi);
        }
        let mut ins = |f: &mut dyn FnMut(&mut FuncCursor) -> Value| f(pos);
        match (op, k < 32) {
            (Opcode::Ishl, true) => {
                let l = ins(&mut |p| p.ins().ishl_imm_u(lo, k));
                let h1 = ins(&mut |p| p.ins().ishl_imm_u(hi, k));
                let carry = ins(&mut |p| p.ins().ushr_imm_u(lo, 32 - k));
                (l, ins(&mut |p| p.ins().bor(h1, carry)))
            }
            (Opcode::Ishl, false) => {
                let h = ins(&mut |p| p.ins().ishl_imm_u(lo, k - 32));
                (ins(&mut |p| p.ins().iconst(I32, 0)), h)
            }
            (_, true) => {
                let l1 = ins(&mut |p| p.ins().ushr_imm_u(lo, k));
                let carry = ins(&mut |p| p.ins().ishl_imm_u(hi, 32 - k));
                let l = ins(&mut |p| p.ins().bor(l1, carry));
                let h = if op == Opcode::Sshr {
                    ins(&mut |p| p.ins().sshr_imm_u(hi, k))
                } else {
                    ins(&mut |p| p.ins().ushr_imm_u(hi, k))
                };
                (l, h)
            }
            (_, false) => {
                if op == Opcode::Sshr {
                    let l = ins(&mut |p| p.ins().sshr_imm_u(hi, k - 32));
                    (l, ins(&mut |p| p.ins().sshr_imm_u(hi, 31)))
                } else {
                    let l = ins(&mut |p| p.ins().ushr_imm_u(hi, k - 32));
                    (l, ins(&mut |p| p.ins().iconst(I32, 0)))
                }
            }
        }
    }

    /// A shift of a pair by a value, through `__aeabi_llsl`/`llsr`/`lasr` (amount mod 64).
    fn shift_var(&mut self, pos: &mut FuncCursor, op: Opcode, x: (Value, Value), amount: Value) -> (Value, Value) {
        let name = match op {
            Opcode::Ishl => "__aeabi_llsl",
            Opcode::Ushr => "__aeabi_llsr",
            _ => "__aeabi_lasr",
        };
        let n = pos.ins().band_imm_u(amount, 63);
        let r = self.libcall(pos, name, &[x.0, x.1, n], 2);
        (r[0], r[1])
    }

    /// The i32 constant or low word of constant `v`, if it is one.
    fn konst(func: &ir::Function, v: Value) -> Option<i64> {
        let def = func.dfg.value_def(func.dfg.resolve_aliases(v)).inst()?;
        match func.dfg.insts[def] {
            InstructionData::UnaryImm { opcode: Opcode::Iconst, imm } => Some(imm.bits()),
            _ => None,
        }
    }

    fn inst(&mut self, func: &mut ir::Function, inst: ir::Inst) -> Result<()> {
        let dfg = &func.dfg;
        let args: Vec<Value> = dfg.inst_args(inst).to_vec();
        let results: Vec<Value> = dfg.inst_results(inst).to_vec();
        let involved = args.iter().chain(&results).any(|v| wide(dfg.value_type(*v)));
        let data = dfg.insts[inst];
        let opcode = data.opcode();
        // Branches pass pairs for 64-bit block arguments.
        if opcode.is_branch() {
            self.branch_args(func, inst)?;
        }
        let trapping_conversion = matches!(opcode, Opcode::FcvtToSint | Opcode::FcvtToUint);
        if !involved && !trapping_conversion {
            return Ok(());
        }
        let text = format!(
            "{} ({})",
            opcode,
            func.dfg.inst_args(inst).iter().map(|a| func.dfg.value_type(*a).to_string()).collect::<Vec<_>>().join(", ")
        );
        let mut pos = FuncCursor::new(func).at_inst(inst);
        pos.set_srcloc(pos.func.srcloc(inst));
        let out = self.narrow_inst(&mut pos, inst, data, &args, &results, &text)?;
        let Narrowed::Results(new) = out else { return Ok(()) };
        pos.remove_inst();
        pos.func.dfg.detach_inst_results(inst);
        let mut it = new.into_iter();
        for r in results {
            if wide(pos.func.dfg.value_type(r)) {
                let (lo, hi) = (it.next().expect("low word"), it.next().expect("high word"));
                self.pairs.insert(r, (lo, hi));
            } else {
                let v = it.next().expect("a result");
                pos.func.dfg.change_to_alias(r, v);
            }
        }
        Ok(())
    }

    fn branch_args(&mut self, func: &mut ir::Function, inst: ir::Inst) -> Result<()> {
        if func.dfg.insts[inst].opcode() == Opcode::Brif {
            let c = func.dfg.inst_args(inst)[0];
            if func.dfg.value_type(c) == I64 {
                let (lo, hi) = self.pair(func, c)?;
                let mut pos = FuncCursor::new(func).at_inst(inst);
                let any = pos.ins().bor(lo, hi);
                pos.func.dfg.inst_args_mut(inst)[0] = any;
            }
        }
        let dfg = &mut func.dfg;
        let types: HashMap<Value, Type> = dfg.insts[inst]
            .branch_destination(&dfg.jump_tables, &dfg.exception_tables)
            .iter()
            .flat_map(|c| c.args(&dfg.value_lists).collect::<Vec<_>>())
            .filter_map(|a| if let BlockArg::Value(v) = a { Some((v, dfg.value_type(v))) } else { None })
            .collect();
        if !types.values().any(|t| wide(*t)) {
            return Ok(());
        }
        let pairs = &self.pairs;
        // Each destination gets a new argument list rather than having its own grown in place:
        // the mid-end's skeleton rewrites (`brif` on a constant → `jump`) reuse a `BlockCall`'s
        // list in the new instruction and leave the old one in `dfg.insts`, out of the layout.
        // Growing the shared list would free it under the dead instruction, and
        // `resolve_all_aliases`, which visits every instruction, would then read a freed list.
        for call in dfg.insts[inst].branch_destination_mut(&mut dfg.jump_tables, &mut dfg.exception_tables) {
            let block = call.block(&dfg.value_lists);
            let mut args = Vec::new();
            for a in call.args(&dfg.value_lists) {
                match a {
                    BlockArg::Value(v) if wide(types[&v]) => {
                        let Some((lo, hi)) = pairs.get(&v).copied() else {
                            bail!("Thumb-2 backend: 64-bit value {v} used before it is defined")
                        };
                        args.extend([BlockArg::Value(lo), BlockArg::Value(hi)]);
                    }
                    other => args.push(other),
                }
            }
            *call = BlockCall::new(block, args, &mut dfg.value_lists);
        }
        Ok(())
    }

    #[allow(clippy::too_many_arguments)]
    fn narrow_inst(
        &mut self,
        pos: &mut FuncCursor,
        inst: ir::Inst,
        data: InstructionData,
        args: &[Value],
        results: &[Value],
        text: &str,
    ) -> Result<Narrowed> {
        let opcode = data.opcode();
        let ty = results.first().map(|r| pos.func.dfg.value_type(*r));
        let arg_ty = args.first().map(|a| pos.func.dfg.value_type(*a));
        let p = |s: &Self, pos: &FuncCursor, i: usize| s.pair(pos.func, args[i]);
        let pair = |(a, b): (Value, Value)| Ok(Narrowed::Results(vec![a, b]));
        let one = |v: Value| Ok(Narrowed::Results(vec![v]));
        match opcode {
            Opcode::Iconst => {
                let InstructionData::UnaryImm { imm, .. } = data else { unreachable!() };
                let bits = imm.bits();
                let lo = pos.ins().iconst(I32, bits as u32 as i64);
                let hi = pos.ins().iconst(I32, (bits >> 32) as u32 as i64);
                pair((lo, hi))
            }
            Opcode::F64const => {
                let InstructionData::UnaryIeee64 { imm, .. } = data else { unreachable!() };
                let bits = imm.bits();
                let lo = pos.ins().iconst(I32, bits as u32 as i64);
                let hi = pos.ins().iconst(I32, (bits >> 32) as u32 as i64);
                pair((lo, hi))
            }
            Opcode::Iadd => {
                let (a, b) = (p(self, pos, 0)?, p(self, pos, 1)?);
                pair(Self::add64(pos, a, b))
            }
            Opcode::Isub => {
                let (a, b) = (p(self, pos, 0)?, p(self, pos, 1)?);
                pair(Self::sub64(pos, a, b))
            }
            Opcode::Ineg => {
                let a = p(self, pos, 0)?;
                let zero = pos.ins().iconst(I32, 0);
                pair(Self::sub64(pos, (zero, zero), a))
            }
            Opcode::Imul => {
                let ((al, ah), (bl, bh)) = (p(self, pos, 0)?, p(self, pos, 1)?);
                let lo = pos.ins().imul(al, bl);
                let h = pos.ins().umulhi(al, bl);
                let c1 = pos.ins().imul(al, bh);
                let c2 = pos.ins().imul(ah, bl);
                let h = pos.ins().iadd(h, c1);
                pair((lo, pos.ins().iadd(h, c2)))
            }
            Opcode::Bmask => {
                let c = match self.pairs.get(&args[0]) {
                    Some((lo, hi)) => pos.ins().bor(*lo, *hi),
                    None => args[0],
                };
                let m = pos.ins().bmask(I32, c);
                match ty {
                    Some(I64) => pair((m, m)),
                    Some(I32) => one(m),
                    Some(t) => one(pos.ins().ireduce(t, m)),
                    None => unreachable!("bmask has a result"),
                }
            }
            Opcode::Umulhi | Opcode::Smulhi => {
                let (a, b) = (p(self, pos, 0)?, p(self, pos, 1)?);
                pair(Self::mulhi64(pos, opcode == Opcode::Smulhi, a, b))
            }
            Opcode::Band | Opcode::Bor | Opcode::Bxor => {
                let ((al, ah), (bl, bh)) = (p(self, pos, 0)?, p(self, pos, 1)?);
                let mut half = |x, y| match opcode {
                    Opcode::Band => pos.ins().band(x, y),
                    Opcode::Bor => pos.ins().bor(x, y),
                    _ => pos.ins().bxor(x, y),
                };
                let lo = half(al, bl);
                pair((lo, half(ah, bh)))
            }
            Opcode::Bnot => {
                let (al, ah) = p(self, pos, 0)?;
                let lo = pos.ins().bnot(al);
                pair((lo, pos.ins().bnot(ah)))
            }
            Opcode::Ishl | Opcode::Ushr | Opcode::Sshr if ty == Some(I64) => {
                let x = p(self, pos, 0)?;
                let amount = match self.pairs.get(&args[1]) {
                    Some((lo, _)) => *lo,
                    None => args[1],
                };
                match Self::konst(pos.func, amount) {
                    Some(k) => pair(Self::shift_const(pos, opcode, x, k)),
                    None => {
                        let amount = if pos.func.dfg.value_type(amount) == I32 {
                            amount
                        } else {
                            pos.ins().uextend(I32, amount)
                        };
                        pair(self.shift_var(pos, opcode, x, amount))
                    }
                }
            }
            Opcode::Rotl | Opcode::Rotr if ty == Some(I64) => {
                let x = p(self, pos, 0)?;
                let amount = match self.pairs.get(&args[1]) {
                    Some((lo, _)) => *lo,
                    None => args[1],
                };
                let (first, second) =
                    if opcode == Opcode::Rotl { (Opcode::Ishl, Opcode::Ushr) } else { (Opcode::Ushr, Opcode::Ishl) };
                let (a, b) = match Self::konst(pos.func, amount) {
                    Some(k) => (Self::shift_const(pos, first, x, k), Self::shift_const(pos, second, x, 64 - (k & 63))),
                    None => {
                        let n = if pos.func.dfg.value_type(amount) == I32 {
                            amount
                        } else {
                            pos.ins().uextend(I32, amount)
                        };
                        let zero = pos.ins().iconst(I32, 0);
                        let m = pos.ins().isub(zero, n);
                        (self.shift_var(pos, first, x, n), self.shift_var(pos, second, x, m))
                    }
                };
                let lo = pos.ins().bor(a.0, b.0);
                pair((lo, pos.ins().bor(a.1, b.1)))
            }
            Opcode::Ishl | Opcode::Ushr | Opcode::Sshr | Opcode::Rotl | Opcode::Rotr => {
                // A 32-bit value shifted by a 64-bit amount: its low word is the amount.
                let (lo, _) = p(self, pos, 1)?;
                pos.func.dfg.inst_args_mut(inst)[1] = lo;
                Ok(Narrowed::InPlace)
            }
            Opcode::Icmp if arg_ty == Some(I64) => {
                let InstructionData::IntCompare { cond, .. } = data else { unreachable!() };
                let (a, b) = (p(self, pos, 0)?, p(self, pos, 1)?);
                one(Self::icmp64(pos, cond, a, b))
            }
            Opcode::Select if ty.is_some_and(wide) => {
                let c = match self.pairs.get(&args[0]) {
                    Some((lo, hi)) => pos.ins().bor(*lo, *hi),
                    None => args[0],
                };
                let ((al, ah), (bl, bh)) = (p(self, pos, 1)?, p(self, pos, 2)?);
                let lo = pos.ins().select(c, al, bl);
                pair((lo, pos.ins().select(c, ah, bh)))
            }
            Opcode::Select => {
                // A 64-bit condition selecting 32-bit values.
                let (lo, hi) = p(self, pos, 0)?;
                let c = pos.ins().bor(lo, hi);
                pos.func.dfg.inst_args_mut(inst)[0] = c;
                Ok(Narrowed::InPlace)
            }
            Opcode::Uextend | Opcode::Sextend => {
                let x = args[0];
                let lo = if arg_ty == Some(I32) {
                    x
                } else if opcode == Opcode::Uextend {
                    pos.ins().uextend(I32, x)
                } else {
                    pos.ins().sextend(I32, x)
                };
                let hi = if opcode == Opcode::Uextend { pos.ins().iconst(I32, 0) } else { pos.ins().sshr_imm_u(lo, 31) };
                pair((lo, hi))
            }
            Opcode::Ireduce => {
                let (lo, _) = p(self, pos, 0)?;
                match ty {
                    Some(I32) => one(lo),
                    Some(t) => one(pos.ins().ireduce(t, lo)),
                    None => unreachable!("ireduce has a result"),
                }
            }
            Opcode::Iconcat => pair((args[0], args[1])),
            Opcode::Isplit => {
                let (lo, hi) = p(self, pos, 0)?;
                Ok(Narrowed::Results(vec![lo, hi]))
            }
            Opcode::Bitcast if ty.is_some_and(wide) && arg_ty.is_some_and(wide) => pair(p(self, pos, 0)?),
            Opcode::Load | Opcode::Uload8 | Opcode::Sload8 | Opcode::Uload16 | Opcode::Sload16 | Opcode::Uload32
            | Opcode::Sload32 => {
                let InstructionData::Load { flags, offset, .. } = data else { unreachable!() };
                let flags: MemFlagsData = pos.func.dfg.mem_flags[flags];
                let off = i32::from(offset);
                let a = args[0];
                let lo = match opcode {
                    Opcode::Load | Opcode::Uload32 | Opcode::Sload32 => pos.ins().load(I32, flags, a, off),
                    Opcode::Uload8 => pos.ins().uload8(I32, flags, a, off),
                    Opcode::Sload8 => pos.ins().sload8(I32, flags, a, off),
                    Opcode::Uload16 => pos.ins().uload16(I32, flags, a, off),
                    _ => pos.ins().sload16(I32, flags, a, off),
                };
                let hi = match opcode {
                    Opcode::Load => pos.ins().load(I32, flags, a, off + 4),
                    Opcode::Sload8 | Opcode::Sload16 | Opcode::Sload32 => pos.ins().sshr_imm_u(lo, 31),
                    _ => pos.ins().iconst(I32, 0),
                };
                pair((lo, hi))
            }
            Opcode::Store | Opcode::Istore8 | Opcode::Istore16 | Opcode::Istore32 => {
                let InstructionData::Store { flags, offset, .. } = data else { unreachable!() };
                let flags: MemFlagsData = pos.func.dfg.mem_flags[flags];
                let off = i32::from(offset);
                let (lo, hi) = p(self, pos, 0)?;
                let a = args[1];
                match opcode {
                    Opcode::Store => {
                        pos.ins().store(flags, lo, a, off);
                        pos.ins().store(flags, hi, a, off + 4);
                    }
                    Opcode::Istore8 => {
                        pos.ins().istore8(flags, lo, a, off);
                    }
                    Opcode::Istore16 => {
                        pos.ins().istore16(flags, lo, a, off);
                    }
                    _ => {
                        pos.ins().store(flags, lo, a, off);
                    }
                }
                Ok(Narrowed::Results(vec![]))
            }
            Opcode::Udiv | Opcode::Sdiv | Opcode::Urem | Opcode::Srem => {
                let ((al, ah), (bl, bh)) = (p(self, pos, 0)?, p(self, pos, 1)?);
                let nonzero = pos.ins().bor(bl, bh);
                pos.ins().trapz(nonzero, TrapCode::INTEGER_DIVISION_BY_ZERO);
                let signed = matches!(opcode, Opcode::Sdiv | Opcode::Srem);
                if opcode == Opcode::Sdiv {
                    // i64::MIN / -1 overflows.
                    let min = pos.ins().iconst(I32, 0x8000_0000u32 as i64);
                    let zero = pos.ins().iconst(I32, 0);
                    let a_min = Self::icmp64(pos, IntCC::Equal, (al, ah), (zero, min));
                    let all = pos.ins().band(bl, bh);
                    let b_m1 = pos.ins().icmp_imm_s(IntCC::Equal, all, -1);
                    let both = pos.ins().band(a_min, b_m1);
                    pos.ins().trapnz(both, TrapCode::INTEGER_OVERFLOW);
                }
                let name = if signed { "__aeabi_ldivmod" } else { "__aeabi_uldivmod" };
                let r = self.libcall(pos, name, &[al, ah, bl, bh], 4);
                if matches!(opcode, Opcode::Udiv | Opcode::Sdiv) {
                    pair((r[0], r[1]))
                } else {
                    pair((r[2], r[3]))
                }
            }
            Opcode::Iabs => {
                let (al, ah) = p(self, pos, 0)?;
                let zero = pos.ins().iconst(I32, 0);
                let (nl, nh) = Self::sub64(pos, (zero, zero), (al, ah));
                let neg = pos.ins().icmp_imm_s(IntCC::SignedLessThan, ah, 0);
                let lo = pos.ins().select(neg, nl, al);
                pair((lo, pos.ins().select(neg, nh, ah)))
            }
            Opcode::Smin | Opcode::Smax | Opcode::Umin | Opcode::Umax => {
                let (a, b) = (p(self, pos, 0)?, p(self, pos, 1)?);
                let cc = match opcode {
                    Opcode::Smin => IntCC::SignedLessThan,
                    Opcode::Smax => IntCC::SignedGreaterThan,
                    Opcode::Umin => IntCC::UnsignedLessThan,
                    _ => IntCC::UnsignedGreaterThan,
                };
                let c = Self::icmp64(pos, cc, a, b);
                let lo = pos.ins().select(c, a.0, b.0);
                pair((lo, pos.ins().select(c, a.1, b.1)))
            }
            Opcode::Clz | Opcode::Ctz => {
                let (al, ah) = p(self, pos, 0)?;
                // clz: the high word's, or 32 + the low word's when the high word is 0.
                let (first, second) = if opcode == Opcode::Clz { (ah, al) } else { (al, ah) };
                let count = |pos: &mut FuncCursor, x| if opcode == Opcode::Clz { pos.ins().clz(x) } else { pos.ins().ctz(x) };
                let c1 = count(pos, first);
                let c2 = count(pos, second);
                let c2 = pos.ins().iadd_imm_s(c2, 32);
                let zero = pos.ins().icmp_imm_s(IntCC::Equal, first, 0);
                let lo = pos.ins().select(zero, c2, c1);
                pair((lo, pos.ins().iconst(I32, 0)))
            }
            Opcode::Bswap | Opcode::Bitrev => {
                let (al, ah) = p(self, pos, 0)?;
                let mut f = |x| if opcode == Opcode::Bswap { pos.ins().bswap(x) } else { pos.ins().bitrev(x) };
                let lo = f(ah);
                pair((lo, f(al)))
            }
            Opcode::Fadd | Opcode::Fsub | Opcode::Fmul | Opcode::Fdiv => {
                let ((al, ah), (bl, bh)) = (p(self, pos, 0)?, p(self, pos, 1)?);
                let name = match opcode {
                    Opcode::Fadd => "__aeabi_dadd",
                    Opcode::Fsub => "__aeabi_dsub",
                    Opcode::Fmul => "__aeabi_dmul",
                    _ => "__aeabi_ddiv",
                };
                let r = self.libcall(pos, name, &[al, ah, bl, bh], 2);
                pair((r[0], r[1]))
            }
            Opcode::Fneg | Opcode::Fabs => {
                let (al, ah) = p(self, pos, 0)?;
                let hi = if opcode == Opcode::Fneg {
                    pos.ins().bxor_imm_u(ah, 0x8000_0000)
                } else {
                    pos.ins().band_imm_u(ah, 0x7fff_ffff)
                };
                pair((al, hi))
            }
            Opcode::Fcopysign => {
                let ((al, ah), (_, bh)) = (p(self, pos, 0)?, p(self, pos, 1)?);
                let magnitude = pos.ins().band_imm_u(ah, 0x7fff_ffff);
                let sign = pos.ins().band_imm_u(bh, 0x8000_0000);
                pair((al, pos.ins().bor(magnitude, sign)))
            }
            Opcode::Fcmp => {
                let InstructionData::FloatCompare { cond, .. } = data else { unreachable!() };
                let (a, b) = (p(self, pos, 0)?, p(self, pos, 1)?);
                one(self.fcmp64(pos, cond, a, b))
            }
            Opcode::Fpromote => {
                let bits = pos.ins().bitcast(I32, MemFlagsData::new(), args[0]);
                let r = self.libcall(pos, "__aeabi_f2d", &[bits], 2);
                pair((r[0], r[1]))
            }
            Opcode::Fdemote => {
                let (al, ah) = p(self, pos, 0)?;
                let r = self.libcall(pos, "__aeabi_d2f", &[al, ah], 1);
                one(pos.ins().bitcast(F32, MemFlagsData::new(), r[0]))
            }
            Opcode::FcvtFromSint | Opcode::FcvtFromUint => {
                let signed = opcode == Opcode::FcvtFromSint;
                let to = ty.expect("a result");
                let from_wide = arg_ty == Some(I64);
                let x: Vec<Value> = if from_wide {
                    let (lo, hi) = p(self, pos, 0)?;
                    vec![lo, hi]
                } else if arg_ty == Some(I32) {
                    vec![args[0]]
                } else if signed {
                    vec![pos.ins().sextend(I32, args[0])]
                } else {
                    vec![pos.ins().uextend(I32, args[0])]
                };
                let name = match (to == F64, from_wide, signed) {
                    (true, false, true) => "__aeabi_i2d",
                    (true, false, false) => "__aeabi_ui2d",
                    (true, true, true) => "__aeabi_l2d",
                    (true, true, false) => "__aeabi_ul2d",
                    (false, true, true) => "__aeabi_l2f",
                    (false, true, false) => "__aeabi_ul2f",
                    (false, false, _) => unreachable!("no 64-bit value involved"),
                };
                if to == F64 {
                    let r = self.libcall(pos, name, &x, 2);
                    pair((r[0], r[1]))
                } else {
                    let r = self.libcall(pos, name, &x, 1);
                    one(pos.ins().bitcast(F32, MemFlagsData::new(), r[0]))
                }
            }
            Opcode::FcvtToSintSat | Opcode::FcvtToUintSat | Opcode::FcvtToSint | Opcode::FcvtToUint => {
                let to = ty.expect("a result");
                let signed = matches!(opcode, Opcode::FcvtToSintSat | Opcode::FcvtToSint);
                let trapping = matches!(opcode, Opcode::FcvtToSint | Opcode::FcvtToUint);
                if to != I32 && to != I64 {
                    bail!("Thumb-2 backend: `{text}` is not supported (conversions to i32 and i64 are)");
                }
                if trapping {
                    self.range_check(pos, args[0], to, signed)?;
                }
                let from_f64 = arg_ty == Some(F64);
                if !from_f64 && to == I32 {
                    // The FPU converts f32 to i32 itself, saturating as the _sat forms ask.
                    let x = args[0];
                    let v = if signed { pos.ins().fcvt_to_sint_sat(I32, x) } else { pos.ins().fcvt_to_uint_sat(I32, x) };
                    return one(v);
                }
                let x: Vec<Value> = if from_f64 {
                    let (lo, hi) = p(self, pos, 0)?;
                    vec![lo, hi]
                } else {
                    vec![pos.ins().bitcast(I32, MemFlagsData::new(), args[0])]
                };
                // compiler_builtins converts as Rust's `as` does: saturating, NaN to 0.
                let name = match (from_f64, to == I64, signed) {
                    (true, false, true) => "__aeabi_d2iz",
                    (true, false, false) => "__aeabi_d2uiz",
                    (true, true, true) => "__aeabi_d2lz",
                    (true, true, false) => "__aeabi_d2ulz",
                    (false, true, true) => "__aeabi_f2lz",
                    (false, true, false) => "__aeabi_f2ulz",
                    (false, false, _) => unreachable!("handled above"),
                };
                if to == I64 {
                    let r = self.libcall(pos, name, &x, 2);
                    pair((r[0], r[1]))
                } else {
                    one(self.libcall(pos, name, &x, 1)[0])
                }
            }
            Opcode::Call => {
                let InstructionData::Call { func_ref, .. } = data else { unreachable!() };
                let flat = self.flatten(pos.func, args)?;
                let call = pos.ins().call(func_ref, &flat);
                Ok(Narrowed::Results(pos.func.dfg.inst_results(call).to_vec()))
            }
            Opcode::CallIndirect => {
                let InstructionData::CallIndirect { sig_ref, .. } = data else { unreachable!() };
                let flat = self.flatten(pos.func, &args[1..])?;
                let call = pos.ins().call_indirect(sig_ref, args[0], &flat);
                Ok(Narrowed::Results(pos.func.dfg.inst_results(call).to_vec()))
            }
            Opcode::Return => {
                let flat = self.flatten(pos.func, args)?;
                pos.ins().return_(&flat);
                Ok(Narrowed::Results(vec![]))
            }
            Opcode::Trapz | Opcode::Trapnz => {
                let (lo, hi) = p(self, pos, 0)?;
                let any = pos.ins().bor(lo, hi);
                pos.func.dfg.inst_args_mut(inst)[0] = any;
                Ok(Narrowed::InPlace)
            }
            Opcode::Jump | Opcode::Brif | Opcode::BrTable => Ok(Narrowed::InPlace),
            _ => bail!("Thumb-2 backend: `{text}` is not supported (64-bit values cover arithmetic, compares, conversions, memory and calls)"),
        }
    }

    /// Arguments with each 64-bit value as its two words.
    fn flatten(&self, func: &ir::Function, args: &[Value]) -> Result<Vec<Value>> {
        let mut out = Vec::new();
        for a in args {
            if wide(func.dfg.value_type(*a)) {
                let (lo, hi) = self.pair(func, *a)?;
                out.extend([lo, hi]);
            } else {
                out.push(*a);
            }
        }
        Ok(out)
    }

    /// Traps unless float `x` truncates to a value of integer type `to`: NaN and values out
    /// of range trap, as `fcvt_to_sint`/`fcvt_to_uint` ask.
    fn range_check(&mut self, pos: &mut FuncCursor, x: Value, to: Type, signed: bool) -> Result<()> {
        let bits = to.bits() as i32;
        // Valid: lower < x < upper, both exclusive (for signed: −2^(n−1) − 1 and 2^(n−1)).
        let (lower, upper) =
            if signed { (-(2f64.powi(bits - 1)) - 1.0, 2f64.powi(bits - 1)) } else { (-1.0, 2f64.powi(bits)) };
        let ok = if pos.func.dfg.value_type(x) == F64 {
            let xp = self.pair(pos.func, x)?;
            let konst = |pos: &mut FuncCursor, f: f64| {
                let b = f.to_bits();
                (pos.ins().iconst(I32, b as u32 as i64), pos.ins().iconst(I32, (b >> 32) as u32 as i64))
            };
            // For i64, −2^63 − 1 is −2^63 as an f64: the lower bound includes it.
            let (lower_cc, lower) = if signed && bits == 64 {
                (FloatCC::GreaterThanOrEqual, -(2f64.powi(63)))
            } else {
                (FloatCC::GreaterThan, lower)
            };
            let l = konst(pos, lower);
            let u = konst(pos, upper);
            let above = self.fcmp64(pos, lower_cc, xp, l);
            let below = self.fcmp64(pos, FloatCC::LessThan, xp, u);
            pos.ins().band(above, below)
        } else {
            // In f32, −2^31 − 1 rounds to −2^31, so the lower bound includes it.
            let (lower_cc, lower) = if signed {
                (FloatCC::GreaterThanOrEqual, -(2f32.powi(bits - 1)))
            } else {
                (FloatCC::GreaterThan, -1.0)
            };
            let l = pos.ins().f32const(lower);
            let u = pos.ins().f32const(upper as f32);
            let above = pos.ins().fcmp(lower_cc, x, l);
            let below = pos.ins().fcmp(FloatCC::LessThan, x, u);
            pos.ins().band(above, below)
        };
        pos.ins().trapz(ok, TrapCode::BAD_CONVERSION_TO_INTEGER);
        Ok(())
    }
}
