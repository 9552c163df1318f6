//! `doctest`, ahead of time: the examples in a module's docstrings (`>>> f(2)` and the output
//! expected after it) are compiled with the program, so that `doctest.testmod()` can run them
//! without compiling text at run time. For each docstring of the module, its top-level
//! functions and classes, and their classes' methods (what CPython's `DocTestFinder` finds), a
//! hidden function runs the examples in order — each in a `try`, an expression statement's
//! value shown as the interactive interpreter shows it — reporting to the runner it is given;
//! the module registers every such docstring (and every one without examples, for the verbose
//! report) with the library's `doctest` at its start. An example that does not parse raises
//! SyntaxError when it runs. Only a module whose source imports `doctest` gets any of this.

use super::hidden_import;
use rustpython_parser::ast::{self, fold, Fold, Ranged};
use rustpython_parser::text_size::{TextRange, TextSize};
use rustpython_parser::Parse;

/// The global the library module is bound to (a name no program can spell).
const MODULE: &str = "doctest.lib";
/// The runner's parameter in the hidden functions.
const RUNNER: &str = "__mpyc_doctest_runner";
const ERROR: &str = "__mpyc_doctest_error";

/// One docstring: its object's name below the module (`f`, `C.m`; empty for the module), the
/// 0-based line its opening quote is on, and its text.
struct Doc {
    name: String,
    line: usize,
    text: String,
}

/// One example: its source (without the prompts), the output expected, and its 0-based line
/// in the docstring.
struct Example {
    source: String,
    want: String,
    line: usize,
}

/// Adds the examples of `body`'s docstrings, when the module's `text` imports `doctest` (and it
/// is not the library's own `doctest`).
pub fn rewrite(body: &mut Vec<ast::Stmt>, text: &str, file: &str) {
    let imports = ["import doctest", "from doctest", "__import__(\"doctest\")", "__import__('doctest')"];
    if !imports.iter().any(|i| text.contains(i)) || file == "<mpyc>/lib/doctest.py" {
        return;
    }
    let mut docs = Vec::new();
    // (The module is an item even without a docstring: CPython lists it as having no tests.)
    let (line, module_doc) = docstring(body).map_or((0, String::new()), |d| (line_of(text, d.0), d.1));
    docs.push(Doc { name: String::new(), line, text: module_doc });
    find(body, "", text, &mut docs);
    let lines = line_starts(text);
    // The file as CPython's `__file__` names it: an absolute path.
    let path = std::path::Path::new(file);
    let absolute = match (path.is_relative(), std::env::current_dir()) {
        (true, Ok(dir)) if !file.starts_with('<') => dir.join(path).display().to_string(),
        _ => file.to_string(),
    };
    let mut made = Vec::new();
    let mut records = Vec::new();
    for (n, doc) in docs.iter().enumerate() {
        let examples = examples(&doc.text);
        let at = lines.get(doc.line).copied().unwrap_or_default();
        let func = if examples.is_empty() {
            "None".to_string()
        } else {
            made.push(runner_function(n, &examples, doc, &lines, at));
            format!("doctest_{n}")
        };
        let items: Vec<String> =
            examples.iter().map(|e| format!("({}, {}, {})", py_str(&e.source), py_str(&e.want), e.line)).collect();
        records.push(format!(
            "({}, {}, {}, ({}{}), {func})",
            py_str(&doc.name),
            py_str(&absolute),
            doc.line,
            items.join(", "),
            if items.len() == 1 { "," } else { "" }
        ));
    }
    // (Spelt as a parser takes it; `Relocate` renames the global and the functions.)
    let register = format!("doctest_lib._register(__name__, [{}])\n", records.join(", "));
    let mut added: Vec<ast::Stmt> = vec![hidden_import("doctest", MODULE)];
    added.extend(made);
    if let Ok(mut stmts) = ast::Suite::parse(&register, "<doctest>") {
        let mut at = Relocate { to: TextRange::empty(TextSize::default()), rename: true };
        stmts = stmts.into_iter().map(|s| at.fold_stmt(s).unwrap_or_else(|e| match e {})).collect();
        added.extend(stmts);
    }
    let at = super::future_imports(body);
    body.splice(at..at, added);
}

