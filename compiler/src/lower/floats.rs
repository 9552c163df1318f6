//! Float arithmetic in registers: an expression of `+ - * /` over names and numbers that
//! looks like float work is computed unboxed when its names hold floats at run time (checked
//! first), and boxed once at the end, or compared without boxing; otherwise the same
//! expression runs through the generic operators.
//!
//! A name may also hold a small int, as long as every operator has a float on one side or
//! the other (somewhere below it): Python turns that int into a float for the operator, as
//! the unboxed path does. An operator with ints alone on both sides computes an int, so then
//! the expression runs through the generic operators.
//!
//! The path for floats alone comes first, as short as it can be; one with ints among them
//! second, when a leaf is not a float. That one has a word of its own among the roots (type
//! feedback): when its checks fail twice in a row, the next [`SKIP`] evaluations go straight
//! to the generic operators, so that code that computes ints (`(i - j) * x`) pays for its
//! checks once in a while, not every time (and code that does so now and then, not at all).

use super::expr::Place;
use super::FnLowerer;
use crate::diag::CompileError;
use cranelift_codegen::entity::EntityRef;
use cranelift_codegen::ir::{self, condcodes::FloatCC, condcodes::IntCC, BlockArg, InstBuilder, MemFlagsData};
use cranelift_frontend::Variable;
use mpyc_runtime::value::UNBOXED;
use rustpython_parser::ast;
use std::collections::{BTreeSet, HashMap, HashSet};

type Result<T> = std::result::Result<T, CompileError>;

/// A site's feedback word: its address, its value when loaded, and the block where its
/// checks fail.
struct Feedback {
    word: ir::Value,
    left: ir::Value,
    fail: ir::Block,
}

/// How many evaluations of an expression go straight to the generic path after its checks
/// failed.
const SKIP: i64 = 32;

/// Each leaf of an expression: its value as a float, and whether it was one (1) or an int (0).
type Leaves = HashMap<*const ast::Expr, (ir::Value, ir::Value)>;

/// A leaf as evaluated: its word, and for a local kept unboxed, the local and its float
/// (meant when the word is [`UNBOXED`]).
#[derive(Clone, Copy)]
struct Leaf {
    e: *const ast::Expr,
    v: ir::Value,
    unboxed: Option<(Variable, ir::Value)>,
}

/// A float expression's result: its word, and (when kept unboxed) its float, meant when
/// the word is [`UNBOXED`].
pub(super) struct Pair {
    pub word: ir::Value,
    pub float: Option<ir::Value>,
}

/// A name assigned in a function body, with the value and whether it was `name op= value`.
struct Assignment<'e> {
    name: String,
    value: &'e ast::Expr,
    augmented: bool,
}

/// The names assigned in `body`, outside nested functions and classes, with their values.
fn assignments<'e>(body: &[&'e ast::Stmt]) -> Vec<Assignment<'e>> {
    fn walk<'e>(s: &'e ast::Stmt, out: &mut Vec<Assignment<'e>>) {
        match s {
            ast::Stmt::Assign(a) => {
                for t in &a.targets {
                    if let ast::Expr::Name(n) = t {
                        out.push(Assignment { name: n.id.to_string(), value: &a.value, augmented: false });
                    }
                }
            }
            ast::Stmt::AugAssign(a) => {
                if let ast::Expr::Name(n) = &*a.target {
                    out.push(Assignment { name: n.id.to_string(), value: &a.value, augmented: true });
                }
            }
            ast::Stmt::For(f) => f.body.iter().chain(&f.orelse).for_each(|s| walk(s, out)),
            ast::Stmt::While(w) => w.body.iter().chain(&w.orelse).for_each(|s| walk(s, out)),
            ast::Stmt::If(i) => i.body.iter().chain(&i.orelse).for_each(|s| walk(s, out)),
            ast::Stmt::With(w) => w.body.iter().for_each(|s| walk(s, out)),
            ast::Stmt::Try(t) => t.body.iter().chain(&t.orelse).chain(&t.finalbody).for_each(|s| walk(s, out)),
            _ => {}
        }
    }
    let mut out = Vec::new();
    for s in body {
        walk(s, &mut out);
    }
    out
}

/// What a function's names suggest for the unboxed float path, from one walk of `body`.
pub(super) struct NameHints {
    /// The names that look like floats: assigned, somewhere, a value with a float literal, a
    /// true division, a `math` result or another such name.
    pub floats: HashSet<String>,
    /// Those of them assigned, somewhere, arithmetic or a float literal, and read as an
    /// operand of arithmetic or a comparison: worth keeping unboxed (a name only ever
    /// assigned objects, or only ever passed on, would just pay for the checks).
    pub unboxed: HashSet<String>,
    /// The names assigned an attribute of a name (`x = self.x`), whose arithmetic counts as
    /// arithmetic on attributes.
    pub attributes: HashSet<String>,
}

