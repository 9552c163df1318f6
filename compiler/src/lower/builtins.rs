//! The names the compiler knows without a definition: Python builtins and the built-in modules
//! (`pyb`, `time`), each mapped to a runtime entry point; and `import` statements that bind them.

use super::{err, ModuleCtx};
use crate::diag::CompileError;
use rustpython_parser::ast;

/// A callable a module or the builtins provide: its Python name, runtime entry, arity.
pub struct Member {
    pub name: &'static str,
    pub entry: &'static str,
    pub params: usize,
}

pub struct ModuleDef {
    pub name: &'static str,
    pub members: &'static [Member],
}

const fn m(name: &'static str, entry: &'static str, params: usize) -> Member {
    Member { name, entry, params }
}

pub const MODULES: &[ModuleDef] = &[
    ModuleDef {
        name: "pyb",
        members: &[m("LED", "rt_pyb_led", 1), m("delay", "rt_pyb_delay", 1), m("millis", "rt_pyb_millis", 0)],
    },
    ModuleDef { name: "time", members: &[m("sleep_ms", "rt_pyb_delay", 1), m("ticks_ms", "rt_pyb_millis", 0)] },
];

/// Builtins that are plain calls of one runtime entry point.
pub const BUILTINS: &[Member] =
    &[m("len", "rt_len", 1), m("repr", "rt_repr", 1), m("str", "rt_str", 1), m("abs", "rt_abs", 1)];

/// Builtins the lowering treats specially.
pub const SPECIAL_BUILTINS: &[&str] = &["print", "range"];

/// What an imported name refers to.
#[derive(Clone, Copy)]
pub enum Imported {
    Module(&'static ModuleDef),
    Member(&'static Member),
}

impl ModuleDef {
    pub fn member(&'static self, name: &str) -> Option<&'static Member> {
        self.members.iter().find(|m| m.name == name)
    }
}

/// Binds the names of an `import` or `from … import` statement at module level.
pub(super) fn import(ctx: &mut ModuleCtx, stmt: &ast::Stmt) -> Result<(), CompileError> {
    let find = |name: &str, node: &dyn Fn(String) -> CompileError| {
        MODULES.iter().find(|m| m.name == name).ok_or_else(|| {
            let known: Vec<&str> = MODULES.iter().map(|m| m.name).collect();
            let e = node(format!("no module named '{name}'"));
            match closest(name, &known) {
                Some(c) => e.with_help(format!("did you mean '{c}'?")),
                None => e.with_help(format!("the modules there are: {}", known.join(", "))),
            }
        })
    };
    match stmt {
        ast::Stmt::Import(s) => {
            for alias in &s.names {
                let name = alias.name.as_str();
                let module = find(name, &|msg| err(ctx.source, alias, msg))?;
                let bound = alias.asname.as_ref().map_or(name, |a| a.as_str());
                ctx.imports.insert(bound.to_string(), Imported::Module(module));
            }
        }
        ast::Stmt::ImportFrom(s) => {
            let name = s.module.as_ref().map_or("", |m| m.as_str());
            let module = find(name, &|msg| err(ctx.source, stmt, msg))?;
            for alias in &s.names {
                let member = alias.name.as_str();
                if member == "*" {
                    return Err(err(ctx.source, alias, "`import *` is not supported")
                        .with_help(format!("import the names you use: `from {name} import …`")));
                }
                let Some(def) = module.member(member) else {
                    let names: Vec<&str> = module.members.iter().map(|m| m.name).collect();
                    let e = err(ctx.source, alias, format!("cannot import name '{member}' from '{name}'"));
                    return Err(match closest(member, &names) {
                        Some(c) => e.with_help(format!("did you mean '{c}'?")),
                        None => e.with_help(format!("'{name}' has: {}", names.join(", "))),
                    });
                };
                let bound = alias.asname.as_ref().map_or(member, |a| a.as_str());
                ctx.imports.insert(bound.to_string(), Imported::Member(def));
            }
        }
        _ => {}
    }
    Ok(())
}

/// The candidate CPython would suggest for the misspelt `word`, if any.
pub fn closest<'a>(word: &str, candidates: &[&'a str]) -> Option<&'a str> {
    let mut sorted = candidates.to_vec();
    sorted.sort_unstable();
    sorted.dedup();
    mpyc_runtime::suggest::suggestion(word, &sorted)
}
