//! The Python-level bytecode emitter (`--code bytecode`): the instructions of
//! `mpyc_runtime::vm::pyops`, one per Python operation, from the same AST, scopes, global
//! slots, literal objects and inline caches as the CLIF lowering, for the functions it
//! covers. Each becomes a blob of read-only data and a native stub that runs it
//! (`backend::bytecode::stub`). A function it does not cover yet (a construct below says
//! which) is lowered to CLIF as usual, and the bytecode backend encodes that instead.

use super::builtins::{check_import, is_builtin};
use super::expr::{binary_op, compare_op};
use super::{packed, small_range, DataInit, DataWord, ModuleCtx, ProgramBuilder};
use crate::backend::bytecode::{sleb, uleb, words_of};
use crate::frontend::scope::FunctionScope;
use cranelift_codegen::ir::{self, UserFuncName};
use mpyc_runtime::value::{FALSE, NONE, TRUE};
use mpyc_runtime::vm::pyops::{op, CACHE_WORDS, NO_REG};
use rustpython_parser::ast::{self, Ranged};
use std::collections::{BTreeSet, HashMap};

/// The hole of a branch never taken (a constant test that is true): patching it does nothing.
const NO_HOLE: usize = usize::MAX;

/// Why a function is left to the CLIF lowering.
type Unsupported = String;
type R<T> = Result<T, Unsupported>;

/// A range of code whose exceptions go to one handler (a `try` body, an `except` clause, a
/// `with` body): the pieces of code it covers (code emitted for a `finally` or `with` exit on
/// the way out of a `return` is not), and where its handler starts.
struct Region {
    ranges: Vec<(usize, usize)>,
    open: Option<usize>,
    target: usize,
}

/// What leaving a block early (`return`, `break`, `continue`) runs first.
#[derive(Clone, Copy)]
enum Cleanup<'a> {
    /// A `finally` body.
    Finally(&'a [ast::Stmt]),
    /// The end of an `except` clause (or of a `finally` body run for an exception): the
    /// exception handled before (its register) is handled again, the `as` name unbound.
    ExceptEnd(u8, Option<&'a str>),
    /// A `with` body: its manager's `__exit__(None, None, None)` (the bound method's register),
    /// at the `with` statement's line.
    With(u8, &'a ast::Stmt),
}

#[derive(Clone, Copy)]
struct CleanupAt<'a> {
    what: Cleanup<'a>,
    /// Handlers around it (those inside are not around its code), and loops.
    handlers: usize,
    loops: usize,
}

/// What a comprehension builds.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Acc {
    List,
    /// A list, made a tuple at the end (`tuple(x for …)`).
    Tuple,
    Set,
    Dict,
    /// `sum(x for …)`: from 0, adding.
    Sum,
}

/// A loop being emitted: its `continue`s and `break`s, to patch at its end (a `for … in
/// range` steps its counter there, so a `continue` goes forward).
struct Loop {
    continues: Vec<usize>,
    breaks: Vec<usize>,
}

struct Emitter<'x, 'a> {
    prog: &'x mut ProgramBuilder<'a>,
    m: &'x ModuleCtx<'x>,
    locals: HashMap<String, u8>,
    nparams: usize,
    /// The next free register, and the most used.
    next: usize,
    high: usize,
    code: Vec<u8>,
    pool: Vec<DataWord>,
    pool_index: HashMap<DataWord, u32>,
    /// What each pool word is, for the disassembly.
    notes: Vec<String>,
    /// (code offset, line) where the line changes.
    lines: Vec<(usize, usize)>,
    loops: Vec<Loop>,
    /// The variables of the comprehensions being emitted, innermost last.
    renames: Vec<HashMap<String, u8>>,
    /// Whether the code being emitted is a comprehension's iterable (after the first) or
    /// condition, where its own variables may be read before they are bound.
    comp_checked: bool,
    /// Names `del` or an `except … as` unbinds: a parameter among them is checked when read.
    unbound_somewhere: BTreeSet<String>,
    /// Variables whose register holds a cell (shared with nested functions): `true` for an
    /// enclosing function's.
    cells: HashMap<String, bool>,
    /// What nested functions see of the enclosing ones, and this function's qualified name.
    visible: &'x BTreeSet<String>,
    qualname: &'x str,
    /// Every handler region, the ones around the code being emitted (innermost last), and
    /// the order they closed in (the handler table's: innermost first).
    regions: Vec<Region>,
    handlers: Vec<usize>,
    closed: Vec<usize>,
    cleanups: Vec<CleanupAt<'a>>,
    /// In a module body: the functions of its top-level defs, declared with the module.
    top_defs: Option<&'x HashMap<rustpython_parser::text_size::TextSize, u32>>,
    /// Locals' registers bound for sure where the code is emitted: the targets of the `for`
    /// loops around it (inside their bodies), which nothing unbinds. Reading them needs no
    /// check.
    bound: Vec<u8>,
    /// Inside a class body: the class's qualified name (its methods' qualified names start
    /// with it).
    class_qual: Option<String>,
    /// The function's first positional parameter (what `super()` passes as the object).
    first_param: Option<String>,
    /// Inside the body of a module-level class statement: its namespace's register and the
    /// names the body binds, which its code reads from the namespace first.
    class_own: Option<(u8, BTreeSet<String>)>,
}

impl<'x, 'a> Emitter<'x, 'a> {
    /// An emitter for a function whose locals have the registers below `first` (the first
    /// `nparams` its parameters), or for a module body (none, `top_defs`).
    #[allow(clippy::too_many_arguments)]
    fn new(
        prog: &'x mut ProgramBuilder<'a>,
        m: &'x ModuleCtx<'x>,
        locals: HashMap<String, u8>,
        nparams: usize,
        first: usize,
        visible: &'x BTreeSet<String>,
        qualname: &'x str,
        top_defs: Option<&'x HashMap<rustpython_parser::text_size::TextSize, u32>>,
    ) -> Self {
        Emitter {
            prog,
            m,
            locals,
            nparams,
            next: first,
            high: first,
            code: Vec::new(),
            pool: Vec::new(),
            pool_index: HashMap::new(),
            notes: Vec::new(),
            lines: Vec::new(),
            loops: Vec::new(),
            renames: Vec::new(),
            comp_checked: false,
            unbound_somewhere: BTreeSet::new(),
            cells: HashMap::new(),
            visible,
            qualname,
            regions: Vec::new(),
            handlers: Vec::new(),
            closed: Vec::new(),
            cleanups: Vec::new(),
            top_defs,
            bound: Vec::new(),
            class_qual: None,
            first_param: None,
            class_own: None,
        }
    }

    fn k(&mut self, w: DataWord) -> u64 {
        if let Some(&i) = self.pool_index.get(&w) {
            return i.into();
        }
        let i = self.pool.len() as u32;
        let note = match &w {
            DataWord::Int(v) if v & 1 == 1 => format!("{}", (*v as i64) >> 1),
            DataWord::Int(v) => format!("{v:#x}"),
            DataWord::Data(d) => self.prog.data[*d as usize].name.clone(),
            DataWord::Function(f) => self.prog.functions[*f as usize].name.clone(),
            DataWord::Runtime(r) => r.to_string(),
        };
        self.notes.push(note);
        self.pool.push(w.clone());
        self.pool_index.insert(w, i);
        i.into()
    }

    /// A new inline cache for a site: its operand, the cache's number (not its first word's:
    /// a varint of one byte for the first 128 sites).
    fn cache_site(&mut self) -> u64 {
        u64::from(self.prog.cache()) / CACHE_WORDS as u64
    }

    /// The `S` operand of str `text`: its index in the program's table.
    fn k_str(&mut self, text: &str) -> u64 {
        self.prog.text(text).into()
    }

    fn k_cstr(&mut self, text: &str) -> u64 {
        let i = self.prog.cstring(text.as_bytes());
        let k = self.k(DataWord::Data(i));
        self.notes[k as usize] = format!("c{text:?}");
        k
    }

    fn temp(&mut self) -> R<u8> {
        self.temps(1)
    }

    fn temps(&mut self, n: usize) -> R<u8> {
        let r = self.next;
        self.next += n;
        self.high = self.high.max(self.next);
        if self.next > 250 {
            return Err("more than 250 registers".into());
        }
        Ok(r as u8)
    }

    fn b(&mut self, x: u8) {
        self.code.push(x);
    }

    fn var(&mut self, v: u64) {
        uleb(&mut self.code, v);
    }

    /// Opcode `long` and its first operand, register `r`: one byte, the short form, when the
    /// family has one and `r` is below 16.
    fn op_r(&mut self, long: u8, r: u8) {
        match op::short_form(long, r) {
            Some(short) => self.b(short),
            None => self.code.extend([long, r]),
        }
    }

    /// `d = s`.
    fn mov(&mut self, d: u8, s: u8) {
        self.op_r(op::MOVE, d);
        self.b(s);
    }

    fn line(&mut self, node: &impl Ranged) {
        let line = self.m.source.line_of(usize::from(node.range().start()));
        self.line_no(line);
    }

    /// Emits `f`'s code at `line` (a part of a statement on a line of its own raises there, as
    /// in CPython's tracebacks), then goes back to the current line.
    fn at_line<T>(&mut self, line: usize, f: impl FnOnce(&mut Self) -> R<T>) -> R<T> {
        let outer = self.lines.last().map(|l| l.1).filter(|&l| l != line);
        if outer.is_some() {
            self.line_no(line);
        }
        let r = f(self);
        if let Some(l) = outer {
            self.line_no(l);
        }
        r
    }

    /// The line of an attribute's name, which CPython 3.11 gives the attribute's load, store,
    /// deletion and method call (`FnLowerer::attr_line`).
    fn attr_line(&self, a: &ast::ExprAttribute) -> usize {
        self.m.source.line_of(usize::from(a.range.end()))
    }

