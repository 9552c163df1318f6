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
//! shadowed by a name of a scope around the loop, in a module without `from m import *`. Any
//! other iterable may be shared, and closing it would be wrong. Runs after the other
//! expansions, so that `match` cases and `except*` handlers are plain statements the scopes'
//! scan sees.

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
    Walk { generators, count: 0 }.stmts(body, &BTreeSet::new(), true);
}

/// The module's generator functions whose name always means them (none when a `from m
/// import *` may bind any name).
fn generator_functions(body: &[ast::Stmt]) -> BTreeSet<String> {
    let counts = scope::binding_counts(body);
    if counts.contains_key("*") {
        return BTreeSet::new();
    }
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

/// The rewriting of one module: its generator functions, and how many loops it rewrote.
struct Walk {
    generators: BTreeSet<String>,
    count: usize,
}

impl Walk {
    /// Rewrites the loops in `body`, whose scope (with those around it) binds the names of
    /// `shadow`; `here`: whether loops directly in it may be rewritten (not a class body's: the
    /// held generator would be a class attribute).
    fn stmts(&mut self, body: &mut Vec<ast::Stmt>, shadow: &BTreeSet<String>, here: bool) {
        use ast::Stmt::*;
        for s in std::mem::take(body) {
            match s {
                For(mut f) => {
                    self.stmts(&mut f.body, shadow, here);
                    self.stmts(&mut f.orelse, shadow, here);
                    let fresh = matches!(&*f.iter, ast::Expr::Call(c) if matches!(&*c.func,
                        ast::Expr::Name(n) if self.generators.contains(n.id.as_str()) && !shadow.contains(n.id.as_str())));
                    if fresh && here {
                        self.count += 1;
                        body.extend(closing(f, self.count));
                    } else {
                        body.push(For(f));
                    }
                }
                FunctionDef(mut d) => {
                    let inner = inner_scope(shadow, &d.body, Some(&d.args));
                    self.stmts(&mut d.body, &inner, true);
                    body.push(FunctionDef(d));
                }
                AsyncFunctionDef(mut d) => {
                    let inner = inner_scope(shadow, &d.body, Some(&d.args));
                    self.stmts(&mut d.body, &inner, true);
                    body.push(AsyncFunctionDef(d));
                }
                ClassDef(mut c) => {
                    let inner = inner_scope(shadow, &c.body, None);
                    self.stmts(&mut c.body, &inner, false);
                    body.push(ClassDef(c));
                }
                mut other => {
                    // (The blocks of `if`, `while`, `with`, `try`, `match` and the like: the
                    // same scope.)
                    for block in scope::nested_blocks_mut(&mut other) {
                        self.stmts(block, shadow, here);
                    }
                    body.push(other);
                }
            }
        }
    }
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
