//! Scope analysis: for each function (def, lambda, method), its parameters, locals, the locals
//! inner functions capture (cells), the names it takes from enclosing functions (free), and
//! what it declares global; and the names the module binds.

use rustpython_parser::ast::{self, Ranged};
use std::collections::{BTreeSet, HashMap};

/// A function's parameters in binding order.
#[derive(Debug, Clone, Default)]
pub struct Params {
    pub positional: Vec<String>,
    /// How many of [`Params::positional`] are positional-only (before a `/`).
    pub posonly: usize,
    pub kwonly: Vec<String>,
    pub varargs: Option<String>,
    pub varkw: Option<String>,
}

impl Params {
    pub fn of(a: &ast::Arguments) -> Params {
        Params {
            positional: a.posonlyargs.iter().chain(&a.args).map(|p| p.def.arg.to_string()).collect(),
            posonly: a.posonlyargs.len(),
            kwonly: a.kwonlyargs.iter().map(|p| p.def.arg.to_string()).collect(),
            varargs: a.vararg.as_ref().map(|v| v.arg.to_string()),
            varkw: a.kwarg.as_ref().map(|v| v.arg.to_string()),
        }
    }
    /// The parameters' names as the function's info record keeps them: [`Params::all`], a
    /// positional-only one followed by `/` (`mpyc_runtime::func::FuncObj::param`).
    pub fn info_names(&self) -> Vec<String> {
        let mut v = self.all();
        for name in v.iter_mut().take(self.posonly) {
            name.push('/');
        }
        v
    }
    /// Every parameter name, in the order the code receives them.
    pub fn all(&self) -> Vec<String> {
        let mut v = self.positional.clone();
        v.extend(self.kwonly.iter().cloned());
        v.extend(self.varargs.iter().cloned());
        v.extend(self.varkw.iter().cloned());
        v
    }
}

/// What one function binds and captures.
#[derive(Debug, Clone, Default)]
pub struct FunctionScope {
    pub params: Params,
    /// Local names other than parameters.
    pub locals: BTreeSet<String>,
    /// Locals and parameters that inner functions capture: they live in cells.
    pub cells: BTreeSet<String>,
    /// Names of enclosing functions' locals this function uses, in the order of its cells tuple.
    pub free: Vec<String>,
    pub globals: BTreeSet<String>,
    /// Contains `yield`.
    pub generator: bool,
    /// An `async def` (made a generator function by `frontend::desugar`): calling it makes a
    /// coroutine.
    pub coroutine: bool,
}

impl FunctionScope {
    pub fn is_local(&self, name: &str) -> bool {
        self.locals.contains(name) || self.params.all().iter().any(|p| p == name)
    }
}

/// What a body binds, uses and declares (without entering nested functions, whose free names
/// it collects in `inner_free`).
#[derive(Default, Debug)]
struct Scan {
    bound: BTreeSet<String>,
    used: BTreeSet<String>,
    /// How many times each name is read (a class body's reads count twice: never once).
    reads: HashMap<String, usize>,
    /// Names read as an operand of an arithmetic operator or a comparison.
    operands: BTreeSet<String>,
    globals: BTreeSet<String>,
    nonlocals: BTreeSet<String>,
    inner_free: BTreeSet<String>,
    /// Names bound by `:=`: in a generator expression they belong to the enclosing function.
    walrus: BTreeSet<String>,
    generator: bool,
    /// Met a lambda or a comprehension (a scope of its own).
    scopes: bool,
}

impl Scan {
    fn target(&mut self, t: &ast::Expr) {
        match t {
            ast::Expr::Name(n) => {
                self.bound.insert(n.id.to_string());
            }
            ast::Expr::Tuple(x) => x.elts.iter().for_each(|e| self.target(e)),
            ast::Expr::List(x) => x.elts.iter().for_each(|e| self.target(e)),
            ast::Expr::Starred(s) => self.target(&s.value),
            other => self.expr(other),
        }
    }

    fn body(&mut self, body: &[ast::Stmt]) {
        body.iter().for_each(|s| self.stmt(s));
    }