    /// The lines of decorators.
    fn lines_of<'e>(&self, list: impl Iterator<Item = &'e ast::Expr>) -> Vec<usize> {
        list.map(|e| self.m.source.line_of(usize::from(e.range().start()))).collect()
    }

    fn line_no(&mut self, line: usize) {
        let at = self.code.len();
        match self.lines.last_mut() {
            Some(last) if last.1 == line => {}
            Some(last) if last.0 == at => last.1 = line,
            _ => self.lines.push((at, line)),
        }
    }

    /// A branch's target operand, to patch; returns where.
    fn hole(&mut self) -> usize {
        let at = self.code.len();
        self.code.extend([0, 0]);
        at
    }

    fn patch(&mut self, hole: usize, target: usize) -> R<()> {
        if hole == NO_HOLE {
            return Ok(());
        }
        let t = u16::try_from(target).map_err(|_| "more than 64 KiB of bytecode")?;
        self.code[hole..hole + 2].copy_from_slice(&t.to_le_bytes());
        Ok(())
    }

    fn jump_to(&mut self, target: usize) -> R<()> {
        self.b(op::JUMP);
        let h = self.hole();
        self.patch(h, target)
    }

    /// `d = v`, a word that needs no object (a small int, None, True, False).
    fn immediate(&mut self, v: i64, d: u8) {
        self.op_r(op::IMM, d);
        sleb(&mut self.code, v);
    }

    fn constant_to(&mut self, value: &ast::Constant, d: u8) -> R<()> {
        let immediate = match value {
            ast::Constant::None => Some(NONE as i64),
            ast::Constant::Bool(b) => Some(if *b { TRUE } else { FALSE } as i64),
            ast::Constant::Int(i) => {
                let (min, max) = small_range(self.prog.target.word);
                match i.to_string().parse::<i64>() {
                    Ok(n) if (min..=max).contains(&n) => Some((n << 1) | 1),
                    _ => None,
                }
            }
            _ => None,
        };
        if let Some(v) = immediate {
            self.immediate(v, d);
            return Ok(());
        }
        // (None, True, False and small ints were immediates, above.)
        let w = match value {
            ast::Constant::Str(s) => {
                self.str_to(s, d);
                return Ok(());
            }
            ast::Constant::Float(f) => DataWord::Data(self.prog.float_object(&format!("{f:e}"))),
            ast::Constant::Ellipsis => DataWord::Data(self.prog.runtime_object("mpyc_ELLIPSIS")),
            // Made once, by the lowering's entry points, from their text.
            ast::Constant::Int(i) => return self.literal(b'i', "rt_int_lit", i.to_string().as_bytes(), d),
            ast::Constant::Bytes(b) => return self.literal(b'b', "rt_bytes_lit", b, d),
            // (The parser gives imaginary literals with a zero real part.)
            ast::Constant::Complex { imag, .. } => {
                return self.literal(b'j', "rt_complex_lit", format!("{imag:e}").as_bytes(), d)
            }
            ast::Constant::Tuple(_) => return Err("a tuple constant".into()),
            ast::Constant::None | ast::Constant::Bool(_) => unreachable!("immediates"),
        };
        let k = self.k(w);
        self.b(op::CONST);
        self.b(d);
        self.var(k);
        Ok(())
    }

    /// `d = ` a literal object the entry point `make` makes from `text` once, into a root (as
    /// the lowering's literals of `kind`, whose root it shares).
    fn literal(&mut self, kind: u8, make: &'static str, text: &[u8], d: u8) -> R<()> {
        let (slot, bytes) = self.prog.literal(kind, text);
        let make = self.prog.runtime(make);
        let entry = self.k(DataWord::Function(make));
        let data = self.k(DataWord::Data(bytes));
        self.code.extend([op::LITERAL, d]);
        self.var(slot.into());
        self.var(entry);
        self.var(data);
        self.var(text.len() as u64);
        Ok(())
    }

    /// Evaluates `e` into a register: a local's own, or a new one.
    fn expr(&mut self, e: &'a ast::Expr) -> R<u8> {
        if let ast::Expr::Name(n) = e {
            if let Some((r, outer)) = self.local(n.id.as_str()).filter(|_| !self.is_cell(n.id.as_str())) {
                self.check_bound(r, n.id.as_str(), outer);
                return Ok(r);
            }
        }
        let mark = self.next;
        let d = self.temp()?;
        self.expr_to(e, d)?;
        self.next = mark.max(d as usize + 1);
        Ok(d)
    }

    /// The register of a local (a comprehension's variable first), and whether it is the
    /// function's own local read inside a comprehension.
    fn local(&self, name: &str) -> Option<(u8, bool)> {
        for r in self.renames.iter().rev() {
            if let Some(&x) = r.get(name) {
                return Some((x, false));
            }
        }
        self.locals.get(name).map(|&x| (x, !self.renames.is_empty()))
    }

    /// Whether `name`, seen from here, is a variable held in a cell (a comprehension's own
    /// variables never are).
    fn is_cell(&self, name: &str) -> bool {
        self.cells.contains_key(name) && !self.renames.iter().any(|m| m.contains_key(name))
    }

    /// Reads of a local that may be unbound check it (a comprehension's variables and the
    /// parameters are always bound when read).
    fn check_bound(&mut self, r: u8, name: &str, outer: bool) {
        let own = self.renames.iter().any(|m| m.contains_key(name));
        if own && !self.comp_checked
            || !own && (r as usize) < self.nparams && !self.unbound_somewhere.contains(name)
            || !own && self.bound.contains(&r)
        {
            return;
        }
        let k = self.k_cstr(name);
        self.b(if outer { op::CHECK_FREE } else { op::CHECK });
        self.b(r);
        self.var(k);
    }

    /// Evaluates `e` into register `d` (the registers above `next` are free to use).
    /// A part of a statement on a line of its own (an argument, an item of a display written
    /// over several lines) raises at its own line, as CPython's tracebacks have it; the code
    /// after it is at the line of the expression around it again.
    fn expr_to(&mut self, e: &'a ast::Expr, d: u8) -> R<()> {
        let mark = self.next;
        let line = self.m.source.line_of(usize::from(e.range().start()));
        let outer = self.lines.last().map(|l| l.1).filter(|&l| l != line);
        if outer.is_some() {
            self.line_no(line);
        }
        let r = self.expr_inner(e, d);
        if let Some(l) = outer {
            self.line_no(l);
        }
        self.next = mark;
        r
    }

    fn expr_inner(&mut self, e: &'a ast::Expr, d: u8) -> R<()> {
        match e {
            ast::Expr::Constant(c) => self.constant_to(&c.value, d)?,
            ast::Expr::Name(n) => self.read_name(n, d)?,
            ast::Expr::BinOp(b) => {
                let l = self.expr(&b.left)?;
                let r = self.expr(&b.right)?;
                self.b(op::BINOP);
                self.b(binary_op(b.op) as u8);
                self.code.extend([d, l, r]);
            }
            ast::Expr::UnaryOp(u) => {
                let a = self.expr(&u.operand)?;
                match u.op {
                    ast::UnaryOp::Not => self.code.extend([op::NOT, d, a]),
                    other => {
                        let code = match other {
                            ast::UnaryOp::USub => 0,
                            ast::UnaryOp::UAdd => 1,
                            _ => 2,
                        };
                        self.code.extend([op::UNOP, code, d, a]);
                    }
                }
            }
            ast::Expr::Compare(c) => {
                let mut left = self.expr(&c.left)?;
                let mut exits = Vec::new();
                for (i, (o, right)) in c.ops.iter().zip(&c.comparators).enumerate() {
                    let r = self.expr(right)?;
                    match o {
                        ast::CmpOp::In => self.code.extend([op::IN, d, r, left]),
                        ast::CmpOp::NotIn => self.code.extend([op::NOT_IN, d, r, left]),
                        ast::CmpOp::Is => self.code.extend([op::IS, d, left, r]),
                        ast::CmpOp::IsNot => self.code.extend([op::IS_NOT, d, left, r]),
                        other => {
                            let (code, _) = compare_op(*other).ok_or("a comparison")?;
                            self.code.extend([op::COMPARE, code as u8, d, left, r]);
                        }
                    }
                    if i + 1 < c.ops.len() {
                        self.code.extend([op::JUMP_IF_NOT, d]);
                        exits.push(self.hole());
                        // The right operand is the next comparison's left: keep it.
                        if r == d {
                            let keep = self.temp()?;
                            self.mov(keep, r);
                            left = keep;
                        } else {
                            left = r;
                        }
                    }
                }
                let end = self.code.len();
                for h in exits {
                    self.patch(h, end)?;
                }
            }
            ast::Expr::BoolOp(b) => {
                let mut exits = Vec::new();
                for (i, v) in b.values.iter().enumerate() {
                    self.expr_to(v, d)?;
                    if i + 1 < b.values.len() {
                        self.b(if b.op == ast::BoolOp::And { op::JUMP_IF_NOT } else { op::JUMP_IF });
                        self.b(d);
                        exits.push(self.hole());
                    }
                }
                let end = self.code.len();
                for h in exits {
                    self.patch(h, end)?;
                }
            }
            ast::Expr::IfExp(i) => {
                let t = self.expr(&i.test)?;
                self.code.extend([op::JUMP_IF_NOT, t]);
                let other = self.hole();
                self.expr_to(&i.body, d)?;
                self.b(op::JUMP);
                let end = self.hole();
                let here = self.code.len();
                self.patch(other, here)?;
                self.expr_to(&i.orelse, d)?;
                let here = self.code.len();
                self.patch(end, here)?;
            }
            ast::Expr::Call(c) => self.call(c, d)?,
            ast::Expr::Attribute(a) => {
                let obj = self.expr(&a.value)?;
                let name = self.k_str(a.attr.as_str());
                let cache = self.cache_site();
                self.at_line(self.attr_line(a), |s| {
                    s.code.extend([op::GETATTR, d, obj]);
                    s.var(name);
                    s.var(cache);
                    Ok(())
                })?;
            }
            ast::Expr::Subscript(s) => {
                let obj = self.expr(&s.value)?;
                if let ast::Expr::Slice(sl) = &*s.slice {
                    let base = self.slice_parts(sl)?;
                    self.code.extend([op::GETSLICE, d, obj, base, base + 1, base + 2]);
                } else {
                    let key = self.expr(&s.slice)?;
                    self.code.extend([op::GETITEM, d, obj, key]);
                }
            }
            ast::Expr::List(l) => self.display(op::LIST, &l.elts, d)?,
            ast::Expr::Tuple(t) => self.display(op::TUPLE, &t.elts, d)?,
            // (Three constants or more are built as CPython builds them: left to the lowering.)
            ast::Expr::Set(s) if s.elts.len() <= 2 => self.display(op::SET, &s.elts, d)?,
            ast::Expr::Dict(dict) => {
                let n = dict.values.len();
                if n > 100 || dict.keys.iter().any(|k| k.is_none()) {
                    let out = self.dict_spliced(dict)?;
                    self.mov(d, out);
                    return Ok(());
                }
                let base = self.temps(2 * n)?;
                for (i, (k, v)) in dict.keys.iter().zip(&dict.values).enumerate() {
                    let k = k.as_ref().expect("checked above");
                    self.expr_to(k, base + 2 * i as u8)?;
                    self.expr_to(v, base + 2 * i as u8 + 1)?;
                }
                self.code.extend([op::DICT, d, base, n as u8]);
            }
            ast::Expr::JoinedStr(j) => {
                if j.values.len() > 100 {
                    return Err("a long f-string".into());
                }
                let base = self.temps(j.values.len())?;
                for (i, part) in j.values.iter().enumerate() {
                    let r = base + i as u8;
                    match part {
                        ast::Expr::FormattedValue(f) => {
                            let mut v = self.expr(&f.value)?;
                            match f.conversion {
                                ast::ConversionFlag::Str => {
                                    let t = self.temp()?;
                                    self.code.extend([op::STR, t, v]);
                                    v = t;
                                }
                                // (No instruction for `!a`: the lowering has it.)
                                ast::ConversionFlag::Ascii => return Err("an f-string's !a".into()),
                                ast::ConversionFlag::Repr => {
                                    let t = self.temp()?;
                                    self.code.extend([op::REPR, t, v]);
                                    v = t;
                                }
                                ast::ConversionFlag::None => {}
                            }
                            let at = usize::from(f.range().start());
                            let spec = match &f.format_spec {
                                Some(s) => match super::escaped_spec(s, &self.m.source.text, at) {
                                    Some(text) => {
                                        let t = self.temp()?;
                                        self.str_to(&text, t);
                                        t
                                    }
                                    None => self.expr(s)?,
                                },
                                None => NO_REG,
                            };
                            self.code.extend([op::FORMAT, r, v, spec]);
                        }
                        other => self.expr_to(other, r)?,
                    }
                }
                if let [ast::Expr::Constant(_)] = &j.values[..] {
                    self.mov(d, base);
                } else {
                    self.code.extend([op::JOIN, d, base, j.values.len() as u8]);
                }
            }
            ast::Expr::ListComp(c) => self.comprehension(Acc::List, &c.generators, &c.elt, None, d)?,
            ast::Expr::SetComp(c) => self.comprehension(Acc::Set, &c.generators, &c.elt, None, d)?,
            ast::Expr::DictComp(c) => self.comprehension(Acc::Dict, &c.generators, &c.key, Some(&c.value), d)?,
            ast::Expr::GeneratorExp(g) => self.generator_expression(g, d)?,
            ast::Expr::Lambda(l) => {
                let body = [ast::Stmt::Return(ast::StmtReturn { range: l.range(), value: Some(l.body.clone()) })];
                let scope = crate::frontend::scope::analyze(&l.args, &body, self.visible);
                self.make_function("<lambda>", &l.args, super::Body::Expr(&l.body), scope, d, None)?;
            }
            ast::Expr::Yield(y) => {
                let v = match &y.value {
                    Some(v) => self.expr(v)?,
                    None => {
                        let t = self.temp()?;
                        self.constant_to(&ast::Constant::None, t)?;
                        t
                    }
                };
                self.code.extend([op::YIELD, d, v]);
            }
            ast::Expr::YieldFrom(y) => {
                let v = self.expr(&y.value)?;
                self.code.extend([op::YIELD_FROM, d, v]);
            }
            ast::Expr::Await(a) => {
                let v = self.expr(&a.value)?;
                self.code.extend([op::AWAIT, d, v]);
            }
            ast::Expr::Slice(sl) => {
                let base = self.slice_parts(sl)?;
                self.code.extend([op::SLICE, d, base, base + 1, base + 2]);
            }
            other => return Err(format!("the expression {}", kind_name(other))),
        }
        Ok(())
    }

    /// A list, set or dict comprehension (`kind` the display's opcode), run inline: its
    /// variables are registers of their own, the first iterable is evaluated outside.
    fn comprehension(
        &mut self,
        acc: Acc,
        gens: &'a [ast::Comprehension],
        elt: &'a ast::Expr,
        value: Option<&'a ast::Expr>,
        d: u8,
    ) -> R<()> {
        if gens.iter().any(|g| g.is_async) || gens.is_empty() {
            return Err("an async comprehension".into());
        }
        let first = self.expr(&gens[0].iter)?;
        match acc {
            Acc::List | Acc::Tuple => self.code.extend([op::LIST, d, 0, 0]),
            Acc::Set => self.code.extend([op::SET, d, 0, 0]),
            Acc::Dict => self.code.extend([op::DICT, d, 0, 0]),
            Acc::Sum => self.immediate(1, d),
        }
        let mut names = Vec::new();
        for g in gens {
            super::expr::collect_target_names(&g.target, &mut names);
        }
        let mut renames = HashMap::new();
        for n in names {
            if let std::collections::hash_map::Entry::Vacant(e) = renames.entry(n) {
                let r = self.temps(1)?;
                // Unbound until the loop binds it (a later iterable may read it first).
                self.immediate(0, r);
                e.insert(r);
            }
        }
        self.renames.push(renames);
        let mut loops = Vec::new();
        for (i, g) in gens.iter().enumerate() {
            let v = if i == 0 {
                first
            } else {
                self.comp_checked = true;
                let v = self.expr(&g.iter);
                self.comp_checked = false;
                v?
            };
            let it = self.temp()?;
            self.code.extend([op::ITER, it, v]);
            let top = self.code.len();
            let item = self.temp()?;
            self.code.extend([op::FOR_ITER, item, it]);
            let exit = self.hole();
            self.store(&g.target, item)?;
            for cond in &g.ifs {
                let mark = self.next;
                self.comp_checked = true;
                let t = self.expr(cond);
                self.comp_checked = false;
                let t = t?;
                self.next = mark;
                self.code.extend([op::JUMP_IF_NOT, t]);
                let h = self.hole();
                self.patch(h, top)?;
            }
            loops.push((top, exit));
        }
        let mark = self.next;
        let k = self.expr(elt)?;
        match (acc, value) {
            (Acc::Dict, Some(v)) => {
                let v = self.expr(v)?;
                self.code.extend([op::DICT_SET, d, k, v]);
            }
            (Acc::Set, _) => self.code.extend([op::SET_ADD, d, k]),
            (Acc::Sum, _) => self.code.extend([op::BINOP, mpyc_runtime::ops::binop::ADD as u8, d, d, k]),
            _ => self.code.extend([op::LIST_APPEND, d, k]),
        }
        self.next = mark;
        for (top, exit) in loops.into_iter().rev() {
            self.jump_to(top)?;
            let here = self.code.len();
            self.patch(exit, here)?;
        }
        self.renames.pop();
        if acc == Acc::Tuple {
            self.code.extend([op::LIST_TO_TUPLE, d, d]);
        }
        Ok(())
    }

    /// `(elt for t in it if c …)`: a generator function made here and called with the first
    /// iterable's iterator, as CPython (and the lowering) do: `def <genexpr>(.0): for t in .0:
    /// if c: … yield elt`.
    fn generator_expression(&mut self, c: &'a ast::ExprGeneratorExp, d: u8) -> R<()> {
        if crate::frontend::desugar::asyncgen::is_async(c) || !crate::frontend::scope::walrus_targets(c).is_empty() {
            return Err("an async generator expression, or one with `:=`".into());
        }
        let first = self.expr(&c.generators[0].iter)?;
        let it = self.temp()?;
        self.code.extend([op::ITER, it, first]);
        let (args, body) = super::expr::genexpr_function(c, (*c.elt).clone(), Vec::new());
        let scope = crate::frontend::scope::analyze(args, body, self.visible);
        let f = self.temp()?;
        self.make_function("<genexpr>", args, super::Body::Stmts(body), scope, f, None)?;
        self.code.extend([op::CALL, d, f, it, 1]);
        Ok(())
    }

    /// After a statement has run, the locals it assigns stay bound for the rest of its block
    /// ([`Self::stmts`]), unless something unbinds them somewhere: the code after it reads them
    /// with no check.
    fn bound_after(&mut self, s: &'a ast::Stmt) {
        let mut names = Vec::new();
        match s {
            ast::Stmt::Assign(a) => a.targets.iter().for_each(|t| super::expr::collect_target_names(t, &mut names)),
            ast::Stmt::AugAssign(a) => super::expr::collect_target_names(&a.target, &mut names),
            ast::Stmt::AnnAssign(a) if a.value.is_some() => super::expr::collect_target_names(&a.target, &mut names),
            ast::Stmt::FunctionDef(f) => names.push(f.name.to_string()),
            ast::Stmt::ClassDef(c) => names.push(c.name.to_string()),
            ast::Stmt::Import(i) => names.extend(
                i.names
                    .iter()
                    .map(|a| a.asname.as_deref().unwrap_or(a.name.split('.').next().unwrap_or("")).to_string()),
            ),
            ast::Stmt::ImportFrom(i) => {
                names.extend(i.names.iter().map(|a| a.asname.as_deref().unwrap_or(a.name.as_str()).to_string()))
            }
            _ => {}
        }
        for n in names {
            if self.unbound_somewhere.contains(&n) || self.is_cell(&n) {
                continue;
            }
            if let Some(&r) = self.locals.get(&n) {
                self.bound.push(r);
            }
        }
    }

    /// A `for` loop from its body on (`top`: the turn's start, `exit`: the hole of its jump
    /// out when the items run out, `mark`: the first register free after the loop): the
    /// body, back to the top, then `else` and the target of its `break`s.
    fn loop_tail(
        &mut self,
        top: usize,
        exit: usize,
        mark: usize,
        target: &'a ast::Expr,
        body: &'a [ast::Stmt],
        orelse: &'a [ast::Stmt],
    ) -> R<()> {
        self.loops.push(Loop { continues: Vec::new(), breaks: Vec::new() });
        // The loop variable is bound in the body (unless something unbinds it somewhere).
        let bound = match target {
            ast::Expr::Name(n) if !self.unbound_somewhere.contains(n.id.as_str()) && !self.is_cell(n.id.as_str()) => {
                self.local(n.id.as_str()).filter(|&(_, outer)| !outer).map(|(r, _)| r)
            }
            _ => None,
        };
        self.bound.extend(bound);
        let r = self.stmts(body);
        if bound.is_some() {
            self.bound.pop();
        }
        r?;
        self.jump_to(top)?;
        let l = self.end_loop(top)?;
        let here = self.code.len();
        self.patch(exit, here)?;
        self.next = mark;
        self.stmts(orelse)?;
        let end = self.code.len();
        for b in l.breaks {
            self.patch(b, end)?;
        }
        Ok(())
    }

    fn display(&mut self, opcode: u8, elts: &'a [ast::Expr], d: u8) -> R<()> {
        if let Some(t) = (opcode == op::TUPLE).then(|| self.prog.const_tuple(elts, false)).flatten() {
            let k = self.k(DataWord::Data(t));
            self.code.extend([op::CONST, d]);
            self.var(k);
            return Ok(());
        }
        let starred = elts.iter().any(|e| matches!(e, ast::Expr::Starred(_)));
        if starred || elts.len() > 200 {
            if opcode == op::SET {
                return self.set_spliced(elts, d);
            }
            let l = self.spliced(elts, NO_REG)?;
            match opcode {
                op::TUPLE => self.code.extend([op::LIST_TO_TUPLE, d, l]),
                _ => self.mov(d, l),
            }
            return Ok(());
        }
        let base = self.temps(elts.len())?;
        for (i, e) in elts.iter().enumerate() {
            self.expr_to(e, base + i as u8)?;
        }
        self.code.extend([opcode, d, base, elts.len() as u8]);
        Ok(())
    }

    /// A new list of `elts` in a new register, built an item at a time, each `*x` spliced in
    /// (so it takes any number of items): the arguments of a call of register `f`, or a
    /// display's items when `f` is `NO_REG`.
    fn spliced(&mut self, elts: &'a [ast::Expr], f: u8) -> R<u8> {
        let l = self.temp()?;
        self.code.extend([op::LIST, l, l, 0]);
        for e in elts {
            let mark = self.next;
            match e {
                ast::Expr::Starred(s) => {
                    let v = self.expr(&s.value)?;
                    self.code.extend([op::LIST_EXTEND, l, v, f]);
                }
                e => {
                    let v = self.expr(e)?;
                    self.code.extend([op::LIST_APPEND, l, v]);
                }
            }
            self.next = mark;
        }
        Ok(l)
    }

    /// `{a, *b}`: a new set, an item at a time, each `*x`'s items added in turn (as the
    /// lowering adds them).
    fn set_spliced(&mut self, elts: &'a [ast::Expr], d: u8) -> R<()> {
        let out = self.temp()?;
        self.code.extend([op::SET, out, out, 0]);
        for e in elts {
            let mark = self.next;
            match e {
                ast::Expr::Starred(s) => {
                    let v = self.expr(&s.value)?;
                    let it = self.temp()?;
                    self.code.extend([op::ITER, it, v]);
                    let top = self.code.len();
                    let item = self.temp()?;
                    self.code.extend([op::FOR_ITER, item, it]);
                    let exit = self.hole();
                    self.code.extend([op::SET_ADD, out, item]);
                    self.jump_to(top)?;
                    let end = self.code.len();
                    self.patch(exit, end)?;
                }
                e => {
                    let v = self.expr(e)?;
                    self.code.extend([op::SET_ADD, out, v]);
                }
            }
            self.next = mark;
        }
        self.mov(d, out);
        Ok(())
    }

    /// A dict display with `**` or many items: a new dict in a new register, an item at a
    /// time, key before value, each `**x` merged where it stands.
    fn dict_spliced(&mut self, dict: &'a ast::ExprDict) -> R<u8> {
        let out = self.temp()?;
        self.code.extend([op::DICT, out, out, 0]);
        for (k, v) in dict.keys.iter().zip(&dict.values) {
            let mark = self.next;
            match k {
                Some(k) => {
                    let k = self.expr(k)?;
                    let v = self.expr(v)?;
                    self.code.extend([op::DICT_SET, out, k, v]);
                }
                None => {
                    let v = self.expr(v)?;
                    self.code.extend([op::DICT_UNPACK, out, v]);
                }
            }
            self.next = mark;
        }
        Ok(out)
    }

    /// `f(…)` with `*` or `**` arguments: the positional ones made a tuple, the keyword ones
    /// a dict, as the lowering's `call_value` makes them.
    fn call_ex(&mut self, c: &'a ast::ExprCall, d: u8) -> R<()> {
        let f = self.expr(&c.func)?;
        // (CPython names the function only when `*x` is all the positional arguments.)
        let args = self.spliced(&c.args, if c.args.len() == 1 { f } else { NO_REG })?;
        self.code.extend([op::LIST_TO_TUPLE, args, args]);
        let kw = self.temp()?;
        self.code.extend([op::DICT, kw, kw, 0]);
        let mut merged = false;
        for k in &c.keywords {
            let mark = self.next;
            match &k.arg {
                // (After a `**`, a name is merged as a dict of its own: it may be there.)
                Some(name) if merged => {
                    let one = self.temp()?;
                    self.code.extend([op::DICT, one, one, 0]);
                    let key = self.temp()?;
                    self.str_to(name.as_str(), key);
                    let v = self.expr(&k.value)?;
                    self.code.extend([op::DICT_SET, one, key, v, op::DICT_UPDATE, kw, one, f]);
                }
                Some(name) => {
                    let key = self.temp()?;
                    self.str_to(name.as_str(), key);
                    let v = self.expr(&k.value)?;
                    self.code.extend([op::DICT_SET, kw, key, v]);
                }
                None => {
                    let v = self.expr(&k.value)?;
                    self.code.extend([op::DICT_UPDATE, kw, v, f]);
                    merged = true;
                }
            }
            self.next = mark;
        }
        self.code.extend([op::CALL_EX, d, f, args, kw]);
        Ok(())
    }

    /// A slice's start, stop and step (None for those left out) in three new registers: the
    /// first.
    fn slice_parts(&mut self, sl: &'a ast::ExprSlice) -> R<u8> {
        let base = self.temps(3)?;
        for (k, p) in [&sl.lower, &sl.upper, &sl.step].into_iter().enumerate() {
            match p {
                Some(x) => self.expr_to(x, base + k as u8)?,
                None => self.immediate(NONE as i64, base + k as u8),
            }
        }
        Ok(base)
    }

    /// `d = ` the str `text`.
    fn str_to(&mut self, text: &str, d: u8) {
        let k = self.k_str(text);
        self.op_r(op::TEXT, d);
        self.var(k);
    }

    fn call(&mut self, c: &'a ast::ExprCall, d: u8) -> R<()> {
        // `tuple(x for …)`, `list(…)`, `set(…)`, `sum(…)` of the builtins: a comprehension,
        // with no generator made (as the lowering runs them).
        if let (ast::Expr::Name(n), [ast::Expr::GeneratorExp(g)], true) = (&*c.func, &c.args[..], c.keywords.is_empty())
        {
            let name = n.id.as_str();
            let builtin = self.local(name).is_none() && !self.m.global_slots.contains_key(name);
            if builtin && !crate::frontend::desugar::asyncgen::is_async(g) {
                let acc = match name {
                    "tuple" => Some(Acc::Tuple),
                    "list" => Some(Acc::List),
                    "set" => Some(Acc::Set),
                    "sum" => Some(Acc::Sum),
                    _ => None,
                };
                if let Some(acc) = acc {
                    return self.comprehension(acc, &g.generators, &g.elt, None, d);
                }
            }
        }
        let names: Vec<&str> = c.keywords.iter().filter_map(|k| k.arg.as_ref().map(|a| a.as_str())).collect();
        if names.iter().enumerate().any(|(i, n)| names[..i].contains(n)) {
            return Err("a repeated keyword argument".into());
        }
        if let ast::Expr::Name(n) = &*c.func {
            // `super()` and the namespace builtins need the lowering's knowledge of the scope.
            if n.id.as_str() == "super" && c.args.is_empty() && c.keywords.is_empty() {
                return self.zero_arg_super(d);
            }
            if ["super", "locals", "globals", "vars", "dir", "__import__", "eval", "exec"].contains(&n.id.as_str()) {
                return Err(format!("a call of {}", n.id));
            }
        }
        if c.args.iter().any(|a| matches!(a, ast::Expr::Starred(_)))
            || c.keywords.iter().any(|k| k.arg.is_none())
            || c.args.len() + c.keywords.len() > 100
        {
            return self.call_ex(c, d);
        }
        let n = c.args.len();
        let values: Vec<&ast::Expr> = c.args.iter().chain(c.keywords.iter().map(|k| &k.value)).collect();
        if let ast::Expr::Attribute(a) = &*c.func {
            let obj = self.expr(&a.value)?;
            let base = self.temps(2 + values.len())?;
            let name = self.k_str(a.attr.as_str());
            let cache = self.cache_site();
            // (The lookup and the call are at the line of the method's name.)
            return self.at_line(self.attr_line(a), |s| {
                s.op_r(op::LOAD_METHOD, base);
                s.b(obj);
                s.var(name);
                s.var(cache);
                for (i, arg) in values.iter().enumerate() {
                    s.expr_to(arg, base + 2 + i as u8)?;
                }
                match s.kwnames(&names)? {
                    Some(kw) => s.code.extend([op::CALL_METHOD_KW, d, base, n as u8, kw]),
                    None => {
                        s.op_r(op::CALL_METHOD, d);
                        s.code.extend([base, n as u8]);
                    }
                }
                Ok(())
            });
        }
        let f = self.expr(&c.func)?;
        let base = self.temps(values.len())?;
        for (i, arg) in values.iter().enumerate() {
            self.expr_to(arg, base + i as u8)?;
        }
        match self.kwnames(&names)? {
            Some(kw) => self.code.extend([op::CALL_KW, d, f, base, n as u8, kw]),
            None if usize::from(base) == usize::from(f) + 1 => {
                self.op_r(op::CALL_F, d);
                self.code.extend([f, n as u8]);
            }
            None => self.code.extend([op::CALL, d, f, base, n as u8]),
        }
        Ok(())
    }

    /// The tuple of a call's keyword names in a register (none without keywords).
    fn kwnames(&mut self, names: &[&str]) -> R<Option<u8>> {
        if names.is_empty() {
            return Ok(None);
        }
        if names.len() > 32 {
            return Err("more than 32 keyword arguments".into());
        }
        let (slot, _) = self.prog.literal(b'K', format!("kw:{}", names.join(",")).as_bytes());
        let r = self.temp()?;
        self.code.extend([op::KWNAMES, r]);
        self.var(slot.into());
        self.b(names.len() as u8);
        for n in names {
            let k = self.k_str(n);
            self.var(k);
        }
        Ok(Some(r))
    }

    /// A name read in the code: a class body's own names from its namespace first, a name
    /// nothing binds a warning now and NameError when the line runs (as the lowering has it).
    fn read_name(&mut self, n: &ast::ExprName, d: u8) -> R<()> {
        let name = n.id.as_str();
        if let Some((ns, own)) = &self.class_own {
            if own.contains(name) {
                let ns = *ns;
                let k = self.k_str(name);
                self.code.extend([op::NS_GET, d, ns]);
                self.var(k);
                let found = self.hole();
                // (No warning for a name that is neither: the class may bind it first.)
                if self.m.global_slots.contains_key(name) || self.builtin(name) {
                    self.load_name(name, d)?;
                } else if self.module_attr(name, d) {
                } else {
                    self.name_error(name, 0);
                }
                let end = self.code.len();
                return self.patch(found, end);
            }
        }
        if self.local(name).is_none() && !self.m.global_slots.contains_key(name) && super::expr::is_dynamic_code(name) {
            let w = super::expr::dynamic_code_warning(self.m, n, name);
            if !self.prog.warnings.contains(&w) {
                self.prog.warnings.push(w);
            }
        }
        if self.bound(name) {
            return self.load_name(name, d);
        }
        if self.module_attr(name, d) {
            return Ok(());
        }
        match name {
            _ if crate::frontend::desugar::python_builtin(name).is_some() => {
                return Err(format!("the name {name}"));
            }
            // (Which may be bound through `globals()`: the lowering reads the namespace.)
            _ if super::reaches_namespace(&self.m.source.text) => return Err(format!("the name {name}")),
            // (Which may be set on `builtins`: the lowering reads it there.)
            _ if self.prog.adds_builtins => return Err(format!("the name {name}")),
            _ => {
                let mut locals: Vec<&str> = self.locals.keys().map(|s| s.as_str()).collect();
                let own: Vec<&str> = locals.iter().copied().filter(|l| self.cells.get(*l) != Some(&true)).collect();
                locals.extend(self.renames.iter().flat_map(|r| r.keys().map(|s| s.as_str())));
                let (w, how, text) = super::expr::unknown_name(self.m, n, name, &locals, &own);
                if !self.prog.warnings.contains(&w) {
                    self.prog.warnings.push(w);
                }
                self.name_error(&text, how);
            }
        }
        Ok(())
    }

    /// Whether `name` is bound somewhere the code can see it: a local, a global or a builtin
    /// (a class body's own names aside).
    fn bound(&self, name: &str) -> bool {
        self.local(name).is_some() || self.m.global_slots.contains_key(name) || self.builtin(name)
    }

    /// `__name__`, `__file__`, `__doc__` or `__builtins__` (the `builtins` module) of the
    /// module, when the program binds no global of that name, into `d`: whether `name` is one
    /// of them.
    fn module_attr(&mut self, name: &str, d: u8) -> bool {
        match (name, self.m.doc) {
            ("__name__", _) => self.str_to(&self.m.name.clone(), d),
            ("__file__", _) => self.str_to(&self.m.source.file.clone(), d),
            ("__doc__", Some(doc)) => self.str_to(doc, d),
            ("__doc__", None) => self.immediate(NONE as i64, d),
            ("__builtins__", _) => {
                let (slot, _) = self.prog.literal(b'M', b"module:builtins");
                let entry = self.prog.runtime("rt_import_builtins");
                let k = self.k(DataWord::Function(entry));
                self.code.extend([op::IMPORT, d]);
                self.var(slot.into());
                self.var(k);
            }
            _ => return false,
        }
        true
    }

    /// Whether `name` is a builtin the code may read (not one written in Python).
    fn builtin(&self, name: &str) -> bool {
        is_builtin(name) && crate::frontend::desugar::python_builtin(name).is_none()
    }

    /// Raises NameError (`how` as `rt_unbound` has it) for `name`.
    fn name_error(&mut self, name: &str, how: u8) {
        let k = self.k_cstr(name);
        self.b(op::NAME_ERROR);
        self.var(k);
        self.b(how);
    }

    fn load_name(&mut self, name: &str, d: u8) -> R<()> {
        if let Some((r, outer)) = self.local(name) {
            if self.is_cell(name) {
                let k = self.k_cstr(name);
                let free = self.cells[name] || !self.renames.is_empty();
                self.code.extend([if free { op::LOAD_FREE } else { op::LOAD_CELL }, d, r]);
                self.var(k);
                return Ok(());
            }
            self.check_bound(r, name, outer);
            if r != d {
                self.mov(d, r);
            }
            return Ok(());
        }
        if let Some(&slot) = self.m.global_slots.get(name) {
            if crate::frontend::desugar::python_builtin(name).is_some() {
                // (A global shadowing a built-in written in Python: the CLIF level has it.)
                return Err(format!("the global {name}, shadowing a built-in written in Python"));
            }
            if is_builtin(name) && !mpyc_runtime::builtins::is_function(name) {
                self.prog.vm_builtin_types = true;
            }
            self.op_r(if is_builtin(name) { op::GLOBAL_OR_BUILTIN } else { op::GLOBAL }, d);
            self.var(slot.into());
            self.prog.root_names.insert(slot, name.to_string());
            return Ok(());
        }
        if is_builtin(name) && crate::frontend::desugar::python_builtin(name).is_none() {
            let (slot, _) = self.prog.literal(b'B', format!("builtin:{name}").as_bytes());
            if !mpyc_runtime::builtins::is_function(name) {
                self.prog.vm_builtin_types = true;
            }
            self.op_r(op::BUILTIN, d);
            self.var(slot.into());
            self.prog.root_names.insert(slot, name.to_string());
            return Ok(());
        }
        Err(format!("the name {name}"))
    }

    fn store(&mut self, target: &'a ast::Expr, v: u8) -> R<()> {
        match target {
            ast::Expr::Name(n) => {
                self.store_to(n.id.as_str(), v)?;
            }
            ast::Expr::Attribute(a) => {
                let mark = self.next;
                let obj = self.expr(&a.value)?;
                let name = self.k_str(a.attr.as_str());
                let cache = self.cache_site();
                self.at_line(self.attr_line(a), |s| {
                    s.code.extend([op::SETATTR, obj]);
                    s.var(name);
                    s.b(v);
                    s.var(cache);
                    Ok(())
                })?;
                self.next = mark;
            }
            ast::Expr::Subscript(s) => {
                let mark = self.next;
                let obj = self.expr(&s.value)?;
                if let ast::Expr::Slice(sl) = &*s.slice {
                    let base = self.slice_parts(sl)?;
                    self.code.extend([op::SETSLICE, obj, base, base + 1, base + 2, v]);
                } else {
                    let key = self.expr(&s.slice)?;
                    self.code.extend([op::SETITEM, obj, key, v]);
                }
                self.next = mark;
            }
            ast::Expr::Tuple(ast::ExprTuple { elts, .. }) | ast::Expr::List(ast::ExprList { elts, .. })
                if elts.len() < 100 =>
            {
                let mark = self.next;
                let base = self.temps(elts.len())?;
                let stars: Vec<usize> = (0..elts.len()).filter(|&i| matches!(elts[i], ast::Expr::Starred(_))).collect();
                match stars[..] {
                    [] => self.code.extend([op::UNPACK, base, elts.len() as u8, v]),
                    [i] => self.code.extend([op::UNPACK_STAR, base, i as u8, (elts.len() - i - 1) as u8, v]),
                    _ => return Err("several starred targets".into()),
                }
                for (i, t) in elts.iter().enumerate() {
                    let t = match t {
                        ast::Expr::Starred(s) => &s.value,
                        t => t,
                    };
                    self.store(t, base + i as u8)?;
                }
                self.next = mark;
            }
            other => return Err(format!("the assignment target {}", kind_name(other))),
        }
        Ok(())
    }

    /// Ends the innermost loop: its `continue`s go to `next_turn`.
    fn end_loop(&mut self, next_turn: usize) -> R<Loop> {
        let l = self.loops.pop().ok_or("no loop")?;
        for &c in &l.continues {
            self.patch(c, next_turn)?;
        }
        Ok(l)
    }

    /// `for … in range(…)` of the builtin with one to three arguments, the third an int
    /// constant other than 0: the arguments and the step.
    fn range_loop<'e>(&self, f: &'e ast::StmtFor) -> Option<(&'e [ast::Expr], i64)> {
        let ast::Expr::Call(c) = &*f.iter else { return None };
        let ast::Expr::Name(n) = &*c.func else { return None };
        if n.id.as_str() != "range"
            || self.locals.contains_key("range")
            || self.m.global_slots.contains_key("range")
            || !c.keywords.is_empty()
            || !(1..=3).contains(&c.args.len())
            || c.args.iter().any(|a| matches!(a, ast::Expr::Starred(_)))
        {
            return None;
        }
        let step = match c.args.get(2) {
            None => 1,
            Some(e) => {
                let (min, max) = small_range(self.prog.target.word);
                let v = constant_int(e)?;
                if v == 0 || v < min || v > max {
                    return None;
                }
                v
            }
        };
        Some((&c.args, step))
    }

    /// Stores to a name made here (a `def`'s): as `store` does.
    fn store_name(&mut self, target: &ast::Expr, v: u8) -> R<()> {
        let ast::Expr::Name(n) = target else { return Err("not a name".into()) };
        self.store_to(n.id.as_str(), v)
    }

    /// Stores to the variable `name`: a local's register or cell, or a global.
    fn store_to(&mut self, name: &str, v: u8) -> R<()> {
        if let Some((r, _)) = self.local(name).filter(|_| self.is_cell(name)) {
            self.code.extend([op::STORE_CELL, r, v]);
        } else if let Some((r, _)) = self.local(name) {
            if r != v {
                self.mov(r, v);
            }
        } else if let Some(&slot) = self.m.global_slots.get(name) {
            self.op_r(op::SET_GLOBAL, v);
            self.var(slot.into());
        } else {
            return Err(format!("a store to {name}"));
        }
        Ok(())
    }

    /// The function object of a nested `def` or `lambda` into `d`, its body queued to be
    /// lowered (as the lowering's `make_function`, which this mirrors).
    fn make_function(
        &mut self,
        name: &str,
        args: &'a ast::Arguments,
        body: super::Body<'a>,
        scope: FunctionScope,
        d: u8,
        index: Option<u32>,
    ) -> R<()> {
        if !self.renames.is_empty() {
            // (A comprehension's variables a lambda captures need cells of their own.)
            return Err("a function made in a comprehension".into());
        }
        let nparams = scope.params.all().len() + usize::from(!scope.free.is_empty());
        if scope.params.positional.len() > 0xfff || scope.params.kwonly.len() > 0xfff {
            return Err("too many parameters".into());
        }
        let positional: Vec<&ast::ArgWithDefault> = args.posonlyargs.iter().chain(&args.args).collect();
        let defaults: Vec<&ast::Expr> = positional.iter().filter_map(|p| p.default.as_deref()).collect();
        let defaults_r = if defaults.is_empty() {
            NO_REG
        } else {
            let base = self.temps(defaults.len())?;
            for (i, e) in defaults.iter().enumerate() {
                self.expr_to(e, base + i as u8)?;
            }
            let t = self.temp()?;
            self.code.extend([op::TUPLE, t, base, defaults.len() as u8]);
            t
        };
        let kwdefaults: Vec<(&str, &ast::Expr)> =
            args.kwonlyargs.iter().filter_map(|p| p.default.as_deref().map(|d| (p.def.arg.as_str(), d))).collect();
        let kwdefaults_r = if kwdefaults.is_empty() {
            NO_REG
        } else {
            let base = self.temps(2 * kwdefaults.len())?;
            for (i, (n, e)) in kwdefaults.iter().enumerate() {
                self.str_to(n, base + 2 * i as u8);
                self.expr_to(e, base + 2 * i as u8 + 1)?;
            }
            let t = self.temp()?;
            self.code.extend([op::DICT, t, base, kwdefaults.len() as u8]);
            t
        };
        let cells_r = if scope.free.is_empty() {
            NO_REG
        } else {
            let base = self.temps(scope.free.len())?;
            for (i, f) in scope.free.iter().enumerate() {
                let Some((r, _)) = self.local(f).filter(|_| self.is_cell(f)) else {
                    return Err(format!("the free variable {f}"));
                };
                self.mov(base + i as u8, r);
            }
            let t = self.temp()?;
            self.code.extend([op::TUPLE, t, base, scope.free.len() as u8]);
            t
        };
        let queue = index.is_none();
        let index = match index {
            Some(i) => i,
            None => {
                let sym = format!("py_{name}.{}", self.prog.functions.len());
                self.prog.declare_python_function(sym, nparams)
            }
        };
        use mpyc_runtime::func::flags;
        let mut f = 0usize;
        if scope.params.varargs.is_some() {
            f |= flags::VARARGS;
        }
        if scope.params.varkw.is_some() {
            f |= flags::VARKW;
        }
        if !scope.free.is_empty() {
            f |= flags::ENV;
        }
        if scope.generator {
            f |= flags::GENERATOR;
            self.prog.generators = true;
        }
        if scope.coroutine {
            f |= flags::COROUTINE;
            self.prog.generators = true;
        }
        if packed(nparams) {
            f |= flags::PACKED;
        }
        let doc = match body {
            super::Body::Stmts(stmts) => self.prog.kept_doc(stmts),
            super::Body::Expr(_) => None,
        };
        if doc.is_some() {
            f |= flags::DOC;
        }
        let spec = scope.params.positional.len() | (scope.params.kwonly.len() << 12) | (f << 24);
        let qualname = match (&self.class_qual, self.top_defs) {
            (Some(class), _) => format!("{class}.{name}"),
            (None, Some(_)) => name.to_string(),
            // (A name declared global is bound in the module: its qualified name is its own.)
            (None, None) if name != "<lambda>" && !self.locals.contains_key(name) => name.to_string(),
            (None, None) => format!("{}.<locals>.{name}", self.qualname),
        };
        let info = self.prog.function_info(self.m, name, &qualname, &scope.params.info_names(), doc);
        let code_k = self.k(DataWord::Function(index));
        let info_k = self.k(DataWord::Data(info));
        let spec_k = self.k(DataWord::Int(spec as u64));
        self.code.extend([op::MAKE_FUNCTION, d]);
        self.var(code_k);
        self.var(info_k);
        self.var(spec_k);
        self.code.extend([defaults_r, kwdefaults_r, cells_r]);
        if !queue {
            return Ok(());
        }
        let visible = self.visible.clone();
        // A def's own choice; a lambda or a comprehension is bytecode as this function is.
        let emitter = self.prog.choices.of_def(args).unwrap_or(super::Emitter::Bytecode);
        self.prog.pending.push(super::Pending {
            index,
            module: self.m.index,
            name: name.to_string(),
            qualname,
            args,
            body,
            scope,
            visible,
            emitter,
        });
        Ok(())
    }

    /// A branch taken when `test` is false; returns its hole ([`NO_HOLE`] when the test is a
    /// constant that is true: `while True:` tests nothing). One comparison branches on its
    /// own, with no True or False made.
    fn jump_unless(&mut self, test: &'a ast::Expr) -> R<usize> {
        if let ast::Expr::Constant(c) = test {
            let truth = match &c.value {
                ast::Constant::None => Some(false),
                ast::Constant::Bool(b) => Some(*b),
                ast::Constant::Int(i) => Some(i.to_string() != "0"),
                ast::Constant::Str(t) => Some(!t.is_empty()),
                _ => None,
            };
            match truth {
                Some(true) => return Ok(NO_HOLE),
                Some(false) => {
                    self.b(op::JUMP);
                    return Ok(self.hole());
                }
                None => {}
            }
        }
        if let ast::Expr::Compare(c) = test {
            if let ([o], [right]) = (&c.ops[..], &c.comparators[..]) {
                if let Some((code, _)) = compare_op(*o) {
                    let l = self.expr(&c.left)?;
                    let r = self.expr(right)?;
                    self.code.extend([op::COMPARE_JUMP, code as u8, l, r]);
                    return Ok(self.hole());
                }
            }
        }
        let t = self.expr(test)?;
        self.code.extend([op::JUMP_IF_NOT, t]);
        Ok(self.hole())
    }

    /// Runs the cleanups entered inside the innermost loop (`break`, `continue`).
    fn leave_loop(&mut self) -> R<()> {
        let loops = self.loops.len();
        if loops == 0 {
            return Err("`break` or `continue` outside a loop".into());
        }
        let first = self.cleanups.iter().position(|c| c.loops >= loops).unwrap_or(self.cleanups.len());
        self.run_cleanups(first)
    }

    fn delete(&mut self, t: &'a ast::Expr) -> R<()> {
        let mark = self.next;
        match t {
            ast::Expr::Name(n) => {
                let name = n.id.as_str();
                if self.local(name).is_none() {
                    return Err(format!("del of the global {name}"));
                }
                // Read first: deleting an unbound name raises.
                let t = self.temp()?;
                self.load_name(name, t)?;
                self.unbind(name)?;
            }
            ast::Expr::Attribute(a) => {
                let obj = self.expr(&a.value)?;
                let k = self.k_str(a.attr.as_str());
                self.at_line(self.attr_line(a), |s| {
                    s.code.extend([op::DELATTR, obj]);
                    s.var(k);
                    Ok(())
                })?;
            }
            ast::Expr::Subscript(s) => {
                let obj = self.expr(&s.value)?;
                let key = self.expr(&s.slice)?;
                self.code.extend([op::DELITEM, obj, key]);
            }
            ast::Expr::Tuple(ast::ExprTuple { elts, .. }) | ast::Expr::List(ast::ExprList { elts, .. }) => {
                for e in elts {
                    self.delete(e)?;
                }
            }
            other => return Err(format!("del of {}", kind_name(other))),
        }
        self.next = mark;
        Ok(())
    }

    /// A new handler region, around the code from here on.
    fn open_region(&mut self) -> usize {
        let id = self.regions.len();
        self.regions.push(Region { ranges: Vec::new(), open: Some(self.code.len()), target: 0 });
        self.handlers.push(id);
        id
    }

    /// Ends region `id` (the innermost).
    fn close_region(&mut self, id: usize) {
        let at = self.code.len();
        let r = &mut self.regions[id];
        if let Some(start) = r.open.take() {
            r.ranges.push((start, at));
        }
        self.handlers.retain(|&h| h != id);
        self.closed.push(id);
    }

    /// Its handler starts here.
    fn land(&mut self, id: usize) {
        self.regions[id].target = self.code.len();
    }

    /// Emits `f` outside the handlers from `depth` inward and the cleanups from `cleanup`
    /// inward (a `finally` body or an `__exit__` call on the way out of them).
    fn outside(&mut self, depth: usize, cleanup: usize, f: impl FnOnce(&mut Self) -> R<()>) -> R<()> {
        let at = self.code.len();
        let inner: Vec<usize> = self.handlers.split_off(depth.min(self.handlers.len()));
        for &id in &inner {
            if let Some(start) = self.regions[id].open.take() {
                self.regions[id].ranges.push((start, at));
            }
        }
        let cleanups = self.cleanups.split_off(cleanup);
        let r = f(self);
        self.cleanups.extend(cleanups);
        let at = self.code.len();
        for &id in &inner {
            self.regions[id].open = Some(at);
        }
        self.handlers.extend(inner);
        r
    }

    /// Runs the cleanups from `first` inward, innermost first (leaving them by `return`,
    /// `break` or `continue`).
    fn run_cleanups(&mut self, first: usize) -> R<()> {
        for i in (first..self.cleanups.len()).rev() {
            let c = self.cleanups[i];
            self.outside(c.handlers, i, |e| match c.what {
                Cleanup::Finally(body) => e.stmts(body),
                Cleanup::ExceptEnd(prev, name) => {
                    if let Some(n) = name {
                        e.unbind(n)?;
                    }
                    e.code.extend([op::EXC_END, prev]);
                    Ok(())
                }
                Cleanup::With(exit, stmt) => {
                    let line = e.lines.last().map(|l| l.1);
                    e.line(stmt);
                    e.exit_none(exit)?;
                    if let Some(l) = line {
                        e.line_no(l);
                    }
                    Ok(())
                }
            })?;
        }
        Ok(())
    }

    /// `exit(None, None, None)`.
    fn exit_none(&mut self, exit: u8) -> R<()> {
        let mark = self.next;
        let base = self.temps(3)?;
        for i in 0..3 {
            self.constant_to(&ast::Constant::None, base + i)?;
        }
        let t = self.temp()?;
        self.code.extend([op::CALL, t, exit, base, 3]);
        self.next = mark;
        Ok(())
    }

    /// Unbinds `name` (an `except` clause's `as` name).
    fn unbind(&mut self, name: &str) -> R<()> {
        match self.local(name) {
            Some((r, _)) if !self.is_cell(name) => self.immediate(0, r),
            _ => {
                let t = self.temp()?;
                self.immediate(0, t);
                let target = name_expr(name);
                self.store_name(&target, t)?;
            }
        }
        Ok(())
    }

    fn try_stmt(&mut self, t: &'a ast::StmtTry) -> R<()> {
        let fin = if t.finalbody.is_empty() {
            None
        } else {
            let id = self.open_region();
            let at = CleanupAt {
                what: Cleanup::Finally(&t.finalbody),
                handlers: self.handlers.len() - 1,
                loops: self.loops.len(),
            };
            self.cleanups.push(at);
            Some(id)
        };
        let exc = if t.handlers.is_empty() { None } else { Some(self.open_region()) };
        self.stmts(&t.body)?;
        if let Some(id) = exc {
            self.close_region(id);
        }
        self.stmts(&t.orelse)?;
        self.b(op::JUMP);
        let mut to_finally = vec![self.hole()];
        if let Some(id) = exc {
            self.land(id);
            for h in &t.handlers {
                let ast::ExceptHandler::ExceptHandler(h) = h;
                self.line(h);
                let mark = self.next;
                let next = match &h.type_ {
                    Some(ty) => {
                        let cls = self.expr(ty)?;
                        let m = self.temp()?;
                        self.code.extend([op::EXC_MATCH, m, cls, op::JUMP_IF_NOT, m]);
                        Some(self.hole())
                    }
                    None => None,
                };
                self.next = mark;
                let (prev, e) = (self.temp()?, self.temp()?);
                self.code.extend([op::EXC_BEGIN, prev, op::EXC_CURRENT, e]);
                let name = h.name.as_ref().map(|n| n.as_str());
                if let Some(n) = name {
                    self.store_name(&name_expr(n), e)?;
                }
                let clause = self.open_region();
                let at = CleanupAt {
                    what: Cleanup::ExceptEnd(prev, name),
                    handlers: self.handlers.len() - 1,
                    loops: self.loops.len(),
                };
                self.cleanups.push(at);
                self.stmts(&h.body)?;
                self.cleanups.pop();
                self.close_region(clause);
                if let Some(n) = name {
                    self.unbind(n)?;
                }
                self.code.extend([op::EXC_END, prev, op::JUMP]);
                to_finally.push(self.hole());
                self.land(clause);
                self.code.extend([op::EXC_END, prev]);
                if let Some(n) = name {
                    self.unbind(n)?;
                }
                self.b(op::RERAISE);
                self.next = mark;
                if let Some(hole) = next {
                    let here = self.code.len();
                    self.patch(hole, here)?;
                }
            }
            // No clause matched: the exception goes on.
            self.b(op::RERAISE);
        }
        match fin {
            Some(id) => {
                self.cleanups.pop();
                self.close_region(id);
                let here = self.code.len();
                for h in to_finally {
                    self.patch(h, here)?;
                }
                self.stmts(&t.finalbody)?;
                self.b(op::JUMP);
                let after = self.hole();
                // The exceptional path: the exception is being handled while the body runs.
                self.land(id);
                let (prev, e) = (self.temp()?, self.temp()?);
                self.code.extend([op::EXC_BEGIN, prev, op::EXC_CURRENT, e]);
                let fb = self.open_region();
                let at = CleanupAt {
                    what: Cleanup::ExceptEnd(prev, None),
                    handlers: self.handlers.len() - 1,
                    loops: self.loops.len(),
                };
                self.cleanups.push(at);
                self.stmts(&t.finalbody)?;
                self.cleanups.pop();
                self.close_region(fb);
                self.code.extend([op::EXC_END, prev, op::EXC_RESTORE, e, op::RERAISE]);
                self.land(fb);
                self.code.extend([op::EXC_END, prev, op::RERAISE]);
                let here = self.code.len();
                self.patch(after, here)?;
            }
            None => {
                let here = self.code.len();
                for h in to_finally {
                    self.patch(h, here)?;
                }
            }
        }
        Ok(())
    }

    /// `with` statement `stmt`: its `__exit__` calls are at its line, as CPython has them.
    fn with_stmt(&mut self, stmt: &'a ast::Stmt, items: &'a [ast::WithItem], body: &'a [ast::Stmt]) -> R<()> {
        let Some((item, rest)) = items.split_first() else { return self.stmts(body) };
        let mgr = self.expr(&item.context_expr)?;
        let exit = self.temp()?;
        self.code.extend([op::WITH_EXIT, exit, mgr]);
        let base = self.temp()?;
        self.mov(base, mgr);
        let v = self.temp()?;
        let enter = self.k_str("__enter__");
        self.code.extend([op::CALL_NAMED, v]);
        self.var(enter);
        self.code.extend([base, 0]);
        // The target is bound inside the body's region: an error there goes to `__exit__`.
        let w = self.open_region();
        let at =
            CleanupAt { what: Cleanup::With(exit, stmt), handlers: self.handlers.len() - 1, loops: self.loops.len() };
        self.cleanups.push(at);
        if let Some(target) = &item.optional_vars {
            self.store(target, v)?;
        }
        self.with_stmt(stmt, rest, body)?;
        self.cleanups.pop();
        self.close_region(w);
        self.line(stmt);
        self.exit_none(exit)?;
        self.b(op::JUMP);
        let after = self.hole();
        self.land(w);
        self.line(stmt);
        let (prev, e) = (self.temp()?, self.temp()?);
        self.code.extend([op::EXC_BEGIN, prev, op::EXC_CURRENT, e]);
        // An exception `__exit__` raises (or its result's truth) ends the handling first.
        let exiting = self.open_region();
        let args = self.temps(3)?;
        let class = self.k_str("__class__");
        let cache = self.cache_site();
        self.code.extend([op::GETATTR, args, e]);
        self.var(class);
        self.var(cache);
        self.mov(args + 1, e);
        self.constant_to(&ast::Constant::None, args + 2)?;
        let r = self.temp()?;
        self.code.extend([op::CALL, r, exit, args, 3, op::JUMP_IF_NOT, r]);
        let reraise = self.hole();
        self.close_region(exiting);
        self.code.extend([op::EXC_END, prev, op::JUMP]);
        let swallowed = self.hole();
        let here = self.code.len();
        self.patch(reraise, here)?;
        self.code.extend([op::EXC_END, prev, op::EXC_RESTORE, e, op::RERAISE]);
        self.land(exiting);
        self.code.extend([op::EXC_END, prev, op::RERAISE]);
        let here = self.code.len();
        self.patch(after, here)?;
        self.patch(swallowed, here)?;
        Ok(())
    }

    /// A block: once a statement of it has run, the locals it assigns are bound for the rest
    /// of the block (Python has no jump into a block's middle; nothing unbinds them).
    fn stmts(&mut self, body: &'a [ast::Stmt]) -> R<()> {
        let outer = self.bound.len();
        for s in body {
            self.stmt(s)?;
            self.bound_after(s);
        }
        self.bound.truncate(outer);
        Ok(())
    }

    fn stmt(&mut self, s: &'a ast::Stmt) -> R<()> {
        self.line(s);
        let mark = self.next;
        match s {
            // (A constant, a docstring, does nothing.)
            ast::Stmt::Expr(e) if matches!(&*e.value, ast::Expr::Constant(_)) => {}
            ast::Stmt::Expr(e) => {
                self.expr(&e.value)?;
            }
            ast::Stmt::Pass(_) | ast::Stmt::Global(_) | ast::Stmt::Nonlocal(_) => {}
            ast::Stmt::Assign(a) => {
                // `x = <one operation>` into the local's own register: the operation reads its
                // operands before it writes.
                if let [ast::Expr::Name(n)] = &a.targets[..] {
                    let name = n.id.as_str();
                    if let Some((r, _)) = self.local(name).filter(|_| !self.is_cell(name) && single_write(&a.value)) {
                        self.expr_to(&a.value, r)?;
                        self.next = mark;
                        return Ok(());
                    }
                }
                // `a, b = x, y` (as many on each side, no `*`): each value into a register of
                // its own, then each target from its register, in CPython's order, with no
                // tuple made and taken apart (a swap allocates nothing).
                if let (
                    [target],
                    ast::Expr::Tuple(ast::ExprTuple { elts: values, .. })
                    | ast::Expr::List(ast::ExprList { elts: values, .. }),
                ) = (&a.targets[..], &*a.value)
                {
                    let targets = match target {
                        ast::Expr::Tuple(t) => Some(&t.elts),
                        ast::Expr::List(l) => Some(&l.elts),
                        _ => None,
                    };
                    if let Some(targets) = targets.filter(|t| {
                        t.len() == values.len()
                            && t.len() <= 16
                            && !t.iter().chain(values.iter()).any(|e| matches!(e, ast::Expr::Starred(_)))
                    }) {
                        let base = self.temps(values.len())?;
                        for (i, v) in values.iter().enumerate() {
                            self.expr_to(v, base + i as u8)?;
                        }
                        for (i, t) in targets.iter().enumerate() {
                            self.store(t, base + i as u8)?;
                        }
                        self.next = mark;
                        return Ok(());
                    }
                }
                // `a, b = x, y`: the right side into registers first, as CPython has it.
                let v = self.expr(&a.value)?;
                for t in &a.targets {
                    self.store(t, v)?;
                }
            }
            ast::Stmt::AugAssign(a) => {
                let code = binary_op(a.op) as u8 | mpyc_runtime::ops::binop::INPLACE as u8;
                match &*a.target {
                    ast::Expr::Name(n) => {
                        let cur = self.expr(&a.target)?;
                        let v = self.expr(&a.value)?;
                        let name = n.id.as_str();
                        let d = match self.local(name).filter(|_| !self.is_cell(name)) {
                            Some((r, _)) => r,
                            None => self.temp()?,
                        };
                        self.code.extend([op::BINOP, code, d, cur, v]);
                        self.store(&a.target, d)?;
                    }
                    ast::Expr::Attribute(at) => {
                        let obj = self.expr(&at.value)?;
                        let name = self.k_str(at.attr.as_str());
                        let cur = self.temp()?;
                        let cache = self.cache_site();
                        let line = self.attr_line(at);
                        self.at_line(line, |s| {
                            s.code.extend([op::GETATTR, cur, obj]);
                            s.var(name);
                            s.var(cache);
                            Ok(())
                        })?;
                        let v = self.expr(&a.value)?;
                        self.code.extend([op::BINOP, code, cur, cur, v]);
                        let cache = self.cache_site();
                        self.at_line(line, |s| {
                            s.code.extend([op::SETATTR, obj]);
                            s.var(name);
                            s.b(cur);
                            s.var(cache);
                            Ok(())
                        })?;
                    }
                    ast::Expr::Subscript(sub) if !matches!(&*sub.slice, ast::Expr::Slice(_)) => {
                        let obj = self.expr(&sub.value)?;
                        let key = self.expr(&sub.slice)?;
                        let cur = self.temp()?;
                        self.code.extend([op::GETITEM, cur, obj, key]);
                        let v = self.expr(&a.value)?;
                        self.code.extend([op::BINOP, code, cur, cur, v]);
                        self.code.extend([op::SETITEM, obj, key, cur]);
                    }
                    _ => return Err("an augmented assignment target".into()),
                }
            }
            ast::Stmt::Return(r) => {
                let v = match &r.value {
                    Some(e) => self.expr(e)?,
                    None => {
                        self.run_cleanups(0)?;
                        self.b(op::RETURN_NONE);
                        self.next = mark;
                        return Ok(());
                    }
                };
                if !self.cleanups.is_empty() {
                    // The value is kept in a register of its own while the cleanups run.
                    let keep = self.temp()?;
                    self.mov(keep, v);
                    self.run_cleanups(0)?;
                    self.code.extend([op::RETURN, keep]);
                } else {
                    self.code.extend([op::RETURN, v]);
                }
            }
            ast::Stmt::Try(t) => self.try_stmt(t)?,
            ast::Stmt::With(w) => self.with_stmt(s, &w.items, &w.body)?,
            ast::Stmt::Assert(a) => {
                let t = self.expr(&a.test)?;
                self.code.extend([op::JUMP_IF, t]);
                let end = self.hole();
                let cls = self.temp()?;
                self.load_name("AssertionError", cls)?;
                let x = match &a.msg {
                    Some(m) => {
                        let arg = self.temp()?;
                        self.expr_to(m, arg)?;
                        let x = self.temp()?;
                        self.code.extend([op::CALL, x, cls, arg, 1]);
                        x
                    }
                    None => cls,
                };
                self.code.extend([op::RAISE, x, NO_REG]);
                let here = self.code.len();
                self.patch(end, here)?;
            }
            ast::Stmt::Delete(d) => {
                for t in &d.targets {
                    self.delete(t)?;
                }
            }
            ast::Stmt::If(i) => {
                let other = self.jump_unless(&i.test)?;
                self.next = mark;
                self.stmts(&i.body)?;
                if i.orelse.is_empty() {
                    let here = self.code.len();
                    self.patch(other, here)?;
                } else {
                    self.b(op::JUMP);
                    let end = self.hole();
                    let here = self.code.len();
                    self.patch(other, here)?;
                    self.stmts(&i.orelse)?;
                    let here = self.code.len();
                    self.patch(end, here)?;
                }
            }
            ast::Stmt::While(w) => {
                let top = self.code.len();
                self.line(s);
                let exit = self.jump_unless(&w.test)?;
                self.next = mark;
                self.loops.push(Loop { continues: Vec::new(), breaks: Vec::new() });
                self.stmts(&w.body)?;
                self.jump_to(top)?;
                let l = self.end_loop(top)?;
                let here = self.code.len();
                self.patch(exit, here)?;
                self.stmts(&w.orelse)?;
                let end = self.code.len();
                for b in l.breaks {
                    self.patch(b, end)?;
                }
            }
            ast::Stmt::For(f) if self.range_loop(f).is_some() => {
                let (args, step) = self.range_loop(f).expect("checked by the guard");
                // `for i in range(a, b, c)` with a constant step: a counter, no range object,
                // as the lowering does (and as CPython's range iterates, for ints of any size).
                let i = self.temps(3)?;
                let (stop, cond) = (i + 1, i + 2);
                match args {
                    [b] => {
                        self.constant_to(&ast::Constant::Int(0.into()), i)?;
                        let v = self.expr(b)?;
                        self.code.extend([op::INDEX, stop, v]);
                    }
                    [a, b, ..] => {
                        // Both evaluated, then both converted (as CPython calls range).
                        self.expr_to(a, i)?;
                        self.expr_to(b, stop)?;
                        self.code.extend([op::INDEX, i, i, op::INDEX, stop, stop]);
                    }
                    [] => unreachable!("range_loop takes one to three arguments"),
                }
                self.next = cond as usize + 1;
                let top = self.code.len();
                self.line(s);
                // The item straight into the loop variable when that is a plain local.
                let direct = match &*f.target {
                    ast::Expr::Name(n) => {
                        self.local(n.id.as_str()).filter(|_| !self.is_cell(n.id.as_str())).map(|(r, _)| r)
                    }
                    _ => None,
                };
                let item = direct.unwrap_or(cond);
                self.code.extend([op::RANGE_NEXT, item, i, stop]);
                sleb(&mut self.code, step);
                let exit = self.hole();
                if direct.is_none() {
                    self.store(&f.target, item)?;
                }
                self.next = cond as usize + 1;
                self.loop_tail(top, exit, mark, &f.target, &f.body, &f.orelse)?;
            }
            ast::Stmt::For(f) => {
                let v = self.expr(&f.iter)?;
                let it = self.temp()?;
                self.code.extend([op::ITER, it, v]);
                // The iterator stays in its register for the whole loop.
                self.next = it as usize + 1;
                let top = self.code.len();
                self.line(s);
                let item = self.temp()?;
                self.code.extend([op::FOR_ITER, item, it]);
                let exit = self.hole();
                self.store(&f.target, item)?;
                self.next = it as usize + 1;
                self.loop_tail(top, exit, mark, &f.target, &f.body, &f.orelse)?;
            }
            ast::Stmt::FunctionDef(f) => {
                let v = self.def(f)?;
                self.store_to(f.name.as_str(), v)?;
            }
            ast::Stmt::ClassDef(c) => self.class(c)?,
            ast::Stmt::Break(_) => {
                self.leave_loop()?;
                self.b(op::JUMP);
                let h = self.hole();
                self.loops.last_mut().ok_or("`break` outside a loop")?.breaks.push(h);
            }
            ast::Stmt::Continue(_) => {
                self.leave_loop()?;
                self.b(op::JUMP);
                let h = self.hole();
                let l = self.loops.last_mut().ok_or("`continue` outside a loop")?;
                l.continues.push(h);
            }
            ast::Stmt::Raise(r) => {
                let Some(exc) = &r.exc else {
                    self.code.push(op::RAISE_BARE);
                    self.next = mark;
                    return Ok(());
                };
                let x = self.expr(exc)?;
                let cause = match &r.cause {
                    Some(c) => self.expr(c)?,
                    None => NO_REG,
                };
                self.code.extend([op::RAISE, x, cause]);
            }
            ast::Stmt::Import(_) | ast::Stmt::ImportFrom(_) => self.import(s)?,
            other => return Err(format!("the statement {}", kind_name(other))),
        }
        self.next = mark;
        Ok(())
    }

    /// A `def`'s function object, decorated: its register.
    fn def(&mut self, f: &'a ast::StmtFunctionDef) -> R<u8> {
        if self.prog.function_annotations {
            return Err("a function with annotations kept".into());
        }
        let decorators: Vec<&ast::Expr> = crate::frontend::scope::run_decorators(&f.decorator_list).collect();
        let base = self.temps(decorators.len())?;
        for (i, dec) in decorators.iter().enumerate() {
            self.expr_to(dec, base + i as u8)?;
        }
        // (Of annotations not kept, a name bound nowhere, which raises NameError here as in
        // CPython: `FnLowerer::annotation_names`.)
        if !self.m.annotations_as_text {
            let mut names = Vec::new();
            for a in super::stmt::annotations(&f.args, f.returns.as_deref()) {
                crate::frontend::desugar::annotations::names(a, &mut names);
            }
            for n in names {
                let name = n.id.as_str();
                let own = self.class_own.as_ref().is_some_and(|(_, own)| own.contains(name));
                if !own && !self.bound(name) {
                    let r = self.temp()?;
                    self.read_name(n, r)?;
                }
            }
        }
        // (A method sees `__class__`: one that uses it, or `super()`, takes a cell the class
        // statement does not make here, which leaves the statement to the lowering.)
        let scope = match self.class_qual {
            Some(_) => {
                let mut visible = self.visible.clone();
                visible.insert("__class__".to_string());
                crate::frontend::scope::analyze(&f.args, &f.body, &visible)
            }
            None => crate::frontend::scope::analyze(&f.args, &f.body, self.visible),
        };
        let v = self.temp()?;
        // (A module's top-level def was declared and queued with the module.)
        let index = self.top_defs.and_then(|t| t.get(&f.range().start())).copied();
        self.make_function(f.name.as_str(), &f.args, super::Body::Stmts(&f.body), scope, v, index)?;
        let lines = self.lines_of(decorators.iter().copied());
        self.decorate(base, &lines, v)?;
        Ok(v)
    }

    /// A class statement whose body only binds names (constants, methods) from what is
    /// around it: the body runs here, its names stored into the class's namespace. A body
    /// that reads its own names, or holds other statements, keywords (`metaclass=`), a
    /// lambda or a comprehension (whose scopes class bodies treat specially), or a method
    /// using `super()` is left to the lowering.
    fn class(&mut self, c: &'a ast::StmtClassDef) -> R<()> {
        if !c.keywords.is_empty() || self.class_qual.is_some() || !self.renames.is_empty() {
            return Err("a class statement with keywords or inside a class or comprehension".into());
        }
        let mut own = crate::frontend::scope::bound_in(&c.body);
        own.extend(["__module__", "__qualname__", "__class__"].map(String::from));
        if super::docstring(&c.body).is_some() {
            own.insert("__doc__".to_string());
        }
        // (A module-level class reads its own names from its namespace, then the globals and
        // builtins; one in a function would read the function's variables after its
        // namespace, which the set does not do.)
        let module_level = self.top_defs.is_some();
        let reads_own = |s: &ast::Stmt| {
            let reads = crate::frontend::scope::name_reads(&[s]).counts;
            let special = ["__module__", "__qualname__", "__class__"];
            reads.keys().any(|n| own.contains(n) && (!module_level || special.contains(&n.as_str())))
                || crate::frontend::scope::makes_scope(s)
        };
        for s in &c.body {
            let plain = match s {
                ast::Stmt::Pass(_) => true,
                ast::Stmt::Expr(e) => matches!(&*e.value, ast::Expr::Constant(_)),
                ast::Stmt::Assign(a) => a.targets.iter().all(|t| matches!(t, ast::Expr::Name(_))) && !reads_own(s),
                ast::Stmt::FunctionDef(_) => !reads_own(s),
                _ => false,
            };
            if !plain {
                return Err(format!("a class body with the statement {}", kind_name(s)));
            }
        }
        let name = c.name.as_str();
        let qual = match self.top_defs {
            Some(_) => name.to_string(),
            None if !self.locals.contains_key(name) => name.to_string(),
            None => format!("{}.<locals>.{name}", self.qualname),
        };
        let decorators = self.temps(c.decorator_list.len())?;
        for (i, dec) in c.decorator_list.iter().enumerate() {
            self.expr_to(dec, decorators + i as u8)?;
        }
        let t = if c.bases.iter().any(|b| matches!(b, ast::Expr::Starred(_))) {
            // `class B(A, *more)`: the bases spliced into a list, then its tuple.
            let t = self.temp()?;
            let l = self.spliced(&c.bases, NO_REG)?;
            self.code.extend([op::LIST_TO_TUPLE, t, l]);
            t
        } else {
            let bases = self.temps(c.bases.len())?;
            for (i, b) in c.bases.iter().enumerate() {
                self.expr_to(b, bases + i as u8)?;
            }
            let t = self.temp()?;
            self.code.extend([op::TUPLE, t, bases, c.bases.len() as u8]);
            t
        };
        let ns = self.temp()?;
        // (The namespace its metaclass's `__prepare__` makes, when the bases give one.)
        let k = self.k_str(name);
        self.code.extend([op::CLASS_NS, ns]);
        self.var(k);
        self.code.push(t);
        // `__module__` and `__qualname__` when they are not what the class would say without
        // them (as the lowering has it), the docstring as `__doc__`.
        let module_name = self.m.name.clone();
        let mut starts = Vec::new();
        if module_name != "__main__" {
            starts.push(("__module__", module_name.as_str()));
        }
        if qual != name {
            starts.push(("__qualname__", qual.as_str()));
        }
        if let Some(doc) = super::docstring(&c.body) {
            starts.push(("__doc__", doc));
        }
        // The `__class__` cell its methods share when one uses `super()` or `__class__`, filled
        // once the class is made.
        let mut visible = self.visible.clone();
        visible.insert("__class__".to_string());
        let uses_class = c.body.iter().any(|s| {
            matches!(s, ast::Stmt::FunctionDef(f)
                if crate::frontend::scope::analyze(&f.args, &f.body, &visible).free.iter().any(|n| n == "__class__"))
        });
        let class_cell = match uses_class {
            true => {
                let r = self.temp()?;
                self.code.extend([op::CELL, r, NO_REG]);
                Some(r)
            }
            false => None,
        };
        let outer_cell = (self.locals.get("__class__").copied(), self.cells.get("__class__").copied());
        if let Some(r) = class_cell {
            self.locals.insert("__class__".to_string(), r);
            self.cells.insert("__class__".to_string(), false);
        }
        let mark = self.next;
        for (key, value) in starts {
            let v = self.temp()?;
            self.str_to(value, v);
            self.ns_set(ns, key, v)?;
            self.next = mark;
        }
        self.class_qual = Some(qual.clone());
        if module_level {
            self.class_own = Some((ns, own));
        }
        // The body is a traceback frame of its own, as CPython's (named after the class, at
        // the line that failed, below this frame's at the class statement's line): when it
        // may raise, a handler turns the frame its exception recorded into the class's.
        let frame = c.body.iter().any(may_raise_in_class).then(|| self.open_region());
        let body = (|| {
            for s in &c.body {
                self.line(s);
                match s {
                    ast::Stmt::Assign(a) => {
                        let v = self.expr(&a.value)?;
                        for t in &a.targets {
                            let ast::Expr::Name(n) = t else { return Err("not a name".to_string()) };
                            self.ns_set(ns, n.id.as_str(), v)?;
                        }
                    }
                    ast::Stmt::FunctionDef(f) => {
                        let v = self.def(f)?;
                        self.ns_set(ns, f.name.as_str(), v)?;
                    }
                    _ => {}
                }
                self.next = mark;
            }
            Ok(())
        })();
        self.class_qual = None;
        self.class_own = None;
        match outer_cell {
            (Some(r), Some(free)) => {
                self.locals.insert("__class__".to_string(), r);
                self.cells.insert("__class__".to_string(), free);
            }
            _ => {
                self.locals.remove("__class__");
                self.cells.remove("__class__");
            }
        }
        body?;
        self.line(c);
        if let Some(id) = frame {
            self.close_region(id);
            self.b(op::JUMP);
            let over = self.hole();
            self.land(id);
            let info = self.prog.function_info(self.m, name, name, &[], None);
            let k = self.k(DataWord::Data(info));
            self.b(op::CLASS_FRAME);
            self.var(k);
            let here = self.code.len();
            self.patch(over, here)?;
        }
        let d = self.temp()?;
        let k = self.k_str(name);
        self.code.extend([op::MAKE_CLASS, d]);
        self.var(k);
        self.code.extend([t, ns]);
        if let Some(cell) = class_cell {
            self.code.extend([op::STORE_CELL, cell, d]);
        }
        let lines = self.lines_of(c.decorator_list.iter());
        self.decorate(decorators, &lines, d)?;
        self.store_to(name, d)
    }

    /// `v = dec(v)` for the decorators in the registers from `base`, the last first, each at
    /// its line (`lines`).
    fn decorate(&mut self, base: u8, lines: &[usize], v: u8) -> R<()> {
        for (i, &line) in lines.iter().enumerate().rev() {
            let arg = self.temp()?;
            self.at_line(line, |s| {
                s.mov(arg, v);
                s.code.extend([op::CALL, v, base + i as u8, arg, 1]);
                Ok(())
            })?;
        }
        Ok(())
    }

    /// `super()` in a method: the class in its `__class__` cell and its first parameter.
    fn zero_arg_super(&mut self, d: u8) -> R<()> {
        let Some(first) = self.first_param.clone() else { return Err("super() without a parameter".into()) };
        let Some((cell, _)) = self.local("__class__").filter(|_| self.is_cell("__class__")) else {
            return Err("super() without a __class__ cell".into());
        };
        let obj = self.temp()?;
        self.load_name(&first, obj)?;
        self.code.extend([op::SUPER, d, cell, obj]);
        Ok(())
    }

    /// `ns[name] = v` in a class body.
    fn ns_set(&mut self, ns: u8, name: &str, v: u8) -> R<()> {
        let key = self.temp()?;
        self.str_to(name, key);
        // (Through `[]`: the namespace may be any mapping a metaclass's `__prepare__` made.)
        self.code.extend([op::SETITEM, ns, key, v]);
        Ok(())
    }

    /// `import m` and `from m import a` of built-in modules (the program's own modules, `*`
    /// and relative imports are left to the lowering, as is a statement the compiler warns
    /// about).
    fn import(&mut self, s: &'a ast::Stmt) -> R<()> {
        let warnings = check_import(self.m.source, s, false, &|n| self.m.modules.contains_key(n));
        if !warnings.is_ok_and(|w| w.is_empty()) {
            return Err("an import the compiler warns about".into());
        }
        let names: Vec<(&str, Option<&str>)> = match s {
            ast::Stmt::Import(i) => i.names.iter().map(|a| (a.name.as_str(), a.asname.as_deref())).collect(),
            ast::Stmt::ImportFrom(i) => vec![(i.module.as_deref().unwrap_or(""), None)],
            _ => return Err("not an import".into()),
        };
        if let ast::Stmt::ImportFrom(i) = s {
            if i.level.is_some_and(|l| l.to_u32() > 0) || i.names.iter().any(|a| a.name.as_str() == "*") {
                return Err("a relative or `*` import".into());
            }
        }
        for (name, asname) in names {
            if self.m.modules.contains_key(name) {
                self.import_user(s, name, asname)?;
                continue;
            }
            let Some(module) = super::builtins::module(name) else {
                return Err(format!("an import of {name}"));
            };
            let (slot, _) = self.prog.literal(b'M', format!("module:{name}").as_bytes());
            let entry = self.prog.runtime(&format!("rt_import_{}", module.name));
            let k = self.k(DataWord::Function(entry));
            let m = self.temp()?;
            self.code.extend([op::IMPORT, m]);
            self.var(slot.into());
            self.var(k);
            let ast::Stmt::ImportFrom(i) = s else {
                self.store_to(asname.unwrap_or(name), m)?;
                continue;
            };
            self.import_from(i, m)?;
        }
        Ok(())
    }

    /// The members of `from … import` (module `m`, in a register) into their names.
    fn import_from(&mut self, i: &ast::StmtImportFrom, m: u8) -> R<()> {
        for alias in &i.names {
            let member = alias.name.as_str();
            let v = self.temp()?;
            let k = self.k_str(member);
            self.code.extend([op::IMPORT_FROM, v, m]);
            self.var(k);
            self.store_to(alias.asname.as_deref().unwrap_or(member), v)?;
        }
        Ok(())
    }

    /// `import m` or `from m import a` of the program's own module `m` (not in a package:
    /// those bind the packages too, left to the lowering).
    fn import_user(&mut self, s: &ast::Stmt, name: &str, asname: Option<&str>) -> R<()> {
        let submodule = |i: &ast::StmtImportFrom| {
            i.names.iter().any(|a| self.m.modules.contains_key(&format!("{name}.{}", a.name)))
        };
        if name.contains('.')
            || self.m.modules.keys().any(|k| k.starts_with(&format!("{name}.")))
            || matches!(s, ast::Stmt::ImportFrom(i) if submodule(i))
        {
            return Err(format!("an import of the package {name}"));
        }
        let modules = &self.m.modules;
        let info = &modules[name];
        let (func, slot, first, count) = (info.func, info.slot, info.first_global, info.names.len());
        let record = match self.prog.module_records.get(name) {
            Some(&r) => r,
            None => {
                let mut names = Vec::new();
                for n in &info.names {
                    names.extend_from_slice(n.as_bytes());
                    names.push(0);
                }
                let words = vec![
                    DataWord::Data(self.prog.cstring(name.as_bytes())),
                    DataWord::Int(first.into()),
                    DataWord::Data(self.prog.cstring(&names)),
                    DataWord::Int(count as u64),
                    DataWord::Function(func),
                ];
                let r = self.prog.add_data("mpy.module", DataInit::Words(words), false);
                self.prog.module_records.insert(name.to_string(), r);
                r
            }
        };
        let k = self.k(DataWord::Data(record));
        self.notes[k as usize] = format!("module {name}");
        let m = self.temp()?;
        self.code.extend([op::USER_MODULE, m]);
        self.var(slot.into());
        self.var(k);
        match s {
            ast::Stmt::ImportFrom(i) => self.import_from(i, m),
            _ => self.store_to(asname.unwrap_or(name), m),
        }
    }
}

