//! Private names: inside a class, an identifier `__x` (two underscores first, not two last) is
//! `_Class__x`, as CPython's compiler rewrites it, so that a class's private attributes do not
//! meet a subclass's of the same name. Rewritten are names, attribute names, the names the
//! functions and classes defined there are bound to (not their own `__name__`), parameters, and
//! `global`/`nonlocal`/`except … as` names, in the class's body and everything nested in it up to a nested class, which uses
//! its own name. Keyword arguments of calls and strings (`getattr(o, "__x")`) are left alone,
//! as CPython leaves them; private names in `__slots__` are the runtime's to mangle
//! (`func::slot_names`), as CPython's `type()` does.

use rustpython_parser::ast::{self, fold, Fold, Ranged};

/// Rewrites the private names of every class in `body`; not in annotations when they are
/// `postponed` (`from __future__ import annotations`: their text is as written, as CPython's).
pub fn mangle(body: Vec<ast::Stmt>, postponed: bool) -> Vec<ast::Stmt> {
    let mut m = Mangler { class: None, postponed };
    body.into_iter().map(|s| m.fold_stmt(s).unwrap_or_else(|e| match e {})).collect()
}

struct Mangler {
    /// The name of the class whose body is being rewritten, without its leading underscores
    /// (None outside classes, and for a class named only with underscores).
    class: Option<String>,
    /// Annotations are kept as text: left alone.
    postponed: bool,
}

impl Mangler {
    fn name(&self, id: ast::Identifier) -> ast::Identifier {
        match &self.class {
            Some(class)
                if id.as_str().starts_with("__") && !id.as_str().ends_with("__") && !id.as_str().contains('.') =>
            {
                ast::Identifier::new(format!("_{class}{}", id.as_str()))
            }
            _ => id,
        }
    }

    fn names(&self, ids: Vec<ast::Identifier>) -> Vec<ast::Identifier> {
        ids.into_iter().map(|id| self.name(id)).collect()
    }
}

/// `def` (or `class`) statement `def` of `name`, bound to `binding` instead when that differs:
/// `if True: def __f(): …; _A__f = __f; del __f`, so that the function keeps its own name
/// (`__name__`, tracebacks) as in CPython, and only the name it is stored under is private.
fn rebound(def: ast::Stmt, name: ast::Identifier, binding: ast::Identifier) -> ast::Stmt {
    if name == binding {
        return def;
    }
    let range = rustpython_parser::text_size::TextRange::default();
    let var = |id: ast::Identifier, ctx| ast::Expr::Name(ast::ExprName { range, id, ctx });
    let assign = ast::Stmt::Assign(ast::StmtAssign {
        range,
        targets: vec![var(binding, ast::ExprContext::Store)],
        value: Box::new(var(name.clone(), ast::ExprContext::Load)),
        type_comment: None,
    });
    let delete = ast::Stmt::Delete(ast::StmtDelete { range, targets: vec![var(name, ast::ExprContext::Del)] });
    let yes = ast::Expr::Constant(ast::ExprConstant { range, value: ast::Constant::Bool(true), kind: None });
    ast::Stmt::If(ast::StmtIf { range, test: Box::new(yes), body: vec![def, assign, delete], orelse: vec![] })
}

impl Fold<rustpython_parser::text_size::TextRange> for Mangler {
    fold_keeping_ranges!(std::convert::Infallible);

    fn fold_stmt(&mut self, node: ast::Stmt) -> Result<ast::Stmt, Self::Error> {
        Ok(match node {
            ast::Stmt::ClassDef(mut c) => {
                // (Its body's prefix is its own name, as written: `class __A` in `B` binds
                // `_B__A`, and `__x` in its body is `_A__x`.)
                let stripped = c.name.as_str().trim_start_matches('_').to_string();
                let binding = self.name(c.name.clone());
                c.decorator_list = c.decorator_list.into_iter().map(|e| self.fold_expr(e)).collect::<Result<_, _>>()?;
                c.bases = c.bases.into_iter().map(|e| self.fold_expr(e)).collect::<Result<_, _>>()?;
                c.keywords = c.keywords.into_iter().map(|k| self.fold_keyword(k)).collect::<Result<_, _>>()?;
                let inner = if stripped.is_empty() { None } else { Some(stripped) };
                let outer = std::mem::replace(&mut self.class, inner);
                let body = c.body.into_iter().map(|s| self.fold_stmt(s)).collect::<Result<_, _>>();
                self.class = outer;
                c.body = body?;
                let name = c.name.clone();
                rebound(ast::Stmt::ClassDef(c), name, binding)
            }
            ast::Stmt::FunctionDef(mut f) => {
                let binding = self.name(f.name.clone());
                let name = f.name.clone();
                let returns = if self.postponed { f.returns.take() } else { None };
                let mut folded = fold::fold_stmt(self, ast::Stmt::FunctionDef(f))?;
                if let ast::Stmt::FunctionDef(f) = &mut folded {
                    f.returns = f.returns.take().or(returns);
                }
                rebound(folded, name, binding)
            }
            ast::Stmt::AsyncFunctionDef(mut f) => {
                let binding = self.name(f.name.clone());
                let name = f.name.clone();
                let returns = if self.postponed { f.returns.take() } else { None };
                let mut folded = fold::fold_stmt(self, ast::Stmt::AsyncFunctionDef(f))?;
                if let ast::Stmt::AsyncFunctionDef(f) = &mut folded {
                    f.returns = f.returns.take().or(returns);
                }
                rebound(folded, name, binding)
            }
            ast::Stmt::AnnAssign(mut a) if self.postponed => {
                let none = ast::ExprConstant { range: a.annotation.range(), value: ast::Constant::None, kind: None };
                let annotation = std::mem::replace(&mut a.annotation, Box::new(ast::Expr::Constant(none)));
                let mut folded = fold::fold_stmt(self, ast::Stmt::AnnAssign(a))?;
                if let ast::Stmt::AnnAssign(a) = &mut folded {
                    a.annotation = annotation;
                }
                folded
            }
            ast::Stmt::Global(mut g) => {
                g.names = self.names(g.names);
                ast::Stmt::Global(g)
            }
            ast::Stmt::Nonlocal(mut n) => {
                n.names = self.names(n.names);
                ast::Stmt::Nonlocal(n)
            }
            other => fold::fold_stmt(self, other)?,
        })
    }

    fn fold_expr(&mut self, node: ast::Expr) -> Result<ast::Expr, Self::Error> {
        if self.class.is_none() {
            return fold::fold_expr(self, node);
        }
        Ok(match fold::fold_expr(self, node)? {
            ast::Expr::Name(mut n) => {
                n.id = self.name(n.id);
                ast::Expr::Name(n)
            }
            ast::Expr::Attribute(mut a) => {
                a.attr = self.name(a.attr);
                ast::Expr::Attribute(a)
            }
            other => other,
        })
    }

    fn fold_arg(&mut self, mut node: ast::Arg) -> Result<ast::Arg, Self::Error> {
        let annotation = if self.postponed { node.annotation.take() } else { None };
        let mut a = fold::fold_arg(self, node)?;
        a.arg = self.name(a.arg);
        a.annotation = a.annotation.or(annotation);
        Ok(a)
    }

    fn fold_excepthandler(&mut self, node: ast::ExceptHandler) -> Result<ast::ExceptHandler, Self::Error> {
        let ast::ExceptHandler::ExceptHandler(mut h) = fold::fold_excepthandler(self, node)?;
        h.name = h.name.map(|n| self.name(n));
        Ok(ast::ExceptHandler::ExceptHandler(h))
    }
}
