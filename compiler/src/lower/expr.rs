//! Lowering of expressions: constants, names, operators with small-int fast paths, comparisons
//! and truth tests in branch form, calls of functions, builtins and methods.

use super::builtins::{closest, Imported, BUILTINS, MODULES, SPECIAL_BUILTINS};
use super::{small_range, FnLowerer};
use crate::diag::CompileError;
use cranelift_codegen::ir::{self, condcodes::IntCC, BlockArg, InstBuilder};
use mpyc_runtime::ops::{binop, cmpop, unop};
use mpyc_runtime::value::{FALSE, NONE, TRUE};
use rustpython_parser::ast;

type Result<T> = std::result::Result<T, CompileError>;

/// Where a name resolves, seen from the function being lowered.
enum Place {
    Local(cranelift_frontend::Variable),
    Global(u32),
    Def(u32, usize),
    Import(Imported),
    Builtin,
    Unknown,
}

impl FnLowerer<'_> {
    fn place(&self, name: &str) -> Place {
        if let Some(scope) = self.scope {
            if scope.is_local(name) {
                return Place::Local(self.vars[name]);
            }
        }
        if let Some(&slot) = self.m.global_slots.get(name) {
            return Place::Global(slot);
        }
        if let Some(&(index, params)) = self.m.defs.get(name) {
            return Place::Def(index, params);
        }
        if let Some(&imp) = self.m.imports.get(name) {
            return Place::Import(imp);
        }
        if BUILTINS.iter().any(|b| b.name == name) || SPECIAL_BUILTINS.contains(&name) {
            return Place::Builtin;
        }
        Place::Unknown
    }

    pub(super) fn expr(&mut self, e: &ast::Expr) -> Result<ir::Value> {
        match e {
            ast::Expr::Constant(c) => self.constant(c),
            ast::Expr::Name(n) => self.load_name(n),
            ast::Expr::BinOp(b) => {
                let op = binary_op(b.op).ok_or_else(|| {
                    self.error(e, "true division `/` gives a float, and floats are not supported yet")
                        .with_help("use `//` for integer (floor) division")
                })?;
                let l = self.expr(&b.left)?;
                let r = self.expr(&b.right)?;
                Ok(self.binop(op, l, r))
            }
            ast::Expr::UnaryOp(u) => self.unary(u),
            ast::Expr::Compare(_) => self.bool_of(e),
            ast::Expr::BoolOp(b) => self.value_boolop(b),
            ast::Expr::IfExp(i) => {
                let (then, other, merge) = (self.b.create_block(), self.b.create_block(), self.b.create_block());
                let w = self.word();
                let result = self.b.append_block_param(merge, w);
                self.cond(&i.test, then, other)?;
                for (block, value) in [(then, &i.body), (other, &i.orelse)] {
                    self.enter(block);
                    let v = self.expr(value)?;
                    self.b.ins().jump(merge, &[BlockArg::Value(v)]);
                }
                self.enter(merge);
                Ok(result)
            }
            ast::Expr::Call(c) => self.call(c),
            ast::Expr::Attribute(a) => Err(self
                .error(a, "attributes are not supported yet, only method calls")
                .with_help("call the method, as in `led.on()`")),
            ast::Expr::Tuple(_) => Err(self.error(e, "tuples are not supported yet, except in `a, b = b, a`")),
            ast::Expr::List(_) => Err(self.error(e, "lists are not supported yet")),
            ast::Expr::Dict(_) => Err(self.error(e, "dicts are not supported yet")),
            ast::Expr::JoinedStr(_) => Err(self
                .error(e, "f-strings are not supported yet")
                .with_help("build the text with `+` and `str()`, or pass several values to print()")),
            ast::Expr::Lambda(_) => {
                Err(self.error(e, "lambdas are not supported yet").with_help("define a function with `def`"))
            }
            _ => Err(self.error(e, "this kind of expression is not supported yet")),
        }
    }

    fn constant(&mut self, c: &ast::ExprConstant) -> Result<ir::Value> {
        match &c.value {
            ast::Constant::None => Ok(self.iconst(NONE as i64)),
            ast::Constant::Bool(b) => Ok(self.iconst(if *b { TRUE } else { FALSE } as i64)),
            ast::Constant::Int(i) => Ok(self.int_literal(&i.to_string())),
            ast::Constant::Str(s) => Ok(self.str_literal(s)),
            ast::Constant::Float(_) => Err(self
                .error(c, "floats are not supported yet")
                .with_help("use integers; scale values up (for example millimetres instead of metres)")),
            ast::Constant::Bytes(_) => Err(self.error(c, "bytes literals are not supported yet")),
            _ => Err(self.error(c, "this kind of constant is not supported yet")),
        }
    }

    /// An int given by its decimal text: an immediate if it fits, else a cached big int.
    fn int_literal(&mut self, digits: &str) -> ir::Value {
        let (min, max) = small_range(self.word());
        if let Ok(n) = digits.parse::<i64>() {
            if (min..=max).contains(&n) {
                return self.iconst((n << 1) | 1);
            }
        }
        let (slot, bytes) = self.prog.literal(b'i', digits.as_bytes());
        let slot = self.data_addr(slot);
        let data = self.data_addr(bytes);
        let len = self.iconst(digits.len() as i64);
        self.call_rt("rt_int_lit", &[slot, data, len])
    }

    pub(super) fn str_literal(&mut self, text: &str) -> ir::Value {
        let (slot, bytes) = self.prog.literal(b's', text.as_bytes());
        let slot = self.data_addr(slot);
        let data = self.data_addr(bytes);
        let len = self.iconst(text.len() as i64);
        self.call_rt("rt_str_lit", &[slot, data, len])
    }

    fn load_name(&mut self, n: &ast::ExprName) -> Result<ir::Value> {
        let name = n.id.as_str();
        match self.place(name) {
            Place::Local(var) => {
                let v = self.b.use_var(var);
                if !self.assigned.contains(name) {
                    self.check_bound(v, name, true);
                }
                Ok(v)
            }
            Place::Global(slot) => {
                let addr = self.data_addr(slot);
                let v = self.load_word(addr);
                self.check_bound(v, name, false);
                Ok(v)
            }
            Place::Unknown if name == "__name__" => Ok(self.str_literal("__main__")),
            Place::Unknown => {
                let mut known: Vec<&str> = self.m.global_slots.keys().map(|s| s.as_str()).collect();
                known.extend(self.m.defs.keys().map(|s| s.as_str()));
                known.extend(self.m.imports.keys().map(|s| s.as_str()));
                known.extend(BUILTINS.iter().map(|b| b.name));
                known.extend(SPECIAL_BUILTINS);
                if let Some(scope) = self.scope {
                    known.extend(scope.params.iter().map(|s| s.as_str()));
                    known.extend(scope.locals.iter().map(|s| s.as_str()));
                }
                let e = self.error(n, format!("name '{name}' is not defined"));
                Err(match closest(name, &known) {
                    Some(c) => e.with_help(format!("did you mean '{c}'?")),
                    None => e.with_help("assign it, define it with `def`, or import it first"),
                })
            }
            _ => Err(self
                .error(n, format!("'{name}' can only be called here, not used as a value"))
                .with_help(format!("call it: `{name}(…)`"))),
        }
    }

    /// Raises UnboundLocalError / NameError at run time when `v` is still unbound (0).
    fn check_bound(&mut self, v: ir::Value, name: &str, local: bool) {
        let ok = self.b.create_block();
        let unbound = self.b.create_block();
        self.b.set_cold_block(unbound);
        self.b.ins().brif(v, ok, &[], unbound, &[]);
        self.enter(unbound);
        let text = self.cstring_addr(name);
        let flag = self.iconst(local as i64);
        self.call_rt("rt_unbound", &[text, flag]);
        self.jump_to_exc_exit();
        self.enter(ok);
    }

    /// `a op b` for a binary operator code, with inline small-int paths for `+ - & | ^`.
    pub(super) fn binop(&mut self, op: usize, a: ir::Value, b: ir::Value) -> ir::Value {
        if !matches!(
            op,
            binop::ADD | binop::SUB | binop::MUL | binop::FLOORDIV | binop::MOD | binop::AND | binop::OR | binop::XOR
        ) {
            let opv = self.iconst(op as i64);
            return self.call_rt_checked("rt_binop", &[opv, a, b]);
        }
        let w = self.word();
        let merge = self.b.create_block();
        let result = self.b.append_block_param(merge, w);
        let slow = self.if_both_small(a, b);
        match op {
            binop::FLOORDIV | binop::MOD => {
                // Only by a positive divisor here (b ≥ 3 tagged): no division by zero, no
                // overflow. Truncating division, then Python's floor: a negative remainder
                // moves the quotient down one and the remainder up by the divisor.
                let positive = self.b.ins().icmp_imm_s(IntCC::SignedGreaterThan, b, 1);
                let divide = self.b.create_block();
                self.b.ins().brif(positive, divide, &[], slow, &[]);
                self.enter(divide);
                let top = i64::from(self.word().bits() - 1);
                let x = self.b.ins().sshr_imm_u(a, 1);
                let y = self.b.ins().sshr_imm_u(b, 1);
                let q = self.b.ins().sdiv(x, y);
                let qy = self.b.ins().imul(q, y);
                let r = self.b.ins().isub(x, qy);
                let negative = self.b.ins().sshr_imm_u(r, top);
                let result = if op == binop::FLOORDIV {
                    self.b.ins().iadd(q, negative)
                } else {
                    let fix = self.b.ins().band(y, negative);
                    self.b.ins().iadd(r, fix)
                };
                let shifted = self.b.ins().ishl_imm_u(result, 1);
                let tagged = self.b.ins().bor_imm_u(shifted, 1);
                self.b.ins().jump(merge, &[BlockArg::Value(tagged)]);
            }
            binop::MUL => {
                // (2x+1) and (2y+1): 2x·y + 1 is the tagged product; it overflowed when the
                // high word of the full product is not the sign of the low word.
                let x2 = self.b.ins().iadd_imm_s(a, -1);
                let y = self.b.ins().sshr_imm_u(b, 1);
                let lo = self.b.ins().imul(x2, y);
                let hi = self.b.ins().smulhi(x2, y);
                let top = i64::from(self.word().bits() - 1);
                let sign = self.b.ins().sshr_imm_u(lo, top);
                let r = self.b.ins().bor_imm_u(lo, 1);
                let overflow = self.b.ins().icmp(IntCC::NotEqual, hi, sign);
                self.b.ins().brif(overflow, slow, &[], merge, &[BlockArg::Value(r)]);
            }
            binop::ADD | binop::SUB => {
                // Tagged 2x+1 and 2y+1: (2x+1) ± 2y is the tagged result; overflow as for
                // any two's-complement add or subtract.
                let b2 = self.b.ins().iadd_imm_s(b, -1);
                let (r, t) = if op == binop::ADD {
                    let r = self.b.ins().iadd(a, b2);
                    let x = self.b.ins().bxor(r, a);
                    let y = self.b.ins().bxor(r, b2);
                    (r, self.b.ins().band(x, y))
                } else {
                    let r = self.b.ins().isub(a, b2);
                    let x = self.b.ins().bxor(a, b2);
                    let y = self.b.ins().bxor(a, r);
                    (r, self.b.ins().band(x, y))
                };
                let overflow = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, t, 0);
                self.b.ins().brif(overflow, slow, &[], merge, &[BlockArg::Value(r)]);
            }
            _ => {
                let r = match op {
                    binop::AND => self.b.ins().band(a, b),
                    binop::OR => self.b.ins().bor(a, b),
                    _ => {
                        let x = self.b.ins().bxor(a, b);
                        self.b.ins().bor_imm_u(x, 1)
                    }
                };
                self.b.ins().jump(merge, &[BlockArg::Value(r)]);
            }
        }

        self.enter(slow);
        let opv = self.iconst(op as i64);
        let r = self.call_rt_checked("rt_binop", &[opv, a, b]);
        self.b.ins().jump(merge, &[BlockArg::Value(r)]);
        self.enter(merge);
        result
    }

    fn unary(&mut self, u: &ast::ExprUnaryOp) -> Result<ir::Value> {
        if let (ast::UnaryOp::USub, ast::Expr::Constant(c)) = (u.op, &*u.operand) {
            if let ast::Constant::Int(i) = &c.value {
                return Ok(self.int_literal(&format!("-{i}")));
            }
        }
        if u.op == ast::UnaryOp::Not {
            return self.bool_of(&ast::Expr::UnaryOp(u.clone()));
        }
        let v = self.expr(&u.operand)?;
        let op = match u.op {
            ast::UnaryOp::USub => unop::NEG,
            ast::UnaryOp::UAdd => unop::POS,
            _ => unop::INVERT,
        };
        let opv = self.iconst(op as i64);
        Ok(self.call_rt_checked("rt_unop", &[opv, v]))
    }

    /// `x and y` / `x or y` as a value: the deciding operand itself.
    fn value_boolop(&mut self, b: &ast::ExprBoolOp) -> Result<ir::Value> {
        let w = self.word();
        let merge = self.b.create_block();
        let result = self.b.append_block_param(merge, w);
        let (last, rest) = b.values.split_last().expect("a bool op has operands");
        for value in rest {
            let v = self.expr(value)?;
            let next = self.b.create_block();
            let done = self.b.create_block();
            // `and` goes on while its operands are truthy, `or` while they are falsy.
            if b.op == ast::BoolOp::Or {
                self.branch_truthy(v, done, next);
            } else {
                self.branch_truthy(v, next, done);
            }
            self.enter(done);
            self.b.ins().jump(merge, &[BlockArg::Value(v)]);
            self.enter(next);
        }
        let v = self.expr(last)?;
        self.b.ins().jump(merge, &[BlockArg::Value(v)]);
        self.enter(merge);
        Ok(result)
    }

    /// A condition as the value True or False.
    fn bool_of(&mut self, e: &ast::Expr) -> Result<ir::Value> {
        if let ast::Expr::Compare(c) = e {
            if c.ops.len() == 1 {
                return self.compare_value(c);
            }
        }
        let w = self.word();
        let (t, f, merge) = (self.b.create_block(), self.b.create_block(), self.b.create_block());
        let result = self.b.append_block_param(merge, w);
        self.cond(e, t, f)?;
        for (block, v) in [(t, TRUE), (f, FALSE)] {
            self.enter(block);
            let v = self.iconst(v as i64);
            self.b.ins().jump(merge, &[BlockArg::Value(v)]);
        }
        self.enter(merge);
        Ok(result)
    }

    /// A single comparison as a value, with the small-int case inline and branch-free.
    fn compare_value(&mut self, c: &ast::ExprCompare) -> Result<ir::Value> {
        let a = self.expr(&c.left)?;
        let b = self.expr(&c.comparators[0])?;
        let op = c.ops[0];
        let w = self.word();
        if let Some(cc) = identity_cc(op) {
            let test = self.b.ins().icmp(cc, a, b);
            return Ok(self.select_bool(test));
        }
        let (code, cc) = compare_op(op).ok_or_else(|| self.error(c, "`in` and `not in` are not supported yet"))?;
        let merge = self.b.create_block();
        let result = self.b.append_block_param(merge, w);
        let slow = self.if_both_small(a, b);
        let test = self.b.ins().icmp(cc, a, b);
        let v = self.select_bool(test);
        self.b.ins().jump(merge, &[BlockArg::Value(v)]);
        self.enter(slow);
        let opv = self.iconst(code as i64);
        let r = self.call_rt_checked("rt_compare", &[opv, a, b]);
        self.b.ins().jump(merge, &[BlockArg::Value(r)]);
        self.enter(merge);
        Ok(result)
    }

    fn select_bool(&mut self, test: ir::Value) -> ir::Value {
        let t = self.iconst(TRUE as i64);
        let f = self.iconst(FALSE as i64);
        self.b.ins().select(test, t, f)
    }

    /// Lowers `e` as a condition: ends the current block with branches to `then` or `other`.
    pub(super) fn cond(&mut self, e: &ast::Expr, then: ir::Block, other: ir::Block) -> Result<()> {
        match e {
            ast::Expr::UnaryOp(u) if u.op == ast::UnaryOp::Not => self.cond(&u.operand, other, then),
            ast::Expr::BoolOp(b) => {
                let (last, rest) = b.values.split_last().expect("a bool op has operands");
                for value in rest {
                    let next = self.b.create_block();
                    if b.op == ast::BoolOp::And {
                        self.cond(value, next, other)?;
                    } else {
                        self.cond(value, then, next)?;
                    }
                    self.enter(next);
                }
                self.cond(last, then, other)
            }
            ast::Expr::Compare(c) => {
                let mut left = self.expr(&c.left)?;
                for (i, (op, right)) in c.ops.iter().zip(&c.comparators).enumerate() {
                    let right = self.expr(right)?;
                    let next = if i + 1 == c.ops.len() { then } else { self.b.create_block() };
                    self.branch_compare(c, *op, left, right, next, other)?;
                    if next != then {
                        self.enter(next);
                    }
                    left = right;
                }
                Ok(())
            }
            ast::Expr::Constant(c) if matches!(c.value, ast::Constant::Bool(_)) => {
                let target = if matches!(c.value, ast::Constant::Bool(true)) { then } else { other };
                self.b.ins().jump(target, &[]);
                Ok(())
            }
            _ => {
                let v = self.expr(e)?;
                self.branch_truthy(v, then, other);
                Ok(())
            }
        }
    }

    fn branch_compare(
        &mut self,
        node: &ast::ExprCompare,
        op: ast::CmpOp,
        a: ir::Value,
        b: ir::Value,
        then: ir::Block,
        other: ir::Block,
    ) -> Result<()> {
        if let Some(cc) = identity_cc(op) {
            let test = self.b.ins().icmp(cc, a, b);
            self.b.ins().brif(test, then, &[], other, &[]);
            return Ok(());
        }
        let (code, cc) = compare_op(op).ok_or_else(|| self.error(node, "`in` and `not in` are not supported yet"))?;
        self.branch_compare_op(code, cc, a, b, then, other);
        Ok(())
    }

    /// Branches on `a <cc> b`: inline for two small ints, through `rt_compare` (`code`) otherwise.
    pub(super) fn branch_compare_op(
        &mut self,
        code: usize,
        cc: IntCC,
        a: ir::Value,
        b: ir::Value,
        then: ir::Block,
        other: ir::Block,
    ) {
        let slow = self.if_both_small(a, b);
        let test = self.b.ins().icmp(cc, a, b);
        self.b.ins().brif(test, then, &[], other, &[]);
        self.enter(slow);
        let opv = self.iconst(code as i64);
        let r = self.call_rt_checked("rt_compare", &[opv, a, b]);
        let test = self.b.ins().icmp_imm_s(IntCC::Equal, r, TRUE as i64);
        self.b.ins().brif(test, then, &[], other, &[]);
    }

    /// Branches on Python truth: True and small ints inline, everything else via the runtime.
    pub(super) fn branch_truthy(&mut self, v: ir::Value, then: ir::Block, other: ir::Block) {
        let (small, not_true, general) = (self.b.create_block(), self.b.create_block(), self.b.create_block());
        let tag = self.b.ins().band_imm_u(v, 1);
        self.b.ins().brif(tag, small, &[], not_true, &[]);
        self.enter(small);
        let nonzero = self.b.ins().icmp_imm_s(IntCC::NotEqual, v, 1);
        self.b.ins().brif(nonzero, then, &[], other, &[]);
        self.enter(not_true);
        let is_true = self.b.ins().icmp_imm_s(IntCC::Equal, v, TRUE as i64);
        self.b.ins().brif(is_true, then, &[], general, &[]);
        self.enter(general);
        let r = self.call_rt("rt_truthy", &[v]);
        self.b.ins().brif(r, then, &[], other, &[]);
    }

    fn call(&mut self, c: &ast::ExprCall) -> Result<ir::Value> {
        if let ast::Expr::Attribute(a) = &*c.func {
            return self.call_attribute(c, a);
        }
        let ast::Expr::Name(n) = &*c.func else {
            return Err(self.error(&*c.func, "only named functions and methods can be called so far"));
        };
        let name = n.id.as_str();
        if name == "print" && matches!(self.place(name), Place::Builtin) {
            return self.print(c);
        }
        if let Some(k) = c.keywords.first() {
            return Err(self.error(k, "keyword arguments are supported only for print() so far"));
        }
        if let Some(s) = c.args.iter().find(|a| matches!(a, ast::Expr::Starred(_))) {
            return Err(self.error(s, "`*args` in calls is not supported yet"));
        }
        match self.place(name) {
            Place::Def(index, params) => {
                self.check_arity(c, name, params)?;
                let args = self.exprs(&c.args)?;
                let r = self.call_index(index, &args);
                self.check(r);
                Ok(r)
            }
            Place::Import(Imported::Member(m)) => {
                self.check_arity(c, name, m.params)?;
                let args = self.exprs(&c.args)?;
                Ok(self.call_rt_checked(m.entry, &args))
            }
            Place::Builtin if name == "range" => {
                Err(self.error(c, "range() can only be used in `for … in range(…)` so far"))
            }
            Place::Builtin => {
                let m = BUILTINS.iter().find(|b| b.name == name).expect("a listed builtin");
                self.check_arity(c, name, m.params)?;
                let args = self.exprs(&c.args)?;
                Ok(self.call_rt_checked(m.entry, &args))
            }
            Place::Unknown => self.load_name(n),
            Place::Import(Imported::Module(m)) => Err(self.error(n, format!("module '{}' is not callable", m.name))),
            Place::Local(_) | Place::Global(_) => Err(self
                .error(n, format!("calling '{name}', a variable, is not supported yet"))
                .with_help("call functions by the name they were defined with")),
        }
    }

    fn check_arity(&self, c: &ast::ExprCall, name: &str, params: usize) -> Result<()> {
        if c.args.len() == params {
            return Ok(());
        }
        let s = if params == 1 { "" } else { "s" };
        Err(self.error(c, format!("{name}() takes {params} argument{s} but {} were given", c.args.len())))
    }

    fn exprs(&mut self, es: &[ast::Expr]) -> Result<Vec<ir::Value>> {
        es.iter().map(|e| self.expr(e)).collect()
    }

    /// `module.function(…)` or `value.method()`.
    fn call_attribute(&mut self, c: &ast::ExprCall, a: &ast::ExprAttribute) -> Result<ir::Value> {
        let attr = a.attr.as_str();
        if let ast::Expr::Name(n) = &*a.value {
            if let Place::Import(Imported::Module(module)) = self.place(n.id.as_str()) {
                let Some(m) = module.member(attr) else {
                    let names: Vec<&str> = module.members.iter().map(|m| m.name).collect();
                    let e = self.error(a, format!("module '{}' has no attribute '{attr}'", module.name));
                    return Err(match closest(attr, &names) {
                        Some(c) => e.with_help(format!("did you mean '{}.{c}'?", module.name)),
                        None => e.with_help(format!("'{}' has: {}", module.name, names.join(", "))),
                    });
                };
                self.check_arity(c, &format!("{}.{attr}", module.name), m.params)?;
                let args = self.exprs(&c.args)?;
                return Ok(self.call_rt_checked(m.entry, &args));
            }
            if !MODULES.iter().any(|m| m.name == n.id.as_str()) {
                // fall through: a method call on a value
            } else if matches!(self.place(n.id.as_str()), Place::Unknown) {
                return Err(self
                    .error(n, format!("name '{}' is not defined", n.id))
                    .with_help(format!("add `import {}` at the top of the file", n.id)));
            }
        }
        if !c.args.is_empty() || !c.keywords.is_empty() {
            return Err(self.error(c, "method calls with arguments are not supported yet"));
        }
        let obj = self.expr(&a.value)?;
        let name = self.cstring_addr(attr);
        Ok(self.call_rt_checked("rt_method0", &[obj, name]))
    }

    /// `print(*values, sep=…, end=…)`.
    fn print(&mut self, c: &ast::ExprCall) -> Result<ir::Value> {
        let values = self.exprs(&c.args)?;
        let (mut sep, mut end) = (None, None);
        for k in &c.keywords {
            let v = self.expr(&k.value)?;
            match k.arg.as_ref().map(|a| a.as_str()) {
                Some("sep") => sep = Some(v),
                Some("end") => end = Some(v),
                _ => return Err(self.error(k, "print() takes only the keyword arguments sep and end here")),
            }
        }
        let none = self.none();
        let sep = sep.unwrap_or(none);
        let end = end.unwrap_or(none);
        for (i, v) in values.iter().enumerate() {
            if i > 0 {
                let which = self.iconst(0);
                self.call_rt_checked("rt_print_sep", &[sep, which]);
            }
            self.call_rt_checked("rt_print", &[*v]);
        }
        let which = self.iconst(1);
        self.call_rt_checked("rt_print_sep", &[end, which]);
        Ok(none)
    }
}

