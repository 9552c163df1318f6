//! A `for` loop over the generator it made itself — a call of one of the module's generator
//! functions — closes that generator when the loop is left early (`break`, `return`, an
//! exception), as CPython does when the loop lets go of its only reference: the generator's
//! `finally` blocks and `with` exits run then, where a collector would never run them (and its
//! stack goes back to the pool at once). `for x in gen(a): body` becomes
//!
//! ```text
//! for.N.generator = gen(a)
//! try:
//!     for x in for.N.generator: body
//! finally:
//!     try: for.N.generator.close()
//!     except: pass
//! ```
//!
//! (A generator that has ended is not closed again: `close` does nothing then. What `close`
//! raises, CPython reports as "Exception ignored" on stderr and goes on; so does this, silently.)
//! Only calls whose callee is known are rewritten: a module-level `def` that contains `yield`,
//! has no decorator, is the name's only binding, is declared `global` nowhere, and is not
//! shadowed by a name of a scope around the loop. Any other iterable may be shared, and closing
//! it would be wrong.

use super::{assign, attribute, call, expr_stmt, name};
use crate::frontend::scope;
use rustpython_parser::ast::{self, Ranged};
use std::collections::BTreeSet;

/// Rewrites the loops of a module's `body` over its own generator functions' calls.
pub fn rewrite(body: &mut Vec<ast::Stmt>) {
    let generators = generator_functions(body);
    if generators.is_empty() {
        return;
    }
    let mut count = 0;
    stmts(body, &generators, &BTreeSet::new(), &mut count);
}

/// The module's generator functions whose name always means them.
fn generator_functions(body: &[ast::Stmt]) -> BTreeSet<String> {
    let counts = scope::binding_counts(body);
    let (_, declared_global) = scope::module_names(body);
    body.iter()
        .filter_map(|s| match s {
            ast::Stmt::FunctionDef(d)
                if d.decorator_list.is_empty()
                    && counts.get(d.name.as_str()) == Some(&1)
                    && !declared_global.contains(d.name.as_str())
                    && scope::analyze(&d.args, &d.body, &BTreeSet::new()).generator =>
            {
                Some(d.name.to_string())
            }
            _ => None,
        })
        .collect()
}

/// Every name a function's parameters bind.
fn params(a: &ast::Arguments) -> impl Iterator<Item = String> + '_ {
    a.posonlyargs
        .iter()
        .chain(&a.args)
        .chain(&a.kwonlyargs)
        .map(|p| p.def.arg.to_string())
        .chain(a.vararg.iter().chain(&a.kwarg).map(|p| p.arg.to_string()))
}

/// `shadow` and what a scope binds (its body's names, its parameters).
fn inner_scope(shadow: &BTreeSet<String>, body: &[ast::Stmt], args: Option<&ast::Arguments>) -> BTreeSet<String> {
    let mut names = shadow.clone();
    names.extend(scope::bound_in(body));
    if let Some(a) = args {
        names.extend(params(a));
    }
    names
}

/// Rewrites the loops in `body`, whose scope (with those around it) binds the names of
/// `shadow`. (Not a class body's own loops: the held generator would be a class attribute.)
fn stmts(body: &mut Vec<ast::Stmt>, generators: &BTreeSet<String>, shadow: &BTreeSet<String>, count: &mut usize) {
    stmts_in(body, generators, shadow, count, true);
}

