//! Differential testing: random CLIF functions, each run by `cranelift-interpreter` and by our
//! Thumb-2 code in QEMU, must return the same values. Seeded and reproducible:
//! `MPYC_DIFF_SEED` picks the seed, `MPYC_DIFF_FUNCS` the number of functions (each called
//! with several argument sets); the default run fits CI, a longer one is documented in
//! docs/testing.md.

use cranelift_codegen::data_value::DataValue;
use cranelift_codegen::ir::{
    self, condcodes::IntCC, types, BlockArg, ExtFuncData, ExternalName, InstBuilder, UserExternalName, UserFuncName,
};
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};
use cranelift_interpreter::environment::FunctionStore;
use cranelift_interpreter::interpreter::{Interpreter, InterpreterState};
use cranelift_interpreter::step::ControlFlow;

/// Every integer condition.
const INT_CCS: [IntCC; 10] = [
    IntCC::Equal,
    IntCC::NotEqual,
    IntCC::SignedLessThan,
    IntCC::SignedGreaterThanOrEqual,
    IntCC::SignedGreaterThan,
    IntCC::SignedLessThanOrEqual,
    IntCC::UnsignedLessThan,
    IntCC::UnsignedGreaterThanOrEqual,
    IntCC::UnsignedGreaterThan,
    IntCC::UnsignedLessThanOrEqual,
];

/// xorshift64*: small, seedable, and the same everywhere.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }
    /// An i32 likely to sit on an edge: 0, ±1, powers of two, the extremes, or anything.
    fn int(&mut self) -> i32 {
        const EDGES: [i32; 14] = [0, 1, -1, 2, 7, 31, 32, 255, 256, 4095, 4096, 0xffff, i32::MAX, i32::MIN];
        if self.chance(50) {
            EDGES[self.below(EDGES.len())]
        } else {
            self.next() as i32 >> self.below(31)
        }
    }
}

struct Gen<'a> {
    rng: &'a mut Rng,
    b: FunctionBuilder<'a>,
    /// i32 values usable at the current point.
    pool: Vec<ir::Value>,
    depth: usize,
    /// Earlier functions this one may call: (index, parameter count). They make no calls
    /// themselves, so the work per call stays bounded.
    callees: &'a [(u32, usize)],
    calls: usize,
    /// A 64-byte stack slot, initialised at entry, for loads and stores.
    slot: ir::StackSlot,
    /// f32 values usable at the current point.
    fpool: Vec<ir::Value>,
}

