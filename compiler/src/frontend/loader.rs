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
fn imports(body: &mut [ast::Stmt], out: &mut Vec<String>) {
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
            // `__import__("name")` with a literal name, as an expression statement or assigned;
            // the members of a literal `fromlist` may be submodules, as `from name import …`'s.
            ast::Stmt::Expr(ast::StmtExpr { value, .. }) | ast::Stmt::Assign(ast::StmtAssign { value, .. }) => {
                if let ast::Expr::Call(c) = &**value {
                    if let (ast::Expr::Name(n), Some(ast::Expr::Constant(k))) = (&*c.func, c.args.first()) {
                        if let (true, ast::Constant::Str(m)) = (n.id.as_str() == "__import__", &k.value) {
                            add(m, out);
                            let keyword =
                                c.keywords.iter().find(|k| k.arg.as_ref().is_some_and(|a| a.as_str() == "fromlist"));
                            let fromlist = c.args.get(3).or(keyword.map(|k| &k.value));
                            let items = match fromlist {
                                Some(ast::Expr::List(l)) => &l.elts[..],
                                Some(ast::Expr::Tuple(t)) => &t.elts[..],
                                _ => &[],
                            };
                            for item in items {
                                if let ast::Expr::Constant(ast::ExprConstant { value: ast::Constant::Str(s), .. }) =
                                    item
                                {
                                    out.push(format!("{m}.{s}"));
                                }
                            }
                        }
                    }
                }
            }
            _ => blocks(s).into_iter().for_each(|b| imports(b, out)),
        }
    }
}

/// The modules `__import__("name")` names with a literal anywhere in `text` (in any
/// expression, which the statement walk of [`imports`] does not see).
fn literal_imports(text: &str, out: &mut Vec<String>) {
    for (at, _) in text.match_indices("__import__(") {
        let rest = text[at + "__import__(".len()..].trim_start();
        let Some(quote) = rest.chars().next().filter(|q| matches!(q, '"' | '\'')) else { continue };
        let Some(end) = rest[1..].find(quote) else { continue };
        let name = &rest[1..1 + end];
        if !name.is_empty() && name.split('.').all(|p| p.chars().all(|c| c.is_alphanumeric() || c == '_')) {
            let parts: Vec<&str> = name.split('.').collect();
            for i in 1..=parts.len() {
                out.push(parts[..i].join("."));
            }
        }
    }
}

/// The blocks of statements nested in `s` where imports are looked for and rewritten: a
/// `def`'s or a class's body, and every block of `if`, `while`, `for`, `with` and `try`, in
/// order. (Mutable, for `absolute_imports`; `imports` only reads them.)
fn blocks(s: &mut ast::Stmt) -> Vec<&mut Vec<ast::Stmt>> {
    match s {
        ast::Stmt::FunctionDef(d) => vec![&mut d.body],
        ast::Stmt::ClassDef(c) => vec![&mut c.body],
        ast::Stmt::If(x) => vec![&mut x.body, &mut x.orelse],
        ast::Stmt::While(x) => vec![&mut x.body, &mut x.orelse],
        ast::Stmt::For(x) => vec![&mut x.body, &mut x.orelse],
        ast::Stmt::With(x) => vec![&mut x.body],
        ast::Stmt::Try(t) => {
            let mut out = vec![&mut t.body];
            for h in &mut t.handlers {
                let ast::ExceptHandler::ExceptHandler(h) = h;
                out.push(&mut h.body);
            }
            out.extend([&mut t.orelse, &mut t.finalbody]);
            out
        }
        _ => vec![],
    }
}

/// Rewrites the relative imports of a module whose package is `package` (empty: none) as the
/// absolute ones they are: `from .x import y` in `pkg.mod` is `from pkg.x import y`, `from ..
/// import z` in `pkg.sub.mod` is `from pkg import z`. One that goes above the top package is
/// left for the lowering to report.
fn absolute_imports(body: &mut [ast::Stmt], package: &str) {
    for s in body {
        match s {
            ast::Stmt::ImportFrom(i) => {
                let level = i.level.map_or(0, |l| l.to_u32()) as usize;
                if level == 0 || package.is_empty() {
                    continue;
                }
                let parts: Vec<&str> = package.split('.').collect();
                if level > parts.len() {
                    continue;
                }
                let mut base = parts[..parts.len() + 1 - level].join(".");
                if let Some(m) = &i.module {
                    base = format!("{base}.{m}");
                }
                i.module = Some(ast::Identifier::new(base));
                i.level = None;
            }
            _ => blocks(s).into_iter().for_each(|b| absolute_imports(b, package)),
        }
    }
}

/// The modules of mpyc's library that CPython compiles into its interpreter
/// (`sys.builtin_module_names`) or imports before the program starts (`os`, `os.path`,
/// `abc`), which a file of the program's directory cannot shadow.
const COMPILED_IN: &[&str] = &["atexit", "errno", "itertools", "os", "os.path", "abc"];

