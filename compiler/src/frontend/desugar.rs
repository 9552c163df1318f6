//! Async code as the generator code it is: `async def` becomes a generator function (a
//! coroutine: calling it makes a generator that `await` drives), `async with` and `async for`
//! the statements CPython's definitions spell out with `await` (which the lowering makes a
//! `yield from` of the awaitable's iterator, `rt_await`). Run on each module right after
//! parsing, so that every later stage sees only these.
//!
//! The names the expansions introduce contain a `.`, so no program's name can meet them.

use rustpython_parser::ast;
use rustpython_parser::text_size::TextRange;

/// Rewrites the async statements in `body`, at every depth.
pub fn desugar(body: &mut Vec<ast::Stmt>) {
    let mut count = 0;
    stmts(body, &mut count);
}

fn stmts(body: &mut Vec<ast::Stmt>, count: &mut usize) {
    let old = std::mem::take(body);
    for s in old {
        body.push(stmt(s, count));
    }
}

fn stmt(s: ast::Stmt, count: &mut usize) -> ast::Stmt {
    use ast::Stmt::*;
    match s {
        AsyncFunctionDef(mut d) => {
            stmts(&mut d.body, count);
            // An async generator (`yield` in an `async def`) is left for the lowering to report.
            if super::scope::analyze(&d.args, &d.body, &Default::default()).generator {
                return AsyncFunctionDef(d);
            }
            let range = d.range;
            let mut body = d.body;
            // `if False: yield` first: a generator function even with no `await` in it.
            body.insert(
                0,
                if_stmt(range, constant(range, ast::Constant::Bool(false)), vec![yield_stmt(range)], vec![]),
            );
            FunctionDef(ast::StmtFunctionDef {
                range,
                name: d.name,
                args: d.args,
                body,
                decorator_list: d.decorator_list,
                returns: d.returns,
                type_comment: d.type_comment,
                type_params: d.type_params,
            })
        }
        AsyncWith(w) => {
            *count += 1;
            async_with(w.range, w.items, w.body, *count, count)
        }
        AsyncFor(f) => {
            *count += 1;
            let n = *count;
            async_for(f, n, count)
        }
        FunctionDef(mut d) => {
            stmts(&mut d.body, count);
            FunctionDef(d)
        }
        ClassDef(mut c) => {
            stmts(&mut c.body, count);
            ClassDef(c)
        }
        If(mut i) => {
            stmts(&mut i.body, count);
            stmts(&mut i.orelse, count);
            If(i)
        }
        While(mut w) => {
            stmts(&mut w.body, count);
            stmts(&mut w.orelse, count);
            While(w)
        }
        For(mut f) => {
            stmts(&mut f.body, count);
            stmts(&mut f.orelse, count);
            For(f)
        }
        With(mut w) => {
            stmts(&mut w.body, count);
            With(w)
        }
        Try(mut t) => {
            stmts(&mut t.body, count);
            for h in &mut t.handlers {
                let ast::ExceptHandler::ExceptHandler(h) = h;
                stmts(&mut h.body, count);
            }
            stmts(&mut t.orelse, count);
            stmts(&mut t.finalbody, count);
            Try(t)
        }
        other => other,
    }
}

/// `async with a as x, b: body` as
/// ```text
/// m = a; x = await m.__aenter__(); ok = True
/// try:
///     try: <the rest: b, then body>
///     except BaseException as e:
///         ok = False
///         if not await m.__aexit__(type(e), e, None): raise
/// finally:
///     if ok: await m.__aexit__(None, None, None)
/// ```
fn async_with(
    range: TextRange,
    mut items: Vec<ast::WithItem>,
    body: Vec<ast::Stmt>,
    n: usize,
    count: &mut usize,
) -> ast::Stmt {
    let item = items.remove(0);
    let mut inner = if items.is_empty() {
        let mut body = body;
        stmts(&mut body, count);
        body
    } else {
        *count += 1;
        let m = *count;
        vec![async_with(range, items, body, m, count)]
    };
    if inner.is_empty() {
        inner.push(ast::Stmt::Pass(ast::StmtPass { range }));
    }
    let m = format!("async with.{n}.manager");
    let ok = format!("async with.{n}.ok");
    let e = format!("async with.{n}.error");
    let mut out = vec![assign(range, name(range, &m, true), item.context_expr)];
    let enter = await_expr(range, call(range, attribute(range, name(range, &m, false), "__aenter__"), vec![]));
    out.push(match item.optional_vars {
        Some(target) => assign(range, *target, enter),
        None => expr_stmt(range, enter),
    });
    out.push(assign(range, name(range, &ok, true), constant(range, ast::Constant::Bool(true))));
    let exit_with = |args: Vec<ast::Expr>| {
        await_expr(range, call(range, attribute(range, name(range, &m, false), "__aexit__"), args))
    };
    let error = || name(range, &e, false);
    let handler_body = vec![
        assign(range, name(range, &ok, true), constant(range, ast::Constant::Bool(false))),
        if_stmt(
            range,
            not(range, exit_with(vec![call(range, name(range, "type", false), vec![error()]), error(), none(range)])),
            vec![ast::Stmt::Raise(ast::StmtRaise { range, exc: None, cause: None })],
            vec![],
        ),
    ];
    let handler = ast::ExceptHandler::ExceptHandler(ast::ExceptHandlerExceptHandler {
        range,
        type_: Some(Box::new(name(range, "BaseException", false))),
        name: Some(ast::Identifier::new(e.clone())),
        body: handler_body,
    });
    let guarded =
        ast::Stmt::Try(ast::StmtTry { range, body: inner, handlers: vec![handler], orelse: vec![], finalbody: vec![] });
    let finally = vec![if_stmt(
        range,
        name(range, &ok, false),
        vec![expr_stmt(range, exit_with(vec![none(range), none(range), none(range)]))],
        vec![],
    )];
    out.push(ast::Stmt::Try(ast::StmtTry {
        range,
        body: vec![guarded],
        handlers: vec![],
        orelse: vec![],
        finalbody: finally,
    }));
    if_true(range, out)
}