fn stmts_in(
    body: &mut Vec<ast::Stmt>,
    generators: &BTreeSet<String>,
    shadow: &BTreeSet<String>,
    count: &mut usize,
    here: bool,
) {
    use ast::Stmt::*;
    let stmts = |b: &mut Vec<ast::Stmt>, g: &BTreeSet<String>, s: &BTreeSet<String>, c: &mut usize| {
        stmts_in(b, g, s, c, here)
    };
    for s in std::mem::take(body) {
        match s {
            For(mut f) => {
                stmts(&mut f.body, generators, shadow, count);
                stmts(&mut f.orelse, generators, shadow, count);
                let fresh = matches!(&*f.iter, ast::Expr::Call(c) if matches!(&*c.func,
                    ast::Expr::Name(n) if generators.contains(n.id.as_str()) && !shadow.contains(n.id.as_str())));
                if fresh && here {
                    *count += 1;
                    body.extend(closing(f, *count));
                } else {
                    body.push(For(f));
                }
            }
            FunctionDef(mut d) => {
                let inner = inner_scope(shadow, &d.body, Some(&d.args));
                stmts_in(&mut d.body, generators, &inner, count, true);
                body.push(FunctionDef(d));
            }
            AsyncFunctionDef(mut d) => {
                let inner = inner_scope(shadow, &d.body, Some(&d.args));
                stmts_in(&mut d.body, generators, &inner, count, true);
                body.push(AsyncFunctionDef(d));
            }
            ClassDef(mut c) => {
                let inner = inner_scope(shadow, &c.body, None);
                stmts_in(&mut c.body, generators, &inner, count, false);
                body.push(ClassDef(c));
            }
            If(mut i) => {
                stmts(&mut i.body, generators, shadow, count);
                stmts(&mut i.orelse, generators, shadow, count);
                body.push(If(i));
            }
            While(mut w) => {
                stmts(&mut w.body, generators, shadow, count);
                stmts(&mut w.orelse, generators, shadow, count);
                body.push(While(w));
            }
            With(mut w) => {
                stmts(&mut w.body, generators, shadow, count);
                body.push(With(w));
            }
            AsyncWith(mut w) => {
                stmts(&mut w.body, generators, shadow, count);
                body.push(AsyncWith(w));
            }
            AsyncFor(mut f) => {
                stmts(&mut f.body, generators, shadow, count);
                stmts(&mut f.orelse, generators, shadow, count);
                body.push(AsyncFor(f));
            }
            Try(mut t) => {
                try_bodies(&mut t.body, &mut t.handlers, &mut t.orelse, &mut t.finalbody, generators, shadow, count, here);
                body.push(Try(t));
            }
            TryStar(mut t) => {
                try_bodies(&mut t.body, &mut t.handlers, &mut t.orelse, &mut t.finalbody, generators, shadow, count, here);
                body.push(TryStar(t));
            }
            Match(mut m) => {
                for case in &mut m.cases {
                    stmts(&mut case.body, generators, shadow, count);
                }
                body.push(Match(m));
            }
            other => body.push(other),
        }
    }
}

fn try_bodies(
    body: &mut Vec<ast::Stmt>,
    handlers: &mut [ast::ExceptHandler],
    orelse: &mut Vec<ast::Stmt>,
    finalbody: &mut Vec<ast::Stmt>,
    generators: &BTreeSet<String>,
    shadow: &BTreeSet<String>,
    count: &mut usize,
    here: bool,
) {
    stmts_in(body, generators, shadow, count, here);
    for h in handlers {
        let ast::ExceptHandler::ExceptHandler(h) = h;
        stmts_in(&mut h.body, generators, shadow, count, here);
    }
    stmts_in(orelse, generators, shadow, count, here);
    stmts_in(finalbody, generators, shadow, count, here);
}

/// The loop `f` holding its generator in a name of its own, closed on the way out.
fn closing(mut f: ast::StmtFor, n: usize) -> [ast::Stmt; 2] {
    let range = f.range();
    let held = format!("for.{n}.generator");
    let made = assign(range, name(range, &held, true), std::mem::replace(&mut *f.iter, name(range, &held, false)));
    let close = expr_stmt(range, call(range, attribute(range, name(range, &held, false), "close"), vec![]));
    let quietly = ast::Stmt::Try(ast::StmtTry {
        range,
        body: vec![close],
        handlers: vec![ast::ExceptHandler::ExceptHandler(ast::ExceptHandlerExceptHandler {
            range,
            type_: None,
            name: None,
            body: vec![ast::Stmt::Pass(ast::StmtPass { range })],
        })],
        orelse: vec![],
        finalbody: vec![],
    });
    let guarded = ast::Stmt::Try(ast::StmtTry {
        range,
        body: vec![ast::Stmt::For(f)],
        handlers: vec![],
        orelse: vec![],
        finalbody: vec![quietly],
    });
    [made, guarded]
}
