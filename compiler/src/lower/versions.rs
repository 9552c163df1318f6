//! Loop versioning: which `for … in range(…)` loops get a second copy of their body, for
//! small ints, and what that copy may assume.
//!
//! The copy runs while the counter is a machine word (the loop's fast mode) and the int
//! locals the body computes hold small ints: the locals are checked once, on the way in, and
//! every statement that assigns one of them is int arithmetic (`s += i * i`, `j = k + 1`) that
//! computes a small int or, on overflow, goes to the start of the same statement in the
//! general copy, before anything it does is seen (the statement is pure until its
//! assignment). The general copy then carries on to the end of the loop. In the fast copy
//! those locals and the counter need no tag checks, and their arithmetic no slow path.
//!
//! Only innermost loops whose bodies are plain statements (assignments, `if`, expressions,
//! `break`/`continue`/`return`; no nested scopes, `try`, `with`, `del` or loops) are copied,
//! and only when some statement computes an int local or the counter takes part in
//! arithmetic, a comparison or an index.

use rustpython_parser::ast;
use std::collections::{BTreeSet, HashSet};

/// The most statements (all levels) a body may have to be copied.
const MAX_STATEMENTS: usize = 24;

/// The largest int literal the fast copy's arithmetic takes (a small int on every board).
const MAX_LITERAL: i64 = 1 << 28;

/// What the fast copy of a loop body may assume.
pub(super) struct Plan {
    /// Locals that hold a small int wherever the fast copy reads them (or are unbound there,
    /// which reading them reports first): checked on entry.
    pub guards: BTreeSet<String>,
    /// Those and the counter, when the body leaves it alone.
    pub small: HashSet<String>,
    /// The statements that assign them, whose overflow goes to the general copy.
    pub fastable: HashSet<*const ast::Stmt>,
    /// Locals the body indexes with the counter (`a[j + 1]`) and never assigns: checked to
    /// be lists on entry.
    pub lists: BTreeSet<String>,
    /// The counter itself, when the body leaves it alone.
    pub counter: Option<String>,
    /// Accumulators kept as two machine words through the copy ([`accumulators`]), by
    /// name, with their statements (the value added, and whether it is subtracted).
    pub wide: BTreeSet<String>,
    pub wide_stmts: HashSet<*const ast::Stmt>,
    /// `if` statements whose test goes to the general copy (the `if`'s start) when an
    /// operand is not a small int ([`pure_ifs`]).
    pub pure_tests: HashSet<*const ast::Stmt>,
}

/// The `if` statements in `s` (itself included) whose test does nothing but read: comparisons
/// (`< <= > >= == !=`) of small-int arithmetic on `small` names and of items of `lists`
/// indexed by such arithmetic, joined by `and`, `or` and `not`. Such a test can go to the
/// general copy from anywhere inside it and run again from its start there; in the fast copy
/// it then makes no call, and what it loaded stays known after it.
fn pure_ifs(
    s: &ast::Stmt,
    small: &dyn Fn(&str) -> bool,
    lists: &BTreeSet<String>,
    out: &mut HashSet<*const ast::Stmt>,
) {
    fn operand(e: &ast::Expr, small: &dyn Fn(&str) -> bool, lists: &BTreeSet<String>) -> bool {
        match e {
            ast::Expr::Subscript(x) => {
                matches!(&*x.value, ast::Expr::Name(n) if lists.contains(n.id.as_str()))
                    && int_arithmetic(&x.slice, small)
            }
            e => int_arithmetic(e, small),
        }
    }
    fn test(e: &ast::Expr, small: &dyn Fn(&str) -> bool, lists: &BTreeSet<String>) -> bool {
        use ast::CmpOp::*;
        match e {
            ast::Expr::Compare(c) => {
                c.ops.iter().all(|op| matches!(op, Lt | LtE | Gt | GtE | Eq | NotEq))
                    && std::iter::once(&*c.left).chain(&c.comparators).all(|x| operand(x, small, lists))
            }
            ast::Expr::BoolOp(b) => b.values.iter().all(|v| test(v, small, lists)),
            ast::Expr::UnaryOp(u) if u.op == ast::UnaryOp::Not => test(&u.operand, small, lists),
            _ => false,
        }
    }
    if let ast::Stmt::If(i) = s {
        if test(&i.test, small, lists) {
            out.insert(s as *const ast::Stmt);
        }
        i.body.iter().chain(&i.orelse).for_each(|s| pure_ifs(s, small, lists, out));
    }
}