    fn stmt(&mut self, s: &ast::Stmt) {
        use ast::Stmt::*;
        match s {
            FunctionDef(d) => {
                self.bound.insert(d.name.to_string());
                d.decorator_list.iter().for_each(|e| self.expr(e));
                self.args_defaults(&d.args);
                let inner = function_free_candidates(&d.args, &d.body, None);
                self.inner_free.extend(inner);
            }
            AsyncFunctionDef(d) => {
                self.bound.insert(d.name.to_string());
            }
            ClassDef(c) => {
                self.bound.insert(c.name.to_string());
                c.bases.iter().for_each(|e| self.expr(e));
                c.decorator_list.iter().for_each(|e| self.expr(e));
                // The class body runs in this function; its own names are the class's.
                let mut body = Scan::default();
                body.body(&c.body);
                for n in body.used.iter().chain(&body.inner_free) {
                    if !body.bound.contains(n) || body.inner_free.contains(n) {
                        self.used.insert(n.clone());
                        *self.reads.entry(n.clone()).or_default() += 2;
                    }
                }
                self.inner_free.extend(body.inner_free.iter().filter(|n| *n != "__class__").cloned());
            }
            Return(r) => r.value.iter().for_each(|e| self.expr(e)),
            Delete(d) => d.targets.iter().for_each(|t| self.target(t)),
            Assign(a) => {
                a.targets.iter().for_each(|t| self.target(t));
                self.expr(&a.value);
            }
            AugAssign(a) => {
                self.target(&a.target);
                if let ast::Expr::Name(n) = &*a.target {
                    self.used.insert(n.id.to_string());
                    *self.reads.entry(n.id.to_string()).or_default() += 1;
                    self.operands.insert(n.id.to_string());
                }
                self.expr(&a.value);
            }
            AnnAssign(a) => {
                self.target(&a.target);
                a.value.iter().for_each(|e| self.expr(e));
            }
            For(f) => {
                self.target(&f.target);
                self.expr(&f.iter);
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
                    item.optional_vars.iter().for_each(|t| self.target(t));
                }
                self.body(&w.body);
            }
            Raise(r) => {
                r.exc.iter().for_each(|e| self.expr(e));
                r.cause.iter().for_each(|e| self.expr(e));
            }
            Try(t) => {
                self.body(&t.body);
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    h.type_.iter().for_each(|e| self.expr(e));
                    if let Some(n) = &h.name {
                        self.bound.insert(n.to_string());
                    }
                    self.body(&h.body);
                }
                self.body(&t.orelse);
                self.body(&t.finalbody);
            }
            Assert(a) => {
                self.expr(&a.test);
                a.msg.iter().for_each(|e| self.expr(e));
            }
            Import(i) => {
                for a in &i.names {
                    // `import a.b` binds `a`; `import a.b as c`, `c`.
                    let name = match &a.asname {
                        Some(n) => n.to_string(),
                        None => a.name.split('.').next().unwrap_or("").to_string(),
                    };
                    self.bound.insert(name);
                }
            }
            ImportFrom(i) => {
                for a in &i.names {
                    self.bound.insert(a.asname.as_ref().unwrap_or(&a.name).to_string());
                }
            }
            Global(g) => self.globals.extend(g.names.iter().map(|n| n.to_string())),
            Nonlocal(n) => self.nonlocals.extend(n.names.iter().map(|n| n.to_string())),
            Expr(e) => self.expr(&e.value),
            _ => {}
        }
    }

    fn args_defaults(&mut self, a: &ast::Arguments) {
        for p in a.posonlyargs.iter().chain(&a.args).chain(&a.kwonlyargs) {
            p.default.iter().for_each(|e| self.expr(e));
        }
    }

    fn comprehension(&mut self, gens: &[ast::Comprehension], elts: &[&ast::Expr]) {
        self.scopes = true;
        // Comprehension variables are the comprehension's own; everything else it uses is
        // this function's.
        let mut own = BTreeSet::new();
        for g in gens {
            self.expr(&g.iter);
            let mut t = Scan::default();
            t.target(&g.target);
            own.extend(t.bound);
            for c in &g.ifs {
                self.expr(c);
            }
        }
        for e in elts {
            self.expr(e);
        }
        let _ = own;
    }

    fn operand(&mut self, e: &ast::Expr) {
        if let ast::Expr::Name(n) = e {
            self.operands.insert(n.id.to_string());
        }
    }

    fn expr(&mut self, e: &ast::Expr) {
        use ast::Expr::*;
        match e {
            Name(n) => {
                self.used.insert(n.id.to_string());
                *self.reads.entry(n.id.to_string()).or_default() += 1;
            }
            BoolOp(b) => b.values.iter().for_each(|v| self.expr(v)),
            NamedExpr(n) => {
                if let ast::Expr::Name(t) = &*n.target {
                    self.walrus.insert(t.id.to_string());
                }
                self.target(&n.target);
                self.expr(&n.value);
            }
            BinOp(b) => {
                self.operand(&b.left);
                self.operand(&b.right);
                self.expr(&b.left);
                self.expr(&b.right);
            }
            UnaryOp(u) => {
                self.operand(&u.operand);
                self.expr(&u.operand)
            }
            Lambda(l) => {
                self.scopes = true;
                self.args_defaults(&l.args);
                let body = [ast::Stmt::Return(ast::StmtReturn { range: l.range(), value: Some(l.body.clone()) })];
                self.inner_free.extend(function_free_candidates(&l.args, &body, None));
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
            GeneratorExp(c) => {
                // A generator function of its own: the first iterable is evaluated here, the
                // rest is captured.
                self.scopes = true;
                self.expr(&c.generators[0].iter);
                let mut inner = Scan::default();
                for (i, g) in c.generators.iter().enumerate() {
                    inner.target(&g.target);
                    if i > 0 {
                        inner.expr(&g.iter);
                    }
                    g.ifs.iter().for_each(|e| inner.expr(e));
                }
                inner.expr(&c.elt);
                for n in inner.used.iter().chain(&inner.inner_free) {
                    if !inner.bound.contains(n) {
                        self.inner_free.insert(n.clone());
                    }
                }
                // `(last := x)` binds `last` here, in a cell the generator shares.
                for n in &inner.walrus {
                    self.bound.insert(n.clone());
                    self.inner_free.insert(n.clone());
                }
                self.walrus.extend(inner.walrus);
            }
            DictComp(c) => self.comprehension(&c.generators, &[&c.key, &c.value]),
            Await(a) => self.expr(&a.value),
            Yield(y) => {
                self.generator = true;
                y.value.iter().for_each(|v| self.expr(v));
            }
            YieldFrom(y) => {
                self.generator = true;
                self.expr(&y.value);
            }
            Compare(c) => {
                self.operand(&c.left);
                c.comparators.iter().for_each(|v| self.operand(v));
                self.expr(&c.left);
                c.comparators.iter().for_each(|v| self.expr(v));
            }
            Call(c) => {
                if let ast::Expr::Name(n) = &*c.func {
                    if n.id.as_str() == "super" && c.args.is_empty() {
                        self.used.insert("__class__".to_string());
                    }
                }
                self.expr(&c.func);
                c.args.iter().for_each(|v| self.expr(v));
                c.keywords.iter().for_each(|k| self.expr(&k.value));
            }
            FormattedValue(f) => {
                self.expr(&f.value);
                f.format_spec.iter().for_each(|v| self.expr(v));
            }
            JoinedStr(j) => j.values.iter().for_each(|v| self.expr(v)),
            Attribute(a) => self.expr(&a.value),
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

fn param_names(a: &ast::Arguments) -> BTreeSet<String> {
    Params::of(a).all().into_iter().collect()
}

/// The names a function takes from outside itself (before knowing what encloses it).
fn function_free_candidates(args: &ast::Arguments, body: &[ast::Stmt], _: Option<()>) -> BTreeSet<String> {
    let mut s = Scan::default();
    s.body(body);
    let params = param_names(args);
    let mut out = BTreeSet::new();
    for n in s.used.iter().chain(&s.inner_free).chain(&s.nonlocals) {
        let bound_here = (s.bound.contains(n) || params.contains(n)) && !s.nonlocals.contains(n);
        if !bound_here && !s.globals.contains(n) {
            out.insert(n.clone());
        }
    }
    out
}

/// Analyses a function whose enclosing functions make `visible` names available (their locals
/// and parameters, and `__class__` inside a class body).
pub fn analyze(args: &ast::Arguments, body: &[ast::Stmt], visible: &BTreeSet<String>) -> FunctionScope {
    let mut s = Scan::default();
    s.body(body);
    let params = Params::of(args);
    let param_set = param_names(args);
    let locals: BTreeSet<String> = s
        .bound
        .iter()
        .filter(|n| !s.globals.contains(*n) && !s.nonlocals.contains(*n) && !param_set.contains(*n))
        .cloned()
        .collect();
    let cells: BTreeSet<String> =
        s.inner_free.iter().filter(|n| locals.contains(*n) || param_set.contains(*n)).cloned().collect();
    let mut free = Vec::new();
    for n in s.used.iter().chain(&s.inner_free).chain(&s.nonlocals) {
        let bound_here = (locals.contains(n) || param_set.contains(n)) && !s.nonlocals.contains(n);
        if !bound_here && !s.globals.contains(n) && visible.contains(n) && !free.contains(n) {
            free.push(n.clone());
        }
    }
    // (The marker comes first, or after the docstring.)
    let coroutine = body.iter().take(2).any(crate::frontend::desugar::is_coroutine_marker);
    FunctionScope { params, locals, cells, free, globals: s.globals, generator: s.generator, coroutine }
}

/// What a module's top level binds, and the names its functions declare global.
pub fn module_names(body: &[ast::Stmt]) -> (BTreeSet<String>, BTreeSet<String>) {
    let mut s = Scan::default();
    s.body(body);
    let mut globals = BTreeSet::new();
    collect_globals(body, &mut globals);
    (s.bound, globals)
}

fn collect_globals(body: &[ast::Stmt], out: &mut BTreeSet<String>) {
    for stmt in body {
        match stmt {
            ast::Stmt::Global(g) => out.extend(g.names.iter().map(|n| n.to_string())),
            other => nested_blocks(other).into_iter().for_each(|b| collect_globals(b, out)),
        }
    }
}

/// Every block of statements directly inside `s`, in order: a `def`'s or a class's body, and
/// each block of `if`, `while`, `for`, `with`, `try` (its handlers'), their async forms, `try`
/// with `except*`, and `match` (its cases').
pub fn nested_blocks(s: &ast::Stmt) -> Vec<&[ast::Stmt]> {
    use ast::Stmt::*;
    fn handlers<'s>(
        body: &'s [ast::Stmt],
        hs: &'s [ast::ExceptHandler],
        orelse: &'s [ast::Stmt],
        finalbody: &'s [ast::Stmt],
    ) -> Vec<&'s [ast::Stmt]> {
        let mut out = vec![body];
        out.extend(hs.iter().map(|ast::ExceptHandler::ExceptHandler(h)| &h.body[..]));
        out.extend([orelse, finalbody]);
        out
    }
    match s {
        FunctionDef(d) => vec![&d.body],
        AsyncFunctionDef(d) => vec![&d.body],
        ClassDef(c) => vec![&c.body],
        If(x) => vec![&x.body, &x.orelse],
        While(x) => vec![&x.body, &x.orelse],
        For(x) => vec![&x.body, &x.orelse],
        AsyncFor(x) => vec![&x.body, &x.orelse],
        With(x) => vec![&x.body],
        AsyncWith(x) => vec![&x.body],
        Try(t) => handlers(&t.body, &t.handlers, &t.orelse, &t.finalbody),
        TryStar(t) => handlers(&t.body, &t.handlers, &t.orelse, &t.finalbody),
        Match(m) => m.cases.iter().map(|c| &c.body[..]).collect(),
        _ => vec![],
    }
}

/// [`nested_blocks`] to rewrite: the same blocks, mutable.
pub fn nested_blocks_mut(s: &mut ast::Stmt) -> Vec<&mut Vec<ast::Stmt>> {
    use ast::Stmt::*;
    fn handlers<'s>(
        body: &'s mut Vec<ast::Stmt>,
        hs: &'s mut [ast::ExceptHandler],
        orelse: &'s mut Vec<ast::Stmt>,
        finalbody: &'s mut Vec<ast::Stmt>,
    ) -> Vec<&'s mut Vec<ast::Stmt>> {
        let mut out = vec![body];
        out.extend(hs.iter_mut().map(|ast::ExceptHandler::ExceptHandler(h)| &mut h.body));
        out.extend([orelse, finalbody]);
        out
    }
    match s {
        FunctionDef(d) => vec![&mut d.body],
        AsyncFunctionDef(d) => vec![&mut d.body],
        ClassDef(c) => vec![&mut c.body],
        If(x) => vec![&mut x.body, &mut x.orelse],
        While(x) => vec![&mut x.body, &mut x.orelse],
        For(x) => vec![&mut x.body, &mut x.orelse],
        AsyncFor(x) => vec![&mut x.body, &mut x.orelse],
        With(x) => vec![&mut x.body],
        AsyncWith(x) => vec![&mut x.body],
        Try(t) => handlers(&mut t.body, &mut t.handlers, &mut t.orelse, &mut t.finalbody),
        TryStar(t) => handlers(&mut t.body, &mut t.handlers, &mut t.orelse, &mut t.finalbody),
        Match(m) => m.cases.iter_mut().map(|c| &mut c.body).collect(),
        _ => vec![],
    }
}

