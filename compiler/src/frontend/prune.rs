//! Tree shaking of mpyc's library modules (`runtime/lib/`) for a firmware: a function or class
//! of a library module's top level, or a method of one of its classes, that no code which
//! stays in the program names is compiled as a stub, which raises NotImplementedError saying
//! so. Library modules are compiled whole and natively with the program, so this is most of
//! what `import typing` or `import re` costs.
//!
//! "Names" is what the linker's pruning of built-in methods means by it: an identifier or a
//! word of a string anywhere in the program's own modules, or in what is kept of the library
//! (repeated until nothing more is kept), plus the methods the runtime and the compiler's
//! expansions call by name. A name computed at run time (`getattr(m, "su" + "b")`) reaches
//! the stub; `--keep-methods` keeps everything.

use super::loader::Loaded;
use rustpython_parser::ast::{self, Ranged};
use rustpython_parser::text_size::{TextRange, TextSize};
use std::collections::BTreeSet;

/// Methods the runtime or the compiler's expansions call by name on an object of any class:
/// `dict(m)` and `**m` call `keys`, a `match` mapping pattern `items`, `yield from` and the
/// generator protocol `send`, `throw` and `close`, `print(file=f)` `write` and `flush`.
const IMPLICIT: &[&str] = &["close", "flush", "items", "keys", "send", "throw", "write"];

/// Library modules kept whole: those the compiler's own expansions call into, by names
/// no source spells (`async for`, `except*`, the examples of docstrings; `match`'s name
/// theirs in `Module::implicit`).
const WHOLE: &[&str] = &["_asyncgen", "_exceptgroup", "doctest"];

/// The global the stubs of a module are bound to (a name no program can spell).
const STUB: &str = "left.out";

/// The library module `name` of the program, when it is one (its file is `<mpyc>/lib/…`).
fn is_library(m: &Loaded) -> bool {
    m.module.source.file.starts_with("<mpyc>/lib/") && !WHOLE.contains(&m.name.as_str())
}

/// A top-level function or class that may be left out, with the methods of a class that may.
struct Candidate {
    name: String,
    range: TextRange,
    /// Its index in the module's body.
    at: usize,
    kept: bool,
    methods: Vec<Method>,
    /// What its code names, outside those methods.
    names: BTreeSet<String>,
}

struct Method {
    name: String,
    range: TextRange,
    at: usize,
    kept: bool,
    names: BTreeSet<String>,
}

/// Whether `name` is one the runtime may call without the program spelling it.
fn special(name: &str) -> bool {
    (name.starts_with("__") && name.ends_with("__")) || IMPLICIT.contains(&name)
}

/// A def or class (when `class` allows) that carries no decorator with an effect of its own.
fn prunable(s: &ast::Stmt, method: bool) -> Option<&str> {
    let (name, decorators) = match s {
        ast::Stmt::FunctionDef(d) => (d.name.as_str(), &d.decorator_list),
        ast::Stmt::AsyncFunctionDef(d) => (d.name.as_str(), &d.decorator_list),
        ast::Stmt::ClassDef(c) if !method => (c.name.as_str(), &c.decorator_list),
        _ => return None,
    };
    let plain = decorators
        .iter()
        .all(|d| method && matches!(d, ast::Expr::Name(n) if matches!(n.id.as_str(), "staticmethod" | "classmethod")));
    (plain && !special(name)).then_some(name)
}

/// The candidates of a module's body: its functions and classes, and its names bound once to
/// a value whose making has no effect but the value (`Any = _Special("Any")`).
fn candidates(body: &[ast::Stmt]) -> Vec<Candidate> {
    let classes: BTreeSet<&str> = body
        .iter()
        .filter_map(|s| match s {
            ast::Stmt::ClassDef(c) if inert(c) => Some(c.name.as_str()),
            _ => None,
        })
        .collect();
    let mut out = Vec::new();
    for (at, s) in body.iter().enumerate() {
        let name = match s {
            ast::Stmt::Assign(a) => match &a.targets[..] {
                [ast::Expr::Name(n)] if !special(n.id.as_str()) && pure(&a.value, &classes) => n.id.as_str(),
                _ => continue,
            },
            _ => match prunable(s, false) {
                Some(name) => name,
                None => continue,
            },
        };
        let mut methods = Vec::new();
        if let ast::Stmt::ClassDef(c) = s {
            for (at, m) in c.body.iter().enumerate() {
                if let Some(name) = prunable(m, true) {
                    methods.push(Method {
                        name: name.to_string(),
                        range: m.range(),
                        at,
                        kept: false,
                        names: BTreeSet::new(),
                    });
                }
            }
        }
        out.push(Candidate {
            name: name.to_string(),
            range: s.range(),
            at,
            kept: false,
            methods,
            names: BTreeSet::new(),
        });
    }
    out
}

