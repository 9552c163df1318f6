//! The names the compiler knows without a definition: Python builtins and the built-in modules,
//! checked at compile time so that a typo is an error with a suggestion.

use super::err;
use crate::diag::CompileError;
use crate::diag::SourceMap;
use rustpython_parser::ast;

/// Whether `name` is one of the builtins.
pub fn is_builtin(name: &str) -> bool {
    mpyc_runtime::builtins::names().any(|n| n == name)
}

pub fn builtin_names() -> Vec<&'static str> {
    mpyc_runtime::builtins::names().collect()
}

/// The built-in module `name`, if there is one.
pub fn module(name: &str) -> Option<&'static mpyc_runtime::modules::ModuleObj> {
    mpyc_runtime::modules::find(name)
}

pub fn module_names() -> Vec<&'static str> {
    mpyc_runtime::modules::MODULES.iter().map(|m| m.name).collect()
}

/// Checks an import: what mpyc cannot compile is an error; a module or a name that does not
/// exist is a warning (the import raises ImportError when it runs, as in CPython), unless
/// `guarded` (the import is inside a `try` that handles ImportError: the program expects it
/// may fail). Returns the warnings.
pub fn check_import(
    source: &SourceMap,
    stmt: &ast::Stmt,
    guarded: bool,
    user: &dyn Fn(&str) -> bool,
) -> Result<Vec<CompileError>, CompileError> {
    let mut warnings = Vec::new();
    // (`__main__` is the program's main module.)
    let user = &|name: &str| name == "__main__" || user(name);
    let missing = |name: &str, node: &dyn Fn(String) -> CompileError| -> CompileError {
        // The built-in modules and the library's, but the private ones.
        let mut known: Vec<&str> = module_names().into_iter().chain(crate::frontend::library::names()).collect();
        known.retain(|m| !m.starts_with('_'));
        known.sort_unstable();
        known.dedup();
        let e = node(format!("no module named '{name}'"));
        match closest(name, &known) {
            Some(c) => e.with_help(format!("did you mean '{c}'?")),
            None => e.with_help(format!("the modules there are: {}", known.join(", "))),
        }
    };
    match stmt {
        ast::Stmt::Import(s) => {
            for alias in &s.names {
                let name = alias.name.as_str();
                if module(name).is_none() && !user(name) && !guarded {
                    warnings.push(missing(name, &|msg| err(source, alias, msg)));
                }
            }
        }
        ast::Stmt::ImportFrom(s) => {
            let name = s.module.as_ref().map_or("", |m| m.as_str());
            // (One of a package's modules has them made absolute by `frontend::loader`: what is
            // left raises ImportError when it runs, as in CPython.)
            if s.level.is_some_and(|l| l.to_u32() > 0) {
                warnings.push(
                    err(source, stmt, "attempted relative import with no known parent package").with_help(
                        "a relative import works in a package's modules; here, import the module by its name",
                    ),
                );
                return Ok(warnings);
            }
            let Some(m) = module(name) else {
                if !guarded && !user(name) {
                    warnings.push(missing(name, &|msg| err(source, stmt, msg)));
                }
                return Ok(warnings);
            };
            // (A star import comes spelt out, with its `*` last: `frontend::loader`.)
            if s.names.iter().any(|a| a.name.as_str() == "*") {
                return Ok(warnings);
            }
            for alias in &s.names {
                let member = alias.name.as_str();
                let names = mpyc_runtime::modules::member_names(m);
                if !names.contains(&member) && !guarded {
                    let e = err(source, alias, format!("cannot import name '{member}' from '{name}'"));
                    warnings.push(match closest(member, &names) {
                        Some(c) => e.with_help(format!("did you mean '{c}'?")),
                        None => e.with_help(format!("'{name}' has: {}", names.join(", "))),
                    });
                }
            }
        }
        _ => {}
    }
    Ok(warnings)
}

/// The candidate CPython would suggest for the misspelt `word`, if any.
pub fn closest<'a>(word: &str, candidates: &[&'a str]) -> Option<&'a str> {
    let mut sorted = candidates.to_vec();
    sorted.sort_unstable();
    sorted.dedup();
    mpyc_runtime::suggest::suggestion(word, &sorted)
}
