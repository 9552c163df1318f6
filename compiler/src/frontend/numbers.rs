//! What a module's values are for sure, from its spelling: numbers and ints. Two uses:
//!
//! - Which `%` operators of a module cannot format: those whose left operand is a number for
//!   sure. The runtime's `%` formatting of str and bytes (with float formatting, `%(key)s`
//!   lookups and the bytes types: about 23 KB of a firmware) sits behind the gate `mod`, which
//!   every other `%` (and `%=`) opens (`prune::tokens`), so `n % leds` in a loop over `range`
//!   costs nothing of it.
//! - Which operators have two ints for sure ([`int_operations`]: ints are numbers without
//!   float literals, `float()`, `/`, `**` or bools): their slow paths (a big int, a division
//!   by zero) call the runtime's int arithmetic alone (`rt_int_binop`), so that a program whose
//!   arithmetic is all on ints links none of the operators' dispatch over every type (32 KB of
//!   blink.py: list `+=`'s iteration, sequences, floats).
//!
//! A number for sure is a number literal, a `len`/`ord`/`int`/`float`/`hash`/`id` call (when
//! nothing rebinds the builtin), an arithmetic operator's result on two of them, or a name that
//! every binding of, anywhere in the module and in any scope, binds one (or is a `for` over
//! `range(…)`) — and that no module of the program stores as an attribute (`mod.n = …`,
//! [`Outside`]), and that is no dunder (`__name__`: bound where no source spells it). No
//! module proves anything in a program with a module that names `globals`, `locals`, `vars`,
//! `setattr` or `__dict__`, nor does a module that imports with `*` or has a class naming its
//! metaclass (whose `__prepare__` may bind the names its body reads). This is about the spelling only: a name
//! bound to a string in one function makes every `%` of that name open the gate.

use rustpython_parser::ast::{self, Ranged};
use rustpython_parser::text_size::TextSize;
use std::collections::{BTreeMap, BTreeSet};

/// The builtins whose result is always a number.
const NUMBER_FUNCTIONS: [&str; 6] = ["len", "ord", "int", "float", "hash", "id"];

/// The names that let a program bind a module's globals without spelling an assignment
/// (`object.__setattr__(module, …)` too).
const ESCAPES: [&str; 7] = ["globals", "locals", "vars", "setattr", "__setattr__", "__dict__", "*"];

/// What the program's own modules can do to another module's globals: the attribute names
/// they store (`mod.n = …`), and whether one of them reaches globals without spelling an
/// assignment (`setattr(mod, …)`, `vars(mod)`, `mod.__dict__`, also through a function that
/// is handed the module: then no module proves anything).
#[derive(Default)]
pub struct Outside {
    stores: BTreeSet<String>,
    escapes: bool,
}

impl Outside {
    /// Adds what the module of `body` does.
    pub fn add(&mut self, body: &[ast::Stmt]) {
        let mut w = Walk::default();
        w.body(body);
        self.stores.extend(w.attributes);
        self.escapes |= w.escapes;
    }
}

/// The places between each number-for-sure left operand of `body` (a module's) and its right
/// operand: a `%` token there cannot format.
pub fn numeric_percents(body: &[ast::Stmt], outside: &Outside) -> Vec<(TextSize, TextSize)> {
    let mut w = Walk::default();
    w.body(body);
    let Some((numbers, rebound)) = proved(&w, outside, Proof::Number) else { return Vec::new() };
    w.percents
        .iter()
        .filter(|(left, _)| Proof::Number.holds(left, &numbers, &rebound))
        .map(|(left, right)| (left.range().end(), *right))
        .collect()
}

/// Marks each module's operations on ints for sure ([`int_operations`]), with what every
/// module of the program does to the others' globals.
pub fn mark_int_operations(modules: &mut [super::loader::Loaded]) {
    let mut outside = Outside::default();
    for m in modules.iter() {
        outside.add(&m.module.body);
        // (Importing a submodule binds its name in its package: `import pkg.sub`.)
        outside.stores.extend(m.name.split('.').map(str::to_string));
    }
    for m in modules.iter_mut() {
        m.module.int_ops = int_operations(&m.module.body, &outside);
    }
}