/// Whether making an instance of class `c` does nothing but make it: no bases, keywords or
/// decorators (no metaclass, no base's `__init_subclass__` or `__init__`), no `__new__`, and an
/// `__init__`, if any, that only stores its parameters and constants in `self`.
fn inert(c: &ast::StmtClassDef) -> bool {
    if !c.bases.is_empty() || !c.keywords.is_empty() || !c.decorator_list.is_empty() {
        return false;
    }
    c.body.iter().all(|s| match s {
        ast::Stmt::FunctionDef(d) if d.name.as_str() == "__new__" => false,
        ast::Stmt::FunctionDef(d) if d.name.as_str() == "__init__" => d.body.iter().all(|s| match s {
            ast::Stmt::Pass(_) => true,
            ast::Stmt::Expr(e) => matches!(&*e.value, ast::Expr::Constant(_)),
            ast::Stmt::Assign(a) => {
                matches!(&*a.value, ast::Expr::Name(_) | ast::Expr::Constant(_))
                    && a.targets.iter().all(
                        |t| matches!(t, ast::Expr::Attribute(at) if matches!(&*at.value, ast::Expr::Name(n) if n.id.as_str() == "self")),
                    )
            }
            _ => false,
        }),
        _ => true,
    })
}

/// Whether making `e`'s value does nothing else: constants, names, a module's or class's
/// attribute, a lambda without default values, containers of those, and an instance of one
/// of the module's [`inert`] `classes`.
fn pure(e: &ast::Expr, classes: &BTreeSet<&str>) -> bool {
    match e {
        ast::Expr::Constant(_) | ast::Expr::Name(_) => true,
        ast::Expr::Lambda(l) => {
            let a = &l.args;
            a.posonlyargs.iter().chain(&a.args).chain(&a.kwonlyargs).all(|p| p.default.is_none())
        }
        ast::Expr::Attribute(a) => matches!(&*a.value, ast::Expr::Name(_)),
        ast::Expr::Tuple(t) => t.elts.iter().all(|e| pure(e, classes)),
        ast::Expr::List(l) => l.elts.iter().all(|e| pure(e, classes)),
        ast::Expr::Call(c) => {
            matches!(&*c.func, ast::Expr::Name(n) if classes.contains(n.id.as_str()))
                && c.args.iter().all(|e| pure(e, classes))
                && c.keywords.iter().all(|k| pure(&k.value, classes))
        }
        _ => false,
    }
}

/// Each operator the runtime gates code behind: as spelt (in an f-string's fields), the gate
/// key it mentions, and its methods' names, which mention the key too.
const OPERATOR_KEYS: [(&str, &str, [&str; 3]); 4] = [
    // (A negative float to a fractional power is complex; an int to a negative one a float.)
    ("**", "pow", ["__pow__", "__rpow__", "__ipow__"]),
    // (Ints divided make floats.)
    ("/", "truediv", ["__truediv__", "__rtruediv__", "__itruediv__"]),
    // (`%` formatting.)
    ("%", "mod", ["__mod__", "__rmod__", "__imod__"]),
    // (Dicts merged.)
    ("|", "bitor", ["__or__", "__ror__", "__ior__"]),
];

/// The names of `text`'s tokens: identifiers, and the identifier-like words of strings,
/// each with where it is.
///
/// An operator also mentions the key of the runtime's gate to what only that operator reaches
/// ([`OPERATOR_KEYS`]), as do its methods' names: as operators and names, inside f-strings
/// (whose fields are one string token here), and as words of strings.
///
/// A `%` inside one of the spans of `numeric` (between a left operand that is a number for
/// sure and its right operand: `numbers::numeric_percents`) cannot format, and mentions no key.
pub(crate) fn tokens(text: &str, numeric: &[(TextSize, TextSize)], mut each: impl FnMut(TextSize, String)) {
    tokens_in_roles(text, numeric, |at, name, _| each(at, name))
}

/// What a token of [`tokens`] is.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Role {
    /// An identifier that reads or binds a variable (or a keyword argument's name).
    Variable,
    /// The name a `def` or `class` statement binds.
    Defined,
    /// Anything else: an attribute's name, a word of a string, an operator's key.
    Other,
}

