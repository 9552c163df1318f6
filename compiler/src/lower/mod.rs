//! Lowering: a parsed module → CLIF, one function per top-level `def` plus `mpy_main` for the
//! module body. Requires scope analysis; provides a [`Program`] that either backend compiles.
//!
//! Every Python value is one word (`Target::word`). Operations call runtime entry points
//! (`mpyc_runtime::abi`) after inline small-int fast paths; a call that raised returns 0, and
//! the caller branches to its function's exception exit, which records a traceback frame and
//! returns 0 in turn.

mod builtins;
mod expr;
mod stmt;

use crate::diag::{CompileError, SourceMap};
use crate::frontend::scope::{bound_names, FunctionScope, ModuleScope};
use crate::frontend::Module;
use cranelift_codegen::ir::{
    self, types, AbiParam, BlockArg, ExtFuncData, ExternalName, FuncRef, GlobalValue, GlobalValueData, InstBuilder,
    MemFlagsData, Signature, Type, UserExternalName, UserFuncName,
};
use cranelift_codegen::isa::CallConv;
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext, Variable};
use rustpython_parser::ast::{self, Ranged};
use std::collections::{HashMap, HashSet};

/// What the lowering needs to know of the machine: the word type and the calling convention
/// to label signatures with.
#[derive(Clone, Copy)]
pub struct Target {
    pub word: Type,
    pub call_conv: CallConv,
}

/// A function of the program: defined here (`body`) or imported from the runtime.
pub struct FuncDecl {
    pub name: String,
    pub sig: Signature,
    pub body: Option<ir::Function>,
}

pub enum DataInit {
    Bytes(Vec<u8>),
    Zeros(usize),
}

/// A data object: string bytes and names in read-only data, or a zeroed writable slot.
pub struct DataDecl {
    pub name: String,
    pub init: DataInit,
    pub writable: bool,
}

/// The lowered program. CLIF refers to `functions[i]` as user name (0, i) and to `data[i]` as
/// user name (1, i), as cranelift-module does.
pub struct Program {
    /// The source file, for debug information (empty when there is none).
    pub file: String,
    pub functions: Vec<FuncDecl>,
    pub data: Vec<DataDecl>,
    /// Index into `functions` of the module body, `mpy_main`.
    pub main: usize,
}

/// Builds the program's symbol tables while functions are lowered.
struct ProgramBuilder {
    target: Target,
    functions: Vec<FuncDecl>,
    data: Vec<DataDecl>,
    func_index: HashMap<String, u32>,
    cstrings: HashMap<Vec<u8>, u32>,
    literals: HashMap<Vec<u8>, (u32, u32)>,
}

impl ProgramBuilder {
    fn signature(&self, params: usize) -> Signature {
        let mut sig = Signature::new(self.target.call_conv);
        let w = self.target.word;
        sig.params.extend((0..params).map(|_| AbiParam::new(w)));
        sig.returns.push(AbiParam::new(w));
        sig
    }

    fn declare_function(&mut self, name: String, params: usize) -> u32 {
        let index = self.functions.len() as u32;
        let sig = self.signature(params);
        self.func_index.insert(name.clone(), index);
        self.functions.push(FuncDecl { name, sig, body: None });
        index
    }

    /// The runtime entry point `name`, declared on first use.
    fn runtime(&mut self, name: &str) -> u32 {
        if let Some(&i) = self.func_index.get(name) {
            return i;
        }
        let entry = mpyc_runtime::abi::lookup(name)
            .unwrap_or_else(|| panic!("{name} is not in mpyc_runtime::abi::ENTRY_POINTS"));
        self.declare_function(name.to_string(), entry.params)
    }

    fn add_data(&mut self, prefix: &str, init: DataInit, writable: bool) -> u32 {
        let index = self.data.len() as u32;
        self.data.push(DataDecl { name: format!("{prefix}.{index}"), init, writable });
        index
    }