impl Gen<'_> {
    fn pick(&mut self) -> ir::Value {
        if self.pool.is_empty() || self.rng.chance(10) {
            let c = self.rng.int();
            return self.b.ins().iconst(types::I32, c as i64);
        }
        let n = self.pool.len();
        // Prefer recent values, but reach back far enough to keep many values live.
        let back = self.rng.below(n.min(24));
        self.pool[n - 1 - back]
    }

    /// A divisor that is positive, so neither division by zero nor INT_MIN / -1 can occur.
    fn divisor(&mut self, v: ir::Value, ty: ir::Type) -> ir::Value {
        let mask = if ty == types::I8 { 0x3f } else { 0x7fff };
        let m = self.b.ins().band_imm_u(v, mask);
        self.b.ins().bor_imm_u(m, 1)
    }

    fn binary(&mut self, ty: ir::Type) -> ir::Value {
        let (mut a, mut b) = (self.pick(), self.pick());
        if ty != types::I32 {
            a = self.b.ins().ireduce(ty, a);
            b = self.b.ins().ireduce(ty, b);
        }
        let ins = self.b.ins();
        let r = match self.rng.below(13) {
            0 => ins.iadd(a, b),
            1 => ins.isub(a, b),
            2 => ins.imul(a, b),
            3 => ins.band(a, b),
            4 => ins.bor(a, b),
            5 => ins.bxor(a, b),
            6 => ins.ishl(a, b),
            7 => ins.ushr(a, b),
            8 => ins.sshr(a, b),
            k => {
                let d = self.divisor(b, ty);
                let ins = self.b.ins();
                match k {
                    9 => ins.udiv(a, d),
                    10 => ins.sdiv(a, d),
                    11 => ins.urem(a, d),
                    _ => ins.srem(a, d),
                }
            }
        };
        self.widen(r, ty)
    }

    fn widen(&mut self, r: ir::Value, ty: ir::Type) -> ir::Value {
        if ty == types::I32 {
            r
        } else if self.rng.chance(50) {
            self.b.ins().uextend(types::I32, r)
        } else {
            self.b.ins().sextend(types::I32, r)
        }
    }

    fn cond(&mut self) -> ir::Value {
        let cc = INT_CCS[self.rng.below(INT_CCS.len())];
        let (mut a, mut b) = (self.pick(), self.pick());
        if self.rng.chance(15) {
            // Whether an add or subtract overflows (tested by a branch, or kept as a value).
            let (r, overflow) =
                if self.rng.chance(50) { self.b.ins().sadd_overflow(a, b) } else { self.b.ins().ssub_overflow(a, b) };
            self.pool.push(r);
            return overflow;
        }
        if self.rng.chance(10) {
            // A two-word sum or difference and whether it overflows (`adds`+`adcs`).
            let (x, y) = (self.pick(), self.pick());
            let sub = self.rng.chance(50);
            let (lo, carry) = if sub { self.b.ins().usub_overflow(a, b) } else { self.b.ins().uadd_overflow(a, b) };
            let (hi, overflow) = if sub {
                self.b.ins().ssub_overflow_bin(x, y, carry)
            } else {
                self.b.ins().sadd_overflow_cin(x, y, carry)
            };
            self.pool.push(lo);
            self.pool.push(hi);
            // The interpreter calls it an overflow when `x ± y` overflows and the carry brings
            // it back (`x + y = −2³¹ − 1`, `x − y = 2³¹`, wrapping to 2³¹ − 1 and −2³¹); the
            // core's V flag is the whole sum's. Those inputs are left out of the comparison.
            let wrapped = if sub { self.b.ins().isub(x, y) } else { self.b.ins().iadd(x, y) };
            let edge = if sub { i32::MIN } else { i32::MAX };
            let edge = self.b.ins().icmp_imm_s(IntCC::Equal, wrapped, i64::from(edge));
            let exact = self.b.ins().bxor_imm_s(edge, 1);
            return self.b.ins().band(overflow, exact);
        }
        if self.rng.chance(25) {
            let ty = if self.rng.chance(50) { types::I8 } else { types::I16 };
            a = self.b.ins().ireduce(ty, a);
            b = self.b.ins().ireduce(ty, b);
        }
        self.b.ins().icmp(cc, a, b)
    }

    fn value(&mut self) -> ir::Value {
        match self.rng.below(10) {
            0..=4 => self.binary(types::I32),
            5 => {
                let ty = if self.rng.chance(50) { types::I8 } else { types::I16 };
                self.binary(ty)
            }
            6 => {
                let c = self.cond();
                let (x, y) = (self.pick(), self.pick());
                self.b.ins().select(c, x, y)
            }
            7 if self.rng.chance(20) => {
                // A carry or borrow kept as a value.
                let (a, b) = (self.pick(), self.pick());
                let (r, carry) = if self.rng.chance(50) {
                    self.b.ins().uadd_overflow(a, b)
                } else {
                    self.b.ins().usub_overflow(a, b)
                };
                self.pool.push(r);
                self.b.ins().uextend(types::I32, carry)
            }
            7 => {
                let c = self.cond();
                self.b.ins().uextend(types::I32, c)
            }
            8 => {
                let a = self.pick();
                let ins = self.b.ins();
                match self.rng.below(8) {
                    0 => ins.ineg(a),
                    1 => ins.bnot(a),
                    2 => ins.iabs(a),
                    3 => ins.clz(a),
                    4 => ins.ctz(a),
                    5 => ins.bitrev(a),
                    6 => ins.bswap(a),
                    _ => ins.bmask(types::I32, a),
                }
            }
            9 if self.rng.chance(25) => self.i64_value(),
            9 if self.rng.chance(25) => self.f64_value(),
            9 if self.rng.chance(15) => self.checked(),
            9 if self.rng.chance(40) => self.memory(),
            9 if self.rng.chance(50) => self.float_value(),
            9 if self.rng.chance(30) => {
                // A full product: low and high words of the same operands.
                let (a, b) = (self.pick(), self.pick());
                let lo = self.b.ins().imul(a, b);
                let hi = if self.rng.chance(50) { self.b.ins().smulhi(a, b) } else { self.b.ins().umulhi(a, b) };
                self.b.ins().bxor(lo, hi)
            }
            9 if !self.callees.is_empty() && self.calls < 3 && self.rng.chance(50) => {
                self.calls += 1;
                let (index, params) = self.callees[self.rng.below(self.callees.len())];
                let signature = self.b.import_signature(signature(params));
                let name = self.b.func.declare_imported_user_function(UserExternalName::new(0, index));
                let callee = self.b.import_function(ExtFuncData {
                    name: ExternalName::user(name),
                    signature,
                    colocated: false,
                    patchable: false,
                });
                let args: Vec<ir::Value> = (0..params).map(|_| self.pick()).collect();
                let call = self.b.ins().call(callee, &args);
                self.b.inst_results(call)[0]
            }
            _ => {
                let a = self.pick();
                let c = self.rng.int();
                let ins = self.b.ins();
                match self.rng.below(7) {
                    0 => ins.iadd_imm_s(a, c as i64),
                    1 => ins.band_imm_u(a, c as u32 as i64),
                    2 => ins.ishl_imm_u(a, (c & 31) as i64),
                    3 => ins.sshr_imm_u(a, (c & 31) as i64),
                    // Multipliers of the form 2^k ± 1.
                    4 => {
                        let k = 1 + (c as u32 & 31) % 31;
                        let m = if c < 0 { (1u32 << k).wrapping_sub(1) } else { (1u32 << k).wrapping_add(1) };
                        ins.imul_imm_s(a, m as i32 as i64)
                    }
                    _ => {
                        // An operation on a shifted operand, either side.
                        let k = (c & 31) as i64;
                        let sh = match self.rng.below(3) {
                            0 => ins.ishl_imm_u(a, k),
                            1 => ins.ushr_imm_u(a, k),
                            _ => ins.sshr_imm_u(a, k),
                        };
                        let b = self.pick();
                        let (x, y) = if self.rng.chance(50) { (b, sh) } else { (sh, b) };
                        let ins = self.b.ins();
                        match self.rng.below(5) {
                            0 => ins.iadd(x, y),
                            1 => ins.isub(x, y),
                            2 => ins.band(x, y),
                            3 => ins.bor(x, y),
                            _ => ins.bxor(x, y),
                        }
                    }
                }
            }
        }
    }

    /// An i64: from one or two i32s.
    fn i64_operand(&mut self) -> ir::Value {
        let a = self.pick();
        match self.rng.below(4) {
            0 => self.b.ins().sextend(types::I64, a),
            1 => self.b.ins().uextend(types::I64, a),
            2 => {
                let c = ((self.rng.next() >> 1) as i64) >> self.rng.below(63);
                self.b.ins().iconst(types::I64, c)
            }
            _ => {
                // Two words (the interpreter has no iconcat).
                let b = self.pick();
                let lo = self.b.ins().uextend(types::I64, a);
                let hi = self.b.ins().uextend(types::I64, b);
                let hi = self.b.ins().ishl_imm_u(hi, 32);
                self.b.ins().bor(lo, hi)
            }
        }
    }

    /// An i64 folded into an i32: low word xor high word.
    fn fold64(&mut self, r: ir::Value) -> ir::Value {
        let lo = self.b.ins().ireduce(types::I32, r);
        let hi = self.b.ins().ushr_imm_u(r, 32);
        let hi = self.b.ins().ireduce(types::I32, hi);
        self.b.ins().bxor(lo, hi)
    }

    /// Work on i64 values (narrowed to pairs of words), ending in an i32.
    fn i64_value(&mut self) -> ir::Value {
        let (a, b) = (self.i64_operand(), self.i64_operand());
        let k = self.rng.below(64) as i64;
        let ins = self.b.ins();
        let r = match self.rng.below(22) {
            0 => ins.iadd(a, b),
            1 => ins.isub(a, b),
            2 => ins.imul(a, b),
            3 => ins.band(a, b),
            4 => ins.bor(a, b),
            5 => ins.bxor(a, b),
            6 => ins.ineg(a),
            7 => ins.bnot(a),
            8 => ins.ishl_imm_u(a, k),
            9 => ins.ushr_imm_u(a, k),
            10 => ins.sshr_imm_u(a, k),
            11 => {
                let n = self.pick();
                let ins = self.b.ins();
                match self.rng.below(5) {
                    0 => ins.ishl(a, n),
                    1 => ins.ushr(a, n),
                    2 => ins.sshr(a, n),
                    3 => ins.rotl(a, n),
                    _ => ins.rotr(a, n),
                }
            }
            12 => ins.rotl_imm_u(a, k),
            13 => {
                let cc = INT_CCS[self.rng.below(INT_CCS.len())];
                let c = self.b.ins().icmp(cc, a, b);
                return self.b.ins().uextend(types::I32, c);
            }
            14 => {
                let c = self.cond();
                self.b.ins().select(c, a, b)
            }
            15 => {
                // A positive divisor, so that neither zero nor MIN / -1 comes up.
                let d = self.b.ins().band_imm_u(b, 0x7fff_ffff_ffff);
                let d = self.b.ins().bor_imm_u(d, 1);
                let ins = self.b.ins();
                match self.rng.below(4) {
                    0 => ins.udiv(a, d),
                    1 => ins.sdiv(a, d),
                    2 => ins.urem(a, d),
                    _ => ins.srem(a, d),
                }
            }
            16 => ins.iabs(a),
            17 => match self.rng.below(4) {
                0 => ins.smin(a, b),
                1 => ins.smax(a, b),
                2 => ins.umin(a, b),
                _ => ins.umax(a, b),
            },
            18 => match self.rng.below(4) {
                0 => ins.clz(a),
                1 => ins.ctz(a),
                2 => ins.bswap(a),
                _ => ins.bitrev(a),
            },
            19 => {
                let base = self.b.ins().stack_addr(types::I32, self.slot, 0);
                let flags = ir::MemFlagsData::trusted();
                let off = 8 * self.rng.below(7) as i32;
                self.b.ins().store(flags, a, base, off);
                let off2 = 8 * self.rng.below(7) as i32;
                self.b.ins().load(types::I64, flags, base, off2)
            }
            _ => return self.b.ins().ireduce(types::I32, a),
        };
        self.fold64(r)
    }

    /// An f64 from an i32, an i64, an f32 or a constant.
    fn f64_operand(&mut self) -> ir::Value {
        match self.rng.below(5) {
            0 => {
                let a = self.pick();
                self.b.ins().fcvt_from_sint(types::F64, a)
            }
            1 => {
                let a = self.pick();
                self.b.ins().fcvt_from_uint(types::F64, a)
            }
            2 => {
                let a = self.i64_operand();
                self.b.ins().fcvt_from_sint(types::F64, a)
            }
            3 => {
                let f = self.fpick();
                self.b.ins().fpromote(types::F64, f)
            }
            _ => {
                const EDGES: [f64; 8] = [0.0, -0.0, 1.0, -2.5, 0.1, 1e300, -3e-310, 4294967296.5];
                let c = EDGES[self.rng.below(EDGES.len())];
                self.b.ins().f64const(c)
            }
        }
    }

    /// Work on f64 values (soft-float calls), ending in an i32 by a compare or a saturating
    /// conversion (never by the bits of a NaN, whose payload the standard leaves open).
    fn f64_value(&mut self) -> ir::Value {
        use ir::condcodes::FloatCC;
        let (a, b) = (self.f64_operand(), self.f64_operand());
        let ins = self.b.ins();
        let x = match self.rng.below(9) {
            0 => ins.fadd(a, b),
            1 => ins.fsub(a, b),
            2 => ins.fmul(a, b),
            3 => ins.fdiv(a, b),
            4 => ins.fneg(a),
            5 => ins.fabs(a),
            6 => ins.fcopysign(a, b),
            7 => {
                let c = self.cond();
                self.b.ins().select(c, a, b)
            }
            _ => {
                let base = self.b.ins().stack_addr(types::I32, self.slot, 0);
                let flags = ir::MemFlagsData::trusted();
                let off = 8 * self.rng.below(7) as i32;
                self.b.ins().store(flags, a, base, off);
                self.b.ins().load(types::F64, flags, base, off)
            }
        };
        const CCS: [FloatCC; 14] = [
            FloatCC::Equal,
            FloatCC::NotEqual,
            FloatCC::LessThan,
            FloatCC::LessThanOrEqual,
            FloatCC::GreaterThan,
            FloatCC::GreaterThanOrEqual,
            FloatCC::Unordered,
            FloatCC::Ordered,
            FloatCC::UnorderedOrLessThan,
            FloatCC::UnorderedOrLessThanOrEqual,
            FloatCC::UnorderedOrGreaterThan,
            FloatCC::UnorderedOrGreaterThanOrEqual,
            FloatCC::OrderedNotEqual,
            FloatCC::UnorderedOrEqual,
        ];
        match self.rng.below(6) {
            0 | 1 => {
                let cc = CCS[self.rng.below(CCS.len())];
                let y = if self.rng.chance(30) { x } else { self.f64_operand() };
                let c = self.b.ins().fcmp(cc, x, y);
                self.b.ins().uextend(types::I32, c)
            }
            2 => self.b.ins().fcvt_to_sint_sat(types::I32, x),
            3 => self.b.ins().fcvt_to_uint_sat(types::I32, x),
            4 => {
                let w = if self.rng.chance(50) {
                    self.b.ins().fcvt_to_sint_sat(types::I64, x)
                } else {
                    self.b.ins().fcvt_to_uint_sat(types::I64, x)
                };
                self.fold64(w)
            }
            _ => {
                let f = self.b.ins().fdemote(types::F32, x);
                self.fpool.push(f);
                self.b.ins().fcvt_to_sint_sat(types::I32, f)
            }
        }
    }

    /// Checks that never fail: traps on impossible conditions, and trapping conversions of
    /// values in range.
    fn checked(&mut self) -> ir::Value {
        let a = self.pick();
        match self.rng.below(4) {
            0 => {
                let nonzero = self.b.ins().bor_imm_u(a, 1);
                self.b.ins().trapz(nonzero, ir::TrapCode::unwrap_user(1));
                nonzero
            }
            1 => {
                let small = self.b.ins().band_imm_u(a, 0xffff);
                let big = self.b.ins().icmp_imm_u(IntCC::UnsignedGreaterThan, small, 0xffff);
                self.b.ins().trapnz(big, ir::TrapCode::unwrap_user(2));
                small
            }
            2 => {
                let small = self.b.ins().sshr_imm_u(a, 8);
                let f = self.b.ins().fcvt_from_sint(types::F32, small);
                self.b.ins().fcvt_to_sint(types::I32, f)
            }
            _ => {
                let f = self.b.ins().fcvt_from_uint(types::F64, a);
                if self.rng.chance(50) {
                    self.b.ins().fcvt_to_uint(types::I32, f)
                } else {
                    let w = self.b.ins().fcvt_to_sint(types::I64, f);
                    self.b.ins().ireduce(types::I32, w)
                }
            }
        }
    }

    /// A `br_table` on a small index: each case and the default pass their own values on.
    fn switch(&mut self) {
        let x = self.pick();
        let idx = self.b.ins().band_imm_u(x, 7);
        let merge = self.b.create_block();
        self.b.append_block_param(merge, types::I32);
        let cases: Vec<ir::Block> = (0..1 + self.rng.below(5)).map(|_| self.b.create_block()).collect();
        let default = self.b.create_block();
        let pool = &mut self.b.func.dfg.value_lists;
        let entries: Vec<ir::BlockCall> = cases.iter().map(|c| ir::BlockCall::new(*c, [], pool)).collect();
        let def = ir::BlockCall::new(default, [], pool);
        let jt = self.b.create_jump_table(ir::JumpTableData::new(def, &entries));
        self.b.ins().br_table(idx, jt);
        for block in cases.into_iter().chain([default]) {
            self.b.switch_to_block(block);
            self.b.seal_block(block);
            let v = self.pick();
            let c = self.rng.int() as i64;
            let r = self.b.ins().iadd_imm_s(v, c);
            self.b.ins().jump(merge, &[BlockArg::Value(r)]);
        }
        self.b.switch_to_block(merge);
        self.b.seal_block(merge);
        let p = self.b.block_params(merge)[0];
        self.pool.push(p);
    }

    /// A store and a load through the stack slot: at a constant offset, at `base + (i << 2)`,
    /// or as bytes; returns the loaded value.
    fn memory(&mut self) -> ir::Value {
        let slot = self.slot;
        let value = self.pick();
        let index = self.pick();
        match self.rng.below(3) {
            0 => {
                let (w, r) = (4 * self.rng.below(16) as i32, 4 * self.rng.below(16) as i32);
                self.b.ins().stack_store(types::I32, value, slot, w);
                self.b.ins().stack_load(types::I32, types::I32, slot, r)
            }
            1 => {
                let base = self.b.ins().stack_addr(types::I32, slot, 0);
                let i = self.b.ins().band_imm_u(index, 15);
                let off = self.b.ins().ishl_imm_u(i, 2);
                let p = self.b.ins().iadd(base, off);
                let flags = ir::MemFlagsData::trusted();
                self.b.ins().store(flags, value, p, 0);
                let other = self.pick();
                let j = self.b.ins().band_imm_u(other, 15);
                let off = self.b.ins().ishl_imm_u(j, 2);
                let q = self.b.ins().iadd(base, off);
                self.b.ins().load(types::I32, flags, q, 0)
            }
            _ => {
                let base = self.b.ins().stack_addr(types::I32, slot, 0);
                let i = self.b.ins().band_imm_u(index, 63);
                let p = self.b.ins().iadd(base, i);
                let flags = ir::MemFlagsData::trusted();
                self.b.ins().istore8(flags, value, p, 0);
                let k = self.rng.below(64) as i32;
                if self.rng.chance(50) {
                    self.b.ins().uload8(types::I32, flags, base, k)
                } else {
                    self.b.ins().sload16(types::I32, flags, base, k & !1)
                }
            }
        }
    }

    fn fpick(&mut self) -> ir::Value {
        if self.fpool.is_empty() || self.rng.chance(15) {
            const EDGES: [f32; 10] = [0.0, -0.0, 1.0, -1.5, 0.1, 3.25e-3, 1e30, -2.5e-40, 65536.0, 7.0];
            let c =
                if self.rng.chance(60) { EDGES[self.rng.below(EDGES.len())] } else { self.rng.int() as f32 / 1024.0 };
            return self.b.ins().f32const(c);
        }
        let n = self.fpool.len();
        let back = self.rng.below(n.min(12));
        self.fpool[n - 1 - back]
    }

    /// Work on f32 values, ending in an i32: the NaN-canonical bits of a float, a compare, or
    /// a saturating conversion.
    fn float_value(&mut self) -> ir::Value {
        use ir::condcodes::FloatCC;
        const CCS: [FloatCC; 12] = [
            FloatCC::Equal,
            FloatCC::NotEqual,
            FloatCC::LessThan,
            FloatCC::LessThanOrEqual,
            FloatCC::GreaterThan,
            FloatCC::GreaterThanOrEqual,
            FloatCC::Unordered,
            FloatCC::Ordered,
            FloatCC::UnorderedOrLessThan,
            FloatCC::UnorderedOrLessThanOrEqual,
            FloatCC::UnorderedOrGreaterThan,
            FloatCC::UnorderedOrGreaterThanOrEqual,
        ];
        for _ in 0..1 + self.rng.below(4) {
            let f = match self.rng.below(9) {
                0 => {
                    let i = self.pick();
                    if self.rng.chance(50) {
                        self.b.ins().fcvt_from_sint(types::F32, i)
                    } else {
                        self.b.ins().fcvt_from_uint(types::F32, i)
                    }
                }
                1..=4 => {
                    let (a, b) = (self.fpick(), self.fpick());
                    let ins = self.b.ins();
                    match self.rng.below(4) {
                        0 => ins.fadd(a, b),
                        1 => ins.fsub(a, b),
                        2 => ins.fmul(a, b),
                        _ => ins.fdiv(a, b),
                    }
                }
                5 => {
                    let a = self.fpick();
                    let ins = self.b.ins();
                    match self.rng.below(3) {
                        0 => ins.fneg(a),
                        1 => ins.fabs(a),
                        _ => ins.sqrt(a),
                    }
                }
                6 => {
                    let (x, y) = (self.fpick(), self.fpick());
                    let c = self.cond();
                    self.b.ins().select(c, x, y)
                }
                7 => {
                    let (x, y) = (self.fpick(), self.fpick());
                    let (a, b) = (self.fpick(), self.fpick());
                    let cc = CCS[self.rng.below(CCS.len())];
                    let c = self.b.ins().fcmp(cc, a, b);
                    self.b.ins().select(c, x, y)
                }
                _ => {
                    let x = self.fpick();
                    let k = 4 * self.rng.below(16) as i32;
                    self.b.ins().stack_store(types::I32, x, self.slot, k);
                    self.b.ins().stack_load(types::I32, types::F32, self.slot, k)
                }
            };
            self.fpool.push(f);
        }
        let x = self.fpick();
        match self.rng.below(3) {
            0 => {
                let (a, b) = (self.fpick(), self.fpick());
                let cc = CCS[self.rng.below(CCS.len())];
                let c = self.b.ins().fcmp(cc, a, b);
                let (p, q) = (self.pick(), self.pick());
                self.b.ins().select(c, p, q)
            }
            1 => {
                if self.rng.chance(50) {
                    self.b.ins().fcvt_to_sint_sat(types::I32, x)
                } else {
                    self.b.ins().fcvt_to_uint_sat(types::I32, x)
                }
            }
            _ => {
                let bits = self.b.ins().bitcast(types::I32, ir::MemFlagsData::new(), x);
                let nan = self.b.ins().fcmp(FloatCC::Unordered, x, x);
                let canonical = self.b.ins().iconst(types::I32, 0x7fc0_0000);
                self.b.ins().select(nan, canonical, bits)
            }
        }
    }

    /// A run of straight-line values, diamonds and counted loops.
    fn statements(&mut self, n: usize) {
        for _ in 0..n {
            match self.rng.below(12) {
                0 if self.depth < 2 => self.diamond(),
                1 if self.depth < 2 => self.counted_loop(),
                2 if self.depth < 2 => self.while_loop(),
                3 if self.depth < 2 && self.rng.chance(50) => self.switch(),
                _ => {
                    let v = self.value();
                    self.pool.push(v);
                }
            }
        }
    }

    fn diamond(&mut self) {
        let c = self.cond();
        let (then, other, merge) = (self.b.create_block(), self.b.create_block(), self.b.create_block());
        let params = 1 + self.rng.below(3);
        for _ in 0..params {
            self.b.append_block_param(merge, types::I32);
        }
        self.b.ins().brif(c, then, &[], other, &[]);
        let keep = self.pool.len();
        let fkeep = self.fpool.len();
        self.depth += 1;
        for block in [then, other] {
            self.b.switch_to_block(block);
            self.b.seal_block(block);
            let n = self.rng.below(6);
            self.statements(n);
            let args: Vec<BlockArg> = (0..params).map(|_| BlockArg::Value(self.pick())).collect();
            self.b.ins().jump(merge, &args);
            self.pool.truncate(keep);
            self.fpool.truncate(fkeep);
        }
        self.depth -= 1;
        self.b.switch_to_block(merge);
        self.b.seal_block(merge);
        let merged = self.b.block_params(merge).to_vec();
        self.pool.extend(merged);
    }

    /// `while i < bound: ...; i += 1` with the test at the top and a bound computed in the
    /// header from a value outside the loop (which hoisting moves out).
    fn while_loop(&mut self) {
        let (header, body, exit) = (self.b.create_block(), self.b.create_block(), self.b.create_block());
        let i = self.b.append_block_param(header, types::I32);
        let acc = self.b.append_block_param(header, types::I32);
        let outer = self.pick();
        let (zero, init) = (self.b.ins().iconst(types::I32, 0), self.pick());
        self.b.ins().jump(header, &[BlockArg::Value(zero), BlockArg::Value(init)]);
        self.b.switch_to_block(header);
        let masked = self.b.ins().band_imm_u(outer, 3);
        let bound = self.b.ins().iadd_imm_s(masked, 1);
        let cc = if self.rng.chance(50) { IntCC::SignedLessThan } else { IntCC::UnsignedLessThan };
        let more = self.b.ins().icmp(cc, i, bound);
        self.b.ins().brif(more, body, &[], exit, &[]);
        self.b.switch_to_block(body);
        self.b.seal_block(body);
        let keep = self.pool.len();
        let fkeep = self.fpool.len();
        self.pool.push(i);
        self.pool.push(acc);
        self.depth += 1;
        let n = 1 + self.rng.below(5);
        self.statements(n);
        self.depth -= 1;
        let step = self.pick();
        let next_acc = self.b.ins().iadd(acc, step);
        let next_i = self.b.ins().iadd_imm_s(i, 1);
        self.b.ins().jump(header, &[BlockArg::Value(next_i), BlockArg::Value(next_acc)]);
        self.b.seal_block(header);
        self.pool.truncate(keep);
        self.fpool.truncate(fkeep);
        self.b.switch_to_block(exit);
        self.b.seal_block(exit);
        self.pool.push(acc);
    }

    fn counted_loop(&mut self) {
        let trips = 1 + self.rng.below(6) as i64;
        let (header, exit) = (self.b.create_block(), self.b.create_block());
        let i = self.b.append_block_param(header, types::I32);
        let acc = self.b.append_block_param(header, types::I32);
        let result = self.b.append_block_param(exit, types::I32);
        let (zero, init) = (self.b.ins().iconst(types::I32, 0), self.pick());
        self.b.ins().jump(header, &[BlockArg::Value(zero), BlockArg::Value(init)]);
        self.b.switch_to_block(header);
        let keep = self.pool.len();
        let fkeep = self.fpool.len();
        self.pool.push(i);
        self.pool.push(acc);
        self.depth += 1;
        let n = 1 + self.rng.below(6);
        self.statements(n);
        self.depth -= 1;
        let step = self.pick();
        let next_acc = self.b.ins().bxor(acc, step);
        let next_i = self.b.ins().iadd_imm_s(i, 1);
        let more = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, next_i, trips);
        self.b.ins().brif(
            more,
            header,
            &[BlockArg::Value(next_i), BlockArg::Value(next_acc)],
            exit,
            &[BlockArg::Value(next_acc)],
        );
        self.b.seal_block(header);
        self.pool.truncate(keep);
        self.fpool.truncate(fkeep);
        self.b.switch_to_block(exit);
        self.b.seal_block(exit);
        self.pool.push(result);
    }
}