/// Loads `main` and, transitively, the modules of its directory (or of mpyc's library) it
/// imports. Built-in module names are left to the runtime; a module that is found nowhere is left for the lowering to
/// report (or to raise ImportError at run time inside a `try`).
pub fn load(main: &Path, text: &str) -> Result<Vec<Loaded>, LoadError> {
    let root = main.parent().map(Path::to_path_buf).unwrap_or_default();
    let mut first = parse(&main.display().to_string(), text).map_err(LoadError::Compile)?;
    let mut queue = Vec::new();
    imports(&mut first.body, &mut queue);
    literal_imports(text, &mut queue);
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
        // directory), then mpyc's library of modules written in Python; but a module compiled
        // into CPython comes first there too.
        let compiled_in = COMPILED_IN.contains(&name.as_str());
        let mut module = match find(&root, &name).filter(|_| !compiled_in || super::library::source(&name).is_none()) {
            Some((path, package)) => {
                let bytes = std::fs::read(&path).map_err(|e| LoadError::Io(path.clone(), e))?;
                let file = path.display().to_string();
                let text = super::decode(&file, bytes).map_err(LoadError::Compile)?;
                let mut module = parse(&file, &text).map_err(LoadError::Compile)?;
                literal_imports(&text, &mut queue);
                // `from .x import y` in a package's module: `from pkg.x import y`.
                let parent = match package {
                    true => name.as_str(),
                    false => name.rsplit_once('.').map_or("", |(p, _)| p),
                };
                absolute_imports(&mut module.body, parent);
                module
            }
            None => match super::library::source(&name) {
                Some(text) => parse(&format!("<mpyc>/lib/{name}.py"), text).map_err(LoadError::Compile)?,
                // A directory without `__init__.py`: a namespace package (PEP 420), which
                // comes after every module of the name, as on CPython's path.
                None if root.join(name.split('.').collect::<PathBuf>()).is_dir() => {
                    let dir: PathBuf = root.join(name.split('.').collect::<PathBuf>());
                    parse(&dir.display().to_string(), "").map_err(LoadError::Compile)?
                }
                None => continue,
            },
        };
        imports(&mut module.body, &mut queue);
        loaded.push(Loaded { name, module });
    }
    spell_out_star_imports(&mut loaded);
    Ok(loaded)
}

/// `from m import *` spelt out: the names `m` makes public (a built-in module's members; for a
/// module of the program, its `__all__` when that is a literal list or tuple of strings, else
/// the names its top level binds that do not start with `_`), followed by the `*` itself,
/// which tells the lowering to bind only those the module has when the statement runs (a
/// name bound under an `if` not taken is skipped, as in CPython). Repeated until nothing
/// changes, so that a star import of a module that star-imports another sees its names.
fn spell_out_star_imports(loaded: &mut [Loaded]) {
    for _ in 0..=loaded.len() {
        let mut changed = false;
        for i in 0..loaded.len() {
            let mut body = std::mem::take(&mut loaded[i].module.body);
            star_imports(&mut body, &mut |m: &str| public_names(loaded, m), &mut changed);
            loaded[i].module.body = body;
        }
        if !changed {
            break;
        }
    }
}

/// The names `from m import *` binds, as the loaded modules stand now.
fn public_names(loaded: &[Loaded], m: &str) -> Vec<String> {
    if let Some(b) = mpyc_runtime::modules::find(m) {
        let names = mpyc_runtime::modules::member_names(b);
        return names.into_iter().filter(|n| !n.starts_with('_')).map(String::from).collect();
    }
    let Some(module) = loaded.iter().find(|l| l.name == m) else { return Vec::new() };
    for s in &module.module.body {
        if let ast::Stmt::Assign(a) = s {
            if let [ast::Expr::Name(n)] = &a.targets[..] {
                if n.id.as_str() == "__all__" {
                    let items = match &*a.value {
                        ast::Expr::List(l) => &l.elts,
                        ast::Expr::Tuple(t) => &t.elts,
                        _ => continue,
                    };
                    let names: Option<Vec<String>> = items
                        .iter()
                        .map(|e| match e {
                            ast::Expr::Constant(ast::ExprConstant { value: ast::Constant::Str(s), .. }) => {
                                Some(s.clone())
                            }
                            _ => None,
                        })
                        .collect();
                    if let Some(names) = names {
                        return names;
                    }
                }
            }
        }
    }
    let (bound, _) = super::scope::module_names(&module.module.body);
    bound.into_iter().filter(|n| !n.starts_with('_')).collect()
}

/// Spells out the star imports of a module's top level (`import *` is allowed nowhere else).
fn star_imports(body: &mut [ast::Stmt], names: &mut dyn FnMut(&str) -> Vec<String>, changed: &mut bool) {
    for s in body {
        match s {
            ast::Stmt::ImportFrom(i) if i.names.iter().any(|a| a.name.as_str() == "*") => {
                let Some(m) = &i.module else { continue };
                let range = i.names.iter().find(|a| a.name.as_str() == "*").map(|a| a.range).unwrap_or(i.range);
                let mut spelt: Vec<ast::Alias> = names(m.as_str())
                    .into_iter()
                    .map(|n| ast::Alias { range, name: ast::Identifier::new(n), asname: None })
                    .collect();
                spelt.push(ast::Alias { range, name: ast::Identifier::new("*"), asname: None });
                let before: Vec<&str> = i.names.iter().map(|a| a.name.as_str()).collect();
                let after: Vec<&str> = spelt.iter().map(|a| a.name.as_str()).collect();
                if before != after {
                    *changed = true;
                    i.names = spelt;
                }
            }
            ast::Stmt::If(x) => {
                star_imports(&mut x.body, names, changed);
                star_imports(&mut x.orelse, names, changed);
            }
            ast::Stmt::Try(t) => {
                star_imports(&mut t.body, names, changed);
                for h in &mut t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    star_imports(&mut h.body, names, changed);
                }
                star_imports(&mut t.orelse, names, changed);
                star_imports(&mut t.finalbody, names, changed);
            }
            ast::Stmt::With(w) => star_imports(&mut w.body, names, changed),
            ast::Stmt::For(f) => star_imports(&mut f.body, names, changed),
            ast::Stmt::While(w) => star_imports(&mut w.body, names, changed),
            _ => {}
        }
    }
}
