//! Async code as the generator code it is: `async def` becomes a generator function (a
//! coroutine: calling it makes a generator that `await` drives), `async with` and `async for`
//! the statements CPython's definitions spell out with `await` (which the lowering makes a
//! `yield from` of the awaitable's iterator, `rt_await`); and `match` an `if`/`elif` chain
//! of its patterns' tests; and a `for` over a generator it made closes it when left early
//! (`genclose`); a starred subscript indexes with a tuple (`starsub`). Run on each module
//! right after parsing, so that every later stage sees only these.
//!
//! The names the expansions introduce contain a `.`, so no program's name can meet them.

use rustpython_parser::ast::{self, Ranged};
use rustpython_parser::text_size::TextRange;
use std::collections::BTreeSet;

pub mod annotations;
pub mod asyncgen;
pub mod doctests;
pub mod exceptstar;
pub mod genclose;
pub mod mangle;
pub mod starsub;

/// What the expansions share while they run over a module.
#[derive(Default)]
struct Cx {
    /// How many expansions have numbered their names so far.
    count: usize,
    /// Whether the module has async generators or async comprehensions (which need
    /// `_asyncgen`).
    asyncgen: bool,
    /// Whether the module has a `try/except*` (which needs `_exceptgroup`).
    exceptgroup: bool,
    /// The functions of `_match` the module's `match` statements call.
    matching: BTreeSet<String>,
    /// The first construct that is not valid Python, found on the way.
    error: Option<(TextRange, String)>,
}

impl Cx {
    /// Notes `message` at `at` as what is not valid Python, unless something came first.
    fn fail(&mut self, at: TextRange, message: &str) {
        if self.error.is_none() {
            self.error = Some((at, message.to_string()));
        }
    }
}

/// Rewrites the async statements and `try/except*` in `body` (a module's, whose source is
/// `text`), at every depth, or says what is not valid Python in them (`yield from` in an
/// `async def`, …).
pub fn desugar(body: &mut Vec<ast::Stmt>, text: &str, file: &str) -> Result<BTreeSet<String>, (TextRange, String)> {
    // (First: the examples' code goes through every rewriting below.)
    doctests::rewrite(body, text, file);
    if text.contains("class") && text.contains("__") {
        let postponed = annotations::postponed(body);
        *body = mangle::mangle(std::mem::take(body), postponed);
    }
    if text.contains("[*") {
        *body = starsub::rewrite(std::mem::take(body));
    }
    let mut cx = Cx::default();
    stmts(body, &mut cx);
    if let Some(e) = cx.error {
        return Err(e);
    }
    // (After the others: every binding is then one the scopes' scan knows, `match` cases and
    // `except*` handlers included.)
    if text.contains("yield") {
        genclose::rewrite(body);
    }
    // (The built-ins `_exceptgroup` and `_asyncgen` define come with them: named, they need
    // the module.)
    if cx.exceptgroup || exceptstar::BUILTINS.iter().any(|b| names_word(text, b)) {
        body.insert(future_imports(body), exceptstar::import());
    }
    if cx.asyncgen || asyncgen::BUILTINS.iter().any(|b| names_word(text, b)) {
        body.insert(future_imports(body), asyncgen::import());
    }
    annotations::rewrite(body, text);
    if !cx.matching.is_empty() {
        body.insert(future_imports(body), hidden_import("_match", MATCH_LIB));
    }
    Ok(cx.matching)
}

/// The global holding the library module that defines `name`, where `name` is a built-in
/// written in Python (`ExceptionGroup`, `anext`): a module that names one imports the module
/// under that unspellable global, and a read of the name that no code binds is its member.
pub fn python_builtin(name: &str) -> Option<&'static str> {
    if exceptstar::BUILTINS.contains(&name) {
        return Some(exceptstar::GLOBAL);
    }
    asyncgen::BUILTINS.contains(&name).then_some(asyncgen::GLOBAL)
}

/// Whether `word` is in `text` as a word of its own (`aiter`, not `waiter` or `__aiter__`).
fn names_word(text: &str, word: &str) -> bool {
    let ident = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '_');
    text.match_indices(word)
        .any(|(at, _)| !ident(text[..at].chars().next_back()) && !ident(text[at + word.len()..].chars().next()))
}