use super::testrun::signature;

/// A random function of `params` i32 parameters returning an i32, which may call `callees`.
fn generate(rng: &mut Rng, index: u32, params: usize, callees: &[(u32, usize)]) -> (ir::Function, bool) {
    let mut func = ir::Function::with_name_signature(UserFuncName::user(0, index), signature(params));
    let mut fctx = FunctionBuilderContext::new();
    let mut b = FunctionBuilder::new(&mut func, &mut fctx);
    let entry = b.create_block();
    b.append_block_params_for_function_params(entry);
    b.switch_to_block(entry);
    b.seal_block(entry);
    let pool = b.block_params(entry).to_vec();
    let slot = b.create_sized_stack_slot(ir::StackSlotData::new(ir::StackSlotKind::ExplicitSlot, 64, 3));
    for k in 0..16 {
        let c = b.ins().iconst(types::I32, (rng.int()) as i64);
        b.ins().stack_store(types::I32, c, slot, 4 * k);
    }
    let mut g = Gen { rng, b, pool, depth: 0, callees, calls: 0, slot, fpool: Vec::new() };
    let n = 4 + g.rng.below(28);
    g.statements(n);
    // The result depends on many of the values computed.
    let mut r = g.pick();
    for _ in 0..1 + g.rng.below(6) {
        let v = g.pick();
        r = g.b.ins().bxor(r, v);
        r = g.b.ins().rotl_imm_u(r, 5);
    }
    g.b.ins().return_(&[r]);
    let calls = g.calls > 0;
    g.b.finalize(crate::lower::frontend_config(types::I32));
    (func, calls)
}

