//! `yield` inside a comprehension: requires a module within the nesting limits ([`super::depth`]);
//! provides it unchanged, or CPython's SyntaxError ("'yield' inside list comprehension") at the
//! first such `yield`. A comprehension is a function of its own whose first iterable alone is
//! evaluated in the enclosing function, so a `yield` anywhere else in it would make the
//! comprehension a generator (CPython refuses it since 3.8); a lambda inside it is a function
//! of its own again.

use rustpython_parser::ast::{self, fold, Fold, Ranged};
use rustpython_parser::text_size::TextRange;

/// The comprehensions around the node being walked, innermost last: each one's kind and its
/// first iterable's range; `None` for a lambda, inside which none of them counts.
struct Yields {
    around: Vec<Option<(&'static str, TextRange)>>,
}

impl Yields {
    /// The comprehension a `yield` at `at` would be inside of, if any.
    fn inside(&self, at: TextRange) -> Option<&'static str> {
        self.around.iter().rev().map_while(|c| *c).find(|(_, first)| !first.contains_range(at)).map(|(kind, _)| kind)
    }
}

impl Fold<TextRange> for Yields {
    fold_keeping_ranges!((TextRange, String));

    fn fold_expr(&mut self, node: ast::Expr) -> Result<ast::Expr, (TextRange, String)> {
        use ast::Expr::*;
        let first = |g: &[ast::Comprehension]| g.first().map_or(TextRange::default(), |g| g.iter.range());
        let entered = match &node {
            ListComp(c) => Some(Some(("list comprehension", first(&c.generators)))),
            SetComp(c) => Some(Some(("set comprehension", first(&c.generators)))),
            DictComp(c) => Some(Some(("dict comprehension", first(&c.generators)))),
            GeneratorExp(c) => Some(Some(("generator expression", first(&c.generators)))),
            Lambda(_) => Some(None),
            Yield(_) | YieldFrom(_) => {
                if let Some(kind) = self.inside(node.range()) {
                    return Err((node.range(), format!("'yield' inside {kind}")));
                }
                None
            }
            _ => None,
        };
        if let Some(c) = entered {
            self.around.push(c);
        }
        let node = fold::fold_expr(self, node);
        if entered.is_some() {
            self.around.pop();
        }
        node
    }
}

/// The module's statements, or the range of the first `yield` inside a comprehension and
/// CPython's message for it.
pub fn check(body: Vec<ast::Stmt>) -> Result<Vec<ast::Stmt>, (TextRange, String)> {
    let mut walk = Yields { around: Vec::new() };
    body.into_iter().map(|s| walk.fold_stmt(s)).collect()
}

#[cfg(test)]
mod tests {
    fn check(src: &str) -> Result<(), String> {
        let m = rustpython_parser::parse(src, rustpython_parser::Mode::Module, "t.py").expect("parses");
        let rustpython_parser::ast::Mod::Module(m) = m else { panic!("a module") };
        super::check(m.body).map(|_| ()).map_err(|(_, message)| message)
    }

    #[test]
    fn yields_in_comprehensions() {
        assert_eq!(
            check("def g():\n    return [(yield x) for x in y]\n"),
            Err("'yield' inside list comprehension".into())
        );
        assert_eq!(
            check("def g():\n    return {x: 1 for x in y if (yield)}\n"),
            Err("'yield' inside dict comprehension".into())
        );
        assert_eq!(
            check("def g():\n    return ((yield from x) for x in y)\n"),
            Err("'yield' inside generator expression".into())
        );
        assert_eq!(
            check("def g():\n    return [[z for z in (yield x)] for x in y]\n"),
            Err("'yield' inside list comprehension".into())
        );
        // The first iterable is the enclosing function's; a lambda is a function of its own.
        assert_eq!(check("def g():\n    return [x for x in (yield)]\n"), Ok(()));
        assert_eq!(check("def g():\n    return [lambda: (yield x) for x in y]\n"), Ok(()));
        assert_eq!(check("def g():\n    yield [x for x in y]\n"), Ok(()));
    }
}
