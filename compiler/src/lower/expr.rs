//! Lowering of expressions: constants, names (locals, cells, globals, builtins), operators with
//! small-int fast paths, comparisons and truth tests in branch form, calls, attributes,
//! subscripts, displays, comprehensions, lambdas and f-strings.

use super::builtins::{builtin_names, closest, is_builtin, module};
use super::{err, small_range, Body, FnLowerer, ListMemory, ModuleCtx, Pending};
use crate::diag::CompileError;
use crate::frontend::desugar::{asyncgen, python_builtin};
use crate::frontend::scope;
use cranelift_codegen::entity::EntityRef;
use cranelift_codegen::ir::{self, condcodes::IntCC, BlockArg, InstBuilder, MemFlagsData};
use cranelift_frontend::Variable;
use mpyc_runtime::iter::{MODE_LIST, MODE_SMALL_RANGE, MODE_TUPLE};
use mpyc_runtime::ops::{binop, cmpop, unop};
use mpyc_runtime::value::{FALSE, NONE, STOP, TRUE};
use rustpython_parser::ast::{self, Ranged};
use rustpython_parser::text_size::TextSize;
use std::collections::HashMap;

/// The most positional (and the most keyword-only) parameters a function has: the counts
/// are 12-bit fields of `rt_make_function`'s spec.
const MAX_COUNT: usize = 0xfff;

type Result<T> = std::result::Result<T, CompileError>;

/// Where a name resolves, seen from the code being lowered.
pub(super) enum Place {
    Local(Variable),
    /// A variable holding a cell; `true` when the cell is an enclosing function's.
    Cell(Variable, bool),
    Global(u32),
    /// A name of the class body being lowered, in its namespace dict.
    ClassNs(Variable),
    Builtin,
    Unknown,
}

impl<'a, 'p> FnLowerer<'a, 'p> {
    pub(super) fn place(&self, name: &str) -> Place {
        for r in self.renames.iter().rev() {
            if let Some(&v) = r.get(name) {
                return Place::Local(v);
            }
        }
        if let Some(c) = self.classes.last() {
            if c.names.contains(name) && self.class_hidden == 0 {
                return Place::ClassNs(c.ns);
            }
        }
        if let Some(&v) = self.cells.get(name) {
            let free = self.scope.is_some_and(|s| s.free.iter().any(|f| f == name));
            return Place::Cell(v, free);
        }
        if let Some(&v) = self.vars.get(name) {
            return Place::Local(v);
        }
        if let Some(&slot) = self.m.global_slots.get(name) {
            return Place::Global(slot);
        }
        if is_builtin(name) {
            return Place::Builtin;
        }
        // (A name nothing binds may be one a metaclass's `__prepare__` put in the namespace —
        // but those the unknown names' path knows: `__name__`, `__file__`, the hidden builtins,
        // a namespace reached by `globals()`.)
        let special = (name.starts_with("__") && name.ends_with("__"))
            || python_builtin(name).is_some()
            || super::reaches_namespace(&self.m.source.text);
        if let Some(c) = self.classes.last().filter(|c| c.prepared && self.class_hidden == 0 && !special) {
            return Place::ClassNs(c.ns);
        }
        Place::Unknown
    }

    /// `e`'s value. A part of a statement on a line of its own (an argument, an item of a
    /// display written over several lines) raises at its own line, as CPython's tracebacks
    /// have it; the code after it is at the line of the expression around it again.
    pub(super) fn expr(&mut self, e: &'a ast::Expr) -> Result<ir::Value> {
        // What a walrus assigns in a part that may not run (after `and`/`or`'s first operand,
        // in a conditional expression's branches, a comprehension, a chained comparison's
        // later comparisons) is not certainly assigned after it.
        if may_skip_parts(e) {
            let before = self.assigned.clone();
            let r = self.expr_at_line(e);
            self.assigned = before;
            return r;
        }
        self.expr_at_line(e)
    }

    fn expr_at_line(&mut self, e: &'a ast::Expr) -> Result<ir::Value> {
        let line = self.m.source.line_of(usize::from(e.range().start()));
        self.at_line(line, |s| s.expr_here(e))
    }

    /// [`Self::expr`] at the current line.
    fn expr_here(&mut self, e: &'a ast::Expr) -> Result<ir::Value> {
        match e {
            ast::Expr::Constant(c) => self.constant(c),
            ast::Expr::Name(n) => self.load_name(n),
            // (Not in a loop's fast statement: its names are small ints, and its result
            // must be one or go to the statement's fallback.)
            ast::Expr::BinOp(_) if self.float_candidate(e) && !self.in_fast_statement() => self.float_expr(e),
            ast::Expr::BinOp(b) => {
                let op = binary_op(b.op);
                let l = self.expr(&b.left)?;
                let r = self.expr(&b.right)?;
                let slow = if self.int_operation(b.range) { "rt_int_binop" } else { "rt_binop" };
                Ok(self.binop_with(op, op, l, r, slow))
            }
            ast::Expr::UnaryOp(u) => self.unary(u),
            ast::Expr::Compare(_) => self.bool_of(e),
            ast::Expr::BoolOp(b) => self.value_boolop(b),
            ast::Expr::IfExp(i) => {
                let (then, other, merge) = (self.b.create_block(), self.b.create_block(), self.b.create_block());
                let w = self.word();
                let result = self.b.append_block_param(merge, w);
                self.cond(&i.test, then, other)?;
                for (block, value) in [(then, &i.body), (other, &i.orelse)] {
                    self.enter(block);
                    let v = self.expr(value)?;
                    self.b.ins().jump(merge, &[BlockArg::Value(v)]);
                }
                self.enter(merge);
                Ok(result)
            }
            ast::Expr::Call(c) => self.call(c),
            ast::Expr::Attribute(a) => {
                let inline = self.instance_likely(&a.value);
                let obj = self.expr(&a.value)?;
                let name = self.str_literal(a.attr.as_str());
                let cache = self.new_cache();
                let line = self.attr_line(a);
                Ok(self.at_line(line, |s| s.getattr_cached(obj, name, cache, inline)))
            }
            ast::Expr::Subscript(s) => {
                let obj = self.expr(&s.value)?;
                if let ast::Expr::Slice(sl) = &*s.slice {
                    // `obj[a:b:c]` without a slice object where the runtime can.
                    let [lo, hi, step] = self.slice_parts(sl)?;
                    return Ok(self.call_rt_checked("rt_getslice", &[obj, lo, hi, step]));
                }
                let key = self.expr(&s.slice)?;
                Ok(self.getitem(obj, key))
            }
            ast::Expr::Slice(s) => {
                let parts = self.slice_parts(s)?;
                Ok(self.call_rt_checked("rt_slice", &parts))
            }
            ast::Expr::Tuple(t) => match self.prog.const_tuple(&t.elts, true) {
                Some(data) => Ok(self.data_addr(data)),
                None => self.display("rt_build_tuple", &t.elts, true),
            },
            ast::Expr::List(l) => self.display("rt_build_list", &l.elts, false),
            ast::Expr::Set(s) => {
                if s.elts.iter().any(|e| matches!(e, ast::Expr::Starred(_))) {
                    let empty = self.display("rt_build_set", &[], false)?;
                    for x in &s.elts {
                        if let ast::Expr::Starred(st) = x {
                            let it = self.expr(&st.value)?;
                            self.for_each_value(it, |l, v| {
                                l.call_rt_checked("rt_set_add", &[empty, v]);
                                Ok(())
                            })?;
                        } else {
                            let v = self.expr(x)?;
                            self.call_rt_checked("rt_set_add", &[empty, v]);
                        }
                    }
                    return Ok(empty);
                }
                // CPython's compiler makes three or more constants a frozenset, which the new
                // set takes whole: its table's size, so its order, differs from adding them.
                if s.elts.len() > 2 && s.elts.iter().all(|e| fold(e).is_some()) {
                    return self.display("rt_build_set_folded", &s.elts, false);
                }
                self.display("rt_build_set", &s.elts, false)
            }
            ast::Expr::Dict(d) => self.dict_display(d),
            ast::Expr::JoinedStr(j) => self.fstring(j),
            ast::Expr::FormattedValue(f) => self.formatted(f),
            ast::Expr::Lambda(l) => self.make_lambda(l),
            ast::Expr::ListComp(c) => {
                self.comp_captured = scope::lambda_captures(e);
                let out = self.display("rt_build_list", &[], false)?;
                self.comprehension(&c.generators, &mut |l| {
                    let v = l.expr(&c.elt)?;
                    l.call_rt_checked("rt_list_append", &[out, v]);
                    Ok(())
                })?;
                Ok(out)
            }
            ast::Expr::GeneratorExp(c) => self.generator_expression(c),
            ast::Expr::SetComp(c) => {
                self.comp_captured = scope::lambda_captures(e);
                let out = self.display("rt_build_set", &[], false)?;
                self.comprehension(&c.generators, &mut |l| {
                    let v = l.expr(&c.elt)?;
                    l.call_rt_checked("rt_set_add", &[out, v]);
                    Ok(())
                })?;
                Ok(out)
            }
            ast::Expr::DictComp(c) => {
                self.comp_captured = scope::lambda_captures(e);
                let zero = self.iconst(0);
                let out = self.call_rt_checked("rt_build_dict", &[zero, zero]);
                self.comprehension(&c.generators, &mut |l| {
                    let k = l.expr(&c.key)?;
                    let v = l.expr(&c.value)?;
                    l.call_rt_checked("rt_dict_set", &[out, k, v]);
                    Ok(())
                })?;
                Ok(out)
            }
            ast::Expr::NamedExpr(n) => {
                let v = self.expr(&n.value)?;
                self.assign(&n.target, v)?;
                Ok(v)
            }
            ast::Expr::Starred(_) => {
                Err(self.error(e, "a starred expression can only be used in a call, a display or an assignment target"))
            }
            ast::Expr::Yield(y) => {
                self.check_in_function(e, "yield")?;
                let v = match &y.value {
                    Some(v) => self.expr(v)?,
                    None => self.none(),
                };
                Ok(self.call_rt_checked("rt_yield", &[v]))
            }
            ast::Expr::YieldFrom(y) => {
                self.check_in_function(e, "yield from")?;
                let v = self.expr(&y.value)?;
                Ok(self.call_rt_checked("rt_yield_from", &[v]))
            }
            ast::Expr::Await(a) => {
                self.check_in_function(e, "await")?;
                let v = self.expr(&a.value)?;
                Ok(self.call_rt_checked("rt_await", &[v]))
            }
        }
    }

    /// `yield` belongs in a function (not at module level, nor in a class body).
    fn check_in_function(&self, e: &ast::Expr, what: &str) -> Result<()> {
        if self.scope.is_none() || !self.classes.is_empty() {
            return Err(self.error(e, format!("'{what}' outside function")));
        }
        Ok(())
    }

    fn constant(&mut self, c: &ast::ExprConstant) -> Result<ir::Value> {
        match &c.value {
            ast::Constant::None => Ok(self.iconst(NONE as i64)),
            ast::Constant::Bool(b) => Ok(self.iconst(if *b { TRUE } else { FALSE } as i64)),
            ast::Constant::Int(i) => Ok(self.int_literal(&i.to_string())),
            ast::Constant::Str(s) => Ok(self.str_literal(s)),
            ast::Constant::Float(f) => Ok(self.float_literal(*f)),
            ast::Constant::Bytes(b) => {
                let (slot, bytes) = self.prog.literal(b'b', b);
                let slot = self.root_addr(slot);
                let data = self.data_addr(bytes);
                let len = self.iconst(b.len() as i64);
                Ok(self.call_rt_checked("rt_bytes_lit", &[slot, data, len]))
            }
            // The parser gives imaginary literals (`2j`) with a zero real part.
            ast::Constant::Complex { imag, .. } => {
                let text = format!("{imag:e}");
                let (slot, bytes) = self.prog.literal(b'j', text.as_bytes());
                let slot = self.root_addr(slot);
                let data = self.data_addr(bytes);
                let len = self.iconst(text.len() as i64);
                Ok(self.call_rt_checked("rt_complex_lit", &[slot, data, len]))
            }
            ast::Constant::Ellipsis => {
                let i = self.prog.runtime_object("mpyc_ELLIPSIS");
                Ok(self.data_addr(i))
            }
            ast::Constant::Tuple(_) => Err(self.error(c, "tuple constants are not supported")),
        }
    }

    /// An int given by its decimal text: an immediate if it fits, else a cached big int.
    fn int_literal(&mut self, digits: &str) -> ir::Value {
        let (min, max) = small_range(self.word());
        if let Ok(n) = digits.parse::<i64>() {
            if (min..=max).contains(&n) {
                return self.iconst((n << 1) | 1);
            }
        }
        let (slot, bytes) = self.prog.literal(b'i', digits.as_bytes());
        let slot = self.root_addr(slot);
        let data = self.data_addr(bytes);
        let len = self.iconst(digits.len() as i64);
        self.call_rt_checked("rt_int_lit", &[slot, data, len])
    }

    /// A float literal: its object in read-only data, at the board's width.
    fn float_literal(&mut self, f: f64) -> ir::Value {
        let i = self.prog.float_object(&format!("{f:e}"));
        self.data_addr(i)
    }

    /// A str literal: its object in read-only data.
    pub(super) fn str_literal(&mut self, text: &str) -> ir::Value {
        let i = self.prog.str_object(text);
        self.data_addr(i)
    }

    pub(super) fn load_name(&mut self, n: &ast::ExprName) -> Result<ir::Value> {
        let name = n.id.as_str();
        self.load_named(name, n)
    }

    pub(super) fn load_named(&mut self, name: &str, node: &impl Ranged) -> Result<ir::Value> {
        let place = self.place(name);
        self.load_at(place, name, node)
    }

    /// Where a class body's name resolves before the body assigns it: the module's global,
    /// else the builtin (CPython's `LOAD_NAME`: not a variable of the function around).
    fn place_outside_class(&self, name: &str) -> Place {
        if let Some(&slot) = self.m.global_slots.get(name) {
            return Place::Global(slot);
        }
        if is_builtin(name) {
            return Place::Builtin;
        }
        Place::Unknown
    }