/// The plan for the body of `for target in range(…)`, or `None` when the loop is not worth
/// copying or cannot be. `local` tells the names that are plain locals of the function;
/// `wide` whether accumulators may be kept in words (no handler sees the locals on the way
/// out of an exception).
pub(super) fn plan(
    body: &[ast::Stmt],
    target: &str,
    local: &dyn Fn(&str) -> bool,
    plain: &dyn Fn(&str) -> bool,
    wide: bool,
) -> Option<Plan> {
    let mut count = 0;
    if !body.iter().all(|s| simple(s, &mut count)) || count > MAX_STATEMENTS {
        return None;
    }
    let mut assigns = Vec::new();
    body.iter().for_each(|s| assignments(s, &mut assigns));
    let assigned: BTreeSet<&str> = assigns.iter().map(|a| a.name).collect();
    // Locals the body reads and never assigns are loop invariants; locals it assigns are
    // candidates until one of their assignments is not small-int arithmetic.
    let mut candidates: BTreeSet<&str> = assigned.iter().copied().filter(|n| local(n)).collect();
    let counter_left_alone = !assigned.contains(target);
    loop {
        let allowed = |n: &str| {
            candidates.contains(n) || (!assigned.contains(n) && local(n)) || (n == target && counter_left_alone)
        };
        let before = candidates.len();
        let bad: Vec<&str> =
            assigns.iter().filter(|a| candidates.contains(a.name) && !a.fastable(&allowed)).map(|a| a.name).collect();
        for n in bad {
            candidates.remove(n);
        }
        if candidates.len() == before {
            break;
        }
    }
    let allowed =
        |n: &str| candidates.contains(n) || (!assigned.contains(n) && local(n)) || (n == target && counter_left_alone);
    let fastable: Vec<&Assignment> = assigns.iter().filter(|a| candidates.contains(a.name)).collect();
    let mut guards: BTreeSet<String> = candidates.iter().map(|n| n.to_string()).collect();
    for a in &fastable {
        debug_assert!(a.fastable(&allowed));
        let reads = a.value_names().into_iter().filter(|n| *n != target && !assigned.contains(n));
        guards.extend(reads.map(str::to_string));
    }
    let counter_used = counter_left_alone && body.iter().any(|s| counter_in_int_work(s, target));
    if fastable.is_empty() && !counter_used {
        return None;
    }
    let wide_stmts = if wide { accumulators(body, &fastable, target) } else { HashSet::new() };
    let wide: BTreeSet<String> =
        fastable.iter().filter(|a| wide_stmts.contains(&a.stmt)).map(|a| a.name.to_string()).collect();
    guards.retain(|n| !wide.contains(n));
    let mut small: HashSet<String> = guards.iter().cloned().collect();
    if counter_left_alone {
        small.insert(target.to_string());
    }
    let mut lists = BTreeSet::new();
    if counter_left_alone {
        body.iter().for_each(|s| indexed_by(s, target, &mut lists));
        lists.retain(|n| n != target && !assigned.contains(n.as_str()) && plain(n));
    }
    let counter = counter_left_alone.then(|| target.to_string());
    let mut pure_tests = HashSet::new();
    body.iter().for_each(|s| pure_ifs(s, &|n| small.contains(n), &lists, &mut pure_tests));
    let fastable = fastable.iter().map(|a| a.stmt).collect();
    Some(Plan { guards, small, fastable, lists, counter, wide, wide_stmts, pure_tests })
}

