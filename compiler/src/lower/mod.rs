//! Lowering: a parsed module → CLIF, one function per `def` and `lambda` plus `mpy_main` for
//! the module body. Requires scope analysis; provides a [`Program`] that either backend compiles.
//!
//! Every Python value is one word (`Target::word`). Operations call runtime entry points
//! (`mpyc_runtime::abi`) after inline small-int fast paths; a call that raised returns 0, and
//! the caller branches to the innermost handler of its function, or to its exception exit,
//! which records a traceback frame and returns 0 in turn. Module globals, cached literals and
//! cached builtins live in one array of words, the program's roots for the collector.

mod builtins;
pub mod emitter;
mod expr;
mod floats;
mod loads;
mod ops;
pub(crate) use loads::reuse_list_loads_again;
mod stack;
mod stmt;
mod versions;
mod wide;

use crate::diag::{CompileError, SourceMap};
use crate::frontend::scope::{self, FunctionScope};
use crate::frontend::Module;
use cranelift_codegen::entity::EntityRef;
use cranelift_codegen::ir::{
    self, condcodes::IntCC, types, AbiParam, BlockArg, ExtFuncData, ExternalName, FuncRef, GlobalValue,
    GlobalValueData, InstBuilder, MemFlagsData, Signature, StackSlot, Type, UserExternalName, UserFuncName,
};
use cranelift_codegen::isa::CallConv;
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext, Variable};
use emitter::Emitter;
use rustpython_parser::ast::{self, Ranged};
use rustpython_parser::text_size::TextSize;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

/// What the lowering needs to know of the machine: the word type and the calling convention
/// to label signatures with.
#[derive(Clone, Copy)]
pub struct Target {
    pub word: Type,
    pub call_conv: CallConv,
    /// The board's float: F32 or F64.
    pub float: Type,
}

/// How the program is built: options that change generated code.
#[derive(Clone, Copy, Default)]
pub struct Options {
    /// Collect garbage at every allocation (a debugging aid tests use).
    pub gc_stress: bool,
    /// Refuse the program if it has warnings.
    pub deny_warnings: bool,
    /// Link every built-in method, not only those the program names (`--keep-methods`).
    pub keep_methods: bool,
    /// Machine code or bytecode (`--code`).
    pub code: crate::backend::bytecode::Code,
    /// Keep the Python-level bytecode's disassembly (`--emit bytecode`).
    pub listing: bool,
    /// Print no warnings: a second build of a program whose first printed them.
    pub quiet: bool,
    /// Print the heap's high-water mark at the end (`mpyc bench`).
    pub heap_peak: bool,
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
    /// Machine words: constants and addresses of other data or of runtime symbols.
    Words(Vec<DataWord>),
    /// Not the program's: the runtime's object of this name (one of [`runtime_data`]).
    Runtime(&'static str),
}

/// One word of a [`DataInit::Words`] object.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum DataWord {
    Int(u64),
    /// The address of the program's data object `index`.
    Data(u32),
    /// The address of a runtime symbol (one of [`runtime_data`]).
    Runtime(&'static str),
    /// The address of the program's function `index` (its code, to call).
    Function(u32),
}

/// The runtime's data symbols that generated data refers to, with their host addresses.
pub fn runtime_data() -> [(&'static str, *const u8); 4] {
    [
        ("mpyc_STR_TYPE", &mpyc_runtime::object::STR_TYPE as *const _ as *const u8),
        ("mpyc_TUPLE_TYPE", &mpyc_runtime::object::TUPLE_TYPE as *const _ as *const u8),
        ("mpyc_FLOAT_TYPE", &mpyc_runtime::object::FLOAT_TYPE as *const _ as *const u8),
        ("mpyc_ELLIPSIS", &mpyc_runtime::builtins::ELLIPSIS as *const _ as *const u8),
    ]
}

/// A data object: string bytes and names in read-only data, or the writable roots.
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
    /// Valid Python that is likely a mistake (a name assigned nowhere, a missing module):
    /// compiled to raise at run time what CPython raises, and reported.
    pub warnings: Vec<CompileError>,
    /// Every name the program mentions (identifiers, the words of its strings, the names its
    /// code passes to the runtime), for the linker to keep the built-in methods of these
    /// names only; `None`: keep them all.
    pub names: Option<BTreeSet<String>>,
    /// Functions whose body is already a stub running Python-level bytecode (`ops.rs`).
    pub stubs: BTreeSet<u32>,
    /// Of those, the stubs of Python-level functions (not module bodies): function → its
    /// blob's data index. A Thumb-2 board's backend makes each a jump to the runtime's shared
    /// entry with the blob's address in r12 (`backend::thumb2::vm_stub`), not the stub's CLIF.
    pub vm_stubs: BTreeMap<u32, u32>,
    /// Functions chosen bytecode (`emitter`) and not stubs yet: the bytecode backend encodes
    /// their CLIF.
    pub bytecode: BTreeSet<u32>,
    /// Their disassembly, when asked for.
    pub listings: Vec<String>,
    /// How many functions, classes and methods of the Python library were left out as stubs
    /// (`frontend::prune`).
    pub library_left_out: usize,
}

/// A function body waiting to be lowered.
struct Pending<'a> {
    index: u32,
    /// Which module (its position in the program) the function belongs to.
    module: usize,
    name: String,
    qualname: String,
    args: &'a ast::Arguments,
    body: Body<'a>,
    scope: FunctionScope,
    /// Names enclosing functions make visible to functions nested in this one.
    visible: BTreeSet<String>,
    emitter: Emitter,
}

#[derive(Clone, Copy)]
enum Body<'a> {
    Stmts(&'a [ast::Stmt]),
    /// A lambda: returns the expression.
    Expr(&'a ast::Expr),
}

/// Builds the program's symbol tables while functions are lowered.
struct ProgramBuilder<'a> {
    target: Target,
    functions: Vec<FuncDecl>,
    data: Vec<DataDecl>,
    func_index: HashMap<String, u32>,
    cstrings: HashMap<Vec<u8>, u32>,
    /// Functions' info records by file and the bytes after it (see `function_info`).
    infos: HashMap<(u32, Vec<u8>), u32>,
    /// Literal text → (root slot caching its object, data index of its bytes).
    literals: HashMap<Vec<u8>, (u32, u32)>,
    /// The program's modules' records for the bytecode's `user_module`, by name.
    module_records: HashMap<String, u32>,
    /// Literal → its object in read-only data: str literals by their text, float literals by
    /// `f` and their text.
    str_objects: HashMap<String, u32>,
    /// The other objects in read-only data, shared between uses: floats (`f` and the text),
    /// tuples of constants (`t` and their words), the runtime's (`r` and the name). (Not in
    /// `str_objects`, whose keys are any text a program may spell.)
    const_objects: HashMap<String, u32>,
    /// Data index of the roots array, and how many words it has.
    roots: u32,
    root_count: u32,
    /// Data index of the word holding `root_count`.
    root_count_data: u32,
    /// Whether the program has a generator (function or expression): the top bit of the root
    /// count's word tells `rt_init`.
    generators: bool,
    /// The attribute sites' inline caches (four words each, also roots): data index, words
    /// used, and the data index of the word holding that count.
    caches: u32,
    cache_words: u32,
    cache_words_data: u32,
    /// Data index of the stack-limit word (see `stack.rs`), once a function needs it.
    stack_limit: Option<u32>,
    pending: Vec<Pending<'a>>,
    warnings: Vec<CompileError>,
    /// Whether some module names a str method that needs Unicode's case tables for text
    /// beyond ASCII ([`CASE_METHODS`]): the program then turns them on at start.
    unicode_case: bool,
    /// Whether some module may make text beyond ASCII: the program then turns on Unicode's
    /// classes of printable characters (`repr`, `isprintable`) at start.
    unicode_print: bool,
    /// Whether some module names `__annotations__` (the program reads annotations, or a
    /// library such as typing does): functions keep theirs only then.
    function_annotations: bool,
    /// Whether some module reads `__doc__`: functions keep their docstrings only then (in
    /// their info records, [`mpyc_runtime::func::flags::DOC`]).
    function_docs: bool,
    /// Whether some module mentions `__doc__` or `__file__`: imported modules then have them.
    module_dunders: bool,
    /// Whether some module stores into `sys.modules` ([`stores_sys_modules`]): an import of
    /// a name that is no module at compile time may then succeed, and is not warned about.
    adds_modules: bool,
    /// Whether some module stores into the `builtins` module ([`stores_builtins`]): a name
    /// bound nowhere is then looked up there before NameError, and not warned about.
    adds_builtins: bool,
    /// The main module as a module object, made at start when some module mentions
    /// `modules` (`sys.modules['__main__']`) or `globals` (its namespace) or imports `__main__`:
    /// its first global's root slot, its globals' names in slot order, and the root slot that
    /// keeps the object.
    main_module: Option<(u32, Vec<String>, u32)>,
    /// Functions emitted as Python-level bytecode behind a stub (`ops.rs`), and their
    /// disassembly when asked for.
    stubs: BTreeSet<u32>,
    vm_stubs: BTreeMap<u32, u32>,
    listings: Vec<String>,
    /// Each function's emitter, and the functions chosen bytecode that are not stubs.
    choices: emitter::Choices,
    bytecode: BTreeSet<u32>,
    /// The opcodes the Python-level bytecode uses (a bit each), and the data index of the
    /// table of runtime entry points their instructions call (`vm::pyops::Entries`), when
    /// some function is bytecode.
    vm_ops: [u64; 4],
    vm_entries: Option<u32>,
    /// The names of the roots Python-level bytecode reads globals and builtins from, for the
    /// program table's names (see `mpyc_runtime::vm::pyops::Program`).
    root_names: BTreeMap<u32, String>,
    /// The strs Python-level bytecode names (its `S` operands: attribute names, str literals),
    /// each once, in the program table's order (`mpyc_runtime::vm::pyops::Program::texts`).
    texts: Vec<String>,
    text_index: HashMap<String, u32>,
    /// The main module's blob, when its start code is `rt_vm_main`'s (the table's `main`).
    vm_main: Option<u32>,
    /// Whether the bytecode looks a builtin type up by name (else the VM's lookup of builtins
    /// is `rt_builtin_function`'s, which leaves the types' tables out).
    vm_builtin_types: bool,
    /// Statements of module bodies emitted as bytecode that are compiled natively on their own
    /// (`ops::try_emit_module`): the function, its module, the statement.
    module_stmts: Vec<(u32, usize, &'a ast::Stmt)>,
    stmt_helpers: BTreeSet<u32>,
}

/// The str methods whose answers for text beyond ASCII come from Unicode's tables (tens of
/// KiB of flash): linked only into programs that name one of them (`.upper`, …). A name
/// computed at run time (`getattr(s, name)`) in a program that names none of them gets
/// ASCII case for the other letters.
/// Whether a compiled function of `params` parameters (with the function object when it
/// takes it) takes them by address, as one argument.
pub fn packed(params: usize) -> bool {
    params > mpyc_runtime::func::MAX_PARAMS
}

/// Whether a module's text may make a str beyond ASCII at run time: a character beyond ASCII
/// in it, an escape that makes one, or a way in from outside (`chr`, decoding bytes, the
/// console). When no module may, every str is ASCII and its case needs no tables.
/// The text of an f-string's format spec with its escapes decoded, when the spec is only text
/// with a backslash and the f-string (at `at` in `source`) is not raw: the parser keeps a
/// spec's escapes as written (`f"{x:\x2a>4}"` is `*>4` to CPython).
pub fn escaped_spec(spec: &ast::Expr, source: &str, at: usize) -> Option<String> {
    let parts: Vec<&str> = match spec {
        ast::Expr::JoinedStr(j) => j
            .values
            .iter()
            .map(|v| match v {
                ast::Expr::Constant(ast::ExprConstant { value: ast::Constant::Str(s), .. }) => Some(s.as_str()),
                _ => None,
            })
            .collect::<Option<_>>()?,
        ast::Expr::Constant(ast::ExprConstant { value: ast::Constant::Str(s), .. }) => vec![s.as_str()],
        _ => return None,
    };
    let text = parts.concat();
    // (The string's prefix, where its range starts: raw when it has an `r`.)
    let prefix: String = source.get(at..)?.chars().take_while(|c| c.is_ascii_alphabetic()).collect();
    if !text.contains('\\') || prefix.len() > 2 || prefix.contains(['r', 'R']) {
        return None;
    }
    Some(decode_escapes(&text))
}

/// Python's escape sequences in a (non-raw) string literal's text, decoded; an unknown one
/// (and `\N{…}`) stays as written.
fn decode_escapes(text: &str) -> String {
    let mut out = String::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        let Some(e) = chars.next() else {
            out.push(c);
            break;
        };
        let hex = |n: usize, chars: &mut std::iter::Peekable<std::str::Chars>| {
            let digits: String = (0..n).map_while(|_| chars.next_if(char::is_ascii_hexdigit)).collect();
            (digits.len() == n).then(|| u32::from_str_radix(&digits, 16).ok().and_then(char::from_u32)).flatten()
        };
        let decoded = match e {
            // (A backslash at a line's end joins the lines.)
            '\n' => continue,
            't' => Some('\t'),
            'r' => Some('\r'),
            'a' => Some('\x07'),
            'b' => Some('\x08'),
            'f' => Some('\x0c'),
            'v' => Some('\x0b'),
            '\\' | '\'' | '"' => Some(e),
            'n' => Some('\n'),
            'x' => hex(2, &mut chars),
            'u' => hex(4, &mut chars),
            'U' => hex(8, &mut chars),
            '0'..='7' => {
                let mut n = e.to_digit(8).unwrap_or(0);
                for _ in 0..2 {
                    match chars.next_if(|d| d.is_digit(8)) {
                        Some(d) => n = n * 8 + d.to_digit(8).unwrap_or(0),
                        None => break,
                    }
                }
                char::from_u32(n)
            }
            _ => None,
        };
        match decoded {
            Some(d) => out.push(d),
            None => {
                out.push('\\');
                out.push(e);
            }
        }
    }
    out
}