    fn load_at(&mut self, place: Place, name: &str, node: &impl Ranged) -> Result<ir::Value> {
        match place {
            Place::Local(var) => {
                let v = self.local_word(var, name);
                let v = self.materialize(var, v);
                if let Some(f) = &mut self.fast {
                    if f.small.contains(name) {
                        f.values.insert(v);
                    }
                    if f.list_names.contains(name) {
                        f.lists.insert(v);
                    }
                    if f.counter.as_deref() == Some(name) {
                        f.counter_values.insert(v);
                        if f.counter_nonnegative {
                            f.nonnegative.insert(v);
                        }
                    }
                }
                Ok(v)
            }
            Place::Cell(var, free) => {
                let cell = self.b.use_var(var);
                let w = self.word();
                let wb = self.word_bytes();
                let v = self.b.ins().load(w, MemFlagsData::trusted(), cell, wb);
                // (Inside a comprehension, a function of its own in CPython 3.11, a cell of
                // the function around it is a free variable too.)
                let own = self.renames.iter().any(|r| r.contains_key(name));
                self.check_bound(v, name, if free || (!self.renames.is_empty() && !own) { 2 } else { 1 });
                Ok(v)
            }
            Place::Global(slot) => {
                let v = self.load_root(slot);
                if is_builtin(name) || python_builtin(name).is_some() {
                    // A global that shadows a builtin: the builtin until it is assigned.
                    let (set, unset, done) = (self.b.create_block(), self.b.create_block(), self.b.create_block());
                    let w = self.word();
                    let r = self.b.append_block_param(done, w);
                    self.b.ins().brif(v, set, &[], unset, &[]);
                    self.enter(unset);
                    // (A built-in written in Python, `ExceptionGroup`: the module's import of it.)
                    let bv = match python_builtin(name).filter(|g| self.m.global_slots.contains_key(*g)) {
                        Some(g) => self.hidden_member(g, name, node)?,
                        None => self.builtin(name)?,
                    };
                    self.b.ins().jump(done, &[BlockArg::Value(bv)]);
                    self.enter(set);
                    self.b.ins().jump(done, &[BlockArg::Value(v)]);
                    self.enter(done);
                    return Ok(r);
                }
                self.check_bound(v, name, 0);
                Ok(v)
            }
            Place::ClassNs(ns) => {
                let ns = self.b.use_var(ns);
                let key = self.str_literal(name);
                let v = self.call_rt("rt_ns_get", &[ns, key]);
                let (missing, done) = (self.b.create_block(), self.b.create_block());
                let w = self.word();
                let r = self.b.append_block_param(done, w);
                self.b.ins().brif(v, done, &[BlockArg::Value(v)], missing, &[]);
                self.enter(missing);
                // (No warning for a name that is neither: the class may assign it first.)
                let g = match self.place_outside_class(name) {
                    Place::Unknown => {
                        let text = self.cstring_addr(name);
                        let how = self.iconst(0);
                        self.call_rt_checked("rt_unbound", &[text, how])
                    }
                    // (No warning for `eval` here: the class body binds the name.)
                    Place::Builtin => self.builtin(name)?,
                    outside => self.load_at(outside, name, node)?,
                };
                self.b.ins().jump(done, &[BlockArg::Value(g)]);
                self.enter(done);
                Ok(r)
            }
            Place::Builtin => {
                if is_dynamic_code(name) {
                    self.warn(dynamic_code_warning(self.m, node, name));
                }
                self.builtin(name)
            }
            // The built-ins written in Python (`ExceptionGroup`, `anext`): the module's import
            // of them.
            Place::Unknown if python_builtin(name).is_some_and(|g| self.m.global_slots.contains_key(g)) => {
                let g = python_builtin(name).unwrap_or_default();
                self.hidden_member(g, name, node)
            }
            Place::Unknown if name == "__file__" => {
                let f = self.m.source.file.clone();
                Ok(self.str_literal(&f))
            }
            Place::Unknown if name == "__doc__" => Ok(match self.m.doc {
                Some(doc) => self.str_literal(doc),
                None => self.iconst(NONE as i64),
            }),
            Place::Unknown if name == "__name__" => {
                let n = self.m.name.clone();
                Ok(self.str_literal(&n))
            }
            // (The module's `__builtins__`: the `builtins` module, as in CPython's `__main__`.)
            Place::Unknown if name == "__builtins__" => self.import_module("builtins"),
            Place::Unknown => {
                let mut locals: Vec<&str> = self.vars.keys().map(|s| s.as_str()).collect();
                locals.extend(self.cells.keys().map(|s| s.as_str()));
                // (CPython's note looks among the function's own names: its parameters and
                // locals, not what it reads from functions around it.)
                let own: Vec<String> = self
                    .scope
                    .map(|s| s.params.all().into_iter().chain(s.locals.iter().cloned()).collect())
                    .unwrap_or_default();
                let own: Vec<&str> = own.iter().map(String::as_str).collect();
                let (w, how, text) = unknown_name(self.m, node, name, &locals, &own);
                let text = self.cstring_addr(&text);
                let how = self.iconst(how as i64);
                // A module that reaches its namespace (`globals()[name] = v`) may bind any
                // name there, and a program that stores into `builtins` (`builtins.DEBUG =
                // True`) any name there: it is read from there, with no warning.
                let slot = self.module_slot().filter(|_| super::reaches_namespace(&self.m.source.text));
                if slot.is_none() && !self.prog.adds_builtins {
                    self.warn(w);
                    return Ok(self.call_rt_checked("rt_unbound", &[text, how]));
                }
                let key = self.str_literal(name);
                let w = self.word();
                let done = self.b.create_block();
                let r = self.b.append_block_param(done, w);
                let mut lookups: Vec<(&str, Option<ir::Value>)> = Vec::new();
                if let Some(slot) = slot {
                    let m = self.load_root(slot);
                    lookups.push(("rt_namespace_get", Some(m)));
                }
                if self.prog.adds_builtins {
                    lookups.push(("rt_builtins_get", None));
                }
                for (entry, m) in lookups {
                    let v = match m {
                        Some(m) => self.call_rt(entry, &[m, key]),
                        None => self.call_rt(entry, &[key]),
                    };
                    let missing = self.b.create_block();
                    self.b.set_cold_block(missing);
                    self.b.ins().brif(v, done, &[BlockArg::Value(v)], missing, &[]);
                    self.enter(missing);
                }
                let e = self.call_rt_checked("rt_unbound", &[text, how]);
                self.b.ins().jump(done, &[BlockArg::Value(e)]);
                self.enter(done);
                Ok(r)
            }
        }
    }

    /// `locals()`, `vars()`, `globals()` and `dir()` without arguments: the module's namespace
    /// (`globals()`, and `locals()` at module level: `rt_namespace`), or a new dict of the
    /// names bound now (a function's locals, its cells and free variables; a class body's
    /// namespace), or for `dir()` their sorted list. Assigning into the namespace changes the
    /// module's globals; into the others, no variable.
    ///
    /// (The main module has an object for its namespace when some module mentions
    /// `globals` or `__main__`, see `lower_modules`.)
    fn namespace(&mut self, which: &str) -> Result<ir::Value> {
        let zero = self.iconst(0);
        if let (Some(c), "locals" | "vars" | "dir") = (self.classes.last(), which) {
            let ns = self.b.use_var(c.ns);
            return Ok(if which == "dir" { self.sorted_keys(ns) } else { ns });
        }
        let module_level = self.scope.is_none() || which == "globals";
        // The module's namespace itself, which assigning into changes the globals.
        if module_level && which != "dir" {
            if let Some(m) = self.module_object() {
                return Ok(self.call_rt_checked("rt_namespace", &[m]));
            }
        }
        let dict = self.call_rt_checked("rt_build_dict", &[zero, zero]);
        if module_level {
            let name = self.m.name.clone();
            let (k, v) = (self.str_literal("__name__"), self.str_literal(&name));
            self.call_rt_checked("rt_dict_set", &[dict, k, v]);
            // (Names with a `.` are the compiler's own: `frontend::desugar`'s.)
            let mut globals: Vec<(String, u32)> =
                self.m.global_slots.iter().filter(|(n, _)| !n.contains('.')).map(|(n, &s)| (n.clone(), s)).collect();
            globals.sort_by_key(|g| g.1);
            for (name, slot) in globals {
                let v = self.load_root(slot);
                self.set_if_bound(dict, &name, v);
            }
        } else {
            let mut names: Vec<(String, Option<Variable>, Option<Variable>)> = Vec::new();
            let params: Vec<String> = self.scope.map(|s| s.params.all()).unwrap_or_default();
            let mut all: Vec<&String> = self.vars.keys().chain(self.cells.keys()).collect();
            all.sort_by_key(|n| (params.iter().position(|p| p == *n).unwrap_or(usize::MAX), n.as_str()));
            all.dedup();
            for n in all {
                if n.contains('.') || n.starts_with('$') {
                    continue;
                }
                names.push((n.clone(), self.vars.get(n).copied(), self.cells.get(n).copied()));
            }
            for (name, var, cell) in names {
                let v = match (cell, var) {
                    (Some(cell), _) => {
                        let cell = self.b.use_var(cell);
                        let (w, wb) = (self.word(), self.word_bytes());
                        self.b.ins().load(w, MemFlagsData::trusted(), cell, wb)
                    }
                    (None, Some(var)) => {
                        let v = self.b.use_var(var);
                        self.materialize(var, v)
                    }
                    (None, None) => continue,
                };
                self.set_if_bound(dict, &name, v);
            }
        }
        Ok(if which == "dir" { self.sorted_keys(dict) } else { dict })
    }

    /// The root slot of this module's object, when the program has one (always for a module
    /// other than the main one).
    fn module_slot(&self) -> Option<u32> {
        match self.m.index {
            0 => self.prog.main_module.as_ref().map(|m| m.2),
            _ => self.m.modules.get(&self.m.name).map(|u| u.slot),
        }
    }

    /// This module's object ([`Self::module_slot`]).
    pub(super) fn module_object(&mut self) -> Option<ir::Value> {
        self.module_slot().map(|slot| self.load_root(slot))
    }

    /// `dict[name] = v` when `v` is bound (not 0).
    fn set_if_bound(&mut self, dict: ir::Value, name: &str, v: ir::Value) {
        let [set, next] = self.new_blocks();
        self.b.ins().brif(v, set, &[], next, &[]);
        self.enter(set);
        let k = self.str_literal(name);
        self.call_rt_checked("rt_dict_set", &[dict, k, v]);
        self.b.ins().jump(next, &[]);
        self.enter(next);
    }

    /// `sorted(d)`: a mapping's keys as a sorted list.
    fn sorted_keys(&mut self, d: ir::Value) -> ir::Value {
        let Ok(sorted) = self.builtin("sorted") else { return d };
        self.call_positional(sorted, &[d])
    }

    /// The builtin `name`, looked up once and kept in a root slot.
    fn builtin(&mut self, name: &str) -> Result<ir::Value> {
        let key = format!("builtin:{name}");
        let (slot, _) = self.prog.literal(b'B', key.as_bytes());
        let name = name.to_string();
        // (A function's lookup leaves the types' tables out of the firmware.)
        let lookup = if mpyc_runtime::builtins::is_function(&name) { "rt_builtin_function" } else { "rt_builtin" };
        self.cached(slot, |l| {
            let text = l.cstring_addr(&name);
            Ok(l.call_rt_checked(lookup, &[text]))
        })
    }

    /// `obj[key]`: a list indexed by a small int inline, everything else through the runtime.
    /// A slice's start, stop and step, in that order (None for each left out).
    pub(super) fn slice_parts(&mut self, s: &'a ast::ExprSlice) -> Result<[ir::Value; 3]> {
        let mut parts = [self.none(); 3];
        for (k, p) in [&s.lower, &s.upper, &s.step].into_iter().enumerate() {
            if let Some(x) = p {
                parts[k] = self.expr(x)?;
            }
        }
        Ok(parts)
    }

    pub(super) fn getitem(&mut self, obj: ir::Value, key: ir::Value) -> ir::Value {
        let w = self.word();
        let done = self.b.create_block();
        let result = self.b.append_block_param(done, w);
        let slow = self.b.create_block();
        self.b.set_cold_block(slow);
        let certain = self.known_list(obj) && self.known_small(key);
        let bytes = (!certain).then(|| self.b.create_block());
        let addr = self.seq_index(obj, key, true, bytes.map(|b| (b, false)), slow);
        let items = self.list_memory(ListMemory::Items);
        let v = self.b.ins().load(w, items, addr, 0);
        self.b.ins().jump(done, &[BlockArg::Value(v)]);
        if let Some(bytes) = bytes {
            // bytes and bytearray: a byte, as a small int.
            self.enter(bytes);
            let byte = self.byte_index(obj, key, slow);
            let v = self.b.ins().uload8(w, items, byte, 0);
            let v = self.b.ins().ishl_imm_u(v, 1);
            let v = self.b.ins().bor_imm_u(v, 1);
            self.b.ins().jump(done, &[BlockArg::Value(v)]);
        }
        self.enter(slow);
        if certain {
            // A list and a small int out of range: the runtime raises IndexError, and the
            // code after the access knows the list was not touched (its items and length
            // need no loading again).
            self.call_rt("rt_getitem", &[obj, key]);
            self.jump_to_exc_exit();
        } else {
            let v = self.call_rt_checked("rt_getitem", &[obj, key]);
            self.b.ins().jump(done, &[BlockArg::Value(v)]);
        }
        self.enter(done);
        result
    }

    /// `obj[key] = v`, inline for a list (or bytearray) indexed by a small int.
    pub(super) fn setitem(&mut self, obj: ir::Value, key: ir::Value, v: ir::Value) {
        let done = self.b.create_block();
        let slow = self.b.create_block();
        self.b.set_cold_block(slow);
        let certain = self.known_list(obj) && self.known_small(key);
        let bytes = (!certain).then(|| self.b.create_block());
        let addr = self.seq_index(obj, key, false, bytes.map(|b| (b, true)), slow);
        let items = self.list_memory(ListMemory::Items);
        self.b.ins().store(items, v, addr, 0);
        self.b.ins().jump(done, &[]);
        if let Some(bytes) = bytes {
            // A bytearray and a small int in range(256): the byte.
            self.enter(bytes);
            let byte_ok = self.b.create_block();
            self.b.set_cold_block(byte_ok);
            let n = self.b.ins().sshr_imm_u(v, 1);
            let in_range = self.b.ins().icmp_imm_u(IntCC::UnsignedLessThan, n, 256);
            let w = self.word();
            let in_range = self.b.ins().uextend(w, in_range);
            let tag = self.b.ins().band_imm_u(v, 1);
            let fits = self.b.ins().band(tag, in_range);
            self.b.ins().brif(fits, byte_ok, &[], slow, &[]);
            self.enter(byte_ok);
            let byte = self.byte_index(obj, key, slow);
            self.b.ins().istore8(items, n, byte, 0);
            self.b.ins().jump(done, &[]);
        }
        self.enter(slow);
        if certain {
            // Out of range: IndexError (see `getitem`).
            self.call_rt("rt_setitem", &[obj, key, v]);
            self.jump_to_exc_exit();
        } else {
            self.call_rt_checked("rt_setitem", &[obj, key, v]);
            self.b.ins().jump(done, &[]);
        }
        self.enter(done);
    }

    /// For a bytes or bytearray `obj` and a small-int `key` ([`Self::seq_index`] checked
    /// both): the address of the byte when the index is in range (negative ones from the end),
    /// continuing in a new block; else to `slow`. (Their length and data pointer sit where a
    /// list's length and items pointer do.)
    fn byte_index(&mut self, obj: ir::Value, key: ir::Value, slow: ir::Block) -> ir::Value {
        let (w, wb) = (self.word(), self.word_bytes());
        let [check, in_range] = self.new_blocks();
        self.b.set_cold_block(check);
        self.b.set_cold_block(in_range);
        let header = self.list_memory(ListMemory::Header);
        let data = self.b.ins().load(w, header, obj, 3 * wb);
        let data_param = self.b.append_block_param(check, w);
        self.b.ins().jump(check, &[BlockArg::Value(data)]);
        self.index_in_range(obj, key, data_param, 0, [check, in_range, slow])
    }