/// The accumulators among the fast copy's int locals: each assigned only `s += e`, `s -= e`
/// or `s = s ± e`, with `e` not reading `s`, and read nowhere else in the body. Those the
/// copy keeps as a two-word int (a sum of products of small ints outgrows a small int soon,
/// `s += i * i` at i ≈ 1,500 on a 32-bit board, but not two words), boxed only on the way
/// out: at the loop's end, a `break`, or a statement's fallback. (A `return` or an exception
/// leaves them unread: the body reads them nowhere else, and no handler is around.) By
/// Their statements.
fn accumulators(body: &[ast::Stmt], fastable: &[&Assignment], target: &str) -> HashSet<*const ast::Stmt> {
    let mut out = HashSet::new();
    let names: BTreeSet<&str> = fastable.iter().map(|a| a.name).collect();
    'names: for name in names {
        if name == target {
            continue;
        }
        let mut mine = Vec::new();
        let mut own_loads = 0;
        for a in fastable.iter().filter(|a| a.name == name) {
            let value = match (a.augmented, a.op, a.value) {
                (true, Some(ast::Operator::Add | ast::Operator::Sub), Some(v)) => v,
                (false, _, Some(ast::Expr::BinOp(b)))
                    if matches!(b.op, ast::Operator::Add | ast::Operator::Sub)
                        && matches!(&*b.left, ast::Expr::Name(n) if n.id.as_str() == name) =>
                {
                    own_loads += 1;
                    &*b.right
                }
                _ => continue 'names,
            };
            let mut read = Vec::new();
            names_in(value, &mut read);
            if read.contains(&name) {
                continue 'names;
            }
            mine.push(a.stmt);
        }
        let loads: usize = body.iter().map(|s| loads(s, name)).sum();
        if loads == own_loads {
            out.extend(mine);
        }
    }
    out
}

/// How many times `s` reads `name` (assignment targets aside).
fn loads(s: &ast::Stmt, name: &str) -> usize {
    fn expr(e: &ast::Expr, name: &str) -> usize {
        use ast::Expr::*;
        let all = |es: &mut dyn Iterator<Item = &ast::Expr>| es.map(|x| expr(x, name)).sum::<usize>();
        match e {
            Name(n) => usize::from(n.id.as_str() == name),
            BinOp(b) => expr(&b.left, name) + expr(&b.right, name),
            UnaryOp(u) => expr(&u.operand, name),
            BoolOp(b) => all(&mut b.values.iter()),
            Compare(c) => expr(&c.left, name) + all(&mut c.comparators.iter()),
            Call(c) => expr(&c.func, name) + all(&mut c.args.iter()) + all(&mut c.keywords.iter().map(|k| &k.value)),
            Attribute(a) => expr(&a.value, name),
            Subscript(s) => expr(&s.value, name) + expr(&s.slice, name),
            Slice(s) => all(&mut [&s.lower, &s.upper, &s.step].into_iter().flatten().map(|e| &**e)),
            Tuple(t) => all(&mut t.elts.iter()),
            List(l) => all(&mut l.elts.iter()),
            Starred(s) => expr(&s.value, name),
            IfExp(i) => expr(&i.test, name) + expr(&i.body, name) + expr(&i.orelse, name),
            // Not in a body that is copied ([`simple_expr`]): counted as a read, to be safe.
            _ => 1,
        }
    }
    // Targets read what they subscript or take attributes of, not the names they bind.
    fn target(t: &ast::Expr, name: &str) -> usize {
        match t {
            ast::Expr::Name(_) => 0,
            ast::Expr::Tuple(x) => x.elts.iter().map(|e| target(e, name)).sum(),
            ast::Expr::List(x) => x.elts.iter().map(|e| target(e, name)).sum(),
            ast::Expr::Starred(s) => target(&s.value, name),
            e => expr(e, name),
        }
    }
    match s {
        ast::Stmt::Assign(a) => a.targets.iter().map(|t| target(t, name)).sum::<usize>() + expr(&a.value, name),
        // `x op= v` reads `x` too, but every such statement of an accumulator is its own.
        ast::Stmt::AugAssign(a) => target(&a.target, name) + expr(&a.value, name),
        ast::Stmt::Expr(e) => expr(&e.value, name),
        ast::Stmt::If(i) => expr(&i.test, name) + i.body.iter().chain(&i.orelse).map(|s| loads(s, name)).sum::<usize>(),
        ast::Stmt::Return(r) => r.value.as_deref().map_or(0, |e| expr(e, name)),
        _ => 0,
    }
}

