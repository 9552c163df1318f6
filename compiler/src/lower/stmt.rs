//! Lowering of statements: assignment and unpacking, `if`, `while`, `for`, `break`/`continue`/
//! `return` through `finally`, `def`, `class`, `try`, `with`, `raise`, `assert`, `del`, imports.

use super::builtins::check_import;
use super::expr::{binary_op, Place};
use super::{floats, versions, Body, ClassCtx, Cleanup, CleanupAt, FnLowerer};
use crate::diag::CompileError;
use crate::frontend::scope;
use cranelift_codegen::ir::{self, condcodes::IntCC, BlockArg, InstBuilder, MemFlagsData};
use cranelift_frontend::Variable;
use mpyc_runtime::ops::{binop, cmpop};
use mpyc_runtime::value::TRUE;
use rustpython_parser::ast::{self, Ranged};
use std::collections::{BTreeSet, HashMap, HashSet};

type Result<T> = std::result::Result<T, CompileError>;

impl<'a, 'p> FnLowerer<'a, 'p> {
    pub(super) fn stmt(&mut self, s: &'a ast::Stmt) -> Result<()> {
        let key = s as *const ast::Stmt;
        if self.recording.as_ref().is_some_and(|r| r.contains(&key)) {
            // A fallback of a loop's fast copy: a block of its own, whose predecessors are
            // known once the fast copy is lowered.
            let block = self.b.create_block();
            if !self.terminated() {
                self.b.ins().jump(block, &[]);
            }
            self.b.switch_to_block(block);
            self.fallbacks.insert(key, block);
        }
        let fastable = self.fast.as_ref().is_some_and(|f| f.fastable.contains(&key));
        let pure_test = self.fast.as_ref().is_some_and(|f| f.pure_tests.contains(&key));
        let mut here = self.fallbacks.get(&key).copied().filter(|_| fastable || pure_test);
        if let (Some(f), Some(target)) = (&self.fast, here) {
            // With accumulators in words, a fallback makes their objects first.
            if !f.wide.is_empty() {
                let exit = self.b.create_block();
                self.b.set_cold_block(exit);
                here = Some(exit);
                self.fast.as_mut().expect("checked").exits.push((exit, target));
            }
        }
        let fallback = match &mut self.fast {
            Some(f) if fastable => std::mem::replace(&mut f.fallback, here),
            Some(f) if pure_test => {
                f.test_fallback = here;
                None
            }
            _ => None,
        };
        let r = match &self.fast {
            Some(f) if f.wide_stmts.contains(&key) => self.wide_stmt(s),
            _ => self.stmt_here(s),
        };
        if let Some(f) = &mut self.fast {
            f.fallback = fallback;
        }
        r
    }

    fn stmt_here(&mut self, s: &'a ast::Stmt) -> Result<()> {
        if self.terminated() {
            self.start_dead_block();
        }
        self.set_line(s);
        match s {
            ast::Stmt::Expr(e) => {
                self.expr(&e.value)?;
            }
            ast::Stmt::Pass(_) | ast::Stmt::Global(_) | ast::Stmt::Nonlocal(_) => {}
            ast::Stmt::Assign(a) => {
                if let (1, ast::Expr::Tuple(t), ast::Expr::Tuple(v)) = (a.targets.len(), &a.targets[0], &*a.value) {
                    if t.elts.len() == v.elts.len()
                        && !t.elts.iter().chain(&v.elts).any(|e| matches!(e, ast::Expr::Starred(_)))
                    {
                        let vs: Vec<ir::Value> = v.elts.iter().map(|e| self.expr(e)).collect::<Result<_>>()?;
                        for (t, v) in t.elts.iter().zip(vs) {
                            self.assign(t, v)?;
                        }
                        return Ok(());
                    }
                }
                if let [ast::Expr::Name(n)] = &a.targets[..] {
                    if let (Some((_, fvar)), ast::Expr::Name(from)) = (self.unboxed_local(n.id.as_str()), &*a.value) {
                        if let Some((from_var, from_f)) = self.unboxed_local(from.id.as_str()) {
                            if self.moves.contains(&(s as *const ast::Stmt)) {
                                let word = self.local_word(from_var, from.id.as_str());
                                let f = self.b.use_var(from_f);
                                self.b.def_var(fvar, f);
                                self.store_name(n.id.as_str(), word)?;
                                return Ok(());
                            }
                        }
                    }
                    if let Some(local) = self.unboxed_local(n.id.as_str()) {
                        if self.float_candidate(&a.value) || floats::float_literal(&a.value).is_some() {
                            return self.float_assign(n.id.as_str(), local, &a.value, None);
                        }
                    }
                }
                let v = self.expr(&a.value)?;
                for t in &a.targets {
                    self.assign(t, v)?;
                }
            }
            ast::Stmt::AnnAssign(a) => {
                if let Some(v) = &a.value {
                    let v = self.expr(v)?;
                    self.assign(&a.target, v)?;
                }
                // A class body's `name: annotation` goes into its `__annotations__`, after the
                // value (as CPython's): evaluated, or as written under `from __future__ import
                // annotations`.
                if self.scope.is_none() && self.classes.is_empty() && a.simple {
                    self.annotation_names(std::iter::once(&*a.annotation))?;
                }
                let annotations = self.classes.last().and_then(|c| c.annotations);
                if let (Some(d), ast::Expr::Name(n), true) = (annotations, &*a.target, a.simple) {
                    let ann = if self.m.annotations_as_text {
                        self.str_literal(&crate::frontend::desugar::annotations::text(&a.annotation))
                    } else {
                        self.expr(&a.annotation)?
                    };
                    let (d, key) = (self.b.use_var(d), self.str_literal(n.id.as_str()));
                    self.call_rt_checked("rt_dict_set", &[d, key, ann]);
                }
            }
            ast::Stmt::AugAssign(a) => self.aug_assign(a)?,
            ast::Stmt::If(i) => self.if_stmt(i)?,
            ast::Stmt::While(w) => self.while_stmt(w)?,
            ast::Stmt::For(f) => self.for_stmt(f)?,
            ast::Stmt::Break(_) | ast::Stmt::Continue(_) => {
                let Some(&(cont, brk)) = self.loops.last() else {
                    return Err(self.error(s, "`break` and `continue` belong inside a loop"));
                };
                let depth = self.loops.len();
                self.run_cleanups(|c| c.loops >= depth)?;
                let target = if matches!(s, ast::Stmt::Break(_)) { brk } else { cont };
                self.b.ins().jump(target, &[]);
            }
            ast::Stmt::Return(r) => {
                if self.scope.is_none() || !self.classes.is_empty() {
                    return Err(self.error(s, "`return` outside a function"));
                }
                let v = match &r.value {
                    Some(e) => self.expr(e)?,
                    None => self.none(),
                };
                self.run_cleanups(|_| true)?;
                self.b.ins().return_(&[v]);
            }
            ast::Stmt::FunctionDef(d) => self.def_stmt(d)?,
            ast::Stmt::ClassDef(c) => self.class_stmt(c)?,
            ast::Stmt::Import(_) | ast::Stmt::ImportFrom(_) => self.import_stmt(s)?,
            ast::Stmt::Try(t) => self.try_stmt(t)?,
            ast::Stmt::Raise(r) => {
                let (x, cause) = match &r.exc {
                    Some(e) => {
                        let x = self.expr(e)?;
                        let cause = match &r.cause {
                            Some(c) => self.expr(c)?,
                            None => self.iconst(0),
                        };
                        (Some(x), cause)
                    }
                    None => (None, self.iconst(0)),
                };
                match x {
                    Some(x) => {
                        self.call_rt("rt_raise", &[x, cause]);
                        self.jump_to_exc_exit();
                    }
                    None => {
                        // Inside an `except` clause of this function, the frame is recorded.
                        let in_clause = self.cleanups.iter().any(|c| matches!(c.what, Cleanup::ExceptEnd(..)));
                        let depth = self.handlers.len();
                        let line = self.iconst((self.line as i64) << 1);
                        if in_clause {
                            self.call_rt("rt_reraise", &[]);
                            self.jump_outward(depth, line);
                        } else {
                            // Outside one (a function called from a handler), as CPython's
                            // RERAISE: the exception goes on with its traceback as it was,
                            // without this frame (which the RuntimeError of no exception
                            // being handled does get).
                            let skip = self.call_rt("rt_reraise_bare", &[]);
                            let tag = self.b.ins().bor(line, skip);
                            self.jump_to_exc_exit_tagged(tag);
                        }
                    }
                }
            }
            ast::Stmt::Assert(a) => {
                let (ok, fail) = (self.b.create_block(), self.b.create_block());
                self.b.set_cold_block(fail);
                self.cond(&a.test, ok, fail)?;
                self.enter(fail);
                let cls = self.load_named("AssertionError", s)?;
                let x = match &a.msg {
                    Some(m) => {
                        let m = self.expr(m)?;
                        self.call_positional(cls, &[m])
                    }
                    None => cls,
                };
                let zero = self.iconst(0);
                self.call_rt("rt_raise", &[x, zero]);
                self.jump_to_exc_exit();
                self.enter(ok);
            }
            ast::Stmt::Delete(d) => {
                for t in &d.targets {
                    self.delete(t)?;
                }
            }
            ast::Stmt::With(w) => self.with_stmt(s, &w.items, &w.body)?,
            // (`async def`, `async with` and `async for` are generator code by now: see
            // `frontend::desugar`.)
            ast::Stmt::AsyncFunctionDef(_) | ast::Stmt::AsyncWith(_) | ast::Stmt::AsyncFor(_) => {
                return Err(self.error(s, "internal error: an async statement was left for the lowering"))
            }
            _ => return Err(self.error(s, "this kind of statement is not supported")),
        }
        Ok(())
    }