pub(super) fn name_hints(body: &[&ast::Stmt], operands: &BTreeSet<String>) -> NameHints {
    let assigns = assignments(body);
    let attributes = assigns
        .iter()
        .filter(|a| !a.augmented && is_attribute_of_name(a.value) && !matches!(a.value, ast::Expr::Name(_)))
        .map(|a| a.name.clone())
        .collect();
    let mut floats = HashSet::new();
    loop {
        let before = floats.len();
        for a in &assigns {
            if !floats.contains(&a.name) && looks_float(a.value, &floats) {
                floats.insert(a.name.clone());
            }
        }
        if floats.len() == before {
            // A name copied into an operand (`zr = t`) is one too: the float moves over.
            let mut operands = operands.clone();
            loop {
                let before = operands.len();
                for a in &assigns {
                    if let (false, ast::Expr::Name(y)) = (a.augmented, a.value) {
                        if operands.contains(&a.name) {
                            operands.insert(y.id.to_string());
                        }
                    }
                }
                if operands.len() == before {
                    break;
                }
            }
            let unboxed = assigns
                .iter()
                .filter(|a| {
                    floats.contains(&a.name)
                        && operands.contains(&a.name)
                        && (a.augmented
                            || matches!(a.value, ast::Expr::BinOp(_) | ast::Expr::UnaryOp(_))
                            || float_literal(a.value).is_some())
                })
                .map(|a| a.name.clone())
                .collect();
            return NameHints { floats, unboxed, attributes };
        }
    }
}

/// The leaves with distinct words (`x * x` checks `x` once), and each other leaf with the
/// first that has its word.
fn distinct(leaves: &[Leaf]) -> (Vec<Leaf>, Vec<(*const ast::Expr, *const ast::Expr)>) {
    let mut first: Vec<Leaf> = Vec::new();
    let mut same = Vec::new();
    for l in leaves {
        match first.iter().find(|f| f.v == l.v) {
            Some(f) => same.push((l.e, f.e)),
            None => first.push(*l),
        }
    }
    (first, same)
}

/// The statements `x = y` of `body` that may hand `y`'s float over unboxed: `y` is read
/// there and nowhere else, and assigned earlier in the same statement list, so each time the
/// statement runs, `y` holds a value no other read sees (and none can tell that `x`'s float,
/// boxed later, is not the object `y` would have been).
pub(super) fn moves(body: &[&ast::Stmt], reads: &HashMap<String, usize>) -> HashSet<*const ast::Stmt> {
    fn assigns(s: &ast::Stmt, name: &str) -> bool {
        match s {
            ast::Stmt::Assign(a) => a.targets.iter().any(|t| matches!(t, ast::Expr::Name(n) if n.id.as_str() == name)),
            ast::Stmt::AugAssign(a) => matches!(&*a.target, ast::Expr::Name(n) if n.id.as_str() == name),
            _ => false,
        }
    }
    fn list(stmts: &[ast::Stmt], reads: &HashMap<String, usize>, out: &mut HashSet<*const ast::Stmt>) {
        for (i, s) in stmts.iter().enumerate() {
            one(s, &|y| stmts[..i].iter().any(|b| assigns(b, y)), reads, out);
        }
    }
    fn one(
        s: &ast::Stmt,
        assigned_before: &dyn Fn(&str) -> bool,
        reads: &HashMap<String, usize>,
        out: &mut HashSet<*const ast::Stmt>,
    ) {
        match s {
            ast::Stmt::Assign(a) => {
                if let ([ast::Expr::Name(x)], ast::Expr::Name(y)) = (&a.targets[..], &*a.value) {
                    let y = y.id.as_str();
                    if x.id.as_str() != y && reads.get(y) == Some(&1) && assigned_before(y) {
                        out.insert(s as *const ast::Stmt);
                    }
                }
            }
            ast::Stmt::For(f) => {
                list(&f.body, reads, out);
                list(&f.orelse, reads, out);
            }
            ast::Stmt::While(w) => {
                list(&w.body, reads, out);
                list(&w.orelse, reads, out);
            }
            ast::Stmt::If(i) => {
                list(&i.body, reads, out);
                list(&i.orelse, reads, out);
            }
            ast::Stmt::With(w) => list(&w.body, reads, out),
            ast::Stmt::Try(t) => {
                list(&t.body, reads, out);
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    list(&h.body, reads, out);
                }
                list(&t.orelse, reads, out);
                list(&t.finalbody, reads, out);
            }
            _ => {}
        }
    }
    let mut out = HashSet::new();
    for (i, s) in body.iter().enumerate() {
        one(s, &|y| body[..i].iter().any(|b| assigns(b, y)), reads, &mut out);
    }
    out
}

/// Calls whose result is a float: the `math` functions that always return one, by their
/// name alone (`from math import sqrt`) or through the module (`math.sqrt`).
const FLOAT_FUNCTIONS: &[&str] =
    &["sqrt", "sin", "cos", "tan", "asin", "acos", "atan", "atan2", "exp", "log", "log10", "log2", "hypot", "fabs"];