/// Whether statement `s` of a class body `Emitter::class` takes may raise (anything but
/// `pass`, a constant, a constant assigned, a plain `def` with constant defaults).
fn may_raise_in_class(s: &ast::Stmt) -> bool {
    let constant = |e: &ast::Expr| matches!(e, ast::Expr::Constant(_));
    match s {
        ast::Stmt::Pass(_) => false,
        ast::Stmt::Expr(e) => !constant(&e.value),
        ast::Stmt::Assign(a) => !constant(&a.value),
        ast::Stmt::FunctionDef(f) => {
            let a = &f.args;
            let params = a.posonlyargs.iter().chain(&a.args).chain(&a.kwonlyargs);
            let annotated = f.returns.is_some()
                || params.clone().any(|p| p.def.annotation.is_some())
                || a.vararg.iter().chain(&a.kwarg).any(|p| p.annotation.is_some());
            !f.decorator_list.is_empty()
                || annotated
                || params.filter_map(|p| p.default.as_deref()).any(|d| !constant(d))
        }
        _ => true,
    }
}

/// The AST node's kind (`ListComp`), for the reasons a function is left to the lowering.
fn kind_name(node: &impl std::fmt::Debug) -> String {
    let text = format!("{node:?}");
    text.split(|c: char| !c.is_alphanumeric()).next().unwrap_or("?").to_string()
}