/// The names a module's top level binds, in the order a run first binds them (CPython's order
/// of its globals, as `globals()` and a module's `__dict__` give them): statement by statement,
/// a test or an iterable (its walrus) before the block, targets left to right, into the blocks
/// of compound statements. (A name deleted and bound again keeps its first place, where
/// CPython's moves to the end.)
pub fn binding_order(body: &[ast::Stmt]) -> Vec<String> {
    fn note(s: &mut Scan, order: &mut Vec<String>, seen: &mut BTreeSet<String>) {
        for n in std::mem::take(&mut s.bound) {
            if seen.insert(n.clone()) {
                order.push(n);
            }
        }
    }
    /// A target's names left to right (`q, p = …` binds q first).
    fn in_order(t: &ast::Expr, order: &mut Vec<String>, seen: &mut BTreeSet<String>) {
        match t {
            ast::Expr::Name(n) if seen.insert(n.id.to_string()) => order.push(n.id.to_string()),
            ast::Expr::Tuple(x) => x.elts.iter().for_each(|e| in_order(e, order, seen)),
            ast::Expr::List(x) => x.elts.iter().for_each(|e| in_order(e, order, seen)),
            ast::Expr::Starred(x) => in_order(&x.value, order, seen),
            _ => {}
        }
    }
    fn walk(body: &[ast::Stmt], s: &mut Scan, order: &mut Vec<String>, seen: &mut BTreeSet<String>) {
        for stmt in body {
            match stmt {
                ast::Stmt::If(i) => {
                    s.expr(&i.test);
                    note(s, order, seen);
                    walk(&i.body, s, order, seen);
                    walk(&i.orelse, s, order, seen);
                }
                ast::Stmt::While(w) => {
                    s.expr(&w.test);
                    note(s, order, seen);
                    walk(&w.body, s, order, seen);
                    walk(&w.orelse, s, order, seen);
                }
                ast::Stmt::For(f) => {
                    s.expr(&f.iter);
                    note(s, order, seen);
                    in_order(&f.target, order, seen);
                    walk(&f.body, s, order, seen);
                    walk(&f.orelse, s, order, seen);
                }
                ast::Stmt::With(w) => {
                    for item in &w.items {
                        s.expr(&item.context_expr);
                        note(s, order, seen);
                        if let Some(v) = &item.optional_vars {
                            in_order(v, order, seen);
                        }
                    }
                    walk(&w.body, s, order, seen);
                }
                ast::Stmt::Assign(a) => {
                    s.expr(&a.value);
                    note(s, order, seen);
                    a.targets.iter().for_each(|t| in_order(t, order, seen));
                }
                ast::Stmt::Import(i) => {
                    for a in &i.names {
                        let name = match &a.asname {
                            Some(n) => n.to_string(),
                            None => a.name.split('.').next().unwrap_or("").to_string(),
                        };
                        if seen.insert(name.clone()) {
                            order.push(name);
                        }
                    }
                }
                ast::Stmt::ImportFrom(i) => {
                    for a in &i.names {
                        let name = a.asname.as_ref().unwrap_or(&a.name).to_string();
                        if seen.insert(name.clone()) {
                            order.push(name);
                        }
                    }
                }
                ast::Stmt::Try(t) => {
                    walk(&t.body, s, order, seen);
                    for h in &t.handlers {
                        let ast::ExceptHandler::ExceptHandler(h) = h;
                        walk(&h.body, s, order, seen);
                    }
                    walk(&t.orelse, s, order, seen);
                    walk(&t.finalbody, s, order, seen);
                }
                _ => {}
            }
            // The statement as a whole: a simple one, and whatever the blocks above left
            // (an `except … as` name, a walrus in a test).
            s.stmt(stmt);
            note(s, order, seen);
        }
    }
    let mut order = Vec::new();
    walk(body, &mut Scan::default(), &mut order, &mut BTreeSet::new());
    order
}

