//! Frontend: parses a `.py` file (rustpython-parser) and works out what each name refers to.

pub mod clif;
pub mod loader;
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
            let mut at = usize::from(e.offset);
            let message = match &e.error {
                rustpython_parser::ParseErrorType::Eof => "unexpected end of file".to_string(),
                other => other.to_string(),
            };
            let mut help = None;
            if message.contains("while scanning string literal") {
                // The lexer stops at the end of the line; point at the quote that opened it.
                let line_start =
                    text[..at.min(text.len())].trim_end_matches(['\n', '\r']).rfind('\n').map_or(0, |i| i + 1);
                let line_end = text[line_start..].find('\n').map_or(text.len(), |i| line_start + i);
                if let Some(q) = text[line_start..line_end].rfind(['"', '\'']) {
                    at = line_start + q;
                }
                help = Some("close the string with the quote it starts with, on the same line");
            }
            let e = source.error(at, at + 1, format!("invalid syntax: {message}"));
            Err(match help {
                Some(h) => e.with_help(h),
                None => e,
            })
        }
    }
}