fn binary_op(op: ast::Operator) -> Option<usize> {
    Some(match op {
        ast::Operator::Add => binop::ADD,
        ast::Operator::Sub => binop::SUB,
        ast::Operator::Mult => binop::MUL,
        ast::Operator::FloorDiv => binop::FLOORDIV,
        ast::Operator::Mod => binop::MOD,
        ast::Operator::Pow => binop::POW,
        ast::Operator::LShift => binop::LSHIFT,
        ast::Operator::RShift => binop::RSHIFT,
        ast::Operator::BitAnd => binop::AND,
        ast::Operator::BitOr => binop::OR,
        ast::Operator::BitXor => binop::XOR,
        _ => return None,
    })
}

pub(super) fn aug_op(op: ast::Operator) -> Option<usize> {
    binary_op(op)
}

/// The runtime code and the small-int condition (on tagged words) of a comparison.
fn compare_op(op: ast::CmpOp) -> Option<(usize, IntCC)> {
    Some(match op {
        ast::CmpOp::Lt => (cmpop::LT, IntCC::SignedLessThan),
        ast::CmpOp::LtE => (cmpop::LE, IntCC::SignedLessThanOrEqual),
        ast::CmpOp::Gt => (cmpop::GT, IntCC::SignedGreaterThan),
        ast::CmpOp::GtE => (cmpop::GE, IntCC::SignedGreaterThanOrEqual),
        ast::CmpOp::Eq => (cmpop::EQ, IntCC::Equal),
        ast::CmpOp::NotEq => (cmpop::NE, IntCC::NotEqual),
        _ => return None,
    })
}

/// `is` / `is not` compare words.
fn identity_cc(op: ast::CmpOp) -> Option<IntCC> {
    match op {
        ast::CmpOp::Is => Some(IntCC::Equal),
        ast::CmpOp::IsNot => Some(IntCC::NotEqual),
        _ => None,
    }
}