/// `func` with every other call made through a register (`func_addr` + `call_indirect`):
/// the interpreter cannot call through 32-bit addresses, so it runs the direct version.
fn with_indirect_calls(func: &ir::Function) -> ir::Function {
    use cranelift_codegen::cursor::{Cursor, FuncCursor};
    let mut f = func.clone();
    let mut pos = FuncCursor::new(&mut f);
    let mut n = 0;
    while let Some(_block) = pos.next_block() {
        while let Some(inst) = pos.next_inst() {
            let ir::InstructionData::Call { func_ref, .. } = pos.func.dfg.insts[inst] else { continue };
            n += 1;
            if n % 2 == 0 {
                continue;
            }
            let args = pos.func.dfg.inst_args(inst).to_vec();
            let sig = pos.func.dfg.ext_funcs[func_ref].signature;
            let addr = pos.ins().func_addr(types::I32, func_ref);
            let old = pos.func.dfg.inst_results(inst)[0];
            let new = pos.ins().call_indirect(sig, addr, &args);
            let r = pos.func.dfg.inst_results(new)[0];
            pos.remove_inst_and_step_back();
            pos.func.dfg.detach_inst_results(inst);
            pos.func.dfg.change_to_alias(old, r);
        }
    }
    f.dfg.resolve_all_aliases();
    f
}