    /// Read-only NUL-terminated bytes, shared between uses.
    fn cstring(&mut self, text: &[u8]) -> u32 {
        if let Some(&i) = self.cstrings.get(text) {
            return i;
        }
        let mut bytes = text.to_vec();
        bytes.push(0);
        let i = self.add_data("mpy.cstr", DataInit::Bytes(bytes), false);
        self.cstrings.insert(text.to_vec(), i);
        i
    }

    /// A literal's bytes and the writable slot caching its object: (slot, bytes).
    fn literal(&mut self, kind: u8, text: &[u8]) -> (u32, u32) {
        let mut key = vec![kind];
        key.extend_from_slice(text);
        if let Some(&p) = self.literals.get(&key) {
            return p;
        }
        let bytes = self.add_data("mpy.lit", DataInit::Bytes(text.to_vec()), false);
        let word = self.target.word.bytes() as usize;
        let slot = self.add_data("mpy.slot", DataInit::Zeros(word), true);
        self.literals.insert(key, (slot, bytes));
        (slot, bytes)
    }
}

/// What every function of the module shares.
struct ModuleCtx<'a> {
    source: &'a SourceMap,
    scope: ModuleScope,
    /// Global name → its slot's data index.
    global_slots: HashMap<String, u32>,
    /// Top-level `def`s: name → (function index, parameter count).
    defs: HashMap<String, (u32, usize)>,
    /// Names bound by `import`/`from … import`: name → what it refers to.
    imports: HashMap<String, builtins::Imported>,
}

/// Lowers `module` for `target`.
pub fn lower_module(module: &Module, target: Target) -> Result<Program, CompileError> {
    let mut prog = ProgramBuilder {
        target,
        functions: Vec::new(),
        data: Vec::new(),
        func_index: HashMap::new(),
        cstrings: HashMap::new(),
        literals: HashMap::new(),
    };
    let source = &module.source;
    let mut ctx = ModuleCtx {
        source,
        scope: ModuleScope::default(),
        global_slots: HashMap::new(),
        defs: HashMap::new(),
        imports: HashMap::new(),
    };

    // Module-level names: imports, defs, and everything assigned.
    let mut defs = Vec::new();
    for stmt in &module.body {
        match stmt {
            ast::Stmt::FunctionDef(def) => {
                check_def(source, def)?;
                let name = def.name.to_string();
                if ctx.defs.contains_key(&name) {
                    return Err(err(source, def, format!("function '{name}' is defined twice"))
                        .with_help("give the second function another name"));
                }
                let index = prog.declare_function(format!("py_{name}"), def.args.args.len());
                ctx.defs.insert(name.clone(), (index, def.args.args.len()));
                ctx.scope.functions.insert(name, index as usize);
                defs.push((def, index));
            }
            ast::Stmt::Import(_) | ast::Stmt::ImportFrom(_) => builtins::import(&mut ctx, stmt)?,
            _ => {}
        }
    }
    let mut assigned = Vec::new();
    let mut globals = Vec::new();
    bound_names(&module.body, &mut assigned, &mut globals);
    for (def, _) in &defs {
        let mut inner = Vec::new();
        bound_names(&def.body, &mut inner, &mut globals);
    }
    for (name, at) in assigned.into_iter().chain(globals.into_iter().map(|g| (g, 0))) {
        if ctx.defs.contains_key(&name) || ctx.imports.contains_key(&name) {
            return Err(source
                .error(at, at + name.len(), format!("'{name}' is a function or import and cannot be assigned"))
                .with_help("functions and imported names cannot be rebound yet; use another name"));
        }
        if !ctx.global_slots.contains_key(&name) {
            let word = target.word.bytes() as usize;
            let slot = prog.add_data("mpy.global", DataInit::Zeros(word), true);
            ctx.global_slots.insert(name.clone(), slot);
            ctx.scope.globals.push(name);
        }
    }

    let main = prog.declare_function("mpy_main".to_string(), 0);
    let body: Vec<&ast::Stmt> = module.body.iter().filter(|s| !matches!(s, ast::Stmt::FunctionDef(_))).collect();
    let f = lower_function(&mut prog, &ctx, main, "<module>", None, &body)?;
    prog.functions[main as usize].body = Some(f);
    for (def, index) in defs {
        let scope = FunctionScope::of(def);
        let body: Vec<&ast::Stmt> = def.body.iter().collect();
        let f = lower_function(&mut prog, &ctx, index, def.name.as_str(), Some(&scope), &body)?;
        prog.functions[index as usize].body = Some(f);
    }
    Ok(Program { file: source.file.clone(), functions: prog.functions, data: prog.data, main: main as usize })
}