/// Whether `e` is one instruction writing its result once, after reading every operand
/// (so it may write straight into a variable its operands read).
fn single_write(e: &ast::Expr) -> bool {
    match e {
        // (`sum(x for x in …)` and the like run inline, writing their result first.)
        ast::Expr::Call(c) => !c.args.iter().any(|a| matches!(a, ast::Expr::GeneratorExp(_))),
        ast::Expr::BinOp(_)
        | ast::Expr::UnaryOp(_)
        | ast::Expr::Attribute(_)
        | ast::Expr::Subscript(_)
        | ast::Expr::Constant(_)
        | ast::Expr::List(_)
        | ast::Expr::Tuple(_)
        | ast::Expr::Dict(_)
        | ast::Expr::JoinedStr(_) => true,
        ast::Expr::Compare(c) => c.ops.len() == 1,
        _ => false,
    }
}

/// The names `body` unbinds (`del x`, `except … as x`), not looking into nested scopes.
fn unbinds(body: &[&ast::Stmt]) -> BTreeSet<String> {
    fn targets(t: &ast::Expr, out: &mut BTreeSet<String>) {
        match t {
            ast::Expr::Name(n) => {
                out.insert(n.id.to_string());
            }
            ast::Expr::Tuple(x) => x.elts.iter().for_each(|e| targets(e, out)),
            ast::Expr::List(x) => x.elts.iter().for_each(|e| targets(e, out)),
            _ => {}
        }
    }
    fn walk(s: &ast::Stmt, out: &mut BTreeSet<String>) {
        let all = |b: &[ast::Stmt], out: &mut BTreeSet<String>| b.iter().for_each(|s| walk(s, out));
        match s {
            ast::Stmt::Delete(d) => d.targets.iter().for_each(|t| targets(t, out)),
            ast::Stmt::Try(t) => {
                all(&t.body, out);
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    if let Some(n) = &h.name {
                        out.insert(n.to_string());
                    }
                    all(&h.body, out);
                }
                all(&t.orelse, out);
                all(&t.finalbody, out);
            }
            ast::Stmt::If(i) => {
                all(&i.body, out);
                all(&i.orelse, out);
            }
            ast::Stmt::While(w) => {
                all(&w.body, out);
                all(&w.orelse, out);
            }
            ast::Stmt::For(f) => {
                all(&f.body, out);
                all(&f.orelse, out);
            }
            ast::Stmt::With(w) => all(&w.body, out),
            _ => {}
        }
    }
    let mut out = BTreeSet::new();
    body.iter().for_each(|s| walk(s, &mut out));
    out
}