fn float_call(e: &ast::Expr) -> bool {
    let ast::Expr::Call(c) = e else { return false };
    match &*c.func {
        ast::Expr::Name(n) => FLOAT_FUNCTIONS.contains(&n.id.as_str()),
        ast::Expr::Attribute(a) => {
            matches!(&*a.value, ast::Expr::Name(m) if m.id.as_str() == "math")
                && FLOAT_FUNCTIONS.contains(&a.attr.as_str())
        }
        _ => false,
    }
}

/// Whether `e` contains a float literal, a true division or one of `names`.
fn looks_float(e: &ast::Expr, names: &HashSet<String>) -> bool {
    match e {
        ast::Expr::Constant(c) => matches!(c.value, ast::Constant::Float(_)),
        ast::Expr::Name(n) => names.contains(n.id.as_str()),
        ast::Expr::BinOp(b) => {
            b.op == ast::Operator::Div || looks_float(&b.left, names) || looks_float(&b.right, names)
        }
        ast::Expr::UnaryOp(u) => looks_float(&u.operand, names),
        _ => float_call(e),
    }
}

impl<'a, 'p> FnLowerer<'a, 'p> {
    /// Whether `e` is `+ - * /` and unary signs over names, attributes of names (`self.x`,
    /// `a.b.c`) and numbers (whole numbers the float holds exactly). `hints` gathers what
    /// the leaves suggest.
    fn arithmetic(&self, e: &ast::Expr, hints: &mut Hints) -> bool {
        // Every `+` of a long chain asks again about its operands: the answer is kept, so a
        // chain of n terms costs n, not n².
        let key = e as *const ast::Expr;
        if let Some(&(ok, h)) = self.arith_memo.borrow().get(&key) {
            hints.merge(h);
            return ok;
        }
        let mut own = Hints::default();
        let ok = self.arithmetic_uncached(e, &mut own);
        self.arith_memo.borrow_mut().insert(key, (ok, own));
        hints.merge(own);
        ok
    }

    fn arithmetic_uncached(&self, e: &ast::Expr, hints: &mut Hints) -> bool {
        match e {
            ast::Expr::BinOp(b) => {
                if b.op == ast::Operator::Div {
                    hints.float = true;
                }
                matches!(b.op, ast::Operator::Add | ast::Operator::Sub | ast::Operator::Mult | ast::Operator::Div)
                    && self.arithmetic(&b.left, hints)
                    && self.arithmetic(&b.right, hints)
            }
            ast::Expr::UnaryOp(u) => {
                matches!(u.op, ast::UnaryOp::USub | ast::UnaryOp::UAdd) && self.arithmetic(&u.operand, hints)
            }
            ast::Expr::Name(n) => {
                if self.floatish.contains(n.id.as_str()) {
                    hints.float = true;
                } else if self.attribute_names.contains(n.id.as_str()) {
                    hints.attribute = true;
                }
                true
            }
            ast::Expr::Attribute(_) if is_attribute_of_name(e) => {
                hints.attribute = true;
                true
            }
            ast::Expr::Constant(c) => match &c.value {
                ast::Constant::Float(_) => {
                    hints.float = true;
                    true
                }
                ast::Constant::Int(i) => {
                    hints.int = true;
                    let exact = if self.prog.target.float == ir::types::F32 { 1i64 << 24 } else { 1i64 << 53 };
                    i.to_string().parse::<i64>().is_ok_and(|n| n.abs() <= exact)
                }
                _ => false,
            },
            _ => false,
        }
    }

    /// Whether `e` is worth the float path: arithmetic that looks like float work (a float
    /// literal, a true division, a name assigned floats), or arithmetic on attributes with no
    /// int literal in it (`self.x * other.x`: vectors, points, physics).
    pub(super) fn float_candidate(&self, e: &ast::Expr) -> bool {
        let mut hints = Hints::default();
        !matches!(e, ast::Expr::Name(_) | ast::Expr::Constant(_))
            && self.arithmetic(e, &mut hints)
            && hints.likely()
            && self.names_load_first(&[e])
    }

    /// Whether a comparison `a op b` is worth the float path.
    pub(super) fn float_compare_candidate(&self, a: &ast::Expr, b: &ast::Expr) -> bool {
        let (mut ha, mut hb) = (Hints::default(), Hints::default());
        self.arithmetic(a, &mut ha)
            && self.arithmetic(b, &mut hb)
            && (ha.float || hb.float || {
                let both = Hints { float: false, int: ha.int || hb.int, attribute: ha.attribute || hb.attribute };
                both.likely()
            })
            && self.names_load_first(&[a, b])
    }