/// `import module as global`, where `global` is a name no program can spell (it has a `.`):
/// how a module gets the library module its expansions use.
fn hidden_import(module: &str, global: &str) -> ast::Stmt {
    let range = TextRange::default();
    ast::Stmt::Import(ast::StmtImport {
        range,
        names: vec![ast::Alias {
            range,
            name: ast::Identifier::new(module),
            asname: Some(ast::Identifier::new(global)),
        }],
    })
}

/// Where a module's imports of its own may go: after the docstring and the `from __future__`
/// imports, which must come first.
fn future_imports(body: &[ast::Stmt]) -> usize {
    body.iter()
        .take_while(|s| match s {
            ast::Stmt::Expr(e) => matches!(&*e.value, ast::Expr::Constant(c) if c.value.is_str()),
            ast::Stmt::ImportFrom(i) => i.module.as_ref().is_some_and(|m| m.as_str() == "__future__"),
            _ => false,
        })
        .count()
}

fn stmts(body: &mut Vec<ast::Stmt>, cx: &mut Cx) {
    let old = std::mem::take(body);
    for s in old {
        body.push(stmt(s, cx));
    }
}

fn stmt(s: ast::Stmt, cx: &mut Cx) -> ast::Stmt {
    use ast::Stmt::*;
    match s {
        AsyncFunctionDef(mut d) => {
            stmts(&mut d.body, cx);
            let generator = super::scope::analyze(&d.args, &d.body, &Default::default()).generator;
            let (body, found) = asyncgen::rewrite(std::mem::take(&mut d.body), generator);
            cx.asyncgen |= found.comprehension || generator;
            if cx.error.is_none() {
                cx.error = found.error;
            }
            let range = d.range;
            if generator {
                let mut decorator_list = d.decorator_list;
                decorator_list.push(asyncgen::decorator(range));
                return FunctionDef(ast::StmtFunctionDef {
                    range,
                    name: d.name,
                    args: d.args,
                    body,
                    decorator_list,
                    returns: d.returns,
                    type_comment: d.type_comment,
                    type_params: d.type_params,
                });
            }
            let mut body = body;
            // (After the docstring, which stays the function's.)
            let at = usize::from(crate::lower::docstring(&body).is_some());
            body.insert(at, coroutine_marker(range));
            FunctionDef(ast::StmtFunctionDef {
                range,
                name: d.name,
                args: d.args,
                body,
                decorator_list: d.decorator_list,
                returns: d.returns,
                type_comment: d.type_comment,
                type_params: d.type_params,
            })
        }
        AsyncWith(w) => {
            cx.count += 1;
            async_with(w.range, w.items, w.body, cx.count, cx)
        }
        AsyncFor(f) => {
            cx.count += 1;
            let n = cx.count;
            async_for(f, n, cx)
        }
        FunctionDef(mut d) => {
            stmts(&mut d.body, cx);
            FunctionDef(d)
        }
        ClassDef(mut c) => {
            stmts(&mut c.body, cx);
            ClassDef(c)
        }
        If(mut i) => {
            stmts(&mut i.body, cx);
            stmts(&mut i.orelse, cx);
            If(i)
        }
        While(mut w) => {
            stmts(&mut w.body, cx);
            stmts(&mut w.orelse, cx);
            While(w)
        }
        For(mut f) => {
            stmts(&mut f.body, cx);
            stmts(&mut f.orelse, cx);
            For(f)
        }
        With(mut w) => {
            stmts(&mut w.body, cx);
            With(w)
        }
        TryStar(t) => {
            cx.count += 1;
            cx.exceptgroup = true;
            let n = cx.count;
            exceptstar::try_star(t, n, cx)
        }
        Match(m) => {
            cx.count += 1;
            let n = cx.count;
            match_stmt(m, n, cx)
        }
        Try(mut t) => {
            stmts(&mut t.body, cx);
            for h in &mut t.handlers {
                let ast::ExceptHandler::ExceptHandler(h) = h;
                stmts(&mut h.body, cx);
            }
            stmts(&mut t.orelse, cx);
            stmts(&mut t.finalbody, cx);
            Try(t)
        }
        other => other,
    }
}