/// Refuses the parts of `def` that are not supported yet.
fn check_def(source: &SourceMap, def: &ast::StmtFunctionDef) -> Result<(), CompileError> {
    let a = &def.args;
    if let Some(d) = def.decorator_list.first() {
        return Err(err(source, d, "decorators are not supported yet").with_help("remove the decorator"));
    }
    if a.vararg.is_some() || a.kwarg.is_some() || !a.kwonlyargs.is_empty() || !a.posonlyargs.is_empty() {
        return Err(err(source, def, "only plain positional parameters are supported so far")
            .with_help("use `def name(a, b, c):`"));
    }
    if let Some(p) = a.args.iter().find(|p| p.default.is_some()) {
        return Err(err(source, &p.def, "default parameter values are not supported yet")
            .with_help("pass every argument at each call"));
    }
    Ok(())
}

pub(crate) fn err(source: &SourceMap, node: &impl Ranged, msg: impl Into<String>) -> CompileError {
    let r = node.range();
    source.error(usize::from(r.start()), usize::from(r.end()), msg)
}

/// Lowers one function (or the module body, when `scope` is None).
fn lower_function(
    prog: &mut ProgramBuilder,
    module: &ModuleCtx,
    index: u32,
    py_name: &str,
    scope: Option<&FunctionScope>,
    body: &[&ast::Stmt],
) -> Result<ir::Function, CompileError> {
    let prog_word = prog.target.word;
    let sig = prog.functions[index as usize].sig.clone();
    let mut func = ir::Function::with_name_signature(UserFuncName::user(0, index), sig);
    let mut fctx = FunctionBuilderContext::new();
    let b = FunctionBuilder::new(&mut func, &mut fctx);
    let mut info = module.source.file.as_bytes().to_vec();
    info.push(0);
    info.extend_from_slice(py_name.as_bytes());
    let info = prog.cstring(&info);
    let mut l = FnLowerer {
        prog,
        m: module,
        b,
        scope,
        vars: HashMap::new(),
        assigned: HashSet::new(),
        loops: Vec::new(),
        exc_exit: None,
        info,
        func_refs: HashMap::new(),
        data_gvs: HashMap::new(),
        line: 1,
    };
    l.prologue();
    for stmt in body {
        l.stmt(stmt)?;
    }
    if !l.terminated() {
        let none = l.none();
        l.b.ins().return_(&[none]);
    }
    l.fill_exc_exit();
    l.b.seal_all_blocks();
    l.b.finalize(frontend_config(prog_word));
    Ok(func)
}

/// Lowers the statements of one function.
pub(crate) struct FnLowerer<'a> {
    prog: &'a mut ProgramBuilder,
    m: &'a ModuleCtx<'a>,
    b: FunctionBuilder<'a>,
    scope: Option<&'a FunctionScope>,
    vars: HashMap<String, Variable>,
    /// Locals certainly bound at the current point, so reading them needs no check.
    assigned: HashSet<String>,
    /// (continue target, break target) of the enclosing loops, innermost last.
    loops: Vec<(ir::Block, ir::Block)>,
    /// The block that records a traceback frame and returns 0; its parameter is the line.
    exc_exit: Option<ir::Block>,
    /// Data index of "file\0function\0" for traceback frames.
    info: u32,
    func_refs: HashMap<u32, FuncRef>,
    data_gvs: HashMap<u32, GlobalValue>,
    /// The line of the statement being lowered.
    line: usize,
}