/// [`tokens`], with each token's [`Role`].
fn tokens_in_roles(text: &str, numeric: &[(TextSize, TextSize)], mut each: impl FnMut(TextSize, String, Role)) {
    use rustpython_parser::Tok;
    let key = |word: &str| OPERATOR_KEYS.iter().find(|(_, _, methods)| methods.contains(&word)).map(|o| o.1);
    let mut before = Tok::Newline;
    for (tok, range) in rustpython_parser::lexer::lex(text, rustpython_parser::Mode::Module).flatten() {
        let role = match (&tok, &before) {
            (Tok::Name { .. }, Tok::Dot) => Role::Other,
            (Tok::Name { .. }, Tok::Def | Tok::Class) => Role::Defined,
            (Tok::Name { .. }, _) => Role::Variable,
            _ => Role::Other,
        };
        let mut say = |word: String| {
            if let Some(k) = key(&word) {
                each(range.start(), k.to_string(), Role::Other);
            }
            each(range.start(), word, role)
        };
        match &tok {
            Tok::DoubleStar | Tok::DoubleStarEqual => say("pow".to_string()),
            Tok::Slash | Tok::SlashEqual => say("truediv".to_string()),
            Tok::Percent | Tok::PercentEqual
                if !numeric.iter().any(|&(from, to)| from <= range.start() && range.end() <= to) =>
            {
                say("mod".to_string())
            }
            Tok::Vbar | Tok::VbarEqual => say("bitor".to_string()),
            Tok::Name { name } => say(name.clone()),
            Tok::String { value, kind, .. } => {
                if kind.is_any_fstring() {
                    for (op, k, _) in OPERATOR_KEYS {
                        if value.contains(op) {
                            say(k.to_string());
                        }
                    }
                }
                for word in value.split(|c: char| !(c.is_alphanumeric() || c == '_')).filter(|w| !w.is_empty()) {
                    say(word.to_string());
                }
            }
            _ => {}
        }
        before = tok;
    }
}

/// The local variables of a library module's functions: a spelling that reads or binds one
/// names nothing of the module's top level, nor a method (`wait = 0.01` in one function keeps
/// no function `wait`). A function's locals are its parameters and the names its body binds,
/// less those it declares global and those it imports (an imported name is the library's).
#[derive(Default)]
struct Locals {
    /// Each function's body (from its first statement to its end), its locals and the names
    /// it declares global.
    functions: Vec<(TextRange, BTreeSet<String>, BTreeSet<String>)>,
    /// Where each parameter is spelt in a `def`.
    params: BTreeSet<TextSize>,
}

impl Locals {
    fn of(body: &[ast::Stmt]) -> Locals {
        let mut out = Locals::default();
        out.add(body);
        // (Innermost first: a function's body is inside the bodies of those around it.)
        out.functions.sort_by_key(|(r, _, _)| r.len());
        out
    }

    fn add(&mut self, body: &[ast::Stmt]) {
        for s in body {
            let def = match s {
                ast::Stmt::FunctionDef(d) => Some((&d.args, &d.body, d.range)),
                ast::Stmt::AsyncFunctionDef(d) => Some((&d.args, &d.body, d.range)),
                _ => None,
            };
            if let Some((args, body, range)) = def {
                let (mut locals, globals) = super::scope::bound_and_global(body);
                for a in args.posonlyargs.iter().chain(&args.args).chain(&args.kwonlyargs) {
                    self.params.insert(a.def.range.start());
                    locals.insert(a.def.arg.to_string());
                }
                for a in args.vararg.iter().chain(&args.kwarg) {
                    self.params.insert(a.range.start());
                    locals.insert(a.arg.to_string());
                }
                imported(body, &mut |name| {
                    locals.remove(name);
                });
                // (The body starts at its first statement of the source: the rewritings before
                // may put one of their own first, with no place or the `def`'s.)
                if let Some(first) = body.iter().map(|s| s.start()).find(|&at| at > range.start()) {
                    self.functions.push((TextRange::new(first, range.end().max(first)), locals, globals));
                }
            }
            for block in super::scope::nested_blocks(s) {
                self.add(block);
            }
        }
    }

    /// Whether the token `name` at `at` in the role `role` names something: not where a `def`
    /// or `class` binds it, nor where it is a local variable.
    fn mentions(&self, at: TextSize, name: &str, role: Role) -> bool {
        match role {
            Role::Defined => false,
            Role::Variable => !self.params.contains(&at) && !self.local(at, name),
            Role::Other => true,
        }
    }

    /// Whether `name` spelt at `at` is a local variable of a function around it.
    fn local(&self, at: TextSize, name: &str) -> bool {
        for (_, locals, globals) in self.functions.iter().filter(|(r, _, _)| r.contains(at)) {
            if globals.contains(name) {
                return false;
            }
            if locals.contains(name) {
                return true;
            }
        }
        false
    }
}