/// A name as an assignment target.
fn name_expr(name: &str) -> ast::Expr {
    ast::Expr::Name(ast::ExprName {
        range: Default::default(),
        id: ast::Identifier::new(name),
        ctx: ast::ExprContext::Store,
    })
}

/// An int literal, or one with a sign: its value.
fn constant_int(e: &ast::Expr) -> Option<i64> {
    match e {
        ast::Expr::Constant(c) => match &c.value {
            ast::Constant::Int(i) => i.to_string().parse().ok(),
            _ => None,
        },
        ast::Expr::UnaryOp(u) if u.op == ast::UnaryOp::USub => constant_int(&u.operand).map(|v| -v),
        _ => None,
    }
}

/// Keeps an emitted function's blob (and its disassembly, when asked for); its data index.
fn store_blob(e: &mut Emitter<'_, '_>, index: u32, words: Vec<DataWord>) -> u32 {
    if e.m.options.listing {
        let name = e.prog.functions[index as usize].name.clone();
        let text = listing(e, &name);
        e.prog.listings.push(text);
    }
    for opc in opcodes(&e.code) {
        e.prog.vm_ops[usize::from(opc) / 64] |= 1 << (opc % 64);
    }
    e.prog.add_data("mpy.bc", DataInit::Words(words), false)
}