/// How many top-level statements of `body` bind each name (a def bound once is never rebound,
/// so its calls can be direct). One pass over the body, whatever the number of names asked.
pub fn binding_counts(body: &[ast::Stmt]) -> HashMap<String, usize> {
    let mut s = Scan::default();
    let mut counts = HashMap::new();
    for stmt in body {
        s.bound.clear();
        s.stmt(stmt);
        for name in &s.bound {
            *counts.entry(name.clone()).or_insert(0) += 1;
        }
    }
    counts
}

/// How a body (outside nested functions) reads its names.
pub struct NameReads {
    /// How many places read each name.
    pub counts: HashMap<String, usize>,
    /// The names read as an operand of an arithmetic operator or a comparison.
    pub operands: BTreeSet<String>,
}

pub fn name_reads(body: &[&ast::Stmt]) -> NameReads {
    let mut s = Scan::default();
    body.iter().for_each(|st| s.stmt(st));
    NameReads { counts: s.reads, operands: s.operands }
}

/// The names `:=` binds inside the generator expression `e` (not inside its lambdas): they
/// belong to the function around it.
pub fn walrus_targets(e: &ast::ExprGeneratorExp) -> BTreeSet<String> {
    let mut s = Scan::default();
    s.expr(&ast::Expr::GeneratorExp(e.clone()));
    s.walrus
}