/// Whether `text` seems to store into `sys.modules` (`sys.modules[name] = m`, `modules.update(…)`
/// or `.setdefault(…)`): only a warning depends on it.
fn stores_sys_modules(text: &str) -> bool {
    text.lines().any(|l| {
        l.find("modules[").is_some_and(|i| l[i..].contains("] ="))
            || l.contains("modules.update(")
            || l.contains("modules.setdefault(")
    })
}

/// Whether a module's text stores an attribute into the `builtins` module: `builtins.name =`
/// (not `==`), `setattr(builtins, …)`, or the same through `__builtins__`.
fn stores_builtins(text: &str) -> bool {
    let stores = |name: &str| {
        text.match_indices(name).any(|(at, w)| {
            let rest = &text[at + w.len()..];
            let rest =
                rest.trim_start_matches(|c: char| c.is_alphanumeric() || c == '_').trim_start_matches([' ', '\t']);
            rest.starts_with('=') && !rest.starts_with("==")
        })
    };
    stores("builtins.")
        || stores("__builtins__.")
        || text.contains("setattr(builtins,")
        || text.contains("setattr(__builtins__,")
}

/// Whether a module's code may make text beyond ASCII: such a character in a string or a name,
/// an escape that can write one, or a name of what reads or decodes text (`chr`, `input`,
/// `decode`, an encoding's name). Comments do not count (`# -*- coding: utf-8 -*-`, a
/// comment in another language).
fn may_make_non_ascii(text: &str) -> bool {
    use rustpython_parser::Tok;
    const NAMES: [&str; 5] = ["chr", "decode", "input", "stdin", "fromhex"];
    const IN_STRINGS: [&str; 6] = ["\\u", "\\U", "\\N{", "\\x", "utf", "latin"];
    let words = || NAMES.iter().chain(&IN_STRINGS);
    if text.is_ascii() && !words().any(|w| text.contains(w)) {
        return false;
    }
    for token in rustpython_parser::lexer::lex(text, rustpython_parser::Mode::Module) {
        let hit = match token {
            Ok((Tok::Name { name }, _)) => !name.is_ascii() || NAMES.contains(&name.as_str()),
            // (An f-string's fields are in its token: names too.)
            Ok((Tok::String { value, .. }, _)) => !value.is_ascii() || words().any(|w| value.contains(w)),
            Ok(_) => false,
            // (Where the lexer stops, the whole text answers.)
            Err(_) => return true,
        };
        if hit {
            return true;
        }
    }
    false
}

/// Whether `text` (a module's source) names one of [`CASE_METHODS`] as the rules for keeping
/// methods count it: as an attribute (`s.upper()`) or as a word of a string (`getattr(s,
/// "upper")`), which a method found by name at run time needs as much.
fn names_case_method(text: &str) -> bool {
    use rustpython_parser::Tok;
    let mut bare = false;
    for name in CASE_METHODS {
        for (i, _) in text.match_indices(name) {
            if text[..i].ends_with('.') {
                return true;
            }
            bare = true;
        }
    }
    // (Spelt but not after a dot: a string's word, or only an identifier, `title = …`.)
    bare && rustpython_parser::lexer::lex(text, rustpython_parser::Mode::Module).any(|token| match token {
        Ok((Tok::String { value, .. }, _)) => {
            value.split(|c: char| !(c.is_alphanumeric() || c == '_')).any(|word| CASE_METHODS.contains(&word))
        }
        Ok(_) => false,
        Err(_) => true,
    })
}

const CASE_METHODS: [&str; 14] = [
    "upper",
    "lower",
    "swapcase",
    "title",
    "capitalize",
    "casefold",
    "isalpha",
    "isalnum",
    "isupper",
    "islower",
    "istitle",
    "isidentifier",
    "isprintable",
    "isnumeric",
];

impl<'a> ProgramBuilder<'a> {
    fn signature(&self, params: usize) -> Signature {
        let mut sig = Signature::new(self.target.call_conv);
        let w = self.target.word;
        sig.params.extend((0..params).map(|_| AbiParam::new(w)));
        sig.returns.push(AbiParam::new(w));
        sig
    }

    /// Declares compiled Python function `name` of `params` parameters (with the function
    /// object when it takes it): more than the runtime passes in registers and on the stack
    /// are passed by their address ([`mpyc_runtime::func::flags::PACKED`]).
    fn declare_python_function(&mut self, name: String, params: usize) -> u32 {
        self.declare_function(name, if packed(params) { 1 } else { params })
    }

    fn declare_function(&mut self, name: String, params: usize) -> u32 {
        let index = self.functions.len() as u32;
        let sig = self.signature(params);
        self.func_index.insert(name.clone(), index);
        self.functions.push(FuncDecl { name, sig, body: None });
        index
    }

    /// A function's info record, which its function object and its traceback frames share:
    /// the address of its module's file name and name (two C strings, one pair per module), then its name,
    /// its qualified name (empty when it is the name), its parameter names and its kept
    /// docstring (`doc`, see [`Self::kept_doc`]), each NUL-terminated, packed into words (see
    /// [`mpyc_runtime::func::Info`]). Its data index.
    fn function_info(
        &mut self,
        module: &ModuleCtx,
        name: &str,
        qualname: &str,
        params: &[String],
        doc: Option<&str>,
    ) -> u32 {
        let qualname = if qualname == name { "" } else { qualname };
        let mut bytes = Vec::new();
        for part in [name, qualname].into_iter().chain(params.iter().map(String::as_str)).chain(doc) {
            bytes.extend_from_slice(part.as_bytes());
            bytes.push(0);
        }
        // The file name, then the module's name (`Info::module`).
        let file = self.cstring(format!("{}\0{}", module.source.file, module.name).as_bytes());
        let key = (file, bytes);
        if let Some(&i) = self.infos.get(&key) {
            return i;
        }
        let w = self.target.word.bytes() as usize;
        let mut words = vec![DataWord::Data(file)];
        words.extend(key.1.chunks(w).map(|c| {
            let mut b = [0u8; 8];
            b[..c.len()].copy_from_slice(c);
            DataWord::Int(u64::from_le_bytes(b))
        }));
        let i = self.add_data("mpy.info", DataInit::Words(words), false);
        self.infos.insert(key, i);
        i
    }

    /// The docstring a function with this body keeps: when the program reads `__doc__`
    /// (a docstring holding a NUL is not kept: the info record's strings end with one).
    fn kept_doc<'b>(&self, body: &'b [ast::Stmt]) -> Option<&'b str> {
        docstring(body).filter(|d| self.function_docs && !d.contains('\0'))
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

    /// A str object for literal `text` in read-only data, shared between uses: its hash is
    /// computed here, so the runtime never writes to it (see `StrObj::hash`).
    fn str_object(&mut self, text: &str) -> u32 {
        if let Some(&i) = self.str_objects.get(text) {
            return i;
        }
        let bytes = self.add_data("mpy.lit", DataInit::Bytes(text.as_bytes().to_vec()), false);
        let meta = mpyc_runtime::str::meta_of(text.as_bytes(), self.target.word.bits());
        let words = vec![
            DataWord::Runtime("mpyc_STR_TYPE"),
            DataWord::Int(text.len() as u64),
            DataWord::Data(bytes),
            DataWord::Int(meta),
        ];
        let i = self.add_data("mpy.str", DataInit::Words(words), false);
        self.str_objects.insert(text.to_string(), i);
        i
    }

    /// The index of str `text` in the program's table of the strs bytecode names (its `S`
    /// operand).
    fn text(&mut self, text: &str) -> u32 {
        if let Some(&i) = self.text_index.get(text) {
            return i;
        }
        let i = self.texts.len() as u32;
        self.texts.push(text.to_string());
        self.text_index.insert(text.to_string(), i);
        i
    }

    /// A float object for a literal in read-only data, shared between uses: `text` (the
    /// shortest decimal of the parsed f64) is rounded once to the board's float, exactly as
    /// the runtime's `float()` rounds it.
    fn float_object(&mut self, text: &str) -> u32 {
        let key = format!("f{text}");
        if let Some(&i) = self.const_objects.get(&key) {
            return i;
        }
        let ty = DataWord::Runtime("mpyc_FLOAT_TYPE");
        let words = match (self.target.float == ir::types::F32, self.target.word.bits()) {
            (true, _) => vec![ty, DataWord::Int(u64::from(text.parse::<f32>().unwrap_or(0.0).to_bits()))],
            (false, 64) => vec![ty, DataWord::Int(text.parse::<f64>().unwrap_or(0.0).to_bits())],
            // An f64 after a 32-bit header is at offset 8 (`FloatObj` is `repr(C)`).
            (false, _) => {
                let bits = text.parse::<f64>().unwrap_or(0.0).to_bits();
                vec![ty, DataWord::Int(0), DataWord::Int(bits & 0xffff_ffff), DataWord::Int(bits >> 32)]
            }
        };
        let i = self.add_data("mpy.float", DataInit::Words(words), false);
        self.const_objects.insert(key, i);
        i
    }

    /// A tuple display whose items are all constants (small ints, floats, strs, None, True,
    /// False, `...`, such tuples) as a tuple object in read-only data, made once and shared,
    /// as CPython's tuple constants are: no code builds it, nothing allocates. None for any
    /// other (an empty tuple is the runtime's own), and for one with a str unless `strs` (a str
    /// object in flash is 16 bytes more than the text bytecode names: there the tuple is made
    /// by code).
    fn const_tuple(&mut self, elts: &[ast::Expr], strs: bool) -> Option<u32> {
        if elts.is_empty() || elts.len() > 256 {
            return None;
        }
        let mut words = vec![DataWord::Runtime("mpyc_TUPLE_TYPE"), DataWord::Int(elts.len() as u64)];
        for e in elts {
            let (negate, c) = match e {
                ast::Expr::Constant(c) => (false, &c.value),
                ast::Expr::UnaryOp(u) if u.op == ast::UnaryOp::USub => match &*u.operand {
                    ast::Expr::Constant(c) if matches!(c.value, ast::Constant::Int(_) | ast::Constant::Float(_)) => {
                        (true, &c.value)
                    }
                    _ => return None,
                },
                ast::Expr::Tuple(t) => {
                    words.push(DataWord::Data(self.const_tuple(&t.elts, strs)?));
                    continue;
                }
                _ => return None,
            };
            let w = match c {
                ast::Constant::None => DataWord::Int(mpyc_runtime::value::NONE as u64),
                ast::Constant::Bool(b) => {
                    DataWord::Int(if *b { mpyc_runtime::value::TRUE } else { mpyc_runtime::value::FALSE } as u64)
                }
                ast::Constant::Int(i) => {
                    let (min, max) = small_range(self.target.word);
                    let n = i.to_string().parse::<i64>().ok()?;
                    let n = if negate { n.checked_neg()? } else { n };
                    if !(min..=max).contains(&n) {
                        return None;
                    }
                    DataWord::Int(((n << 1) | 1) as u64)
                }
                ast::Constant::Float(f) => {
                    let f = if negate { -f } else { *f };
                    DataWord::Data(self.float_object(&format!("{f:e}")))
                }
                ast::Constant::Str(t) if strs => DataWord::Data(self.str_object(t)),
                ast::Constant::Ellipsis => DataWord::Data(self.runtime_object("mpyc_ELLIPSIS")),
                _ => return None,
            };
            words.push(w);
        }
        let key = format!("t{words:?}");
        if let Some(&i) = self.const_objects.get(&key) {
            return Some(i);
        }
        let i = self.add_data("mpy.tuple", DataInit::Words(words), false);
        self.const_objects.insert(key, i);
        Some(i)
    }

    /// The runtime's object `name` (one of [`runtime_data`]) as a data object of the program.
    fn runtime_object(&mut self, name: &'static str) -> u32 {
        let key = format!("r{name}");
        if let Some(&i) = self.const_objects.get(&key) {
            return i;
        }
        let i = self.data.len() as u32;
        self.data.push(DataDecl { name: name.to_string(), init: DataInit::Runtime(name), writable: false });
        self.const_objects.insert(key, i);
        i
    }

    /// A new word in the roots array.
    fn root(&mut self) -> u32 {
        self.root_count += 1;
        self.root_count - 1
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

    /// A new site's inline cache: its first word's number.
    fn cache(&mut self) -> u32 {
        let words = mpyc_runtime::vm::pyops::CACHE_WORDS as u32;
        self.cache_words += words;
        self.cache_words - words
    }

    /// A literal's bytes and the root slot caching its object: (slot, bytes).
    fn literal(&mut self, kind: u8, text: &[u8]) -> (u32, u32) {
        let mut key = vec![kind];
        key.extend_from_slice(text);
        if let Some(&p) = self.literals.get(&key) {
            return p;
        }
        let bytes = self.add_data("mpy.lit", DataInit::Bytes(text.to_vec()), false);
        let slot = self.root();
        self.literals.insert(key, (slot, bytes));
        (slot, bytes)
    }
}