/// `async with a as x, b: body` as
/// ```text
/// m = a; x = await m.__aenter__(); ok = True
/// try:
///     try: <the rest: b, then body>
///     except BaseException as e:
///         ok = False
///         if not await m.__aexit__(type(e), e, None): raise
/// finally:
///     if ok: await m.__aexit__(None, None, None)
/// ```
fn async_with(
    range: TextRange,
    mut items: Vec<ast::WithItem>,
    body: Vec<ast::Stmt>,
    n: usize,
    cx: &mut Cx,
) -> ast::Stmt {
    let item = items.remove(0);
    let mut inner = if items.is_empty() {
        let mut body = body;
        stmts(&mut body, cx);
        body
    } else {
        cx.count += 1;
        let m = cx.count;
        vec![async_with(range, items, body, m, cx)]
    };
    if inner.is_empty() {
        inner.push(ast::Stmt::Pass(ast::StmtPass { range }));
    }
    let m = format!("async with.{n}.manager");
    let ok = format!("async with.{n}.ok");
    let e = format!("async with.{n}.error");
    let mut out = vec![assign(range, name(range, &m, true), item.context_expr)];
    let enter = await_expr(range, call(range, attribute(range, name(range, &m, false), "__aenter__"), vec![]));
    out.push(match item.optional_vars {
        Some(target) => assign(range, *target, enter),
        None => expr_stmt(range, enter),
    });
    out.push(assign(range, name(range, &ok, true), constant(range, ast::Constant::Bool(true))));
    let exit_with = |args: Vec<ast::Expr>| {
        await_expr(range, call(range, attribute(range, name(range, &m, false), "__aexit__"), args))
    };
    let error = || name(range, &e, false);
    let handler_body = vec![
        assign(range, name(range, &ok, true), constant(range, ast::Constant::Bool(false))),
        if_stmt(
            range,
            not(range, exit_with(vec![call(range, name(range, "type", false), vec![error()]), error(), none(range)])),
            vec![ast::Stmt::Raise(ast::StmtRaise { range, exc: None, cause: None })],
            vec![],
        ),
    ];
    let handler = ast::ExceptHandler::ExceptHandler(ast::ExceptHandlerExceptHandler {
        range,
        type_: Some(Box::new(name(range, "BaseException", false))),
        name: Some(ast::Identifier::new(e.clone())),
        body: handler_body,
    });
    let guarded =
        ast::Stmt::Try(ast::StmtTry { range, body: inner, handlers: vec![handler], orelse: vec![], finalbody: vec![] });
    let finally = vec![if_stmt(
        range,
        name(range, &ok, false),
        vec![expr_stmt(range, exit_with(vec![none(range), none(range), none(range)]))],
        vec![],
    )];
    out.push(ast::Stmt::Try(ast::StmtTry {
        range,
        body: vec![guarded],
        handlers: vec![],
        orelse: vec![],
        finalbody: finally,
    }));
    if_true(range, out)
}

/// `async for x in it: body else: orelse` as
/// ```text
/// i = it.__aiter__(); go = True
/// while go:
///     try: v = await i.__anext__()
///     except StopAsyncIteration: go = False
///     else:
///         x = v
///         body
/// else: orelse
/// ```
fn async_for(f: ast::StmtAsyncFor, n: usize, cx: &mut Cx) -> ast::Stmt {
    let range = f.range;
    let it = format!("async for.{n}.iterator");
    let go = format!("async for.{n}.going");
    let v = format!("async for.{n}.value");
    let mut body = f.body;
    stmts(&mut body, cx);
    let mut orelse = f.orelse;
    stmts(&mut orelse, cx);
    let mut out =
        vec![assign(range, name(range, &it, true), call(range, attribute(range, *f.iter, "__aiter__"), vec![]))];
    out.push(assign(range, name(range, &go, true), constant(range, ast::Constant::Bool(true))));
    let next = await_expr(range, call(range, attribute(range, name(range, &it, false), "__anext__"), vec![]));
    let mut then = vec![assign(range, *f.target, name(range, &v, false))];
    then.extend(body);
    let step = ast::Stmt::Try(ast::StmtTry {
        range,
        body: vec![assign(range, name(range, &v, true), next)],
        handlers: vec![ast::ExceptHandler::ExceptHandler(ast::ExceptHandlerExceptHandler {
            range,
            type_: Some(Box::new(name(range, "StopAsyncIteration", false))),
            name: None,
            body: vec![assign(range, name(range, &go, true), constant(range, ast::Constant::Bool(false)))],
        })],
        orelse: then,
        finalbody: vec![],
    });
    out.push(ast::Stmt::While(ast::StmtWhile {
        range,
        test: Box::new(name(range, &go, false)),
        body: vec![step],
        orelse,
    }));
    if_true(range, out)
}

