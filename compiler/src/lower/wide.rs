//! Accumulators in two words: in a versioned loop's fast copy, an int local that the body
//! only adds to (`s += i * i`, [`versions::Plan::wide`]) is held as a two-word int in
//! registers, low word and signed high word, so that it can outgrow a small int without a
//! heap int each time round. Products of small ints are taken whole (`smull`), sums and
//! differences with the carry (`adds`+`adcs`); a pair that overflows two words sends the
//! statement to its fallback in the general copy. The local's object is made again only
//! where the copy is left: at the loop's end, a `break`, or a fallback (the body reads it
//! nowhere else, and no handler sees it).
//!
//! [`versions::Plan::wide`]: super::versions::Plan::wide

use super::expr::Place;
use super::FnLowerer;
use crate::diag::CompileError;
use cranelift_codegen::ir::{self, BlockArg, InstBuilder, MemFlagsData};
use cranelift_frontend::Variable;
use rustpython_parser::ast;
use std::collections::BTreeSet;

type Result<T> = std::result::Result<T, CompileError>;

/// An accumulator of the fast copy: the local's variable, and those of its two words.
#[derive(Clone, Copy)]
pub(super) struct Wide {
    pub object: Variable,
    pub lo: Variable,
    pub hi: Variable,
}

/// A two-word int as values: low word, signed high word.
type Pair = (ir::Value, ir::Value);