/// Each name the imports of `body` bind (not inside nested functions).
fn imported(body: &[ast::Stmt], each: &mut dyn FnMut(&str)) {
    for s in body {
        match s {
            ast::Stmt::Import(i) => {
                for a in &i.names {
                    let bound = a.asname.as_ref().unwrap_or(&a.name);
                    each(bound.split('.').next().unwrap_or(bound));
                }
            }
            ast::Stmt::ImportFrom(i) => {
                for a in &i.names {
                    each(a.asname.as_ref().unwrap_or(&a.name));
                }
            }
            ast::Stmt::FunctionDef(_) | ast::Stmt::AsyncFunctionDef(_) | ast::Stmt::ClassDef(_) => {}
            _ => {
                for block in super::scope::nested_blocks(s) {
                    imported(block, each);
                }
            }
        }
    }
}

/// Leaves out of the library modules in `modules` what nothing kept names (see the module's
/// comment), and records in each library module the names its kept code mentions. Returns how
/// many functions, classes, methods and values were left out.
pub fn library(modules: &mut [Loaded]) -> usize {
    let mut mentioned: BTreeSet<String> = IMPLICIT.iter().map(|s| s.to_string()).collect();
    let mut all = Vec::new();
    // (Each of the program's own modules' names, kept for the linker: see `Module::mentioned`.)
    let mut own = Vec::new();
    // (What the program's own modules do to each other's globals, for `%`'s proofs.)
    let mut outside = super::numbers::Outside::default();
    for m in modules.iter().filter(|m| !is_library(m)) {
        outside.add(&m.module.body);
    }
    for m in modules.iter() {
        let numeric = super::numbers::numeric_percents(&m.module.body, &outside);
        if !is_library(m) {
            let mut names = BTreeSet::new();
            tokens(&m.module.source.text, &numeric, |_, name| {
                names.insert(name);
            });
            names.extend(m.module.implicit.iter().cloned());
            mentioned.extend(names.iter().cloned());
            own.push(Some(names));
            all.push(Vec::new());
            continue;
        }
        own.push(None);
        let mut cands = candidates(&m.module.body);
        let locals = Locals::of(&m.module.body);
        tokens_in_roles(&m.module.source.text, &numeric, |at, name, role| {
            if !locals.mentions(at, &name, role) {
                return;
            }
            let Some(c) = cands.iter_mut().find(|c| c.range.contains(at)) else {
                mentioned.insert(name);
                return;
            };
            match c.methods.iter_mut().find(|m| m.range.contains(at)) {
                Some(m) => m.names.insert(name),
                None => c.names.insert(name),
            };
        });
        all.push(cands);
    }
    // Keep what is named, then what that names, until nothing more is.
    loop {
        let mut more = Vec::new();
        for c in all.iter_mut().flatten() {
            if !c.kept && mentioned.contains(&c.name) {
                c.kept = true;
                more.extend(std::mem::take(&mut c.names));
            }
            if c.kept {
                for m in &mut c.methods {
                    if !m.kept && mentioned.contains(&m.name) {
                        m.kept = true;
                        more.extend(std::mem::take(&mut m.names));
                    }
                }
            }
        }
        if more.is_empty() {
            break;
        }
        mentioned.extend(more);
    }
    let report = std::env::var_os("MPYC_PRUNE_REPORT").is_some();
    let mut left_out = 0;
    for ((m, cands), own) in modules.iter_mut().zip(all).zip(own) {
        if own.is_some() {
            m.module.mentioned = own;
            continue;
        }
        if report {
            let kept = |c: &Candidate| {
                let methods: Vec<&str> = c.methods.iter().filter(|m| m.kept).map(|m| m.name.as_str()).collect();
                format!("{}({})", c.name, methods.join(" "))
            };
            let (k, left): (Vec<&Candidate>, Vec<&Candidate>) = cands.iter().partition(|c| c.kept);
            eprintln!("{}: kept {}", m.name, k.iter().map(|c| kept(c)).collect::<Vec<_>>().join(", "));
            eprintln!("{}: left out {}", m.name, left.iter().map(|c| c.name.as_str()).collect::<Vec<_>>().join(" "));
        }
        let before = left_out;
        for c in &cands {
            if !c.kept {
                m.module.body[c.at] = stub_binding(&c.name, c.range);
                left_out += 1;
                continue;
            }
            for meth in c.methods.iter().filter(|meth| !meth.kept) {
                if let ast::Stmt::ClassDef(class) = &mut m.module.body[c.at] {
                    class.body[meth.at] = stub_binding(&meth.name, meth.range);
                    left_out += 1;
                }
            }
        }
        if left_out > before {
            let at = m.module.body.iter().take_while(|s| is_docstring_or_future(s)).count();
            m.module.body.insert(at, stub_def(&m.name));
        }
        m.module.mentioned = Some(mentioned.clone());
    }
    left_out
}