    /// The address of item `key` of list `obj` (or of tuple `obj` too, when `tuple_too`) when
    /// `key` is a small int in range (negative ones from the end), continuing in a new block;
    /// with `bytes` (a block, and whether only a bytearray goes there), a bytes or bytearray
    /// with a small-int key goes to that block; every other case goes to `slow`.
    fn seq_index(
        &mut self,
        obj: ir::Value,
        key: ir::Value,
        tuple_too: bool,
        bytes: Option<(ir::Block, bool)>,
        slow: ir::Block,
    ) -> ir::Value {
        use mpyc_runtime::object::Kind;
        const _: () = assert!(Kind::ByteArray as u8 == Kind::Bytes as u8 + 1, "one unsigned compare takes both");
        let w = self.word();
        let wb = self.word_bytes();
        let [is_obj, is_list, check, in_range] = self.new_blocks();
        if self.known_list(obj) {
            // A list for certain (a loop's fast copy checked it on entry).
            let items = self.b.append_block_param(check, w);
            if self.known_small(key) {
                self.b.ins().jump(is_list, &[]);
            } else {
                let tag = self.b.ins().band_imm_u(key, 1);
                self.b.ins().brif(tag, is_list, &[], slow, &[]);
            }
            self.enter(is_list);
            let header = self.list_memory(ListMemory::Header);
            let v = self.b.ins().load(w, header, obj, 3 * wb);
            self.b.ins().jump(check, &[BlockArg::Value(v)]);
            self.enter(is_obj);
            self.b.ins().jump(slow, &[]);
            let scale = i64::from(wb.trailing_zeros());
            return self.index_in_range(obj, key, items, scale, [check, in_range, slow]);
        }
        let other_kinds = tuple_too || bytes.is_some();
        let [not_list, is_tuple, not_tuple] = if other_kinds { self.new_blocks() } else { [slow; 3] };
        // A small-int key and a pointer object…
        // (obj & 3) | ((key & 1) ^ 1) is zero exactly when both hold.
        let ptr_bits = self.b.ins().band_imm_u(obj, 3);
        let wrong = if self.known_small(key) {
            ptr_bits
        } else {
            let tag = self.b.ins().band_imm_u(key, 1);
            let not_small = self.b.ins().bxor_imm_u(tag, 1);
            self.b.ins().bor(ptr_bits, not_small)
        };
        self.b.ins().brif(wrong, slow, &[], is_obj, &[]);
        self.enter(is_obj);
        // …whose type's kind is List (or Tuple, bytes, bytearray: tested off the list's path)…
        let kind = self.object_kind(obj);
        let list = self.b.ins().icmp_imm_s(IntCC::Equal, kind, i64::from(Kind::List as u8));
        let items = self.b.append_block_param(check, w);
        self.b.ins().brif(list, is_list, &[], not_list, &[]);
        // A list's items are behind a pointer; a tuple's follow its length.
        self.enter(is_list);
        let header = self.list_memory(ListMemory::Header);
        let v = self.b.ins().load(w, header, obj, 3 * wb);
        self.b.ins().jump(check, &[BlockArg::Value(v)]);
        if other_kinds {
            for b in [not_list, is_tuple, not_tuple] {
                self.b.set_cold_block(b);
            }
            self.enter(not_list);
            if tuple_too {
                let tuple = self.b.ins().icmp_imm_s(IntCC::Equal, kind, i64::from(Kind::Tuple as u8));
                self.b.ins().brif(tuple, is_tuple, &[], not_tuple, &[]);
                self.enter(is_tuple);
                let v = self.b.ins().iadd_imm_s(obj, i64::from(2 * wb));
                self.b.ins().jump(check, &[BlockArg::Value(v)]);
            } else {
                self.b.ins().jump(not_tuple, &[]);
                self.enter(is_tuple);
                self.b.ins().jump(slow, &[]);
            }
            self.enter(not_tuple);
            match bytes {
                Some((target, only_bytearray)) => {
                    let fits = if only_bytearray {
                        self.b.ins().icmp_imm_s(IntCC::Equal, kind, i64::from(Kind::ByteArray as u8))
                    } else {
                        let from_bytes = self.b.ins().iadd_imm_s(kind, -i64::from(Kind::Bytes as u8));
                        self.b.ins().icmp_imm_u(IntCC::UnsignedLessThanOrEqual, from_bytes, 1)
                    };
                    self.b.set_cold_block(target);
                    self.b.ins().brif(fits, target, &[], slow, &[]);
                }
                None => {
                    self.b.ins().jump(slow, &[]);
                }
            }
        }
        let scale = i64::from(wb.trailing_zeros());
        self.index_in_range(obj, key, items, scale, [check, in_range, slow])
    }

    /// The rest of [`Self::seq_index`] and [`Self::byte_index`], in `check` (whose parameter
    /// is `items`, of `1 << scale` bytes each): the address of the item when the index is in
    /// range once a negative one counts from the end (a key known not to be negative needs no
    /// such count).
    fn index_in_range(
        &mut self,
        obj: ir::Value,
        key: ir::Value,
        items: ir::Value,
        scale: i64,
        [check, in_range, slow]: [ir::Block; 3],
    ) -> ir::Value {
        let (w, wb) = (self.word(), self.word_bytes());
        self.enter(check);
        let header = self.list_memory(ListMemory::Header);
        let len = self.b.ins().load(w, header, obj, wb);
        let i = self.b.ins().sshr_imm_u(key, 1);
        let index = if self.known_nonnegative(key) {
            i
        } else {
            let top = i64::from(self.word().bits() - 1);
            let sign = self.b.ins().sshr_imm_u(i, top);
            let wrap = self.b.ins().band(sign, len);
            self.b.ins().iadd(i, wrap)
        };
        let fits = self.b.ins().icmp(IntCC::UnsignedLessThan, index, len);
        self.b.ins().brif(fits, in_range, &[], slow, &[]);
        self.enter(in_range);
        let offset = if scale == 0 { index } else { self.b.ins().ishl_imm_u(index, scale) };
        self.b.ins().iadd(items, offset)
    }

    /// How a loop steps iterator `it`, decided once before the loop by the runtime
    /// (`rt_walk_mode`): a range of small ints, a list or a tuple inline, anything else
    /// through `rt_next`.
    pub(super) fn walk_mode(&mut self, it: ir::Value) -> ir::Value {
        let mode = self.call_rt("rt_walk_mode", &[it]);
        // A value of its own, not the call's result register: held across the loop in one
        // register (the result's, r0, would be copied in and out at every turn).
        self.b.ins().band_imm_u(mode, 3)
    }

    /// Steps iterator `it` walked as `mode` says ([`Self::walk_mode`]): on to `got` with the
    /// next value as its argument, or to `exhausted`. A range of small ints steps with a
    /// load, a test and two stores; a list or tuple with its length and item loaded (a list's
    /// each time: the body may change it).
    pub(super) fn walk_next(&mut self, it: ir::Value, mode: ir::Value, got: ir::Block, exhausted: ir::Block) {
        let w = self.word();
        let wb = self.word_bytes();
        let flags = MemFlagsData::trusted();
        let [range_test, range_step, not_range, seq_test, has_more, list_items, items_of, slow] = self.new_blocks();
        self.b.set_cold_block(slow);
        const _: () = assert!(MODE_SMALL_RANGE == 0, "a range is tested for with one compare with zero");
        self.b.ins().brif(mode, not_range, &[], range_test, &[]);
        // A range: `a` the next value, `b` the step, `pos` how many are left.
        self.enter(range_test);
        let left = self.b.ins().load(w, flags, it, 4 * wb);
        self.b.ins().brif(left, range_step, &[], exhausted, &[]);
        self.enter(range_step);
        let v = self.b.ins().load(w, flags, it, 2 * wb);
        let step = self.b.ins().load(w, flags, it, 3 * wb);
        let sum = self.b.ins().iadd(v, step);
        let next = self.b.ins().iadd_imm_s(sum, -1);
        self.b.ins().store(flags, next, it, 2 * wb);
        let left = self.b.ins().iadd_imm_s(left, -1);
        self.b.ins().store(flags, left, it, 4 * wb);
        self.b.ins().jump(got, &[BlockArg::Value(v)]);
        self.enter(not_range);
        let inline = self.b.ins().icmp_imm_u(IntCC::UnsignedLessThanOrEqual, mode, MODE_TUPLE as i64);
        self.b.ins().brif(inline, seq_test, &[], slow, &[]);
        // A list or tuple: `a` the sequence, `pos` the next index.
        self.enter(seq_test);
        let seq = self.b.ins().load(w, flags, it, 2 * wb);
        let pos = self.b.ins().load(w, flags, it, 4 * wb);
        let header = self.list_memory(ListMemory::Header);
        let len = self.b.ins().load(w, header, seq, wb);
        let more = self.b.ins().icmp(IntCC::UnsignedLessThan, pos, len);
        self.b.ins().brif(more, has_more, &[], exhausted, &[]);
        self.enter(has_more);
        let items = self.b.append_block_param(items_of, w);
        let tuple_items = self.b.ins().iadd_imm_s(seq, i64::from(2 * wb));
        let is_list = self.b.ins().icmp_imm_s(IntCC::Equal, mode, MODE_LIST as i64);
        self.b.ins().brif(is_list, list_items, &[], items_of, &[BlockArg::Value(tuple_items)]);
        self.enter(list_items);
        let list_items = self.b.ins().load(w, header, seq, 3 * wb);
        self.b.ins().jump(items_of, &[BlockArg::Value(list_items)]);
        self.enter(items_of);
        let offset = self.b.ins().ishl_imm_u(pos, i64::from(wb.trailing_zeros()));
        let addr = self.b.ins().iadd(items, offset);
        let items = self.list_memory(ListMemory::Items);
        let v = self.b.ins().load(w, items, addr, 0);
        let next = self.b.ins().iadd_imm_s(pos, 1);
        self.b.ins().store(flags, next, it, 4 * wb);
        self.b.ins().jump(got, &[BlockArg::Value(v)]);
        // Anything else: the runtime (STOP once exhausted).
        self.enter(slow);
        let v = self.call_rt_checked("rt_next", &[it]);
        let stop = self.b.ins().icmp_imm_s(IntCC::Equal, v, STOP as i64);
        self.b.ins().brif(stop, exhausted, &[], got, &[BlockArg::Value(v)]);
    }

    /// Raises UnboundLocalError / NameError at run time when `v` is still unbound (0);
    /// `how`: 0 global, 1 local, 2 free variable.
    /// The word of local `name` (variable `var`), checked to be bound unless it certainly is.
    pub(super) fn local_word(&mut self, var: Variable, name: &str) -> ir::Value {
        let v = self.b.use_var(var);
        let own = self.renames.iter().any(|r| r.contains_key(name));
        if !self.assigned.contains(name) || own {
            // Inside a comprehension (a function of its own in CPython 3.11) a local of the
            // function around it is a free variable: its NameError says so.
            let how = if self.renames.is_empty() || own { 1 } else { 2 };
            self.check_bound(v, name, how);
        }
        v
    }

    /// The object local `var` holds, `v` its word: when its float is unboxed, boxed now (and
    /// kept, so that later uses share the object).
    pub(super) fn materialize(&mut self, var: Variable, v: ir::Value) -> ir::Value {
        let Some(&fvar) = self.unboxed.get(&var.index()) else { return v };
        let w = self.word();
        let [boxit, done] = self.new_blocks();
        let r = self.b.append_block_param(done, w);
        let is = self.b.ins().icmp_imm_u(IntCC::Equal, v, mpyc_runtime::value::UNBOXED as i64);
        self.b.ins().brif(is, boxit, &[], done, &[BlockArg::Value(v)]);
        self.enter(boxit);
        let f = self.b.use_var(fvar);
        let boxed = self.box_float(f);
        self.b.ins().jump(done, &[BlockArg::Value(boxed)]);
        self.enter(done);
        self.b.def_var(var, r);
        r
    }

    fn check_bound(&mut self, v: ir::Value, name: &str, how: i64) {
        let ok = self.b.create_block();
        let unbound = self.b.create_block();
        self.b.set_cold_block(unbound);
        self.b.ins().brif(v, ok, &[], unbound, &[]);
        self.enter(unbound);
        let text = self.cstring_addr(name);
        let flag = self.iconst(how);
        self.call_rt("rt_unbound", &[text, flag]);
        self.jump_to_exc_exit();
        self.enter(ok);
    }

    /// `a op b` for a binary operator code, with inline small-int paths for `+ - * // % & | ^ << >>`.
    pub(super) fn binop(&mut self, op: usize, a: ir::Value, b: ir::Value) -> ir::Value {
        self.binop_as(op, op, a, b)
    }

    /// [`Self::binop`] whose operands, when not both small ints, go to the runtime as the
    /// operator `slow_op` (`x += y` is `+` on small ints, in place on a list).
    pub(super) fn binop_as(&mut self, op: usize, slow_op: usize, a: ir::Value, b: ir::Value) -> ir::Value {
        self.binop_with(op, slow_op, a, b, "rt_binop")
    }

    /// Whether both operands of the operation at `range` are ints for sure
    /// (`numbers::int_operations`): its slow path then needs int arithmetic alone
    /// (`rt_int_binop`), not the operators' dispatch over every type.
    pub(super) fn int_operation(&self, range: rustpython_parser::text_size::TextRange) -> bool {
        self.m.int_ops.contains(&(range.start(), range.end()))
    }

    /// [`Self::binop_as`] whose slow path calls `slow` (`rt_binop` or `rt_int_binop`).
    pub(super) fn binop_with(
        &mut self,
        op: usize,
        slow_op: usize,
        a: ir::Value,
        b: ir::Value,
        slow_entry: &'static str,
    ) -> ir::Value {
        if !matches!(
            op,
            binop::ADD
                | binop::SUB
                | binop::MUL
                | binop::FLOORDIV
                | binop::MOD
                | binop::AND
                | binop::OR
                | binop::XOR
                | binop::LSHIFT
                | binop::RSHIFT
        ) {
            let opv = self.iconst(slow_op as i64);
            let entry = if op == binop::MATMUL { "rt_matmul" } else { "rt_binop" };
            return self.call_rt_checked(entry, &[opv, a, b]);
        }
        if let Some(r) = self.counter_plus(op, a, b) {
            return r;
        }
        if let Some(fallback) = self.fast.as_ref().and_then(|f| f.fallback) {
            if matches!(op, binop::ADD | binop::SUB | binop::MUL) && self.known_small(a) && self.known_small(b) {
                return self.small_arith(op, a, b, fallback);
            }
        }
        let w = self.word();
        let merge = self.b.create_block();
        let result = self.b.append_block_param(merge, w);
        let slow = self.if_both_small(a, b);
        match op {
            binop::FLOORDIV | binop::MOD => {
                // Only by a positive divisor here (b ≥ 3 tagged): no division by zero, no
                // overflow. Truncating division, then Python's floor: a negative remainder
                // moves the quotient down one and the remainder up by the divisor.
                let positive = self.b.ins().icmp_imm_s(IntCC::SignedGreaterThan, b, 1);
                let divide = self.b.create_block();
                self.b.ins().brif(positive, divide, &[], slow, &[]);
                self.enter(divide);
                let top = i64::from(self.word().bits() - 1);
                let x = self.b.ins().sshr_imm_u(a, 1);
                let y = self.b.ins().sshr_imm_u(b, 1);
                let q = self.b.ins().sdiv(x, y);
                let qy = self.b.ins().imul(q, y);
                let r = self.b.ins().isub(x, qy);
                let negative = self.b.ins().sshr_imm_u(r, top);
                let result = if op == binop::FLOORDIV {
                    self.b.ins().iadd(q, negative)
                } else {
                    let fix = self.b.ins().band(y, negative);
                    self.b.ins().iadd(r, fix)
                };
                let shifted = self.b.ins().ishl_imm_u(result, 1);
                let tagged = self.b.ins().bor_imm_u(shifted, 1);
                self.b.ins().jump(merge, &[BlockArg::Value(tagged)]);
            }
            binop::LSHIFT | binop::RSHIFT => {
                // A count below the word's width (tagged: 1 ≤ b < 2·bits, b odd); the rest,
                // negative counts included, in the runtime.
                let bits = i64::from(self.word().bits());
                let in_range = self.b.ins().icmp_imm_u(IntCC::UnsignedLessThan, b, 2 * bits);
                let shift = self.b.create_block();
                self.b.ins().brif(in_range, shift, &[], slow, &[]);
                self.enter(shift);
                let n = self.b.ins().sshr_imm_u(b, 1);
                if op == binop::RSHIFT {
                    // (2x+1) >> n keeps x >> n above bit 0: set the tag again.
                    let r = self.b.ins().sshr(a, n);
                    let r = self.b.ins().bor_imm_u(r, 1);
                    self.b.ins().jump(merge, &[BlockArg::Value(r)]);
                } else {
                    // 2x << n, exact when shifting back gives 2x again.
                    let x2 = self.b.ins().iadd_imm_s(a, -1);
                    let r = self.b.ins().ishl(x2, n);
                    let back = self.b.ins().sshr(r, n);
                    let r = self.b.ins().bor_imm_u(r, 1);
                    let overflow = self.b.ins().icmp(IntCC::NotEqual, back, x2);
                    self.b.ins().brif(overflow, slow, &[], merge, &[BlockArg::Value(r)]);
                }
            }
            binop::MUL => {
                let (lo, overflow) = self.tagged_product(a, b);
                let r = self.b.ins().bor_imm_u(lo, 1);
                self.b.ins().brif(overflow, slow, &[], merge, &[BlockArg::Value(r)]);
            }
            binop::ADD | binop::SUB => {
                // Tagged 2x+1 and 2y+1: (2x+1) ± 2y is the tagged result, unless the machine
                // add or subtract overflows (on Thumb-2: the V flag, one branch).
                let b2 = self.b.ins().iadd_imm_s(b, -1);
                let (r, overflow) = if op == binop::ADD {
                    self.b.ins().sadd_overflow(a, b2)
                } else {
                    self.b.ins().ssub_overflow(a, b2)
                };
                self.b.ins().brif(overflow, slow, &[], merge, &[BlockArg::Value(r)]);
            }
            _ => {
                let r = match op {
                    binop::AND => self.b.ins().band(a, b),
                    binop::OR => self.b.ins().bor(a, b),
                    _ => {
                        let x = self.b.ins().bxor(a, b);
                        self.b.ins().bor_imm_u(x, 1)
                    }
                };
                self.b.ins().jump(merge, &[BlockArg::Value(r)]);
            }
        }

        self.enter(slow);
        let opv = self.iconst(slow_op as i64);
        let r = self.call_rt_checked(slow_entry, &[opv, a, b]);
        self.b.ins().jump(merge, &[BlockArg::Value(r)]);
        self.enter(merge);
        result
    }