/// `match subject: case P if guard: body …` as
/// ```text
/// if True:
///     s = subject
///     if <P matches s> and guard: body
///     elif …
/// ```
/// where a pattern's test is an expression that binds its captures with `:=` (so they are
/// bound as any assignment binds a name): a value pattern is `==`, a singleton `is`, a
/// sequence pattern `isinstance(s, (list, tuple, range))` (or `_match.sequence(s)`: deques,
/// arrays, `collections.abc.Sequence` classes) with `len(s)` and its items, a mapping pattern
/// `isinstance(s, dict)` (or `_match.mapping(s)`) with `key in s`, a class pattern the
/// attributes `_match.attrs(s, C, …)` reads, as CPython's MATCH_CLASS (the built-in types
/// match one positional pattern against the subject itself: `isinstance(s, int)` and `s`).
fn match_stmt(m: ast::StmtMatch, n: usize, cx: &mut Cx) -> ast::Stmt {
    let range = m.range;
    let subject = format!("match.{n}.subject");
    let mut temps = 0;
    let mut chain = Vec::new();
    for case in m.cases.into_iter().rev() {
        let at = case.pattern.range();
        let mut body = case.body;
        stmts(&mut body, cx);
        let mut test = pattern(case.pattern, name(at, &subject, false), n, &mut temps, cx);
        if let Some(guard) = case.guard {
            test = bool_op(at, ast::BoolOp::And, vec![test, *guard]);
        }
        chain = vec![if_stmt(at, test, body, chain)];
    }
    let mut out = vec![assign(range, name(range, &subject, true), *m.subject)];
    out.extend(chain);
    if_true(range, out)
}