    /// Whether the names of `exprs` may all be read before their operators run, as the float
    /// path reads its leaves: none but the first can fail to load (an unbound local, a cell,
    /// a global not defined yet), whose error CPython raises only after the operators to its
    /// left ran (and raised theirs: `x * 1.5 + y` with `x` a list is a TypeError even when `y`
    /// is unbound).
    fn names_load_first(&self, exprs: &[&ast::Expr]) -> bool {
        fn names<'e>(e: &'e ast::Expr, out: &mut Vec<&'e str>) {
            match e {
                ast::Expr::BinOp(b) => {
                    names(&b.left, out);
                    names(&b.right, out);
                }
                ast::Expr::UnaryOp(u) => names(&u.operand, out),
                ast::Expr::Name(n) => out.push(n.id.as_str()),
                // (An attribute's object is read with it: its name counts.)
                ast::Expr::Attribute(a) => names(&a.value, out),
                _ => {}
            }
        }
        let mut all = Vec::new();
        for e in exprs {
            names(e, &mut all);
        }
        all.iter().skip(1).all(|name| match self.place(name) {
            super::expr::Place::Local(_) => {
                self.assigned.contains(*name) && !self.renames.iter().any(|r| r.contains_key(*name))
            }
            super::expr::Place::Builtin => true,
            super::expr::Place::Global(_) => self.assigned.contains(*name) || super::builtins::is_builtin(name),
            _ => false,
        })
    }

    /// Evaluates the names and attributes of `e`, left to right, into `leaves`.
    fn leaves(&mut self, e: &'a ast::Expr, leaves: &mut Vec<Leaf>) -> Result<()> {
        match e {
            ast::Expr::BinOp(b) => {
                self.leaves(&b.left, leaves)?;
                self.leaves(&b.right, leaves)
            }
            ast::Expr::UnaryOp(u) => self.leaves(&u.operand, leaves),
            ast::Expr::Name(n) => {
                let e = e as *const ast::Expr;
                if let Some((var, fvar)) = self.unboxed_local(n.id.as_str()) {
                    let v = self.local_word(var, n.id.as_str());
                    let f = self.b.use_var(fvar);
                    leaves.push(Leaf { e, v, unboxed: Some((var, f)) });
                } else {
                    let v = self.load_name(n)?;
                    leaves.push(Leaf { e, v, unboxed: None });
                }
                Ok(())
            }
            ast::Expr::Attribute(_) => {
                let v = self.expr(e)?;
                leaves.push(Leaf { e, v, unboxed: None });
                Ok(())
            }
            _ => Ok(()),
        }
    }

    /// The local `name` names, with its float variable, when it is kept unboxed.
    pub(super) fn unboxed_local(&self, name: &str) -> Option<(Variable, Variable)> {
        match self.place(name) {
            Place::Local(var) => self.unboxed.get(&var.index()).map(|&f| (var, f)),
            _ => None,
        }
    }

    /// For a leaf whose local may hold its float unboxed: the block, with a parameter for
    /// that float, reached from here when it does; goes on in a new block, where the word is
    /// checked instead.
    fn unboxed_leaf(&mut self, leaf: &Leaf) -> Option<ir::Block> {
        let (_, f) = leaf.unboxed?;
        let [joined, check] = self.new_blocks();
        self.b.append_block_param(joined, self.prog.target.float);
        let is = self.b.ins().icmp_imm_u(IntCC::Equal, leaf.v, UNBOXED as i64);
        self.b.ins().brif(is, joined, &[BlockArg::Value(f)], check, &[]);
        self.enter(check);
        Some(joined)
    }

    /// Ends the current block with the checks that every leaf holds a float or a small int:
    /// each leaf's value as a float, and 1 for a float or 0 for an int (a word); continues in a
    /// new block, or goes to `slow`.
    fn check_floats(&mut self, leaves: &[Leaf], slow: ir::Block) -> Leaves {
        let w = self.word();
        let ft = self.prog.target.float;
        let float_kind = i64::from(mpyc_runtime::object::Kind::Float as u8);
        let mut out = HashMap::new();
        let (leaves, same) = distinct(leaves);
        for leaf in &leaves {
            let (e, v) = (leaf.e, leaf.v);
            let [is_ptr, is_float, not_ptr, is_int, joined] = self.new_blocks();
            let f = self.b.append_block_param(joined, ft);
            let flag = self.b.append_block_param(joined, w);
            if let Some((_, uf)) = leaf.unboxed {
                let check = self.b.create_block();
                let is = self.b.ins().icmp_imm_u(IntCC::Equal, v, UNBOXED as i64);
                let one = self.iconst(1);
                self.b.ins().brif(is, joined, &[BlockArg::Value(uf), BlockArg::Value(one)], check, &[]);
                self.enter(check);
            }
            let tag = self.b.ins().band_imm_u(v, 3);
            self.b.ins().brif(tag, not_ptr, &[], is_ptr, &[]);
            self.enter(is_ptr);
            let kind = self.object_kind(v);
            let ok = self.b.ins().icmp_imm_s(IntCC::Equal, kind, float_kind);
            self.b.ins().brif(ok, is_float, &[], slow, &[]);
            self.enter(is_float);
            let off = self.float_offset();
            let x = self.b.ins().load(ft, MemFlagsData::trusted(), v, off);
            let one = self.iconst(1);
            self.b.ins().jump(joined, &[BlockArg::Value(x), BlockArg::Value(one)]);
            self.enter(not_ptr);
            let small = self.b.ins().band_imm_u(v, 1);
            self.b.ins().brif(small, is_int, &[], slow, &[]);
            self.enter(is_int);
            let n = self.b.ins().sshr_imm_s(v, 1);
            let x = self.b.ins().fcvt_from_sint(ft, n);
            let zero = self.iconst(0);
            self.b.ins().jump(joined, &[BlockArg::Value(x), BlockArg::Value(zero)]);
            self.enter(joined);
            out.insert(e, (f, flag));
        }
        for (e, first) in same {
            out.insert(e, out[&first]);
        }
        out
    }

    /// Ends the current block with the checks that every leaf holds a float (the first path):
    /// their values; continues in a new block, or goes to `slow`.
    fn check_only_floats(&mut self, leaves: &[Leaf], slow: ir::Block) -> Leaves {
        let ft = self.prog.target.float;
        let float_kind = i64::from(mpyc_runtime::object::Kind::Float as u8);
        let off = self.float_offset();
        // Objects are checked first and loaded after every check (fewer blocks); a local held
        // unboxed has its float at once, or its object checked and loaded in a block of its own.
        let mut checked = Vec::new();
        let mut out = HashMap::new();
        let (leaves, same) = distinct(leaves);
        for leaf in &leaves {
            let (e, v) = (leaf.e, leaf.v);
            let joined = self.unboxed_leaf(leaf);
            let (is_ptr, is_float) = (self.b.create_block(), self.b.create_block());
            let tag = self.b.ins().band_imm_u(v, 3);
            self.b.ins().brif(tag, slow, &[], is_ptr, &[]);
            self.enter(is_ptr);
            let kind = self.object_kind(v);
            let ok = self.b.ins().icmp_imm_s(IntCC::Equal, kind, float_kind);
            self.b.ins().brif(ok, is_float, &[], slow, &[]);
            self.enter(is_float);
            match joined {
                Some(joined) => {
                    let x = self.b.ins().load(ft, MemFlagsData::trusted(), v, off);
                    self.b.ins().jump(joined, &[BlockArg::Value(x)]);
                    self.enter(joined);
                    out.insert(e, self.b.func.dfg.block_params(joined)[0]);
                }
                None => checked.push((e, v)),
            }
        }
        for (e, v) in checked {
            let x = self.b.ins().load(ft, MemFlagsData::trusted(), v, off);
            out.insert(e, x);
        }
        for (e, first) in same {
            out.insert(e, out[&first]);
        }
        let one = self.iconst(1);
        out.into_iter().map(|(e, x)| (e, (x, one))).collect()
    }

    /// Whether `e` has a float leaf (a word, 1 or 0), and into `all` the same for each of its
    /// operators: every one must have a float on one side, or Python would compute an int.
    fn float_flags(&mut self, e: &ast::Expr, leaves: &Leaves, all: &mut Vec<ir::Value>) -> ir::Value {
        match e {
            ast::Expr::BinOp(b) => {
                let l = self.float_flags(&b.left, leaves, all);
                let r = self.float_flags(&b.right, leaves, all);
                let either = self.b.ins().bor(l, r);
                all.push(either);
                either
            }
            ast::Expr::UnaryOp(u) => self.float_flags(&u.operand, leaves, all),
            ast::Expr::Name(_) | ast::Expr::Attribute(_) => leaves[&(e as *const ast::Expr)].1,
            ast::Expr::Constant(c) => self.iconst(matches!(c.value, ast::Constant::Float(_)) as i64),
            _ => unreachable!("checked by arithmetic()"),
        }
    }

    /// Goes on in a new block when every operator of `exprs` has a float on one side (and
    /// with `sides`, each whole expression has a float, or is an int literal); else to `slow`.
    fn check_float_ops(&mut self, exprs: &[&ast::Expr], sides: bool, leaves: &Leaves, slow: ir::Block) {
        let mut all = Vec::new();
        for e in exprs {
            let f = self.float_flags(e, leaves, &mut all);
            if sides && !matches!(e, ast::Expr::Constant(_)) {
                all.push(f);
            }
        }
        let Some(mut ok) = all.pop() else { return };
        for f in all {
            ok = self.b.ins().band(ok, f);
        }
        let next = self.b.create_block();
        self.b.ins().brif(ok, next, &[], slow, &[]);
        self.enter(next);
    }

    /// The byte offset of a float object's value: after the header, aligned to the float.
    fn float_offset(&self) -> i32 {
        self.word_bytes().max(self.prog.target.float.bytes() as i32)
    }

    /// `e` computed unboxed (every leaf checked to be a float, or an int where Python would
    /// make it one); a zero divisor goes to `slow`.
    fn unboxed(&mut self, e: &ast::Expr, leaves: &Leaves, slow: ir::Block) -> ir::Value {
        match e {
            ast::Expr::BinOp(b) => {
                let l = self.unboxed(&b.left, leaves, slow);
                let r = self.unboxed(&b.right, leaves, slow);
                match b.op {
                    ast::Operator::Add => self.b.ins().fadd(l, r),
                    ast::Operator::Sub => self.b.ins().fsub(l, r),
                    ast::Operator::Mult => self.b.ins().fmul(l, r),
                    _ => {
                        let zero = self.fconst(0.0);
                        let nonzero = self.b.ins().fcmp(FloatCC::NotEqual, r, zero);
                        let divide = self.b.create_block();
                        self.b.ins().brif(nonzero, divide, &[], slow, &[]);
                        self.enter(divide);
                        self.b.ins().fdiv(l, r)
                    }
                }
            }
            ast::Expr::UnaryOp(u) => {
                let v = self.unboxed(&u.operand, leaves, slow);
                if u.op != ast::UnaryOp::USub {
                    return v;
                }
                // `-n` of an int is an int: `-0` is 0, which becomes 0.0, not -0.0.
                let is_float = self.float_flags(&u.operand, leaves, &mut Vec::new());
                let negated = self.b.ins().fneg(v);
                let zero = self.fconst(0.0);
                let from_int = self.b.ins().fsub(zero, v);
                self.b.ins().select(is_float, negated, from_int)
            }
            ast::Expr::Name(_) | ast::Expr::Attribute(_) => leaves[&(e as *const ast::Expr)].0,
            ast::Expr::Constant(c) => match &c.value {
                ast::Constant::Float(f) => self.fconst(*f),
                ast::Constant::Int(i) => self.fconst(i.to_string().parse::<i64>().unwrap_or(0) as f64),
                _ => unreachable!("checked by arithmetic()"),
            },
            _ => unreachable!("checked by arithmetic()"),
        }
    }

    pub(super) fn fconst(&mut self, f: f64) -> ir::Value {
        if self.prog.target.float == ir::types::F32 {
            self.b.ins().f32const(f as f32)
        } else {
            self.b.ins().f64const(f)
        }
    }

    /// `e` through the generic operators, on the leaves already evaluated.
    fn boxed(&mut self, e: &'a ast::Expr, leaves: &HashMap<*const ast::Expr, Leaf>) -> Result<ir::Value> {
        match e {
            ast::Expr::BinOp(b) => {
                let l = self.boxed(&b.left, leaves)?;
                let r = self.boxed(&b.right, leaves)?;
                let op = super::expr::binary_op(b.op);
                Ok(self.binop(op, l, r))
            }
            ast::Expr::UnaryOp(u) if u.op == ast::UnaryOp::USub => {
                if let ast::Expr::Constant(_) = &*u.operand {
                    return self.expr(e);
                }
                let v = self.boxed(&u.operand, leaves)?;
                let op = self.iconst(mpyc_runtime::ops::unop::NEG as i64);
                Ok(self.call_rt_checked("rt_unop", &[op, v]))
            }
            ast::Expr::UnaryOp(u) => {
                let v = self.boxed(&u.operand, leaves)?;
                let op = self.iconst(mpyc_runtime::ops::unop::POS as i64);
                Ok(self.call_rt_checked("rt_unop", &[op, v]))
            }
            ast::Expr::Name(_) | ast::Expr::Attribute(_) => {
                let leaf = leaves[&(e as *const ast::Expr)];
                Ok(match leaf.unboxed {
                    // Read again: an earlier leaf of the same local may have boxed it.
                    Some((var, _)) => {
                        let v = self.b.use_var(var);
                        self.materialize(var, v)
                    }
                    None => leaf.v,
                })
            }
            _ => self.expr(e),
        }
    }

    /// The site's feedback word (0: the last try worked, 1: it failed, more: evaluations
    /// left to skip, plus one): goes on in a new block when the checks are worth trying, else
    /// (counting down) to `generic`. Returns the word's address, and the block the checks
    /// fail to, which notes the failure and goes to `generic` (made by [`Self::feedback_fail`]
    /// once every check that goes there is made).
    fn feedback(&mut self, generic: ir::Block) -> Feedback {
        let w = self.word();
        let slot = self.prog.root();
        let word = self.root_addr(slot);
        let mem = MemFlagsData::trusted();
        let [try_it, skip, fail] = self.new_blocks();
        self.b.set_cold_block(fail);
        let left = self.b.ins().load(w, mem, word, 0);
        let skipping = self.b.ins().icmp_imm_u(IntCC::UnsignedGreaterThanOrEqual, left, 2);
        self.b.ins().brif(skipping, skip, &[], try_it, &[]);
        self.enter(skip);
        let less = self.b.ins().iadd_imm_s(left, -1);
        self.b.ins().store(mem, less, word, 0);
        self.b.ins().jump(generic, &[]);
        self.enter(try_it);
        Feedback { word, left, fail }
    }

    /// A failure: the first is noted, the second in a row starts the count.
    fn feedback_fail(&mut self, f: &Feedback, generic: ir::Block) {
        self.enter(f.fail);
        let again = self.b.ins().icmp_imm_u(IntCC::NotEqual, f.left, 0);
        let (one, count) = (self.iconst(1), self.iconst(SKIP + 1));
        let next = self.b.ins().select(again, count, one);
        self.b.ins().store(MemFlagsData::trusted(), next, f.word, 0);
        self.b.ins().jump(generic, &[]);
    }

    /// The checks worked: the site's feedback word says so.
    fn feedback_ok(&mut self, word: ir::Value) {
        let zero = self.iconst(0);
        self.b.ins().store(MemFlagsData::trusted(), zero, word, 0);
    }

    /// The two unboxed paths over `exprs` (their leaves evaluated into `leaves`): floats alone,
    /// then (cold, with the site's feedback) floats and small ints. `emit` computes on the
    /// leaves' values, going to the `slow` block it is given on a zero divisor, and ends the
    /// block; every failed check ends in `generic` (cold), which is entered at the end.
    fn float_paths(
        &mut self,
        leaves: &[Leaf],
        exprs: &[&ast::Expr],
        generic: ir::Block,
        mut emit: impl FnMut(&mut Self, &Leaves, ir::Block),
    ) {
        let mixed = self.b.create_block();
        self.b.set_cold_block(mixed);
        self.b.set_cold_block(generic);
        let floats = self.check_only_floats(leaves, mixed);
        emit(self, &floats, mixed);
        self.enter(mixed);
        let fb = self.feedback(generic);
        let floats = self.check_floats(leaves, fb.fail);
        self.check_float_ops(exprs, true, &floats, fb.fail);
        self.feedback_ok(fb.word);
        emit(self, &floats, fb.fail);
        self.feedback_fail(&fb, generic);
        self.enter(generic);
    }

    /// A float candidate expression: unboxed when its names hold floats, boxed once.
    pub(super) fn float_expr(&mut self, e: &'a ast::Expr) -> Result<ir::Value> {
        let mut leaves = Vec::new();
        self.leaves(e, &mut leaves)?;
        Ok(self.float_value(e, &leaves, None, false)?.word)
    }

    /// `obj.attr op= value` as `old op value` (`e`, a float candidate), `old` the attribute's
    /// value already loaded: unboxed when the leaves hold floats, boxed once; the generic path
    /// is `op=`'s.
    pub(super) fn float_aug_attribute(
        &mut self,
        e: &'a ast::Expr,
        old: ir::Value,
        aug: (usize, usize),
    ) -> Result<ir::Value> {
        let ast::Expr::BinOp(b) = e else { unreachable!("an augmented assignment's operation") };
        let mut leaves = vec![Leaf { e: &*b.left as *const ast::Expr, v: old, unboxed: None }];
        self.leaves(&b.right, &mut leaves)?;
        Ok(self.float_value(e, &leaves, Some(aug), false)?.word)
    }

    /// `name = e` (or, with `aug`, `name op= e`) for a local kept unboxed, `e` a float
    /// candidate or a float literal: the float stays unboxed in the local's float variable
    /// when the unboxed paths compute it; otherwise the generic result is the local's word.
    pub(super) fn float_assign(
        &mut self,
        name: &str,
        (var, fvar): (Variable, Variable),
        e: &'a ast::Expr,
        aug: Option<(usize, usize)>,
    ) -> Result<()> {
        let pair = match float_literal(e) {
            Some(x) => Pair { word: self.iconst(UNBOXED as i64), float: Some(self.fconst(x)) },
            None => self.float_pair(e, aug)?,
        };
        self.b.def_var(var, pair.word);
        self.b.def_var(fvar, pair.float.expect("a kept float"));
        if self.renames.iter().all(|r| !r.contains_key(name)) {
            self.assigned.insert(name.to_string());
        }
        Ok(())
    }

    /// `e` as a [`Pair`]: unboxed (the word [`UNBOXED`]) on the unboxed paths, an object
    /// otherwise. With `aug` (`e` is `target op value`), the generic path is `op=`'s.
    fn float_pair(&mut self, e: &'a ast::Expr, aug: Option<(usize, usize)>) -> Result<Pair> {
        let mut leaves = Vec::new();
        self.leaves(e, &mut leaves)?;
        self.float_value(e, &leaves, aug, true)
    }

    /// `e` on its evaluated `leaves`, through the two unboxed paths and the generic one (`op=`'s
    /// with `aug`, `e` then being `target op value`). With `keep`, the unboxed paths' result
    /// stays unboxed (the word [`UNBOXED`]); otherwise it is boxed.
    fn float_value(
        &mut self,
        e: &'a ast::Expr,
        leaves: &[Leaf],
        aug: Option<(usize, usize)>,
        keep: bool,
    ) -> Result<Pair> {
        let map: HashMap<_, _> = leaves.iter().map(|l| (l.e, *l)).collect();
        let (w, ft) = (self.word(), self.prog.target.float);
        let [generic, done] = self.new_blocks();
        let word = self.b.append_block_param(done, w);
        // Only a kept float is a parameter: Cranelift keeps an unused one, moves and all.
        let float = keep.then(|| self.b.append_block_param(done, ft));
        self.float_paths(leaves, &[e], generic, |s, floats, slow| {
            let f = s.unboxed(e, floats, slow);
            if keep {
                let v = s.iconst(UNBOXED as i64);
                s.b.ins().jump(done, &[BlockArg::Value(v), BlockArg::Value(f)]);
            } else {
                let v = s.box_float(f);
                s.b.ins().jump(done, &[BlockArg::Value(v)]);
            }
        });
        let v = match (aug, e) {
            (Some((op, inplace)), ast::Expr::BinOp(b)) => {
                let old = self.boxed(&b.left, &map)?;
                let rhs = self.boxed(&b.right, &map)?;
                self.binop_as(op, inplace, old, rhs)
            }
            _ => self.boxed(e, &map)?,
        };
        if keep {
            let zero = self.fconst(0.0);
            self.b.ins().jump(done, &[BlockArg::Value(v), BlockArg::Value(zero)]);
        } else {
            self.b.ins().jump(done, &[BlockArg::Value(v)]);
        }
        self.enter(done);
        Ok(Pair { word, float })
    }

    /// `a op b` as a branch, unboxed when every name holds a float.
    pub(super) fn float_branch(
        &mut self,
        a: &'a ast::Expr,
        op: ast::CmpOp,
        b: &'a ast::Expr,
        then: ir::Block,
        other: ir::Block,
    ) -> Result<()> {
        let (x, y) = self.float_compare_paths(a, op, b, then, other)?;
        let (code, icc) = super::expr::compare_op(op).expect("an ordering comparison");
        self.branch_compare_op(code, icc, x, y, then, other);
        Ok(())
    }

    /// The unboxed paths of `a <op> b` (floats, and floats with small ints), which branch to
    /// `then` or `other`; then, in the generic path where the builder is left, the operands
    /// boxed, for the caller's general comparison.
    fn float_compare_paths(
        &mut self,
        a: &'a ast::Expr,
        op: ast::CmpOp,
        b: &'a ast::Expr,
        then: ir::Block,
        other: ir::Block,
    ) -> Result<(ir::Value, ir::Value)> {
        let mut leaves = Vec::new();
        self.leaves(a, &mut leaves)?;
        self.leaves(b, &mut leaves)?;
        let map: HashMap<_, _> = leaves.iter().map(|l| (l.e, *l)).collect();
        let generic = self.b.create_block();
        let cc = float_cc(op);
        self.float_paths(&leaves, &[a, b], generic, |s, floats, slow| {
            let x = s.unboxed(a, floats, slow);
            let y = s.unboxed(b, floats, slow);
            let test = s.b.ins().fcmp(cc, x, y);
            s.b.ins().brif(test, then, &[], other, &[]);
        });
        Ok((self.boxed(a, &map)?, self.boxed(b, &map)?))
    }
}

