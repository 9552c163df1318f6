//! Scope analysis: which names a function binds locally, which it declares global, and which
//! names the module binds. Requires a parsed module; provides [`ModuleScope`].

use rustpython_parser::ast::{self, Ranged};
use std::collections::{BTreeSet, HashMap};

/// What the module level binds.
#[derive(Default, Debug)]
pub struct ModuleScope {
    /// Names assigned at module level or declared `global` in a function, in first-seen order.
    pub globals: Vec<String>,
    /// Top-level `def`s: name → index into the module's function list.
    pub functions: HashMap<String, usize>,
}

/// What one function binds.
#[derive(Debug)]
pub struct FunctionScope {
    pub params: Vec<String>,
    /// Local names other than parameters, sorted.
    pub locals: BTreeSet<String>,
}

/// Adds every name a statement list binds (assignments, `for` targets, imports) to `out`,
/// recording `global` declarations in `globals`. Does not enter nested `def`s.
pub fn bound_names(body: &[ast::Stmt], out: &mut Vec<(String, usize)>, globals: &mut Vec<String>) {
    for stmt in body {
        match stmt {
            ast::Stmt::Assign(s) => s.targets.iter().for_each(|t| target_names(t, out)),
            ast::Stmt::AugAssign(s) => target_names(&s.target, out),
            ast::Stmt::AnnAssign(s) => target_names(&s.target, out),
            ast::Stmt::For(s) => {
                target_names(&s.target, out);
                bound_names(&s.body, out, globals);
                bound_names(&s.orelse, out, globals);
            }
            ast::Stmt::While(s) => {
                bound_names(&s.body, out, globals);
                bound_names(&s.orelse, out, globals);
            }
            ast::Stmt::If(s) => {
                bound_names(&s.body, out, globals);
                bound_names(&s.orelse, out, globals);
            }
            ast::Stmt::Global(s) => globals.extend(s.names.iter().map(|n| n.to_string())),
            _ => {}
        }
    }
}

fn target_names(target: &ast::Expr, out: &mut Vec<(String, usize)>) {
    match target {
        ast::Expr::Name(n) => out.push((n.id.to_string(), usize::from(n.range().start()))),
        ast::Expr::Tuple(t) => t.elts.iter().for_each(|e| target_names(e, out)),
        ast::Expr::List(t) => t.elts.iter().for_each(|e| target_names(e, out)),
        ast::Expr::Starred(s) => target_names(&s.value, out),
        _ => {}
    }
}

impl FunctionScope {
    pub fn of(def: &ast::StmtFunctionDef) -> FunctionScope {
        let params: Vec<String> = def.args.args.iter().map(|a| a.def.arg.to_string()).collect();
        let mut assigned = Vec::new();
        let mut globals = Vec::new();
        bound_names(&def.body, &mut assigned, &mut globals);
        let declared_global: BTreeSet<String> = globals.into_iter().collect();
        let locals = assigned
            .into_iter()
            .map(|(n, _)| n)
            .filter(|n| !declared_global.contains(n) && !params.contains(n))
            .collect();
        FunctionScope { params, locals }
    }

    pub fn is_local(&self, name: &str) -> bool {
        self.params.iter().any(|p| p == name) || self.locals.contains(name)
    }
}