/// A module body as Python-level bytecode: the blob's data index (None: it falls back to the
/// CLIF level). The native function `index` runs the module's start code and then the blob.
///
/// A top-level statement the instruction set does not cover (a class, an import, a name
/// assigned nowhere) becomes a native function of its own that the bytecode calls
/// (`CALL_STMT`): module code has no local variables, so such a statement needs nothing from
/// the bytecode around it. It is lowered with the module (`ProgramBuilder::module_stmts`).
pub(super) fn try_emit_module<'a>(
    prog: &mut ProgramBuilder<'a>,
    m: &ModuleCtx<'_>,
    index: u32,
    body: &[&'a ast::Stmt],
    info: u32,
    top_defs: &HashMap<rustpython_parser::text_size::TextSize, u32>,
) -> Option<u32> {
    let report = std::env::var_os("MPYC_BYTECODE_REPORT").is_some();
    let visible = BTreeSet::new();
    let mut e = Emitter::new(prog, m, HashMap::new(), 0, 0, &visible, "", Some(top_defs));
    e.k(DataWord::Data(info));
    let module_name = e.prog.functions[index as usize].name.clone();
    let mut natives = 0;
    for &s in body {
        // What the statement emitted, declared and queued, taken back if it fails.
        let (code, lines, pool, high) = (e.code.len(), e.lines.len(), e.pool.len(), e.high);
        let (regions, closed) = (e.regions.len(), e.closed.len());
        let (functions, pending) = (e.prog.functions.len(), e.prog.pending.len());
        if let Err(why) = e.stmt(s) {
            e.high = high;
            e.code.truncate(code);
            e.lines.truncate(lines);
            e.pool.truncate(pool);
            e.notes.truncate(pool);
            e.pool_index.retain(|_, i| (*i as usize) < pool);
            e.regions.truncate(regions);
            e.closed.truncate(closed);
            e.handlers.clear();
            e.cleanups.clear();
            e.loops.clear();
            e.renames.clear();
            e.bound.clear();
            e.prog.pending.truncate(pending);
            for f in e.prog.functions.drain(functions..) {
                e.prog.func_index.remove(&f.name);
            }
            if report {
                let line = m.source.line_of(usize::from(s.range().start()));
                eprintln!("  native statement: {module_name} line {line}: {why}");
            }
            let helper = e.prog.declare_function(format!("{module_name}.stmt{natives}"), 0);
            natives += 1;
            e.prog.module_stmts.push((helper, m.index, s));
            e.line(s);
            let k = e.k(DataWord::Function(helper));
            e.b(op::CALL_STMT);
            e.var(k);
        }
        e.next = 0;
    }
    e.b(op::RETURN_NONE);
    let word_bytes = e.prog.target.word.bytes() as usize;
    match blob(&e, word_bytes) {
        Ok(words) => Some(store_blob(&mut e, index, words)),
        Err(why) => {
            if report {
                eprintln!("  clif-level: {module_name}: {why}");
            }
            None
        }
    }
}