/// What every function of the module shares.
struct ModuleCtx<'a> {
    source: &'a SourceMap,
    /// Its operations on ints for sure (`frontend::numbers::int_operations`), by range.
    int_ops: &'a std::collections::BTreeSet<(TextSize, TextSize)>,
    /// `__name__`: `__main__` for the main module.
    name: String,
    /// Its position in the program's list of modules.
    index: usize,
    /// The program's other modules, by dotted name.
    modules: &'a HashMap<String, UserModule>,
    /// Global name → its root slot.
    global_slots: HashMap<String, u32>,
    /// Top-level `def`s that are never rebound and take plain positional parameters: name →
    /// (function index, parameter count, where the `def` starts). Calls with matching
    /// arguments call them directly.
    direct: HashMap<String, (u32, usize, TextSize)>,
    /// Where each of the module's top-level statements starts, in order: a call runs after a
    /// `def` has for sure when the top-level statement it is in comes after the `def`.
    top_starts: Vec<TextSize>,
    /// Where the first top-level statement that might run the program's own code starts
    /// (`scope::quiet_prefix_end`; None: none might): a `def` above it has run before any
    /// function body does.
    quiet_until: Option<TextSize>,
    /// Globals bound only by `import m` of a built-in module: their attributes are checked.
    imports: HashMap<String, &'static mpyc_runtime::modules::ModuleObj>,
    options: Options,
    /// `from __future__ import annotations`: a class's annotations are kept as their text.
    annotations_as_text: bool,
    /// Its docstring, its `__doc__` (None without one).
    doc: Option<&'a str>,
}

/// Whether a module's source may reach its namespace as a dict (`globals()`, `locals()` or
/// `vars()` at its top level, a function's `__globals__`): the main module then has an object
/// for it, a name no code binds is looked for in it, and no call goes straight to a function
/// it may rebind.
pub(crate) fn reaches_namespace(text: &str) -> bool {
    text.contains("globals") || text.contains("locals()") || text.contains("vars()")
}

/// The docstring of a module, class or function body: its first statement when that is a
/// str constant.
pub(crate) fn docstring(body: &[ast::Stmt]) -> Option<&str> {
    match body.first() {
        Some(ast::Stmt::Expr(e)) => match &*e.value {
            ast::Expr::Constant(ast::ExprConstant { value: ast::Constant::Str(doc), .. }) => Some(doc.as_str()),
            _ => None,
        },
        _ => None,
    }
}

/// A module of the program other than the main one, as every module sees it.
pub struct UserModule {
    /// The function that runs its body.
    pub func: u32,
    /// The root slot that holds its module object once imported.
    pub slot: u32,
    /// Its globals: root slots `first_global..first_global + names.len()`, in `names` order.
    pub first_global: u32,
    pub names: Vec<String>,
}

/// Whether `name` is a module the runtime provides.
pub fn is_builtin_module(name: &str) -> bool {
    builtins::module(name).is_some()
}

/// Lowers the program's modules (the main one first) for `target`.
pub fn lower_program(
    modules: &[crate::frontend::loader::Loaded],
    target: Target,
    options: Options,
) -> Result<Program, CompileError> {
    let list: Vec<(&str, &Module)> = modules.iter().map(|m| (m.name.as_str(), &m.module)).collect();
    lower_modules(&list, target, options)
}

fn lower_modules(modules: &[(&str, &Module)], target: Target, options: Options) -> Result<Program, CompileError> {
    let mut prog = ProgramBuilder {
        target,
        functions: Vec::new(),
        data: Vec::new(),
        func_index: HashMap::new(),
        cstrings: HashMap::new(),
        infos: HashMap::new(),
        literals: HashMap::new(),
        module_records: HashMap::new(),
        str_objects: HashMap::new(),
        const_objects: HashMap::new(),
        roots: 0,
        root_count: 0,
        root_count_data: 0,
        generators: false,
        caches: 0,
        cache_words: 0,
        cache_words_data: 0,
        stack_limit: None,
        pending: Vec::new(),
        warnings: Vec::new(),
        unicode_case: modules.iter().any(|(_, m)| names_case_method(&m.source.text))
            && modules.iter().any(|(_, m)| may_make_non_ascii(&m.source.text)),
        unicode_print: modules.iter().any(|(_, m)| may_make_non_ascii(&m.source.text)),
        // (Of a library module, what is kept of it: functools' `singledispatch` reads annotations.)
        function_annotations: modules.iter().any(|(_, m)| match &m.mentioned {
            Some(kept) => kept.contains("__annotations__"),
            None => m.source.text.contains("__annotations__"),
        }),
        // (functools and collections set `__doc__`s, which is no reason to keep docstrings.)
        function_docs: modules
            .iter()
            .any(|(name, m)| !matches!(*name, "functools" | "collections") && m.source.text.contains("__doc__")),
        module_dunders: modules.iter().any(|(name, m)| {
            !matches!(*name, "functools" | "collections")
                && (m.source.text.contains("__doc__") || m.source.text.contains("__file__"))
        }),
        adds_modules: modules.iter().any(|(_, m)| stores_sys_modules(&m.source.text)),
        adds_builtins: modules.iter().any(|(_, m)| stores_builtins(&m.source.text)),
        main_module: None,
        stubs: BTreeSet::new(),
        vm_stubs: BTreeMap::new(),
        listings: Vec::new(),
        choices: emitter::Choices::new(modules, options.code),
        bytecode: BTreeSet::new(),
        vm_ops: [0; 4],
        vm_entries: None,
        root_names: BTreeMap::new(),
        texts: Vec::new(),
        text_index: HashMap::new(),
        vm_main: None,
        vm_builtin_types: false,
        module_stmts: Vec::new(),
        stmt_helpers: BTreeSet::new(),
    };
    if prog.choices.any_bytecode() {
        prog.vm_entries = Some(prog.add_data("mpy.vmentries", DataInit::Zeros(0), false));
    }
    prog.roots = prog.add_data("mpy.roots", DataInit::Zeros(0), true);
    prog.root_count_data = prog.add_data("mpy.nroots", DataInit::Zeros(0), false);
    prog.caches = prog.add_data("mpy.caches", DataInit::Zeros(0), true);
    prog.cache_words_data = prog.add_data("mpy.ncaches", DataInit::Zeros(0), false);
    let main = prog.declare_function("mpy_main".to_string(), 0);

    // Every module's globals (contiguous root slots) and, but for the main one, its body's
    // function and the slot of its module object.
    let mut slots: Vec<HashMap<String, u32>> = Vec::new();
    let mut user = HashMap::new();
    for (i, (name, module)) in modules.iter().enumerate() {
        let (_, declared_global) = scope::module_names(&module.body);
        // In the order a run first binds them (CPython's order of a module's globals), then
        // the names only functions bind (`global x`).
        let mut names = scope::binding_order(&module.body);
        let bound: BTreeSet<&String> = names.iter().collect();
        let only_declared: Vec<String> = declared_global.iter().filter(|n| !bound.contains(n)).cloned().collect();
        names.extend(only_declared);
        let first = prog.root_count;
        let mut map = HashMap::new();
        for n in &names {
            let slot = prog.root();
            map.insert(n.clone(), slot);
        }
        slots.push(map);
        let names_main = |t: &str| {
            t.contains("modules")
                || t.contains("import __main__")
                || t.contains("from __main__")
                || reaches_namespace(t)
        };
        if i == 0 && modules.iter().any(|(_, m)| names_main(&m.source.text)) {
            let keep = prog.root();
            prog.main_module = Some((first, names.clone(), keep));
        }
        if i > 0 {
            let func = prog.declare_function(format!("mpy_mod.{name}"), 0);
            let slot = prog.root();
            user.insert(
                name.to_string(),
                UserModule { func, slot, first_global: first, names: names.into_iter().collect() },
            );
        }
    }
    let mut ctxs = Vec::new();
    for (i, (name, module)) in modules.iter().enumerate() {
        let (_, declared_global) = scope::module_names(&module.body);
        let bindings = scope::binding_counts(&module.body);
        let mut ctx = ModuleCtx {
            source: &module.source,
            int_ops: &module.int_ops,
            name: name.to_string(),
            index: i,
            global_slots: std::mem::take(&mut slots[i]),
            direct: HashMap::new(),
            top_starts: module.body.iter().map(|s| s.range().start()).collect(),
            quiet_until: scope::quiet_prefix_end(&module.body, &is_builtin_module, &builtins::is_builtin, &|n| {
                bindings.contains_key(n)
            }),
            imports: HashMap::new(),
            modules: &user,
            options,
            annotations_as_text: crate::frontend::desugar::annotations::postponed(&module.body),
            doc: docstring(&module.body),
        };
        for stmt in &module.body {
            if let ast::Stmt::Import(imp) = stmt {
                for alias in &imp.names {
                    let bound = alias.asname.as_ref().unwrap_or(&alias.name).to_string();
                    if let Some(m) = builtins::module(alias.name.as_str()) {
                        if bindings.get(&bound) == Some(&1) && !declared_global.contains(&bound) {
                            ctx.imports.insert(bound, m);
                        }
                    }
                }
            }
        }
        ctxs.push((ctx, declared_global, bindings));
    }

    for (i, (_, module)) in modules.iter().enumerate() {
        // Top-level defs get their function index now, so that calls can be direct.
        let mut top_defs = HashMap::new();
        for stmt in &module.body {
            if let ast::Stmt::FunctionDef(def) = stmt {
                let name = def.name.to_string();
                let scope = scope::analyze(&def.args, &def.body, &BTreeSet::new());
                let nparams = scope.params.all().len() + usize::from(!scope.free.is_empty());
                // A name defined twice (or in two modules) gets a symbol per definition.
                let sym = format!("py_{name}");
                let sym =
                    if prog.func_index.contains_key(&sym) { format!("{sym}.{}", prog.functions.len()) } else { sym };
                let index = prog.declare_python_function(sym, nparams);
                let a = &def.args;
                let plain = a.posonlyargs.is_empty()
                    && a.vararg.is_none()
                    && a.kwarg.is_none()
                    && a.kwonlyargs.is_empty()
                    && a.args.iter().all(|p| p.default.is_none())
                    && scope::run_decorators(&def.decorator_list).next().is_none()
                    && !scope.generator
                    && scope.free.is_empty();
                let (ctx, declared_global, bindings) = &mut ctxs[i];
                if plain
                    && !reaches_namespace(&module.source.text)
                    && bindings.get(&name) == Some(&1)
                    && !declared_global.contains(&name)
                    && a.args.len() <= mpyc_runtime::func::MAX_PARAMS
                {
                    ctx.direct.insert(name.clone(), (index, a.args.len(), def.range().start()));
                }
                top_defs.insert(def.range().start(), index);
                prog.pending.push(Pending {
                    index,
                    module: i,
                    qualname: name.clone(),
                    name,
                    args: &def.args,
                    body: Body::Stmts(&def.body),
                    scope,
                    visible: BTreeSet::new(),
                    emitter: prog.choices.of_def(&def.args).unwrap_or(Emitter::Native),
                });
            }
        }
        let body: Vec<&ast::Stmt> = module.body.iter().collect();
        let func = if i == 0 { main } else { user[ctxs[i].0.name.as_str()].func };
        let emitter = prog.choices.of_module(i);
        let f = lower_function(
            &mut prog,
            &ctxs[i].0,
            func,
            emitter,
            "<module>",
            "",
            None,
            &BTreeSet::new(),
            Body::Stmts(&[]),
            &body,
            &top_defs,
        )?;
        prog.functions[func as usize].body = Some(f);
        // The statements the module's bytecode left to machine code.
        while let Some((helper, module, stmt)) = prog.module_stmts.pop() {
            prog.stmt_helpers.insert(helper);
            let f = lower_function(
                &mut prog,
                &ctxs[module].0,
                helper,
                Emitter::Native,
                "<module>",
                "",
                None,
                &BTreeSet::new(),
                Body::Stmts(&[]),
                &[stmt],
                &top_defs,
            )?;
            prog.functions[helper as usize].body = Some(f);
        }
        while let Some(p) = prog.pending.pop() {
            let stmts: Vec<&ast::Stmt> = match p.body {
                Body::Stmts(s) => s.iter().collect(),
                Body::Expr(_) => Vec::new(),
            };
            let mut visible = p.visible.clone();
            visible.extend(p.scope.params.all());
            visible.extend(p.scope.locals.iter().cloned());
            for g in &p.scope.globals {
                visible.remove(g);
            }
            let f = lower_function(
                &mut prog,
                &ctxs[p.module].0,
                p.index,
                p.emitter,
                &p.name,
                &p.qualname,
                Some(&p.scope),
                &visible,
                p.body,
                &stmts,
                &HashMap::new(),
            )?;
            let _ = p.args;
            prog.functions[p.index as usize].body = Some(f);
        }
    }
    if let Some(table) = prog.vm_entries {
        // The entry points of the instructions there are; the others are never called.
        let mut used = BTreeSet::new();
        for opc in 0..=255u8 {
            if prog.vm_ops[usize::from(opc) / 64] & 1 << (opc % 64) != 0 {
                used.extend(mpyc_runtime::vm::pyops::entries_of(opc).iter().copied());
            }
        }
        if !prog.vm_builtin_types && used.remove("rt_builtin") {
            used.insert("rt_builtin_function");
        }
        // The roots' names, in order ("" for those the bytecode never names).
        let mut names = Vec::new();
        for slot in 0..prog.root_count {
            names.extend(prog.root_names.get(&slot).map_or(&[][..], |n| n.as_bytes()));
            names.push(0);
        }
        let names = prog.add_data("mpy.rootnames", DataInit::Bytes(names), false);
        // The strs' texts, and room for their objects.
        let mut texts = Vec::new();
        crate::backend::bytecode::uleb(&mut texts, prog.texts.len() as u64);
        for t in &prog.texts {
            crate::backend::bytecode::uleb(&mut texts, t.len() as u64);
            texts.extend_from_slice(t.as_bytes());
        }
        let texts = prog.add_data("mpy.texts", DataInit::Bytes(texts), false);
        // (A `StrObj` is four words.)
        let str_bytes = 4 * target.word.bytes() as usize;
        let strs = prog.add_data("mpy.strs", DataInit::Zeros(str_bytes * prog.texts.len().max(1)), true);
        let mut words = vec![
            DataWord::Data(prog.roots),
            DataWord::Data(prog.caches),
            DataWord::Data(names),
            DataWord::Data(texts),
            DataWord::Data(strs),
        ];
        // What `rt_vm_main` starts the program with (nothing when the start code is native).
        match prog.vm_main {
            Some(blob) => {
                let limit = prog.stack_limit();
                let generators = u64::from(prog.generators) << (target.word.bits() - 1);
                words.extend([
                    DataWord::Data(limit),
                    DataWord::Int(u64::from(prog.root_count) | generators),
                    DataWord::Int(init_flags(&options, true) as u64),
                    DataWord::Int(u64::from(prog.cache_words)),
                    DataWord::Data(blob),
                ]);
            }
            None => words.extend(vec![DataWord::Int(0); 5]),
        }
        // Which entry points the code calls (`Program::linked`: a bit each), then those.
        let bits = target.word.bits() as usize;
        let names = mpyc_runtime::vm::pyops::ENTRY_NAMES;
        let mut linked = vec![0u64; names.len().div_ceil(bits)];
        let mut functions = Vec::new();
        for (i, &name) in names.iter().enumerate() {
            let name = match name {
                "rt_builtin" if used.contains("rt_builtin_function") => "rt_builtin_function",
                _ if used.contains(name) => name,
                _ => continue,
            };
            linked[i / bits] |= 1 << (i % bits);
            functions.push(DataWord::Function(prog.runtime(name)));
        }
        words.extend(linked.into_iter().map(DataWord::Int));
        words.extend(functions);
        prog.data[table as usize].init = DataInit::Words(words);
    }
    let word = target.word.bytes() as usize;
    prog.data[prog.roots as usize].init = DataInit::Zeros(word * prog.root_count.max(1) as usize);
    // (The top bit: the program has generators, whose run area `rt_init` makes at once.)
    let generators = prog.generators;
    let flag = u64::from(generators) << (target.word.bytes() * 8 - 1);
    let count = (u64::from(prog.root_count) | flag).to_le_bytes()[..word].to_vec();
    prog.data[prog.root_count_data as usize].init = DataInit::Bytes(count);
    prog.data[prog.caches as usize].init = DataInit::Zeros(word * prog.cache_words.max(1) as usize);
    let count = u64::from(prog.cache_words).to_le_bytes()[..word].to_vec();
    prog.data[prog.cache_words_data as usize].init = DataInit::Bytes(count);
    let file = modules[0].1.source.file.clone();
    let names = (!options.keep_methods).then(|| {
        let mut names: BTreeSet<String> = prog.str_objects.into_keys().collect();
        names.extend(prog.texts);
        // The builtins the code looks up by name, also those the source does not spell
        // (`sorted` for a `**` mapping's keys): the firmware keeps only the built-in functions
        // named.
        for key in prog.literals.keys() {
            if let Some(name) = key.strip_prefix(b"Bbuiltin:") {
                names.insert(String::from_utf8_lossy(name).into_owned());
            }
        }
        // (A program with generator functions or coroutines opens the runtime's gate `yield`,
        // behind which the generators' making is: no identifier is spelt so.)
        if generators {
            names.insert("yield".to_string());
        }
        for (_, m) in modules {
            match &m.mentioned {
                Some(kept) => names.extend(kept.iter().cloned()),
                None => mentioned(&m.source.text, &mut names),
            }
        }
        names
    });
    Ok(Program {
        file,
        functions: prog.functions,
        data: prog.data,
        main: main as usize,
        warnings: prog.warnings,
        names,
        stubs: prog.stubs,
        vm_stubs: prog.vm_stubs,
        listings: prog.listings,
        bytecode: prog.bytecode,
        library_left_out: 0,
    })
}