impl<'a, 'p> FnLowerer<'a, 'p> {
    /// `a <op> b` as a value, float candidates: True or False computed on unboxed floats (and
    /// small ints), whatever the comparison gives otherwise (a rich comparison of a class's
    /// may give any object: `1.5 < w`).
    pub(super) fn float_compare_value(
        &mut self,
        a: &'a ast::Expr,
        op: ast::CmpOp,
        b: &'a ast::Expr,
    ) -> Result<ir::Value> {
        let (t, f) = (self.b.create_block(), self.b.create_block());
        let (x, y) = self.float_compare_paths(a, op, b, t, f)?;
        let w = self.word();
        let merge = self.b.create_block();
        let result = self.b.append_block_param(merge, w);
        let r = self.compare_values(op, x, y);
        self.b.ins().jump(merge, &[BlockArg::Value(r)]);
        self.join_bools(t, f, merge);
        self.enter(merge);
        Ok(result)
    }
}

/// The float condition of comparison `op` (an ordering or equality).
fn float_cc(op: ast::CmpOp) -> FloatCC {
    match op {
        ast::CmpOp::Lt => FloatCC::LessThan,
        ast::CmpOp::LtE => FloatCC::LessThanOrEqual,
        ast::CmpOp::Gt => FloatCC::GreaterThan,
        ast::CmpOp::GtE => FloatCC::GreaterThanOrEqual,
        ast::CmpOp::Eq => FloatCC::Equal,
        _ => FloatCC::NotEqual,
    }
}