    /// In a loop's fast copy, `i + c` or `c + i` for the counter `i` and `0 ≤ c ≤ step`: a
    /// small int without an overflow test (the fast mode's room above `stop`).
    fn counter_plus(&mut self, op: usize, a: ir::Value, b: ir::Value) -> Option<ir::Value> {
        let f = self.fast.as_ref()?;
        if op != binop::ADD {
            return None;
        }
        let (i, c) = if f.counter_values.contains(&a) {
            (a, self.small_literal(b)?)
        } else if f.counter_values.contains(&b) {
            (b, self.small_literal(a)?)
        } else {
            return None;
        };
        if !(0..=f.step).contains(&c) {
            return None;
        }
        let nonnegative = f.nonnegative.contains(&i);
        let r = self.b.ins().iadd_imm_s(i, 2 * c);
        if let Some(f) = &mut self.fast {
            f.values.insert(r);
            if nonnegative {
                f.nonnegative.insert(r);
            }
        }
        Some(r)
    }

    /// The product of small ints `a` and `b` (tagged 2x+1, 2y+1) as 2x·y, the tagged product
    /// less its tag, and whether it overflowed: the high word of the full product is not the
    /// sign of the low word.
    fn tagged_product(&mut self, a: ir::Value, b: ir::Value) -> (ir::Value, ir::Value) {
        let x2 = self.b.ins().iadd_imm_s(a, -1);
        let y = self.b.ins().sshr_imm_u(b, 1);
        let lo = self.b.ins().imul(x2, y);
        let hi = self.b.ins().smulhi(x2, y);
        let top = i64::from(self.word().bits() - 1);
        let sign = self.b.ins().sshr_imm_u(lo, top);
        let overflow = self.b.ins().icmp(IntCC::NotEqual, hi, sign);
        (lo, overflow)
    }

    /// `a op b` (`+ - *`) of two small ints in a loop's fast copy: a small int, or on overflow
    /// the statement's fallback in the general copy.
    fn small_arith(&mut self, op: usize, a: ir::Value, b: ir::Value, fallback: ir::Block) -> ir::Value {
        let next = self.b.create_block();
        let r = if op == binop::MUL {
            let (lo, overflow) = self.tagged_product(a, b);
            self.b.ins().brif(overflow, fallback, &[], next, &[]);
            self.enter(next);
            let r = self.b.ins().bor_imm_u(lo, 1);
            if let Some(f) = &mut self.fast {
                f.evens.insert(r, lo);
            }
            r
        } else {
            let even = self.fast.as_ref().and_then(|f| f.evens.get(&b).copied());
            let b2 = match even {
                Some(e) => e,
                None => self.b.ins().iadd_imm_s(b, -1),
            };
            let (r, overflow) =
                if op == binop::ADD { self.b.ins().sadd_overflow(a, b2) } else { self.b.ins().ssub_overflow(a, b2) };
            self.b.ins().brif(overflow, fallback, &[], next, &[]);
            self.enter(next);
            r
        };
        if let Some(f) = &mut self.fast {
            f.values.insert(r);
        }
        r
    }

    fn unary(&mut self, u: &'a ast::ExprUnaryOp) -> Result<ir::Value> {
        if let (ast::UnaryOp::USub, ast::Expr::Constant(c)) = (u.op, &*u.operand) {
            if let ast::Constant::Int(i) = &c.value {
                return Ok(self.int_literal(&format!("-{i}")));
            }
            if let ast::Constant::Float(f) = &c.value {
                return Ok(self.float_literal(-f));
            }
        }
        if u.op == ast::UnaryOp::Not {
            let (t, f, merge) = (self.b.create_block(), self.b.create_block(), self.b.create_block());
            let w = self.word();
            let result = self.b.append_block_param(merge, w);
            self.cond(&u.operand, f, t)?;
            for (block, v) in [(t, TRUE), (f, FALSE)] {
                self.enter(block);
                let v = self.iconst(v as i64);
                self.b.ins().jump(merge, &[BlockArg::Value(v)]);
            }
            self.enter(merge);
            return Ok(result);
        }
        let v = self.expr(&u.operand)?;
        let op = match u.op {
            ast::UnaryOp::USub => unop::NEG,
            ast::UnaryOp::UAdd => unop::POS,
            _ => unop::INVERT,
        };
        // A small int inline (tagged 2x+1): -x is 2 - (2x+1), unless that overflows (the
        // smallest small int); ~x is 2x+1 with every bit but the tag flipped; +x is itself.
        let w = self.word();
        let merge = self.b.create_block();
        let result = self.b.append_block_param(merge, w);
        let (fast, slow) = (self.b.create_block(), self.b.create_block());
        let tag = self.b.ins().band_imm_u(v, 1);
        self.b.ins().brif(tag, fast, &[], slow, &[]);
        self.enter(fast);
        match op {
            unop::NEG => {
                let two = self.iconst(2);
                let (r, overflow) = self.b.ins().ssub_overflow(two, v);
                self.b.ins().brif(overflow, slow, &[], merge, &[BlockArg::Value(r)]);
            }
            unop::INVERT => {
                let r = self.b.ins().bxor_imm_s(v, -2);
                self.b.ins().jump(merge, &[BlockArg::Value(r)]);
            }
            _ => {
                self.b.ins().jump(merge, &[BlockArg::Value(v)]);
            }
        }
        self.enter(slow);
        let opv = self.iconst(op as i64);
        let r = self.call_rt_checked("rt_unop", &[opv, v]);
        self.b.ins().jump(merge, &[BlockArg::Value(r)]);
        self.enter(merge);
        Ok(result)
    }

    /// `x and y` / `x or y` as a value: the deciding operand itself.
    fn value_boolop(&mut self, b: &'a ast::ExprBoolOp) -> Result<ir::Value> {
        let w = self.word();
        let merge = self.b.create_block();
        let result = self.b.append_block_param(merge, w);
        let (last, rest) = b.values.split_last().expect("a bool op has operands");
        for value in rest {
            let v = self.expr(value)?;
            let next = self.b.create_block();
            let done = self.b.create_block();
            // `and` goes on while its operands are truthy, `or` while they are falsy.
            if b.op == ast::BoolOp::Or {
                self.branch_truthy(v, done, next);
            } else {
                self.branch_truthy(v, next, done);
            }
            self.enter(done);
            self.b.ins().jump(merge, &[BlockArg::Value(v)]);
            self.enter(next);
        }
        let v = self.expr(last)?;
        self.b.ins().jump(merge, &[BlockArg::Value(v)]);
        self.enter(merge);
        Ok(result)
    }

    /// A condition as a value: a comparison's own result (a rich comparison may give any
    /// object, and a chain gives its first false one or its last), else True or False.
    fn bool_of(&mut self, e: &'a ast::Expr) -> Result<ir::Value> {
        if let ast::Expr::Compare(c) = e {
            if c.ops.len() > 1 {
                return self.chain_value(c);
            }
            if compare_op(c.ops[0]).is_some() {
                if self.float_compare_candidate(&c.left, &c.comparators[0]) {
                    return self.float_compare_value(&c.left, c.ops[0], &c.comparators[0]);
                }
                return self.compare_value(c);
            }
        }
        let w = self.word();
        let (t, f, merge) = (self.b.create_block(), self.b.create_block(), self.b.create_block());
        let result = self.b.append_block_param(merge, w);
        self.cond(e, t, f)?;
        self.join_bools(t, f, merge);
        self.enter(merge);
        Ok(result)
    }

    /// Ends blocks `t` and `f` (a condition's two ways) with jumps to `merge` that pass True
    /// and False.
    pub(super) fn join_bools(&mut self, t: ir::Block, f: ir::Block, merge: ir::Block) {
        for (block, v) in [(t, TRUE), (f, FALSE)] {
            self.enter(block);
            let v = self.iconst(v as i64);
            self.b.ins().jump(merge, &[BlockArg::Value(v)]);
        }
    }

    /// A single comparison as a value, with the small-int case inline and branch-free.
    fn compare_value(&mut self, c: &'a ast::ExprCompare) -> Result<ir::Value> {
        let a = self.expr(&c.left)?;
        let b = self.expr(&c.comparators[0])?;
        Ok(self.compare_values(c.ops[0], a, b))
    }

    /// `a < b < c …` as a value, as CPython's: the comparisons in turn while each is true
    /// (asked of its truth once), the value the last one made, or the first false one.
    fn chain_value(&mut self, c: &'a ast::ExprCompare) -> Result<ir::Value> {
        let w = self.word();
        let merge = self.b.create_block();
        let result = self.b.append_block_param(merge, w);
        let mut left = self.expr(&c.left)?;
        for (i, (op, right)) in c.ops.iter().zip(&c.comparators).enumerate() {
            let right = self.expr(right)?;
            let r = self.compare_values(*op, left, right);
            if i + 1 == c.ops.len() {
                self.b.ins().jump(merge, &[BlockArg::Value(r)]);
            } else {
                let (next, stop) = (self.b.create_block(), self.b.create_block());
                self.branch_truthy(r, next, stop);
                self.enter(stop);
                self.b.ins().jump(merge, &[BlockArg::Value(r)]);
                self.enter(next);
            }
            left = right;
        }
        self.enter(merge);
        Ok(result)
    }

    /// The value of `a <op> b`: `is` and `in` give True or False; an ordering or equality
    /// whatever the comparison gives, two small ints compared inline.
    pub(super) fn compare_values(&mut self, op: ast::CmpOp, a: ir::Value, b: ir::Value) -> ir::Value {
        match op {
            ast::CmpOp::Is | ast::CmpOp::IsNot => {
                let cc = if op == ast::CmpOp::Is { IntCC::Equal } else { IntCC::NotEqual };
                let test = self.b.ins().icmp(cc, a, b);
                return self.select_bool(test);
            }
            ast::CmpOp::In | ast::CmpOp::NotIn => {
                let r = self.call_rt_checked("rt_contains", &[b, a]);
                if op == ast::CmpOp::In {
                    return r;
                }
                let test = self.b.ins().icmp_imm_s(IntCC::NotEqual, r, TRUE as i64);
                return self.select_bool(test);
            }
            _ => {}
        }
        let (code, cc) = compare_op(op).expect("an ordering comparison");
        let w = self.word();
        let merge = self.b.create_block();
        let result = self.b.append_block_param(merge, w);
        let slow = self.if_both_small(a, b);
        let test = self.b.ins().icmp(cc, a, b);
        let v = self.select_bool(test);
        self.b.ins().jump(merge, &[BlockArg::Value(v)]);
        self.enter(slow);
        let opv = self.iconst(code as i64);
        let r = self.call_rt_checked("rt_compare_value", &[opv, a, b]);
        self.b.ins().jump(merge, &[BlockArg::Value(r)]);
        self.enter(merge);
        result
    }

    fn select_bool(&mut self, test: ir::Value) -> ir::Value {
        let t = self.iconst(TRUE as i64);
        let f = self.iconst(FALSE as i64);
        self.b.ins().select(test, t, f)
    }

    /// Lowers `e` as a condition: ends the current block with branches to `then` or `other`.
    pub(super) fn cond(&mut self, e: &'a ast::Expr, then: ir::Block, other: ir::Block) -> Result<()> {
        // (As in `Self::expr`: a walrus in a part that may not run assigns nothing certain.)
        if may_skip_parts(e) {
            let before = self.assigned.clone();
            let r = self.cond_here(e, then, other);
            self.assigned = before;
            return r;
        }
        self.cond_here(e, then, other)
    }

    fn cond_here(&mut self, e: &'a ast::Expr, then: ir::Block, other: ir::Block) -> Result<()> {
        match e {
            ast::Expr::UnaryOp(u) if u.op == ast::UnaryOp::Not => self.cond(&u.operand, other, then),
            ast::Expr::BoolOp(b) => {
                let (last, rest) = b.values.split_last().expect("a bool op has operands");
                for value in rest {
                    let next = self.b.create_block();
                    if b.op == ast::BoolOp::And {
                        self.cond(value, next, other)?;
                    } else {
                        self.cond(value, then, next)?;
                    }
                    self.enter(next);
                }
                self.cond(last, then, other)
            }
            ast::Expr::Compare(c)
                if c.ops.len() == 1
                    && compare_op(c.ops[0]).is_some()
                    && self.float_compare_candidate(&c.left, &c.comparators[0]) =>
            {
                self.float_branch(&c.left, c.ops[0], &c.comparators[0], then, other)
            }
            ast::Expr::Compare(c) => {
                let mut left = self.expr(&c.left)?;
                for (i, (op, right)) in c.ops.iter().zip(&c.comparators).enumerate() {
                    let right = self.expr(right)?;
                    let next = if i + 1 == c.ops.len() { then } else { self.b.create_block() };
                    self.branch_compare(*op, left, right, next, other);
                    if next != then {
                        self.enter(next);
                    }
                    left = right;
                }
                Ok(())
            }
            ast::Expr::Constant(c) if matches!(c.value, ast::Constant::Bool(_)) => {
                let target = if matches!(c.value, ast::Constant::Bool(true)) { then } else { other };
                self.b.ins().jump(target, &[]);
                Ok(())
            }
            _ => {
                let v = self.expr(e)?;
                self.branch_truthy(v, then, other);
                Ok(())
            }
        }
    }

    fn branch_compare(&mut self, op: ast::CmpOp, a: ir::Value, b: ir::Value, then: ir::Block, other: ir::Block) {
        match op {
            ast::CmpOp::Is | ast::CmpOp::IsNot => {
                let cc = if op == ast::CmpOp::Is { IntCC::Equal } else { IntCC::NotEqual };
                let test = self.b.ins().icmp(cc, a, b);
                self.b.ins().brif(test, then, &[], other, &[]);
            }
            ast::CmpOp::In | ast::CmpOp::NotIn => {
                let r = self.call_rt_checked("rt_contains", &[b, a]);
                let test = self.b.ins().icmp_imm_s(IntCC::Equal, r, TRUE as i64);
                let (t, f) = if op == ast::CmpOp::In { (then, other) } else { (other, then) };
                self.b.ins().brif(test, t, &[], f, &[]);
            }
            _ => {
                let (code, cc) = compare_op(op).expect("an ordering comparison");
                self.branch_compare_op(code, cc, a, b, then, other);
            }
        }
    }