/// The docstring of a body: its range's start and its text.
fn docstring(body: &[ast::Stmt]) -> Option<(TextSize, String)> {
    match body.first()? {
        ast::Stmt::Expr(e) => match &*e.value {
            ast::Expr::Constant(c) => match &c.value {
                ast::Constant::Str(s) => Some((c.range.start(), s.clone())),
                _ => None,
            },
            _ => None,
        },
        _ => None,
    }
}

/// The docstrings of the functions and classes of `body` (a module's or a class's), and of what
/// the classes define, named below `prefix`. Every one is listed, also without a docstring
/// (CPython's `testmod` lists those as having no tests); a name bound twice keeps its last.
fn find(body: &[ast::Stmt], prefix: &str, text: &str, out: &mut Vec<Doc>) {
    for s in body {
        let (name, inner, class) = match s {
            ast::Stmt::FunctionDef(d) => (d.name.as_str(), &d.body, false),
            ast::Stmt::AsyncFunctionDef(d) => (d.name.as_str(), &d.body, false),
            ast::Stmt::ClassDef(c) => (c.name.as_str(), &c.body, true),
            _ => continue,
        };
        let full = if prefix.is_empty() { name.to_string() } else { format!("{prefix}.{name}") };
        let (line, doc) = match docstring(inner) {
            Some((at, d)) => (line_of(text, at), d),
            None => (line_of(text, s.range().start()), String::new()),
        };
        match out.iter_mut().find(|d| d.name == full) {
            // (A property's setter keeps its getter's docstring, as the property's is.)
            Some(d) if !class && d.text.is_empty() => *d = Doc { name: full.clone(), line, text: doc },
            Some(_) => {}
            None => out.push(Doc { name: full.clone(), line, text: doc }),
        }
        if class {
            find(inner, &full, text, out);
        }
    }
}

fn line_of(text: &str, at: TextSize) -> usize {
    text[..usize::from(at).min(text.len())].matches('\n').count()
}

fn line_starts(text: &str) -> Vec<TextSize> {
    let mut v = vec![TextSize::default()];
    v.extend(text.match_indices('\n').map(|(i, _)| TextSize::from(i as u32 + 1)));
    v
}

/// The examples of a docstring, as CPython's `DocTestParser` reads them: a line whose first
/// non-blank text is `>>>`, its `...` continuation lines, then the expected output: the lines
/// up to a blank one or the next `>>>`, less the prompt line's indentation.
fn examples(doc: &str) -> Vec<Example> {
    let lines: Vec<&str> = doc.split('\n').collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let l = lines[i];
        let indent = l.len() - l.trim_start_matches(' ').len();
        let rest = &l[indent..];
        if !(rest == ">>>" || rest.starts_with(">>> ")) {
            i += 1;
            continue;
        }
        let first = i;
        let strip = |l: &str| -> String { l.get(indent + 4..).unwrap_or("").to_string() };
        let mut source = vec![strip(l)];
        i += 1;
        while i < lines.len() {
            let r = lines[i].get(indent..).unwrap_or("");
            if lines[i].len() - lines[i].trim_start_matches(' ').len() >= indent
                && (r == "..." || r.starts_with("... "))
            {
                source.push(strip(lines[i]));
                i += 1;
            } else {
                break;
            }
        }
        let mut want = String::new();
        while i < lines.len() {
            let w = lines[i];
            let blank = w.trim().is_empty();
            if blank || w.trim_start_matches(' ').starts_with(">>>") {
                break;
            }
            want.push_str(w.get(indent..).unwrap_or_else(|| w.trim_start()));
            want.push('\n');
            i += 1;
        }
        // (One that is only comments or blank is no example, as in CPython.)
        if source.iter().any(|l| !(l.trim().is_empty() || l.trim_start().starts_with('#'))) {
            out.push(Example { source: source.join("\n"), want, line: first });
        }
    }
    out
}

/// A Python string literal of `s`.
fn py_str(s: &str) -> String {
    let mut o = String::from("'");
    for c in s.chars() {
        match c {
            '\\' => o.push_str("\\\\"),
            '\'' => o.push_str("\\'"),
            '\n' => o.push_str("\\n"),
            '\r' => o.push_str("\\r"),
            '\t' => o.push_str("\\t"),
            c if (c as u32) < 0x20 || c as u32 == 0x7f => o.push_str(&format!("\\x{:02x}", c as u32)),
            c => o.push(c),
        }
    }
    o.push('\'');
    o
}