/// A module's docstring or a `from __future__` import, which must stay first.
fn is_docstring_or_future(s: &ast::Stmt) -> bool {
    match s {
        ast::Stmt::Expr(e) => matches!(&*e.value, ast::Expr::Constant(k) if matches!(k.value, ast::Constant::Str(_))),
        ast::Stmt::ImportFrom(i) => i.module.as_ref().is_some_and(|m| m.as_str() == "__future__"),
        _ => false,
    }
}

/// `name = left.out`, at the place of the def or class it stands for.
fn stub_binding(name: &str, range: TextRange) -> ast::Stmt {
    let var = |id: &str, ctx| ast::Expr::Name(ast::ExprName { range, id: ast::Identifier::new(id), ctx });
    ast::Stmt::Assign(ast::StmtAssign {
        range,
        targets: vec![var(name, ast::ExprContext::Store)],
        value: Box::new(var(STUB, ast::ExprContext::Load)),
        type_comment: None,
    })
}

/// `def left.out(*args, **kwargs): raise NotImplementedError("…")`: the stub of `module`.
fn stub_def(module: &str) -> ast::Stmt {
    let range = TextRange::default();
    let message = format!(
        "this part of the library module '{module}' was left out of the firmware: the program names it only \
         at run time (name it in the source, or build with --keep-methods)"
    );
    let exc = ast::Expr::Call(ast::ExprCall {
        range,
        func: Box::new(ast::Expr::Name(ast::ExprName {
            range,
            id: ast::Identifier::new("NotImplementedError"),
            ctx: ast::ExprContext::Load,
        })),
        args: vec![ast::Expr::Constant(ast::ExprConstant { range, value: ast::Constant::Str(message), kind: None })],
        keywords: vec![],
    });
    let arg = |name: &str| {
        Box::new(ast::Arg {
            range: Default::default(),
            arg: ast::Identifier::new(name),
            annotation: None,
            type_comment: None,
        })
    };
    ast::Stmt::FunctionDef(ast::StmtFunctionDef {
        range,
        name: ast::Identifier::new(STUB),
        args: Box::new(ast::Arguments {
            range: Default::default(),
            posonlyargs: vec![],
            args: vec![],
            vararg: Some(arg("args")),
            kwonlyargs: vec![],
            kwarg: Some(arg("kwargs")),
        }),
        body: vec![ast::Stmt::Raise(ast::StmtRaise { range, exc: Some(Box::new(exc)), cause: None })],
        decorator_list: vec![],
        returns: None,
        type_comment: None,
        type_params: vec![],
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What a library module's tokens name (as `library` counts them), each name once.
    fn named(source: &str) -> BTreeSet<String> {
        let body = rustpython_parser::parse(source, rustpython_parser::Mode::Module, "<test>").expect("parses");
        let rustpython_parser::ast::Mod::Module(m) = body else { panic!("a module") };
        let locals = Locals::of(&m.body);
        let mut out = BTreeSet::new();
        tokens_in_roles(source, &[], |at, name, role| {
            if locals.mentions(at, &name, role) {
                out.insert(name);
            }
        });
        out
    }

    #[test]
    fn local_variables_name_nothing() {
        let source = "\
def wait(fs, *, deadline=None):
    pass

def run_once(self, *args, **kw):
    wait = 0.01
    global g
    g = 1
    from heapq import heappush
    heappush([], wait)
    inner = lambda: when
    return self.wait(timeout=default)

def outer(step):
    def inner():
        return step + later
    return inner

class C:
    def when(self, when):
        return when
";
        let names = named(source);
        // A function's parameters and variables, and what `def`/`class` bind, are no mention.
        for local in ["fs", "deadline", "args", "kw", "step", "inner", "self", "C", "outer", "run_once"] {
            assert!(!names.contains(local), "{local} in {names:?}");
        }
        // An attribute, a global (declared or read), an imported name, a free name of a nested
        // function or a lambda, a default, and a keyword argument's name are.
        for name in ["wait", "g", "heappush", "heapq", "later", "when", "default", "timeout"] {
            assert!(names.contains(name), "{name} not in {names:?}");
        }
    }
}