/// The integer operations of a module: the ranges of its binary operators (`+ - * // % << >> &
/// | ^`) and augmented assignments to a name whose operands are both ints for sure (as
/// [`numeric_percents`]' numbers are, but ints only: an int literal, `len(…)`, a name every
/// binding of binds one, an int operator's result on two of them). Their slow paths call
/// the runtime's int arithmetic only (`rt_int_binop`), not the operators' dispatch over every
/// type.
pub fn int_operations(body: &[ast::Stmt], outside: &Outside) -> BTreeSet<(TextSize, TextSize)> {
    let mut w = Walk::default();
    w.body(body);
    let Some((ints, rebound)) = proved(&w, outside, Proof::Int) else { return BTreeSet::new() };
    // (A node made by a desugaring may have an empty range, shared with others: never one.)
    let binops = w.binops.iter().filter(|b| !b.range.is_empty()).filter(|b| {
        int_operator(b.op) && Proof::Int.holds(&b.left, &ints, &rebound) && Proof::Int.holds(&b.right, &ints, &rebound)
    });
    let augs = w.augs.iter().filter(|a| !a.range.is_empty()).filter(|a| {
        int_operator(a.op)
            && matches!(&*a.target, ast::Expr::Name(n) if ints.contains(n.id.as_str()))
            && Proof::Int.holds(&a.value, &ints, &rebound)
    });
    binops.map(|b| (b.range.start(), b.range.end())).chain(augs.map(|a| (a.range.start(), a.range.end()))).collect()
}

/// The operators whose result on two ints is an int.
fn int_operator(op: ast::Operator) -> bool {
    use ast::Operator::*;
    matches!(op, Add | Sub | Mult | FloorDiv | Mod | LShift | RShift | BitOr | BitXor | BitAnd)
}

/// What a proof is of: a number (int, float or bool), or an int (of the type int itself).
#[derive(Clone, Copy, PartialEq)]
enum Proof {
    Number,
    Int,
}

/// The names of the module walked in `w` that are what `proof` is of for sure, and whether a
/// builtin's name is rebound; None where nothing can be proved (a name bound without an
/// assignment being spelled).
#[allow(clippy::type_complexity)]
fn proved<'w>(
    w: &'w Walk,
    outside: &'w Outside,
    proof: Proof,
) -> Option<(BTreeSet<&'w str>, Box<dyn Fn(&str) -> bool + 'w>)> {
    if outside.escapes || w.escapes {
        return None;
    }
    let attribute_stores = &outside.stores;
    // Greatest fixpoint: every candidate name stays while all its bindings bind numbers.
    let mut names: BTreeSet<&str> = w
        .bindings
        .iter()
        // (A dunder may be bound where no source spells it: `__name__`, `__qualname__`.)
        // (Nor a builtin's name: a scope without a binding of it reads the builtin.)
        .filter(|(name, bs)| {
            let dunder = name.starts_with("__") && name.ends_with("__");
            !dunder
                && !mpyc_runtime::builtins::names().any(|b| b == name.as_str())
                && !attribute_stores.contains(*name)
                && bs.iter().all(|b| b.is_some())
        })
        .map(|(name, _)| name.as_str())
        .collect();
    let rebound = move |f: &str| w.bindings.contains_key(f) || attribute_stores.contains(f);
    loop {
        let failing: Vec<&str> = names
            .iter()
            .copied()
            .filter(|name| {
                w.bindings[*name].iter().flatten().any(|b| match b {
                    Binding::Value(e) => !proof.holds(e, &names, &rebound),
                    Binding::Aug(op, e) => {
                        let closed = match proof {
                            Proof::Number => *op != ast::Operator::MatMult,
                            Proof::Int => int_operator(*op),
                        };
                        !closed || !proof.holds(e, &names, &rebound)
                    }
                    Binding::Range => rebound("range"),
                })
            })
            .collect();
        if failing.is_empty() {
            break;
        }
        for name in failing {
            names.remove(name);
        }
    }
    Some((names, Box::new(rebound)))
}