/// `def doctest_N(runner)`: each example in a `try`, reported to the runner.
fn runner_function(n: usize, examples: &[Example], doc: &Doc, lines: &[TextSize], at: TextSize) -> ast::Stmt {
    let skeleton = format!(
        "def doctest_{n}({RUNNER}):\n    {RUNNER}.example()\n    try:\n        pass\n    except KeyboardInterrupt:\n        raise\n    except BaseException as {ERROR}:\n        {RUNNER}.raised({ERROR})\n    else:\n        {RUNNER}.done()\n"
    );
    let stub = match ast::Suite::parse(&skeleton, "<doctest>") {
        Ok(mut s) if s.len() == 1 => s.remove(0),
        _ => return ast::Stmt::Pass(ast::StmtPass { range: TextRange::empty(at) }),
    };
    let mut whole = Relocate { to: TextRange::empty(at), rename: false };
    let ast::Stmt::FunctionDef(mut def) = whole.fold_stmt(stub).unwrap_or_else(|e| match e {}) else {
        unreachable!("a def was parsed")
    };
    let template = std::mem::take(&mut def.body);
    for e in examples {
        // Where the example's prompt line is in the file (tracebacks point there).
        let here = lines.get(doc.line + e.line).copied().unwrap_or(at);
        let skipped = e.source.lines().any(|l| l.contains("doctest:") && l.contains("+SKIP"));
        let body: Vec<ast::Stmt> = match ast::Suite::parse(&format!("{}\n", e.source), "<doctest>") {
            // (An example the directive skips is not compiled, as CPython does not run it.)
            Ok(_) if skipped => ast::Suite::parse("pass\n", "<doctest>").unwrap_or_default(),
            Ok(stmts) => stmts.into_iter().map(show_expressions).collect(),
            Err(_) => ast::Suite::parse("raise SyntaxError('invalid syntax')\n", "<doctest>").unwrap_or_default(),
        };
        let mut relocate = Relocate { to: TextRange::empty(here), rename: false };
        for t in &template {
            let mut t = relocate.fold_stmt(t.clone()).unwrap_or_else(|e| match e {});
            if let ast::Stmt::Try(tr) = &mut t {
                tr.body = body.iter().map(|s| relocate.fold_stmt(s.clone()).unwrap_or_else(|e| match e {})).collect();
            }
            def.body.push(t);
        }
    }
    def.name = ast::Identifier::new(format!("doctest.{n}"));
    ast::Stmt::FunctionDef(def)
}

/// An expression statement of an example shows its value, as the interactive prompt does
/// (`runner.show(value)`).
fn show_expressions(s: ast::Stmt) -> ast::Stmt {
    match s {
        ast::Stmt::Expr(e) => {
            let range = e.range;
            let func = ast::Expr::Attribute(ast::ExprAttribute {
                range,
                value: Box::new(ast::Expr::Name(ast::ExprName {
                    range,
                    id: ast::Identifier::new(RUNNER),
                    ctx: ast::ExprContext::Load,
                })),
                attr: ast::Identifier::new("show"),
                ctx: ast::ExprContext::Load,
            });
            let call =
                ast::Expr::Call(ast::ExprCall { range, func: Box::new(func), args: vec![*e.value], keywords: vec![] });
            ast::Stmt::Expr(ast::StmtExpr { range, value: Box::new(call) })
        }
        other => other,
    }
}

/// Puts every node at one place of the file (the generated code's own text is not the file's);
/// `rename` also spells the library's global as it is bound.
struct Relocate {
    to: TextRange,
    rename: bool,
}

impl Fold<TextRange> for Relocate {
    type TargetU = TextRange;
    type Error = std::convert::Infallible;
    type UserContext = ();

    fn will_map_user(&mut self, _: &TextRange) {}

    fn map_user(&mut self, _: TextRange, _: ()) -> Result<TextRange, Self::Error> {
        Ok(self.to)
    }

    fn fold_expr(&mut self, node: ast::Expr) -> Result<ast::Expr, Self::Error> {
        let mut e = fold::fold_expr(self, node)?;
        if let (true, ast::Expr::Name(n)) = (self.rename, &mut e) {
            if n.id.as_str() == "doctest_lib" {
                n.id = ast::Identifier::new(MODULE);
            } else if let Some(rest) = n.id.as_str().strip_prefix("doctest_") {
                if !rest.is_empty() && rest.chars().all(|c| c.is_ascii_digit()) {
                    n.id = ast::Identifier::new(format!("doctest.{rest}"));
                }
            }
        }
        Ok(e)
    }
}