/// The test of pattern `p` against the value of `subject` (an expression without effects).
fn pattern(p: ast::Pattern, subject: ast::Expr, n: usize, temps: &mut usize, cx: &mut Cx) -> ast::Expr {
    use ast::Pattern::*;
    let range = p.range();
    let truth = || constant(range, ast::Constant::Bool(true));
    match p {
        MatchValue(v) => compare(range, subject, ast::CmpOp::Eq, *v.value),
        MatchSingleton(v) => compare(range, subject, ast::CmpOp::Is, constant(range, v.value)),
        MatchAs(a) => {
            let inner = a.pattern.map(|p| pattern(*p, subject.clone(), n, temps, cx));
            let bind = a.name.map(|id| capture(range, id.as_str(), subject));
            match (inner, bind) {
                (None, None) => truth(),
                (Some(t), None) | (None, Some(t)) => t,
                (Some(t), Some(b)) => bool_op(range, ast::BoolOp::And, vec![t, b]),
            }
        }
        MatchOr(o) => {
            let tests = o.patterns.into_iter().map(|p| pattern(p, subject.clone(), n, temps, cx)).collect();
            bool_op(range, ast::BoolOp::Or, tests)
        }
        // (Only inside a sequence pattern, which reads it itself.)
        MatchStar(_) => truth(),
        MatchSequence(s) => {
            let (first, t) = hold(range, subject, n, temps);
            let types = tuple(range, ["list", "tuple", "range"].iter().map(|t| name(range, t, false)).collect());
            let common = call(range, name(range, "isinstance", false), vec![first, types]);
            let mut tests =
                vec![bool_op(range, ast::BoolOp::Or, vec![common, lib_call(range, "sequence", vec![t.clone()], cx)])];
            let k = s.patterns.len();
            let star = s.patterns.iter().position(|p| matches!(p, MatchStar(_)));
            let len = call(range, name(range, "len", false), vec![t.clone()]);
            tests.push(match star {
                None => compare(range, len, ast::CmpOp::Eq, int(range, k as i64)),
                Some(_) => compare(range, len, ast::CmpOp::GtE, int(range, k as i64 - 1)),
            });
            for (i, p) in s.patterns.into_iter().enumerate() {
                let after = star.is_some_and(|s| i > s);
                match p {
                    MatchStar(st) => {
                        let Some(id) = st.name else { continue };
                        // The items between those before and after the star, as a list.
                        let (before, after) = (int(range, i as i64), int(range, (k - 1 - i) as i64));
                        let items = lib_call(range, "middle", vec![t.clone(), before, after], cx);
                        tests.push(capture(range, id.as_str(), items));
                    }
                    p => {
                        let index = if after { -((k - i) as i64) } else { i as i64 };
                        tests.push(pattern(p, subscript(range, t.clone(), int(range, index)), n, temps, cx));
                    }
                }
            }
            bool_op(range, ast::BoolOp::And, tests)
        }
        MatchMapping(m) => {
            let (first, t) = hold(range, subject, n, temps);
            let common = call(range, name(range, "isinstance", false), vec![first, name(range, "dict", false)]);
            let mut tests =
                vec![bool_op(range, ast::BoolOp::Or, vec![common, lib_call(range, "mapping", vec![t.clone()], cx)])];
            let keys = m.keys.clone();
            for (key, p) in m.keys.into_iter().zip(m.patterns) {
                tests.push(compare(range, key.clone(), ast::CmpOp::In, t.clone()));
                tests.push(pattern(p, subscript(range, t.clone(), key), n, temps, cx));
            }
            if let Some(rest) = m.rest {
                // `{k: v for k, v in s.items() if k not in (keys…)}`
                *temps += 1;
                let (k, v) = (format!("match.{n}.{temps}.key"), format!("match.{n}.{temps}.value"));
                let items = call(range, attribute(range, t.clone(), "items"), vec![]);
                let target = tuple(range, vec![name(range, &k, true), name(range, &v, true)]);
                let unwanted = compare(range, name(range, &k, false), ast::CmpOp::NotIn, tuple(range, keys));
                let others = ast::Expr::DictComp(ast::ExprDictComp {
                    range,
                    key: Box::new(name(range, &k, false)),
                    value: Box::new(name(range, &v, false)),
                    generators: vec![ast::Comprehension {
                        range: Default::default(),
                        target,
                        iter: items,
                        ifs: vec![unwanted],
                        is_async: false,
                    }],
                });
                tests.push(capture(range, rest.as_str(), others));
            }
            bool_op(range, ast::BoolOp::And, tests)
        }
        MatchClass(c) => {
            let (first, t) = hold(range, subject, n, temps);
            let cls = *c.cls;
            // `int()` is an isinstance test, and so is `int(x)` with `x` matched against the subject
            // itself (bool(x), int(x), str(x), …); other classes get their attributes from
            // `_match.attrs` (CPython's checks of `__match_args__`, all read before any is matched).
            let itself = matches!(&cls, ast::Expr::Name(c) if SELF_MATCHING.contains(&c.id.as_str()));
            if itself && c.kwd_attrs.is_empty() && c.patterns.len() <= 1 {
                let mut tests = vec![call(range, name(range, "isinstance", false), vec![first, cls])];
                tests.extend(c.patterns.into_iter().map(|p| pattern(p, t.clone(), n, temps, cx)));
                return bool_op(range, ast::BoolOp::And, tests);
            }
            *temps += 1;
            let values = format!("match.{n}.{temps}.attrs");
            let npos = c.patterns.len();
            let names = c.kwd_attrs.iter().map(|a| constant(range, ast::Constant::Str(a.to_string()))).collect();
            let attrs = lib_call(range, "attrs", vec![first, cls, int(range, npos as i64), tuple(range, names)], cx);
            let mut tests = vec![compare(range, walrus(range, &values, attrs), ast::CmpOp::IsNot, none(range))];
            for (i, p) in c.patterns.into_iter().chain(c.kwd_patterns).enumerate() {
                let value = subscript(range, name(range, &values, false), int(range, i as i64));
                tests.push(pattern(p, value, n, temps, cx));
            }
            bool_op(range, ast::BoolOp::And, tests)
        }
    }
}

