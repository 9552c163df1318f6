//! Frontend: parses a `.py` file (rustpython-parser) and works out what each name refers to.

pub mod scope;

use crate::diag::{CompileError, SourceMap};
use rustpython_parser::{ast, Mode};

/// One parsed source file.
pub struct Module {
    pub source: SourceMap,
    pub body: Vec<ast::Stmt>,
}

/// Parses `text`, the contents of `file`; a syntax error becomes a [`CompileError`].
pub fn parse(file: &str, text: &str) -> Result<Module, CompileError> {
    let source = SourceMap::new(file, text);
    match rustpython_parser::parse(text, Mode::Module, file) {
        Ok(ast::Mod::Module(m)) => Ok(Module { source, body: m.body }),
        Ok(_) => Err(source.error(0, 0, "expected a module")),
        Err(e) => {
            let at = usize::from(e.offset);
            let message = match &e.error {
                rustpython_parser::ParseErrorType::Eof => "unexpected end of file".to_string(),
                other => other.to_string(),
            };
            Err(source.error(at, at + 1, format!("invalid syntax: {message}")))
        }
    }
}