    /// Branches on `a <cc> b`: inline for two small ints, through `rt_compare` (`code`) otherwise.
    pub(super) fn branch_compare_op(
        &mut self,
        code: usize,
        cc: IntCC,
        a: ir::Value,
        b: ir::Value,
        then: ir::Block,
        other: ir::Block,
    ) {
        let slow = self.if_both_small(a, b);
        let test = self.b.ins().icmp(cc, a, b);
        self.b.ins().brif(test, then, &[], other, &[]);
        self.enter(slow);
        // In a test of a loop's fast copy that may run again in the general copy: there.
        if let Some(fallback) = self.fast.as_ref().and_then(|f| f.fallback) {
            self.b.ins().jump(fallback, &[]);
            return;
        }
        let opv = self.iconst(code as i64);
        let r = self.call_rt_checked("rt_compare", &[opv, a, b]);
        let test = self.b.ins().icmp_imm_s(IntCC::Equal, r, TRUE as i64);
        self.b.ins().brif(test, then, &[], other, &[]);
    }

    /// Branches on Python truth: True and small ints inline, everything else via the runtime.
    pub(super) fn branch_truthy(&mut self, v: ir::Value, then: ir::Block, other: ir::Block) {
        let (small, not_true, general) = (self.b.create_block(), self.b.create_block(), self.b.create_block());
        let tag = self.b.ins().band_imm_u(v, 1);
        self.b.ins().brif(tag, small, &[], not_true, &[]);
        self.enter(small);
        let nonzero = self.b.ins().icmp_imm_s(IntCC::NotEqual, v, 1);
        self.b.ins().brif(nonzero, then, &[], other, &[]);
        self.enter(not_true);
        let is_true = self.b.ins().icmp_imm_s(IntCC::Equal, v, TRUE as i64);
        self.b.ins().brif(is_true, then, &[], general, &[]);
        self.enter(general);
        let r = self.call_rt_checked("rt_truthy", &[v]);
        let t = self.b.ins().icmp_imm_s(IntCC::Equal, r, TRUE as i64);
        self.b.ins().brif(t, then, &[], other, &[]);
    }

    // -----------------------------------------------------------------------------------------
    // Calls

    fn call(&mut self, c: &'a ast::ExprCall) -> Result<ir::Value> {
        // `globals().update(…)` (or any method but those that only read): the globals follow.
        if let ast::Expr::Attribute(a) = &*c.func {
            let reads = ["get", "keys", "values", "items", "copy", "__getitem__", "__contains__", "__len__"];
            if !reads.contains(&a.attr.as_str()) && self.is_namespace(&a.value) {
                let r = self.call_unsynced(c)?;
                self.sync_namespace(None);
                return Ok(r);
            }
        }
        self.call_unsynced(c)
    }

    /// Whether `e` is `globals()` (or `locals()`, `vars()` at module level): the module's
    /// namespace.
    pub(super) fn is_namespace(&self, e: &ast::Expr) -> bool {
        let ast::Expr::Call(c) = e else { return false };
        let ast::Expr::Name(n) = &*c.func else { return false };
        let at_module = self.scope.is_none() && self.classes.is_empty();
        c.args.is_empty()
            && c.keywords.is_empty()
            && (n.id.as_str() == "globals" || at_module && matches!(n.id.as_str(), "locals" | "vars"))
            && matches!(self.place(n.id.as_str()), Place::Unknown | Place::Builtin)
            && self.module_slot().is_some()
    }

    /// After code wrote into the module's namespace: the global named `key` (every global for
    /// None) takes its value there (`rt_namespace_sync`).
    pub(super) fn sync_namespace(&mut self, key: Option<ir::Value>) {
        if let Some(m) = self.module_object() {
            let key = key.unwrap_or_else(|| self.iconst(0));
            self.call_rt("rt_namespace_sync", &[m, key]);
        }
    }

    fn call_unsynced(&mut self, c: &'a ast::ExprCall) -> Result<ir::Value> {
        if let ast::Expr::Name(n) = &*c.func {
            let name = n.id.as_str();
            let place = self.place(name);
            if c.args.is_empty()
                && c.keywords.is_empty()
                && matches!(name, "locals" | "globals" | "vars" | "dir")
                && matches!(place, Place::Unknown | Place::Builtin)
            {
                return self.namespace(name);
            }
            // `__import__("name", …)` of a name known now: the module, as `import name` makes it.
            if let (Place::Unknown, "__import__") = (&place, name) {
                if let Some(call) = literal_import(c) {
                    return self.literal_import(call);
                }
            }
            if matches!(place, Place::Builtin) {
                if is_dynamic_code(name) {
                    self.warn(dynamic_code_warning(self.m, n, name));
                }
                if name == "print" && self.plain_print(c) {
                    return self.print(c);
                }
                // `tuple(x for …)`, `list(…)`, `set(…)`, `sum(…)` of a generator expression: run
                // as a comprehension, with no generator made (the same values, in the same order).
                if let ([ast::Expr::GeneratorExp(g)], true) = (&c.args[..], c.keywords.is_empty()) {
                    if matches!(name, "tuple" | "list" | "set" | "sum") && !asyncgen::is_async(g) {
                        return self.consumed_generator(name, g);
                    }
                }
                // Builtins with a direct runtime entry for their plain positional form.
                const DIRECT: [(&str, usize, &str); 5] = [
                    ("len", 1, "rt_len"),
                    ("int", 1, "rt_int1"),
                    ("float", 1, "rt_float1"),
                    ("abs", 1, "rt_abs1"),
                    ("isinstance", 2, "rt_isinstance"),
                ];
                if let Some(&(_, _, entry)) = DIRECT.iter().find(|d| d.0 == name && d.1 == c.args.len()) {
                    if c.keywords.is_empty() && !c.args.iter().any(is_starred) {
                        let args = self.exprs(&c.args)?;
                        if name == "len" {
                            return Ok(self.len_of(args[0]));
                        }
                        return Ok(self.call_rt_checked(entry, &args));
                    }
                }
                // Other built-in functions (not types) with positional arguments: straight to
                // the function, without the generic call's dispatch.
                // (rt_call_native counts no arguments: a count the function does not take goes
                // the general way, which raises CPython's TypeError.)
                let native = mpyc_runtime::builtins::FUNCTIONS.iter().any(|f| f.name == name && f.takes(c.args.len()));
                if native && c.keywords.is_empty() && !c.args.iter().any(is_starred) {
                    let f = self.builtin(name)?;
                    let args = self.exprs(&c.args)?;
                    let argv = self.args_area(&args);
                    let n = self.iconst(args.len() as i64);
                    return Ok(self.call_rt_checked("rt_call_native", &[f, argv, n]));
                }
                if name == "super" && c.args.is_empty() {
                    return self.zero_arg_super(c);
                }
            }
            if let (Place::Global(_), Some(&(index, params, def_at))) = (&place, self.m.direct.get(name)) {
                // (Before a `def` that shadows a builtin has run, the name is the builtin's.)
                let builtin_first =
                    super::builtins::is_builtin(name) && !self.surely_defined(def_at, c.range().start());
                if c.args.len() == params && c.keywords.is_empty() && !c.args.iter().any(is_starred) && !builtin_first {
                    if !self.surely_defined(def_at, c.range().start()) {
                        // The `def` may not have run yet: reading the name raises CPython's
                        // NameError then (the value read is the function called directly).
                        self.expr(&c.func)?;
                    }
                    let args = self.exprs(&c.args)?;
                    let r = self.call_index(index, &args);
                    self.check(r);
                    return Ok(r);
                }
            }
        }
        if let ast::Expr::Attribute(a) = &*c.func {
            self.check_module_attr(a);
            if !c.args.iter().any(is_starred) && !c.keywords.iter().any(|k| k.arg.is_none()) {
                let obj = self.expr(&a.value)?;
                // (The lookup and the call are at the line of the method's name.)
                let line = self.attr_line(a);
                return self.at_line(line, |s| s.method_call_of(a, c, obj));
            }
        }
        let f = self.expr(&c.func)?;
        self.call_value(f, &c.args, &c.keywords)
    }

    /// The call `c` of the method `a` of `obj` (no `*args` or `**kwargs`).
    fn method_call_of(&mut self, a: &'a ast::ExprAttribute, c: &'a ast::ExprCall, obj: ir::Value) -> Result<ir::Value> {
        let cache = self.new_cache();
        if self.lookup_first(a, c) {
            let attr = a.attr.as_str();
            let positional = c.keywords.is_empty() && c.args.len() + 1 < mpyc_runtime::func::MAX_PARAMS;
            let list_append = positional && attr == "append" && c.args.len() == 1;
            let npos = positional.then_some(c.args.len());
            let loaded = self.load_method(obj, attr, npos, cache, list_append);
            let mut values = vec![obj];
            values.extend(self.exprs(&c.args)?);
            let mut kwnames = None;
            if !c.keywords.is_empty() {
                let (names, kwvalues) = self.keywords(&c.keywords)?;
                values.extend(kwvalues);
                kwnames = Some(names);
            }
            return Ok(self.call_loaded(loaded, &values, c.args.len(), kwnames, list_append));
        }
        let mut values = vec![obj];
        values.extend(self.exprs(&c.args)?);
        if c.keywords.is_empty() && a.attr.as_str() == "append" && values.len() == 2 {
            return Ok(self.append_call(&values, cache));
        }
        if c.keywords.is_empty() && values.len() < mpyc_runtime::func::MAX_PARAMS {
            return Ok(self.method_call(a.attr.as_str(), &values, cache));
        }
        let name = self.str_literal(a.attr.as_str());
        let (kwnames, kwvalues) = self.keywords(&c.keywords)?;
        values.extend(kwvalues);
        let argv = self.args_area(&values);
        let npos = self.iconst(c.args.len() as i64);
        Ok(self.call_rt_checked("rt_call_method_ic", &[name, argv, npos, kwnames, cache]))
    }

    /// Whether the top-level `def` starting at `def_at` has surely run when a call at `at`
    /// runs: module code runs in order, so a call in a later top-level statement comes after
    /// it; a function's body runs only after its own top-level statement has (a call inside
    /// the `def`'s own body included), and only after the module's first statement that may
    /// run the program's code (`quiet_until`: pystone's functions calling those below them).
    /// Anything else reads the name first.
    fn surely_defined(&self, def_at: TextSize, at: TextSize) -> bool {
        let tops = &self.m.top_starts;
        let top = tops[tops.partition_point(|&s| s <= at).saturating_sub(1)];
        match self.scope {
            Some(_) => def_at <= top || self.m.quiet_until.is_none_or(|q| def_at < q),
            None => def_at < top,
        }
    }

    /// Whether the method of call `c` (`a` its callee) must be looked up before the arguments
    /// are evaluated, as CPython does: unless nothing runs between the two (every argument a
    /// constant or a local surely bound) or the lookup cannot fail or run code (a function of
    /// a built-in module, a method of a str literal). Looked up after them, the method is
    /// found with the call, in one step.
    fn lookup_first(&self, a: &ast::ExprAttribute, c: &ast::ExprCall) -> bool {
        let quiet = |e: &ast::Expr| match e {
            ast::Expr::Constant(_) => true,
            ast::Expr::Name(n) => {
                let name = n.id.as_str();
                matches!(self.place(name), Place::Local(_))
                    && self.assigned.contains(name)
                    && !self.renames.iter().any(|r| r.contains_key(name))
            }
            _ => false,
        };
        if c.args.iter().all(quiet) && c.keywords.iter().all(|k| quiet(&k.value)) {
            return false;
        }
        let attr = a.attr.as_str();
        match &*a.value {
            ast::Expr::Name(n) if matches!(self.place(n.id.as_str()), Place::Global(_) | Place::Local(_)) => {
                let module = self.imported_module(n.id.as_str());
                !module.is_some_and(|m| mpyc_runtime::modules::member_names(m).contains(&attr))
            }
            ast::Expr::Constant(k) if matches!(k.value, ast::Constant::Str(_)) => {
                !mpyc_runtime::object::STR_TYPE.methods.iter().any(|m| m.name == attr)
            }
            _ => true,
        }
    }

    /// `len(v)`: for a list, tuple, dict, set or frozenset its length word, read here (each
    /// keeps it right after the header); anything else through the runtime.
    fn len_of(&mut self, v: ir::Value) -> ir::Value {
        use mpyc_runtime::object::Kind;
        const _: () = assert!(
            Kind::Tuple as u8 == Kind::List as u8 + 1
                && Kind::Dict as u8 == Kind::List as u8 + 2
                && Kind::Set as u8 == Kind::List as u8 + 3
                && Kind::FrozenSet as u8 == Kind::List as u8 + 4
        );
        const _: () = assert!(
            std::mem::offset_of!(mpyc_runtime::list::ListObj, len) == std::mem::size_of::<usize>()
                && std::mem::offset_of!(mpyc_runtime::list::TupleObj, len) == std::mem::size_of::<usize>()
                && std::mem::offset_of!(mpyc_runtime::dict::DictObj, len) == std::mem::size_of::<usize>()
        );
        let w = self.word();
        let wb = self.word_bytes();
        let [is_ptr, sized, slow, done] = self.new_blocks();
        self.b.set_cold_block(slow);
        let result = self.b.append_block_param(done, w);
        let tag = self.b.ins().band_imm_u(v, 3);
        self.b.ins().brif(tag, slow, &[], is_ptr, &[]);
        self.enter(is_ptr);
        let kind = self.object_kind(v);
        let from_list = self.b.ins().iadd_imm_s(kind, -i64::from(Kind::List as u8));
        let ours = self.b.ins().icmp_imm_u(IntCC::UnsignedLessThan, from_list, 5);
        self.b.ins().brif(ours, sized, &[], slow, &[]);
        self.enter(sized);
        let header = self.list_memory(ListMemory::Header);
        let n = self.b.ins().load(w, header, v, wb);
        let twice = self.b.ins().ishl_imm_u(n, 1);
        let r = self.b.ins().bor_imm_u(twice, 1);
        self.b.ins().jump(done, &[BlockArg::Value(r)]);
        self.enter(slow);
        let r = self.call_rt_checked("rt_len", &[v]);
        self.b.ins().jump(done, &[BlockArg::Value(r)]);
        self.enter(done);
        result
    }

    /// Calls the value `f` with the arguments of a call expression.
    pub(super) fn call_value(
        &mut self,
        f: ir::Value,
        args: &'a [ast::Expr],
        keywords: &'a [ast::Keyword],
    ) -> Result<ir::Value> {
        if args.iter().any(is_starred) || keywords.iter().any(|k| k.arg.is_none()) {
            let list = self.display("rt_build_list", &[], false)?;
            for a in args {
                if let ast::Expr::Starred(s) = a {
                    let v = self.expr(&s.value)?;
                    // (CPython names the function only when `*x` is all the positional
                    // arguments.)
                    let who = if args.len() == 1 { f } else { self.iconst(0) };
                    self.call_rt_checked("rt_splice", &[list, v, who]);
                } else {
                    let v = self.expr(a)?;
                    self.call_rt_checked("rt_list_append", &[list, v]);
                }
            }
            let tuple = self.call_rt_checked("rt_list_to_tuple", &[list]);
            let zero = self.iconst(0);
            let dict = self.call_rt_checked("rt_build_dict", &[zero, zero]);
            let mut merged = false;
            for k in keywords {
                let v = self.expr(&k.value)?;
                match &k.arg {
                    // (After a `**`, a name is merged as a dict of its own: it may be there.)
                    Some(name) if merged => {
                        let key = self.str_literal(name.as_str());
                        let one = self.call_rt_checked("rt_build_dict", &[zero, zero]);
                        self.call_rt_checked("rt_dict_set", &[one, key, v]);
                        self.call_rt_checked("rt_kwargs_merge", &[dict, one, f]);
                    }
                    Some(name) => {
                        let key = self.str_literal(name.as_str());
                        self.call_rt_checked("rt_dict_set", &[dict, key, v]);
                    }
                    None => {
                        self.call_rt_checked("rt_kwargs_merge", &[dict, v, f]);
                        merged = true;
                    }
                }
            }
            return Ok(self.call_rt_checked("rt_call_ex", &[f, tuple, dict]));
        }
        let mut values = self.exprs(args)?;
        if keywords.is_empty() {
            return Ok(self.call_positional(f, &values));
        }
        let (kwnames, kwvalues) = self.keywords(keywords)?;
        values.extend(kwvalues);
        let argv = self.args_area(&values);
        let npos = self.iconst(args.len() as i64);
        Ok(self.call_rt_checked("rt_call", &[f, argv, npos, kwnames]))
    }