/// The names `s` subscripts with an index that involves the counter `target`.
fn indexed_by(s: &ast::Stmt, target: &str, out: &mut BTreeSet<String>) {
    fn expr(e: &ast::Expr, target: &str, out: &mut BTreeSet<String>) {
        use ast::Expr::*;
        match e {
            Subscript(x) => {
                let mut names = Vec::new();
                names_in(&x.slice, &mut names);
                if let (Name(n), true) = (&*x.value, names.contains(&target)) {
                    out.insert(n.id.to_string());
                }
                expr(&x.value, target, out);
                expr(&x.slice, target, out);
            }
            BinOp(b) => {
                expr(&b.left, target, out);
                expr(&b.right, target, out);
            }
            UnaryOp(u) => expr(&u.operand, target, out),
            BoolOp(b) => b.values.iter().for_each(|v| expr(v, target, out)),
            Compare(c) => std::iter::once(&*c.left).chain(&c.comparators).for_each(|v| expr(v, target, out)),
            Call(c) => {
                expr(&c.func, target, out);
                c.args.iter().for_each(|a| expr(a, target, out));
            }
            Attribute(a) => expr(&a.value, target, out),
            Tuple(t) => t.elts.iter().for_each(|v| expr(v, target, out)),
            List(l) => l.elts.iter().for_each(|v| expr(v, target, out)),
            IfExp(i) => [&i.test, &i.body, &i.orelse].into_iter().for_each(|v| expr(v, target, out)),
            _ => {}
        }
    }
    match s {
        ast::Stmt::Assign(a) => a.targets.iter().chain(std::iter::once(&*a.value)).for_each(|e| expr(e, target, out)),
        ast::Stmt::AugAssign(a) => {
            expr(&a.target, target, out);
            expr(&a.value, target, out);
        }
        ast::Stmt::Expr(e) => expr(&e.value, target, out),
        ast::Stmt::If(i) => {
            expr(&i.test, target, out);
            i.body.iter().chain(&i.orelse).for_each(|s| indexed_by(s, target, out));
        }
        ast::Stmt::Return(r) => r.value.iter().for_each(|e| expr(e, target, out)),
        _ => {}
    }
}

/// An assignment of a name in the body: `name = value` or `name op= value` (`op` one of
/// `+ - *`), or one that cannot be fast (`value` then is `None`).
struct Assignment<'e> {
    name: &'e str,
    stmt: *const ast::Stmt,
    value: Option<&'e ast::Expr>,
    augmented: bool,
    /// For `name op= value`, the operator.
    op: Option<ast::Operator>,
}

impl Assignment<'_> {
    /// Whether the assigned value is small-int arithmetic on `allowed` names (the name itself
    /// too, for `op=`).
    fn fastable(&self, allowed: &dyn Fn(&str) -> bool) -> bool {
        match self.value {
            Some(v) => int_arithmetic(v, allowed) && (!self.augmented || allowed(self.name)),
            None => false,
        }
    }

    /// The names the value reads.
    fn value_names(&self) -> Vec<&str> {
        let mut names = Vec::new();
        if let Some(v) = self.value {
            names_in(v, &mut names);
        }
        names
    }
}

/// `+ - *` over `allowed` names and int literals.
fn int_arithmetic(e: &ast::Expr, allowed: &dyn Fn(&str) -> bool) -> bool {
    match e {
        ast::Expr::Name(n) => allowed(n.id.as_str()),
        ast::Expr::Constant(c) => match &c.value {
            ast::Constant::Int(i) => i.to_string().parse::<i64>().is_ok_and(|v| v.abs() < MAX_LITERAL),
            _ => false,
        },
        ast::Expr::BinOp(b) => {
            matches!(b.op, ast::Operator::Add | ast::Operator::Sub | ast::Operator::Mult)
                && int_arithmetic(&b.left, allowed)
                && int_arithmetic(&b.right, allowed)
        }
        _ => false,
    }
}

fn names_in<'e>(e: &'e ast::Expr, out: &mut Vec<&'e str>) {
    match e {
        ast::Expr::Name(n) => out.push(n.id.as_str()),
        ast::Expr::BinOp(b) => {
            names_in(&b.left, out);
            names_in(&b.right, out);
        }
        _ => {}
    }
}

