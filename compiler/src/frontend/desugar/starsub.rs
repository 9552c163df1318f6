//! Starred subscripts (Python 3.11): `g[*t]` and `g[a, *t]` index with the tuple of their
//! items, as CPython's grammar makes them. The parser gives a lone `*t` as the subscript
//! itself; it becomes the one-item tuple display `(*t,)`, which the lowering builds.

use rustpython_parser::ast::{self, fold, Fold, Ranged};

/// Rewrites the starred subscripts in `body`.
pub fn rewrite(body: Vec<ast::Stmt>) -> Vec<ast::Stmt> {
    let mut f = StarredSubscripts;
    body.into_iter().map(|s| f.fold_stmt(s).unwrap_or_else(|e| match e {})).collect()
}

struct StarredSubscripts;

impl Fold<rustpython_parser::text_size::TextRange> for StarredSubscripts {
    fold_keeping_ranges!(std::convert::Infallible);

    fn fold_expr(&mut self, node: ast::Expr) -> Result<ast::Expr, Self::Error> {
        Ok(match fold::fold_expr(self, node)? {
            ast::Expr::Subscript(mut s) if matches!(&*s.slice, ast::Expr::Starred(_)) => {
                let range = s.slice.range();
                let item = std::mem::replace(
                    &mut *s.slice,
                    ast::Expr::Tuple(ast::ExprTuple { range, elts: vec![], ctx: ast::ExprContext::Load }),
                );
                *s.slice = ast::Expr::Tuple(ast::ExprTuple { range, elts: vec![item], ctx: ast::ExprContext::Load });
                ast::Expr::Subscript(s)
            }
            other => other,
        })
    }
}