    /// Lowers what leaving to the cleanups that `keep` selects needs, innermost first, with
    /// the handler stack as it was where each was entered.
    fn run_cleanups(&mut self, keep: impl Fn(&CleanupAt) -> bool) -> Result<()> {
        // A cleanup runs outside any versioned loop it leaves (a `return` in a loop's fast
        // copy through an enclosing `finally`): none of the loop's knowledge holds there, and
        // a loop in it has its own.
        let fast = self.fast.take();
        let recording = self.recording.take();
        let fallbacks = std::mem::take(&mut self.fallbacks);
        let r = self.run_cleanups_here(keep);
        self.fast = fast;
        self.recording = recording;
        self.fallbacks = fallbacks;
        r
    }

    fn run_cleanups_here(&mut self, keep: impl Fn(&CleanupAt) -> bool) -> Result<()> {
        let saved_cleanups = self.cleanups.clone();
        let saved_handlers = self.handlers.clone();
        while let Some(c) = self.cleanups.last().cloned() {
            if !keep(&c) {
                break;
            }
            self.cleanups.pop();
            self.handlers.truncate(c.handlers);
            match c.what {
                Cleanup::Finally(body) => {
                    for s in body {
                        self.stmt(s)?;
                    }
                    if self.terminated() {
                        self.start_dead_block();
                    }
                }
                Cleanup::ExceptEnd(prev, bound) => {
                    let p = self.b.use_var(prev);
                    self.call_rt("rt_exc_end", &[p]);
                    if let Some(name) = bound {
                        self.unbind_name(name)?;
                    }
                }
                Cleanup::With(exit, stmt) => {
                    let line = self.line;
                    self.set_line(stmt);
                    let f = self.b.use_var(exit);
                    let none = self.none();
                    self.call_positional(f, &[none, none, none]);
                    self.line = line;
                    self.b.set_srcloc(ir::SourceLoc::new(line as u32));
                }
            }
        }
        self.cleanups = saved_cleanups;
        self.handlers = saved_handlers;
        Ok(())
    }

    pub(super) fn assign(&mut self, target: &'a ast::Expr, v: ir::Value) -> Result<()> {
        match target {
            ast::Expr::Name(n) => self.store_name(n.id.as_str(), v),
            ast::Expr::Tuple(ast::ExprTuple { elts, .. }) | ast::Expr::List(ast::ExprList { elts, .. }) => {
                let stars: Vec<usize> = elts
                    .iter()
                    .enumerate()
                    .filter(|(_, e)| matches!(e, ast::Expr::Starred(_)))
                    .map(|(i, _)| i)
                    .collect();
                if stars.len() > 1 {
                    return Err(self.error(target, "multiple starred expressions in assignment"));
                }
                let n = elts.len();
                let (before, star, after) = match stars.first() {
                    Some(&i) => (i, 1, n - i - 1),
                    None => (n, 0, 0),
                };
                let (slot, out) = self.out_area(n);
                let (b, s, a) = (self.iconst(before as i64), self.iconst(star as i64), self.iconst(after as i64));
                self.call_rt_checked("rt_unpack", &[v, b, s, a, out]);
                let w = self.word();
                let wb = self.word_bytes();
                let _ = slot;
                for (i, e) in elts.iter().enumerate() {
                    let x = self.b.ins().load(w, MemFlagsData::trusted(), out, i as i32 * wb);
                    let t = match e {
                        ast::Expr::Starred(st) => &*st.value,
                        other => other,
                    };
                    self.assign(t, x)?;
                }
                Ok(())
            }
            ast::Expr::Subscript(s) => {
                let obj = self.expr(&s.value)?;
                if let ast::Expr::Slice(sl) = &*s.slice {
                    let [lo, hi, step] = self.slice_parts(sl)?;
                    self.call_rt_checked("rt_setslice", &[obj, lo, hi, step, v]);
                    return Ok(());
                }
                let key = self.expr(&s.slice)?;
                self.setitem(obj, key, v);
                if self.is_namespace(&s.value) {
                    self.sync_namespace(Some(key));
                }
                Ok(())
            }
            ast::Expr::Attribute(a) => {
                let obj = self.expr(&a.value)?;
                let name = self.str_literal(a.attr.as_str());
                let cache = self.new_cache();
                let line = self.attr_line(a);
                self.at_line(line, |s| s.setattr_cached(obj, name, v, cache));
                Ok(())
            }
            ast::Expr::Starred(_) => Err(self.error(target, "a starred assignment target must be in a list or tuple")),
            _ => Err(self.error(target, "cannot assign to this expression")),
        }
    }

    pub(super) fn store_name(&mut self, name: &str, v: ir::Value) -> Result<()> {
        // In a loop's fast copy a name it knows for a small int gets one, or the statement
        // goes to its fallback (whatever computed `v` had no fallback of its own).
        let fallback = self.fast.as_ref().filter(|f| f.small.contains(name)).and_then(|f| f.fallback);
        if let Some(fallback) = fallback.filter(|_| !self.known_small(v)) {
            let next = self.b.create_block();
            let tag = self.b.ins().band_imm_u(v, 1);
            self.b.ins().brif(tag, next, &[], fallback, &[]);
            self.enter(next);
        }
        match self.place(name) {
            Place::Local(var) => {
                self.b.def_var(var, v);
                if self.renames.iter().all(|r| !r.contains_key(name)) {
                    self.assigned.insert(name.to_string());
                }
            }
            Place::Cell(var, _) => {
                let cell = self.b.use_var(var);
                let wb = self.word_bytes();
                self.b.ins().store(MemFlagsData::trusted(), v, cell, wb);
            }
            Place::ClassNs(ns) => {
                let ns = self.b.use_var(ns);
                let key = self.str_literal(name);
                self.call_rt_checked("rt_setitem", &[ns, key, v]);
            }
            Place::Global(slot) => self.store_root(slot, v),
            Place::Builtin | Place::Unknown => {
                let at = self.m.source.line_start(self.line);
                return Err(self
                    .m
                    .source
                    .error(at, at + 1, format!("internal error: '{name}' is assigned here but has no place"))
                    .with_help("please report this program"));
            }
        }
        Ok(())
    }

    /// Unbinds `name` whether or not it is bound (what ends an `except ... as name:` clause).
    fn unbind_name(&mut self, name: &str) -> Result<()> {
        match self.place(name) {
            Place::ClassNs(ns) => {
                let none = self.none();
                self.store_name(name, none)?;
                let ns = self.b.use_var(ns);
                let key = self.str_literal(name);
                self.call_rt("rt_delitem", &[ns, key]);
            }
            _ => {
                let zero = self.iconst(0);
                self.store_name(name, zero)?;
                self.assigned.remove(name);
            }
        }
        Ok(())
    }