impl<'a> FnLowerer<'a> {
    fn word(&self) -> Type {
        self.prog.target.word
    }

    fn prologue(&mut self) {
        let entry = self.b.create_block();
        self.b.append_block_params_for_function_params(entry);
        self.enter(entry);
        let w = self.word();
        if let Some(scope) = self.scope {
            for (i, p) in scope.params.iter().enumerate() {
                let v = self.b.declare_var(w);
                let arg = self.b.block_params(entry)[i];
                self.b.def_var(v, arg);
                self.vars.insert(p.clone(), v);
                self.assigned.insert(p.clone());
            }
            for local in &scope.locals {
                let v = self.b.declare_var(w);
                let zero = self.b.ins().iconst(w, 0);
                self.b.def_var(v, zero);
                self.vars.insert(local.clone(), v);
            }
        }
    }

    /// Continues lowering in `block`, whose predecessors are all known.
    fn enter(&mut self, block: ir::Block) {
        self.b.switch_to_block(block);
        self.b.seal_block(block);
    }

    /// Ends the current block with a test of both values' small-int tags: continues in a new
    /// block where both are small ints, and returns the (cold) block for the other cases.
    fn if_both_small(&mut self, a: ir::Value, b: ir::Value) -> ir::Block {
        let (fast, slow) = (self.b.create_block(), self.b.create_block());
        self.b.set_cold_block(slow);
        let both = self.b.ins().band(a, b);
        let tag = self.b.ins().band_imm_u(both, 1);
        self.b.ins().brif(tag, fast, &[], slow, &[]);
        self.enter(fast);
        slow
    }

    fn terminated(&self) -> bool {
        match self.b.current_block() {
            Some(block) => {
                self.b.func.layout.last_inst(block).is_some_and(|i| self.b.func.dfg.insts[i].opcode().is_terminator())
            }
            None => true,
        }
    }

    /// Continues lowering in a fresh block that nothing branches to (after return/break).
    fn start_dead_block(&mut self) {
        let block = self.b.create_block();
        self.b.switch_to_block(block);
    }

    fn iconst(&mut self, v: i64) -> ir::Value {
        let w = self.word();
        self.b.ins().iconst(w, v)
    }

    fn none(&mut self) -> ir::Value {
        self.iconst(mpyc_runtime::value::NONE as i64)
    }

    fn func_ref(&mut self, index: u32) -> FuncRef {
        if let Some(&r) = self.func_refs.get(&index) {
            return r;
        }
        let sig = self.prog.functions[index as usize].sig.clone();
        let signature = self.b.import_signature(sig);
        let name = self.b.func.declare_imported_user_function(UserExternalName::new(0, index));
        let r = self.b.import_function(ExtFuncData {
            name: ExternalName::user(name),
            signature,
            colocated: false,
            patchable: false,
        });
        self.func_refs.insert(index, r);
        r
    }

    /// The address of data object `index`.
    fn data_addr(&mut self, index: u32) -> ir::Value {
        let gv = match self.data_gvs.get(&index) {
            Some(&gv) => gv,
            None => {
                let name = self.b.func.declare_imported_user_function(UserExternalName::new(1, index));
                let gv = self.b.create_global_value(GlobalValueData::Symbol {
                    name: ExternalName::user(name),
                    offset: ir::immediates::Imm64::new(0),
                    colocated: false,
                    tls: false,
                });
                self.data_gvs.insert(index, gv);
                gv
            }
        };
        let w = self.word();
        self.b.ins().symbol_value(w, gv)
    }

    fn cstring_addr(&mut self, text: &str) -> ir::Value {
        let i = self.prog.cstring(text.as_bytes());
        self.data_addr(i)
    }