/// The opcodes of `code`'s instructions, in order (their operands skipped as
/// [`FORMATS`](mpyc_runtime::vm::pyops::FORMATS) lays them out).
fn opcodes(code: &[u8]) -> Vec<u8> {
    use mpyc_runtime::vm::pyops::FORMATS;
    let var = |at: &mut usize| {
        while code.get(*at).is_some_and(|b| b & 0x80 != 0) {
            *at += 1;
        }
        *at += 1;
    };
    let mut out = Vec::new();
    let mut at = 0;
    while let Some(&opc) = code.get(at) {
        out.push(opc);
        at += 1;
        let (long, short) = op::short(opc).map_or((opc, false), |(long, _)| (long, true));
        let Some(&(_, format)) = FORMATS.get(usize::from(long)) else { break };
        for f in format.chars().skip(usize::from(short)) {
            match f {
                'd' | 'r' | 'x' | 'o' | 'n' => at += 1,
                't' => at += 2,
                'K' => {
                    var(&mut at);
                    let n = code.get(at).copied().unwrap_or(0);
                    at += 1;
                    (0..n).for_each(|_| var(&mut at));
                }
                _ => var(&mut at),
            }
        }
    }
    // (The table of entry points ends with the last one these opcodes call: a format that
    // disagreed with the emitter would leave one out.)
    debug_assert_eq!(at, code.len(), "FORMATS disagrees with the emitted code");
    out
}

