//! Which emitter each function gets, native code or bytecode: `--code`, and per function
//! MicroPython's decorators (`@micropython.native`/`@micropython.viper` native,
//! `@micropython.bytecode` bytecode), and for `--code auto` a whole-program guess of which
//! code runs once and which runs hot.
//!
//! `auto`'s guess, on the AST of every module: a function is hot when it has a loop (`for`,
//! `while`, a comprehension), is a generator or coroutine, calls itself, is an operator method
//! (a dunder other than the constructors), is used as a value (a callback: a timer's, an
//! interrupt's, `sorted`'s key), is called inside a loop anywhere, or is called by a hot
//! function. Calling a class counts as calling its `__init__` and `__new__`; calling
//! `x.name(…)` as calling every method `name`. A module body is hot when it has a loop at
//! its top level (a main loop). The rest (set-up code, constructors of objects made once,
//! code that runs at an event) is bytecode. Lambdas and comprehensions go with the function
//! they are written in.

use crate::backend::bytecode::Code;
use crate::frontend::Module;
use rustpython_parser::ast;
use std::collections::{BTreeSet, HashMap};

/// What one function is compiled to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Emitter {
    Native,
    Bytecode,
}

/// The emitter of every `def` and every module body of a program.
#[derive(Default)]
pub struct Choices {
    /// By the address of the def's `ast::Arguments` (a def's own, stable while the AST lives).
    defs: HashMap<usize, Emitter>,
    modules: Vec<Emitter>,
}

impl Choices {
    /// Decides for `modules` (the main one first) under `code`.
    pub fn new(modules: &[(&str, &Module)], code: Code) -> Choices {
        let mut units = Vec::new();
        for (m, (_, module)) in modules.iter().enumerate() {
            let mut u = Unit::new(m, None, None);
            let mut w = Walker { units: &mut units, unit: &mut u, loops: 0, class: None };
            w.body(&module.body);
            units.push(u);
        }
        let hot = match code {
            Code::Auto => hot_units(&units),
            _ => vec![false; units.len()],
        };
        let mut choices = Choices { defs: HashMap::new(), modules: vec![Emitter::Native; modules.len()] };
        for (u, &hot) in units.iter().zip(&hot) {
            let emitter = u.directive.unwrap_or(match code {
                Code::Native => Emitter::Native,
                Code::Bytecode => Emitter::Bytecode,
                Code::Auto if hot => Emitter::Native,
                Code::Auto => Emitter::Bytecode,
            });
            match u.args {
                Some(args) => {
                    choices.defs.insert(args, emitter);
                }
                None => choices.modules[u.module] = emitter,
            }
        }
        choices
    }

    /// The emitter of the `def` whose parameters are `args`; `None` for a lambda or a
    /// comprehension (they go with the function they are in).
    pub fn of_def(&self, args: &ast::Arguments) -> Option<Emitter> {
        self.defs.get(&(args as *const ast::Arguments as usize)).copied()
    }

    /// The emitter of module `i`'s body.
    pub fn of_module(&self, i: usize) -> Emitter {
        self.modules.get(i).copied().unwrap_or(Emitter::Native)
    }

    /// Whether any function is bytecode.
    pub fn any_bytecode(&self) -> bool {
        self.defs.values().chain(&self.modules).any(|&e| e == Emitter::Bytecode)
    }
}

/// The emitter a def's decorators ask for, if any: MicroPython's code-emitter directives.
pub fn directive(decorators: &[ast::Expr]) -> Option<Emitter> {
    decorators.iter().rev().find_map(|d| match d {
        ast::Expr::Attribute(a) if matches!(&*a.value, ast::Expr::Name(n) if n.id.as_str() == "micropython") => {
            match a.attr.as_str() {
                "native" | "viper" => Some(Emitter::Native),
                "bytecode" => Some(Emitter::Bytecode),
                _ => None,
            }
        }
        _ => None,
    })
}

/// A def or a module body, and what `auto` needs to know of it.
struct Unit {
    module: usize,
    /// The def's parameters' address (None: a module body).
    args: Option<usize>,
    name: Option<String>,
    /// The class the def is a method of.
    class: Option<String>,
    directive: Option<Emitter>,
    /// Native for what it is: it has a loop, or is a generator or a coroutine.
    hot: bool,
    /// Names it calls (`f(…)`, `x.f(…)`), and those it calls inside a loop.
    calls: BTreeSet<String>,
    calls_in_loop: BTreeSet<String>,
    /// Names and attributes it reads other than as a callee (a function or a method passed
    /// as a callback).
    values: BTreeSet<String>,
}

