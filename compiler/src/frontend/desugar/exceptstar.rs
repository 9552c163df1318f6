//! `try/except*` as a `try/except` (CPython 3.11's exception groups): the clause catches
//! everything, wraps it in a `_Star` of `runtime/lib/_exceptgroup.py`, runs each `except*`'s
//! handler when `_Star.match` splits off a part of the group its types match (the part bound to
//! the `as` name), gathers what the handlers raise, and `_Star.finish` gives what is left, which
//! is raised after the statement — outside the handler, so that it is not chained to the
//! group being handled (as CPython raises it):
//! ```text
//! if True:
//!     p = None
//!     try: body
//!     except BaseException as x:
//!         s = exc.group._Star(x)
//!         if s.match(E1):
//!             try: e = s.matched; handler1
//!             except BaseException as r: s.add_raised(r)
//!         …
//!         p = s.finish()
//!     else: … finally: …
//!     if p is not None: raise p
//! ```
//! The module `_exceptgroup` (also where the built-ins `ExceptionGroup` and
//! `BaseExceptionGroup` live) is imported under a name no program can spell.

use super::{assign, attribute, call, constant, hidden_import, if_stmt, name, none, stmts, Cx};
use rustpython_parser::ast;
use rustpython_parser::text_size::TextRange;

/// The global that holds `_exceptgroup` in a module that needs it.
pub const GLOBAL: &str = "exc.group";

/// The built-ins it defines.
pub const BUILTINS: &[&str] = &["ExceptionGroup", "BaseExceptionGroup"];

/// `import _exceptgroup as exc.group`.
pub fn import() -> ast::Stmt {
    hidden_import("_exceptgroup", GLOBAL)
}

pub(super) fn try_star(t: ast::StmtTryStar, n: usize, cx: &mut Cx) -> ast::Stmt {
    let range = t.range;
    let (exc, star, raised) = (format!("except*.{n}.exception"), format!("except*.{n}"), format!("except*.{n}.raised"));
    let pending = format!("except*.{n}.pending");
    let mut handled = vec![assign(
        range,
        name(range, &star, true),
        call(range, attribute(range, name(range, GLOBAL, false), "_Star"), vec![name(range, &exc, false)]),
    )];
    for h in t.handlers {
        let ast::ExceptHandler::ExceptHandler(h) = h;
        let Some(kind) = h.type_ else {
            cx.fail(h.range, "expected one or more exception types after except*");
            continue;
        };
        if let Some(at) = exit_in(&h.body, false) {
            cx.fail(at, "'break', 'continue' and 'return' cannot appear in an except* block");
        }
        let mut body = h.body;
        stmts(&mut body, cx);
        // (The `as` name is unbound after the handler, as an `except`'s: `e = None; del e`.)
        let mut finalbody = vec![];
        if let Some(e) = h.name {
            body.insert(
                0,
                assign(range, name(range, e.as_str(), true), attribute(range, name(range, &star, false), "matched")),
            );
            let target = name(range, e.as_str(), true);
            let del = ast::Expr::Name(ast::ExprName { range, id: e.clone(), ctx: ast::ExprContext::Del });
            let unbind = ast::Stmt::Delete(ast::StmtDelete { range, targets: vec![del] });
            finalbody = vec![assign(range, target, none(range)), unbind];
        }
        let add =
            call(range, attribute(range, name(range, &star, false), "add_raised"), vec![name(range, &raised, false)]);
        let add = ast::Stmt::Expr(ast::StmtExpr { range, value: Box::new(add) });
        let guarded = ast::Stmt::Try(ast::StmtTry {
            range,
            body,
            handlers: vec![ast::ExceptHandler::ExceptHandler(ast::ExceptHandlerExceptHandler {
                range,
                type_: Some(Box::new(name(range, "BaseException", false))),
                name: Some(ast::Identifier::new(raised.as_str())),
                body: vec![add],
            })],
            orelse: vec![],
            finalbody,
        });
        let test = call(range, attribute(range, name(range, &star, false), "match"), vec![*kind]);
        handled.push(if_stmt(range, test, vec![guarded], vec![]));
    }
    let finish = call(range, attribute(range, name(range, &star, false), "finish"), vec![]);
    handled.push(assign(range, name(range, &pending, true), finish));
    let (mut body, mut orelse, mut finalbody) = (t.body, t.orelse, t.finalbody);
    stmts(&mut body, cx);
    stmts(&mut orelse, cx);
    stmts(&mut finalbody, cx);
    let statement = ast::Stmt::Try(ast::StmtTry {
        range,
        body,
        handlers: vec![ast::ExceptHandler::ExceptHandler(ast::ExceptHandlerExceptHandler {
            range,
            type_: Some(Box::new(name(range, "BaseException", false))),
            name: Some(ast::Identifier::new(exc.as_str())),
            body: handled,
        })],
        orelse,
        finalbody,
    });
    let is_set = ast::Expr::Compare(ast::ExprCompare {
        range,
        left: Box::new(name(range, &pending, false)),
        ops: vec![ast::CmpOp::IsNot],
        comparators: vec![none(range)],
    });
    let raise =
        ast::Stmt::Raise(ast::StmtRaise { range, exc: Some(Box::new(name(range, &pending, false))), cause: None });
    let block = vec![
        assign(range, name(range, &pending, true), none(range)),
        statement,
        if_stmt(range, is_set, vec![raise], vec![]),
    ];
    if_stmt(range, constant(range, ast::Constant::Bool(true)), block, vec![])
}

/// Where a `return` (or, outside a loop of its own, a `break` or `continue`) leaves `body`.
fn exit_in(body: &[ast::Stmt], in_loop: bool) -> Option<TextRange> {
    use ast::Stmt::*;
    for s in body {
        let found = match s {
            Return(r) => Some(r.range),
            Break(b) if !in_loop => Some(b.range),
            Continue(c) if !in_loop => Some(c.range),
            For(f) => exit_in(&f.body, true).or_else(|| exit_in(&f.orelse, in_loop)),
            AsyncFor(f) => exit_in(&f.body, true).or_else(|| exit_in(&f.orelse, in_loop)),
            While(w) => exit_in(&w.body, true).or_else(|| exit_in(&w.orelse, in_loop)),
            If(i) => exit_in(&i.body, in_loop).or_else(|| exit_in(&i.orelse, in_loop)),
            With(w) => exit_in(&w.body, in_loop),
            AsyncWith(w) => exit_in(&w.body, in_loop),
            Try(ast::StmtTry { body, handlers, orelse, finalbody, .. })
            | TryStar(ast::StmtTryStar { body, handlers, orelse, finalbody, .. }) => exit_in(body, in_loop)
                .or_else(|| {
                    handlers.iter().find_map(|h| {
                        let ast::ExceptHandler::ExceptHandler(h) = h;
                        exit_in(&h.body, in_loop)
                    })
                })
                .or_else(|| exit_in(orelse, in_loop))
                .or_else(|| exit_in(finalbody, in_loop)),
            _ => None,
        };
        if found.is_some() {
            return found;
        }
    }
    None
}