/// What the leaves of an arithmetic expression suggest about its type.
#[derive(Default, Clone, Copy)]
pub(super) struct Hints {
    /// A float literal, a true division or a name assigned floats.
    float: bool,
    /// An int literal.
    int: bool,
    /// An attribute.
    attribute: bool,
}

impl Hints {
    fn merge(&mut self, other: Hints) {
        self.float |= other.float;
        self.int |= other.int;
        self.attribute |= other.attribute;
    }

    fn likely(&self) -> bool {
        self.float || (self.attribute && !self.int)
    }
}

/// The value of `e` when it is a float literal, or one negated.
pub(super) fn float_literal(e: &ast::Expr) -> Option<f64> {
    match e {
        ast::Expr::Constant(c) => match c.value {
            ast::Constant::Float(f) => Some(f),
            _ => None,
        },
        ast::Expr::UnaryOp(u) if u.op == ast::UnaryOp::USub => float_literal(&u.operand).map(|f| -f),
        _ => None,
    }
}

/// Whether `e` is `name.attr` or `name.attr.attr…`.
fn is_attribute_of_name(e: &ast::Expr) -> bool {
    match e {
        ast::Expr::Name(_) => true,
        ast::Expr::Attribute(a) => is_attribute_of_name(&a.value),
        _ => false,
    }
}