/// The names lambdas inside `e` capture from around them (for comprehension variables that
/// must then live in cells).
pub fn lambda_captures(e: &ast::Expr) -> BTreeSet<String> {
    let mut s = Scan::default();
    s.expr(e);
    s.inner_free
}

/// Whether what statement `s` runs in its own scope (not a def's body) holds a lambda or a
/// comprehension.
pub fn makes_scope(s: &ast::Stmt) -> bool {
    let mut scan = Scan::default();
    scan.stmt(s);
    scan.scopes
}

/// The names a body binds directly (assignments, loop targets, imports, `except … as`,
/// `with … as`, defs and classes), less those it declares global or nonlocal.
pub fn bound_in(body: &[ast::Stmt]) -> BTreeSet<String> {
    bound_and_global(body).0
}

/// [`bound_in`], and the names the body declares global (not inside nested functions).
pub fn bound_and_global(body: &[ast::Stmt]) -> (BTreeSet<String>, BTreeSet<String>) {
    let mut s = Scan::default();
    s.body(body);
    let bound = s.bound.into_iter().filter(|n| !s.globals.contains(n) && !s.nonlocals.contains(n)).collect();
    (bound, s.globals)
}

/// Whether a decorator is one of MicroPython's code-emitter directives (`@micropython.native`,
/// `@micropython.viper`, `@micropython.bytecode`): MicroPython's compiler reads these by name,
/// even where `micropython` is not imported, and no object is called. mpyc chooses the
/// function's emitter by them (`lower::emitter`), with Python's semantics either way.
pub fn is_emitter_directive(decorator: &ast::Expr) -> bool {
    matches!(decorator, ast::Expr::Attribute(a)
        if matches!(&*a.value, ast::Expr::Name(n) if n.id.as_str() == "micropython")
            && matches!(a.attr.as_str(), "native" | "viper" | "bytecode"))
}

