//! Frontend: parses a `.py` file (rustpython-parser) and works out what each name refers to.

/// The items of a `Fold<TextRange>` that walks the tree and keeps its ranges as they are
/// (failing with `$error`): what every pass of ours over a parsed module needs.
macro_rules! fold_keeping_ranges {
    ($error:ty) => {
        type TargetU = rustpython_parser::text_size::TextRange;
        type Error = $error;
        type UserContext = ();

        fn will_map_user(&mut self, _: &rustpython_parser::text_size::TextRange) {}

        fn map_user(
            &mut self,
            user: rustpython_parser::text_size::TextRange,
            _: (),
        ) -> Result<rustpython_parser::text_size::TextRange, $error> {
            Ok(user)
        }
    };
}

pub mod clif;
pub mod depth;
pub mod desugar;
pub mod library;
pub mod loader;
pub mod numbers;
pub mod prune;
pub mod scope;
pub mod yields;

use crate::diag::{floor_char_boundary, CompileError, SourceMap};
use rustpython_parser::{ast, Mode};

/// One parsed source file.
pub struct Module {
    pub source: SourceMap,
    pub body: Vec<ast::Stmt>,
    /// The names its code mentions, as [`prune`] found them (for a library module, those of
    /// the code it kept); `None`: not yet looked for (every name of its source).
    pub mentioned: Option<std::collections::BTreeSet<String>>,
    /// The names of library functions its expansions call, which no source spells
    /// (`_match.attrs` for a class pattern: `desugar`).
    pub implicit: std::collections::BTreeSet<String>,
    /// Where its operations on ints for sure are (`numbers::int_operations`): the ranges of
    /// the binary operators and augmented assignments whose slow paths need only int
    /// arithmetic. Empty until [`numbers::mark_int_operations`].
    pub int_ops:
        std::collections::BTreeSet<(rustpython_parser::text_size::TextSize, rustpython_parser::text_size::TextSize)>,
}