/// The first error CPython's compiler finds in the `match` statements of `body` (a
/// SyntaxError there): a case pattern that makes the cases after it unreachable, an
/// alternative that makes the alternatives after it unreachable, alternatives binding
/// different names, a name bound twice in one pattern, a mapping pattern's repeated key.
pub fn match_errors(body: &[ast::Stmt]) -> Option<(TextRange, String)> {
    use ast::Stmt::*;
    for s in body {
        let found = match s {
            Match(m) => {
                let last = m.cases.len().saturating_sub(1);
                m.cases.iter().enumerate().find_map(|(i, case)| {
                    // (CPython's order: depth first, each capture checked where it stands.)
                    let allow = i == last || case.guard.is_some();
                    check_pattern(&case.pattern, allow, &mut Vec::new()).or_else(|| match_errors(&case.body))
                })
            }
            FunctionDef(d) => match_errors(&d.body),
            AsyncFunctionDef(d) => match_errors(&d.body),
            ClassDef(c) => match_errors(&c.body),
            If(x) => match_errors(&x.body).or_else(|| match_errors(&x.orelse)),
            While(x) => match_errors(&x.body).or_else(|| match_errors(&x.orelse)),
            For(x) => match_errors(&x.body).or_else(|| match_errors(&x.orelse)),
            AsyncFor(x) => match_errors(&x.body).or_else(|| match_errors(&x.orelse)),
            With(x) => match_errors(&x.body),
            AsyncWith(x) => match_errors(&x.body),
            Try(t) => match_errors(&t.body)
                .or_else(|| {
                    t.handlers.iter().find_map(|h| {
                        let ast::ExceptHandler::ExceptHandler(h) = h;
                        match_errors(&h.body)
                    })
                })
                .or_else(|| match_errors(&t.orelse))
                .or_else(|| match_errors(&t.finalbody)),
            _ => None,
        };
        if found.is_some() {
            return found;
        }
    }
    None
}

/// The first error in pattern `p`, where an irrefutable pattern is `allow`ed or not (it would
/// make what follows unreachable), `stores` the names bound so far in the case's pattern.
fn check_pattern(p: &ast::Pattern, allow: bool, stores: &mut Vec<String>) -> Option<(TextRange, String)> {
    use ast::Pattern::*;
    let range = p.range();
    let store = |name: &str, stores: &mut Vec<String>| {
        if stores.iter().any(|s| s == name) {
            return Some((range, format!("multiple assignments to name '{name}' in pattern")));
        }
        stores.push(name.to_string());
        None
    };
    match p {
        MatchAs(a) => {
            match &a.pattern {
                None if !allow => {
                    return Some(match &a.name {
                        Some(n) => (range, format!("name capture '{n}' makes remaining patterns unreachable")),
                        None => (range, "wildcard makes remaining patterns unreachable".to_string()),
                    })
                }
                None => {}
                Some(inner) => {
                    if let Some(e) = check_pattern(inner, allow, stores) {
                        return Some(e);
                    }
                }
            }
            a.name.as_ref().and_then(|n| store(n.as_str(), stores))
        }
        MatchStar(st) => st.name.as_ref().and_then(|n| store(n.as_str(), stores)),
        MatchOr(o) => {
            let last = o.patterns.len().saturating_sub(1);
            let mut first: Option<Vec<String>> = None;
            for (i, alt) in o.patterns.iter().enumerate() {
                let mut mine = stores.clone();
                if let Some(e) = check_pattern(alt, allow && i == last, &mut mine) {
                    return Some(e);
                }
                let mut new: Vec<String> = mine[stores.len()..].to_vec();
                new.sort();
                match &first {
                    None => first = Some(new),
                    Some(f) if *f != new => {
                        // (Where CPython points: the alternative's last sub-pattern.)
                        return Some((last_leaf(alt), "alternative patterns bind different names".to_string()));
                    }
                    Some(_) => {}
                }
            }
            stores.extend(first.unwrap_or_default());
            None
        }
        MatchSequence(sq) => sq.patterns.iter().find_map(|p| check_pattern(p, true, stores)),
        MatchMapping(m) => {
            let mut seen: Vec<String> = Vec::new();
            for k in &m.keys {
                if let ast::Expr::Constant(c) = k {
                    let shown = match &c.value {
                        ast::Constant::Str(s) => format!("'{s}'"),
                        ast::Constant::Int(i) => i.to_string(),
                        ast::Constant::None => "None".into(),
                        ast::Constant::Bool(b) => if *b { "True" } else { "False" }.into(),
                        _ => continue,
                    };
                    if seen.contains(&shown) {
                        return Some((range, format!("mapping pattern checks duplicate key ({shown})")));
                    }
                    seen.push(shown);
                }
            }
            if let Some(e) = m.patterns.iter().find_map(|p| check_pattern(p, true, stores)) {
                return Some(e);
            }
            m.rest.as_ref().and_then(|n| store(n.as_str(), stores))
        }
        MatchClass(c) => {
            for (i, a) in c.kwd_attrs.iter().enumerate() {
                if c.kwd_attrs[..i].contains(a) {
                    let at = c.kwd_patterns[i].range();
                    return Some((at, format!("attribute name repeated in class pattern: {a}")));
                }
            }
            c.patterns.iter().chain(&c.kwd_patterns).find_map(|p| check_pattern(p, true, stores))
        }
        MatchValue(_) | MatchSingleton(_) => None,
    }
}