/// The names `s` (and the statements in it) assign.
fn assignments<'e>(s: &'e ast::Stmt, out: &mut Vec<Assignment<'e>>) {
    let stmt = s as *const ast::Stmt;
    match s {
        ast::Stmt::Assign(a) => match &a.targets[..] {
            [ast::Expr::Name(n)] => {
                out.push(Assignment { name: n.id.as_str(), stmt, value: Some(&a.value), augmented: false, op: None })
            }
            targets => {
                let mut names = Vec::new();
                targets.iter().for_each(|t| target_names(t, &mut names));
                out.extend(names.into_iter().map(|name| Assignment {
                    name,
                    stmt,
                    value: None,
                    augmented: false,
                    op: None,
                }));
            }
        },
        ast::Stmt::AugAssign(a) => {
            if let ast::Expr::Name(n) = &*a.target {
                let fast = matches!(a.op, ast::Operator::Add | ast::Operator::Sub | ast::Operator::Mult);
                let value = fast.then_some(&*a.value);
                out.push(Assignment { name: n.id.as_str(), stmt, value, augmented: true, op: Some(a.op) });
            }
        }
        ast::Stmt::If(i) => i.body.iter().chain(&i.orelse).for_each(|s| assignments(s, out)),
        _ => {}
    }
}

fn target_names<'e>(t: &'e ast::Expr, out: &mut Vec<&'e str>) {
    match t {
        ast::Expr::Name(n) => out.push(n.id.as_str()),
        ast::Expr::Tuple(x) => x.elts.iter().for_each(|e| target_names(e, out)),
        ast::Expr::List(x) => x.elts.iter().for_each(|e| target_names(e, out)),
        ast::Expr::Starred(s) => target_names(&s.value, out),
        _ => {}
    }
}

/// Whether `s` is a statement the body may hold (counting it and those inside it).
fn simple(s: &ast::Stmt, count: &mut usize) -> bool {
    *count += 1;
    match s {
        ast::Stmt::Assign(a) => a.targets.iter().all(simple_expr) && simple_expr(&a.value),
        ast::Stmt::AugAssign(a) => simple_expr(&a.target) && simple_expr(&a.value),
        ast::Stmt::Expr(e) => simple_expr(&e.value),
        ast::Stmt::If(i) => {
            simple_expr(&i.test) && i.body.iter().all(|s| simple(s, count)) && i.orelse.iter().all(|s| simple(s, count))
        }
        ast::Stmt::Return(r) => r.value.as_deref().is_none_or(simple_expr),
        ast::Stmt::Pass(_) | ast::Stmt::Break(_) | ast::Stmt::Continue(_) => true,
        _ => false,
    }
}

/// Whether `e` has no nested scope (lambda, comprehension), `yield`, `await` or `:=`.
fn simple_expr(e: &ast::Expr) -> bool {
    use ast::Expr::*;
    match e {
        Name(_) | Constant(_) => true,
        BinOp(b) => simple_expr(&b.left) && simple_expr(&b.right),
        UnaryOp(u) => simple_expr(&u.operand),
        BoolOp(b) => b.values.iter().all(simple_expr),
        Compare(c) => simple_expr(&c.left) && c.comparators.iter().all(simple_expr),
        Call(c) => {
            simple_expr(&c.func) && c.args.iter().all(simple_expr) && c.keywords.iter().all(|k| simple_expr(&k.value))
        }
        Attribute(a) => simple_expr(&a.value),
        Subscript(s) => simple_expr(&s.value) && simple_expr(&s.slice),
        Slice(s) => [&s.lower, &s.upper, &s.step].into_iter().flatten().all(|e| simple_expr(e)),
        Tuple(t) => t.elts.iter().all(simple_expr),
        List(l) => l.elts.iter().all(simple_expr),
        Starred(s) => simple_expr(&s.value),
        IfExp(i) => simple_expr(&i.test) && simple_expr(&i.body) && simple_expr(&i.orelse),
        _ => false,
    }
}