    /// The keyword names of a call as a cached tuple (or 0), and their values.
    fn keywords(&mut self, keywords: &'a [ast::Keyword]) -> Result<(ir::Value, Vec<ir::Value>)> {
        if keywords.is_empty() {
            return Ok((self.iconst(0), Vec::new()));
        }
        let names: Vec<String> = keywords.iter().map(|k| k.arg.as_ref().expect("named").to_string()).collect();
        let mut seen = std::collections::HashSet::new();
        for (k, n) in keywords.iter().zip(&names) {
            if !seen.insert(n) {
                return Err(self.error(k, format!("keyword argument repeated: {n}")));
            }
        }
        let key = format!("kw:{}", names.join(","));
        let (slot, _) = self.prog.literal(b'K', key.as_bytes());
        let tuple = self.cached(slot, |l| {
            let strs: Vec<ir::Value> = names.iter().map(|n| l.str_literal(n)).collect();
            let argv = l.args_area(&strs);
            let n = l.iconst(strs.len() as i64);
            Ok(l.call_rt_checked("rt_build_tuple", &[argv, n]))
        })?;
        let values = keywords.iter().map(|k| self.expr(&k.value)).collect::<Result<Vec<_>>>()?;
        Ok((tuple, values))
    }

    /// `module.name` where `module` is an imported built-in module: a name it lacks is a
    /// warning (AttributeError when the line runs).
    fn check_module_attr(&mut self, a: &ast::ExprAttribute) {
        let ast::Expr::Name(n) = &*a.value else { return };
        if let Place::Global(_) | Place::Local(_) = self.place(n.id.as_str()) {
            if let Some(m) = self.imported_module(n.id.as_str()) {
                let attr = a.attr.as_str();
                let names = mpyc_runtime::modules::member_names(m);
                if !names.contains(&attr) && attr != "__name__" {
                    let e = self.error(a, format!("module '{}' has no attribute '{attr}'", m.name));
                    let w = match closest(attr, &names) {
                        Some(c) => e.with_help(format!("did you mean '{}.{c}'?", m.name)),
                        None => e.with_help(format!("'{}' has: {}", m.name, names.join(", "))),
                    };
                    self.warn(w);
                }
            }
        }
    }

    fn exprs(&mut self, es: &'a [ast::Expr]) -> Result<Vec<ir::Value>> {
        es.iter().map(|e| self.expr(e)).collect()
    }

    /// Whether a `print(…)` call can be lowered as a sequence of writes: its `sep` and `end`
    /// are strings or None written out (others go to the builtin, which checks them before
    /// writing anything, as CPython's).
    fn plain_print(&self, c: &ast::ExprCall) -> bool {
        let text = |e: &ast::Expr| matches!(e, ast::Expr::Constant(k) if matches!(k.value, ast::Constant::Str(_) | ast::Constant::None));
        !c.args.iter().any(is_starred)
            && c.keywords
                .iter()
                .all(|k| matches!(k.arg.as_ref().map(|a| a.as_str()), Some("sep" | "end")) && text(&k.value))
    }

    /// `print(*values, sep=…, end=…)`.
    fn print(&mut self, c: &'a ast::ExprCall) -> Result<ir::Value> {
        let values = self.exprs(&c.args)?;
        let (mut sep, mut end) = (None, None);
        for k in &c.keywords {
            let v = self.expr(&k.value)?;
            match k.arg.as_ref().map(|a| a.as_str()) {
                Some("sep") => sep = Some(v),
                _ => end = Some(v),
            }
        }
        let none = self.none();
        let sep = sep.unwrap_or(none);
        let end = end.unwrap_or(none);
        for (i, v) in values.iter().enumerate() {
            if i > 0 {
                let which = self.iconst(0);
                self.call_rt_checked("rt_print_sep", &[sep, which]);
            }
            self.call_rt_checked("rt_print", &[*v]);
        }
        let which = self.iconst(1);
        self.call_rt_checked("rt_print_sep", &[end, which]);
        Ok(none)
    }

    /// `super()` in a method: its class (the `__class__` cell) and its first parameter.
    /// Elsewhere it raises CPython's RuntimeError when it runs (with a warning now).
    fn zero_arg_super(&mut self, c: &ast::ExprCall) -> Result<ir::Value> {
        let method =
            self.scope.and_then(|scope| scope.params.positional.first().zip(self.cells.get("__class__").copied()));
        let Some((first, cell)) = method else {
            let w = self.error(c, "super() without arguments works only inside a method: this raises RuntimeError");
            self.warn(w.with_help("pass the class and the object: super(C, obj)"));
            let f = self.builtin("super")?;
            return Ok(self.call_positional(f, &[]));
        };
        let first = first.clone();
        let cell = self.b.use_var(cell);
        let w = self.word();
        let wb = self.word_bytes();
        let cls = self.b.ins().load(w, MemFlagsData::trusted(), cell, wb);
        let obj = self.load_named(&first, c)?;
        Ok(self.call_rt_checked("rt_super", &[cls, obj]))
    }

    // -----------------------------------------------------------------------------------------
    // Displays, comprehensions, f-strings

    /// `[a, b]`, `(a, b)`, `{a, b}` through `entry`, with `*x` items spliced in.
    pub(super) fn display(&mut self, entry: &str, elts: &'a [ast::Expr], tuple: bool) -> Result<ir::Value> {
        if elts.iter().any(is_starred) {
            let list = self.display("rt_build_list", &[], false)?;
            for e in elts {
                if let ast::Expr::Starred(s) = e {
                    let v = self.expr(&s.value)?;
                    let display = self.iconst(0);
                    self.call_rt_checked("rt_splice", &[list, v, display]);
                } else {
                    let v = self.expr(e)?;
                    self.call_rt_checked("rt_list_append", &[list, v]);
                }
            }
            if tuple {
                return Ok(self.call_rt_checked("rt_list_to_tuple", &[list]));
            }
            return Ok(list);
        }
        let values = self.exprs(elts)?;
        let argv = self.args_area(&values);
        let n = self.iconst(values.len() as i64);
        Ok(self.call_rt_checked(entry, &[argv, n]))
    }

    fn dict_display(&mut self, d: &'a ast::ExprDict) -> Result<ir::Value> {
        if d.keys.iter().any(|k| k.is_none()) {
            let zero = self.iconst(0);
            let out = self.call_rt_checked("rt_build_dict", &[zero, zero]);
            // Key before value, and each `**` merged where it stands, as CPython does.
            for (k, v) in d.keys.iter().zip(&d.values) {
                match k {
                    Some(k) => {
                        let key = self.expr(k)?;
                        let val = self.expr(v)?;
                        self.call_rt_checked("rt_dict_set", &[out, key, val]);
                    }
                    None => {
                        let val = self.expr(v)?;
                        self.call_rt_checked("rt_dict_unpack", &[out, val]);
                    }
                }
            }
            return Ok(out);
        }
        let mut values = Vec::new();
        for (k, v) in d.keys.iter().zip(&d.values) {
            values.push(self.expr(k.as_ref().expect("a key"))?);
            values.push(self.expr(v)?);
        }
        let argv = self.args_area(&values);
        let n = self.iconst(d.keys.len() as i64);
        Ok(self.call_rt_checked("rt_build_dict", &[argv, n]))
    }

    /// Runs `body` for each value of iterator-producing `iterable`.
    pub(super) fn for_each_value(
        &mut self,
        iterable: ir::Value,
        body: impl FnMut(&mut Self, ir::Value) -> Result<()>,
    ) -> Result<()> {
        let it = self.call_rt_checked("rt_iter", &[iterable]);
        let mode = self.walk_mode(it);
        self.value_loop(
            |l, got, done| {
                let v = l.b.append_block_param(got, l.word());
                l.walk_next(it, mode, got, done);
                v
            },
            body,
        )
    }

    /// A loop: its header runs `step`, which goes on to `got` with the next value (which it
    /// returns) or to `done`; then `body` for the value, and back to the header.
    fn value_loop(
        &mut self,
        step: impl FnOnce(&mut Self, ir::Block, ir::Block) -> ir::Value,
        mut body: impl FnMut(&mut Self, ir::Value) -> Result<()>,
    ) -> Result<()> {
        let (header, got, done) = (self.b.create_block(), self.b.create_block(), self.b.create_block());
        self.b.ins().jump(header, &[]);
        self.b.switch_to_block(header);
        let v = step(self, got, done);
        self.enter(got);
        body(self, v)?;
        if !self.terminated() {
            self.b.ins().jump(header, &[]);
        }
        self.b.seal_block(header);
        self.enter(done);
        Ok(())
    }

    /// Runs `body` for each value an `async for` over `iterable` (at `node`) awaits: the
    /// module's `_asyncgen` gives the iterator (`aiter_of`) and, for each step, an awaitable
    /// (`anext_or_end`) that ends in the value or, at StopAsyncIteration, in its `END`.
    fn for_each_awaited(
        &mut self,
        iterable: ir::Value,
        node: &impl Ranged,
        body: impl FnMut(&mut Self, ir::Value) -> Result<()>,
    ) -> Result<()> {
        let aiter_of = self.asyncgen_member("aiter_of", node)?;
        let anext = self.asyncgen_member("anext_or_end", node)?;
        let end = self.asyncgen_member("END", node)?;
        let it = self.call_positional(aiter_of, &[iterable]);
        self.value_loop(
            |l, got, done| {
                let step = l.call_positional(anext, &[it]);
                let v = l.call_rt_checked("rt_await", &[step]);
                let ended = l.b.ins().icmp(IntCC::Equal, v, end);
                l.b.ins().brif(ended, done, &[], got, &[]);
                v
            },
            body,
        )
    }

    /// The loops of a comprehension, with its variables its own; `body` makes each element.
    fn comprehension(
        &mut self,
        gens: &'a [ast::Comprehension],
        body: &mut dyn FnMut(&mut Self) -> Result<()>,
    ) -> Result<()> {
        let Some((first, rest)) = gens.split_first() else {
            return body(self);
        };
        let captured = self.comp_captured.clone();
        let iterable = self.expr(&first.iter)?;
        // (In a class body, the rest is the comprehension's own scope: the class's names are
        // out of sight, as in CPython.)
        let hide = !self.classes.is_empty();
        self.class_hidden += usize::from(hide);
        let mut names = Vec::new();
        collect_target_names(&first.target, &mut names);
        let mut map = HashMap::new();
        let mut saved = Vec::new();
        for n in names {
            let v = self.temp_var();
            let zero = self.iconst(0);
            if captured.contains(&n) {
                // A lambda in the comprehension captures it: one cell for the comprehension.
                let cell = self.call_rt_checked("rt_new_cell", &[zero]);
                self.b.def_var(v, cell);
                saved.push((n.clone(), self.cells.insert(n.clone(), v), self.visible.insert(n.clone())));
                continue;
            }
            self.b.def_var(v, zero);
            map.insert(n, v);
        }
        // The later clauses' variables are the comprehension's too, unbound until their
        // clause binds them: `[1 for y in a for x in x]` reads its own `x`
        // (UnboundLocalError), as CPython's comprehension scope does.
        let mut later = Vec::new();
        for g in rest {
            collect_target_names(&g.target, &mut later);
        }
        for n in later {
            if !map.contains_key(&n) && !captured.contains(&n) && !self.cells.contains_key(&n) {
                let v = self.temp_var();
                let zero = self.iconst(0);
                self.b.def_var(v, zero);
                map.insert(n, v);
            }
        }
        self.renames.push(map);
        let each = |l: &mut Self, v| {
            l.assign(&first.target, v)?;
            let (yes, skip) = (l.b.create_block(), l.b.create_block());
            let mut cont = l.b.create_block();
            l.b.ins().jump(cont, &[]);
            for cond in &first.ifs {
                l.enter(cont);
                let next = l.b.create_block();
                l.cond(cond, next, skip)?;
                cont = next;
            }
            l.enter(cont);
            l.b.ins().jump(yes, &[]);
            l.enter(yes);
            l.comprehension(rest, body)?;
            if !l.terminated() {
                l.b.ins().jump(skip, &[]);
            }
            l.enter(skip);
            Ok(())
        };
        let r = match first.is_async {
            true => self.for_each_awaited(iterable, &first.iter, each),
            false => self.for_each_value(iterable, each),
        };
        self.class_hidden -= usize::from(hide);
        self.renames.pop();
        for (n, old, added) in saved {
            match old {
                Some(v) => self.cells.insert(n.clone(), v),
                None => self.cells.remove(&n),
            };
            if added {
                self.visible.remove(&n);
            }
        }
        r
    }

    fn fstring(&mut self, j: &'a ast::ExprJoinedStr) -> Result<ir::Value> {
        if j.values.len() > 32 {
            return self.long_fstring(j);
        }
        let mut parts = Vec::new();
        for v in &j.values {
            parts.push(match v {
                ast::Expr::Constant(c) => self.constant(c)?,
                other => self.expr(other)?,
            });
        }
        if parts.len() == 1 && matches!(j.values[0], ast::Expr::Constant(_)) {
            return Ok(parts[0]);
        }
        let argv = self.args_area(&parts);
        let n = self.iconst(parts.len() as i64);
        Ok(self.call_rt_checked("rt_str_join", &[argv, n]))
    }

    /// An f-string of many parts: each part is stored as soon as it is made, in a stack slot
    /// of the f-string's own (the shared argument area may be in use by a part's own calls),
    /// so the parts are never all live at once: with a thousand of them, the register
    /// allocator's work would grow with the square of their number.
    fn long_fstring(&mut self, j: &'a ast::ExprJoinedStr) -> Result<ir::Value> {
        let (w, wb) = (self.word(), self.word_bytes() as u32);
        let n = j.values.len() as u32;
        let slot = self.b.create_sized_stack_slot(ir::StackSlotData::new(
            ir::StackSlotKind::ExplicitSlot,
            n * wb,
            wb.trailing_zeros() as u8,
        ));
        for (i, v) in j.values.iter().enumerate() {
            let part = match v {
                ast::Expr::Constant(c) => self.constant(c)?,
                other => self.expr(other)?,
            };
            let addr = self.b.ins().stack_addr(w, slot, 0);
            self.b.ins().store(MemFlagsData::trusted(), part, addr, (i as u32 * wb) as i32);
        }
        let argv = self.b.ins().stack_addr(w, slot, 0);
        let n = self.iconst(i64::from(n));
        Ok(self.call_rt_checked("rt_str_join", &[argv, n]))
    }