/// Parses `text`, the contents of `file`; a syntax error becomes a [`CompileError`].
pub fn parse(file: &str, text: &str) -> Result<Module, CompileError> {
    let source = SourceMap::new(file, text);
    // The tokens pass by a count of indentation levels on their way to the parser.
    let mut indent = depth::Indentation::default();
    let tokens = rustpython_parser::lexer::lex(text, Mode::Module).inspect(|t| indent.see(t));
    let parsed = rustpython_parser::parse_tokens(tokens, Mode::Module, file);
    if let Some(at) = indent.too_deep {
        let start = usize::from(at.start());
        return Err(source
            .error(
                start,
                start.max(usize::from(at.end())),
                format!("too many levels of indentation: more than {}, as in CPython", depth::MAX_INDENT),
            )
            .with_help("move the inner blocks into functions"));
    }
    match parsed {
        Ok(ast::Mod::Module(m)) => match depth::check(m.body) {
            Ok(body) => {
                let mut body = match yields::check(body) {
                    Ok(body) => body,
                    Err((at, message)) => {
                        let (start, end) = (usize::from(at.start()), usize::from(at.end()));
                        return Err(source.error(start, end, message));
                    }
                };
                if let Some((at, message)) = desugar::match_errors(&body) {
                    let (start, end) = (usize::from(at.start()), usize::from(at.end()));
                    return Err(source.error(start, end, message));
                }
                let implicit = match desugar::desugar(&mut body, text, file) {
                    Ok(implicit) => implicit,
                    Err((at, message)) => {
                        let (start, end) = (usize::from(at.start()), usize::from(at.end()));
                        return Err(source.error(start, end, message));
                    }
                };
                Ok(Module { source, body, mentioned: None, implicit, int_ops: Default::default() })
            }
            Err(at) => {
                let (start, end) = (usize::from(at.start()), usize::from(at.end()));
                let message =
                    format!("too deeply nested: more than {} levels of blocks and expressions", depth::MAX_DEPTH);
                Err(source
                    .error(start, end, message)
                    .with_help("give parts of it names (`part = ...`), or split it into functions"))
            }
        },
        Ok(_) => Err(source.error(0, 0, "expected a module")),
        Err(e) => {
            if is_tabs_after_spaces(&e.error) {
                if let Some(spaced) = tabs_after_spaces(text) {
                    return parse(file, &spaced);
                }
            }
            let mut at = floor_char_boundary(text, usize::from(e.offset));
            if let Some((c, start)) = invalid_character(&e.error, text, at) {
                return Err(source.error(start, start + c.len_utf8(), invalid_character_message(c)));
            }
            let message = match &e.error {
                rustpython_parser::ParseErrorType::Eof => "unexpected end of file".to_string(),
                other => other.to_string(),
            };
            let mut help = None;
            if message.contains("while scanning string literal") {
                // The lexer stops at the end of the line; point at the quote that opened it.
                let line_start = text[..at].trim_end_matches(['\n', '\r']).rfind('\n').map_or(0, |i| i + 1);
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

fn is_tabs_after_spaces(error: &rustpython_parser::ParseErrorType) -> bool {
    use rustpython_parser::{lexer::LexicalErrorType, ParseErrorType};
    matches!(error, ParseErrorType::Lexical(LexicalErrorType::TabsAfterSpaces))
}

/// `text` with every line's indentation made of spaces (a tab to the next multiple of 8
/// columns, as CPython counts it), where rustpython's lexer refuses a tab after spaces that
/// CPython takes; None when that changes nothing. A line that starts inside a string (a
/// triple-quoted one, or one continued with a backslash) keeps its text.
fn tabs_after_spaces(text: &str) -> Option<String> {
    let mut out = String::with_capacity(text.len());
    // The quote that opens the string the scan is in (one char, or three), if any.
    let mut quote: Option<&str> = None;
    let mut line_start = true;
    let mut rest = text;
    while !rest.is_empty() {
        if line_start && quote.is_none() {
            let end = rest.find(|c| c != ' ' && c != '\t').unwrap_or(rest.len());
            let columns = rest[..end].chars().fold(0, |col, c| if c == '\t' { (col / 8 + 1) * 8 } else { col + 1 });
            out.extend(std::iter::repeat_n(' ', columns));
            rest = &rest[end..];
            line_start = false;
            continue;
        }
        let c = rest.chars().next().unwrap_or('\n');
        let len = c.len_utf8();
        match (quote, c) {
            (None, '#') => {
                let end = rest.find(['\n', '\r']).unwrap_or(rest.len());
                out.push_str(&rest[..end]);
                rest = &rest[end..];
                continue;
            }
            (None, '"' | '\'') => {
                let q = if rest.starts_with("\"\"\"") || rest.starts_with("\'\'\'") { &rest[..3] } else { &rest[..1] };
                out.push_str(q);
                rest = &rest[q.len()..];
                quote = Some(q);
                continue;
            }
            (Some(q), _) if rest.starts_with(q) => {
                out.push_str(q);
                rest = &rest[q.len()..];
                quote = None;
                continue;
            }
            (_, '\\') => {
                // An escape, or a line continued: what follows is not a line's start.
                let next = rest[1..].chars().next().map_or(0, char::len_utf8);
                out.push_str(&rest[..1 + next]);
                rest = &rest[1 + next..];
                continue;
            }
            (Some(q), '\n' | '\r') if q.len() == 1 => quote = None,
            (None, '\n' | '\r') => line_start = true,
            _ => {}
        }
        out.push_str(&rest[..len]);
        rest = &rest[len..];
    }
    (out != text).then_some(out)
}

/// The character a parse error is about when it is one no Python token can hold (an emoji,
/// a byte-order mark or a direction override in the middle of a line), and where it starts.
fn invalid_character(error: &rustpython_parser::ParseErrorType, text: &str, at: usize) -> Option<(char, usize)> {
    use rustpython_parser::{lexer::LexicalErrorType, ParseErrorType, Tok};
    match error {
        // The lexer reports the offset after the character.
        ParseErrorType::Lexical(LexicalErrorType::UnrecognizedToken { tok }) => {
            let start = if text[..at].ends_with(*tok) { at - tok.len_utf8() } else { at };
            Some((*tok, start))
        }
        // The lexer takes an emoji for a name, which the parser then refuses.
        ParseErrorType::UnrecognizedToken(Tok::Name { name }, _) => {
            let c = name.chars().find(|c| !(c.is_alphanumeric() || *c == '_'))?;
            let start = at + text[at..].find(c)?;
            Some((c, start))
        }
        _ => None,
    }
}

/// CPython's words for a character that cannot appear outside strings and comments.
fn invalid_character_message(c: char) -> String {
    let format_char = matches!(c as u32,
        0xAD | 0x600..=0x605 | 0x61C | 0x6DD | 0x70F | 0x180E | 0x200B..=0x200F | 0x202A..=0x202E
        | 0x2060..=0x2064 | 0x2066..=0x206F | 0xFEFF | 0xFFF9..=0xFFFB);
    if c.is_control() || format_char || (c.is_whitespace() && c != ' ') {
        format!("invalid non-printable character U+{:04X}", c as u32)
    } else {
        format!("invalid character '{c}' (U+{:04X})", c as u32)
    }
}

/// The text of a source file: UTF-8, as Python requires of a file without an encoding
/// declaration. Bytes that are not UTF-8 are a compile error at the first of them.
pub fn decode(file: &str, bytes: Vec<u8>) -> Result<String, CompileError> {
    let e = match String::from_utf8(bytes) {
        Ok(text) => return Ok(text),
        Err(e) => e,
    };
    let at = e.utf8_error().valid_up_to();
    let bytes = e.into_bytes();
    let bad = bytes[at];
    // The valid prefix keeps its offsets in the lossy text, so the column is exact.
    let source = SourceMap::new(file, String::from_utf8_lossy(&bytes).into_owned());
    let declared = bytes.split(|&b| b == b'\n').take(2).any(|l| String::from_utf8_lossy(l).contains("coding"));
    let help = if declared {
        "mpyc reads source files as UTF-8 only: save the file as UTF-8 and drop the coding declaration"
    } else {
        "save the file as UTF-8 (Python source files are UTF-8 unless they declare another encoding)"
    };
    Err(source.error(at, at + 1, format!("byte 0x{bad:02x} is not UTF-8 text")).with_help(help))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn error(src: &str) -> CompileError {
        parse("t.py", src).err().expect("a syntax error")
    }

    #[test]
    fn invalid_characters_are_named_where_they_are() {
        let e = error("print(1\u{1F600})\n");
        assert_eq!((e.span.line, e.span.column), (1, 8));
        assert_eq!(e.message, "invalid character '\u{1F600}' (U+1F600)");
        let e = error("x = 1\nprint(1\u{FEFF})\n");
        assert_eq!((e.span.line, e.span.column), (2, 8));
        assert_eq!(e.message, "invalid non-printable character U+FEFF");
        let e = error("print(1\u{202E})\n");
        assert_eq!((e.span.line, e.span.column), (1, 8));
        assert_eq!(e.message, "invalid non-printable character U+202E");
    }

    #[test]
    fn non_utf8_is_refused_at_the_first_bad_byte() {
        let e = decode("t.py", b"x = 1\ny = '\xc3\xa9\xff'\n".to_vec()).expect_err("refused");
        assert_eq!((e.span.line, e.span.column), (2, 7));
        assert_eq!(e.message, "byte 0xff is not UTF-8 text");
        assert_eq!(decode("t.py", b"ok = 1\n".to_vec()).ok().as_deref(), Some("ok = 1\n"));
    }
}