/// Where pattern `p`'s last sub-pattern is (itself when it has none).
fn last_leaf(p: &ast::Pattern) -> TextRange {
    use ast::Pattern::*;
    let last = match p {
        MatchSequence(s) => s.patterns.last(),
        MatchOr(o) => o.patterns.last(),
        MatchClass(c) => c.kwd_patterns.last().or(c.patterns.last()),
        MatchMapping(m) => m.patterns.last(),
        _ => None,
    };
    last.map_or(p.range(), last_leaf)
}

/// The global that holds `_match` in a module whose patterns need it.
const MATCH_LIB: &str = "match.lib";

/// `_match.function(args…)`.
fn lib_call(range: TextRange, function: &str, args: Vec<ast::Expr>, cx: &mut Cx) -> ast::Expr {
    cx.matching.insert(function.to_string());
    call(range, attribute(range, name(range, MATCH_LIB, false), function), args)
}

/// The built-in types whose class pattern's one positional pattern matches the subject itself.
const SELF_MATCHING: [&str; 11] =
    ["bool", "bytearray", "bytes", "dict", "float", "frozenset", "int", "list", "set", "str", "tuple"];

/// `subject` held where a pattern reads it more than once: itself when a name, else a new
/// temporary (`(t := subject)` for the first read, `t` for the others).
fn hold(range: TextRange, subject: ast::Expr, n: usize, temps: &mut usize) -> (ast::Expr, ast::Expr) {
    if let ast::Expr::Name(_) = subject {
        return (subject.clone(), subject);
    }
    *temps += 1;
    let t = format!("match.{n}.{temps}");
    (walrus(range, &t, subject), name(range, &t, false))
}

/// `(id := value)`: binds `id`, and is the value.
fn walrus(range: TextRange, id: &str, value: ast::Expr) -> ast::Expr {
    ast::Expr::NamedExpr(ast::ExprNamedExpr { range, target: Box::new(name(range, id, true)), value: Box::new(value) })
}

/// `(id := value) is id`: binds `id` and is true.
fn capture(range: TextRange, id: &str, value: ast::Expr) -> ast::Expr {
    compare(range, walrus(range, id, value), ast::CmpOp::Is, name(range, id, false))
}

fn compare(range: TextRange, left: ast::Expr, op: ast::CmpOp, right: ast::Expr) -> ast::Expr {
    ast::Expr::Compare(ast::ExprCompare { range, left: Box::new(left), ops: vec![op], comparators: vec![right] })
}

fn bool_op(range: TextRange, op: ast::BoolOp, values: Vec<ast::Expr>) -> ast::Expr {
    if values.len() == 1 {
        return values.into_iter().next().expect("one");
    }
    ast::Expr::BoolOp(ast::ExprBoolOp { range, op, values })
}