impl Proof {
    /// Whether `e` is what the proof is of, given the names that are.
    fn holds(self, e: &ast::Expr, names: &BTreeSet<&str>, rebound: &dyn Fn(&str) -> bool) -> bool {
        use ast::Expr::*;
        let int = self == Proof::Int;
        match e {
            Constant(c) => match c.value {
                ast::Constant::Int(_) => true,
                // (`True & True` is a bool: not an int's operation.)
                ast::Constant::Float(_) | ast::Constant::Bool(_) => !int,
                _ => false,
            },
            Name(n) => names.contains(n.id.as_str()),
            BinOp(b) => {
                use ast::Operator::*;
                let closed = if int {
                    int_operator(b.op)
                } else {
                    matches!(
                        b.op,
                        Add | Sub | Mult | Div | FloorDiv | Mod | Pow | LShift | RShift | BitOr | BitXor | BitAnd
                    )
                };
                closed && self.holds(&b.left, names, rebound) && self.holds(&b.right, names, rebound)
            }
            UnaryOp(u) => match u.op {
                ast::UnaryOp::Not => !int,
                _ => self.holds(&u.operand, names, rebound),
            },
            IfExp(x) => self.holds(&x.body, names, rebound) && self.holds(&x.orelse, names, rebound),
            Call(c) => matches!(&*c.func, Name(f)
                if NUMBER_FUNCTIONS.contains(&f.id.as_str()) && !(int && f.id.as_str() == "float")
                    && !rebound(f.id.as_str())),
            _ => false,
        }
    }
}

