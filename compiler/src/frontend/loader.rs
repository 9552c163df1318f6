//! The program's modules: the main file and every module or package it imports from its
//! directory, found at compile time by following `import` statements.

use super::{parse, Module};
use crate::diag::CompileError;
use rustpython_parser::ast;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// One module of the program: its dotted name (`__main__` for the main file) and source.
pub struct Loaded {
    pub name: String,
    pub module: Module,
}

/// What can go wrong while loading: a syntax error in some module, or a file that cannot be
/// read.
pub enum LoadError {
    Compile(CompileError),
    Io(PathBuf, std::io::Error),
}

/// The file a dotted module name refers to under `root`, if any: `a/b.py` or `a/b/__init__.py`.
pub fn find(root: &Path, name: &str) -> Option<(PathBuf, bool)> {
    let rel: PathBuf = name.split('.').collect();
    let file = root.join(&rel).with_extension("py");
    if file.is_file() {
        return Some((file, false));
    }
    let init = root.join(&rel).join("__init__.py");
    init.is_file().then_some((init, true))
}

/// The modules a body imports, as dotted names (with their packages first), anywhere in it.
fn imports(body: &[ast::Stmt], out: &mut Vec<String>) {
    let add = |name: &str, out: &mut Vec<String>| {
        let parts: Vec<&str> = name.split('.').collect();
        for i in 1..=parts.len() {
            out.push(parts[..i].join("."));
        }
    };
    for s in body {
        match s {
            ast::Stmt::Import(i) => i.names.iter().for_each(|a| add(a.name.as_str(), out)),
            ast::Stmt::ImportFrom(i) => {
                if let Some(m) = &i.module {
                    add(m.as_str(), out);
                    for a in &i.names {
                        out.push(format!("{m}.{}", a.name));
                    }
                }
            }
            // `__import__("name")` with a literal name, as an expression statement or assigned.
            ast::Stmt::Expr(ast::StmtExpr { value, .. }) | ast::Stmt::Assign(ast::StmtAssign { value, .. }) => {
                if let ast::Expr::Call(c) = &**value {
                    if let (ast::Expr::Name(n), [ast::Expr::Constant(k)]) = (&*c.func, &c.args[..]) {
                        if let (true, ast::Constant::Str(m)) = (n.id.as_str() == "__import__", &k.value) {
                            add(m, out);
                        }
                    }
                }
            }
            ast::Stmt::FunctionDef(d) => imports(&d.body, out),
            ast::Stmt::ClassDef(c) => imports(&c.body, out),
            ast::Stmt::If(x) => {
                imports(&x.body, out);
                imports(&x.orelse, out);
            }
            ast::Stmt::While(x) => {
                imports(&x.body, out);
                imports(&x.orelse, out);
            }
            ast::Stmt::For(x) => {
                imports(&x.body, out);
                imports(&x.orelse, out);
            }
            ast::Stmt::With(x) => imports(&x.body, out),
            ast::Stmt::Try(t) => {
                imports(&t.body, out);
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    imports(&h.body, out);
                }
                imports(&t.orelse, out);
                imports(&t.finalbody, out);
            }
            _ => {}
        }
    }
}

/// Loads `main` and, transitively, the modules of its directory (or of mpyc's library) it
/// imports. Built-in module names are left to the runtime; a module that is found nowhere is left for the lowering to
/// report (or to raise ImportError at run time inside a `try`).
pub fn load(main: &Path, text: &str) -> Result<Vec<Loaded>, LoadError> {
    let root = main.parent().map(Path::to_path_buf).unwrap_or_default();
    let first = parse(&main.display().to_string(), text).map_err(LoadError::Compile)?;
    let mut queue = Vec::new();
    imports(&first.body, &mut queue);
    let mut loaded = vec![Loaded { name: "__main__".to_string(), module: first }];
    let mut seen: BTreeMap<String, ()> = BTreeMap::new();
    while let Some(name) = queue.pop() {
        if seen.insert(name.clone(), ()).is_some() {
            continue;
        }
        // Built-in modules come first, as on MicroPython: a file cannot shadow them.
        if crate::lower::is_builtin_module(&name) {
            continue;
        }
        // The program's own files first (as CPython's path starts with the script's
        // directory), then mpyc's library of modules written in Python.
        let module = match find(&root, &name) {
            Some((path, _package)) => {
                let bytes = std::fs::read(&path).map_err(|e| LoadError::Io(path.clone(), e))?;
                let file = path.display().to_string();
                let text = super::decode(&file, bytes).map_err(LoadError::Compile)?;
                parse(&file, &text).map_err(LoadError::Compile)?
            }
            None => match super::library::source(&name) {
                Some(text) => parse(&format!("<mpyc>/lib/{name}.py"), text).map_err(LoadError::Compile)?,
                None => continue,
            },
        };
        imports(&module.body, &mut queue);
        loaded.push(Loaded { name, module });
    }
    Ok(loaded)
}