    /// Calls function `index` (runtime or Python) and returns its result.
    fn call_index(&mut self, index: u32, args: &[ir::Value]) -> ir::Value {
        let r = self.func_ref(index);
        let inst = self.b.ins().call(r, args);
        self.b.inst_results(inst)[0]
    }

    /// Calls the runtime entry point `name`, which cannot raise.
    fn call_rt(&mut self, name: &str, args: &[ir::Value]) -> ir::Value {
        let index = self.prog.runtime(name);
        self.call_index(index, args)
    }

    /// Calls the runtime entry point `name`, which may raise.
    fn call_rt_checked(&mut self, name: &str, args: &[ir::Value]) -> ir::Value {
        let v = self.call_rt(name, args);
        self.check(v);
        v
    }

    /// Continues only if `v` is not 0; 0 means an exception is pending.
    fn check(&mut self, v: ir::Value) {
        let ok = self.b.create_block();
        let raised = self.b.create_block();
        self.b.set_cold_block(raised);
        self.b.ins().brif(v, ok, &[], raised, &[]);
        self.enter(raised);
        self.jump_to_exc_exit();
        self.enter(ok);
    }

    /// Ends the current block with a jump to the exception exit, passing the current line.
    fn jump_to_exc_exit(&mut self) {
        let exit = match self.exc_exit {
            Some(b) => b,
            None => {
                let exit = self.b.create_block();
                self.b.set_cold_block(exit);
                let w = self.word();
                self.b.append_block_param(exit, w);
                self.exc_exit = Some(exit);
                exit
            }
        };
        let line = self.iconst(self.line as i64);
        self.b.ins().jump(exit, &[BlockArg::Value(line)]);
    }

    /// The exception exit, if anything jumps to it: records this frame and returns 0.
    fn fill_exc_exit(&mut self) {
        if let Some(exit) = self.exc_exit {
            self.b.switch_to_block(exit);
            let line = self.b.block_params(exit)[0];
            let info = self.data_addr(self.info);
            let r = self.call_rt("rt_traceback", &[info, line]);
            self.b.ins().return_(&[r]);
        }
    }

    fn load_word(&mut self, addr: ir::Value) -> ir::Value {
        let w = self.word();
        self.b.ins().load(w, MemFlagsData::trusted(), addr, 0)
    }

    fn store_word(&mut self, v: ir::Value, addr: ir::Value) {
        self.b.ins().store(MemFlagsData::trusted(), v, addr, 0);
    }

    fn error(&self, node: &impl Ranged, msg: impl Into<String>) -> CompileError {
        err(self.m.source, node, msg)
    }

    fn set_line(&mut self, node: &impl Ranged) {
        self.line = self.m.source.line_of(usize::from(node.range().start()));
        self.b.set_srcloc(ir::SourceLoc::new(self.line as u32));
    }
}

/// The Python name of the function a symbol was made for: `py_f` is `f`, `mpy_main` the
/// module body, `<module>`.
pub fn python_name(symbol: &str) -> &str {
    match symbol {
        "mpy_main" => "<module>",
        s => s.strip_prefix("py_").unwrap_or(s),
    }
}

/// The small-int range of a `word`-sized value: (min, max).
pub fn small_range(word: Type) -> (i64, i64) {
    let bits = word.bits() - 1;
    (-(1i64 << (bits - 1)), (1i64 << (bits - 1)) - 1)
}

/// The CLIF type of one word on a target with `pointer_bits`.
pub fn word_type(pointer_bits: u32) -> Type {
    if pointer_bits == 64 {
        types::I64
    } else {
        types::I32
    }
}

/// What cranelift-frontend needs to know of the target: the pointer width.
pub(crate) fn frontend_config(word: Type) -> cranelift_codegen::isa::TargetFrontendConfig {
    cranelift_codegen::isa::TargetFrontendConfig {
        default_call_conv: CallConv::SystemV,
        pointer_width: if word.bits() == 64 {
            target_lexicon::PointerWidth::U64
        } else {
            target_lexicon::PointerWidth::U32
        },
        page_size_align_log2: 12,
    }
}