/// The identifiers of `text` (a module's source), and the identifier-like words of its
/// strings, into `out`.
fn mentioned(text: &str, out: &mut BTreeSet<String>) {
    // (Every `%` may format: this is the path of `--keep-methods`, which proves nothing.)
    crate::frontend::prune::tokens(text, &[], |_, name| {
        out.insert(name);
    });
}

pub(crate) fn err(source: &SourceMap, node: &impl Ranged, msg: impl Into<String>) -> CompileError {
    let r = node.range();
    source.error(usize::from(r.start()), usize::from(r.end()), msg)
}

/// Lowers one function (or the module body, when `scope` is None).
#[allow(clippy::too_many_arguments)]
fn lower_function<'a>(
    prog: &mut ProgramBuilder<'a>,
    module: &ModuleCtx,
    index: u32,
    emitter: Emitter,
    py_name: &str,
    qualname: &str,
    scope: Option<&FunctionScope>,
    visible: &BTreeSet<String>,
    lambda: Body<'a>,
    body: &[&'a ast::Stmt],
    top_defs: &HashMap<rustpython_parser::text_size::TextSize, u32>,
) -> Result<ir::Function, CompileError> {
    let prog_word = prog.target.word;
    let sig = prog.functions[index as usize].sig.clone();
    let mut func = ir::Function::with_name_signature(UserFuncName::user(0, index), sig);
    let mut fctx = FunctionBuilderContext::new();
    let b = FunctionBuilder::new(&mut func, &mut fctx);
    let params = scope.map(|s| s.params.all()).unwrap_or_default();
    let doc = prog.kept_doc(body.first().map(|s| std::slice::from_ref(*s)).unwrap_or_default());
    let info = prog.function_info(module, py_name, qualname, &params, doc);
    if emitter == Emitter::Bytecode {
        prog.bytecode.insert(index);
    }
    // A module body as bytecode: its start code stays native, then runs the blob.
    let module_blob = match (scope, emitter) {
        (None, Emitter::Bytecode) => ops::try_emit_module(prog, module, index, body, info, top_defs),
        _ => None,
    };
    if module_blob.is_some() {
        prog.bytecode.remove(&index);
        prog.stubs.insert(index);
    }
    if let (Some(scope), Emitter::Bytecode) = (scope, emitter) {
        let lambda = match lambda {
            Body::Expr(e) => Some(e),
            Body::Stmts(_) => None,
        };
        let stmts: Vec<&ast::Stmt> = body.to_vec();
        if let Some(stub) = ops::try_emit(prog, module, index, scope, &stmts, lambda, info, visible, qualname) {
            prog.stubs.insert(index);
            prog.bytecode.remove(&index);
            return Ok(stub);
        }
    }
    let reads = scope::name_reads(body);
    let hints = floats::name_hints(body, &reads.operands);
    let moves = floats::moves(body, &reads.counts);
    let int_names = versions::int_names(body);
    let stmt_helper = prog.stmt_helpers.contains(&index);
    let mut l = FnLowerer {
        prog,
        m: module,
        b,
        scope,
        visible: visible.clone(),
        vars: HashMap::new(),
        cells: HashMap::new(),
        assigned: HashSet::new(),
        renames: Vec::new(),
        classes: Vec::new(),
        loops: Vec::new(),
        handlers: Vec::new(),
        cleanups: Vec::new(),
        exc_exit: None,
        info,
        func_refs: HashMap::new(),
        data_gvs: HashMap::new(),
        args_slot: None,
        line: 1,
        top_defs,
        import_guards: 0,
        comp_captured: BTreeSet::new(),
        class_hidden: 0,
        qualname: qualname.to_string(),
        emitter,
        stmt_helper,
        floatish: hints.floats,
        unboxable: hints.unboxed,
        attribute_names: hints.attributes,
        funnels: HashMap::new(),
        arith_memo: Default::default(),
        unboxed: HashMap::new(),
        box_slot: None,
        moves,
        fast: None,
        int_names,
        recording: None,
        fallbacks: HashMap::new(),
        list_regions: None,
    };
    match (module_blob, l.prog.vm_entries) {
        // The main module's body as bytecode, with no start code of its own beyond the usual:
        // the runtime's (`rt_vm_main`), from the program's table, then the body.
        (Some(blob), Some(table)) if l.starts_by_table() => {
            let entry = l.b.create_block();
            l.b.append_block_params_for_function_params(entry);
            l.enter(entry);
            l.prog.vm_main = Some(blob);
            let t = l.data_addr(table);
            let r = l.call_rt("rt_vm_main", &[t]);
            l.b.ins().return_(&[r]);
        }
        _ => {
            l.prologue();
            if let Some(blob) = module_blob {
                // (The bytecode records its own traceback frame: its result is returned as
                // it is.)
                let code = l.data_addr(blob);
                let zero = l.iconst(0);
                let r = l.call_rt("rt_vm_run", &[code, zero, zero]);
                l.b.ins().return_(&[r]);
            }
        }
    }
    let body = if module_blob.is_some() { &[][..] } else { body };
    if let Body::Expr(e) = lambda {
        l.set_line(e);
        let v = l.expr(e)?;
        l.b.ins().return_(&[v]);
    }
    for stmt in body {
        l.stmt(stmt)?;
    }
    if !l.terminated() {
        let none = l.none();
        l.b.ins().return_(&[none]);
    }
    l.fill_exc_exit();
    let check = scope.map(|_| l.new_stack_check());
    l.b.seal_all_blocks();
    // Calls of compiled functions (the runtime's calls of them check the stack themselves).
    let python: HashSet<FuncRef> = l
        .func_refs
        .iter()
        .filter(|(&i, _)| mpyc_runtime::abi::lookup(&l.prog.functions[i as usize].name).is_none())
        .map(|(_, &r)| r)
        .collect();
    let items_region = l.list_regions.map(|r| r[ListMemory::Items as usize]);
    l.b.finalize(frontend_config(prog_word));
    if let Some(check) = check {
        stack::place(&mut func, check, &python, prog_word);
    }
    loads::reuse_list_loads(&mut func, items_region);
    Ok(func)
}