/// The disassembly of an emitted function (`mpyc build --emit bytecode`).
fn listing(e: &Emitter<'_, '_>, name: &str) -> String {
    use mpyc_runtime::vm::pyops::FORMATS;
    use std::fmt::Write;
    let mut out = format!(
        "{name}: Python-level, {} registers ({} parameters), {} bytes of code, {} pool words\n",
        e.high,
        e.nparams,
        e.code.len(),
        e.pool.len()
    );
    let code = &e.code;
    let mut at = 0;
    let mut lines = e.lines.iter().peekable();
    let var = |at: &mut usize| -> u64 {
        let mut v = 0u64;
        let mut shift = 0;
        while let Some(&b) = code.get(*at) {
            *at += 1;
            v |= u64::from(b & 0x7f) << shift.min(63);
            if b & 0x80 == 0 {
                break;
            }
            shift += 7;
        }
        v
    };
    while at < code.len() {
        while let Some(&&(off, line)) = lines.peek() {
            if off > at {
                break;
            }
            let _ = writeln!(out, "  ; line {line}");
            lines.next();
        }
        let start = at;
        let opc = code[at];
        at += 1;
        let (long, short) = op::short(opc).map_or((opc, None), |(long, r)| (long, Some(r)));
        let Some(&(opname, format)) = FORMATS.get(usize::from(long)) else {
            let _ = writeln!(out, "  {start:5}:  <opcode {opc}>");
            break;
        };
        // (A short form's register is its opcode's: the disassembly is the long form's.)
        let mut operands: Vec<String> = short.iter().map(|r| format!("r{r}")).collect();
        for f in format.chars().skip(operands.len()) {
            let text = match f {
                'd' | 'r' => {
                    at += 1;
                    format!("r{}", code.get(at - 1).copied().unwrap_or(0))
                }
                'x' => {
                    at += 1;
                    match code.get(at - 1).copied().unwrap_or(0) {
                        NO_REG => "-".to_string(),
                        r => format!("r{r}"),
                    }
                }
                'o' | 'n' => {
                    at += 1;
                    format!("{}", code.get(at - 1).copied().unwrap_or(0))
                }
                'k' => {
                    let k = var(&mut at) as usize;
                    e.notes.get(k).cloned().unwrap_or_else(|| format!("[{k}]"))
                }
                'S' => {
                    let i = var(&mut at) as usize;
                    e.prog.texts.get(i).map_or_else(|| format!("str{i}"), |t| format!("{t:?}"))
                }
                's' => {
                    let slot = var(&mut at);
                    match u32::try_from(slot).ok().and_then(|s| e.prog.root_names.get(&s)) {
                        Some(name) => format!("root{slot}({name})"),
                        None => format!("root{slot}"),
                    }
                }
                'z' => {
                    let v = var(&mut at);
                    format!("{}", (v >> 1) as i64 ^ -((v & 1) as i64))
                }
                'i' => {
                    let v = var(&mut at);
                    let w = (v >> 1) as i64 ^ -((v & 1) as i64);
                    match w as usize {
                        0 => "unbound".to_string(),
                        NONE => "None".to_string(),
                        TRUE => "True".to_string(),
                        FALSE => "False".to_string(),
                        _ => format!("{}", w >> 1),
                    }
                }
                'u' => format!("{}", var(&mut at)),
                'c' => format!("cache{}", var(&mut at) * CACHE_WORDS as u64),
                't' => {
                    at += 2;
                    let t = u16::from_le_bytes([
                        code.get(at - 2).copied().unwrap_or(0),
                        code.get(at - 1).copied().unwrap_or(0),
                    ]);
                    format!("@{t}")
                }
                _ => {
                    let slot = var(&mut at);
                    at += 1;
                    let n = code.get(at - 1).copied().unwrap_or(0);
                    let names: Vec<String> = (0..n)
                        .map(|_| {
                            let i = var(&mut at) as usize;
                            e.prog.texts.get(i).map_or_else(String::new, |t| format!("{t:?}"))
                        })
                        .collect();
                    format!("root{slot} ({})", names.join(", "))
                }
            };
            operands.push(text);
        }
        let _ = writeln!(out, "  {start:5}:  {opname} {}", operands.join(", "));
    }
    for &id in &e.closed {
        let r = &e.regions[id];
        for &(lo, hi) in r.ranges.iter().filter(|(lo, hi)| lo < hi) {
            let _ = writeln!(out, "  ; exceptions in @{lo}..@{hi} go to @{}", r.target);
        }
    }
    out
}

/// The blob of a function: header, pool, line table, code, as the words of a data object.
fn blob(e: &Emitter<'_, '_>, word_bytes: usize) -> R<Vec<DataWord>> {
    let mut lines = Vec::new();
    let (mut last_at, mut last_line) = (0, 0);
    for &(at, line) in &e.lines {
        let (delta, grew) = (at - last_at, line as i64 - last_line as i64);
        match (delta, grew) {
            (0..=15, 0..=7) => lines.push((grew as u8) << 4 | delta as u8),
            _ => {
                lines.push(0x80);
                uleb(&mut lines, delta as u64);
                sleb(&mut lines, grew);
            }
        }
        (last_at, last_line) = (at, line);
    }
    let mut handlers = Vec::new();
    let mut count = 0;
    for &id in &e.closed {
        let r = &e.regions[id];
        for &(lo, hi) in &r.ranges {
            if lo < hi {
                uleb(&mut handlers, lo as u64);
                uleb(&mut handlers, hi as u64);
                uleb(&mut handlers, r.target as u64);
                count += 1;
            }
        }
    }
    if e.code.len() > 0xffff || e.pool.len() > 0xffff || e.high > 0xff {
        return Err("a function too large".into());
    }
    let mut header = vec![0u8; word_bytes];
    header[0..2].copy_from_slice(&(e.pool.len() as u16).to_le_bytes());
    header[2] = e.high as u8;
    header[3] = e.nparams as u8;
    let mut words = Vec::new();
    words_of(&header, word_bytes, &mut words);
    words.extend(e.pool.iter().cloned());
    let mut rest = (e.code.len() as u16).to_le_bytes().to_vec();
    rest.extend(&e.code);
    uleb(&mut rest, lines.len() as u64);
    rest.extend(&lines);
    uleb(&mut rest, count);
    rest.extend(&handlers);
    words_of(&rest, word_bytes, &mut words);
    Ok(words)
}

/// Emits function `index` as bytecode if the emitter covers it: its native stub (`None`: it
/// is left to the CLIF lowering).
#[allow(clippy::too_many_arguments)]
pub(super) fn try_emit<'a>(
    prog: &mut ProgramBuilder<'a>,
    m: &ModuleCtx<'_>,
    index: u32,
    scope: &FunctionScope,
    body: &[&'a ast::Stmt],
    lambda: Option<&'a ast::Expr>,
    info: u32,
    visible: &BTreeSet<String>,
    qualname: &str,
) -> Option<ir::Function> {
    let params = scope.params.all();
    let report = std::env::var_os("MPYC_BYTECODE_REPORT").is_some();
    let name = &prog.functions[index as usize].name;
    let env = !scope.free.is_empty();
    if packed(params.len() + usize::from(env)) {
        if report {
            eprintln!("  clif-level: {name}: a packed function");
        }
        return None;
    }
    // The function object first when the code reads closure cells, then the parameters.
    let mut locals = HashMap::new();
    for (i, p) in params.iter().enumerate() {
        locals.insert(p.to_string(), (i + usize::from(env)) as u8);
    }
    let nparams = params.len() + usize::from(env);
    let mut next = nparams;
    for name in scope.free.iter().chain(&scope.locals) {
        if !scope.globals.contains(name) && !locals.contains_key(name) {
            if next >= 200 {
                return None;
            }
            locals.insert(name.clone(), next as u8);
            next += 1;
        }
    }
    let mut e = Emitter::new(prog, m, locals, nparams, next, visible, qualname, None);
    e.unbound_somewhere = unbinds(body);
    e.first_param = scope.params.positional.first().cloned();
    e.k(DataWord::Data(info));
    // The closure's cells, and this function's own cells (a parameter's holding its value).
    for (i, f) in scope.free.iter().enumerate() {
        e.cells.insert(f.clone(), true);
        let r = e.locals[f];
        e.code.extend([op::FREE, r, i as u8]);
    }
    for c in &scope.cells {
        if let Some(&r) = e.locals.get(c.as_str()) {
            e.cells.insert(c.clone(), false);
            let s = if (r as usize) < e.nparams { r } else { NO_REG };
            e.code.extend([op::CELL, r, s]);
        }
    }
    // What a failed attempt declared and queued (nested functions) is taken back.
    let (functions_mark, pending_mark) = (e.prog.functions.len(), e.prog.pending.len());
    let emitted = (|| -> R<Vec<DataWord>> {
        match lambda {
            Some(x) => {
                e.line(x);
                let v = e.expr(x)?;
                e.code.extend([op::RETURN, v]);
            }
            None => {
                for s in body {
                    e.stmt(s)?;
                    e.bound_after(s);
                }
                if !matches!(body.last(), Some(ast::Stmt::Return(_))) {
                    e.b(op::RETURN_NONE);
                }
            }
        }
        let word_bytes = e.prog.target.word.bytes() as usize;
        blob(&e, word_bytes)
    })();
    let words = match emitted {
        Ok(words) => words,
        Err(why) => {
            e.prog.pending.truncate(pending_mark);
            for f in e.prog.functions.drain(functions_mark..) {
                e.prog.func_index.remove(&f.name);
            }
            if report {
                eprintln!("  clif-level: {}: {why}", e.prog.functions[index as usize].name);
            }
            return None;
        }
    };
    let data = store_blob(&mut e, index, words);
    e.prog.vm_stubs.insert(index, data);
    let vm_run = e.prog.runtime("rt_vm_run");
    let decl = &e.prog.functions[index as usize];
    let vm_sig = e.prog.functions[vm_run as usize].sig.clone();
    Some(crate::backend::bytecode::stub(
        UserFuncName::user(0, index),
        &decl.sig,
        vm_run,
        &vm_sig,
        data,
        e.prog.target.word,
    ))
}