impl Unit {
    fn new(module: usize, args: Option<usize>, name: Option<String>) -> Unit {
        Unit {
            module,
            args,
            name,
            class: None,
            directive: None,
            hot: false,
            calls: BTreeSet::new(),
            calls_in_loop: BTreeSet::new(),
            values: BTreeSet::new(),
        }
    }
}

/// Which units `auto` makes native: those with a loop, and those that run many times.
fn hot_units(units: &[Unit]) -> Vec<bool> {
    // Run many times: an operator method, a recursive function, a callee of a loop, a
    // callback, and whatever those call (a unit with a loop may run once: only what its
    // loops call counts).
    let mut repeated: Vec<bool> = units
        .iter()
        .map(|u| {
            u.name.as_ref().is_some_and(|n| {
                u.calls.contains(n)
                    || (n.starts_with("__") && n.ends_with("__") && !matches!(n.as_str(), "__init__" | "__new__"))
            })
        })
        .collect();
    let mut names: BTreeSet<&str> = BTreeSet::new();
    let mut values: BTreeSet<&str> = BTreeSet::new();
    for u in units {
        names.extend(u.calls_in_loop.iter().map(String::as_str));
        values.extend(u.values.iter().map(String::as_str));
    }
    loop {
        for (u, r) in units.iter().zip(&repeated) {
            if *r {
                names.extend(u.calls.iter().map(String::as_str));
            }
        }
        let mut changed = false;
        for (u, r) in units.iter().zip(repeated.iter_mut()) {
            if *r || u.args.is_none() {
                continue;
            }
            let named = u.name.as_deref().is_some_and(|n| names.contains(n) || values.contains(n));
            // (A class read as a value, `isinstance(x, C)`, is not a class called.)
            let constructed = u.name.as_deref().is_some_and(|n| matches!(n, "__init__" | "__new__"))
                && u.class.as_deref().is_some_and(|c| names.contains(c));
            if named || constructed {
                *r = true;
                changed = true;
            }
        }
        if !changed {
            return units.iter().zip(repeated).map(|(u, r)| r || u.hot).collect();
        }
    }
}

/// Walks one unit's code, adding the defs nested in it as units of their own.
struct Walker<'u> {
    units: &'u mut Vec<Unit>,
    unit: &'u mut Unit,
    /// How many loops enclose the code walked.
    loops: usize,
    /// The class whose body is walked.
    class: Option<String>,
}