/// What leaving a block early (return, break, continue) must run first.
#[derive(Clone)]
pub(crate) enum Cleanup<'a> {
    /// A `finally` body.
    Finally(&'a [ast::Stmt]),
    /// Leaving an `except` clause: restore the exception handled before (the variable holds it)
    /// and unbind the clause's `as` name, if any.
    ExceptEnd(Variable, Option<&'a str>),
    /// Leaving a `with` body normally: call the manager's `__exit__(None, None, None)`, at
    /// the `with` statement's line.
    With(Variable, &'a ast::Stmt),
}

/// A cleanup with the depths of the handler and loop stacks where it was entered.
#[derive(Clone)]
pub(crate) struct CleanupAt<'a> {
    pub what: Cleanup<'a>,
    pub handlers: usize,
    pub loops: usize,
}

/// A class body being lowered: its namespace dict and the names it assigns.
pub(crate) struct ClassCtx {
    /// The class's qualified name.
    pub qual: String,
    pub ns: Variable,
    pub names: BTreeSet<String>,
    /// The `__class__` cell its methods share, when one uses `super()`.
    pub cell: Option<Variable>,
    /// Its `__annotations__` dict, when its body annotates a name (`x: int = 0`).
    pub annotations: Option<Variable>,
    /// Whether its namespace may start with names of its metaclass's (`__prepare__`), which a
    /// name the body reads and nothing else binds is then looked for first: a class statement
    /// naming its metaclass (one inherited from a base is not looked at: a misspelt name in an
    /// ordinary subclass's body stays a compile-time warning).
    pub prepared: bool,
}

/// How many jumps one landing block takes directly, and each block of its funnel.
const FUNNEL_WIDTH: usize = 128;

/// The jumps into one landing block (a handler or the exception exit), gathered into a tree
/// once there are many: a block reached from tens of thousands of others (a module body of
/// many statements) makes the dominator computations of the register allocator quadratic,
/// where a tree of blocks of at most [`FUNNEL_WIDTH`] predecessors each keeps them linear.
#[derive(Default)]
struct Funnel {
    /// The jumps made to the landing block itself.
    direct: usize,
    /// The levels of the tree, from the one the raising blocks jump to upward.
    levels: Vec<FunnelLevel>,
}

#[derive(Default)]
struct FunnelLevel {
    /// The block taking jumps now, and how many it has.
    open: Option<(ir::Block, usize)>,
    /// How many blocks this level has had.
    made: usize,
}

/// Lowers the statements of one function.
pub(crate) struct FnLowerer<'a, 'p> {
    prog: &'p mut ProgramBuilder<'a>,
    m: &'p ModuleCtx<'p>,
    b: FunctionBuilder<'p>,
    scope: Option<&'p FunctionScope>,
    /// Names functions nested in this one may capture.
    visible: BTreeSet<String>,
    /// Locals and parameters (for cells: the variable holds the cell).
    vars: HashMap<String, Variable>,
    /// Names that live in cells: own cell variables and free variables, each a variable
    /// holding the cell.
    cells: HashMap<String, Variable>,
    /// Locals certainly bound at the current point, so reading them needs no check.
    assigned: HashSet<String>,
    /// Comprehension variables, innermost comprehension last.
    renames: Vec<HashMap<String, Variable>>,
    classes: Vec<ClassCtx>,
    /// (continue target, break target) of the enclosing loops, innermost last.
    loops: Vec<(ir::Block, ir::Block)>,
    /// Landing blocks of the enclosing `try`s (parameter: the line), innermost last.
    handlers: Vec<ir::Block>,
    cleanups: Vec<CleanupAt<'a>>,
    /// The block that records a traceback frame and returns 0; its parameter is the line.
    exc_exit: Option<ir::Block>,
    /// Data index of the function's info record (`function_info`), for traceback frames.
    info: u32,
    func_refs: HashMap<u32, FuncRef>,
    data_gvs: HashMap<u32, GlobalValue>,
    /// The stack slot call arguments are passed in, and its size in words.
    args_slot: Option<(StackSlot, u32)>,
    /// The line of the statement being lowered.
    line: usize,
    /// Function indices already declared for top-level defs, by the def's position.
    top_defs: &'p HashMap<rustpython_parser::text_size::TextSize, u32>,
    /// How many enclosing `try`s handle ImportError.
    import_guards: usize,
    /// The names lambdas capture in the comprehension being lowered.
    comp_captured: BTreeSet<String>,
    /// Above 0 inside a comprehension of a class body (past its first iterable): the class's
    /// names are not visible there, as a comprehension is a function of its own in CPython.
    class_hidden: usize,
    /// The qualified name of the function being lowered.
    qualname: String,
    /// Native code (the bytecode backend may still encode this CLIF: `Program::bytecode`).
    emitter: Emitter,
    /// A statement of a module body run as bytecode, compiled on its own: no start code.
    stmt_helper: bool,
    /// Names that look like floats (worth the unboxed float path).
    floatish: HashSet<String>,
    /// Those worth keeping unboxed ([`floats::NameHints::unboxed`]).
    unboxable: HashSet<String>,
    /// Names assigned attributes (`x = self.x`): arithmetic on them is as on attributes.
    attribute_names: HashSet<String>,
    /// By landing block: the tree the jumps into it are gathered in.
    funnels: HashMap<ir::Block, Funnel>,
    /// What `floats` found out about each arithmetic expression asked about.
    arith_memo: std::cell::RefCell<HashMap<*const ast::Expr, (bool, floats::Hints)>>,
    /// Float-looking locals kept unboxed (lazy boxing): by the local's variable, the variable
    /// holding its float while the local's word is [`mpyc_runtime::value::UNBOXED`].
    unboxed: HashMap<usize, Variable>,
    /// The stack slot floats are boxed from, shared by every boxing of the function.
    box_slot: Option<StackSlot>,
    /// Statements `x = y` that hand `y`'s float to `x` unboxed ([`floats::moves`]).
    moves: HashSet<*const ast::Stmt>,
    /// The fast copy of a versioned loop's body, while it is lowered ([`versions`]).
    fast: Option<FastCopy>,
    /// Names with int evidence ([`versions::int_names`]).
    int_names: HashSet<String>,
    /// While the general copy of a versioned loop's body is lowered: the statements that
    /// start a block of their own, where the fast copy's same statement goes on overflow.
    recording: Option<HashSet<*const ast::Stmt>>,
    /// Those blocks.
    fallbacks: HashMap<*const ast::Stmt, ir::Block>,
    /// The alias regions of list memory ([`Self::list_memory`]), once made.
    list_regions: Option<[ir::AliasRegion; 2]>,
}

/// The user ids of the alias regions of list memory ([`FnLowerer::list_memory`]).
const LIST_HEADER: u32 = 1;
const LIST_ITEMS: u32 = 2;

/// What of a list (or tuple) a load or store touches ([`FnLowerer::list_memory`]).
#[derive(Clone, Copy)]
pub(crate) enum ListMemory {
    /// The header words: length and items pointer.
    Header = 0,
    /// The items.
    Items = 1,
}

/// What the fast copy of a loop body knows ([`versions::Plan`]).
pub(crate) struct FastCopy {
    /// Names that hold small ints here.
    small: HashSet<String>,
    /// Values known to be small ints: those names' values as read, and fast results.
    values: HashSet<ir::Value>,
    /// Fast products, by their tagged value: the even word (2·x·y) it is that word plus one
    /// of, so that adding one does not have to take the tag off again.
    evens: HashMap<ir::Value, ir::Value>,
    /// Statements whose int arithmetic goes to their fallback on overflow.
    fastable: HashSet<*const ast::Stmt>,
    /// Names that hold lists here, and their values as read.
    list_names: HashSet<String>,
    lists: HashSet<ir::Value>,
    /// The counter's name, its values as read, and the loop's step: `i + c` for `0 ≤ c ≤
    /// step` stays a small int (the loop's fast mode left that much room above `stop`).
    counter: Option<String>,
    counter_values: HashSet<ir::Value>,
    step: i64,
    counter_nonnegative: bool,
    /// Values known not to be negative (the counter, when the loop starts at 0 or above, and
    /// sums of it with small constants).
    nonnegative: HashSet<ir::Value>,
    /// The fallback of the statement being lowered, when it is one of those.
    fallback: Option<ir::Block>,
    /// Accumulators held in two words ([`wide`]), and their statements.
    wide: Vec<(String, wide::Wide)>,
    wide_stmts: HashSet<*const ast::Stmt>,
    /// `if` statements whose test goes to its fallback for operands that are not small ints
    /// ([`versions::Plan::pure_tests`]), and the fallback of the one whose test is next.
    pure_tests: HashSet<*const ast::Stmt>,
    test_fallback: Option<ir::Block>,
    /// Where the copy is left while accumulators are in words: blocks that make their
    /// objects, each with where it goes on to (filled once the copy is lowered).
    exits: Vec<(ir::Block, ir::Block)>,
}

impl<'a, 'p> FnLowerer<'a, 'p> {
    fn word(&self) -> Type {
        self.prog.target.word
    }

    fn word_bytes(&self) -> i32 {
        self.word().bytes() as i32
    }

    /// A module object's `__doc__` and `__file__`, when some module mentions them.
    fn module_dunders(&mut self) {
        if !self.prog.module_dunders {
            return;
        }
        if let Some(m) = self.module_object() {
            let file = self.m.source.file.clone();
            let file = self.str_literal(&file);
            let doc = match self.m.doc {
                Some(d) => self.str_literal(d),
                None => self.iconst(mpyc_runtime::value::NONE as i64),
            };
            self.call_rt("rt_module_dunders", &[m, file, doc]);
        }
    }

    /// Whether this is the main module's body, whose start code is nothing but the usual
    /// ([`Self::prologue`]'s for it with no Unicode tables and no `__main__` module object).
    fn starts_by_table(&self) -> bool {
        self.scope.is_none()
            && self.m.name == "__main__"
            && !self.stmt_helper
            && !self.prog.unicode_case
            && !self.prog.unicode_print
            && self.prog.main_module.is_none()
    }

    fn prologue(&mut self) {
        let entry = self.b.create_block();
        self.b.append_block_params_for_function_params(entry);
        self.enter(entry);
        let w = self.word();
        if self.scope.is_none() && (self.m.name != "__main__" || self.stmt_helper) {
            if !self.stmt_helper {
                self.module_dunders();
            }
            return;
        }
        if self.scope.is_none() {
            self.init_stack_limit();
            // The roots and their number, which is known once every function is lowered.
            let roots = self.roots_addr();
            let count_addr = self.data_addr(self.prog.root_count_data);
            let count = self.load_word(count_addr);
            let flags = self.iconst(init_flags(&self.m.options, self.prog.choices.any_bytecode()));
            self.call_rt("rt_init", &[roots, count, flags]);
            let caches = self.data_addr(self.prog.caches);
            let count_addr = self.data_addr(self.prog.cache_words_data);
            let count = self.load_word(count_addr);
            self.call_rt("rt_init_caches", &[caches, count]);
            if let Some(table) = self.prog.vm_entries {
                let table = self.data_addr(table);
                self.call_rt("rt_vm_entries", &[table]);
            }
            if self.prog.unicode_case {
                self.call_rt("rt_unicode_case", &[]);
            }
            if self.prog.unicode_print {
                self.call_rt("rt_unicode_print", &[]);
            }
            if let Some((first, names, keep)) = self.prog.main_module.clone() {
                // `sys.modules['__main__']`: this module's globals as a module object.
                let args = self.module_args("__main__", first, &names);
                let m = self.call_rt("rt_new_module", &args);
                self.store_root(keep, m);
                self.module_dunders();
            }
            return;
        }
        let scope = self.scope.expect("a function");
        let params = scope.params.all();
        let env = !scope.free.is_empty();
        let args: Vec<ir::Value> = self.b.func.dfg.block_params(entry).to_vec();
        let base = usize::from(env);
        // The function object (when it takes it) and each parameter: an argument, or a word at
        // the address its only argument gives.
        let packed = packed(params.len() + base);
        let arg = |l: &mut Self, i: usize| {
            if packed {
                let off = (i as i32) * l.word_bytes();
                l.b.ins().load(w, MemFlagsData::trusted(), args[0], off)
            } else {
                args[i]
            }
        };
        if env {
            // The cells tuple of the running function object, then each free variable's cell.
            let fobj = arg(self, 0);
            let off = 8 * self.word_bytes();
            let cells = self.b.ins().load(w, MemFlagsData::trusted(), fobj, off);
            for (i, name) in scope.free.iter().enumerate() {
                let off = (2 + i as i32) * self.word_bytes();
                let cell = self.b.ins().load(w, MemFlagsData::trusted(), cells, off);
                let v = self.b.declare_var(w);
                self.b.def_var(v, cell);
                self.cells.insert(name.clone(), v);
            }
        }
        for (i, p) in params.iter().enumerate() {
            let v = self.b.declare_var(w);
            let arg = arg(self, base + i);
            if scope.cells.contains(p) {
                let cell = self.call_rt_checked("rt_new_cell", &[arg]);
                self.b.def_var(v, cell);
                self.cells.insert(p.clone(), v);
            } else {
                self.b.def_var(v, arg);
                self.vars.insert(p.clone(), v);
                self.assigned.insert(p.clone());
                self.declare_unboxed(p, v);
            }
        }
        for local in &scope.locals {
            let v = self.b.declare_var(w);
            if scope.cells.contains(local) {
                let zero = self.iconst(0);
                let cell = self.call_rt_checked("rt_new_cell", &[zero]);
                self.b.def_var(v, cell);
                self.cells.insert(local.clone(), v);
            } else {
                let zero = self.iconst(0);
                self.b.def_var(v, zero);
                self.vars.insert(local.clone(), v);
                self.declare_unboxed(local, v);
            }
        }
    }

    /// Gives local `name` (variable `v`) a float variable beside it when it looks like a
    /// float, so that float results assigned to it stay unboxed until a use needs an object.
    fn declare_unboxed(&mut self, name: &str, v: Variable) {
        if !self.unboxable.contains(name) {
            return;
        }
        let ft = self.prog.target.float;
        let f = self.b.declare_var(ft);
        let zero = self.fconst(0.0);
        self.b.def_var(f, zero);
        self.unboxed.insert(v.index(), f);
    }

    /// `f` boxed as a float object (from the function's one boxing slot).
    pub(crate) fn box_float(&mut self, f: ir::Value) -> ir::Value {
        let slot = match self.box_slot {
            Some(s) => s,
            None => {
                let bytes = self.prog.target.float.bytes();
                let s = self.b.create_sized_stack_slot(ir::StackSlotData::new(
                    ir::StackSlotKind::ExplicitSlot,
                    bytes,
                    bytes.trailing_zeros() as u8,
                ));
                self.box_slot = Some(s);
                s
            }
        };
        let w = self.word();
        let addr = self.b.ins().stack_addr(w, slot, 0);
        self.b.ins().store(MemFlagsData::trusted(), f, addr, 0);
        self.call_rt_checked("rt_box_float", &[addr])
    }

    /// Continues lowering in `block`, whose predecessors are all known.
    /// `N` new blocks.
    fn new_blocks<const N: usize>(&mut self) -> [ir::Block; N] {
        core::array::from_fn(|_| self.b.create_block())
    }

    fn enter(&mut self, block: ir::Block) {
        self.b.switch_to_block(block);
        self.b.seal_block(block);
    }

    /// Ends the current block with a test of both values' small-int tags: continues in a new
    /// block where both are small ints, and returns the (cold) block for the other cases.
    fn if_both_small(&mut self, a: ir::Value, b: ir::Value) -> ir::Block {
        let (fast, slow) = (self.b.create_block(), self.b.create_block());
        self.b.set_cold_block(slow);
        match (self.known_small(a), self.known_small(b)) {
            // Known: the slow block stays unreachable.
            (true, true) => {
                self.b.ins().jump(fast, &[]);
            }
            (ka, kb) => {
                let both = match (ka, kb) {
                    (true, _) => b,
                    (_, true) => a,
                    _ => self.b.ins().band(a, b),
                };
                let tag = self.b.ins().band_imm_u(both, 1);
                self.b.ins().brif(tag, fast, &[], slow, &[]);
            }
        }
        self.enter(fast);
        slow
    }

    /// Whether `v` is certainly a small int: an int literal's word, or (in a loop's fast
    /// copy) a value it knows.
    pub(crate) fn known_small(&self, v: ir::Value) -> bool {
        self.small_literal(v).is_some() || self.fast.as_ref().is_some_and(|f| f.values.contains(&v))
    }

    /// The int `v` is when it is a small int literal's word (an odd constant: None, True and
    /// False are even).
    pub(crate) fn small_literal(&self, v: ir::Value) -> Option<i64> {
        let dfg = &self.b.func.dfg;
        match dfg.insts[dfg.value_def(v).inst()?] {
            ir::InstructionData::UnaryImm { opcode: ir::Opcode::Iconst, imm } if imm.bits() & 1 == 1 => {
                Some(imm.bits() >> 1)
            }
            _ => None,
        }
    }

    /// Memory flags for an access to list (or tuple) memory, in an alias region of its own
    /// for each part: a store of an item then leaves the headers' loads (items pointer,
    /// length) standing for the optimizer. Every load of list memory in generated code goes
    /// through here; stores outside a region (and calls) count as touching every region.
    pub(crate) fn list_memory(&mut self, part: ListMemory) -> MemFlagsData {
        let regions = match self.list_regions {
            Some(r) => r,
            None => {
                let mut make = |user_id, description| {
                    self.b.func.dfg.alias_regions.insert(ir::AliasRegionData { user_id, description })
                };
                let r = [make(LIST_HEADER, "list header".into()), make(LIST_ITEMS, "list items".into())];
                self.list_regions = Some(r);
                r
            }
        };
        MemFlagsData::trusted().with_alias_region(Some(regions[part as usize]))
    }

    /// The kind byte of the type of `obj`, a pointer to an object.
    pub(crate) fn object_kind(&mut self, obj: ir::Value) -> ir::Value {
        // `TypeObj::inline`: the byte after the kind, after the header word.
        const _: () =
            assert!(std::mem::offset_of!(mpyc_runtime::object::TypeObj, inline) == std::mem::size_of::<usize>() + 1);
        let (w, wb) = (self.word(), self.word_bytes());
        let ty = self.b.ins().load(w, MemFlagsData::trusted(), obj, 0);
        self.b.ins().uload8(w, MemFlagsData::trusted(), ty, wb + 1)
    }

    /// Whether a statement of a loop's fast copy that must compute a small int (or go to its
    /// fallback) is being lowered.
    pub(crate) fn in_fast_statement(&self) -> bool {
        self.fast.as_ref().is_some_and(|f| f.fallback.is_some())
    }

    /// Whether `v` is certainly a list (in a loop's fast copy).
    pub(crate) fn known_list(&self, v: ir::Value) -> bool {
        self.fast.as_ref().is_some_and(|f| f.lists.contains(&v))
    }

    /// Whether `v` is certainly a small int that is not negative.
    pub(crate) fn known_nonnegative(&self, v: ir::Value) -> bool {
        self.fast.as_ref().is_some_and(|f| f.nonnegative.contains(&v))
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
        let gv = self.data_gv(index);
        let w = self.word();
        self.b.ins().symbol_value(w, gv)
    }

    /// The symbol of data object `index`, imported into this function.
    fn data_gv(&mut self, index: u32) -> GlobalValue {
        match self.data_gvs.get(&index) {
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
        }
    }

    fn roots_addr(&mut self) -> ir::Value {
        let roots = self.prog.roots;
        self.data_addr(roots)
    }

    /// The address of a new inline cache for one attribute site.
    /// The word at host offset `host_offset` (`offset_of!`) of runtime struct `base`: the
    /// runtime's objects are made of words, so on the target it is the same word.
    fn load_field(&mut self, base: ir::Value, host_offset: usize) -> ir::Value {
        let at = (host_offset / std::mem::size_of::<usize>()) as i32 * self.word_bytes();
        let w = self.word();
        self.b.ins().load(w, MemFlagsData::trusted(), base, at)
    }

    fn new_cache(&mut self) -> ir::Value {
        let first = self.prog.cache();
        let base = self.data_addr(self.prog.caches);
        let off = i64::from(first) * i64::from(self.word_bytes());
        if off == 0 {
            base
        } else {
            self.b.ins().iadd_imm_s(base, off)
        }
    }

    /// The address of root slot `slot`.
    fn root_addr(&mut self, slot: u32) -> ir::Value {
        let base = self.roots_addr();
        let off = i64::from(slot) * i64::from(self.word_bytes());
        if off == 0 {
            base
        } else {
            self.b.ins().iadd_imm_s(base, off)
        }
    }

    fn load_root(&mut self, slot: u32) -> ir::Value {
        let base = self.roots_addr();
        let w = self.word();
        let off = slot as i32 * self.word_bytes();
        self.b.ins().load(w, MemFlagsData::trusted(), base, off)
    }

    fn store_root(&mut self, slot: u32, v: ir::Value) {
        let base = self.roots_addr();
        let off = slot as i32 * self.word_bytes();
        self.b.ins().store(MemFlagsData::trusted(), v, base, off);
    }

    /// The arguments of `rt_new_module` for the program's module `name`, whose globals are
    /// the root slots from `first` named `names` (each NUL-terminated in one string; the
    /// runtime leaves out the compiler's own, whose names contain a `.`).
    fn module_args(&mut self, name: &str, first: u32, names: &[String]) -> [ir::Value; 4] {
        let mut text = Vec::new();
        for n in names {
            text.extend_from_slice(n.as_bytes());
            text.push(0);
        }
        let name = self.cstring_addr(name);
        let globals = self.root_addr(first);
        let text = self.prog.cstring(&text);
        let text = self.data_addr(text);
        let count = self.iconst(names.len() as i64);
        [name, globals, text, count]
    }

    fn cstring_addr(&mut self, text: &str) -> ir::Value {
        let i = self.prog.cstring(text.as_bytes());
        self.data_addr(i)
    }

    /// A value computed once and kept in a root slot: `make` runs the first time only.
    fn cached(
        &mut self,
        slot: u32,
        make: impl FnOnce(&mut Self) -> Result<ir::Value, CompileError>,
    ) -> Result<ir::Value, CompileError> {
        let w = self.word();
        let (fill, done) = (self.b.create_block(), self.b.create_block());
        self.b.set_cold_block(fill);
        let result = self.b.append_block_param(done, w);
        let v = self.load_root(slot);
        self.b.ins().brif(v, done, &[BlockArg::Value(v)], fill, &[]);
        self.enter(fill);
        let made = make(self)?;
        self.store_root(slot, made);
        self.b.ins().jump(done, &[BlockArg::Value(made)]);
        self.enter(done);
        Ok(result)
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

    /// Calls the Python value `f` with positional `args` (no keywords), which may raise.
    ///
    /// A compiled function whose parameters are exactly `args.len()` positional ones (no
    /// defaults used, no `*args`, `**kwargs`, keyword-only parameters, not a generator) is
    /// called straight through its code pointer with the arguments in registers; anything else
    /// goes through the runtime's binder (`rt_call`). The object's layout is `FuncObj`'s.
    fn call_positional(&mut self, f: ir::Value, args: &[ir::Value]) -> ir::Value {
        if args.len() >= mpyc_runtime::func::MAX_PARAMS {
            let r = self.rt_call(f, args);
            self.check(r);
            return r;
        }
        let w = self.word();
        let wb = self.word_bytes();
        let mem = MemFlagsData::trusted();
        let [is_ptr, is_func, not_plain, plain, env, slow, done] = self.new_blocks();
        self.b.set_cold_block(slow);
        let result = self.b.append_block_param(done, w);
        let tag = self.b.ins().band_imm_u(f, 3);
        self.b.ins().brif(tag, slow, &[], is_ptr, &[]);
        self.enter(is_ptr);
        let kind = self.object_kind(f);
        let function = i64::from(mpyc_runtime::object::Kind::Function as u8);
        let is_function = self.b.ins().icmp_imm_s(IntCC::Equal, kind, function);
        self.b.ins().brif(is_function, is_func, &[], slow, &[]);
        // One word says whether the code takes exactly these arguments (and the function first).
        self.enter(is_func);
        let direct = self.load_field(f, std::mem::offset_of!(mpyc_runtime::func::FuncObj, direct));
        let code = self.b.ins().load(w, mem, f, wb);
        let exact = self.b.ins().icmp_imm_s(IntCC::Equal, direct, args.len() as i64);
        self.b.ins().brif(exact, plain, &[], not_plain, &[]);
        self.enter(not_plain);
        let with_env = (args.len() | mpyc_runtime::func::DIRECT_ENV) as i64;
        let exact_env = self.b.ins().icmp_imm_s(IntCC::Equal, direct, with_env);
        self.b.ins().brif(exact_env, env, &[], slow, &[]);
        for (block, with_env) in [(plain, false), (env, true)] {
            self.enter(block);
            let mut values = Vec::with_capacity(args.len() + 1);
            if with_env {
                values.push(f);
            }
            values.extend_from_slice(args);
            let sig = self.prog.signature(values.len());
            let sig = self.b.import_signature(sig);
            let inst = self.b.ins().call_indirect(sig, code, &values);
            let r = self.b.inst_results(inst)[0];
            self.b.ins().jump(done, &[BlockArg::Value(r)]);
        }
        self.enter(slow);
        let r = self.rt_call(f, args);
        self.b.ins().jump(done, &[BlockArg::Value(r)]);
        self.enter(done);
        self.check(result);
        result
    }

    /// Whether `e`, whose attribute is loaded, is likely an instance of a class (so that the
    /// attribute is most often in its own dict): anything but a global name, which is most
    /// often a module or a class.
    fn instance_likely(&self, e: &ast::Expr) -> bool {
        !matches!(e, ast::Expr::Name(n) if matches!(self.place(n.id.as_str()), expr::Place::Global(_)))
    }

    /// `obj.name` at a site with inline cache `cache`. With `inline`, the cache's commonest
    /// hit is tested for here, as `rt_getattr_ic` tests for it first: the attribute in the
    /// instance's own slot that the cache remembers, when the instance's type and shape are the
    /// ones it remembers (two compares, a load); anything else calls the runtime.
    fn getattr_cached(&mut self, obj: ir::Value, name: ir::Value, cache: ir::Value, inline: bool) -> ir::Value {
        use mpyc_runtime::func::InstanceObj;
        use mpyc_runtime::icache::{Cache, ENTRY_SHIFT, INST};
        if !inline {
            return self.call_rt_checked("rt_getattr_ic", &[obj, name, cache]);
        }
        const _: () = assert!(INST == 0, "the mode is tested for with the pointer tag, by one branch");
        let w = self.word();
        let wb = self.word_bytes();
        let mem = MemFlagsData::trusted();
        let [same_mode, same_type, hit, slow, done] = self.new_blocks();
        self.b.set_cold_block(slow);
        let result = self.b.append_block_param(done, w);
        // A pointer, and an entry for an attribute in a slot.
        let info = self.load_field(cache, std::mem::offset_of!(Cache, info));
        let tag = self.b.ins().band_imm_u(obj, 3);
        let mode = self.b.ins().band_imm_u(info, 7);
        let either = self.b.ins().bor(tag, mode);
        self.b.ins().brif(either, slow, &[], same_mode, &[]);
        self.enter(same_mode);
        let ty = self.b.ins().load(w, mem, obj, 0);
        let key = self.load_field(cache, std::mem::offset_of!(Cache, key));
        let same = self.b.ins().icmp(IntCC::Equal, ty, key);
        self.b.ins().brif(same, same_type, &[], slow, &[]);
        // The type is a class of plain instances (the entry's): the shape word is there.
        self.enter(same_type);
        let shape = self.load_field(obj, std::mem::offset_of!(InstanceObj, attrs));
        let want = self.load_field(cache, std::mem::offset_of!(Cache, value));
        let same = self.b.ins().icmp(IntCC::Equal, shape, want);
        self.b.ins().brif(same, hit, &[], slow, &[]);
        // The slot number is the entry's, above the mode bits.
        self.enter(hit);
        let slots = self.load_field(obj, std::mem::offset_of!(InstanceObj, slots));
        let slot = self.b.ins().ushr_imm_u(info, ENTRY_SHIFT as i64);
        let offset = self.b.ins().ishl_imm_u(slot, i64::from(wb.trailing_zeros()));
        let at = self.b.ins().iadd(slots, offset);
        let v = self.b.ins().load(w, mem, at, 0);
        self.b.ins().jump(done, &[BlockArg::Value(v)]);
        self.enter(slow);
        let v = self.call_rt_checked("rt_getattr_ic", &[obj, name, cache]);
        self.b.ins().jump(done, &[BlockArg::Value(v)]);
        self.enter(done);
        result
    }

    /// `obj.name = v` at a site with inline cache `cache`: the cache's two hits are done here,
    /// as `rt_setattr_ic` does them first (same type and shape as the entry's): a store into
    /// the slot the instance has the name in, or for an instance being set up, into its next
    /// slot (if it has room) with the shape that names it; anything else calls the runtime.
    fn setattr_cached(&mut self, obj: ir::Value, name: ir::Value, v: ir::Value, cache: ir::Value) {
        use mpyc_runtime::func::InstanceObj;
        use mpyc_runtime::icache::{Cache, ADD, ENTRY_SHIFT, INST};
        let w = self.word();
        let wb = self.word_bytes();
        let mem = MemFlagsData::trusted();
        let [is_ptr, same_type, same_shape, not_inst, add, room, slow, done] = self.new_blocks();
        self.b.set_cold_block(slow);
        let tag = self.b.ins().band_imm_u(obj, 3);
        self.b.ins().brif(tag, slow, &[], is_ptr, &[]);
        self.enter(is_ptr);
        let ty = self.b.ins().load(w, mem, obj, 0);
        let key = self.load_field(cache, std::mem::offset_of!(Cache, key));
        let same = self.b.ins().icmp(IntCC::Equal, ty, key);
        self.b.ins().brif(same, same_type, &[], slow, &[]);
        // The type is a class of plain instances (the entry's): the shape word is there.
        self.enter(same_type);
        let shape = self.load_field(obj, std::mem::offset_of!(InstanceObj, attrs));
        let want = self.load_field(cache, std::mem::offset_of!(Cache, value));
        let same = self.b.ins().icmp(IntCC::Equal, shape, want);
        self.b.ins().brif(same, same_shape, &[], slow, &[]);
        self.enter(same_shape);
        let info = self.load_field(cache, std::mem::offset_of!(Cache, info));
        let slot = self.b.ins().ushr_imm_u(info, ENTRY_SHIFT as i64);
        let slots = self.load_field(obj, std::mem::offset_of!(InstanceObj, slots));
        let offset = self.b.ins().ishl_imm_u(slot, i64::from(wb.trailing_zeros()));
        let at = self.b.ins().iadd(slots, offset);
        let mode = self.b.ins().band_imm_u(info, 7);
        const _: () = assert!(INST == 0);
        self.b.ins().brif(mode, not_inst, &[], done, &[]);
        // (The store of the INST hit is on the edge into `done`: below, in `done` itself.)
        self.enter(not_inst);
        let is_add = self.b.ins().icmp_imm_s(IntCC::Equal, mode, ADD as i64);
        self.b.ins().brif(is_add, add, &[], slow, &[]);
        self.enter(add);
        const _: () = assert!(std::mem::offset_of!(InstanceObj, cap) == std::mem::offset_of!(InstanceObj, shadows) + 2);
        let cap_at = (std::mem::offset_of!(InstanceObj, shadows) / std::mem::size_of::<usize>()) as i32 * wb + 2;
        let cap = self.b.ins().uload16(w, mem, obj, cap_at);
        let fits = self.b.ins().icmp(IntCC::UnsignedLessThan, slot, cap);
        self.b.ins().brif(fits, room, &[], slow, &[]);
        self.enter(room);
        let next = self.load_field(cache, std::mem::offset_of!(Cache, direct));
        let attrs_at = (std::mem::offset_of!(InstanceObj, attrs) / std::mem::size_of::<usize>()) as i32 * wb;
        self.b.ins().store(mem, next, obj, attrs_at);
        self.b.ins().jump(done, &[]);
        self.enter(slow);
        self.call_rt_checked("rt_setattr_ic", &[obj, name, v, cache]);
        let after = self.b.create_block();
        self.b.ins().jump(after, &[]);
        self.enter(done);
        self.b.ins().store(mem, v, at, 0);
        self.b.ins().jump(after, &[]);
        self.enter(after);
    }

    /// `obj.name(args…)` with positional arguments (`values` is the object, then them), at a
    /// site with inline cache `cache`: when the cache holds a method of the object's class
    /// that takes exactly these arguments and the instance shadows no class attribute, its
    /// code is called right here; anything else goes through the runtime's cached lookup.
    fn method_call(&mut self, name: &str, values: &[ir::Value], cache: ir::Value) -> ir::Value {
        let w = self.word();
        let obj = values[0];
        let [is_ptr, slow, done] = self.new_blocks();
        let result = self.b.append_block_param(done, w);
        let tag = self.b.ins().band_imm_u(obj, 3);
        self.b.ins().brif(tag, slow, &[], is_ptr, &[]);
        self.enter(is_ptr);
        let f = self.direct_method(obj, cache, slow);
        let r = self.call_code(f, values);
        self.b.ins().jump(done, &[BlockArg::Value(r)]);
        self.enter(slow);
        let name = self.str_literal(name);
        let argv = self.args_area(values);
        let npos = self.iconst(values.len() as i64 - 1);
        let no_keywords = self.iconst(0);
        let r = self.call_rt("rt_call_method_ic", &[name, argv, npos, no_keywords, cache]);
        self.b.ins().jump(done, &[BlockArg::Value(r)]);
        self.enter(done);
        self.check(result);
        result
    }

    /// The inline cache's direct hit for a method call on `obj` (a pointer): when `cache`
    /// holds a compiled function of `obj`'s class taking exactly the site's arguments and the
    /// instance shadows no class attribute, that function (in the block this leaves current);
    /// anything else goes to `miss`.
    fn direct_method(&mut self, obj: ir::Value, cache: ir::Value, miss: ir::Block) -> ir::Value {
        use mpyc_runtime::func::InstanceObj;
        use mpyc_runtime::icache::Cache;
        let w = self.word();
        let mem = MemFlagsData::trusted();
        let [same_type, direct] = self.new_blocks();
        let ty = self.b.ins().load(w, mem, obj, 0);
        let key = self.load_field(cache, std::mem::offset_of!(Cache, direct));
        let same = self.b.ins().icmp(IntCC::Equal, ty, key);
        self.b.ins().brif(same, same_type, &[], miss, &[]);
        self.enter(same_type);
        // A half-word, at the same place in the word on the host (little-endian both).
        const _: () = assert!(std::mem::offset_of!(InstanceObj, shadows) % std::mem::size_of::<usize>() == 0);
        let at = (std::mem::offset_of!(InstanceObj, shadows) / std::mem::size_of::<usize>()) as i32 * self.word_bytes();
        let shadows = self.b.ins().uload16(w, mem, obj, at);
        self.b.ins().brif(shadows, miss, &[], direct, &[]);
        self.enter(direct);
        self.load_field(cache, std::mem::offset_of!(Cache, value))
    }

    /// Calls the compiled function `f`'s code with `values` (unchecked: 0 when it raised).
    fn call_code(&mut self, f: ir::Value, values: &[ir::Value]) -> ir::Value {
        use mpyc_runtime::func::FuncObj;
        let code = self.load_field(f, std::mem::offset_of!(FuncObj, code));
        let sig = self.prog.signature(values.len());
        let sig = self.b.import_signature(sig);
        let inst = self.b.ins().call_indirect(sig, code, values);
        self.b.inst_results(inst)[0]
    }

    /// `obj.name` looked up for a call before the call's arguments are evaluated, as CPython
    /// does (a missing method raises before any argument runs, and the method called is the
    /// one found then), at a site with inline cache `cache`; `npos` is the number of
    /// positional arguments (`None` with keywords), `list_append` whether a list's `append`
    /// is to be told apart. Returns the callee and how to call it ([`Loaded`]); a method
    /// the cache lets generated code call directly is found here with a few compares.
    fn load_method(
        &mut self,
        obj: ir::Value,
        name: &str,
        npos: Option<usize>,
        cache: ir::Value,
        list_append: bool,
    ) -> (ir::Value, ir::Value) {
        use mpyc_runtime::object::Kind;
        let w = self.word();
        let mem = MemFlagsData::trusted();
        let [is_ptr, by_type, slow, done] = self.new_blocks();
        let callee = self.b.append_block_param(done, w);
        let how = self.b.append_block_param(done, w);
        let tag = self.b.ins().band_imm_u(obj, 3);
        self.b.ins().brif(tag, slow, &[], is_ptr, &[]);
        self.enter(is_ptr);
        if list_append {
            let kind = self.object_kind(obj);
            let is_list = self.b.ins().icmp_imm_s(IntCC::Equal, kind, i64::from(Kind::List as u8));
            let list = self.iconst(Loaded::ListAppend as i64);
            self.b.ins().brif(is_list, done, &[BlockArg::Value(obj), BlockArg::Value(list)], by_type, &[]);
        } else {
            self.b.ins().jump(by_type, &[]);
        }
        self.enter(by_type);
        if npos.is_some() {
            let f = self.direct_method(obj, cache, slow);
            let d = self.iconst(Loaded::Direct as i64);
            self.b.ins().jump(done, &[BlockArg::Value(f), BlockArg::Value(d)]);
        } else {
            self.b.ins().jump(slow, &[]);
        }
        self.enter(slow);
        let name = self.str_literal(name);
        let n = self.iconst(npos.map_or(-1, |n| n as i64));
        let io = self.args_area(&[n]);
        let f = self.call_rt_checked("rt_load_method", &[obj, name, cache, io]);
        let h = self.b.ins().load(w, mem, io, 0);
        self.b.ins().jump(done, &[BlockArg::Value(f), BlockArg::Value(h)]);
        self.enter(done);
        (callee, how)
    }

    /// Calls what [`Self::load_method`] found (`callee`, `how`) with `values` (the object,
    /// the `npos` positional arguments, then the values of the keywords named in `kwnames`).
    fn call_loaded(
        &mut self,
        (callee, how): (ir::Value, ir::Value),
        values: &[ir::Value],
        npos: usize,
        kwnames: Option<ir::Value>,
        list_append: bool,
    ) -> ir::Value {
        let w = self.word();
        let wb = self.word_bytes();
        let [general, done] = self.new_blocks();
        let result = self.b.append_block_param(done, w);
        if list_append {
            let [append, other] = self.new_blocks();
            let is = self.b.ins().icmp_imm_s(IntCC::Equal, how, Loaded::ListAppend as i64);
            self.b.ins().brif(is, append, &[], other, &[]);
            self.enter(append);
            let r = self.call_rt("rt_list_append", values);
            self.b.ins().jump(done, &[BlockArg::Value(r)]);
            self.enter(other);
        }
        if kwnames.is_none() {
            let direct = self.b.create_block();
            let is = self.b.ins().icmp_imm_s(IntCC::Equal, how, Loaded::Direct as i64);
            self.b.ins().brif(is, direct, &[], general, &[]);
            self.enter(direct);
            let r = self.call_code(callee, values);
            self.b.ins().jump(done, &[BlockArg::Value(r)]);
        } else {
            self.b.ins().jump(general, &[]);
        }
        // `how` is 1 (the object first) or 0 (the arguments after it) here.
        const _: () = assert!(Loaded::Value as i64 == 0 && Loaded::SelfFirst as i64 == 1);
        self.enter(general);
        let argv = self.args_area(values);
        let after_obj = self.b.ins().iadd_imm_s(argv, i64::from(wb));
        let back = self.b.ins().ishl_imm_u(how, i64::from(wb.trailing_zeros()));
        let argv = self.b.ins().isub(after_obj, back);
        let n = self.b.ins().iadd_imm_s(how, npos as i64);
        let kwnames = match kwnames {
            Some(k) => k,
            None => self.iconst(0),
        };
        let r = self.call_rt("rt_call", &[callee, argv, n, kwnames]);
        self.b.ins().jump(done, &[BlockArg::Value(r)]);
        self.enter(done);
        self.check(result);
        result
    }

    /// `obj.append(x)` (`values`: obj, x): a list's append called directly, anything else's
    /// `append` as any method.
    fn append_call(&mut self, values: &[ir::Value], cache: ir::Value) -> ir::Value {
        use mpyc_runtime::object::Kind;
        let w = self.word();
        let [is_ptr, list, other, done] = self.new_blocks();
        let result = self.b.append_block_param(done, w);
        let tag = self.b.ins().band_imm_u(values[0], 3);
        self.b.ins().brif(tag, other, &[], is_ptr, &[]);
        self.enter(is_ptr);
        let kind = self.object_kind(values[0]);
        let is_list = self.b.ins().icmp_imm_s(IntCC::Equal, kind, i64::from(Kind::List as u8));
        self.b.ins().brif(is_list, list, &[], other, &[]);
        self.enter(list);
        let r = self.call_rt_checked("rt_list_append", values);
        self.b.ins().jump(done, &[BlockArg::Value(r)]);
        self.enter(other);
        let r = self.method_call("append", values, cache);
        self.b.ins().jump(done, &[BlockArg::Value(r)]);
        self.enter(done);
        result
    }

    /// Calls the Python value `f` with positional `args` through the runtime's binder
    /// (unchecked: 0 when it raised).
    fn rt_call(&mut self, f: ir::Value, args: &[ir::Value]) -> ir::Value {
        let argv = self.args_area(args);
        let n = self.iconst(args.len() as i64);
        let no_keywords = self.iconst(0);
        self.call_rt("rt_call", &[f, argv, n, no_keywords])
    }

    /// Continues only if `v` is not 0; 0 means an exception is pending.
    fn check(&mut self, v: ir::Value) {
        let ok = self.b.create_block();
        // Each check has a cold block of its own that passes the line on, which suits the
        // register allocator best (many of them are gathered by the landing block's funnel).
        let raised = self.b.create_block();
        self.b.set_cold_block(raised);
        self.b.ins().brif(v, ok, &[], raised, &[]);
        self.b.switch_to_block(raised);
        self.b.seal_block(raised);
        self.jump_to_exc_exit();
        self.enter(ok);
    }

    /// Ends the current block with a jump to the innermost handler, or the exception exit,
    /// passing the current line.
    fn jump_to_exc_exit(&mut self) {
        // The line, and in bit 0 whether this frame is already in the traceback (not yet).
        let tag = self.iconst((self.line as i64) << 1);
        self.jump_to_exc_exit_tagged(tag);
    }

    /// [`Self::jump_to_exc_exit`] with the tag given.
    fn jump_to_exc_exit_tagged(&mut self, tag: ir::Value) {
        let target = match self.handlers.last() {
            Some(&h) => h,
            None => self.exc_exit_block(),
        };
        let funnel = self.funnels.entry(target).or_default();
        if funnel.direct < FUNNEL_WIDTH {
            funnel.direct += 1;
            self.b.ins().jump(target, &[BlockArg::Value(tag)]);
        } else {
            self.jump_into_funnel(target, 0, tag);
        }
    }

    /// Ends the current block with a jump (passing `tag`) to the open block of level `level` of
    /// `target`'s funnel; when that one is full, a new one is made here (the current block is
    /// then its first predecessor) and ended with a jump to the level above.
    fn jump_into_funnel(&mut self, target: ir::Block, level: usize, tag: ir::Value) {
        let funnel = self.funnels.get_mut(&target).expect("made by jump_to_exc_exit");
        if level == funnel.levels.len() {
            funnel.levels.push(FunnelLevel::default());
        }
        let top = level + 1 == funnel.levels.len();
        let at = &mut funnel.levels[level];
        if let Some((open, n)) = &mut at.open {
            if *n < FUNNEL_WIDTH {
                *n += 1;
                let (open, full) = (*open, *n == FUNNEL_WIDTH);
                self.b.ins().jump(open, &[BlockArg::Value(tag)]);
                if full {
                    // No further predecessor will come.
                    self.b.seal_block(open);
                }
                return;
            }
        }
        at.made += 1;
        // The top level's blocks go to the target itself, up to a width of them; past that
        // a level is added above.
        let to_target = top && at.made <= FUNNEL_WIDTH;
        let new = self.new_landing();
        self.funnels.get_mut(&target).expect("above").levels[level].open = Some((new, 1));
        self.b.ins().jump(new, &[BlockArg::Value(tag)]);
        self.b.switch_to_block(new);
        let tag = self.b.block_params(new)[0];
        if to_target {
            self.b.ins().jump(target, &[BlockArg::Value(tag)]);
        } else {
            self.jump_into_funnel(target, level + 1, tag);
        }
    }

    /// A block an exception lands in: its parameter is the line shifted left by one, with
    /// bit 0 set when this frame is already in the traceback.
    fn new_landing(&mut self) -> ir::Block {
        let b = self.b.create_block();
        self.b.set_cold_block(b);
        let w = self.word();
        self.b.append_block_param(b, w);
        b
    }

    /// Continues in landing block `b`, recording this frame in the traceback (once); returns
    /// the line tag to pass on.
    fn enter_landing(&mut self, b: ir::Block) -> ir::Value {
        self.enter(b);
        let tag = self.b.block_params(b)[0];
        let info = self.data_addr(self.info);
        self.call_rt("rt_traceback", &[info, tag]);
        tag
    }

    fn exc_exit_block(&mut self) -> ir::Block {
        match self.exc_exit {
            Some(b) => b,
            None => {
                let exit = self.new_landing();
                self.exc_exit = Some(exit);
                exit
            }
        }
    }

    /// Jumps to the handler enclosing the innermost one (or the exit) with `line`.
    fn jump_outward(&mut self, depth: usize, line: ir::Value) {
        let target = if depth == 0 { self.exc_exit_block() } else { self.handlers[depth - 1] };
        let recorded = self.b.ins().bor_imm_u(line, 1);
        self.b.ins().jump(target, &[BlockArg::Value(recorded)]);
    }

    /// The exception exit, if anything jumps to it: records this frame and returns 0.
    fn fill_exc_exit(&mut self) {
        if let Some(exit) = self.exc_exit {
            self.b.switch_to_block(exit);
            let tag = self.b.block_params(exit)[0];
            let info = self.data_addr(self.info);
            let r = self.call_rt("rt_traceback", &[info, tag]);
            self.b.ins().return_(&[r]);
        }
    }

    fn load_word(&mut self, addr: ir::Value) -> ir::Value {
        let w = self.word();
        self.b.ins().load(w, MemFlagsData::trusted(), addr, 0)
    }

    /// Stores `values` in the arguments area and returns its address.
    fn args_area(&mut self, values: &[ir::Value]) -> ir::Value {
        let n = values.len().max(1) as u32;
        let wb = self.word_bytes() as u32;
        let slot = match self.args_slot {
            Some((s, size)) if size >= n => s,
            Some((s, _)) => {
                self.b.func.sized_stack_slots[s].size = n * wb;
                self.args_slot = Some((s, n));
                s
            }
            None => {
                let s = self.b.create_sized_stack_slot(ir::StackSlotData::new(
                    ir::StackSlotKind::ExplicitSlot,
                    n * wb,
                    wb.trailing_zeros() as u8,
                ));
                self.args_slot = Some((s, n));
                s
            }
        };
        let w = self.word();
        let addr = self.b.ins().stack_addr(w, slot, 0);
        for (i, &v) in values.iter().enumerate() {
            self.b.ins().store(MemFlagsData::trusted(), v, addr, (i as u32 * wb) as i32);
        }
        addr
    }

    /// A stack slot of `n` words of its own (for results the runtime writes).
    fn out_area(&mut self, n: usize) -> (StackSlot, ir::Value) {
        let wb = self.word_bytes() as u32;
        let s = self.b.create_sized_stack_slot(ir::StackSlotData::new(
            ir::StackSlotKind::ExplicitSlot,
            n.max(1) as u32 * wb,
            wb.trailing_zeros() as u8,
        ));
        let w = self.word();
        let addr = self.b.ins().stack_addr(w, s, 0);
        (s, addr)
    }

    fn error(&self, node: &impl Ranged, msg: impl Into<String>) -> CompileError {
        err(self.m.source, node, msg)
    }

    /// Reports `w` as a warning (once per place and message).
    fn warn(&mut self, w: CompileError) {
        if !self.prog.warnings.contains(&w) {
            self.prog.warnings.push(w);
        }
    }

    fn set_line(&mut self, node: &impl Ranged) {
        self.line = self.m.source.line_of(usize::from(node.range().start()));
        self.b.set_srcloc(ir::SourceLoc::new(self.line as u32));
    }

    /// Lowers `f` at `line` (a part of a statement on a line of its own raises there, as in
    /// CPython's tracebacks), then goes back to the current line.
    fn at_line<T>(&mut self, line: usize, f: impl FnOnce(&mut Self) -> T) -> T {
        if line == self.line {
            return f(self);
        }
        let outer = self.line;
        self.line = line;
        self.b.set_srcloc(ir::SourceLoc::new(line as u32));
        let r = f(self);
        self.line = outer;
        self.b.set_srcloc(ir::SourceLoc::new(outer as u32));
        r
    }

    /// The line of an attribute's name (where its expression ends), which CPython 3.11 gives
    /// the attribute's load, store, deletion and method call: `(text\n .split())` fails at
    /// `.split`'s line.
    fn attr_line(&self, a: &ast::ExprAttribute) -> usize {
        self.m.source.line_of(usize::from(a.range.end()))
    }

    /// The built-in module a global name certainly holds (bound only by its import).
    fn imported_module(&self, name: &str) -> Option<&'static mpyc_runtime::modules::ModuleObj> {
        if self.scope.is_some_and(|s| s.is_local(name)) || self.renames.iter().any(|r| r.contains_key(name)) {
            return None;
        }
        self.m.imports.get(name).copied()
    }

    /// A fresh variable for a hidden temporary.
    fn temp_var(&mut self) -> Variable {
        let w = self.word();
        self.b.declare_var(w)
    }
}

/// How a callee found by [`FnLowerer::load_method`] is called (`Value` and `SelfFirst` are
/// `rt_load_method`'s answers).
#[derive(Clone, Copy)]
enum Loaded {
    /// As it is, with the arguments after the object.
    Value = 0,
    /// With the object first: a function of the class or a built-in type's method.
    SelfFirst = 1,
    /// A compiled function taking exactly the object and the arguments: its code, directly.
    Direct = 2,
    /// The object is a list and the method its `append`.
    ListAppend = 3,
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

/// `rt_init`'s flags: 1 collect at every allocation; 2 functions run as bytecode (bigger
/// generator stacks); 4 print the heap's high-water mark at the end.
fn init_flags(o: &Options, bytecode: bool) -> i64 {
    i64::from(o.gc_stress) | i64::from(bytecode) << 1 | i64::from(o.heap_peak) << 2
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

#[cfg(test)]
mod tests {
    use super::may_make_non_ascii;

    #[test]
    fn text_beyond_ascii_is_seen_in_code_not_comments() {
        assert!(!may_make_non_ascii("# -*- coding: utf-8 -*-\n# température\nprint('hi'.upper())\n"));
        assert!(may_make_non_ascii("print('température'.upper())\n"));
        assert!(may_make_non_ascii("print(chr(233).upper())\n"));
        assert!(may_make_non_ascii("print(f'{chr(233)}')\n"));
        assert!(may_make_non_ascii("s = '\\u00e9'\n"));
        assert!(may_make_non_ascii("b = data.decode('latin-1')\n"));
        assert!(may_make_non_ascii("café = 1\n"));
        assert!(!may_make_non_ascii("x = 'plain'  # naïve\n"));
    }
}
