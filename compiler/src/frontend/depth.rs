//! The nesting limits: requires a parsed module; provides it unchanged when no statement,
//! expression or pattern nests deeper than [`MAX_DEPTH`], or an error at the first node past it.
//! Indentation is limited as CPython's tokenizer limits it ([`MAX_INDENT`] levels): past
//! that, CPython refuses a program with `IndentationError`, and the work of the register
//! allocator on loops nested hundreds deep grows with the square of their depth.
//!
//! Every later pass (scopes, lowering) recurses over the tree, so nesting is what bounds the
//! compiler's stack. The compile runs on a thread whose stack is sized for this limit
//! ([`crate::driver`]); the limit is far above what CPython compiles (it refuses a few
//! thousand levels), so only generated programs meet it.

use rustpython_parser::ast::{self, fold, Fold, Ranged};
use rustpython_parser::lexer::LexResult;
use rustpython_parser::text_size::TextRange;
use rustpython_parser::Tok;

/// How many indentation levels a program may have: CPython's tokenizer refuses the 100th
/// (`MAXINDENT`).
pub const MAX_INDENT: usize = 99;

/// Counts indentation levels in the token stream.
#[derive(Default)]
pub struct Indentation {
    level: usize,
    /// The first indentation past [`MAX_INDENT`].
    pub too_deep: Option<TextRange>,
}

impl Indentation {
    pub fn see(&mut self, token: &LexResult) {
        match token {
            Ok((Tok::Indent, range)) => {
                self.level += 1;
                if self.level > MAX_INDENT && self.too_deep.is_none() {
                    self.too_deep = Some(*range);
                }
            }
            Ok((Tok::Dedent, _)) => self.level = self.level.saturating_sub(1),
            _ => {}
        }
    }
}

/// How many statements, expressions and patterns may enclose one another.
pub const MAX_DEPTH: usize = 20_000;

/// Walks the tree (rebuilding it, as `Fold` does), counting the levels it is in.
struct Depth {
    level: usize,
}

impl Depth {
    fn enter(&mut self, range: TextRange) -> Result<(), TextRange> {
        self.level += 1;
        if self.level > MAX_DEPTH {
            return Err(range);
        }
        Ok(())
    }
}

impl Fold<TextRange> for Depth {
    fold_keeping_ranges!(TextRange);

    fn fold_stmt(&mut self, node: ast::Stmt) -> Result<ast::Stmt, TextRange> {
        self.enter(node.range())?;
        let node = fold::fold_stmt(self, node);
        self.level -= 1;
        node
    }

    fn fold_expr(&mut self, node: ast::Expr) -> Result<ast::Expr, TextRange> {
        self.enter(node.range())?;
        let node = fold::fold_expr(self, node);
        self.level -= 1;
        node
    }

    fn fold_pattern(&mut self, node: ast::Pattern) -> Result<ast::Pattern, TextRange> {
        self.enter(node.range())?;
        let node = fold::fold_pattern(self, node);
        self.level -= 1;
        node
    }
}

/// `body` as it was, or the range of the first node nested more than [`MAX_DEPTH`] deep.
pub fn check(body: Vec<ast::Stmt>) -> Result<Vec<ast::Stmt>, TextRange> {
    let mut depth = Depth { level: 0 };
    body.into_iter().map(|s| depth.fold_stmt(s)).collect()
}