fn subscript(range: TextRange, value: ast::Expr, index: ast::Expr) -> ast::Expr {
    ast::Expr::Subscript(ast::ExprSubscript {
        range,
        value: Box::new(value),
        slice: Box::new(index),
        ctx: ast::ExprContext::Load,
    })
}

fn tuple(range: TextRange, elts: Vec<ast::Expr>) -> ast::Expr {
    ast::Expr::Tuple(ast::ExprTuple { range, elts, ctx: ast::ExprContext::Load })
}

fn int(range: TextRange, v: i64) -> ast::Expr {
    constant(range, ast::Constant::Int(v.into()))
}

/// Several statements where one stands: `if True: …`.
fn if_true(range: TextRange, body: Vec<ast::Stmt>) -> ast::Stmt {
    if_stmt(range, constant(range, ast::Constant::Bool(true)), body, vec![])
}

/// `if False: yield`, first in a coroutine's body: a generator function even with no `await` in
/// it. Its range is empty (no statement written in a file has one), which tells it from the same
/// statement written by hand ([`is_coroutine_marker`]): calling the function makes a coroutine.
fn coroutine_marker(def: TextRange) -> ast::Stmt {
    let at = TextRange::empty(def.start());
    if_stmt(at, constant(at, ast::Constant::Bool(false)), vec![yield_stmt(at)], vec![])
}

/// Whether `s` is the statement [`coroutine_marker`] makes.
pub fn is_coroutine_marker(s: &ast::Stmt) -> bool {
    matches!(s, ast::Stmt::If(i) if i.range.is_empty()
        && matches!(&*i.test, ast::Expr::Constant(c) if matches!(c.value, ast::Constant::Bool(false))))
}

fn if_stmt(range: TextRange, test: ast::Expr, body: Vec<ast::Stmt>, orelse: Vec<ast::Stmt>) -> ast::Stmt {
    ast::Stmt::If(ast::StmtIf { range, test: Box::new(test), body, orelse })
}

fn yield_stmt(range: TextRange) -> ast::Stmt {
    expr_stmt(range, ast::Expr::Yield(ast::ExprYield { range, value: None }))
}

fn expr_stmt(range: TextRange, value: ast::Expr) -> ast::Stmt {
    ast::Stmt::Expr(ast::StmtExpr { range, value: Box::new(value) })
}

fn assign(range: TextRange, target: ast::Expr, value: ast::Expr) -> ast::Stmt {
    ast::Stmt::Assign(ast::StmtAssign { range, targets: vec![target], value: Box::new(value), type_comment: None })
}

fn name(range: TextRange, id: &str, store: bool) -> ast::Expr {
    let ctx = if store { ast::ExprContext::Store } else { ast::ExprContext::Load };
    ast::Expr::Name(ast::ExprName { range, id: ast::Identifier::new(id), ctx })
}

fn attribute(range: TextRange, value: ast::Expr, attr: &str) -> ast::Expr {
    ast::Expr::Attribute(ast::ExprAttribute {
        range,
        value: Box::new(value),
        attr: ast::Identifier::new(attr),
        ctx: ast::ExprContext::Load,
    })
}

fn call(range: TextRange, func: ast::Expr, args: Vec<ast::Expr>) -> ast::Expr {
    ast::Expr::Call(ast::ExprCall { range, func: Box::new(func), args, keywords: vec![] })
}

fn await_expr(range: TextRange, value: ast::Expr) -> ast::Expr {
    ast::Expr::Await(ast::ExprAwait { range, value: Box::new(value) })
}

fn not(range: TextRange, operand: ast::Expr) -> ast::Expr {
    ast::Expr::UnaryOp(ast::ExprUnaryOp { range, op: ast::UnaryOp::Not, operand: Box::new(operand) })
}

fn constant(range: TextRange, value: ast::Constant) -> ast::Expr {
    ast::Expr::Constant(ast::ExprConstant { range, value, kind: None })
}

fn none(range: TextRange) -> ast::Expr {
    constant(range, ast::Constant::None)
}