    fn formatted(&mut self, f: &'a ast::ExprFormattedValue) -> Result<ir::Value> {
        let mut v = self.expr(&f.value)?;
        match f.conversion {
            ast::ConversionFlag::Repr => v = self.call_rt_checked("rt_repr", &[v]),
            ast::ConversionFlag::Str => v = self.call_rt_checked("rt_str", &[v]),
            ast::ConversionFlag::Ascii => v = self.call_rt_checked("rt_ascii", &[v]),
            _ => {}
        }
        let spec = match &f.format_spec {
            Some(s) => match super::escaped_spec(s, &self.m.source.text, usize::from(f.range().start())) {
                Some(text) => self.str_literal(&text),
                None => self.expr(s)?,
            },
            None => self.iconst(0),
        };
        Ok(self.call_rt_checked("rt_format", &[v, spec]))
    }

    // -----------------------------------------------------------------------------------------
    // Functions

    fn make_lambda(&mut self, l: &'a ast::ExprLambda) -> Result<ir::Value> {
        let body = [ast::Stmt::Return(ast::StmtReturn { range: l.range(), value: Some(l.body.clone()) })];
        let scope = scope::analyze(&l.args, &body, &self.visible_for_nested());
        self.make_function("<lambda>", &l.args, Body::Expr(&l.body), scope, None, l.range())
    }

    /// `(elt for t in it if c …)`: a generator function made on the spot and called with the
    /// first iterable, as CPython does:
    /// `def <genexpr>(.0): for t in .0: if c: … yield elt`.
    /// `consumer(<generator expression>)` for the builtin `tuple`, `list`, `set` or `sum`,
    /// computed as a comprehension.
    fn consumed_generator(&mut self, consumer: &str, g: &'a ast::ExprGeneratorExp) -> Result<ir::Value> {
        let mut captured = scope::lambda_captures(&g.elt);
        for (i, c) in g.generators.iter().enumerate() {
            if i > 0 {
                captured.extend(scope::lambda_captures(&c.iter));
            }
            for cond in &c.ifs {
                captured.extend(scope::lambda_captures(cond));
            }
        }
        self.comp_captured = captured;
        if consumer == "sum" {
            let w = self.word();
            let total = self.b.declare_var(w);
            let small_zero = self.iconst(1);
            self.b.def_var(total, small_zero);
            self.comprehension(&g.generators, &mut |l| {
                let v = l.expr(&g.elt)?;
                let t = l.b.use_var(total);
                let sum = l.binop(mpyc_runtime::ops::binop::ADD, t, v);
                l.b.def_var(total, sum);
                Ok(())
            })?;
            return Ok(self.b.use_var(total));
        }
        let (make, add) =
            if consumer == "set" { ("rt_build_set", "rt_set_add") } else { ("rt_build_list", "rt_list_append") };
        let out = self.display(make, &[], false)?;
        self.comprehension(&g.generators, &mut |l| {
            let v = l.expr(&g.elt)?;
            l.call_rt_checked(add, &[out, v]);
            Ok(())
        })?;
        if consumer == "tuple" {
            return Ok(self.call_rt_checked("rt_list_to_tuple", &[out]));
        }
        Ok(out)
    }

    /// An async one (an `async for` in it, or an `await`) is an async generator: its function
    /// yields `_asyncgen.Value(elt)`, each `async for` is a `while` loop over `_asyncgen`'s
    /// `anext_or_end`, and the generator is wrapped by `_asyncgen.expression`.
    fn generator_expression(&mut self, c: &'a ast::ExprGeneratorExp) -> Result<ir::Value> {
        let r = c.range;
        let is_async = asyncgen::is_async(c);
        let first = self.expr(&c.generators[0].iter)?;
        let first = match c.generators[0].is_async {
            true => {
                let aiter_of = self.asyncgen_member("aiter_of", c)?;
                self.call_positional(aiter_of, &[first])
            }
            false => self.call_rt_checked("rt_iter", &[first]),
        };
        let elt = match is_async {
            true => asyncgen::call_member(r, "Value", (*c.elt).clone()),
            false => (*c.elt).clone(),
        };
        // Names bound by `:=` are the enclosing function's (or the module's).
        let (mut globals, mut nonlocals) = (vec![], vec![]);
        for n in scope::walrus_targets(c) {
            match self.place(&n) {
                Place::Cell(..) => nonlocals.push(ast::Identifier::new(n)),
                Place::Global(_) => globals.push(ast::Identifier::new(n)),
                _ => {}
            }
        }
        let mut prelude = Vec::new();
        if !nonlocals.is_empty() {
            prelude.push(ast::Stmt::Nonlocal(ast::StmtNonlocal { range: r, names: nonlocals }));
        }
        if !globals.is_empty() {
            prelude.push(ast::Stmt::Global(ast::StmtGlobal { range: r, names: globals }));
        }
        let (args, body) = genexpr_function(c, elt, prelude);
        let scope = scope::analyze(args, body, &self.visible_for_nested());
        let f = self.make_function("<genexpr>", args, Body::Stmts(body), scope, None, r)?;
        let g = self.call_positional(f, &[first]);
        if !is_async {
            return Ok(g);
        }
        let wrap = self.asyncgen_member("expression", c)?;
        Ok(self.call_positional(wrap, &[g]))
    }

    /// `<module>.<name>` of a library module `frontend::desugar` imported into the module
    /// under the unspellable `global` (`_asyncgen`, `_exceptgroup`).
    fn hidden_member(&mut self, global: &str, name: &str, node: &impl Ranged) -> Result<ir::Value> {
        let module = self.load_named(global, node)?;
        let key = self.str_literal(name);
        Ok(self.call_rt_checked("rt_getattr", &[module, key]))
    }

    /// `_asyncgen.<name>` (imported into each module with async comprehensions).
    fn asyncgen_member(&mut self, name: &str, node: &impl Ranged) -> Result<ir::Value> {
        self.hidden_member(asyncgen::GLOBAL, name, node)
    }

    /// The names functions nested here may capture.
    pub(super) fn visible_for_nested(&self) -> std::collections::BTreeSet<String> {
        let mut v = self.visible.clone();
        if !self.classes.is_empty() {
            v.insert("__class__".to_string());
        }
        v
    }

    /// Makes the function object of a `def` or `lambda` (queuing its body to be lowered).
    pub(super) fn make_function(
        &mut self,
        name: &str,
        args: &'a ast::Arguments,
        body: Body<'a>,
        scope: crate::frontend::scope::FunctionScope,
        index: Option<u32>,
        at: rustpython_parser::text_size::TextRange,
    ) -> Result<ir::Value> {
        let here = |l: &Self, msg: String| l.m.source.error(usize::from(at.start()), usize::from(at.end()), msg);
        // (With the function object when its code reads closure cells.)
        let nparams = scope.params.all().len() + usize::from(!scope.free.is_empty());
        let counts = [scope.params.positional.len(), scope.params.kwonly.len()];
        if counts.iter().any(|&n| n > MAX_COUNT) {
            let msg =
                format!("a function takes at most {MAX_COUNT} positional and {MAX_COUNT} keyword-only parameters");
            return Err(here(self, msg).with_help("pass a list or a dict instead"));
        }
        // Defaults, evaluated now.
        let positional: Vec<&ast::ArgWithDefault> = args.posonlyargs.iter().chain(&args.args).collect();
        let defaults: Vec<&ast::Expr> = positional.iter().filter_map(|p| p.default.as_deref()).collect();
        let defaults_v = if defaults.is_empty() {
            self.iconst(0)
        } else {
            let vs = defaults.iter().map(|d| self.expr(d)).collect::<Result<Vec<_>>>()?;
            let argv = self.args_area(&vs);
            let n = self.iconst(vs.len() as i64);
            self.call_rt_checked("rt_build_tuple", &[argv, n])
        };
        let kwdefaults: Vec<(&str, &ast::Expr)> =
            args.kwonlyargs.iter().filter_map(|p| p.default.as_deref().map(|d| (p.def.arg.as_str(), d))).collect();
        let kwdefaults_v = if kwdefaults.is_empty() {
            self.iconst(0)
        } else {
            let mut vs = Vec::new();
            for (n, d) in kwdefaults {
                vs.push(self.str_literal(n));
                vs.push(self.expr(d)?);
            }
            let argv = self.args_area(&vs);
            let n = self.iconst((vs.len() / 2) as i64);
            self.call_rt_checked("rt_build_dict", &[argv, n])
        };
        // The cells of the free variables, from this function's cells.
        let cells_v = if scope.free.is_empty() {
            self.iconst(0)
        } else {
            let mut vs = Vec::new();
            for f in &scope.free {
                let cell = if f == "__class__" {
                    match self.classes.last().and_then(|c| c.cell) {
                        Some(c) => self.b.use_var(c),
                        None => match self.cells.get(f) {
                            Some(&v) => self.b.use_var(v),
                            None => return Err(here(self, "super() is used outside a class".to_string())),
                        },
                    }
                } else {
                    match self.cells.get(f) {
                        Some(&v) => self.b.use_var(v),
                        None => return Err(here(self, format!("internal error: '{f}' has no cell"))),
                    }
                };
                vs.push(cell);
            }
            let argv = self.args_area(&vs);
            let n = self.iconst(vs.len() as i64);
            self.call_rt_checked("rt_build_tuple", &[argv, n])
        };
        // A top-level def's function was declared, and its body queued, with the module.
        let queue = index.is_none();
        let index = match index {
            Some(i) => i,
            None => {
                let sym = format!("py_{name}.{}", self.prog.functions.len());
                self.prog.declare_python_function(sym, nparams)
            }
        };
        let mut flags = 0usize;
        if scope.params.varargs.is_some() {
            flags |= mpyc_runtime::func::flags::VARARGS;
        }
        if scope.params.varkw.is_some() {
            flags |= mpyc_runtime::func::flags::VARKW;
        }
        if !scope.free.is_empty() {
            flags |= mpyc_runtime::func::flags::ENV;
        }
        if scope.generator {
            flags |= mpyc_runtime::func::flags::GENERATOR;
            self.prog.generators = true;
        }
        if scope.coroutine {
            flags |= mpyc_runtime::func::flags::COROUTINE;
            self.prog.generators = true;
        }
        if super::packed(nparams) {
            flags |= mpyc_runtime::func::flags::PACKED;
        }
        let doc = match body {
            Body::Stmts(stmts) => self.prog.kept_doc(stmts),
            Body::Expr(_) => None,
        };
        if doc.is_some() {
            flags |= mpyc_runtime::func::flags::DOC;
        }
        let spec = scope.params.positional.len() | (scope.params.kwonly.len() << 12) | (flags << 24);
        // The info record: file, name, qualified name, parameter names, docstring.
        let qualname = match self.classes.last() {
            Some(c) => format!("{}.{name}", c.qual),
            // (A name declared global is bound in the module: its qualified name is its own.)
            None if self.scope.is_some_and(|s| !s.globals.contains(name)) => {
                format!("{}.<locals>.{name}", self.qualname)
            }
            None => name.to_string(),
        };
        let info_i = self.prog.function_info(self.m, name, &qualname, &scope.params.info_names(), doc);
        let info_v = self.data_addr(info_i);
        let fref = self.func_ref(index);
        let w = self.word();
        let code = self.b.ins().func_addr(w, fref);
        let spec_v = self.iconst(spec as i64);
        let f = self.call_rt_checked("rt_make_function", &[code, info_v, spec_v, defaults_v, kwdefaults_v, cells_v]);
        if queue {
            let visible = self.visible_for_nested();
            let module = self.m.index;
            // A def's own choice; a lambda or a comprehension goes with this function.
            let emitter = self.prog.choices.of_def(args).unwrap_or(self.emitter);
            self.prog.pending.push(Pending {
                index,
                module,
                name: name.to_string(),
                qualname,
                args,
                body,
                scope,
                visible,
                emitter,
            });
        }
        Ok(f)
    }
}

/// The function a generator expression is, for both emitters: `def <genexpr>(.0)` whose
/// loops run over `.0` (the first iterable, evaluated outside) and the other iterables, and
/// yield `elt`; `prelude` goes first (`global`/`nonlocal` for the names `:=` binds). An
/// `async for` clause loops as `asyncgen` spells it. The synthesized function lives as long as
/// the program being compiled.
pub(super) fn genexpr_function<'a>(
    c: &ast::ExprGeneratorExp,
    elt: ast::Expr,
    prelude: Vec<ast::Stmt>,
) -> (&'a ast::Arguments, &'a [ast::Stmt]) {
    let r = c.range;
    let yield_elt = ast::Expr::Yield(ast::ExprYield { range: r, value: Some(Box::new(elt)) });
    let mut body = vec![ast::Stmt::Expr(ast::StmtExpr { range: r, value: Box::new(yield_elt) })];
    for (i, g) in c.generators.iter().enumerate().rev() {
        for cond in g.ifs.iter().rev() {
            body = vec![ast::Stmt::If(ast::StmtIf { range: r, test: Box::new(cond.clone()), body, orelse: vec![] })];
        }
        let iter = if i == 0 {
            ast::Expr::Name(ast::ExprName { range: r, id: ast::Identifier::new(".0"), ctx: ast::ExprContext::Load })
        } else {
            g.iter.clone()
        };
        body = match g.is_async {
            true => asyncgen::awaited_loop(r, i, i == 0, iter, g.target.clone(), body),
            false => vec![ast::Stmt::For(ast::StmtFor {
                range: r,
                target: Box::new(g.target.clone()),
                iter: Box::new(iter),
                body,
                orelse: vec![],
                type_comment: None,
            })],
        };
    }
    body.splice(0..0, prelude);
    let param = ast::Arg { range: r, arg: ast::Identifier::new(".0"), annotation: None, type_comment: None };
    let args = ast::Arguments {
        range: Default::default(),
        posonlyargs: vec![],
        args: vec![ast::ArgWithDefault { range: Default::default(), def: param, default: None }],
        vararg: None,
        kwonlyargs: vec![],
        kwarg: None,
    };
    (Box::leak(Box::new(args)), Box::leak(body.into_boxed_slice()))
}

pub(super) fn is_starred(e: &ast::Expr) -> bool {
    matches!(e, ast::Expr::Starred(_))
}

pub(super) fn collect_target_names(t: &ast::Expr, out: &mut Vec<String>) {
    match t {
        ast::Expr::Name(n) => out.push(n.id.to_string()),
        ast::Expr::Tuple(x) => x.elts.iter().for_each(|e| collect_target_names(e, out)),
        ast::Expr::List(x) => x.elts.iter().for_each(|e| collect_target_names(e, out)),
        ast::Expr::Starred(s) => collect_target_names(&s.value, out),
        _ => {}
    }
}

pub(super) fn binary_op(op: ast::Operator) -> usize {
    match op {
        ast::Operator::Add => binop::ADD,
        ast::Operator::Sub => binop::SUB,
        ast::Operator::Mult => binop::MUL,
        ast::Operator::FloorDiv => binop::FLOORDIV,
        ast::Operator::Mod => binop::MOD,
        ast::Operator::Pow => binop::POW,
        ast::Operator::LShift => binop::LSHIFT,
        ast::Operator::RShift => binop::RSHIFT,
        ast::Operator::BitAnd => binop::AND,
        ast::Operator::BitOr => binop::OR,
        ast::Operator::BitXor => binop::XOR,
        ast::Operator::Div => binop::TRUEDIV,
        ast::Operator::MatMult => binop::MATMUL,
    }
}

/// The runtime code and the small-int condition (on tagged words) of a comparison.
pub(super) fn compare_op(op: ast::CmpOp) -> Option<(usize, IntCC)> {
    Some(match op {
        ast::CmpOp::Lt => (cmpop::LT, IntCC::SignedLessThan),
        ast::CmpOp::LtE => (cmpop::LE, IntCC::SignedLessThanOrEqual),
        ast::CmpOp::Gt => (cmpop::GT, IntCC::SignedGreaterThan),
        ast::CmpOp::GtE => (cmpop::GE, IntCC::SignedGreaterThanOrEqual),
        ast::CmpOp::Eq => (cmpop::EQ, IntCC::Equal),
        ast::CmpOp::NotEq => (cmpop::NE, IntCC::NotEqual),
        _ => return None,
    })
}

