//! A module's `__annotations__`, for a module that names it: CPython's SETUP_ANNOTATIONS makes
//! the dict first when the module's code (outside its functions and classes) annotates a name,
//! and each `name: annotation` stores its annotation there after the value is assigned —
//! evaluated, or as written under `from __future__ import annotations`. (Class bodies and
//! functions keep theirs in `lower`.)

use super::{assign, constant, future_imports, name, subscript};
use rustpython_parser::ast;

/// Whether a module's `body` postpones its annotations (`from __future__ import annotations`):
/// each is kept as its text ([`text`]), not evaluated.
pub fn postponed(body: &[ast::Stmt]) -> bool {
    body.iter().any(|s| {
        matches!(s, ast::Stmt::ImportFrom(i)
            if i.module.as_ref().is_some_and(|m| m.as_str() == "__future__")
                && i.names.iter().any(|a| a.name.as_str() == "annotations"))
    })
}

/// A postponed annotation's text: the expression written out again, as CPython's compiler
/// does (`"str"` is `"'str'"`, `list[ "int" ]` is `"list['int']"`), not as the source spells it.
pub fn text(annotation: &ast::Expr) -> String {
    annotation.to_string()
}

/// Adds the dict and its stores to `body`, a module's whose source is `text`.
pub fn rewrite(body: &mut Vec<ast::Stmt>, text: &str) {
    if !text.contains("__annotations__") {
        return;
    }
    let as_text = postponed(body);
    if block(body, as_text) {
        let range = Default::default();
        let empty = ast::Expr::Dict(ast::ExprDict { range, keys: vec![], values: vec![] });
        let made = assign(range, name(range, "__annotations__", true), empty);
        body.insert(future_imports(body), made);
    }
}

/// Stores the annotations of `body`'s names, in the blocks that are the module's own code.
/// Whether there were any.
fn block(body: &mut Vec<ast::Stmt>, as_text: bool) -> bool {
    use ast::Stmt::*;
    let mut found = false;
    for s in std::mem::take(body) {
        let mut s = s;
        let store = match &mut s {
            AnnAssign(a) if a.simple => match &*a.target {
                ast::Expr::Name(n) => {
                    let range = a.range;
                    let value = if as_text {
                        constant(range, ast::Constant::Str(self::text(&a.annotation)))
                    } else {
                        (*a.annotation).clone()
                    };
                    let key = constant(range, ast::Constant::Str(n.id.to_string()));
                    let slot = subscript(range, name(range, "__annotations__", false), key);
                    Some(assign(range, store_ctx(slot), value))
                }
                _ => None,
            },
            If(x) => {
                found |= block(&mut x.body, as_text) | block(&mut x.orelse, as_text);
                None
            }
            While(x) => {
                found |= block(&mut x.body, as_text) | block(&mut x.orelse, as_text);
                None
            }
            For(x) => {
                found |= block(&mut x.body, as_text) | block(&mut x.orelse, as_text);
                None
            }
            With(x) => {
                found |= block(&mut x.body, as_text);
                None
            }
            Try(x) => {
                found |= block(&mut x.body, as_text);
                for h in &mut x.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    found |= block(&mut h.body, as_text);
                }
                found |= block(&mut x.orelse, as_text) | block(&mut x.finalbody, as_text);
                None
            }
            _ => None,
        };
        body.push(s);
        if let Some(store) = store {
            found = true;
            body.push(store);
        }
    }
    found
}

/// `target` as the target of an assignment.
fn store_ctx(target: ast::Expr) -> ast::Expr {
    match target {
        ast::Expr::Subscript(mut s) => {
            s.ctx = ast::ExprContext::Store;
            ast::Expr::Subscript(s)
        }
        other => other,
    }
}

/// The names annotation `e` reads, in order: what evaluating it looks up (not the names of a
/// lambda's or a comprehension's own scope, which are left out with the rest of them).
pub fn names<'a>(e: &'a ast::Expr, out: &mut Vec<&'a ast::ExprName>) {
    use ast::Expr::*;
    match e {
        Name(n) => out.push(n),
        Attribute(a) => names(&a.value, out),
        Subscript(s) => {
            names(&s.value, out);
            names(&s.slice, out);
        }
        Tuple(t) => t.elts.iter().for_each(|e| names(e, out)),
        List(l) => l.elts.iter().for_each(|e| names(e, out)),
        Set(s) => s.elts.iter().for_each(|e| names(e, out)),
        Starred(s) => names(&s.value, out),
        BinOp(b) => {
            names(&b.left, out);
            names(&b.right, out);
        }
        UnaryOp(u) => names(&u.operand, out),
        BoolOp(b) => b.values.iter().for_each(|e| names(e, out)),
        Compare(c) => {
            names(&c.left, out);
            c.comparators.iter().for_each(|e| names(e, out));
        }
        Call(c) => {
            names(&c.func, out);
            c.args.iter().for_each(|e| names(e, out));
            c.keywords.iter().for_each(|k| names(&k.value, out));
        }
        IfExp(i) => {
            names(&i.test, out);
            names(&i.body, out);
            names(&i.orelse, out);
        }
        Dict(d) => {
            d.keys.iter().flatten().for_each(|e| names(e, out));
            d.values.iter().for_each(|e| names(e, out));
        }
        Slice(s) => {
            for e in [&s.lower, &s.upper, &s.step].into_iter().flatten() {
                names(e, out);
            }
        }
        _ => {}
    }
}