/// One call to check: function index, arguments, and what the interpreter returned.
struct Call {
    func: usize,
    args: Vec<i32>,
    want: i32,
}

/// Runs `funcs[index]` in the interpreter; functions are known by their CLIF names, `u0:N`.
fn interpret(funcs: &[ir::Function], index: usize, args: &[i32]) -> Result<i32, String> {
    let mut store = FunctionStore::default();
    for (i, f) in funcs.iter().enumerate() {
        store.add(format!("u0:{i}"), f);
    }
    let state = InterpreterState::default().with_function_store(store);
    let mut interp = Interpreter::new(state).with_fuel(Some(10_000_000));
    let args: Vec<DataValue> = args.iter().map(|a| DataValue::I32(*a)).collect();
    match interp.call_by_name(&format!("u0:{index}"), &args) {
        Ok(ControlFlow::Return(r)) => match r.first() {
            Some(DataValue::I32(v)) => Ok(*v),
            other => Err(format!("interpreter returned {other:?}")),
        },
        Ok(other) => Err(format!("interpreter stopped with {other:?}")),
        Err(e) => Err(format!("interpreter: {e} ({e:?})")),
    }
}

fn env_num(name: &str, default: u64) -> u64 {
    std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

#[test]
fn thumb2_agrees_with_the_interpreter() {
    let seed = env_num("MPYC_DIFF_SEED", 0x5eed_2026);
    let total = env_num("MPYC_DIFF_FUNCS", 2000) as usize;
    let mut rng = Rng(seed | 1);
    let (mut checked, mut batch_no, mut callers) = (0, 0, 0);
    while checked < total {
        let n = (total - checked).min(60);
        let mut funcs: Vec<ir::Function> = Vec::new();
        let mut leaves: Vec<(u32, usize)> = Vec::new();
        for i in 0..n {
            let params = rng.below(8);
            let (f, calls) = generate(&mut rng, i as u32, params, &leaves);
            if calls {
                callers += 1;
            } else {
                leaves.push((i as u32, params));
            }
            funcs.push(f);
        }
        let mut calls = Vec::new();
        for (i, f) in funcs.iter().enumerate() {
            for _ in 0..4 {
                let args: Vec<i32> = (0..f.signature.params.len()).map(|_| rng.int()).collect();
                let want = interpret(&funcs, i, &args)
                    .unwrap_or_else(|e| panic!("seed {seed:#x} batch {batch_no} f{i}: {e}\n{}", f.display()));
                calls.push(Call { func: i, args, want });
            }
        }
        let plan: Vec<(usize, Vec<i32>)> = calls.iter().map(|c| (c.func, c.args.clone())).collect();
        if std::env::var_os("MPYC_DIFF_DUMP").is_some() {
            for f in &funcs {
                println!("{}", f.display());
            }
        }
        let got = super::testrun::run_on_qemu(&funcs.iter().map(with_indirect_calls).collect::<Vec<_>>(), &plan)
            .unwrap_or_else(|e| panic!("seed {seed:#x} batch {batch_no}: {e}"));
        for (c, g) in calls.iter().zip(&got) {
            if c.want != *g {
                panic!(
                    "seed {seed:#x} batch {batch_no}: f{}({:?}) is {} in the interpreter, {g} on Thumb-2\n{}",
                    c.func,
                    c.args,
                    c.want,
                    funcs[c.func].display()
                );
            }
        }
        checked += n;
        batch_no += 1;
    }
    assert!(callers * 10 >= total, "only {callers} of {total} functions make calls");
}