/// The decorators of a `def` that run: all but the emitter directives.
pub fn run_decorators(list: &[ast::Expr]) -> impl Iterator<Item = &ast::Expr> {
    list.iter().filter(|d| !is_emitter_directive(d))
}

/// Where the first of a module's top-level statements that might run the program's own code
/// starts (None when none might): before it come only `def`s and classes whose making runs
/// nothing of the program's (no decorators, constant defaults and annotations, built-in
/// bases), imports of built-in modules, and assignments of constants to names. No function of
/// the module can have been called before that point, so a top-level `def` above it has run
/// by the time any function body runs. `builtin_module` tells the runtime's modules, `bound`
/// the names the module binds (a built-in base's name must not be rebound).
pub fn quiet_prefix_end(
    body: &[ast::Stmt],
    builtin_module: &dyn Fn(&str) -> bool,
    builtin: &dyn Fn(&str) -> bool,
    bound: &dyn Fn(&str) -> bool,
) -> Option<rustpython_parser::text_size::TextSize> {
    let quiet = Quiet { builtin_module, builtin, bound };
    body.iter().find(|s| !quiet.stmt(s)).map(|s| s.range().start())
}

struct Quiet<'a> {
    builtin_module: &'a dyn Fn(&str) -> bool,
    builtin: &'a dyn Fn(&str) -> bool,
    bound: &'a dyn Fn(&str) -> bool,
}

