//! Async generators as generators: an `async def` with `yield` becomes a generator function
//! whose `yield v` yields `_asyncgen.Value(v)`, decorated so that calling it makes an
//! `_asyncgen.async_generator` around the generator (runtime/lib/_asyncgen.py drives it: the
//! values it yields go to the consumer, everything its awaits yield to the event loop). The
//! module is imported, under a name no program can spell, by each module that needs it.

use super::{assign, attribute, call, constant, hidden_import, name};
use rustpython_parser::ast::{
    self,
    fold::{self, Fold},
};
use rustpython_parser::text_size::TextRange;
use std::convert::Infallible;

/// The global that holds the `_asyncgen` module in a module that needs it.
pub const GLOBAL: &str = "async.gen";

/// What a rewrite found in an async function's body.
#[derive(Default)]
pub struct Found {
    /// An async comprehension or generator expression (lowered with `_asyncgen`'s help).
    pub comprehension: bool,
    /// The first thing that is not valid Python in an async function.
    pub error: Option<(TextRange, String)>,
}

/// The body of an `async def`, with each `yield v` of this function (not of functions
/// nested in it) yielding `Value(v)` when it is a `generator`.
pub fn rewrite(body: Vec<ast::Stmt>, generator: bool) -> (Vec<ast::Stmt>, Found) {
    let mut r = Rewrite { generator, found: Found::default() };
    let body = match r.fold(body) {
        Ok(body) => body,
        Err(never) => match never {},
    };
    (body, r.found)
}

/// The built-ins it defines.
pub const BUILTINS: &[&str] = &["aiter", "anext"];

/// `import _asyncgen as async.gen`.
pub fn import() -> ast::Stmt {
    hidden_import("_asyncgen", GLOBAL)
}

/// The decorator that makes a generator function an async generator function.
pub fn decorator(range: TextRange) -> ast::Expr {
    attribute(range, name(range, GLOBAL, false), "function")
}

/// `async.gen.<what>`, an attribute of the module.
pub fn member(range: TextRange, what: &str) -> ast::Expr {
    attribute(range, name(range, GLOBAL, false), what)
}

/// `async.gen.<what>(arg)`.
pub fn call_member(range: TextRange, what: &str, arg: ast::Expr) -> ast::Expr {
    call(range, member(range, what), vec![arg])
}

/// Whether a generator expression is an async generator: an `async for` in it, or an `await`
/// in its element or conditions.
pub fn is_async(g: &ast::ExprGeneratorExp) -> bool {
    if g.generators.iter().any(|c| c.is_async) {
        return true;
    }
    let mut find = FindAwait(false);
    let parts = std::iter::once(&*g.elt).chain(g.generators.iter().enumerate().flat_map(|(i, c)| {
        // The first iterable is evaluated outside, by the enclosing function.
        (i > 0).then_some(&c.iter).into_iter().chain(&c.ifs)
    }));
    for e in parts {
        let _ = find.fold_expr(e.clone());
    }
    find.0
}

/// The loop `async for target in iter: body` of an async generator expression's function, as
/// ```text
/// it = iter                      (the first: already `aiter_of`'s, the parameter `.0`)
/// while True:
///     v = await async.gen.anext_or_end(it)
///     if v is async.gen.END: break
///     target = v
///     body
/// ```
pub fn awaited_loop(
    range: TextRange,
    n: usize,
    first: bool,
    iter: ast::Expr,
    target: ast::Expr,
    body: Vec<ast::Stmt>,
) -> Vec<ast::Stmt> {
    let (it, v) = (format!("async for.{n}.iterator"), format!("async for.{n}.value"));
    let iter = if first { iter } else { call_member(range, "aiter_of", iter) };
    let next = ast::Expr::Await(ast::ExprAwait {
        range,
        value: Box::new(call_member(range, "anext_or_end", name(range, &it, false))),
    });
    let ended = ast::Expr::Compare(ast::ExprCompare {
        range,
        left: Box::new(name(range, &v, false)),
        ops: vec![ast::CmpOp::Is],
        comparators: vec![member(range, "END")],
    });
    let mut step = vec![
        assign(range, name(range, &v, true), next),
        ast::Stmt::If(ast::StmtIf {
            range,
            test: Box::new(ended),
            body: vec![ast::Stmt::Break(ast::StmtBreak { range })],
            orelse: vec![],
        }),
        assign(range, target, name(range, &v, false)),
    ];
    step.extend(body);
    vec![
        assign(range, name(range, &it, true), iter),
        ast::Stmt::While(ast::StmtWhile {
            range,
            test: Box::new(constant(range, ast::Constant::Bool(true))),
            body: step,
            orelse: vec![],
        }),
    ]
}

/// Finds an `await` outside nested lambdas.
struct FindAwait(bool);

impl Fold<TextRange> for FindAwait {
    fold_keeping_ranges!(Infallible);

    fn fold_expr(&mut self, e: ast::Expr) -> Result<ast::Expr, Infallible> {
        match e {
            ast::Expr::Lambda(_) => Ok(e),
            ast::Expr::Await(_) => {
                self.0 = true;
                Ok(e)
            }
            other => fold::fold_expr(self, other),
        }
    }
}

struct Rewrite {
    generator: bool,
    found: Found,
}

impl Rewrite {
    fn error(&mut self, range: TextRange, message: &str) {
        if self.found.error.is_none() {
            self.found.error = Some((range, message.to_string()));
        }
    }
}

impl Fold<TextRange> for Rewrite {
    fold_keeping_ranges!(Infallible);

    fn fold_stmt(&mut self, s: ast::Stmt) -> Result<ast::Stmt, Infallible> {
        match s {
            // Scopes of their own (nested `async def`s are rewritten on their own).
            ast::Stmt::FunctionDef(_) | ast::Stmt::AsyncFunctionDef(_) | ast::Stmt::ClassDef(_) => Ok(s),
            ast::Stmt::Return(r) if self.generator && r.value.is_some() => {
                self.error(r.range, "'return' with value in async generator");
                Ok(ast::Stmt::Return(r))
            }
            other => fold::fold_stmt(self, other),
        }
    }

    fn fold_expr(&mut self, e: ast::Expr) -> Result<ast::Expr, Infallible> {
        match e {
            ast::Expr::Lambda(_) => Ok(e),
            ast::Expr::GeneratorExp(g) => {
                self.found.comprehension |= is_async(&g);
                fold::fold_expr(self, ast::Expr::GeneratorExp(g))
            }
            ast::Expr::YieldFrom(y) => {
                self.error(y.range, "'yield from' inside async function");
                Ok(ast::Expr::YieldFrom(y))
            }
            ast::Expr::Yield(y) if self.generator => {
                let range = y.range;
                let value = match y.value {
                    Some(v) => self.fold_expr(*v)?,
                    None => constant(range, ast::Constant::None),
                };
                let wrapped = call(range, member(range, "Value"), vec![value]);
                Ok(ast::Expr::Yield(ast::ExprYield { range, value: Some(Box::new(wrapped)) }))
            }
            other => fold::fold_expr(self, other),
        }
    }

    fn fold_comprehension(&mut self, c: ast::Comprehension) -> Result<ast::Comprehension, Infallible> {
        self.found.comprehension |= c.is_async;
        fold::fold_comprehension(self, c)
    }
}