impl Walker<'_> {
    fn body(&mut self, body: &[ast::Stmt]) {
        body.iter().for_each(|s| self.stmt(s));
    }

    fn looped(&mut self, f: impl FnOnce(&mut Self)) {
        self.unit.hot = true;
        self.loops += 1;
        f(self);
        self.loops -= 1;
    }

    fn def(&mut self, name: &str, args: &ast::Arguments, body: &[ast::Stmt], decorators: &[ast::Expr], is_async: bool) {
        decorators.iter().for_each(|d| self.expr(d));
        self.defaults(args);
        let mut u = Unit::new(self.unit.module, Some(args as *const ast::Arguments as usize), Some(name.to_string()));
        u.class = self.class.clone();
        u.directive = directive(decorators);
        u.hot = is_async;
        let mut w = Walker { units: self.units, unit: &mut u, loops: 0, class: None };
        w.body(body);
        self.units.push(u);
    }

    fn defaults(&mut self, a: &ast::Arguments) {
        for p in a.posonlyargs.iter().chain(&a.args).chain(&a.kwonlyargs) {
            p.default.iter().for_each(|e| self.expr(e));
        }
    }

    fn stmt(&mut self, s: &ast::Stmt) {
        use ast::Stmt::*;
        match s {
            FunctionDef(d) => self.def(d.name.as_str(), &d.args, &d.body, &d.decorator_list, false),
            AsyncFunctionDef(d) => self.def(d.name.as_str(), &d.args, &d.body, &d.decorator_list, true),
            ClassDef(c) => {
                c.bases.iter().for_each(|e| self.expr(e));
                c.keywords.iter().for_each(|k| self.expr(&k.value));
                c.decorator_list.iter().for_each(|e| self.expr(e));
                let outer = self.class.replace(c.name.to_string());
                self.body(&c.body);
                self.class = outer;
            }
            For(f) => self.for_loop(&f.iter, &f.target, &f.body, &f.orelse),
            AsyncFor(f) => self.for_loop(&f.iter, &f.target, &f.body, &f.orelse),
            While(w) => {
                self.looped(|l| {
                    l.expr(&w.test);
                    l.body(&w.body);
                });
                self.body(&w.orelse);
            }
            Return(r) => r.value.iter().for_each(|e| self.expr(e)),
            Delete(d) => d.targets.iter().for_each(|e| self.expr(e)),
            Assign(a) => {
                a.targets.iter().for_each(|e| self.expr(e));
                self.expr(&a.value);
            }
            AugAssign(a) => {
                self.expr(&a.target);
                self.expr(&a.value);
            }
            AnnAssign(a) => {
                self.expr(&a.target);
                a.value.iter().for_each(|e| self.expr(e));
            }
            If(i) => {
                self.expr(&i.test);
                self.body(&i.body);
                self.body(&i.orelse);
            }
            With(w) => self.with(&w.items, &w.body),
            AsyncWith(w) => self.with(&w.items, &w.body),
            Match(m) => {
                self.expr(&m.subject);
                for case in &m.cases {
                    case.guard.iter().for_each(|e| self.expr(e));
                    self.body(&case.body);
                }
            }
            Raise(r) => {
                r.exc.iter().for_each(|e| self.expr(e));
                r.cause.iter().for_each(|e| self.expr(e));
            }
            Try(t) => self.try_parts(&t.body, &t.handlers, &t.orelse, &t.finalbody),
            TryStar(t) => self.try_parts(&t.body, &t.handlers, &t.orelse, &t.finalbody),
            Assert(a) => {
                self.expr(&a.test);
                a.msg.iter().for_each(|e| self.expr(e));
            }
            Expr(e) => self.expr(&e.value),
            _ => {}
        }
    }

    fn for_loop(&mut self, iter: &ast::Expr, target: &ast::Expr, body: &[ast::Stmt], orelse: &[ast::Stmt]) {
        self.expr(iter);
        self.looped(|w| {
            w.expr(target);
            w.body(body);
        });
        self.body(orelse);
    }

    fn with(&mut self, items: &[ast::WithItem], body: &[ast::Stmt]) {
        for item in items {
            self.expr(&item.context_expr);
            item.optional_vars.iter().for_each(|e| self.expr(e));
        }
        self.body(body);
    }

    fn try_parts(
        &mut self,
        body: &[ast::Stmt],
        handlers: &[ast::ExceptHandler],
        orelse: &[ast::Stmt],
        finalbody: &[ast::Stmt],
    ) {
        self.body(body);
        for h in handlers {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            h.type_.iter().for_each(|e| self.expr(e));
            self.body(&h.body);
        }
        self.body(orelse);
        self.body(finalbody);
    }

    fn call(&mut self, name: &str) {
        self.unit.calls.insert(name.to_string());
        if self.loops > 0 {
            self.unit.calls_in_loop.insert(name.to_string());
        }
    }

    fn comprehension(&mut self, gens: &[ast::Comprehension], elts: &[&ast::Expr]) {
        if let Some(g) = gens.first() {
            self.expr(&g.iter);
        }
        self.looped(|w| {
            for (i, g) in gens.iter().enumerate() {
                w.expr(&g.target);
                if i > 0 {
                    w.expr(&g.iter);
                }
                g.ifs.iter().for_each(|e| w.expr(e));
            }
            elts.iter().for_each(|e| w.expr(e));
        });
    }

    fn expr(&mut self, e: &ast::Expr) {
        use ast::Expr::*;
        match e {
            Name(n) => {
                if matches!(n.ctx, ast::ExprContext::Load) {
                    self.unit.values.insert(n.id.to_string());
                }
            }
            Call(c) => {
                match &*c.func {
                    Name(n) => self.call(n.id.as_str()),
                    Attribute(a) => {
                        self.call(a.attr.as_str());
                        self.expr(&a.value);
                    }
                    f => self.expr(f),
                }
                c.args.iter().for_each(|v| self.expr(v));
                c.keywords.iter().for_each(|k| self.expr(&k.value));
            }
            BoolOp(b) => b.values.iter().for_each(|v| self.expr(v)),
            NamedExpr(n) => {
                self.expr(&n.target);
                self.expr(&n.value);
            }
            BinOp(b) => {
                self.expr(&b.left);
                self.expr(&b.right);
            }
            UnaryOp(u) => self.expr(&u.operand),
            Lambda(l) => {
                self.defaults(&l.args);
                self.expr(&l.body);
            }
            IfExp(i) => {
                self.expr(&i.test);
                self.expr(&i.body);
                self.expr(&i.orelse);
            }
            Dict(d) => {
                d.keys.iter().flatten().for_each(|k| self.expr(k));
                d.values.iter().for_each(|v| self.expr(v));
            }
            Set(s) => s.elts.iter().for_each(|v| self.expr(v)),
            ListComp(c) => self.comprehension(&c.generators, &[&c.elt]),
            SetComp(c) => self.comprehension(&c.generators, &[&c.elt]),
            GeneratorExp(c) => self.comprehension(&c.generators, &[&c.elt]),
            DictComp(c) => self.comprehension(&c.generators, &[&c.key, &c.value]),
            Await(a) => self.expr(&a.value),
            Yield(y) => {
                self.unit.hot = true;
                y.value.iter().for_each(|v| self.expr(v));
            }
            YieldFrom(y) => {
                self.unit.hot = true;
                self.expr(&y.value);
            }
            Compare(c) => {
                self.expr(&c.left);
                c.comparators.iter().for_each(|v| self.expr(v));
            }
            FormattedValue(f) => {
                self.expr(&f.value);
                f.format_spec.iter().for_each(|v| self.expr(v));
            }
            JoinedStr(j) => j.values.iter().for_each(|v| self.expr(v)),
            Attribute(a) => {
                // (`self.tick` passed as a timer's callback.)
                if matches!(a.ctx, ast::ExprContext::Load) {
                    self.unit.values.insert(a.attr.to_string());
                }
                self.expr(&a.value)
            }
            Subscript(s) => {
                self.expr(&s.value);
                self.expr(&s.slice);
            }
            Starred(s) => self.expr(&s.value),
            List(l) => l.elts.iter().for_each(|v| self.expr(v)),
            Tuple(t) => t.elts.iter().for_each(|v| self.expr(v)),
            Slice(s) => {
                s.lower.iter().for_each(|v| self.expr(v));
                s.upper.iter().for_each(|v| self.expr(v));
                s.step.iter().for_each(|v| self.expr(v));
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn choose(src: &str, code: Code) -> Vec<(String, Emitter)> {
        let module = crate::frontend::parse("t.py", src).expect("parses");
        let choices = Choices::new(&[("__main__", &module)], code);
        let mut out = vec![("<module>".to_string(), choices.of_module(0))];
        fn defs<'a>(body: &'a [ast::Stmt], out: &mut Vec<(&'a str, &'a ast::Arguments)>) {
            for s in body {
                match s {
                    ast::Stmt::FunctionDef(d) => {
                        out.push((d.name.as_str(), &d.args));
                        defs(&d.body, out);
                    }
                    ast::Stmt::ClassDef(c) => defs(&c.body, out),
                    _ => {}
                }
            }
        }
        let mut list = Vec::new();
        defs(&module.body, &mut list);
        for (name, args) in list {
            out.push((name.to_string(), choices.of_def(args).expect("every def is decided")));
        }
        out
    }

    fn native(list: &[(String, Emitter)]) -> Vec<&str> {
        list.iter().filter(|(_, e)| *e == Emitter::Native).map(|(n, _)| n.as_str()).collect()
    }

    #[test]
    fn decorators_override_the_mode() {
        let src = "@micropython.native\ndef a(): pass\n@micropython.viper\ndef b(): pass\n\
                   @micropython.bytecode\ndef c(): pass\ndef d(): pass\n";
        assert_eq!(native(&choose(src, Code::Bytecode)), ["a", "b"]);
        assert_eq!(native(&choose(src, Code::Native)), ["<module>", "a", "b", "d"]);
    }

    #[test]
    fn auto_makes_loops_and_what_they_call_native() {
        let src = "\
class P:
    def __init__(self, x): self.x = x
    def __add__(self, o): return P(self.x + o.x)
    def show(self): print(self.x)
class Q:
    def __init__(self): self.n = 0
    def on_tick(self, t): self.n += 1
def setup(): return Q()
def step(p): return helper(p)
def helper(p): return p
def scan(xs):
    return [x for x in xs]
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
def tick(t): pass
def gen():
    yield 1
def once(): pass
q = setup()
once()
timer_callback(tick)
timer_callback(q.on_tick)
print(isinstance(q, Q))
while True:
    step(P(1))
";
        let list = choose(src, Code::Auto);
        assert_eq!(
            native(&list),
            ["<module>", "__init__", "__add__", "on_tick", "step", "helper", "scan", "fib", "tick", "gen"]
        );
    }

    #[test]
    fn a_module_without_a_main_loop_is_bytecode() {
        let list = choose("def f(): pass\nf()\n", Code::Auto);
        assert!(native(&list).is_empty());
    }
}