impl Quiet<'_> {
    fn stmt(&self, s: &ast::Stmt) -> bool {
        use ast::Stmt;
        match s {
            Stmt::Expr(e) => matches!(&*e.value, ast::Expr::Constant(_)),
            Stmt::Pass(_) | Stmt::Global(_) | Stmt::Nonlocal(_) => true,
            Stmt::Import(i) => i.names.iter().all(|a| (self.builtin_module)(a.name.as_str())),
            Stmt::ImportFrom(i) => {
                i.level.is_none_or(|l| l.to_u32() == 0) && i.module.as_ref().is_some_and(|m| (self.builtin_module)(m.as_str()))
            }
            Stmt::Assign(a) => a.targets.iter().all(names_only) && self.expr(&a.value),
            Stmt::AnnAssign(a) => {
                matches!(&*a.target, ast::Expr::Name(_))
                    && self.expr(&a.annotation)
                    && a.value.as_deref().is_none_or(|v| self.expr(v))
            }
            Stmt::FunctionDef(d) => self.def(&d.decorator_list, &d.args, d.returns.as_deref()),
            Stmt::AsyncFunctionDef(d) => self.def(&d.decorator_list, &d.args, d.returns.as_deref()),
            Stmt::ClassDef(c) => {
                c.decorator_list.is_empty()
                    && c.keywords.is_empty()
                    && c.bases.iter().all(|b| {
                        matches!(b, ast::Expr::Name(n) if (self.builtin)(n.id.as_str()) && !(self.bound)(n.id.as_str()))
                    })
                    && c.body.iter().all(|s| self.stmt(s))
            }
            _ => false,
        }
    }

    fn def(&self, decorators: &[ast::Expr], a: &ast::Arguments, returns: Option<&ast::Expr>) -> bool {
        let arg = |p: &ast::Arg| p.annotation.as_deref().is_none_or(|e| self.expr(e));
        run_decorators(decorators).next().is_none()
            && returns.is_none_or(|e| self.expr(e))
            && a.posonlyargs
                .iter()
                .chain(&a.args)
                .chain(&a.kwonlyargs)
                .all(|p| arg(&p.def) && p.default.as_deref().is_none_or(|e| self.expr(e)))
            && a.vararg.as_deref().is_none_or(arg)
            && a.kwarg.as_deref().is_none_or(arg)
    }

    /// Whether evaluating `e` runs none of the program's code.
    fn expr(&self, e: &ast::Expr) -> bool {
        use ast::Expr;
        match e {
            Expr::Constant(_) | Expr::Name(_) => true,
            Expr::Tuple(t) => t.elts.iter().all(|e| self.expr(e)),
            Expr::List(l) => l.elts.iter().all(|e| self.expr(e)),
            Expr::UnaryOp(u) => matches!(&*u.operand, Expr::Constant(_)),
            // `range(1, 6)` of constants (pystone's enumeration).
            Expr::Call(c) => {
                matches!(&*c.func, Expr::Name(n) if n.id.as_str() == "range" && !(self.bound)("range"))
                    && c.keywords.is_empty()
                    && c.args.iter().all(|a| matches!(a, Expr::Constant(_)))
            }
            _ => false,
        }
    }
}

/// Whether an assignment target is a name or a tuple or list of names (storing runs no code).
fn names_only(t: &ast::Expr) -> bool {
    match t {
        ast::Expr::Name(_) => true,
        ast::Expr::Tuple(t) => t.elts.iter().all(names_only),
        ast::Expr::List(l) => l.elts.iter().all(names_only),
        _ => false,
    }
}