    fn delete(&mut self, t: &'a ast::Expr) -> Result<()> {
        match t {
            ast::Expr::Name(n) => {
                let name = n.id.as_str();
                // Reading it first raises NameError/UnboundLocalError if it is unbound.
                self.load_name(n)?;
                match self.place(name) {
                    Place::ClassNs(ns) => {
                        let ns = self.b.use_var(ns);
                        let key = self.str_literal(name);
                        self.call_rt_checked("rt_delitem", &[ns, key]);
                        Ok(())
                    }
                    _ => self.unbind_name(name),
                }
            }
            ast::Expr::Subscript(s) => {
                let obj = self.expr(&s.value)?;
                let key = self.expr(&s.slice)?;
                self.call_rt_checked("rt_delitem", &[obj, key]);
                if self.is_namespace(&s.value) {
                    self.sync_namespace(Some(key));
                }
                Ok(())
            }
            ast::Expr::Attribute(a) => {
                let obj = self.expr(&a.value)?;
                let name = self.str_literal(a.attr.as_str());
                let line = self.attr_line(a);
                self.at_line(line, |s| s.call_rt_checked("rt_delattr", &[obj, name]));
                Ok(())
            }
            ast::Expr::Tuple(x) => x.elts.iter().try_for_each(|e| self.delete(e)),
            ast::Expr::List(x) => x.elts.iter().try_for_each(|e| self.delete(e)),
            _ => Err(self.error(t, "cannot delete this expression")),
        }
    }

    fn aug_assign(&mut self, a: &'a ast::StmtAugAssign) -> Result<()> {
        let op = binary_op(a.op);
        let inplace = op | binop::INPLACE;
        match &*a.target {
            ast::Expr::Name(n) => {
                if let Some(local) = self.unboxed_local(n.id.as_str()) {
                    let e = self.augmented(a);
                    if self.float_candidate(e) {
                        return self.float_assign(n.id.as_str(), local, e, Some((op, inplace)));
                    }
                }
                let old = self.load_name(n)?;
                let rhs = self.expr(&a.value)?;
                // (An int's `op=` is its `op`.)
                let new = if self.int_operation(a.range) {
                    self.binop_with(op, op, old, rhs, "rt_int_binop")
                } else {
                    self.aug_binop(op, inplace, old, rhs)
                };
                self.store_name(n.id.as_str(), new)?;
            }
            ast::Expr::Subscript(s) => {
                let obj = self.expr(&s.value)?;
                let key = self.expr(&s.slice)?;
                let old = self.getitem(obj, key);
                let rhs = self.expr(&a.value)?;
                let new = self.aug_binop(op, inplace, old, rhs);
                self.setitem(obj, key, new);
                if self.is_namespace(&s.value) {
                    self.sync_namespace(Some(key));
                }
            }
            ast::Expr::Attribute(at) => {
                let inline = self.instance_likely(&at.value);
                let obj = self.expr(&at.value)?;
                let name = self.str_literal(at.attr.as_str());
                let load = self.new_cache();
                let line = self.attr_line(at);
                let old = self.at_line(line, |s| s.getattr_cached(obj, name, load, inline));
                let e = self.augmented(a);
                let new = if self.float_candidate(e) {
                    self.float_aug_attribute(e, old, (op, inplace))?
                } else {
                    let rhs = self.expr(&a.value)?;
                    self.aug_binop(op, inplace, old, rhs)
                };
                let store = self.new_cache();
                self.at_line(line, |s| s.setattr_cached(obj, name, new, store));
            }
            other => return Err(self.error(other, "cannot assign to this expression")),
        }
        Ok(())
    }

