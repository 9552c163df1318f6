//! Lowering of statements: assignment, `if`, `while`, `for … in range(…)`, `break`/`continue`,
//! `return`, `global`, expression statements.

use super::expr::aug_op;
use super::FnLowerer;
use crate::diag::CompileError;
use cranelift_codegen::ir::{self, condcodes::IntCC, InstBuilder};
use mpyc_runtime::ops::cmpop;
use rustpython_parser::ast;
use std::collections::HashSet;

type Result<T> = std::result::Result<T, CompileError>;

impl FnLowerer<'_> {
    pub(super) fn stmt(&mut self, s: &ast::Stmt) -> Result<()> {
        if self.terminated() {
            self.start_dead_block();
        }
        self.set_line(s);
        match s {
            ast::Stmt::Expr(e) => {
                self.expr(&e.value)?;
            }
            ast::Stmt::Pass(_) | ast::Stmt::Global(_) => {}
            ast::Stmt::Import(_) | ast::Stmt::ImportFrom(_) if self.scope.is_none() => {}
            ast::Stmt::Assign(a) => {
                if let (1, ast::Expr::Tuple(t), ast::Expr::Tuple(v)) = (a.targets.len(), &a.targets[0], &*a.value) {
                    return self.swap_assign(t, v);
                }
                let v = self.expr(&a.value)?;
                for t in &a.targets {
                    self.assign(t, v)?;
                }
            }
            ast::Stmt::AugAssign(a) => {
                let ast::Expr::Name(n) = &*a.target else {
                    return Err(self.error(&*a.target, "only names can be assigned to so far"));
                };
                let op = aug_op(a.op).ok_or_else(|| {
                    self.error(s, "`/=` gives a float, and floats are not supported yet")
                        .with_help("use `//=` for integer (floor) division")
                })?;
                let old = self.expr(&a.target)?;
                let rhs = self.expr(&a.value)?;
                let new = self.binop(op, old, rhs);
                self.store_name(n.id.as_str(), new);
            }
            ast::Stmt::If(i) => self.if_stmt(i)?,
            ast::Stmt::While(w) => self.while_stmt(w)?,
            ast::Stmt::For(f) => self.for_stmt(f)?,
            ast::Stmt::Break(_) | ast::Stmt::Continue(_) => {
                let Some(&(cont, brk)) = self.loops.last() else {
                    return Err(self.error(s, "`break` and `continue` belong inside a loop"));
                };
                let target = if matches!(s, ast::Stmt::Break(_)) { brk } else { cont };
                self.b.ins().jump(target, &[]);
            }
            ast::Stmt::Return(r) => {
                if self.scope.is_none() {
                    return Err(self.error(s, "`return` outside a function"));
                }
                let v = match &r.value {
                    Some(e) => self.expr(e)?,
                    None => self.none(),
                };
                self.b.ins().return_(&[v]);
            }
            ast::Stmt::FunctionDef(_) => {
                return Err(self
                    .error(s, "functions can be defined only at the top level of a module so far")
                    .with_help("move the `def` to the top level"))
            }
            ast::Stmt::Import(_) | ast::Stmt::ImportFrom(_) => {
                return Err(self
                    .error(s, "imports inside functions are not supported yet")
                    .with_help("move the import to the top of the file"))
            }
            ast::Stmt::ClassDef(_) => return Err(self.error(s, "classes are not supported yet")),
            ast::Stmt::Try(_) => return Err(self.error(s, "`try` is not supported yet")),
            ast::Stmt::Raise(_) => return Err(self.error(s, "`raise` is not supported yet")),
            ast::Stmt::With(_) => return Err(self.error(s, "`with` is not supported yet")),
            ast::Stmt::Assert(_) => return Err(self.error(s, "`assert` is not supported yet")),
            ast::Stmt::Delete(_) => return Err(self.error(s, "`del` is not supported yet")),
            ast::Stmt::Nonlocal(_) => return Err(self.error(s, "`nonlocal` is not supported yet")),
            _ => return Err(self.error(s, "this kind of statement is not supported yet")),
        }
        Ok(())
    }

    fn assign(&mut self, target: &ast::Expr, v: ir::Value) -> Result<()> {
        match target {
            ast::Expr::Name(n) => {
                self.store_name(n.id.as_str(), v);
                Ok(())
            }
            ast::Expr::Tuple(_) => Err(self.error(target, "unpacking is supported only as `a, b = x, y` so far")),
            _ => Err(self.error(target, "only names can be assigned to so far")),
        }
    }

    /// `a, b = x, y`: every right-hand value first, then the targets left to right.
    fn swap_assign(&mut self, targets: &ast::ExprTuple, values: &ast::ExprTuple) -> Result<()> {
        if targets.elts.len() != values.elts.len() {
            let msg = format!("{} values to unpack into {} names", values.elts.len(), targets.elts.len());
            return Err(self.error(values, msg));
        }
        let vs: Vec<ir::Value> = values.elts.iter().map(|e| self.expr(e)).collect::<Result<_>>()?;
        for (t, v) in targets.elts.iter().zip(vs) {
            self.assign(t, v)?;
        }
        Ok(())
    }

    pub(super) fn store_name(&mut self, name: &str, v: ir::Value) {
        if let Some(scope) = self.scope {
            if scope.is_local(name) {
                let var = self.vars[name];
                self.b.def_var(var, v);
                self.assigned.insert(name.to_string());
                return;
            }
        }
        let slot = self.m.global_slots[name];
        let addr = self.data_addr(slot);
        self.store_word(v, addr);
    }

    /// Lowers `body` into `block`, then jumps to `next` unless it ended already. Returns the
    /// locals it certainly bound.
    fn branch_body(&mut self, block: ir::Block, body: &[ast::Stmt], next: ir::Block) -> Result<HashSet<String>> {
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

    fn if_stmt(&mut self, i: &ast::StmtIf) -> Result<()> {
        let (then, other, merge) = (self.b.create_block(), self.b.create_block(), self.b.create_block());
        self.cond(&i.test, then, other)?;
        let a = self.branch_body(then, &i.body, merge)?;
        let b = self.branch_body(other, &i.orelse, merge)?;
        self.assigned = a.intersection(&b).cloned().collect();
        self.enter(merge);
        Ok(())
    }

    fn while_stmt(&mut self, w: &ast::StmtWhile) -> Result<()> {
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

    /// `for target in range(start, stop, step)`, with `step` a constant; the counter is a
    /// hidden variable so that assigning to the target in the body does not change the loop.
    fn for_stmt(&mut self, f: &ast::StmtFor) -> Result<()> {
        let ast::Expr::Call(call) = &*f.iter else {
            return Err(self.for_error(&f.iter));
        };
        let is_range = matches!(&*call.func, ast::Expr::Name(n) if n.id.as_str() == "range");
        if !is_range || !call.keywords.is_empty() || call.args.is_empty() || call.args.len() > 3 {
            return Err(self.for_error(&f.iter));
        }
        let step = match call.args.get(2) {
            None => 1,
            Some(e) => match constant_int(e) {
                Some(0) => return Err(self.error(e, "range() step must not be zero")),
                Some(n) if n.unsigned_abs() < 1 << 29 => n,
                _ => {
                    return Err(self
                        .error(e, "the step of range() must be a small integer constant so far")
                        .with_help("write the step as a number, like `range(10, 0, -1)`"))
                }
            },
        };
        let (start, stop) = if call.args.len() == 1 {
            (self.iconst(1), self.expr(&call.args[0])?)
        } else {
            let start = self.expr(&call.args[0])?;
            (start, self.expr(&call.args[1])?)
        };
        let start = self.call_rt_checked("rt_index", &[start]);
        let stop = self.call_rt_checked("rt_index", &[stop]);
        let w = self.word();
        let counter = self.b.declare_var(w);
        self.b.def_var(counter, start);
        let (header, body, latch, other, after) = (
            self.b.create_block(),
            self.b.create_block(),
            self.b.create_block(),
            self.b.create_block(),
            self.b.create_block(),
        );
        self.b.ins().jump(header, &[]);
        self.b.switch_to_block(header);
        let line = self.line;
        let i = self.b.use_var(counter);
        let (code, cc) =
            if step > 0 { (cmpop::LT, IntCC::SignedLessThan) } else { (cmpop::GT, IntCC::SignedGreaterThan) };
        self.branch_compare_op(code, cc, i, stop, body, other);
        self.enter(body);
        let i = self.b.use_var(counter);
        let before = self.assigned.clone();
        self.assign(&f.target, i)?;
        self.loops.push((latch, after));
        for s in &f.body {
            self.stmt(s)?;
        }
        self.loops.pop();
        self.assigned = before;
        if !self.terminated() {
            self.b.ins().jump(latch, &[]);
        }
        self.enter(latch);
        self.line = line;
        let i = self.b.use_var(counter);
        let stepv = self.iconst((step << 1) | 1);
        let next = self.binop(mpyc_runtime::ops::binop::ADD, i, stepv);
        self.b.def_var(counter, next);
        self.b.ins().jump(header, &[]);
        self.b.seal_block(header);
        self.branch_body(other, &f.orelse, after)?;
        self.enter(after);
        Ok(())
    }

    fn for_error(&self, iter: &ast::Expr) -> CompileError {
        self.error(iter, "only `for … in range(…)` loops are supported so far")
            .with_help("loop over range(stop), range(start, stop) or range(start, stop, step)")
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
