//! Compile errors that point into the program: file, line, column, the line itself with a caret
//! under the construct, and what to do instead.

use std::fmt;

/// A place in a source file, 1-based, with the source line it is on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Span {
    pub file: String,
    pub line: usize,
    pub column: usize,
    /// How many characters the construct covers on its first line (at least 1).
    pub width: usize,
    pub text: String,
}

/// An error in the user's program.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CompileError {
    pub span: Span,
    pub message: String,
    pub help: Option<String>,
}

impl CompileError {
    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }
}

impl CompileError {
    /// The same report as a warning: valid Python that is likely a mistake, compiled to raise
    /// at run time what CPython raises there.
    pub fn warning(&self) -> Warning<'_> {
        Warning(self)
    }

    fn render(&self, f: &mut fmt::Formatter<'_>, label: &str) -> fmt::Result {
        let s = &self.span;
        writeln!(f, "{}:{}:{}: {label}: {}", s.file, s.line, s.column, self.message)?;
        let gutter = s.line.to_string();
        let pad = " ".repeat(gutter.len());
        writeln!(f, "{pad} |")?;
        let (shown, column, width) = window(&s.text, s.column, s.width);
        writeln!(f, "{gutter} | {shown}")?;
        let indent: String =
            shown.chars().take(column.saturating_sub(1)).map(|c| if c == '\t' { '\t' } else { ' ' }).collect();
        write!(f, "{pad} | {indent}{}", "^".repeat(width.max(1)))?;
        if let Some(help) = &self.help {
            write!(f, "\n{pad} = help: {help}")?;
        }
        Ok(())
    }
}

/// How many characters of a source line a report shows.
const SHOWN_CHARS: usize = 100;

/// The part of `line` a report shows, with the construct's column and width within it: all of
/// it when it is short, else [`SHOWN_CHARS`] characters around the construct, cut with `...`.
fn window(line: &str, column: usize, width: usize) -> (String, usize, usize) {
    let chars: Vec<char> = line.chars().collect();
    if chars.len() <= SHOWN_CHARS {
        return (line.to_string(), column, width);
    }
    let at = column.saturating_sub(1).min(chars.len());
    let start = at.saturating_sub(SHOWN_CHARS / 3);
    let end = (start + SHOWN_CHARS).min(chars.len());
    let mut shown: String = if start > 0 { "...".into() } else { String::new() };
    let column = column - start + shown.len();
    shown.extend(&chars[start..end]);
    if end < chars.len() {
        shown.push_str("...");
    }
    (shown, column, width.min(end.saturating_sub(at)))
}

impl fmt::Display for CompileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.render(f, "error")
    }
}

/// A [`CompileError`] shown as a warning.
pub struct Warning<'a>(&'a CompileError);

impl fmt::Display for Warning<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.render(f, "warning")
    }
}

impl std::error::Error for CompileError {}

/// Turns byte offsets of one source file into [`Span`]s.
pub struct SourceMap {
    pub file: String,
    pub text: String,
    line_starts: Vec<usize>,
}

impl SourceMap {
    pub fn new(file: impl Into<String>, text: impl Into<String>) -> Self {
        let text = text.into();
        let mut line_starts = vec![0];
        line_starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        SourceMap { file: file.into(), text, line_starts }
    }

    /// The 1-based line holding byte `offset`.
    pub fn line_of(&self, offset: usize) -> usize {
        self.line_starts.partition_point(|&s| s <= offset)
    }

    /// The byte offset where 1-based `line` starts.
    pub fn line_start(&self, line: usize) -> usize {
        self.line_starts.get(line.saturating_sub(1)).copied().unwrap_or(0)
    }

    /// The span of bytes `start..end`, widened to whole characters: an offset inside a
    /// multi-byte character (a parser may point into one) means the whole character.
    pub fn span(&self, start: usize, end: usize) -> Span {
        let start = floor_char_boundary(&self.text, start);
        let end = ceil_char_boundary(&self.text, end.max(start + 1));
        let line = self.line_of(start);
        let line_start = self.line_starts[line - 1];
        let line_end = self.text[line_start..].find('\n').map_or(self.text.len(), |i| line_start + i);
        let text = self.text[line_start..line_end].trim_end_matches('\r');
        let column = self.text[line_start..start].chars().count() + 1;
        let stop = end.clamp(start, line_end);
        let width = self.text[start..stop].chars().count().max(1);
        Span { file: self.file.clone(), line, column, width, text: text.to_string() }
    }

    pub fn error(&self, start: usize, end: usize, message: impl Into<String>) -> CompileError {
        CompileError { span: self.span(start, end), message: message.into(), help: None }
    }
}

/// `i`, or the start of the character `i` falls inside (the text's end at most).
pub fn floor_char_boundary(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// `i`, or the end of the character `i` falls inside (the text's end at most).
pub fn ceil_char_boundary(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_inside_a_character_widen_to_it() {
        let map = SourceMap::new("t.py", "x = 1\nprint(1\u{1F600})\n");
        // Byte 13 is the emoji's first byte; 14..16 are inside it.
        for (start, end) in [(13, 14), (14, 15), (16, 17), (13, 17)] {
            let s = map.span(start, end);
            assert_eq!((s.line, s.column, s.width), (2, 8, 1), "{start}..{end}");
        }
        let s = map.span(100, 101);
        assert_eq!((s.line, s.column), (3, 1));
    }

    #[test]
    fn long_lines_are_shown_around_the_construct() {
        let line = format!("x = {}", "1+".repeat(1000));
        let map = SourceMap::new("t.py", line.clone());
        let report = map.error(1504, 1505, "here").to_string();
        let lines: Vec<&str> = report.lines().collect();
        assert!(lines[2].starts_with("1 | ...") && lines[2].ends_with("..."), "{report}");
        assert!(lines[2].len() < SHOWN_CHARS + 12, "{report}");
        let caret = lines[3].find('^').expect("a caret");
        assert_eq!(&lines[2][caret..caret + 1], &line[1504..1505], "{report}");
        let first = map.error(0, 1, "there").to_string();
        assert!(first.contains("1 | x = 1+1+") && first.contains("  | ^\n") || first.ends_with("  | ^"), "{first}");
    }
}