/// What CPython's compiler makes `e` as a constant — a literal, or what its AST optimizer
/// folds (signs and arithmetic on numbers within its size limits, tuples of constants): an int
/// (its value when it fits 128 bits), a float, or another constant; `None` when it is left to
/// run (a name, an error, too big).
#[derive(Clone, Copy)]
enum Folded {
    Int(Option<i128>),
    Float,
    Other,
}

fn fold(e: &ast::Expr) -> Option<Folded> {
    /// The limit on the bits of an int CPython folds a product, power or shift to.
    const MAX_INT_BITS: u32 = 128;
    let bits = |v: i128| 128 - v.unsigned_abs().leading_zeros();
    Some(match e {
        ast::Expr::Constant(c) => match &c.value {
            ast::Constant::Int(i) => Folded::Int(i.to_string().parse::<i128>().ok()),
            ast::Constant::Bool(b) => Folded::Int(Some(*b as i128)),
            ast::Constant::Float(_) => Folded::Float,
            _ => Folded::Other,
        },
        ast::Expr::UnaryOp(u) => match (u.op, fold(&u.operand)?) {
            (ast::UnaryOp::Not, _) => Folded::Other,
            (ast::UnaryOp::USub, Folded::Int(v)) => Folded::Int(v.and_then(i128::checked_neg)),
            (ast::UnaryOp::Invert, Folded::Int(v)) => Folded::Int(v.map(|v| !v)),
            (ast::UnaryOp::UAdd, Folded::Int(v)) => Folded::Int(v),
            (ast::UnaryOp::USub | ast::UnaryOp::UAdd, Folded::Float) => Folded::Float,
            _ => return None,
        },
        ast::Expr::BinOp(b) => {
            use ast::Operator::*;
            match (fold(&b.left)?, b.op, fold(&b.right)?) {
                (Folded::Int(x), op, Folded::Int(y)) => match (op, x, y) {
                    (Add, Some(x), Some(y)) => Folded::Int(x.checked_add(y)),
                    (Sub, Some(x), Some(y)) => Folded::Int(x.checked_sub(y)),
                    (Add | Sub | BitOr | BitAnd | BitXor, _, _) => Folded::Int(None),
                    (Mult, Some(x), Some(y)) if x == 0 || y == 0 || bits(x) + bits(y) <= MAX_INT_BITS => {
                        Folded::Int(x.checked_mul(y))
                    }
                    (Pow, Some(x), Some(y)) if y < 0 => (x != 0).then_some(Folded::Float)?,
                    (Pow, Some(x), Some(y)) if x == 0 || (bits(x) as i128) * y <= MAX_INT_BITS as i128 => {
                        Folded::Int(u32::try_from(y).ok().and_then(|y| x.checked_pow(y)))
                    }
                    (LShift, Some(x), Some(y)) if y >= 0 && (x == 0 || bits(x) as i128 + y <= MAX_INT_BITS as i128) => {
                        Folded::Int(u32::try_from(y).ok().and_then(|y| x.checked_shl(y)).filter(|r| r >> y == x))
                    }
                    (RShift, Some(x), Some(y)) if y >= 0 => Folded::Int(Some(x >> y.min(127))),
                    (FloorDiv | Mod, Some(x), Some(y)) if y != 0 => {
                        let q = x.checked_div(y).map(|q| if x % y != 0 && (x < 0) != (y < 0) { q - 1 } else { q });
                        Folded::Int(if op == FloorDiv { q } else { q.map(|q| x - q * y) })
                    }
                    (FloorDiv | Mod, None, Some(y)) if y != 0 => Folded::Int(None),
                    (Div, _, Some(y)) if y != 0 => Folded::Float,
                    _ => return None,
                },
                (Folded::Int(_) | Folded::Float, op, Folded::Int(_) | Folded::Float) => match op {
                    Add | Sub | Mult | Pow => Folded::Float,
                    _ => return None,
                },
                _ => return None,
            }
        }
        ast::Expr::Tuple(t) => {
            for x in &t.elts {
                fold(x)?;
            }
            Folded::Other
        }
        _ => return None,
    })
}

/// `__import__(name, globals, locals, fromlist, level)` with a literal name and level 0
/// (absent or written 0), positional or by keyword: what [`Lowering::literal_import`] needs.
pub(super) struct LiteralImport<'a> {
    name: &'a str,
    /// `globals` and `locals`, evaluated for their effects only (as CPython's import ignores
    /// them for an absolute name).
    ignored: Vec<&'a ast::Expr>,
    fromlist: Option<&'a ast::Expr>,
}

/// The call `c` of `__import__` as a [`LiteralImport`], or None (a name computed at run time, a
/// relative level, `*args`: not supported).
pub(super) fn literal_import(c: &ast::ExprCall) -> Option<LiteralImport<'_>> {
    const PARAMS: [&str; 5] = ["name", "globals", "locals", "fromlist", "level"];
    let mut given: [Option<&ast::Expr>; 5] = [None; 5];
    if c.args.len() > 5 || c.args.iter().any(is_starred) {
        return None;
    }
    for (i, a) in c.args.iter().enumerate() {
        given[i] = Some(a);
    }
    for k in &c.keywords {
        let i = PARAMS.iter().position(|p| k.arg.as_ref().is_some_and(|a| a.as_str() == *p))?;
        if given[i].replace(&k.value).is_some() {
            return None;
        }
    }
    let Some(ast::Expr::Constant(ast::ExprConstant { value: ast::Constant::Str(name), .. })) = given[0] else {
        return None;
    };
    match given[4] {
        None => {}
        Some(ast::Expr::Constant(ast::ExprConstant { value: ast::Constant::Int(l), .. })) if l.to_string() == "0" => {}
        Some(_) => return None,
    }
    Some(LiteralImport {
        name: name.as_str(),
        ignored: given[1..3].iter().flatten().copied().collect(),
        fromlist: given[3],
    })
}

impl<'a, 'p> FnLowerer<'a, 'p> {
    /// `__import__("a.b", …)`: imports `a` and `a.b` as `import a.b` does, and gives the top
    /// package `a` where `fromlist` is empty, else `a.b` itself, as CPython's; a program's
    /// module named in a literal `fromlist` (`__import__("pkg", fromlist=["sub"])`) is imported
    /// too, as `from pkg import sub` imports it.
    fn literal_import(&mut self, call: LiteralImport<'a>) -> Result<ir::Value> {
        // (The arguments first, as CPython evaluates them before it imports.)
        for e in &call.ignored {
            self.expr(e)?;
        }
        let fromlist = match call.fromlist {
            Some(e) => Some((e, self.expr(e)?)),
            None => None,
        };
        let name = call.name;
        let (top, leaf) = if self.m.modules.contains_key(name) {
            self.import_user(name)?
        } else {
            let leaf = self.import_module(name)?;
            match name.split_once('.') {
                Some((top, _)) => (self.import_module(top)?, leaf),
                None => (leaf, leaf),
            }
        };
        let Some((e, v)) = fromlist else { return Ok(top) };
        let literal = match e {
            ast::Expr::List(l) => Some(&l.elts),
            ast::Expr::Tuple(t) => Some(&t.elts),
            _ => None,
        };
        if let Some(items) = literal.filter(|items| !items.iter().any(is_starred)) {
            for item in items {
                if let ast::Expr::Constant(ast::ExprConstant { value: ast::Constant::Str(member), .. }) = item {
                    let sub = format!("{name}.{member}");
                    if self.m.modules.contains_key(&sub) {
                        self.import_user(&sub)?;
                    }
                }
            }
            return Ok(if items.is_empty() { top } else { leaf });
        }
        if top == leaf {
            return Ok(top);
        }
        // A fromlist known only when the call runs: its truth chooses.
        let w = self.word();
        let (then, other, done) = (self.b.create_block(), self.b.create_block(), self.b.create_block());
        let result = self.b.append_block_param(done, w);
        self.branch_truthy(v, then, other);
        self.enter(then);
        self.b.ins().jump(done, &[BlockArg::Value(leaf)]);
        self.enter(other);
        self.b.ins().jump(done, &[BlockArg::Value(top)]);
        self.enter(done);
        Ok(result)
    }
}

/// A name nothing binds is valid Python: the warning to give now (with a suggestion) and how
/// `rt_unbound` reports it when the line runs: NameError (0; 4 with CPython's "Did you mean"
/// note after the name in the returned text), as CPython, or, for the builtins mpyc lacks,
/// NotImplementedError (3). `locals` are the names the function can see as its own (for the
/// warning); `own` its parameters and locals, where CPython's note looks first.
pub(super) fn unknown_name(
    m: &ModuleCtx,
    node: &impl Ranged,
    name: &str,
    locals: &[&str],
    own: &[&str],
) -> (CompileError, u8, String) {
    let dynamic = name == "__import__";
    let board = matches!(name, "globals" | "locals");
    let w = if dynamic {
        dynamic_code_warning(m, node, name)
    } else if board {
        err(m.source, node, format!("{name}() is not supported on a microcontroller"))
            .with_help("keep the values you need in variables, lists or dicts")
    } else {
        let mut known: Vec<&str> = m.global_slots.keys().map(|s| s.as_str()).collect();
        known.extend(builtin_names());
        known.extend(locals);
        let e = err(m.source, node, format!("name '{name}' is not defined"));
        if module(name).is_some() {
            e.with_help(format!("add `import {name}` at the top of the file"))
        } else {
            match closest(name, &known) {
                Some(c) => e.with_help(format!("did you mean '{c}'?")),
                None => e.with_help("assign it, define it with `def`, or import it first"),
            }
        }
    };
    if dynamic || board {
        return (w, 3, name.to_string());
    }
    match name_error_note(m, name, own) {
        // The note follows the name's terminating NUL (`rt_unbound`'s way 4).
        Some(note) => (w, 4, format!("{name}\0{note}")),
        None => (w, 0, name.to_string()),
    }
}

/// The warning for a read of `eval`, `exec`, `compile` (builtins that raise
/// NotImplementedError when called) or an unknown `__import__`.
pub(super) fn dynamic_code_warning(m: &ModuleCtx, node: &impl Ranged, name: &str) -> CompileError {
    err(m.source, node, format!("{name}() is not supported: mpyc compiles the whole program ahead of time"))
        .with_help("write the code itself instead of building it at run time")
}

/// Whether builtin `name` raises NotImplementedError when called (see
/// [`dynamic_code_warning`]).
pub(super) fn is_dynamic_code(name: &str) -> bool {
    matches!(name, "eval" | "exec" | "compile")
}

/// The names a script's globals start with, in CPython's order.
const MODULE_DUNDERS: [&str; 9] = [
    "__name__",
    "__doc__",
    "__package__",
    "__loader__",
    "__spec__",
    "__annotations__",
    "__builtins__",
    "__file__",
    "__cached__",
];

/// CPython 3.11's builtins, in the order of its `builtins.__dict__` (a tie goes to the first).
const CPYTHON_BUILTINS: &[&str] = &[
    "__name__",
    "__doc__",
    "__package__",
    "__loader__",
    "__spec__",
    "__build_class__",
    "__import__",
    "abs",
    "all",
    "any",
    "ascii",
    "bin",
    "breakpoint",
    "callable",
    "chr",
    "compile",
    "delattr",
    "dir",
    "divmod",
    "eval",
    "exec",
    "format",
    "getattr",
    "globals",
    "hasattr",
    "hash",
    "hex",
    "id",
    "input",
    "isinstance",
    "issubclass",
    "iter",
    "aiter",
    "len",
    "locals",
    "max",
    "min",
    "next",
    "anext",
    "oct",
    "ord",
    "pow",
    "print",
    "repr",
    "round",
    "setattr",
    "sorted",
    "sum",
    "vars",
    "None",
    "Ellipsis",
    "NotImplemented",
    "False",
    "True",
    "bool",
    "memoryview",
    "bytearray",
    "bytes",
    "classmethod",
    "complex",
    "dict",
    "enumerate",
    "filter",
    "float",
    "frozenset",
    "property",
    "int",
    "list",
    "map",
    "object",
    "range",
    "reversed",
    "set",
    "slice",
    "staticmethod",
    "str",
    "super",
    "tuple",
    "type",
    "zip",
    "__debug__",
    "BaseException",
    "BaseExceptionGroup",
    "Exception",
    "GeneratorExit",
    "KeyboardInterrupt",
    "SystemExit",
    "ArithmeticError",
    "AssertionError",
    "AttributeError",
    "BufferError",
    "EOFError",
    "ImportError",
    "LookupError",
    "MemoryError",
    "NameError",
    "OSError",
    "ReferenceError",
    "RuntimeError",
    "StopAsyncIteration",
    "StopIteration",
    "SyntaxError",
    "SystemError",
    "TypeError",
    "ValueError",
    "Warning",
    "FloatingPointError",
    "OverflowError",
    "ZeroDivisionError",
    "BytesWarning",
    "DeprecationWarning",
    "EncodingWarning",
    "FutureWarning",
    "ImportWarning",
    "PendingDeprecationWarning",
    "ResourceWarning",
    "RuntimeWarning",
    "SyntaxWarning",
    "UnicodeWarning",
    "UserWarning",
    "BlockingIOError",
    "ChildProcessError",
    "ConnectionError",
    "FileExistsError",
    "FileNotFoundError",
    "InterruptedError",
    "IsADirectoryError",
    "NotADirectoryError",
    "PermissionError",
    "ProcessLookupError",
    "TimeoutError",
    "IndentationError",
    "IndexError",
    "KeyError",
    "ModuleNotFoundError",
    "NotImplementedError",
    "RecursionError",
    "UnboundLocalError",
    "UnicodeError",
    "BrokenPipeError",
    "ConnectionAbortedError",
    "ConnectionRefusedError",
    "ConnectionResetError",
    "TabError",
    "UnicodeDecodeError",
    "UnicodeEncodeError",
    "UnicodeTranslateError",
    "ExceptionGroup",
    "EnvironmentError",
    "IOError",
    "open",
    "quit",
    "exit",
    "copyright",
    "credits",
    "license",
    "help",
];

/// The note CPython 3.11's traceback adds to the NameError of `name` (". Did you mean: 'x'?"),
/// looked for as `Python/suggestions.c` does: among the function's own names, then the
/// module's globals (in the order they were first bound), then the builtins.
fn name_error_note(m: &ModuleCtx, name: &str, locals: &[&str]) -> Option<String> {
    let ident = |s: &&str| s.chars().all(|c| c == '_' || c.is_alphanumeric());
    let locals: Vec<&str> = locals.iter().copied().filter(ident).collect();
    let mut bound: Vec<(u32, &str)> = m.global_slots.iter().map(|(k, &v)| (v, k.as_str())).collect();
    bound.sort_unstable();
    let globals: Vec<&str> =
        MODULE_DUNDERS.into_iter().chain(bound.into_iter().map(|(_, k)| k).filter(ident)).collect();
    let found = [&locals[..], &globals[..], CPYTHON_BUILTINS]
        .into_iter()
        .find_map(|names| mpyc_runtime::suggest::suggestion(name, names));
    found.map(|s| format!(". Did you mean: '{s}'?"))
}

/// Whether some part of `e` may not be evaluated when `e` is: `and`/`or`, a conditional
/// expression, a comprehension, a chained comparison.
fn may_skip_parts(e: &ast::Expr) -> bool {
    match e {
        ast::Expr::BoolOp(_)
        | ast::Expr::IfExp(_)
        | ast::Expr::ListComp(_)
        | ast::Expr::SetComp(_)
        | ast::Expr::DictComp(_)
        | ast::Expr::GeneratorExp(_) => true,
        ast::Expr::Compare(c) => c.ops.len() > 1,
        _ => false,
    }
}