/// How a name is bound: to a value, to itself with an operator applied (`n op= value`), or
/// to the items of a `range(…)`.
enum Binding<'a> {
    Value(&'a ast::Expr),
    Aug(ast::Operator, &'a ast::Expr),
    Range,
}

/// One pass over a module: every binding of every name (None: one that binds something else
/// than a value the analysis can read, a parameter or an import), every `%`, every attribute
/// stored into.
#[derive(Default)]
struct Walk<'a> {
    bindings: BTreeMap<String, Vec<Option<Binding<'a>>>>,
    /// Each `%`'s left operand, and where its right operand starts.
    percents: Vec<(&'a ast::Expr, TextSize)>,
    /// Every binary operator, and every augmented assignment.
    binops: Vec<&'a ast::ExprBinOp>,
    augs: Vec<&'a ast::StmtAugAssign>,
    attributes: BTreeSet<String>,
    escapes: bool,
}

impl<'a> Walk<'a> {
    fn bind(&mut self, name: &str, how: Option<Binding<'a>>) {
        self.bindings.entry(name.to_string()).or_default().push(how);
    }

    /// A target `t` bound to `how` when it is a name (anything else inside a tuple or a list
    /// target).
    fn target(&mut self, t: &'a ast::Expr, how: Option<Binding<'a>>) {
        match t {
            ast::Expr::Name(n) => self.bind(n.id.as_str(), how),
            ast::Expr::Tuple(x) => x.elts.iter().for_each(|e| self.target(e, None)),
            ast::Expr::List(x) => x.elts.iter().for_each(|e| self.target(e, None)),
            ast::Expr::Starred(s) => self.target(&s.value, None),
            other => self.expr(other),
        }
    }

    fn body(&mut self, body: &'a [ast::Stmt]) {
        body.iter().for_each(|s| self.stmt(s));
    }

    fn iterated(iter: &'a ast::Expr) -> Option<Binding<'a>> {
        match iter {
            ast::Expr::Call(c) if matches!(&*c.func, ast::Expr::Name(f) if f.id.as_str() == "range") => {
                Some(Binding::Range)
            }
            _ => None,
        }
    }

    fn arguments(&mut self, a: &'a ast::Arguments) {
        for p in a.posonlyargs.iter().chain(&a.args).chain(&a.kwonlyargs) {
            self.bind(p.def.arg.as_str(), None);
            if let Some(d) = &p.default {
                self.expr(d);
            }
            if let Some(ann) = &p.def.annotation {
                self.expr(ann);
            }
        }
        for p in a.vararg.iter().chain(&a.kwarg) {
            self.bind(p.arg.as_str(), None);
        }
    }

    fn stmt(&mut self, s: &'a ast::Stmt) {
        use ast::Stmt::*;
        match s {
            FunctionDef(d) => {
                self.bind(d.name.as_str(), None);
                d.decorator_list.iter().for_each(|e| self.expr(e));
                self.arguments(&d.args);
                d.returns.iter().for_each(|e| self.expr(e));
                self.body(&d.body);
            }
            AsyncFunctionDef(d) => {
                self.bind(d.name.as_str(), None);
                d.decorator_list.iter().for_each(|e| self.expr(e));
                self.arguments(&d.args);
                d.returns.iter().for_each(|e| self.expr(e));
                self.body(&d.body);
            }
            ClassDef(c) => {
                // (A metaclass's `__prepare__` may bind names its body reads.)
                self.escapes |= !c.keywords.is_empty();
                self.bind(c.name.as_str(), None);
                c.decorator_list.iter().for_each(|e| self.expr(e));
                c.bases.iter().for_each(|e| self.expr(e));
                c.keywords.iter().for_each(|k| self.expr(&k.value));
                self.body(&c.body);
            }
            Return(r) => r.value.iter().for_each(|e| self.expr(e)),
            Delete(d) => d.targets.iter().for_each(|t| self.target(t, None)),
            Assign(a) => {
                self.expr(&a.value);
                for t in &a.targets {
                    self.target(t, Some(Binding::Value(&a.value)));
                }
            }
            AugAssign(a) => {
                self.expr(&a.value);
                self.augs.push(a);
                if let ast::Expr::Name(n) = &*a.target {
                    // (`n op= v` binds `n op v`: a number when both are.)
                    self.bind(n.id.as_str(), Some(Binding::Aug(a.op, &a.value)));
                    if a.op == ast::Operator::Mod {
                        self.percents.push((&a.target, a.value.range().start()));
                    }
                } else {
                    self.target(&a.target, None);
                }
            }
            AnnAssign(a) => {
                self.expr(&a.annotation);
                match &a.value {
                    Some(v) => {
                        self.expr(v);
                        self.target(&a.target, Some(Binding::Value(v)));
                    }
                    None => {
                        if !matches!(&*a.target, ast::Expr::Name(_)) {
                            self.expr(&a.target);
                        }
                    }
                }
            }
            For(f) => {
                self.expr(&f.iter);
                self.target(&f.target, Self::iterated(&f.iter));
                self.body(&f.body);
                self.body(&f.orelse);
            }
            AsyncFor(f) => {
                self.expr(&f.iter);
                self.target(&f.target, None);
                self.body(&f.body);
                self.body(&f.orelse);
            }
            While(w) => {
                self.expr(&w.test);
                self.body(&w.body);
                self.body(&w.orelse);
            }
            If(i) => {
                self.expr(&i.test);
                self.body(&i.body);
                self.body(&i.orelse);
            }
            With(w) => {
                for item in &w.items {
                    self.expr(&item.context_expr);
                    item.optional_vars.iter().for_each(|t| self.target(t, None));
                }
                self.body(&w.body);
            }
            AsyncWith(w) => {
                for item in &w.items {
                    self.expr(&item.context_expr);
                    item.optional_vars.iter().for_each(|t| self.target(t, None));
                }
                self.body(&w.body);
            }
            Raise(r) => r.exc.iter().chain(&r.cause).for_each(|e| self.expr(e)),
            Try(t) => self.try_parts(&t.body, &t.handlers, &t.orelse, &t.finalbody),
            TryStar(t) => self.try_parts(&t.body, &t.handlers, &t.orelse, &t.finalbody),
            Assert(a) => {
                self.expr(&a.test);
                a.msg.iter().for_each(|e| self.expr(e));
            }
            Import(i) => {
                for alias in &i.names {
                    let bound = alias.asname.as_ref().unwrap_or(&alias.name);
                    let first = bound.as_str().split('.').next().unwrap_or_default();
                    self.bind(first, None);
                }
            }
            ImportFrom(i) => {
                for alias in &i.names {
                    // (`from builtins import setattr as put`.)
                    if alias.name.as_str() == "*" || ESCAPES.contains(&alias.name.as_str()) {
                        self.escapes = true;
                    }
                    self.bind(alias.asname.as_ref().unwrap_or(&alias.name).as_str(), None);
                }
            }
            Expr(e) => self.expr(&e.value),
            Global(_) | Nonlocal(_) | Pass(_) | Break(_) | Continue(_) => {}
            // (Patterns and type aliases bind in ways not followed here: nothing proved.)
            Match(_) | TypeAlias(_) => self.escapes = true,
        }
    }

    fn try_parts(
        &mut self,
        body: &'a [ast::Stmt],
        handlers: &'a [ast::ExceptHandler],
        orelse: &'a [ast::Stmt],
        finalbody: &'a [ast::Stmt],
    ) {
        self.body(body);
        for h in handlers {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            h.type_.iter().for_each(|e| self.expr(e));
            if let Some(n) = &h.name {
                self.bind(n.as_str(), None);
            }
            self.body(&h.body);
        }
        self.body(orelse);
        self.body(finalbody);
    }

    fn comprehension(&mut self, generators: &'a [ast::Comprehension]) {
        for g in generators {
            self.expr(&g.iter);
            self.target(&g.target, if g.is_async { None } else { Self::iterated(&g.iter) });
            g.ifs.iter().for_each(|e| self.expr(e));
        }
    }

    fn expr(&mut self, e: &'a ast::Expr) {
        use ast::Expr::*;
        match e {
            BoolOp(b) => b.values.iter().for_each(|v| self.expr(v)),
            NamedExpr(n) => {
                self.expr(&n.value);
                self.target(&n.target, Some(Binding::Value(&n.value)));
            }
            BinOp(b) => {
                self.binops.push(b);
                if b.op == ast::Operator::Mod {
                    self.percents.push((&b.left, b.right.range().start()));
                }
                self.expr(&b.left);
                self.expr(&b.right);
            }
            UnaryOp(u) => self.expr(&u.operand),
            Lambda(l) => {
                self.arguments(&l.args);
                self.expr(&l.body);
            }
            IfExp(x) => {
                self.expr(&x.test);
                self.expr(&x.body);
                self.expr(&x.orelse);
            }
            Dict(d) => d.keys.iter().flatten().chain(&d.values).for_each(|v| self.expr(v)),
            Set(s) => s.elts.iter().for_each(|v| self.expr(v)),
            ListComp(c) => {
                self.comprehension(&c.generators);
                self.expr(&c.elt);
            }
            SetComp(c) => {
                self.comprehension(&c.generators);
                self.expr(&c.elt);
            }
            DictComp(c) => {
                self.comprehension(&c.generators);
                self.expr(&c.key);
                self.expr(&c.value);
            }
            GeneratorExp(c) => {
                self.comprehension(&c.generators);
                self.expr(&c.elt);
            }
            Await(a) => self.expr(&a.value),
            Yield(y) => y.value.iter().for_each(|v| self.expr(v)),
            YieldFrom(y) => self.expr(&y.value),
            Compare(c) => {
                self.expr(&c.left);
                c.comparators.iter().for_each(|v| self.expr(v));
            }
            Call(c) => {
                self.expr(&c.func);
                c.args.iter().for_each(|v| self.expr(v));
                c.keywords.iter().for_each(|k| self.expr(&k.value));
            }
            FormattedValue(f) => {
                self.expr(&f.value);
                f.format_spec.iter().for_each(|v| self.expr(v));
            }
            JoinedStr(j) => j.values.iter().for_each(|v| self.expr(v)),
            Constant(_) => {}
            Attribute(a) => {
                if a.ctx != ast::ExprContext::Load {
                    self.attributes.insert(a.attr.to_string());
                }
                if ESCAPES.contains(&a.attr.as_str()) {
                    self.escapes = true;
                }
                self.expr(&a.value);
            }
            Subscript(s) => {
                self.expr(&s.value);
                self.expr(&s.slice);
            }
            Starred(s) => self.expr(&s.value),
            Name(n) => {
                if ESCAPES.contains(&n.id.as_str()) {
                    self.escapes = true;
                }
            }
            List(l) => l.elts.iter().for_each(|v| self.expr(v)),
            Tuple(t) => t.elts.iter().for_each(|v| self.expr(v)),
            Slice(s) => s.lower.iter().chain(&s.upper).chain(&s.step).for_each(|v| self.expr(v)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rustpython_parser::Parse;

    fn numeric(src: &str) -> Vec<String> {
        numeric_with(src, "")
    }

    /// What `numeric_percents` finds in `src`, module `__main__`, beside a module `other`.
    fn numeric_with(src: &str, other: &str) -> Vec<String> {
        let body = ast::Suite::parse(src, "<test>").expect("parses");
        let mut outside = Outside::default();
        outside.add(&body);
        outside.add(&ast::Suite::parse(other, "<other>").expect("parses"));
        numeric_percents(&body, &outside)
            .iter()
            .map(|(a, b)| src[usize::from(*a)..usize::from(*b)].trim_start_matches(')').trim().to_string())
            .collect()
    }

    #[test]
    fn proves_numbers() {
        assert_eq!(numeric("leds = 4\nfor n in range(20):\n    x = n % leds + 1\n"), ["%"]);
        assert_eq!(numeric("a = 1\nb = a * 2\nb += 1\nprint(b % 3, len(s) % 2, (a + 1) % 2)\n"), ["%", "%", "%"]);
        assert_eq!(numeric("n = 5\nn %= 3\n"), ["%="]);
    }

    #[test]
    fn proves_nothing_where_a_string_may_be() {
        // Another binding of the spelling, anywhere.
        assert!(numeric("n = 4\ndef f():\n    n = 's %d'\n    return n % 1\n").is_empty());
        // A parameter, an import, a tuple target, an attribute store, a for over a list.
        assert!(numeric("def f(n):\n    return n % 2\n").is_empty());
        assert!(numeric("n = 1\nfor n, m in x: pass\nprint(n % 2)\n").is_empty());
        assert!(numeric("n = 1\nself.n = 's'\nprint(n % 2)\n").is_empty());
        assert!(numeric("for n in [1, 's']: print(n % 2)\n").is_empty());
        // `len` rebound, `globals()`, a star import, a name bound from one that is not proved.
        assert!(numeric("def len(x): return 's'\nprint(len(a) % 2)\n").is_empty());
        assert!(numeric("n = 1\nglobals()['n'] = 's'\nprint(n % 2)\n").is_empty());
        assert!(numeric("from m import *\nn = 1\nprint(n % 2)\n").is_empty());
        assert!(numeric("a = 1\nb = a\na = c\nprint(b % 2)\n").is_empty());
        assert!(numeric("print('%d' % 5)\n").is_empty());
        // Another module reaching this one's globals without an assignment.
        let src = "n = 1\nprint(n % 2)\n";
        assert_eq!(numeric_with(src, "import os\nos.x = 1\n"), ["%"]);
        assert!(numeric_with(src, "def configure(t, k, v):\n    setattr(t, k, v)\n").is_empty());
        // Names bound where no source spells it.
        assert!(numeric("def f():\n    __name__ = 1\nprint(__name__ % ())\n").is_empty());
        assert!(numeric("n = 1\nclass C(metaclass=M):\n    x = n % 5\n").is_empty());
        assert!(numeric_with(src, "import sys\nvars(sys.modules['__main__'])['n'] = '%s'\n").is_empty());
    }

    /// The text of each operation `int_operations` finds in `src`.
    fn ints(src: &str) -> Vec<String> {
        let body = ast::Suite::parse(src, "<test>").expect("parses");
        let mut outside = Outside::default();
        outside.add(&body);
        int_operations(&body, &outside).iter().map(|(a, b)| src[usize::from(*a)..usize::from(*b)].to_string()).collect()
    }

    #[test]
    fn proves_ints() {
        assert_eq!(ints("leds = 4\nfor n in range(20):\n    x = n % leds + 1\n"), ["n % leds", "n % leds + 1"]);
        assert_eq!(
            ints("a = 1\na += len(s) << 2\nb = -a // 3 | ~a\n"),
            ["a += len(s) << 2", "len(s) << 2", "-a // 3", "-a // 3 | ~a"]
        );
        // Division and powers make floats; a name bound so is no int, nor what it touches.
        assert_eq!(ints("a = 1\nb = a / 2\nprint(b + 1, a + 1)\n"), ["a + 1"]);
        assert!(ints("a = 1\na **= 2\nprint(a + 1)\n").is_empty());
        assert!(ints("a = 1\na /= 2\nprint(a + 1)\n").is_empty());
        // Floats, bools, `float()`, a parameter, another binding of the spelling.
        assert!(ints("print(1.5 + 1, True & True, float(x) + 1)\n").is_empty());
        assert!(ints("def f(n):\n    return n + 1\n").is_empty());
        assert!(ints("n = 1\ndef f():\n    n = 'a'\n    return n + n\n").is_empty());
        assert!(ints("def len(x): return 's'\nprint(len(a) + 1)\n").is_empty());
        assert!(ints("n = 1\nglobals()['n'] = 's'\nprint(n + 1)\n").is_empty());
        // A builtin's name (read as the builtin where no binding is), setattr by other names.
        assert!(ints("def g():\n    min = 3\nprint(min + 1)\n").is_empty());
        assert!(
            ints("import sys\nn = 1\nobject.__setattr__(sys.modules[__name__], 'n', True)\nprint(n & n)\n").is_empty()
        );
        assert!(ints("from builtins import setattr as put\nn = 1\nprint(n + 1)\n").is_empty());
    }
}