    /// `target op= value` as the expression `target op value` (whose float path is a float's
    /// `op=`), made once per statement and kept for the rest of the compilation (the float
    /// paths key what they learn by the address of each node).
    fn augmented(&self, a: &'a ast::StmtAugAssign) -> &'a ast::Expr {
        Box::leak(Box::new(ast::Expr::BinOp(ast::ExprBinOp {
            range: a.range,
            left: a.target.clone(),
            op: a.op,
            right: a.value.clone(),
        })))
    }

    /// `old op= rhs`: the small-int paths inline, in-place operations of containers through
    /// the runtime.
    fn aug_binop(&mut self, op: usize, inplace: usize, old: ir::Value, rhs: ir::Value) -> ir::Value {
        // Both small ints: the ordinary operator inline; anything else may be in place.
        self.binop_as(op, inplace, old, rhs)
    }

    /// Lowers `body` into `block`, then jumps to `next` unless it ended already. Returns the
    /// locals it certainly bound.
    fn branch_body(&mut self, block: ir::Block, body: &'a [ast::Stmt], next: ir::Block) -> Result<HashSet<String>> {
        let before = self.assigned.clone();
        self.enter(block);
        for s in body {
            self.stmt(s)?;
        }
        if !self.terminated() {
            self.b.ins().jump(next, &[]);
        }
        Ok(std::mem::replace(&mut self.assigned, before))
    }

    fn if_stmt(&mut self, i: &'a ast::StmtIf) -> Result<()> {
        let (then, other, merge) = (self.b.create_block(), self.b.create_block(), self.b.create_block());
        // A test of a loop's fast copy that goes to the general copy for what is not small
        // ints ([`versions::Plan::pure_tests`]): with that fallback while it is lowered.
        let test_fallback = self.fast.as_mut().and_then(|f| f.test_fallback.take());
        let saved = match (&mut self.fast, test_fallback) {
            (Some(f), Some(t)) => Some(f.fallback.replace(t)),
            _ => None,
        };
        let r = self.cond(&i.test, then, other);
        if let (Some(f), Some(saved)) = (&mut self.fast, saved) {
            f.fallback = saved;
        }
        r?;
        let a = self.branch_body(then, &i.body, merge)?;
        let b = self.branch_body(other, &i.orelse, merge)?;
        self.assigned = a.intersection(&b).cloned().collect();
        self.enter(merge);
        Ok(())
    }

    fn while_stmt(&mut self, w: &'a ast::StmtWhile) -> Result<()> {
        let (header, body, other, after) =
            (self.b.create_block(), self.b.create_block(), self.b.create_block(), self.b.create_block());
        self.b.ins().jump(header, &[]);
        self.b.switch_to_block(header);
        let line = self.line;
        self.cond(&w.test, body, other)?;
        self.loops.push((header, after));
        self.branch_body(body, &w.body, header)?;
        self.loops.pop();
        self.b.seal_block(header);
        self.line = line;
        self.branch_body(other, &w.orelse, after)?;
        self.enter(after);
        Ok(())
    }

    fn for_stmt(&mut self, f: &'a ast::StmtFor) -> Result<()> {
        if let Some(step) = self.simple_range(&f.iter) {
            return self.for_range(f, step);
        }
        let iterable = self.expr(&f.iter)?;
        let it = self.call_rt_checked("rt_iter", &[iterable]);
        // How to step it is decided once, here; each turn then takes one path.
        let mode = self.walk_mode(it);
        let (header, body, other, after) =
            (self.b.create_block(), self.b.create_block(), self.b.create_block(), self.b.create_block());
        let v = self.b.append_block_param(body, self.word());
        self.b.ins().jump(header, &[]);
        self.b.switch_to_block(header);
        let line = self.line;
        self.walk_next(it, mode, body, other);
        self.enter(body);
        let before = self.assigned.clone();
        self.assign(&f.target, v)?;
        self.loops.push((header, after));
        for s in &f.body {
            self.stmt(s)?;
        }
        self.loops.pop();
        self.assigned = before;
        if !self.terminated() {
            self.b.ins().jump(header, &[]);
        }
        self.b.seal_block(header);
        self.line = line;
        self.branch_body(other, &f.orelse, after)?;
        self.enter(after);
        Ok(())
    }

    /// The step of `range(…)` with a small constant step (or none), when `range` is the builtin.
    fn simple_range(&self, iter: &ast::Expr) -> Option<i64> {
        let ast::Expr::Call(call) = iter else { return None };
        let ast::Expr::Name(n) = &*call.func else { return None };
        if n.id.as_str() != "range" || !matches!(self.place("range"), Place::Builtin) {
            return None;
        }
        if !call.keywords.is_empty()
            || call.args.is_empty()
            || call.args.len() > 3
            || call.args.iter().any(|a| matches!(a, ast::Expr::Starred(_)))
        {
            return None;
        }
        match call.args.get(2) {
            None => Some(1),
            Some(e) => match constant_int(e) {
                Some(n) if n != 0 && n.unsigned_abs() < 1 << 29 => Some(n),
                _ => None,
            },
        }
    }

    /// `v` as an int (`operator.index`): a small int as it is, anything else by the runtime.
    fn index_value(&mut self, v: ir::Value) -> ir::Value {
        let w = self.word();
        let [slow, done] = self.new_blocks();
        self.b.set_cold_block(slow);
        let result = self.b.append_block_param(done, w);
        let tag = self.b.ins().band_imm_u(v, 1);
        self.b.ins().brif(tag, done, &[BlockArg::Value(v)], slow, &[]);
        self.enter(slow);
        let r = self.call_rt_checked("rt_index", &[v]);
        self.b.ins().jump(done, &[BlockArg::Value(r)]);
        self.enter(done);
        result
    }

    /// `for target in range(start, stop, step)`, with `step` a constant; the counter is a
    /// hidden variable so that assigning to the target in the body does not change the loop.
    fn for_range(&mut self, f: &'a ast::StmtFor, step: i64) -> Result<()> {
        let ast::Expr::Call(call) = &*f.iter else { unreachable!("checked by simple_range") };
        let (start, stop) = if call.args.len() == 1 {
            (self.iconst(1), self.expr(&call.args[0])?)
        } else {
            let start = self.expr(&call.args[0])?;
            (start, self.expr(&call.args[1])?)
        };
        let start = self.index_value(start);
        let stop = self.index_value(stop);
        let w = self.word();
        // Decided once: both ends small ints, and `stop` far enough from the small ints' end
        // that no step past it overflows. Then the counter is compared and stepped as a
        // machine word (tagged 2n+1 keeps the order); otherwise as any int, by the runtime.
        // As a word of 0 or 1 computed without compares, so that each test of it in the loop
        // is one `cbz` (a truth value of a compare would be a byte, zero-extended at each test).
        // The room test is `limit - stop ≥ 0` (or `stop - limit`): a difference that wraps
        // (far-off ends) only sends the loop down the general path.
        // (The largest word, as an i64; no intermediate overflows for a 64-bit word.)
        let top = i64::MAX >> (64 - w.bits());
        let both = self.b.ins().band(start, stop);
        let tag = self.b.ins().band_imm_u(both, 1);
        let margin = if step > 0 {
            let limit = self.iconst(top - 2 * step);
            self.b.ins().isub(limit, stop)
        } else {
            self.b.ins().iadd_imm_s(stop, top + (1 + 2 * step))
        };
        let nonnegative = self.b.ins().bnot(margin);
        let room = self.b.ins().ushr_imm_u(nonnegative, i64::from(w.bits() - 1));
        let fast = self.b.ins().band(tag, room);
        let counter = self.b.declare_var(w);
        self.b.def_var(counter, start);
        let [header, body, latch, other, after] = self.new_blocks();
        let [fast_test, slow_test, fast_step, slow_step] = self.new_blocks();
        let plan = match &*f.target {
            ast::Expr::Name(t) => {
                let plain = |n: &str| matches!(self.place(n), Place::Local(v) if self.unboxed_local(n).is_none() && self.vars.get(n) == Some(&v));
                let local = |n: &str| self.int_names.contains(n) && plain(n);
                // Only a function's own counter is known (a global one, at module level, may
                // be changed by any call): elsewhere the copy would be code for nothing.
                let wide = self.handlers.is_empty();
                match plain(t.id.as_str()) {
                    true => versions::plan(&f.body, t.id.as_str(), &local, &plain, wide),
                    false => None,
                }
            }
            _ => None,
        };
        // With a fast copy of the body: the loop's entry goes there when the counter is a
        // machine word and its locals hold small ints.
        let guard = self.b.create_block();
        if plan.is_some() {
            self.b.ins().brif(fast, guard, &[], header, &[]);
        } else {
            self.b.ins().jump(header, &[]);
        }
        self.b.switch_to_block(header);
        let line = self.line;
        self.b.ins().brif(fast, fast_test, &[], slow_test, &[]);
        let (code, cc) =
            if step > 0 { (cmpop::LT, IntCC::SignedLessThan) } else { (cmpop::GT, IntCC::SignedGreaterThan) };
        self.enter(fast_test);
        let i = self.b.use_var(counter);
        let more = self.b.ins().icmp(cc, i, stop);
        self.b.ins().brif(more, body, &[], other, &[]);
        self.enter(slow_test);
        let i = self.b.use_var(counter);
        self.branch_compare_op(code, cc, i, stop, body, other);
        self.enter(body);
        let i = self.b.use_var(counter);
        let before = self.assigned.clone();
        self.assign(&f.target, i)?;
        self.loops.push((latch, after));
        self.recording = plan.as_ref().map(|p| p.fastable.union(&p.pure_tests).copied().collect());
        for s in &f.body {
            self.stmt(s)?;
        }
        self.recording = None;
        self.loops.pop();
        self.assigned = before;
        if !self.terminated() {
            self.b.ins().jump(latch, &[]);
        }
        self.enter(latch);
        self.line = line;
        self.b.ins().brif(fast, fast_step, &[], slow_step, &[]);
        self.enter(fast_step);
        let i = self.b.use_var(counter);
        let next = self.b.ins().iadd_imm_s(i, 2 * step);
        self.b.def_var(counter, next);
        self.b.ins().jump(header, &[]);
        self.enter(slow_step);
        let i = self.b.use_var(counter);
        let stepv = self.iconst((step << 1) | 1);
        // (The counter is an int for sure: `rt_index` made its bounds ints.)
        let next = self.binop_with(binop::ADD, binop::ADD, i, stepv, "rt_int_binop");
        self.b.def_var(counter, next);
        self.b.ins().jump(header, &[]);
        if let Some(plan) = plan {
            self.fast_copy(f, plan, guard, counter, [start, stop], (cc, step), [header, other, after])?;
        }
        self.b.seal_block(header);
        self.line = line;
        self.branch_body(other, &f.orelse, after)?;
        self.enter(after);
        Ok(())
    }

    /// The fast copy of a versioned `for … in range(…)` loop ([`versions`]), entered at
    /// `guard` (the counter a machine word), which checks the plan's locals and goes to the
    /// general loop's `header` if one is not a small int (nor unbound), or if a list of the
    /// plan is not a list or the counter starts below 0; then the statements' fallbacks are
    /// sealed. (A second copy for lists that are not would keep the ints known, but costs the
    /// hot copy registers.)
    #[allow(clippy::too_many_arguments)]
    fn fast_copy(
        &mut self,
        f: &'a ast::StmtFor,
        plan: versions::Plan,
        guard: ir::Block,
        counter: Variable,
        [start, stop]: [ir::Value; 2],
        (cc, step): (IntCC, i64),
        [header, other, after]: [ir::Block; 3],
    ) -> Result<()> {
        self.enter(guard);
        let w = self.word();
        let mut ok = None;
        for name in &plan.guards {
            let Place::Local(var) = self.place(name) else { continue };
            let v = self.b.use_var(var);
            let tag = self.b.ins().band_imm_u(v, 1);
            let unbound = self.b.ins().icmp_imm_u(IntCC::Equal, v, 0);
            let unbound = self.b.ins().uextend(w, unbound);
            let fine = self.b.ins().bor(tag, unbound);
            ok = Some(match ok {
                Some(o) => self.b.ins().band(o, fine),
                None => fine,
            });
        }
        if let Some(ok) = ok {
            let next = self.b.create_block();
            self.b.ins().brif(ok, next, &[], header, &[]);
            self.enter(next);
        }
        // Indexing lists with the counter: it starts at 0 or above (an index then needs no
        // count from the end), and the lists are lists. (Every failure meets in one block on
        // its way to the general loop: one predecessor of its header, not one per test.)
        let not_lists = (!plan.lists.is_empty()).then(|| self.b.create_block());
        if let Some(not_lists) = not_lists {
            let nonnegative = self.b.ins().icmp_imm_s(IntCC::SignedGreaterThanOrEqual, start, 1);
            let next = self.b.create_block();
            self.b.ins().brif(nonnegative, next, &[], not_lists, &[]);
            self.enter(next);
            let list_kind = i64::from(mpyc_runtime::object::Kind::List as u8);
            for name in &plan.lists {
                let Place::Local(var) = self.place(name) else { continue };
                let [is_ptr, is_list] = self.new_blocks();
                let v = self.b.use_var(var);
                let not_ptr = self.b.ins().band_imm_u(v, 3);
                let unbound = self.b.ins().icmp_imm_u(IntCC::Equal, v, 0);
                let unbound = self.b.ins().uextend(w, unbound);
                let wrong = self.b.ins().bor(not_ptr, unbound);
                self.b.ins().brif(wrong, not_lists, &[], is_ptr, &[]);
                self.enter(is_ptr);
                let kind = self.object_kind(v);
                let list = self.b.ins().icmp_imm_s(IntCC::Equal, kind, list_kind);
                self.b.ins().brif(list, is_list, &[], not_lists, &[]);
                self.enter(is_list);
            }
            // Their headers (items pointer, length) loaded here, before the loop: when nothing
            // in the loop may change them (no call comes back into it), its indexing reuses
            // these (`loads.rs`) instead of loading them each time round.
            let header = self.list_memory(super::ListMemory::Header);
            let wb = self.word_bytes();
            for name in &plan.lists {
                let Place::Local(var) = self.place(name) else { continue };
                let v = self.b.use_var(var);
                self.b.ins().load(w, header, v, 3 * wb);
                self.b.ins().load(w, header, v, wb);
            }
        }
        let wide = self.wide_entry(&plan.wide, header);
        self.one_fast_copy(f, plan, wide, counter, stop, (cc, step), [other, after])?;
        if let Some(not_lists) = not_lists {
            self.enter(not_lists);
            self.b.ins().jump(header, &[]);
        }
        for block in std::mem::take(&mut self.fallbacks).into_values() {
            self.b.seal_block(block);
        }
        Ok(())
    }

    /// The fast copy's loop, from the current block: its own test and step, its body lowered
    /// with what `plan` says, its accumulators in words (`wide`).
    #[allow(clippy::too_many_arguments)]
    fn one_fast_copy(
        &mut self,
        f: &'a ast::StmtFor,
        plan: versions::Plan,
        wide: Vec<(String, super::wide::Wide)>,
        counter: Variable,
        stop: ir::Value,
        (cc, step): (IntCC, i64),
        [other, after]: [ir::Block; 2],
    ) -> Result<()> {
        let [test, body, latch] = self.new_blocks();
        // Leaving the copy with accumulators in words: through blocks that make their objects.
        let mut exits = Vec::new();
        let mut leave = |b: &mut cranelift_frontend::FunctionBuilder, to: ir::Block| {
            if wide.is_empty() {
                return to;
            }
            let exit = b.create_block();
            exits.push((exit, to));
            exit
        };
        let (other, after) = (leave(&mut self.b, other), leave(&mut self.b, after));
        self.b.ins().jump(test, &[]);
        self.b.switch_to_block(test);
        let i = self.b.use_var(counter);
        let more = self.b.ins().icmp(cc, i, stop);
        self.b.ins().brif(more, body, &[], other, &[]);
        self.enter(body);
        let before = self.assigned.clone();
        let lists = !plan.lists.is_empty();
        let nonnegative_counter = lists && step > 0;
        self.fast = Some(super::FastCopy {
            small: plan.small,
            values: HashSet::new(),
            evens: HashMap::new(),
            fastable: plan.fastable,
            fallback: None,
            list_names: plan.lists.into_iter().collect(),
            lists: HashSet::new(),
            counter: plan.counter,
            counter_values: HashSet::new(),
            step,
            counter_nonnegative: nonnegative_counter,
            nonnegative: HashSet::new(),
            wide,
            wide_stmts: plan.wide_stmts,
            pure_tests: plan.pure_tests,
            test_fallback: None,
            exits,
        });
        let i = self.b.use_var(counter);
        if let Some(fc) = &mut self.fast {
            fc.values.insert(i);
            fc.counter_values.insert(i);
            if nonnegative_counter {
                fc.nonnegative.insert(i);
            }
        }
        self.assign(&f.target, i)?;
        self.loops.push((latch, after));
        let mut result = Ok(());
        for s in &f.body {
            result = self.stmt(s);
            if result.is_err() {
                break;
            }
        }
        let fast = self.fast.take();
        result?;
        self.loops.pop();
        self.assigned = before;
        if !self.terminated() {
            self.b.ins().jump(latch, &[]);
        }
        self.enter(latch);
        let i = self.b.use_var(counter);
        let next = self.b.ins().iadd_imm_s(i, 2 * step);
        self.b.def_var(counter, next);
        self.b.ins().jump(test, &[]);
        self.b.seal_block(test);
        if let Some(fast) = fast {
            for (exit, to) in fast.exits {
                self.enter(exit);
                if !self.b.is_unreachable() {
                    self.wide_exit(&fast.wide);
                }
                self.b.ins().jump(to, &[]);
            }
        }
        Ok(())
    }

    fn def_stmt(&mut self, d: &'a ast::StmtFunctionDef) -> Result<()> {
        let decorators = self.decorators(scope::run_decorators(&d.decorator_list))?;
        let top = self.scope.is_none() && self.classes.is_empty();
        let (scope, index) = match self.top_defs.get(&d.range().start()).filter(|_| top) {
            Some(&i) => {
                // Declared and queued with the module.
                let scope = scope::analyze(&d.args, &d.body, &BTreeSet::new());
                (scope, Some(i))
            }
            None => (scope::analyze(&d.args, &d.body, &self.visible_for_nested()), None),
        };
        if !self.prog.function_annotations {
            self.annotation_names(annotations(&d.args, d.returns.as_deref()))?;
        }
        let mut f = self.make_function(d.name.as_str(), &d.args, Body::Stmts(&d.body), scope, index, d.range())?;
        if self.prog.function_annotations {
            self.function_annotations(f, &d.args, d.returns.as_deref())?;
        }
        for (dec, line) in decorators.into_iter().rev() {
            f = self.at_line(line, |s| s.call_positional(dec, &[f]));
        }
        self.store_name(d.name.as_str(), f)?;
        Ok(())
    }

    /// Annotations that are not kept (the program reads no `__annotations__`): CPython
    /// evaluates them where it defines the function (or assigns the module's name), and a name
    /// bound nowhere raises NameError there. Those names are read (warned about as any such
    /// name is); the rest of the annotations, which cannot fail so, are left out.
    pub(super) fn annotation_names(&mut self, anns: impl Iterator<Item = &'a ast::Expr>) -> Result<()> {
        if self.m.annotations_as_text {
            return Ok(());
        }
        let mut names = Vec::new();
        anns.for_each(|a| crate::frontend::desugar::annotations::names(a, &mut names));
        for n in names {
            if matches!(self.place(n.id.as_str()), Place::Unknown) {
                self.load_name(n)?;
            }
        }
        Ok(())
    }

    /// `f.__annotations__`: the annotated parameters in order, then `return`; each evaluated
    /// now, or its text under `from __future__ import annotations` (as CPython's). Only for a
    /// program that reads annotations somewhere: they cost code and a dict per function.
    fn function_annotations(
        &mut self,
        f: ir::Value,
        args: &'a ast::Arguments,
        returns: Option<&'a ast::Expr>,
    ) -> Result<()> {
        let mut items: Vec<(&str, &ast::Expr)> = Vec::new();
        let params = args.posonlyargs.iter().chain(&args.args).map(|p| &p.def);
        let params = params.chain(args.vararg.as_deref()).chain(args.kwonlyargs.iter().map(|p| &p.def));
        for p in params.chain(args.kwarg.as_deref()) {
            if let Some(a) = &p.annotation {
                items.push((p.arg.as_str(), a));
            }
        }
        if let Some(r) = returns {
            items.push(("return", r));
        }
        if items.is_empty() {
            return Ok(());
        }
        let mut vs = Vec::new();
        for (name, a) in items {
            vs.push(self.str_literal(name));
            vs.push(if self.m.annotations_as_text {
                self.str_literal(&crate::frontend::desugar::annotations::text(a))
            } else {
                self.expr(a)?
            });
        }
        let argv = self.args_area(&vs);
        let n = self.iconst((vs.len() / 2) as i64);
        let d = self.call_rt_checked("rt_build_dict", &[argv, n]);
        let key = self.str_literal("__annotations__");
        self.call_rt_checked("rt_setattr", &[f, key, d]);
        Ok(())
    }

    /// A `def`'s or class's decorators, evaluated, each with its line: CPython applies each
    /// at its own line (the last first).
    fn decorators(&mut self, list: impl Iterator<Item = &'a ast::Expr>) -> Result<Vec<(ir::Value, usize)>> {
        let mut out = Vec::new();
        for e in list {
            let line = self.m.source.line_of(usize::from(e.range().start()));
            out.push((self.expr(e)?, line));
        }
        Ok(out)
    }

    fn class_stmt(&mut self, c: &'a ast::StmtClassDef) -> Result<()> {
        let decorators = self.decorators(c.decorator_list.iter())?;
        // The bases as a tuple display (`class B(A, *more)` splices `more` in, as CPython).
        let bases = self.display("rt_build_tuple", &c.bases, true)?;
        // Keywords (`class A(Base, key="a")`, `**options`, `metaclass=M`), before the body as
        // in CPython: the runtime takes the metaclass out, and passes the rest to its
        // `__prepare__`, then to it or to the bases' `__init_subclass__`.
        let kw = if c.keywords.is_empty() {
            self.iconst(0)
        } else {
            let zero = self.iconst(0);
            let dict = self.call_rt_checked("rt_build_dict", &[zero, zero]);
            for k in &c.keywords {
                let v = self.expr(&k.value)?;
                match &k.arg {
                    Some(a) => {
                        let key = self.str_literal(a.as_str());
                        self.call_rt_checked("rt_dict_set", &[dict, key, v]);
                    }
                    None => {
                        // (Merged as a call's `**`: CPython's class statement is a call of
                        // `__build_class__`, and its errors name it.)
                        let who = self.str_literal("__build_class__()");
                        self.call_rt_checked("rt_kwargs_merge", &[dict, v, who]);
                    }
                }
            }
            dict
        };
        let kw_var = self.temp_var();
        self.b.def_var(kw_var, kw);
        // The namespace: a dict, or what the metaclass's `__prepare__` makes.
        let ns = if c.bases.is_empty() && c.keywords.is_empty() {
            self.call_rt_checked("rt_class_ns", &[])
        } else {
            let name = self.str_literal(c.name.as_str());
            self.call_rt_checked("rt_class_prepare", &[name, bases, kw])
        };
        let ns_var = self.temp_var();
        self.b.def_var(ns_var, ns);
        let zero = self.iconst(0);
        let cell = self.call_rt_checked("rt_new_cell", &[zero]);
        let cell_var = self.temp_var();
        self.b.def_var(cell_var, cell);
        // The class's own names: everything its body binds (not inside its methods), and the
        // two CPython's class bodies start with.
        let mut names: BTreeSet<String> = scope::bound_in(&c.body);
        names.extend(["__module__".to_string(), "__qualname__".to_string()]);
        let doc = super::docstring(&c.body);
        if doc.is_some() {
            names.insert("__doc__".to_string());
        }
        let qual = match self.classes.last() {
            Some(outer) => format!("{}.{}", outer.qual, c.name),
            // (A name declared global is bound in the module: its qualified name is its own.)
            None if self.scope.is_some_and(|s| !s.globals.contains(c.name.as_str())) => {
                format!("{}.<locals>.{}", self.qualname, c.name)
            }
            None => c.name.to_string(),
        };
        // Set when the body reads them, or when they are not what the class would say without
        // them (`__main__`, its name): a class made in a loop pays for no dict entries.
        let reads = scope::name_reads(&c.body.iter().collect::<Vec<_>>()).counts;
        let module_name = self.m.name.clone();
        let starts = [
            ("__module__", module_name.as_str(), module_name != "__main__"),
            ("__qualname__", qual.as_str(), qual != c.name.as_str()),
        ];
        for (key, value, differs) in starts {
            // (A metaclass named sees them in the namespace its `__prepare__` made.)
            if differs || reads.contains_key(key) || !c.keywords.is_empty() {
                let (k, v) = (self.str_literal(key), self.str_literal(value));
                self.call_rt_checked("rt_setitem", &[ns, k, v]);
            }
        }
        // A docstring is the class's `__doc__` (without one, the runtime answers None).
        if let Some(doc) = doc {
            let (k, v) = (self.str_literal("__doc__"), self.str_literal(doc));
            self.call_rt_checked("rt_setitem", &[ns, k, v]);
        }
        // `__annotations__`, made first when the body annotates a name (CPython's
        // SETUP_ANNOTATIONS).
        let annotates = c
            .body
            .iter()
            .any(|s| matches!(s, ast::Stmt::AnnAssign(a) if a.simple && matches!(&*a.target, ast::Expr::Name(_))));
        let annotations = if annotates {
            let zero = self.iconst(0);
            let d = self.call_rt_checked("rt_build_dict", &[zero, zero]);
            let key = self.str_literal("__annotations__");
            self.call_rt_checked("rt_setitem", &[ns, key, d]);
            let var = self.temp_var();
            self.b.def_var(var, d);
            Some(var)
        } else {
            None
        };
        let prepared = c.keywords.iter().any(|k| k.arg.as_ref().is_some_and(|a| a.as_str() == "metaclass"));
        self.classes.push(ClassCtx { qual, ns: ns_var, names, cell: Some(cell_var), annotations, prepared });
        // The body is a traceback frame of its own, as CPython's: named after the class, at the
        // line that failed, below this frame's at the class statement's line. Its exceptions
        // land here first (its own `try` statements record the class's frame).
        let body_exc = self.new_landing();
        self.handlers.push(body_exc);
        let class_info = self.prog.function_info(self.m, c.name.as_str(), c.name.as_str(), &[], None);
        let outer_info = std::mem::replace(&mut self.info, class_info);
        let r = (|| {
            for s in &c.body {
                self.stmt(s)?;
            }
            Ok(())
        })();
        self.info = outer_info;
        self.handlers.pop();
        self.classes.pop();
        r?;
        // (A body that ends in `raise` leaves no block to go on in: the rest is dead code.)
        let normal = !self.terminated();
        let cont = self.b.create_block();
        if normal {
            self.b.ins().jump(cont, &[]);
        }
        self.enter(body_exc);
        let tag = self.b.block_params(body_exc)[0];
        let info = self.data_addr(class_info);
        self.call_rt("rt_traceback", &[info, tag]);
        self.set_line(c);
        self.jump_to_exc_exit();
        self.enter(cont);
        // (What fails from here on is the class statement's line's, as in CPython.)
        self.set_line(c);
        let name = self.str_literal(c.name.as_str());
        let ns = self.b.use_var(ns_var);
        let kw = self.b.use_var(kw_var);
        let mut cls = self.call_rt_checked("rt_make_class", &[name, bases, ns, kw]);
        let cell = self.b.use_var(cell_var);
        let wb = self.word_bytes();
        self.b.ins().store(MemFlagsData::trusted(), cls, cell, wb);
        for (dec, line) in decorators.into_iter().rev() {
            cls = self.at_line(line, |s| s.call_positional(dec, &[cls]));
        }
        self.store_name(c.name.as_str(), cls)?;
        Ok(())
    }

    fn import_stmt(&mut self, s: &'a ast::Stmt) -> Result<()> {
        let modules = self.m.modules;
        // (Where the program stores into `sys.modules`, any name may be a module when it runs.)
        let adds = self.prog.adds_modules;
        for w in check_import(self.m.source, s, self.import_guarded(), &|n| adds || modules.contains_key(n))? {
            self.warn(w);
        }
        match s {
            ast::Stmt::Import(i) => {
                for alias in &i.names {
                    let name = alias.name.as_str();
                    if self.m.modules.contains_key(name) {
                        let (top, leaf) = self.import_user(name)?;
                        match &alias.asname {
                            Some(a) => self.store_name(a.as_str(), leaf)?,
                            None => self.store_name(name.split('.').next().unwrap_or(name), top)?,
                        }
                        continue;
                    }
                    let m = self.import_module(name)?;
                    match (&alias.asname, name.split_once('.')) {
                        (Some(a), _) => self.store_name(a.as_str(), m)?,
                        // `import a.b` binds `a`, the top module.
                        (None, Some((top, _))) => {
                            let t = self.import_module(top)?;
                            self.store_name(top, t)?;
                        }
                        (None, None) => self.store_name(name, m)?,
                    }
                }
            }
            ast::Stmt::ImportFrom(i) if i.level.is_some_and(|l| l.to_u32() > 0) => {
                self.call_rt_checked("rt_relative_import", &[]);
            }
            ast::Stmt::ImportFrom(i) => {
                let name = i.module.as_ref().map_or("", |m| m.as_str());
                let m = if self.m.modules.contains_key(name) {
                    self.import_user(name)?.1
                } else {
                    self.import_module(name)?
                };
                // A star import, spelt out (`frontend::loader`): each name the module has when
                // the statement runs.
                if i.names.iter().any(|a| a.name.as_str() == "*") {
                    if self.scope.is_some() || !self.classes.is_empty() {
                        return Err(self
                            .error(s, "import * only allowed at module level")
                            .with_help(format!("import the names you use: `from {name} import …`")));
                    }
                    for alias in i.names.iter().filter(|a| a.name.as_str() != "*") {
                        let key = self.str_literal(alias.name.as_str());
                        let v = self.call_rt("rt_star_member", &[m, key]);
                        let [has, next] = self.new_blocks();
                        self.b.ins().brif(v, has, &[], next, &[]);
                        self.enter(has);
                        self.store_name(alias.name.as_str(), v)?;
                        self.b.ins().jump(next, &[]);
                        self.enter(next);
                    }
                    return Ok(());
                }
                for alias in &i.names {
                    let member = alias.name.as_str();
                    let bound = alias.asname.as_ref().map_or(member, |a| a.as_str());
                    let sub = format!("{name}.{member}");
                    if self.m.modules.contains_key(&sub) {
                        let (_, leaf) = self.import_user(&sub)?;
                        self.store_name(bound, leaf)?;
                        continue;
                    }
                    // (AttributeError becomes ImportError, as CPython's `from … import` has it.)
                    let key = self.str_literal(member);
                    let v = self.call_rt_checked("rt_import_from", &[m, key]);
                    self.store_name(bound, v)?;
                }
            }
            _ => {}
        }
        Ok(())
    }

    /// Imports the program's module `name` and the packages it is in: (the outermost package,
    /// the module itself).
    pub(super) fn import_user(&mut self, name: &str) -> Result<(ir::Value, ir::Value)> {
        let parts: Vec<&str> = name.split('.').collect();
        let mut outer = None;
        let mut parent: Option<ir::Value> = None;
        let mut last = None;
        for i in 1..=parts.len() {
            let prefix = parts[..i].join(".");
            if !self.m.modules.contains_key(&prefix) {
                continue;
            }
            let v = self.ensure_module(&prefix);
            if let Some(p) = parent {
                let key = self.str_literal(parts[i - 1]);
                self.call_rt_checked("rt_setattr", &[p, key, v]);
            }
            outer.get_or_insert(v);
            parent = Some(v);
            last = Some(v);
        }
        let last = last.expect("the module is one of the program's");
        Ok((outer.unwrap_or(last), last))
    }

    /// The module object of the program's module `name`, running its body the first time.
    fn ensure_module(&mut self, name: &str) -> ir::Value {
        let info = &self.m.modules[name];
        let (func, slot, first, names) = (info.func, info.slot, info.first_global, &info.names);
        let w = self.word();
        let (init, done) = (self.b.create_block(), self.b.create_block());
        let result = self.b.append_block_param(done, w);
        let v = self.load_root(slot);
        self.b.ins().brif(v, done, &[BlockArg::Value(v)], init, &[]);
        self.enter(init);
        let args = self.module_args(name, first, names);
        let m = self.call_rt_checked("rt_new_module", &args);
        self.store_root(slot, m);
        let r = self.call_index(func, &[]);
        // A module whose body raised is forgotten, so that importing it again runs it again
        // (as CPython drops it from sys.modules).
        let (ok, failed) = (self.b.create_block(), self.b.create_block());
        self.b.set_cold_block(failed);
        self.b.ins().brif(r, ok, &[], failed, &[]);
        self.enter(failed);
        let zero = self.iconst(0);
        self.store_root(slot, zero);
        self.call_rt("rt_module_failed", &[m]);
        self.jump_to_exc_exit();
        self.enter(ok);
        self.b.ins().jump(done, &[BlockArg::Value(m)]);
        self.enter(done);
        result
    }

    pub(super) fn import_module(&mut self, name: &str) -> Result<ir::Value> {
        // The main module, made at the start for a program that imports it (`lower_modules`).
        if let (Some((_, _, keep)), "__main__") = (&self.prog.main_module, name) {
            let keep = *keep;
            return Ok(self.load_root(keep));
        }
        // Any other name is looked up in `sys.modules` each time the import runs (the program
        // may have put a module there), else raises ModuleNotFoundError.
        let Some(m) = super::builtins::module(name) else {
            let text = self.cstring_addr(name);
            return Ok(self.call_rt_checked("rt_import", &[text]));
        };
        let key = format!("module:{name}");
        let (slot, _) = self.prog.literal(b'M', key.as_bytes());
        // A built-in module by its own entry point (so that only imported modules are linked;
        // by its own name: `utime` is `time`).
        self.cached(slot, |l| Ok(l.call_rt_checked(&format!("rt_import_{}", m.name), &[])))
    }

    /// Whether the statement being lowered is inside a `try` whose handlers catch ImportError,
    /// or in such a handler.
    fn import_guarded(&self) -> bool {
        self.import_guards > 0
    }

    fn try_stmt(&mut self, t: &'a ast::StmtTry) -> Result<()> {
        let after = self.b.create_block();
        let has_finally = !t.finalbody.is_empty();
        // The `finally` landing: runs the body and re-raises.
        let fin_landing = if has_finally {
            let b = self.new_landing();
            self.handlers.push(b);
            self.cleanups.push(CleanupAt {
                what: Cleanup::Finally(&t.finalbody),
                handlers: self.handlers.len() - 1,
                loops: self.loops.len(),
            });
            Some(b)
        } else {
            None
        };
        let guards = t.handlers.iter().any(catches_import_error);
        // The `except` landing.
        let exc_landing = if t.handlers.is_empty() {
            None
        } else {
            let b = self.new_landing();
            self.handlers.push(b);
            Some(b)
        };
        if guards {
            self.import_guards += 1;
        }
        let mut before = self.assigned.clone();
        for h in &t.handlers {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            if let Some(name) = &h.name {
                before.remove(name.as_str());
            }
        }
        let body_result = (|| {
            for s in &t.body {
                self.stmt(s)?;
            }
            Ok(())
        })();
        if guards {
            self.import_guards -= 1;
        }
        body_result?;
        if exc_landing.is_some() {
            self.handlers.pop();
        }
        // Normal path: else, then finally, then after.
        let normal_end = self.b.create_block();
        if !self.terminated() {
            self.b.ins().jump(normal_end, &[]);
        }
        self.enter(normal_end);
        for s in &t.orelse {
            self.stmt(s)?;
        }
        let to_finally = self.b.create_block();
        if !self.terminated() {
            self.b.ins().jump(to_finally, &[]);
        }
        self.assigned = before.clone();
        // The except clauses.
        if let Some(landing) = exc_landing {
            let line = self.enter_landing(landing);
            let depth = self.handlers.len();
            for h in &t.handlers {
                let ast::ExceptHandler::ExceptHandler(h) = h;
                self.set_line(h);
                let (matched, next) = (self.b.create_block(), self.b.create_block());
                match &h.type_ {
                    Some(ty) => {
                        let cls = self.expr(ty)?;
                        let m = self.call_rt_checked("rt_exc_match", &[cls]);
                        let yes = self.b.ins().icmp_imm_s(IntCC::Equal, m, TRUE as i64);
                        self.b.ins().brif(yes, matched, &[], next, &[]);
                    }
                    None => {
                        self.b.ins().jump(matched, &[]);
                    }
                }
                self.enter(matched);
                // An import in a handler of ImportError is the fallback for one that may fail
                // (`except ImportError: from _collections import …`): it may fail too.
                let fallback = catches_import_error_in(h);
                self.import_guards += usize::from(fallback);
                let handled = self.while_handling(&h.body, depth, h.name.as_ref().map(|n| n.as_str()));
                self.import_guards -= usize::from(fallback);
                let (prev_var, _, normal) = handled?;
                if normal {
                    let p = self.b.use_var(prev_var);
                    self.call_rt("rt_exc_end", &[p]);
                    self.b.ins().jump(to_finally, &[]);
                }
                self.enter(next);
            }
            // No clause matched: on outward, still pending.
            self.jump_outward(depth, line);
        }
        self.assigned = before;
        // The finally body, on the normal path, then on the exceptional one.
        if let Some(landing) = fin_landing {
            self.cleanups.pop();
            self.handlers.pop();
            self.enter(to_finally);
            for s in &t.finalbody {
                self.stmt(s)?;
            }
            if !self.terminated() {
                self.b.ins().jump(after, &[]);
            }
            // The exceptional path: the exception is "being handled" while the body runs, so
            // that one raised there chains to it; afterwards it goes on outward.
            let line = self.enter_landing(landing);
            let depth = self.handlers.len();
            let (prev_var, e_var, normal) = self.while_handling(&t.finalbody, depth, None)?;
            if normal {
                let p = self.b.use_var(prev_var);
                self.call_rt("rt_exc_end", &[p]);
                let e = self.b.use_var(e_var);
                self.call_rt("rt_exc_restore", &[e]);
                self.jump_outward(depth, line);
            }
        } else {
            self.enter(to_finally);
            self.b.ins().jump(after, &[]);
        }
        self.enter(after);
        Ok(())
    }

    /// Lowers `body` as code that handles the exception just caught (an `except` clause, or a
    /// `finally` body on the exceptional path): it is the exception being handled, for chaining
    /// and bare `raise`, bound to `bind` if given; one the body raises restores the exception
    /// handled before and leaves through handler `depth`. Returns the variables holding the
    /// exception handled before and the caught one, and whether the body can end normally
    /// (the caller then finishes that path).
    fn while_handling(
        &mut self,
        body: &'a [ast::Stmt],
        depth: usize,
        bind: Option<&'a str>,
    ) -> Result<(Variable, Variable, bool)> {
        let prev = self.call_rt("rt_exc_begin", &[]);
        let prev_var = self.temp_var();
        self.b.def_var(prev_var, prev);
        let e = self.call_rt("rt_exc_current", &[]);
        let e_var = self.temp_var();
        self.b.def_var(e_var, e);
        if let Some(name) = bind {
            self.store_name(name, e)?;
        }
        let landing = self.new_landing();
        self.handlers.push(landing);
        self.cleanups.push(CleanupAt {
            what: Cleanup::ExceptEnd(prev_var, bind),
            handlers: self.handlers.len() - 1,
            loops: self.loops.len(),
        });
        for s in body {
            self.stmt(s)?;
        }
        self.cleanups.pop();
        self.handlers.pop();
        // As in CPython, the `as` name is unbound however the clause is left.
        let normal = !self.terminated();
        let cont = self.b.create_block();
        if normal {
            if let Some(name) = bind {
                self.unbind_name(name)?;
            }
            self.b.ins().jump(cont, &[]);
        }
        let line = self.enter_landing(landing);
        let p = self.b.use_var(prev_var);
        self.call_rt("rt_exc_end", &[p]);
        if let Some(name) = bind {
            self.unbind_name(name)?;
        }
        self.jump_outward(depth, line);
        self.enter(cont);
        Ok((prev_var, e_var, normal))
    }

    /// `with` statement `stmt`: its `__exit__` calls are at its line, as CPython has them.
    fn with_stmt(&mut self, stmt: &'a ast::Stmt, items: &'a [ast::WithItem], body: &'a [ast::Stmt]) -> Result<()> {
        let Some((item, rest)) = items.split_first() else {
            for s in body {
                self.stmt(s)?;
            }
            return Ok(());
        };
        let mgr = self.expr(&item.context_expr)?;
        let exit = self.call_rt_checked("rt_with_exit", &[mgr]);
        let exit_var = self.temp_var();
        self.b.def_var(exit_var, exit);
        let enter_name = self.str_literal("__enter__");
        let argv = self.args_area(&[mgr]);
        let zero = self.iconst(0);
        let v = self.call_rt_checked("rt_call_method", &[enter_name, argv, zero, zero]);
        let landing = self.new_landing();
        self.handlers.push(landing);
        self.cleanups.push(CleanupAt {
            what: Cleanup::With(exit_var, stmt),
            handlers: self.handlers.len() - 1,
            loops: self.loops.len(),
        });
        // What the body assigns may stay unbound after it: `__exit__` may swallow an
        // exception that cut it short.
        let before = self.assigned.clone();
        // The target is bound inside: an error binding it (`as (a, b)`) goes to `__exit__`.
        if let Some(t) = &item.optional_vars {
            self.assign(t, v)?;
        }
        self.with_stmt(stmt, rest, body)?;
        self.cleanups.pop();
        self.handlers.pop();
        let after = self.b.create_block();
        if !self.terminated() {
            self.set_line(stmt);
            let f = self.b.use_var(exit_var);
            let none = self.none();
            self.call_positional(f, &[none, none, none]);
            self.b.ins().jump(after, &[]);
        }
        // An exception in the body: __exit__(type, value, None) decides whether it goes on.
        let line = self.enter_landing(landing);
        self.set_line(stmt);
        let prev = self.call_rt("rt_exc_begin", &[]);
        let prev_var = self.temp_var();
        self.b.def_var(prev_var, prev);
        let e = self.call_rt("rt_exc_current", &[]);
        // An exception `__exit__` raises (or its result's truth) ends the handling first.
        let exiting = self.new_landing();
        self.handlers.push(exiting);
        let ty_name = self.str_literal("__class__");
        let ty = self.call_rt_checked("rt_getattr", &[e, ty_name]);
        let f = self.b.use_var(exit_var);
        let none = self.none();
        let r = self.call_positional(f, &[ty, e, none]);
        let (swallow, reraise) = (self.b.create_block(), self.b.create_block());
        self.branch_truthy(r, swallow, reraise);
        self.handlers.pop();
        let exit_line = self.enter_landing(exiting);
        let p = self.b.use_var(prev_var);
        self.call_rt("rt_exc_end", &[p]);
        let depth = self.handlers.len();
        self.jump_outward(depth, exit_line);
        self.enter(swallow);
        let p = self.b.use_var(prev_var);
        self.call_rt("rt_exc_end", &[p]);
        self.b.ins().jump(after, &[]);
        self.enter(reraise);
        let p = self.b.use_var(prev_var);
        self.call_rt("rt_exc_end", &[p]);
        self.call_rt("rt_exc_restore", &[e]);
        let depth = self.handlers.len();
        self.jump_outward(depth, line);
        self.enter(after);
        self.assigned = before;
        Ok(())
    }
}

fn constant_int(e: &ast::Expr) -> Option<i64> {
    match e {
        ast::Expr::Constant(c) => match &c.value {
            ast::Constant::Int(i) => i.to_string().parse().ok(),
            _ => None,
        },
        ast::Expr::UnaryOp(u) if u.op == ast::UnaryOp::USub => constant_int(&u.operand).map(|n| -n),
        _ => None,
    }
}

/// Whether an `except` clause catches ImportError (by name, in a tuple, or as a base).
fn catches_import_error(h: &ast::ExceptHandler) -> bool {
    let ast::ExceptHandler::ExceptHandler(h) = h;
    catches_import_error_in(h)
}

fn catches_import_error_in(h: &ast::ExceptHandlerExceptHandler) -> bool {
    match h.type_.as_deref() {
        None => true,
        Some(ast::Expr::Name(n)) => matches!(n.id.as_str(), "ImportError" | "Exception" | "BaseException"),
        Some(ast::Expr::Tuple(tu)) => {
            tu.elts.iter().any(|e| matches!(e, ast::Expr::Name(n) if n.id.as_str() == "ImportError"))
        }
        _ => false,
    }
}

/// A function's annotations: its parameters' in order, then its return's.
pub(super) fn annotations<'a>(
    args: &'a ast::Arguments,
    returns: Option<&'a ast::Expr>,
) -> impl Iterator<Item = &'a ast::Expr> {
    let params = args.posonlyargs.iter().chain(&args.args).map(|p| &p.def);
    let params = params.chain(args.vararg.as_deref()).chain(args.kwonlyargs.iter().map(|p| &p.def));
    params.chain(args.kwarg.as_deref()).filter_map(|p| p.annotation.as_deref()).chain(returns)
}