impl<'a> FnLowerer<'a, '_> {
    /// On the way into the fast copy: each of `names` as two words (a small int inline, a
    /// wider one by the runtime), or, when one is not an int that fits, to `general` (the
    /// general loop's header).
    pub(super) fn wide_entry(&mut self, names: &BTreeSet<String>, general: ir::Block) -> Vec<(String, Wide)> {
        let w = self.word();
        let wb = self.word_bytes();
        let mut out = Vec::new();
        for name in names {
            let Place::Local(object) = self.place(name) else { continue };
            let (lo, hi) = (self.b.declare_var(w), self.b.declare_var(w));
            let [small, other, load, done] = self.new_blocks();
            let plo = self.b.append_block_param(done, w);
            let phi = self.b.append_block_param(done, w);
            let v = self.b.use_var(object);
            let tag = self.b.ins().band_imm_u(v, 1);
            self.b.ins().brif(tag, small, &[], other, &[]);
            self.enter(small);
            let l = self.b.ins().sshr_imm_u(v, 1);
            let h = self.b.ins().sshr_imm_u(l, i64::from(w.bits() - 1));
            self.b.ins().jump(done, &[BlockArg::Value(l), BlockArg::Value(h)]);
            self.enter(other);
            let slot = self.b.create_sized_stack_slot(ir::StackSlotData::new(
                ir::StackSlotKind::ExplicitSlot,
                2 * wb as u32,
                wb.trailing_zeros() as u8,
            ));
            let addr = self.b.ins().stack_addr(w, slot, 0);
            let ok = self.call_rt("rt_int_words", &[v, addr]);
            self.b.ins().brif(ok, load, &[], general, &[]);
            self.enter(load);
            let l = self.b.ins().load(w, MemFlagsData::trusted(), addr, 0);
            let h = self.b.ins().load(w, MemFlagsData::trusted(), addr, wb);
            self.b.ins().jump(done, &[BlockArg::Value(l), BlockArg::Value(h)]);
            self.enter(done);
            self.b.def_var(lo, plo);
            self.b.def_var(hi, phi);
            out.push((name.clone(), Wide { object, lo, hi }));
        }
        out
    }

    /// On the way out of the fast copy: each accumulator's object made from its words (the
    /// one it had on the way in when the value is the same).
    pub(super) fn wide_exit(&mut self, wide: &[(String, Wide)]) {
        for (_, x) in wide {
            let orig = self.b.use_var(x.object);
            let (lo, hi) = (self.b.use_var(x.lo), self.b.use_var(x.hi));
            let v = self.call_rt_checked("rt_int_of_words", &[lo, hi, orig]);
            self.b.def_var(x.object, v);
        }
    }

    /// `s += e`, `s -= e` or `s = s ± e` for an accumulator `s` of the fast copy, in words.
    pub(super) fn wide_stmt(&mut self, s: &'a ast::Stmt) -> Result<()> {
        if self.terminated() {
            self.start_dead_block();
        }
        self.set_line(s);
        let (name, value, sub) = match s {
            ast::Stmt::AugAssign(a) => match &*a.target {
                ast::Expr::Name(n) => (n.id.as_str(), &*a.value, a.op == ast::Operator::Sub),
                _ => unreachable!("planned by versions::accumulators"),
            },
            ast::Stmt::Assign(a) => match (&a.targets[..], &*a.value) {
                ([ast::Expr::Name(n)], ast::Expr::BinOp(b)) => (n.id.as_str(), &*b.right, b.op == ast::Operator::Sub),
                _ => unreachable!("planned by versions::accumulators"),
            },
            _ => unreachable!("planned by versions::accumulators"),
        };
        let Some(x) = self.fast.as_ref().and_then(|f| f.wide.iter().find(|(n, _)| n == name)).map(|(_, x)| *x) else {
            unreachable!("an accumulator of the plan")
        };
        let b = self.wide_value(value)?;
        let a = (self.b.use_var(x.lo), self.b.use_var(x.hi));
        let (lo, hi) = self.pair_arith(sub, a, b, Some(x));
        self.b.def_var(x.lo, lo);
        self.b.def_var(x.hi, hi);
        Ok(())
    }

    /// Small-int arithmetic `e` ([`versions`](super::versions)) as two words: products of
    /// small ints whole, sums and differences with the carry.
    fn wide_value(&mut self, e: &'a ast::Expr) -> Result<Pair> {
        let w = self.word();
        let sign = i64::from(w.bits() - 1);
        Ok(match e {
            ast::Expr::BinOp(b) if matches!(b.op, ast::Operator::Add | ast::Operator::Sub) => {
                let x = self.wide_value(&b.left)?;
                let y = self.wide_value(&b.right)?;
                self.pair_arith(b.op == ast::Operator::Sub, x, y, None)
            }
            ast::Expr::BinOp(b) if b.op == ast::Operator::Mult => {
                let x = self.expr(&b.left)?;
                let y = self.expr(&b.right)?;
                let x = self.b.ins().sshr_imm_u(x, 1);
                let y = self.b.ins().sshr_imm_u(y, 1);
                (self.b.ins().imul(x, y), self.b.ins().smulhi(x, y))
            }
            _ => {
                let v = self.expr(e)?;
                let lo = self.b.ins().sshr_imm_u(v, 1);
                (lo, self.b.ins().sshr_imm_u(lo, sign))
            }
        })
    }

    /// `a ± b` on two-word ints; on overflow, the statement's fallback. For `acc`'s own
    /// update, that way first takes `b` back off the wrapped result (so that `a` need not
    /// stay live beside the result: the update can be in place).
    fn pair_arith(&mut self, sub: bool, (alo, ahi): Pair, (blo, bhi): Pair, acc: Option<Wide>) -> Pair {
        let Some(fallback) = self.fast.as_ref().and_then(|f| f.fallback) else {
            unreachable!("an accumulator's statement has a fallback")
        };
        let w = self.word();
        let (lo, carry) = if sub { self.b.ins().usub_overflow(alo, blo) } else { self.b.ins().uadd_overflow(alo, blo) };
        let (hi, overflow) = if w.bits() == 32 {
            // One `adcs`/`sbcs` (the Thumb-2 backend pairs it with the low half).
            if sub {
                self.b.ins().ssub_overflow_bin(ahi, bhi, carry)
            } else {
                self.b.ins().sadd_overflow_cin(ahi, bhi, carry)
            }
        } else {
            // Two steps (a host without the carry-in instructions): either overflowing sends
            // the statement to its fallback, which is right even when the second step brings
            // the first back in range.
            let carry = self.b.ins().uextend(w, carry);
            let (h, o1) = if sub { self.b.ins().ssub_overflow(ahi, bhi) } else { self.b.ins().sadd_overflow(ahi, bhi) };
            let (h, o2) = if sub { self.b.ins().ssub_overflow(h, carry) } else { self.b.ins().sadd_overflow(h, carry) };
            (h, self.b.ins().bor(o1, o2))
        };
        let next = self.b.create_block();
        let Some(acc) = acc else {
            self.b.ins().brif(overflow, fallback, &[], next, &[]);
            self.enter(next);
            return (lo, hi);
        };
        let undo = self.b.create_block();
        self.b.set_cold_block(undo);
        self.b.ins().brif(overflow, undo, &[], next, &[]);
        self.enter(undo);
        let (ulo, uhi) = if sub {
            let ulo = self.b.ins().iadd(lo, blo);
            let carry = self.b.ins().icmp(ir::condcodes::IntCC::UnsignedLessThan, ulo, lo);
            let carry = self.b.ins().uextend(w, carry);
            let h = self.b.ins().iadd(hi, bhi);
            (ulo, self.b.ins().iadd(h, carry))
        } else {
            let ulo = self.b.ins().isub(lo, blo);
            let borrow = self.b.ins().icmp(ir::condcodes::IntCC::UnsignedLessThan, lo, blo);
            let borrow = self.b.ins().uextend(w, borrow);
            let h = self.b.ins().isub(hi, bhi);
            (ulo, self.b.ins().isub(h, borrow))
        };
        self.b.def_var(acc.lo, ulo);
        self.b.def_var(acc.hi, uhi);
        self.b.ins().jump(fallback, &[]);
        self.enter(next);
        (lo, hi)
    }
}