/// Whether the counter `target` is an operand of arithmetic or a comparison, or an index,
/// somewhere in `s`.
fn counter_in_int_work(s: &ast::Stmt, target: &str) -> bool {
    fn is_counter(e: &ast::Expr, target: &str) -> bool {
        matches!(e, ast::Expr::Name(n) if n.id.as_str() == target)
    }
    fn expr(e: &ast::Expr, target: &str) -> bool {
        use ast::Expr::*;
        match e {
            BinOp(b) => {
                is_counter(&b.left, target)
                    || is_counter(&b.right, target)
                    || expr(&b.left, target)
                    || expr(&b.right, target)
            }
            Compare(c) => {
                std::iter::once(&*c.left).chain(&c.comparators).any(|x| is_counter(x, target) || expr(x, target))
            }
            Subscript(s) => is_counter(&s.slice, target) || expr(&s.value, target) || expr(&s.slice, target),
            UnaryOp(u) => expr(&u.operand, target),
            BoolOp(b) => b.values.iter().any(|v| expr(v, target)),
            Call(c) => c.args.iter().any(|a| expr(a, target)) || expr(&c.func, target),
            Attribute(a) => expr(&a.value, target),
            Tuple(t) => t.elts.iter().any(|x| expr(x, target)),
            List(l) => l.elts.iter().any(|x| expr(x, target)),
            IfExp(i) => expr(&i.test, target) || expr(&i.body, target) || expr(&i.orelse, target),
            _ => false,
        }
    }
    match s {
        ast::Stmt::Assign(a) => a.targets.iter().any(|t| expr(t, target)) || expr(&a.value, target),
        ast::Stmt::AugAssign(a) => expr(&a.target, target) || expr(&a.value, target) || is_counter(&a.value, target),
        ast::Stmt::Expr(e) => expr(&e.value, target),
        ast::Stmt::If(i) => {
            expr(&i.test, target) || i.body.iter().chain(&i.orelse).any(|s| counter_in_int_work(s, target))
        }
        ast::Stmt::Return(r) => r.value.as_deref().is_some_and(|e| expr(e, target)),
        _ => false,
    }
}

/// The names a function body (outside nested functions and classes) gives int evidence for:
/// assigned an int literal (`s = 0`, `k += 1`) or taken as a `for … in range(…)` counter.
/// Only these are worth checking for small ints on a loop's entry: a parameter or a name
/// never seen with an int may as well hold a float, and then every entry would check it in
/// vain.
pub(super) fn int_names(body: &[&ast::Stmt]) -> HashSet<String> {
    fn int_literal(e: &ast::Expr) -> bool {
        match e {
            ast::Expr::Constant(c) => matches!(c.value, ast::Constant::Int(_)),
            ast::Expr::UnaryOp(u) => int_literal(&u.operand),
            _ => false,
        }
    }
    fn walk(s: &ast::Stmt, out: &mut HashSet<String>) {
        match s {
            ast::Stmt::Assign(a) if int_literal(&a.value) => {
                for t in &a.targets {
                    if let ast::Expr::Name(n) = t {
                        out.insert(n.id.to_string());
                    }
                }
            }
            ast::Stmt::AugAssign(a) if int_literal(&a.value) => {
                if let ast::Expr::Name(n) = &*a.target {
                    out.insert(n.id.to_string());
                }
            }
            ast::Stmt::For(f) => {
                let range = matches!(&*f.iter, ast::Expr::Call(c) if matches!(&*c.func, ast::Expr::Name(n) if n.id.as_str() == "range"));
                if let (true, ast::Expr::Name(n)) = (range, &*f.target) {
                    out.insert(n.id.to_string());
                }
                f.body.iter().chain(&f.orelse).for_each(|s| walk(s, out));
            }
            ast::Stmt::While(w) => w.body.iter().chain(&w.orelse).for_each(|s| walk(s, out)),
            ast::Stmt::If(i) => i.body.iter().chain(&i.orelse).for_each(|s| walk(s, out)),
            ast::Stmt::With(w) => w.body.iter().for_each(|s| walk(s, out)),
            ast::Stmt::Try(t) => {
                t.body.iter().chain(&t.orelse).chain(&t.finalbody).for_each(|s| walk(s, out));
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    h.body.iter().for_each(|s| walk(s, out));
                }
            }
            _ => {}
        }
    }
    let mut out = HashSet::new();
    body.iter().for_each(|s| walk(s, &mut out));
    out
}
