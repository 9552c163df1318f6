//! CLIF text as input, for backend development: `mpyc build f.clif --emit asm` shows what the
//! Thumb-2 backend makes of hand-written IR. Functions are numbered in file order; `%main`
//! becomes the program's entry point `mpy_main`; functions called but not defined (runtime
//! entry points such as `%rt_print`) become imports.

use crate::lower::{FuncDecl, Program};
use anyhow::{anyhow, Result};
use cranelift_codegen::ir::{self, ExternalName, UserExternalName, UserFuncName};

/// Renames `%name` functions to user names `(0, index)`, calls included, as the backend needs.
/// Functions called but not defined in the file are appended to the names (as imports).
pub fn to_user_names(funcs: &mut [ir::Function]) -> Vec<String> {
    let mut names: Vec<String> = funcs.iter().map(|f| f.name.to_string().trim_start_matches('%').to_string()).collect();
    for (i, f) in funcs.iter_mut().enumerate() {
        f.name = UserFuncName::user(0, i as u32);
        let refs: Vec<_> = f.dfg.ext_funcs.keys().collect();
        for r in refs {
            if let ExternalName::TestCase(tc) = &f.dfg.ext_funcs[r].name {
                let callee = tc.to_string().trim_start_matches('%').to_string();
                let j = names.iter().position(|n| *n == callee).unwrap_or_else(|| {
                    names.push(callee.clone());
                    names.len() - 1
                });
                let name = f.declare_imported_user_function(UserExternalName::new(0, j as u32));
                f.dfg.ext_funcs[r].name = ExternalName::user(name);
            }
        }
    }
    names
}

/// Reads CLIF text into a program whose entry is `%main` (or the first function).
pub fn program(text: &str) -> Result<Program> {
    let mut funcs = cranelift_reader::parse_functions(text).map_err(|e| anyhow!("CLIF: {e}"))?;
    let names = to_user_names(&mut funcs);
    let mut functions = Vec::new();
    for (i, name) in names.iter().enumerate() {
        let decl = match funcs.get(i) {
            Some(f) => FuncDecl {
                name: if name == "main" { "mpy_main".to_string() } else { name.clone() },
                sig: f.signature.clone(),
                body: Some(f.clone()),
            },
            None => {
                // An import: the signature its callers declared.
                let user = format!("u0:{i}");
                let sig = funcs
                    .iter()
                    .flat_map(|f| f.dfg.ext_funcs.values().map(move |e| (f, e)))
                    .find(|(f, e)| e.name.display(Some(&f.params)).to_string() == user)
                    .map(|(f, e)| f.dfg.signatures[e.signature].clone())
                    .ok_or_else(|| anyhow!("%{name} is neither defined nor called"))?;
                FuncDecl { name: name.clone(), sig, body: None }
            }
        };
        functions.push(decl);
    }
    let main = names.iter().position(|n| n == "main").unwrap_or(0);
    Ok(Program {
        file: String::new(),
        functions,
        data: vec![],
        main,
        warnings: vec![],
        names: None,
        stubs: Default::default(),
        vm_stubs: Default::default(),
        bytecode: Default::default(),
        listings: vec![],
        library_left_out: 0,
    })
}