/// `async for x in it: body else: orelse` as
/// ```text
/// i = it.__aiter__(); go = True
/// while go:
///     try: v = await i.__anext__()
///     except StopAsyncIteration: go = False
///     else:
///         x = v
///         body
/// else: orelse
/// ```
fn async_for(f: ast::StmtAsyncFor, n: usize, count: &mut usize) -> ast::Stmt {
    let range = f.range;
    let it = format!("async for.{n}.iterator");
    let go = format!("async for.{n}.going");
    let v = format!("async for.{n}.value");
    let mut body = f.body;
    stmts(&mut body, count);
    let mut orelse = f.orelse;
    stmts(&mut orelse, count);
    let mut out =
        vec![assign(range, name(range, &it, true), call(range, attribute(range, *f.iter, "__aiter__"), vec![]))];
    out.push(assign(range, name(range, &go, true), constant(range, ast::Constant::Bool(true))));
    let next = await_expr(range, call(range, attribute(range, name(range, &it, false), "__anext__"), vec![]));
    let mut then = vec![assign(range, *f.target, name(range, &v, false))];
    then.extend(body);
    let step = ast::Stmt::Try(ast::StmtTry {
        range,
        body: vec![assign(range, name(range, &v, true), next)],
        handlers: vec![ast::ExceptHandler::ExceptHandler(ast::ExceptHandlerExceptHandler {
            range,
            type_: Some(Box::new(name(range, "StopAsyncIteration", false))),
            name: None,
            body: vec![assign(range, name(range, &go, true), constant(range, ast::Constant::Bool(false)))],
        })],
        orelse: then,
        finalbody: vec![],
    });
    out.push(ast::Stmt::While(ast::StmtWhile {
        range,
        test: Box::new(name(range, &go, false)),
        body: vec![step],
        orelse,
    }));
    if_true(range, out)
}

/// Several statements where one stands: `if True: …`.
fn if_true(range: TextRange, body: Vec<ast::Stmt>) -> ast::Stmt {
    if_stmt(range, constant(range, ast::Constant::Bool(true)), body, vec![])
}

fn if_stmt(range: TextRange, test: ast::Expr, body: Vec<ast::Stmt>, orelse: Vec<ast::Stmt>) -> ast::Stmt {
    ast::Stmt::If(ast::StmtIf { range, test: Box::new(test), body, orelse })
}

fn yield_stmt(range: TextRange) -> ast::Stmt {
    expr_stmt(range, ast::Expr::Yield(ast::ExprYield { range, value: None }))
}

fn expr_stmt(range: TextRange, value: ast::Expr) -> ast::Stmt {
    ast::Stmt::Expr(ast::StmtExpr { range, value: Box::new(value) })
}

fn assign(range: TextRange, target: ast::Expr, value: ast::Expr) -> ast::Stmt {
    ast::Stmt::Assign(ast::StmtAssign { range, targets: vec![target], value: Box::new(value), type_comment: None })
}

fn name(range: TextRange, id: &str, store: bool) -> ast::Expr {
    let ctx = if store { ast::ExprContext::Store } else { ast::ExprContext::Load };
    ast::Expr::Name(ast::ExprName { range, id: ast::Identifier::new(id), ctx })
}

fn attribute(range: TextRange, value: ast::Expr, attr: &str) -> ast::Expr {
    ast::Expr::Attribute(ast::ExprAttribute {
        range,
        value: Box::new(value),
        attr: ast::Identifier::new(attr),
        ctx: ast::ExprContext::Load,
    })
}

fn call(range: TextRange, func: ast::Expr, args: Vec<ast::Expr>) -> ast::Expr {
    ast::Expr::Call(ast::ExprCall { range, func: Box::new(func), args, keywords: vec![] })
}

fn await_expr(range: TextRange, value: ast::Expr) -> ast::Expr {
    ast::Expr::Await(ast::ExprAwait { range, value: Box::new(value) })
}

fn not(range: TextRange, operand: ast::Expr) -> ast::Expr {
    ast::Expr::UnaryOp(ast::ExprUnaryOp { range, op: ast::UnaryOp::Not, operand: Box::new(operand) })
}

fn constant(range: TextRange, value: ast::Constant) -> ast::Expr {
    ast::Expr::Constant(ast::ExprConstant { range, value, kind: None })
}

fn none(range: TextRange) -> ast::Expr {
    constant(range, ast::Constant::None)
}
