//! The VM's second instruction set: one instruction per Python operation (a binary
//! operation, an attribute load, a call), emitted from the AST by `compiler/src/lower/ops.rs`
//! for the functions it covers. An instruction that raises leaves by the function's
//! exception exit, which records the traceback frame at the line the line table gives for
//! the instruction; no instruction spells that edge out, so code is about as dense as
//! MicroPython's bytecode.
//!
//! The blob: the header (a machine word: `u16` pool words, `u8` registers, `u8` parameters,
//! padded), the pool (machine words; word 0: the function's [`crate::func::Info`], for
//! tracebacks; then constants and names), a `u16` length and the code, then the line table
//! (a varint length, then entries: one byte `line delta << 4 | code delta` when the line
//! grew by 0–7 and the code by 0–15 bytes, else `0x80`, the code delta and the zigzag line
//! delta as varints) and the handler table (a varint count of triples of varints: start and
//! end of a code range, where its exceptions go; innermost ranges first). Parameters arrive in
//! registers 0…n-1; every other register starts unbound (0). Operands: registers one byte,
//! pool indices and slots varints, branch targets `u16` offsets from the code's start; the
//! commonest instructions have short forms whose first register is in the opcode
//! ([`op::short`]).
//!
//! What every function would otherwise repeat is the program's, in its [`Program`] table:
//! the roots (globals), the inline caches, the roots' names and the runtime's entry points.

use crate::icache::Cache;
use crate::value::*;

/// The machine words of an inline cache: a cache operand is a cache's number.
pub const CACHE_WORDS: usize = core::mem::size_of::<Cache>() / core::mem::size_of::<usize>();

/// The pool word every function has: its info record.
pub const POOL_INFO: usize = 0;

/// The opcodes.
pub mod op {
    /// `d k`: pool word `k` (an object, or a value such as a small int).
    pub const CONST: u8 = 0;
    /// `d s`.
    pub const MOVE: u8 = 1;
    /// `r k`: UnboundLocalError (the name is pool word `k`) unless `r` is bound.
    pub const CHECK: u8 = 2;
    /// `d slot`: the global in root `slot`; NameError (with the root's name, from
    /// [`Program::names`]) when unbound.
    pub const GLOBAL: u8 = 3;
    /// `d slot`: the same for a global that shadows a builtin: the builtin when unbound.
    pub const GLOBAL_OR_BUILTIN: u8 = 4;
    /// `s slot`.
    pub const SET_GLOBAL: u8 = 5;
    /// `d slot`: the builtin of the root's name, cached in root `slot`.
    pub const BUILTIN: u8 = 6;
    /// `op d a b` (`rt_binop`'s codes; small ints added and subtracted here).
    pub const BINOP: u8 = 7;
    /// `op d a b` (`rt_compare`'s codes; small ints compared here).
    pub const COMPARE: u8 = 8;
    /// `d container x`: `x in container`.
    pub const IN: u8 = 9;
    /// `d container x`: `x not in container`.
    pub const NOT_IN: u8 = 10;
    /// `d a b`.
    pub const IS: u8 = 11;
    pub const IS_NOT: u8 = 12;
    /// `op d a` (`rt_unop`'s codes).
    pub const UNOP: u8 = 13;
    /// `d a`.
    pub const NOT: u8 = 14;
    /// `target`.
    pub const JUMP: u8 = 15;
    /// `r target`: jump when `r` is true / false.
    pub const JUMP_IF: u8 = 16;
    pub const JUMP_IF_NOT: u8 = 17;
    /// `d obj S cache`: attribute `S` of `obj` (`S`: a str of the program's table, see
    /// [`Program::strs`]; cache: the number of an inline cache, each [`CACHE_WORDS`] words).
    pub const GETATTR: u8 = 18;
    /// `obj S v cache`.
    pub const SETATTR: u8 = 19;
    /// `d obj key`.
    pub const GETITEM: u8 = 20;
    /// `obj key v`.
    pub const SETITEM: u8 = 21;
    /// `d obj lo hi step`.
    pub const GETSLICE: u8 = 22;
    /// `d f base n`: `f(*regs[base..base+n])`.
    pub const CALL: u8 = 23;
    /// `base obj S cache`: looks method `S` up on `obj`: the callee into `base`, into `base+1`
    /// `obj` when it goes first, else 0.
    pub const LOAD_METHOD: u8 = 24;
    /// `d base n`: calls what `LOAD_METHOD` put in `base` with the `n` arguments after it.
    pub const CALL_METHOD: u8 = 25;
    /// `d base n`: a list, tuple, set of `n` registers; a dict of `n` key-value pairs.
    pub const LIST: u8 = 26;
    pub const TUPLE: u8 = 27;
    pub const SET: u8 = 28;
    pub const DICT: u8 = 29;
    /// `d v`: an iterator of `v`.
    pub const ITER: u8 = 30;
    /// `d it target`: the next item, or a jump when there is none.
    pub const FOR_ITER: u8 = 31;
    /// `base n v`: `v`'s `n` items into `base…`.
    pub const UNPACK: u8 = 32;
    /// `d v spec` (`spec` 255: none).
    pub const FORMAT: u8 = 33;
    /// `d v`: `str(v)` / `repr(v)`.
    pub const STR: u8 = 34;
    pub const REPR: u8 = 35;
    /// `d base n`: the strs joined.
    pub const JOIN: u8 = 36;
    /// `r`.
    pub const RETURN: u8 = 37;
    /// `x cause` (`cause` 255: none).
    pub const RAISE: u8 = 38;
    /// `d v`: `v` as an index (a small int as it is; TypeError for what is not an int).
    pub const INDEX: u8 = 39;
    /// `d v`: `yield v`, `yield from v`, `await v` (the value sent in, or the result).
    pub const YIELD: u8 = 40;
    pub const YIELD_FROM: u8 = 41;
    pub const AWAIT: u8 = 42;
    /// `l v`: appends `v` to list `l` (a comprehension's).
    pub const LIST_APPEND: u8 = 43;
    /// `s v`.
    pub const SET_ADD: u8 = 44;
    /// `d k v`.
    pub const DICT_SET: u8 = 45;
    /// `d slot n S*n`: the tuple of the `n` keyword names, made once into root `slot`.
    pub const KWNAMES: u8 = 46;
    /// `d f base npos kw`: `f` with `npos` positional arguments and the keyword arguments
    /// named by the tuple in `kw`, their values after them.
    pub const CALL_KW: u8 = 47;
    /// `d base npos kw`: the same for what `LOAD_METHOD` put in `base`.
    pub const CALL_METHOD_KW: u8 = 48;
    /// `r k`: like `CHECK`, for an enclosing function's local read in a comprehension
    /// (NameError: "cannot access free variable").
    pub const CHECK_FREE: u8 = 49;
    /// `d i`: cell `i` of the closure (the function object is register 0).
    pub const FREE: u8 = 50;
    /// `d s`: a new cell holding `s` (255: unbound).
    pub const CELL: u8 = 51;
    /// `d c k`: the value in cell `c`; UnboundLocalError (name `k`) when it has none.
    pub const LOAD_CELL: u8 = 52;
    /// `d c k`: the same for a free variable (NameError).
    pub const LOAD_FREE: u8 = 53;
    /// `c v`.
    pub const STORE_CELL: u8 = 54;
    /// `d code info spec defaults kwdefaults cells`: a function object (`code`, `info`,
    /// `spec` pool indices; the others registers, 255: none), as `rt_make_function`.
    pub const MAKE_FUNCTION: u8 = 55;
    /// `d l`: a tuple of list `l`'s items.
    pub const LIST_TO_TUPLE: u8 = 56;
    /// `d cls`: TRUE when the exception pending is an instance of `cls` (or one of a tuple).
    pub const EXC_MATCH: u8 = 57;
    /// `d`: the exception pending becomes the one being handled; `d` gets the one handled
    /// before.
    pub const EXC_BEGIN: u8 = 58;
    /// `d`: the exception being handled.
    pub const EXC_CURRENT: u8 = 59;
    /// `prev`: done handling; `prev` is handled again.
    pub const EXC_END: u8 = 60;
    /// `e`: `e` is pending again.
    pub const EXC_RESTORE: u8 = 61;
    /// The exception pending goes on to the handler around this instruction, or out of the
    /// function, with no new traceback frame (this function's is recorded).
    pub const RERAISE: u8 = 62;
    /// A bare `raise`: the exception being handled raised again, its traceback as it was (in
    /// an `except` clause, this frame is in it already; outside one, in a function called
    /// from a handler, this frame is not added, as CPython's RERAISE adds none).
    pub const RAISE_BARE: u8 = 63;
    /// `d mgr`: `mgr`'s bound `__exit__` (TypeError for a non-context manager).
    pub const WITH_EXIT: u8 = 64;
    /// `d S base n`: method `S` of `regs[base]` called with the `n` arguments after it.
    pub const CALL_NAMED: u8 = 65;
    /// `obj lo hi step v`: `obj[lo:hi:step] = v`.
    pub const SETSLICE: u8 = 66;
    /// `obj S`: `del obj.S`.
    pub const DELATTR: u8 = 67;
    /// `obj key`: `del obj[key]`.
    pub const DELITEM: u8 = 68;
    /// `d v`: the value whose word is `v` (zigzag varint): a small int, None, True, False.
    pub const IMM: u8 = 69;
    /// `d i stop step target`: a `for … in range` turn: unless counter `i` has reached `stop`
    /// (from below when the int `step`, a zigzag varint, is positive), `d` gets it and it
    /// steps on; else a jump to `target`.
    pub const RANGE_NEXT: u8 = 70;
    /// `op a b target`: a jump unless `a op b` (`rt_compare`'s codes).
    pub const COMPARE_JUMP: u8 = 71;
    /// `k`: calls the native function at pool word `k`, which takes nothing and records its
    /// own traceback frame: a statement of a module body the instruction set does not cover
    /// (a class, an import), compiled to machine code on its own.
    pub const CALL_STMT: u8 = 72;
    /// `d slot k`: the built-in module whose import entry point is pool word `k`, cached in
    /// root `slot` (`import m`).
    pub const IMPORT: u8 = 73;
    /// `d m S`: member `S` of module `m`, ImportError when it has none (`from m import k`).
    pub const IMPORT_FROM: u8 = 74;
    /// `d S bases`: the namespace for the body of class `S` (what its metaclass's
    /// `__prepare__` makes, when the bases give it one).
    pub const CLASS_NS: u8 = 75;
    /// `d S bases ns`: the class named `S` made of its bases (a tuple) and namespace.
    pub const MAKE_CLASS: u8 = 76;
    /// `d c obj`: `super()` of the class in cell `c` (0 while it is empty) and `obj`.
    pub const SUPER: u8 = 77;
    /// `l v f`: `l.extend(v)` (a `*v` in a call of `f`, or in a list or tuple display when
    /// `f` is none).
    pub const LIST_EXTEND: u8 = 78;
    /// `d v f`: `v`'s items into the keyword arguments `d` of a call of `f` (a `**v`: a
    /// mapping, str keys, none already there).
    pub const DICT_UPDATE: u8 = 79;
    /// `d v`: the same for a `**v` in a dict display (TypeError for what is not a mapping).
    pub const DICT_UNPACK: u8 = 80;
    /// `d f args kw`: `f(*args, **kw)`, `args` a tuple, `kw` a dict.
    pub const CALL_EX: u8 = 81;
    /// `base before after v`: `v`'s items into `base…`, the middle ones as a list (`a, *b,
    /// c = v`: `before` and `after` registers around it).
    pub const UNPACK_STAR: u8 = 82;
    /// `d slot k data n`: the literal (a big int, bytes, a complex number) made once by the
    /// entry point at pool word `k` from the `n` bytes at pool word `data`, into root `slot`.
    pub const LITERAL: u8 = 83;
    /// `d lo hi step`: a slice object (`del x[a:b]`, `x[a:b, c]`).
    pub const SLICE: u8 = 84;
    /// `d ns S target`: name `S` of class namespace `ns` into `d` and a jump, or on (to the
    /// code that reads the global or builtin) when the namespace has none.
    pub const NS_GET: u8 = 85;
    /// `k how`: NameError (or NotImplementedError, `how` 3) for the name whose C string is
    /// pool word `k`, which nothing binds (as `rt_unbound`).
    pub const NAME_ERROR: u8 = 86;
    /// `d slot k`: the program's module whose record is pool word `k` (its name, first global
    /// slot, globals' names, their count, its body's function), made and run the first time,
    /// kept in root `slot` (emptied again when its body raises).
    pub const USER_MODULE: u8 = 87;
    /// `d S`: the str `S` of the program's table (a str literal).
    pub const TEXT: u8 = 88;
    /// `d f n`: `f(*regs[f+1..f+1+n])` (`CALL` with the arguments right after the callee:
    /// nearly every call).
    pub const CALL_F: u8 = 89;
    /// `return None`.
    pub const RETURN_NONE: u8 = 90;
    /// `k`: the handler around a class body: the traceback frame the exception recorded in
    /// it becomes the class body's (its info record at pool word `k`), and the exception goes
    /// on from here, this frame recorded at the class statement's line (CPython's class body
    /// is a frame of its own).
    pub const CLASS_FRAME: u8 = 91;

    /// Short forms (format 8): the instruction of [`SHORT_LONG`]'s family with its first
    /// operand, a register below 16, in the opcode (`FAMILY + register`), the other operands
    /// as the long form's. Nearly every load and move: one byte less each.
    pub const IMM_R: u8 = 96;
    pub const GLOBAL_R: u8 = 112;
    pub const SET_GLOBAL_R: u8 = 128;
    pub const BUILTIN_R: u8 = 144;
    pub const TEXT_R: u8 = 160;
    pub const MOVE_R: u8 = 176;
    pub const CALL_F_R: u8 = 192;
    pub const LOAD_METHOD_R: u8 = 208;
    pub const CALL_METHOD_R: u8 = 224;
    /// Past the last short form.
    pub const SHORT_END: u8 = 240;
    /// The long forms of the short forms' families, in their order.
    pub const SHORT_LONG: [u8; 9] = [IMM, GLOBAL, SET_GLOBAL, BUILTIN, TEXT, MOVE, CALL_F, LOAD_METHOD, CALL_METHOD];

    // (`family!` spells these numbers out.)
    const _: () = assert!(
        IMM_R == 96
            && GLOBAL_R == IMM_R + 16
            && SET_GLOBAL_R == GLOBAL_R + 16
            && BUILTIN_R == SET_GLOBAL_R + 16
            && TEXT_R == BUILTIN_R + 16
            && MOVE_R == TEXT_R + 16
            && CALL_F_R == MOVE_R + 16
            && LOAD_METHOD_R == CALL_F_R + 16
            && CALL_METHOD_R == LOAD_METHOD_R + 16
            && SHORT_END == CALL_METHOD_R + 16
    );

    /// The long form of short form `opc` and the register it holds.
    pub const fn short(opc: u8) -> Option<(u8, u8)> {
        if opc < IMM_R || opc >= SHORT_END {
            return None;
        }
        let i = opc - IMM_R;
        Some((SHORT_LONG[(i / 16) as usize], i % 16))
    }

    /// The short form of `long` with first operand `r`, if it has one.
    pub fn short_form(long: u8, r: u8) -> Option<u8> {
        let family = SHORT_LONG.iter().position(|&l| l == long)? as u8;
        (r < 16).then(|| IMM_R + 16 * family + r)
    }
}

/// Every opcode's name and operands, by opcode (for the disassembly): `d`/`r` a register,
/// `x` a register or none, `k` a pool index, `S` a str of the program's table ([`Program::strs`]), `s` a root slot, `c` a cache's number, `o` an
/// operator code, `n` a count, `t` a branch target, `K` a keyword-name list (slot, count,
/// that many `S`), `i` an immediate value, `z` an int, `u` an unsigned varint.
pub const FORMATS: [(&str, &str); 92] = [
    ("const", "dk"),
    ("move", "dr"),
    ("check", "rk"),
    ("global", "ds"),
    ("global_or_builtin", "ds"),
    ("set_global", "rs"),
    ("builtin", "ds"),
    ("binop", "odrr"),
    ("compare", "odrr"),
    ("in", "drr"),
    ("not_in", "drr"),
    ("is", "drr"),
    ("is_not", "drr"),
    ("unop", "odr"),
    ("not", "dr"),
    ("jump", "t"),
    ("jump_if", "rt"),
    ("jump_if_not", "rt"),
    ("getattr", "drSc"),
    ("setattr", "rSrc"),
    ("getitem", "drr"),
    ("setitem", "rrr"),
    ("getslice", "drrrr"),
    ("call", "drrn"),
    ("load_method", "rrSc"),
    ("call_method", "drn"),
    ("list", "drn"),
    ("tuple", "drn"),
    ("set", "drn"),
    ("dict", "drn"),
    ("iter", "dr"),
    ("for_iter", "drt"),
    ("unpack", "rnr"),
    ("format", "drx"),
    ("str", "dr"),
    ("repr", "dr"),
    ("join", "drn"),
    ("return", "r"),
    ("raise", "rx"),
    ("index", "dr"),
    ("yield", "dr"),
    ("yield_from", "dr"),
    ("await", "dr"),
    ("list_append", "rr"),
    ("set_add", "rr"),
    ("dict_set", "rrr"),
    ("kwnames", "dK"),
    ("call_kw", "drrnr"),
    ("call_method_kw", "drnr"),
    ("check_free", "rk"),
    ("free", "dn"),
    ("cell", "dx"),
    ("load_cell", "drk"),
    ("load_free", "drk"),
    ("store_cell", "rr"),
    ("make_function", "dkkkxxx"),
    ("list_to_tuple", "dr"),
    ("exc_match", "dr"),
    ("exc_begin", "d"),
    ("exc_current", "d"),
    ("exc_end", "r"),
    ("exc_restore", "r"),
    ("reraise", ""),
    ("raise_bare", ""),
    ("with_exit", "dr"),
    ("call_named", "dSrn"),
    ("setslice", "rrrrr"),
    ("delattr", "rS"),
    ("delitem", "rr"),
    ("imm", "di"),
    ("range_next", "drrzt"),
    ("compare_jump", "orrt"),
    ("call_stmt", "k"),
    ("import", "dsk"),
    ("import_from", "drS"),
    ("class_ns", "dSr"),
    ("make_class", "dSrr"),
    ("super", "drr"),
    ("list_extend", "rrx"),
    ("dict_update", "rrr"),
    ("dict_unpack", "rr"),
    ("call_ex", "drrr"),
    ("unpack_star", "rnnr"),
    ("literal", "dskku"),
    ("slice", "drrr"),
    ("ns_get", "drSt"),
    ("name_error", "kn"),
    ("user_module", "dsk"),
    ("text", "dS"),
    ("call_f", "drn"),
    ("return_none", ""),
    ("class_frame", "k"),
];

/// The register operand that means "none".
pub const NO_REG: u8 = 255;

/// Declares [`Entries`] and [`ENTRY_NAMES`] from one list.
macro_rules! entries {
    ($($field:ident: $name:literal fn($($ty:ty),*);)*) => {
        /// The runtime entry points the instructions call, as the program's table holds them
        /// (made in RAM by [`rt_vm_entries`] at start from [`Program::linked`]). The compiler
        /// names those of the instructions the program has ([`entries_of`]), and the others
        /// are [`rt_vm_missing`]: a firmware links only what its bytecode can call, not every
        /// entry point an instruction could.
        #[repr(C)]
        pub struct Entries {
            $(pub $field: unsafe extern "C" fn($($ty),*) -> Value,)*
        }
        /// The symbols of [`Entries`]' fields, in order.
        pub const ENTRY_NAMES: &[&str] = &[$($name),*];
    };
}

entries! {
    unbound: "rt_unbound" fn(*const u8, usize);
    builtin: "rt_builtin" fn(*const u8);
    call: "rt_call" fn(Value, *const Value, usize, Value);
    truthy: "rt_truthy" fn(Value);
    binop: "rt_binop" fn(usize, Value, Value);
    matmul: "rt_matmul" fn(usize, Value, Value);
    load_method: "rt_load_method" fn(Value, Value, *mut Cache, *mut usize);
    make_function: "rt_make_function" fn(usize, *const crate::func::Info, usize, Value, Value, Value);
    iter: "rt_iter" fn(Value);
    next: "rt_next" fn(Value);
    build_list: "rt_build_list" fn(*const Value, usize);
    build_tuple: "rt_build_tuple" fn(*const Value, usize);
    getitem: "rt_getitem" fn(Value, Value);
    compare: "rt_compare" fn(usize, Value, Value);
    compare_value: "rt_compare_value" fn(usize, Value, Value);
    unop: "rt_unop" fn(usize, Value);
    contains: "rt_contains" fn(Value, Value);
    unpack: "rt_unpack" fn(Value, usize, usize, usize, *mut Value);
    build_dict: "rt_build_dict" fn(*const Value, usize);
    index: "rt_index" fn(Value);
    list_append: "rt_list_append" fn(Value, Value);
    setitem: "rt_setitem" fn(Value, Value, Value);
    call_method: "rt_call_method" fn(Value, *const Value, usize, Value);
    getslice: "rt_getslice" fn(Value, Value, Value, Value);
    format: "rt_format" fn(Value, Value);
    str: "rt_str" fn(Value);
    str_join: "rt_str_join" fn(*const Value, usize);
    getattr: "rt_getattr_ic" fn(Value, Value, *mut Cache);
    setattr: "rt_setattr_ic" fn(Value, Value, Value, *mut Cache);
    dict_set: "rt_dict_set" fn(Value, Value, Value);
    class_ns: "rt_class_prepare" fn(Value, Value, Value);
    make_class: "rt_make_class" fn(Value, Value, Value, Value);
    repr: "rt_repr" fn(Value);
    raise: "rt_raise" fn(Value, Value);
    reraise: "rt_reraise" fn();
    new_cell: "rt_new_cell" fn(Value);
    exc_match: "rt_exc_match" fn(Value);
    exc_begin: "rt_exc_begin" fn();
    exc_current: "rt_exc_current" fn();
    exc_end: "rt_exc_end" fn(Value);
    exc_restore: "rt_exc_restore" fn(Value);
    yield_value: "rt_yield" fn(Value);
    import_from: "rt_import_from" fn(Value, Value);
    with_exit: "rt_with_exit" fn(Value);
    list_to_tuple: "rt_list_to_tuple" fn(Value);
    build_set: "rt_build_set" fn(*const Value, usize);
    set_add: "rt_set_add" fn(Value, Value);
    setslice: "rt_setslice" fn(Value, Value, Value, Value, Value);
    yield_from: "rt_yield_from" fn(Value);
    await_value: "rt_await" fn(Value);
    delattr: "rt_delattr" fn(Value, Value);
    delitem: "rt_delitem" fn(Value, Value);
    super_of: "rt_super" fn(Value, Value);
    list_extend: "rt_splice" fn(Value, Value, Value);
    call_ex: "rt_call_ex" fn(Value, Value, Value);
    dict_update: "rt_kwargs_merge" fn(Value, Value, Value);
    dict_unpack: "rt_dict_unpack" fn(Value, Value);
    slice: "rt_slice" fn(Value, Value, Value);
    ns_get: "rt_ns_get" fn(Value, Value);
    new_module: "rt_new_module" fn(*const u8, *mut Value, *const u8, usize);
    module_failed: "rt_module_failed" fn(Value);
}

/// The entry points (symbols of [`ENTRY_NAMES`]) an instruction of opcode `opc` may call.
pub fn entries_of(opc: u8) -> &'static [&'static str] {
    match op::short(opc).map_or(opc, |(long, _)| long) {
        op::CHECK | op::CHECK_FREE | op::GLOBAL | op::LOAD_CELL | op::LOAD_FREE => &["rt_unbound"],
        op::GLOBAL_OR_BUILTIN | op::BUILTIN => &["rt_builtin"],
        op::BINOP => &["rt_binop", "rt_matmul"],
        op::COMPARE => &["rt_compare_value"],
        op::COMPARE_JUMP => &["rt_compare"],
        op::RANGE_NEXT => &["rt_compare", "rt_binop"],
        op::IN | op::NOT_IN => &["rt_contains"],
        op::UNOP => &["rt_unop"],
        op::NOT | op::JUMP_IF | op::JUMP_IF_NOT => &["rt_truthy"],
        op::GETATTR => &["rt_getattr_ic"],
        op::SETATTR => &["rt_setattr_ic"],
        op::GETITEM => &["rt_getitem"],
        op::SETITEM => &["rt_setitem"],
        op::GETSLICE => &["rt_getslice"],
        op::SETSLICE => &["rt_setslice"],
        op::CALL | op::CALL_F | op::CALL_METHOD | op::CALL_KW | op::CALL_METHOD_KW => &["rt_call"],
        op::CALL_NAMED => &["rt_call_method"],
        op::LOAD_METHOD => &["rt_load_method"],
        op::LIST => &["rt_build_list"],
        op::TUPLE | op::KWNAMES => &["rt_build_tuple"],
        op::SET => &["rt_build_set"],
        op::DICT => &["rt_build_dict"],
        op::ITER => &["rt_iter"],
        op::FOR_ITER => &["rt_next"],
        op::UNPACK => &["rt_unpack"],
        op::FORMAT => &["rt_format"],
        op::STR => &["rt_str"],
        op::REPR => &["rt_repr"],
        op::JOIN => &["rt_str_join"],
        op::RAISE => &["rt_raise"],
        op::RAISE_BARE => &["rt_reraise"],
        op::YIELD => &["rt_yield"],
        op::YIELD_FROM => &["rt_yield_from"],
        op::AWAIT => &["rt_await"],
        op::LIST_APPEND => &["rt_list_append"],
        op::SET_ADD => &["rt_set_add"],
        op::DICT_SET => &["rt_dict_set"],
        op::CELL => &["rt_new_cell"],
        op::MAKE_FUNCTION => &["rt_make_function"],
        op::LIST_TO_TUPLE => &["rt_list_to_tuple"],
        op::EXC_MATCH => &["rt_exc_match"],
        op::EXC_BEGIN => &["rt_exc_begin"],
        op::EXC_CURRENT => &["rt_exc_current"],
        op::EXC_END => &["rt_exc_end"],
        op::EXC_RESTORE => &["rt_exc_restore"],
        op::WITH_EXIT => &["rt_with_exit"],
        op::DELATTR => &["rt_delattr"],
        op::DELITEM => &["rt_delitem"],
        op::INDEX => &["rt_index"],
        op::IMPORT_FROM => &["rt_import_from"],
        op::CLASS_NS => &["rt_class_prepare"],
        op::MAKE_CLASS => &["rt_make_class"],
        op::SUPER => &["rt_super"],
        op::LIST_EXTEND => &["rt_splice"],
        op::DICT_UPDATE => &["rt_kwargs_merge"],
        op::DICT_UNPACK => &["rt_dict_unpack"],
        op::CALL_EX => &["rt_call_ex"],
        op::UNPACK_STAR => &["rt_unpack"],
        op::SLICE => &["rt_slice"],
        op::NS_GET => &["rt_ns_get"],
        op::NAME_ERROR => &["rt_unbound"],
        op::USER_MODULE => &["rt_new_module", "rt_module_failed"],
        _ => &[],
    }
}

/// What the program's bytecode shares, made by the compiler (in flash on a board).
#[repr(C)]
pub struct Program {
    /// The roots: globals, and builtins and keyword-name tuples cached by the code.
    pub roots: *mut Value,
    /// The inline caches.
    pub caches: *mut usize,
    /// Each root's name ("" for those without one), NUL-terminated, in the roots' order: for
    /// NameError and for looking a builtin up. Read only then, so a walk is quick enough.
    pub names: *const u8,
    /// The text of the strs the code names (attribute names, str literals): a varint count,
    /// then each one's varint length and bytes. Each text once in the program, and no object
    /// in flash for it: [`rt_vm_entries`] makes the objects, into [`Self::strs`].
    pub texts: *const u8,
    /// The str objects of [`Self::texts`], in RAM (zeroed until made at start): a `S`
    /// operand is an index into it.
    pub strs: *mut crate::str::StrObj,
    /// What [`rt_vm_main`] starts the program with, when its module body is bytecode: the
    /// cell of the stack's limit, the number of roots (top bit: the program has generators)
    /// and `rt_init`'s flags, the number of cache words, the module body's blob (null when
    /// the program's start code is its own).
    pub stack_limit: *mut usize,
    pub nroots: usize,
    pub flags: usize,
    pub ncaches: usize,
    pub main: *const u8,
    /// Which of [`Entries`]' fields the program's instructions call: bit `i % BITS` of word
    /// `i / BITS` for field `i`. Their functions follow, in order, as many as there are bits:
    /// [`rt_vm_entries`] makes the table in RAM of them ([`rt_vm_missing`] for the others),
    /// so that a program's flash holds only the entry points it calls.
    pub linked: [usize; LINKED_WORDS],
}

/// The words of [`Program::linked`]: a bit for each field of [`Entries`].
pub const LINKED_WORDS: usize = ENTRY_NAMES.len().div_ceil(usize::BITS as usize);

/// The program's entry points, made by [`rt_vm_entries`] from [`Program::linked`].
static ENTRIES: crate::exc::Global<core::mem::MaybeUninit<Entries>> =
    crate::exc::Global::new(core::mem::MaybeUninit::uninit());

impl Program {
    /// Root `slot`'s name, NUL-terminated.
    unsafe fn name(&self, slot: usize) -> *const u8 {
        let mut p = self.names;
        for _ in 0..slot {
            while *p != 0 {
                p = p.add(1);
            }
            p = p.add(1);
        }
        p
    }
}

/// The program's table.
static PROGRAM: crate::exc::Global<*const Program> = crate::exc::Global::new(core::ptr::null());

/// The program's table (read at each call rather than kept in a register: the VM's frame, on
/// every bytecode call's stack, stays small).
#[inline(always)]
unsafe fn program() -> &'static Program {
    &**PROGRAM.get()
}

/// The program's table of entry points.
#[inline(always)]
unsafe fn rt() -> &'static Entries {
    ENTRIES.get().assume_init_ref()
}

/// Installs the program's table (its start code calls this when it has Python-level
/// bytecode) and makes the str objects of its texts (their hashes on first use, as a new
/// str's).
#[no_mangle]
pub unsafe extern "C" fn rt_vm_entries(table: *const Program) -> Value {
    *PROGRAM.get() = table;
    let bits = usize::BITS as usize;
    let linked = &(*table).linked;
    let mut f = core::ptr::addr_of!((*table).linked).add(1).cast::<usize>();
    let entries = ENTRIES.get().as_mut_ptr().cast::<usize>();
    for i in 0..ENTRY_NAMES.len() {
        let entry = match linked[i / bits] >> (i % bits) & 1 {
            0 => rt_vm_missing as *const () as usize,
            _ => {
                f = f.add(1);
                *f.sub(1)
            }
        };
        *entries.add(i) = entry;
    }
    let mut p = (*table).texts;
    let n = uvar!(p) as usize;
    for i in 0..n {
        let len = uvar!(p) as usize;
        let s = &mut *(*table).strs.add(i);
        s.header = crate::object::Header::of(&crate::object::STR_TYPE);
        s.len = len;
        s.data = p;
        s.hash = 0;
        p = p.add(len);
    }
    NONE
}

/// A program whose module body is bytecode: its start code is this call (the table says what
/// the start code of native code does itself), then the body.
#[no_mangle]
pub unsafe extern "C" fn rt_vm_main(table: *const Program) -> Value {
    let p = &*table;
    crate::stack::rt_init_stack(p.stack_limit);
    crate::gc::rt_init(p.roots, p.nroots, p.flags);
    crate::icache::rt_init_caches(p.caches, p.ncaches);
    rt_vm_entries(table);
    super::rt_vm_run(p.main, core::ptr::null(), 0)
}

/// What the table holds for the entry points of instructions the program does not have: an
/// instruction that calls it is a compiler bug, reported as one.
#[no_mangle]
pub extern "C" fn rt_vm_missing() -> Value {
    let e = crate::exc::raise(&crate::exc::SYSTEM_ERROR, "a bytecode instruction's runtime entry point is not linked");
    crate::func::ret(Err(e))
}

/// A short form's family (`op::IMM_R` … `op::CALL_METHOD_R`) as a pattern of its 16 opcodes:
/// constants, which the dispatch's jump table takes, where a range pattern would compile to
/// comparisons ahead of it. [`op`] checks the numbers. In the arm, the register is `opc ^
/// FAMILY` (the low four bits: a constant of each arm's own, which LLVM does not hoist into the
/// dispatch as it did a shared `opc & 15`, nor turn into a sign extension as it did `opc - FAMILY`).
macro_rules! family {
    (IMM_R) => {
        96 | 97 | 98 | 99 | 100 | 101 | 102 | 103 | 104 | 105 | 106 | 107 | 108 | 109 | 110 | 111
    };
    (GLOBAL_R) => {
        112 | 113 | 114 | 115 | 116 | 117 | 118 | 119 | 120 | 121 | 122 | 123 | 124 | 125 | 126 | 127
    };
    (SET_GLOBAL_R) => {
        128 | 129 | 130 | 131 | 132 | 133 | 134 | 135 | 136 | 137 | 138 | 139 | 140 | 141 | 142 | 143
    };
    (BUILTIN_R) => {
        144 | 145 | 146 | 147 | 148 | 149 | 150 | 151 | 152 | 153 | 154 | 155 | 156 | 157 | 158 | 159
    };
    (TEXT_R) => {
        160 | 161 | 162 | 163 | 164 | 165 | 166 | 167 | 168 | 169 | 170 | 171 | 172 | 173 | 174 | 175
    };
    (MOVE_R) => {
        176 | 177 | 178 | 179 | 180 | 181 | 182 | 183 | 184 | 185 | 186 | 187 | 188 | 189 | 190 | 191
    };
    (CALL_F_R) => {
        192 | 193 | 194 | 195 | 196 | 197 | 198 | 199 | 200 | 201 | 202 | 203 | 204 | 205 | 206 | 207
    };
    (LOAD_METHOD_R) => {
        208 | 209 | 210 | 211 | 212 | 213 | 214 | 215 | 216 | 217 | 218 | 219 | 220 | 221 | 222 | 223
    };
    (CALL_METHOD_R) => {
        224 | 225 | 226 | 227 | 228 | 229 | 230 | 231 | 232 | 233 | 234 | 235 | 236 | 237 | 238 | 239
    };
}

/// Runs a function of this instruction set; `regs` is its zeroed frame.
#[allow(clippy::manual_range_patterns)] // (`family!`: constants, not ranges.)
pub(super) unsafe fn exec(code: *const u8, regs: *mut usize, args: *const usize, n: usize) -> Value {
    let pool_words = super::rd16(code) as usize;
    let nparams = *code.add(3) as usize;
    let pool = code.add(super::WORD) as *const usize;
    for i in 0..nparams.min(n) {
        *regs.add(i) = *args.add(i);
    }
    let len_at = code.add(super::WORD * (1 + pool_words));
    let start = len_at.add(2);
    let tables = start.add(super::rd16(len_at) as usize);
    let (roots, caches, strs) = (program().roots, program().caches, program().strs);
    let mut pc = start;
    // The start of the instruction running, for the line of a traceback.
    let mut at;

    macro_rules! k {
        () => {
            *pool.add(uvar!(pc) as usize)
        };
    }
    macro_rules! text {
        () => {
            strs.add(uvar!(pc) as usize) as Value
        };
    }
    // An exception raised here: its frame recorded, on to the handler around `at`, or out.
    macro_rules! raise {
        () => {{
            record(tables, at.offset_from(start) as usize, pool);
            pass_on!();
        }};
    }
    // The exception pending, its frame recorded already, on to the handler around `at`, or out.
    macro_rules! pass_on {
        () => {{
            match handler(tables, start, at) {
                Some(h) => {
                    pc = h;
                    continue;
                }
                None => return EXC,
            }
        }};
    }
    macro_rules! check {
        ($v:expr) => {{
            let v: Value = $v;
            if v == EXC {
                raise!();
            }
            v
        }};
    }
    macro_rules! out {
        ($d:expr, $v:expr) => {{
            let d = $d;
            let v = check!($v);
            set!(regs, d, v);
        }};
    }

    loop {
        at = pc;
        let opc = byte!(pc);
        match opc {
            op::CONST => {
                let d = byte!(pc);
                set!(regs, d, k!());
            }
            op::TEXT => {
                let d = byte!(pc);
                set!(regs, d, text!());
            }
            family!(TEXT_R) => set!(regs, (opc ^ op::TEXT_R) as usize, text!()),
            op::MOVE => {
                let d = byte!(pc);
                set!(regs, d, reg!(pc, regs));
            }
            family!(MOVE_R) => set!(regs, (opc ^ op::MOVE_R) as usize, reg!(pc, regs)),
            op::CHECK | op::CHECK_FREE => {
                let r = reg!(pc, regs);
                let name = k!();
                if r == 0 {
                    (rt().unbound)(name as *const u8, if opc == op::CHECK { 1 } else { 2 });
                    raise!();
                }
            }
            op::GLOBAL | op::GLOBAL_OR_BUILTIN | op::BUILTIN => {
                let d = byte!(pc);
                let slot = uvar!(pc) as usize;
                let v = *roots.add(slot);
                out!(d, if v == 0 { unbound_global(opc, roots, slot) } else { v });
            }
            family!(GLOBAL_R) => {
                let slot = uvar!(pc) as usize;
                let v = *roots.add(slot);
                out!((opc ^ op::GLOBAL_R) as usize, if v == 0 { unbound_global(opc, roots, slot) } else { v });
            }
            family!(BUILTIN_R) => {
                let slot = uvar!(pc) as usize;
                let v = *roots.add(slot);
                out!((opc ^ op::BUILTIN_R) as usize, if v == 0 { unbound_global(opc, roots, slot) } else { v });
            }
            op::SET_GLOBAL => {
                let v = reg!(pc, regs);
                *roots.add(uvar!(pc) as usize) = v;
            }
            family!(SET_GLOBAL_R) => *roots.add(uvar!(pc) as usize) = *regs.add((opc ^ op::SET_GLOBAL_R) as usize),
            op::BINOP => {
                let o = byte!(pc) as usize;
                let d = byte!(pc);
                let (a, b) = (reg!(pc, regs), reg!(pc, regs));
                let fast = if a & b & 1 == 1 { small_binop(o, a as isize, b as isize) } else { None };
                match fast {
                    Some(r) => set!(regs, d, r),
                    // (`@` only has the operands' special methods, as native code calls it.)
                    None if o & !crate::ops::binop::INPLACE == crate::ops::binop::MATMUL => {
                        out!(d, (rt().matmul)(o, a, b))
                    }
                    None => out!(d, (rt().binop)(o, a, b)),
                }
            }
            op::COMPARE | op::COMPARE_JUMP => {
                let o = byte!(pc) as usize;
                let d = if opc == op::COMPARE { byte!(pc) } else { 0 };
                let (a, b) = (reg!(pc, regs), reg!(pc, regs));
                let r = if a & b & 1 == 1 {
                    let (x, y) = (a as isize, b as isize);
                    match o {
                        crate::ops::cmpop::LT => x < y,
                        crate::ops::cmpop::LE => x <= y,
                        crate::ops::cmpop::GT => x > y,
                        crate::ops::cmpop::GE => x >= y,
                        crate::ops::cmpop::EQ => x == y,
                        _ => x != y,
                    }
                } else if opc == op::COMPARE {
                    // (A comparison's value is what the method returned: `v == w` may be a
                    // vector's object, not a bool.)
                    out!(d, (rt().compare_value)(o, a, b));
                    continue;
                } else {
                    check!((rt().compare)(o, a, b)) == TRUE
                };
                if opc == op::COMPARE {
                    set!(regs, d, if r { TRUE } else { FALSE });
                } else if r {
                    pc = pc.add(2);
                } else {
                    pc = start.add(super::rd16(pc) as usize);
                }
            }
            op::IN | op::NOT_IN => {
                let d = byte!(pc);
                let (c, x) = (reg!(pc, regs), reg!(pc, regs));
                let r = check!((rt().contains)(c, x));
                set!(regs, d, if (r == TRUE) == (opc == op::IN) { TRUE } else { FALSE });
            }
            op::IS | op::IS_NOT => {
                let d = byte!(pc);
                let (a, b) = (reg!(pc, regs), reg!(pc, regs));
                set!(regs, d, if (a == b) == (opc == op::IS) { TRUE } else { FALSE });
            }
            op::UNOP => {
                let o = byte!(pc) as usize;
                let d = byte!(pc);
                let a = reg!(pc, regs);
                out!(d, (rt().unop)(o, a));
            }
            op::NOT => {
                let d = byte!(pc);
                let a = reg!(pc, regs);
                let t = check!(truth(a));
                set!(regs, d, if t == TRUE { FALSE } else { TRUE });
            }
            op::JUMP => pc = start.add(super::rd16(pc) as usize),
            op::JUMP_IF | op::JUMP_IF_NOT => {
                let a = reg!(pc, regs);
                let t = check!(truth(a));
                if (t == TRUE) == (opc == op::JUMP_IF) {
                    pc = start.add(super::rd16(pc) as usize);
                } else {
                    pc = pc.add(2);
                }
            }
            op::GETATTR => {
                let d = byte!(pc);
                let obj = reg!(pc, regs);
                let name = text!();
                let c = caches.add(uvar!(pc) as usize * CACHE_WORDS) as *mut Cache;
                out!(d, (rt().getattr)(obj, name, c));
            }
            op::SETATTR => {
                let obj = reg!(pc, regs);
                let name = text!();
                let v = reg!(pc, regs);
                let c = caches.add(uvar!(pc) as usize * CACHE_WORDS) as *mut Cache;
                check!((rt().setattr)(obj, name, v, c));
            }
            op::GETITEM => {
                let d = byte!(pc);
                let (o, key) = (reg!(pc, regs), reg!(pc, regs));
                // A list indexed by a small int in range: here.
                if let Some(slot) = list_slot(o, key) {
                    set!(regs, d, *slot);
                } else {
                    out!(d, (rt().getitem)(o, key));
                }
            }
            op::SETITEM => {
                let (o, key, v) = (reg!(pc, regs), reg!(pc, regs), reg!(pc, regs));
                if let Some(slot) = list_slot(o, key) {
                    *slot = v;
                } else {
                    check!((rt().setitem)(o, key, v));
                }
            }
            op::RANGE_NEXT => {
                let d = byte!(pc);
                let (ir, stop) = (byte!(pc) as usize, reg!(pc, regs));
                let step = svar!(pc) as isize;
                let i = *regs.add(ir);
                let more = if i & stop & 1 == 1 {
                    if step > 0 {
                        (i as isize) < stop as isize
                    } else {
                        (i as isize) > stop as isize
                    }
                } else {
                    let o = if step > 0 { crate::ops::cmpop::LT } else { crate::ops::cmpop::GT };
                    check!((rt().compare)(o, i, stop)) == TRUE
                };
                if !more {
                    pc = start.add(super::rd16(pc) as usize);
                    continue;
                }
                pc = pc.add(2);
                set!(regs, d, i);
                let next = match (is_small(i), (i as isize).checked_add(2 * step)) {
                    (true, Some(n)) => n as usize,
                    _ => check!((rt().binop)(crate::ops::binop::ADD, i, small(step))),
                };
                *regs.add(ir) = next;
            }
            op::IMM => {
                let d = byte!(pc);
                let v = uvar!(pc);
                set!(regs, d, ((v >> 1) as i64 ^ -((v & 1) as i64)) as usize);
            }
            family!(IMM_R) => {
                let v = uvar!(pc);
                set!(regs, (opc ^ op::IMM_R) as usize, ((v >> 1) as i64 ^ -((v & 1) as i64)) as usize);
            }
            op::GETSLICE => {
                let d = byte!(pc);
                let (o, lo, hi, step) = (reg!(pc, regs), reg!(pc, regs), reg!(pc, regs), reg!(pc, regs));
                out!(d, (rt().getslice)(o, lo, hi, step));
            }
            op::CALL => {
                let d = byte!(pc);
                let f = reg!(pc, regs);
                let base = byte!(pc) as usize;
                let n = byte!(pc) as usize;
                out!(d, call(f, regs.add(base), n));
            }
            op::CALL_F | family!(CALL_F_R) => {
                let d = if opc == op::CALL_F { byte!(pc) as usize } else { (opc ^ op::CALL_F_R) as usize };
                let fi = byte!(pc) as usize;
                let n = byte!(pc) as usize;
                out!(d, call(*regs.add(fi), regs.add(fi + 1), n));
            }
            op::LOAD_METHOD | family!(LOAD_METHOD_R) => {
                let base = if opc == op::LOAD_METHOD { byte!(pc) as usize } else { (opc ^ op::LOAD_METHOD_R) as usize };
                let obj = reg!(pc, regs);
                let name = text!();
                let c = caches.add(uvar!(pc) as usize * CACHE_WORDS) as *mut Cache;
                let mut io = usize::MAX;
                let callee = check!((rt().load_method)(obj, name, c, &mut io));
                *regs.add(base) = callee;
                *regs.add(base + 1) = if io == 1 { obj } else { 0 };
            }
            op::CALL_METHOD | family!(CALL_METHOD_R) => {
                let d = if opc == op::CALL_METHOD { byte!(pc) as usize } else { (opc ^ op::CALL_METHOD_R) as usize };
                let base = byte!(pc) as usize;
                let n = byte!(pc) as usize;
                let callee = *regs.add(base);
                let r = if *regs.add(base + 1) != 0 {
                    call(callee, regs.add(base + 1), n + 1)
                } else {
                    call(callee, regs.add(base + 2), n)
                };
                out!(d, r);
            }
            op::LIST | op::TUPLE | op::SET | op::DICT => {
                let d = byte!(pc);
                let base = byte!(pc) as usize;
                let n = byte!(pc) as usize;
                let argv = regs.add(base);
                let r = match opc {
                    op::LIST => (rt().build_list)(argv, n),
                    op::TUPLE => (rt().build_tuple)(argv, n),
                    op::SET => (rt().build_set)(argv, n),
                    _ => (rt().build_dict)(argv, n),
                };
                out!(d, r);
            }
            op::ITER => {
                let d = byte!(pc);
                let v = reg!(pc, regs);
                out!(d, (rt().iter)(v));
            }
            op::FOR_ITER => {
                let d = byte!(pc);
                let it = reg!(pc, regs);
                let v = check!((rt().next)(it));
                if v == STOP {
                    pc = start.add(super::rd16(pc) as usize);
                } else {
                    pc = pc.add(2);
                    set!(regs, d, v);
                }
            }
            op::UNPACK => {
                let base = byte!(pc) as usize;
                let n = byte!(pc) as usize;
                let v = reg!(pc, regs);
                check!((rt().unpack)(v, n, 0, 0, regs.add(base)));
            }
            op::FORMAT => {
                let d = byte!(pc);
                let v = reg!(pc, regs);
                let s = byte!(pc);
                let spec = if s == NO_REG { 0 } else { *regs.add(s as usize) };
                out!(d, (rt().format)(v, spec));
            }
            op::STR | op::REPR => {
                let d = byte!(pc);
                let v = reg!(pc, regs);
                out!(d, if opc == op::STR { (rt().str)(v) } else { (rt().repr)(v) });
            }
            op::JOIN => {
                let d = byte!(pc);
                let base = byte!(pc) as usize;
                let n = byte!(pc) as usize;
                out!(d, (rt().str_join)(regs.add(base), n));
            }
            op::RETURN => return *regs.add(*pc as usize),
            op::RETURN_NONE => return NONE,
            op::RAISE => {
                let x = reg!(pc, regs);
                let c = *pc;
                let cause = if c == NO_REG { 0 } else { *regs.add(c as usize) };
                (rt().raise)(x, cause);
                raise!();
            }
            op::YIELD | op::YIELD_FROM | op::AWAIT => {
                let d = byte!(pc);
                let v = reg!(pc, regs);
                let r = match opc {
                    op::YIELD => (rt().yield_value)(v),
                    op::YIELD_FROM => (rt().yield_from)(v),
                    _ => (rt().await_value)(v),
                };
                out!(d, r);
            }
            op::LIST_APPEND | op::SET_ADD => {
                let (c, v) = (reg!(pc, regs), reg!(pc, regs));
                check!(if opc == op::LIST_APPEND { (rt().list_append)(c, v) } else { (rt().set_add)(c, v) });
            }
            op::DICT_SET => {
                let (d, key, v) = (reg!(pc, regs), reg!(pc, regs), reg!(pc, regs));
                check!((rt().dict_set)(d, key, v));
            }
            op::KWNAMES => {
                let d = byte!(pc);
                let (t, next) = kwnames(pc, roots);
                pc = next;
                set!(regs, d, check!(t));
            }
            op::CALL_KW => {
                let d = byte!(pc);
                let f = reg!(pc, regs);
                let base = byte!(pc) as usize;
                let npos = byte!(pc) as usize;
                let kw = reg!(pc, regs);
                out!(d, (rt().call)(f, regs.add(base), npos, kw));
            }
            op::CALL_METHOD_KW => {
                let d = byte!(pc);
                let base = byte!(pc) as usize;
                let npos = byte!(pc) as usize;
                let kw = reg!(pc, regs);
                let callee = *regs.add(base);
                let r = if *regs.add(base + 1) != 0 {
                    (rt().call)(callee, regs.add(base + 1), npos + 1, kw)
                } else {
                    (rt().call)(callee, regs.add(base + 2), npos, kw)
                };
                out!(d, r);
            }
            op::FREE => {
                let d = byte!(pc);
                let i = byte!(pc) as usize;
                let f = &*(*regs as *const crate::func::FuncObj);
                set!(regs, d, crate::list::tuple_items(f.cells)[i]);
            }
            op::CELL => {
                let d = byte!(pc);
                let s = byte!(pc);
                let v = if s == NO_REG { 0 } else { *regs.add(s as usize) };
                out!(d, (rt().new_cell)(v));
            }
            op::LOAD_CELL | op::LOAD_FREE => {
                let d = byte!(pc);
                let c = reg!(pc, regs);
                let name = k!();
                let v = (*(c as *const crate::func::CellObj)).value;
                if v == 0 {
                    (rt().unbound)(name as *const u8, if opc == op::LOAD_CELL { 1 } else { 2 });
                    raise!();
                }
                set!(regs, d, v);
            }
            op::STORE_CELL => {
                let c = reg!(pc, regs);
                let v = reg!(pc, regs);
                (*(c as *mut crate::func::CellObj)).value = v;
            }
            op::MAKE_FUNCTION => {
                let d = byte!(pc);
                let (f, next) = make_function(pc, pool, regs);
                pc = next;
                out!(d, f);
            }
            op::LIST_TO_TUPLE => {
                let d = byte!(pc);
                let l = reg!(pc, regs);
                out!(d, (rt().list_to_tuple)(l));
            }
            op::EXC_MATCH => {
                let d = byte!(pc);
                let cls = reg!(pc, regs);
                out!(d, (rt().exc_match)(cls));
            }
            op::EXC_BEGIN => {
                let d = byte!(pc);
                set!(regs, d, (rt().exc_begin)());
            }
            op::EXC_CURRENT => {
                let d = byte!(pc);
                set!(regs, d, (rt().exc_current)());
            }
            op::EXC_END => {
                (rt().exc_end)(reg!(pc, regs));
            }
            op::EXC_RESTORE => {
                (rt().exc_restore)(reg!(pc, regs));
            }
            op::CALL_STMT => {
                let f = core::mem::transmute::<usize, super::Native0>(k!());
                if f() == EXC {
                    pass_on!();
                }
            }
            op::RERAISE => pass_on!(),
            op::RAISE_BARE => {
                // (The RuntimeError of no exception being handled gets this frame.)
                let active = crate::exc::handling() != 0;
                (rt().reraise)();
                if !active {
                    raise!();
                }
                pass_on!();
            }
            op::WITH_EXIT => {
                let d = byte!(pc);
                let mgr = reg!(pc, regs);
                out!(d, (rt().with_exit)(mgr));
            }
            op::CALL_NAMED => {
                let d = byte!(pc);
                let name = text!();
                let base = byte!(pc) as usize;
                let n = byte!(pc) as usize;
                out!(d, (rt().call_method)(name, regs.add(base), n, 0));
            }
            op::SETSLICE => {
                let (o, lo, hi, step, v) =
                    (reg!(pc, regs), reg!(pc, regs), reg!(pc, regs), reg!(pc, regs), reg!(pc, regs));
                check!((rt().setslice)(o, lo, hi, step, v));
            }
            op::DELATTR => {
                let o = reg!(pc, regs);
                let name = text!();
                check!((rt().delattr)(o, name));
            }
            op::DELITEM => {
                let (o, key) = (reg!(pc, regs), reg!(pc, regs));
                check!((rt().delitem)(o, key));
            }
            op::INDEX => {
                let d = byte!(pc);
                let v = reg!(pc, regs);
                if is_small(v) {
                    set!(regs, d, v);
                } else {
                    out!(d, (rt().index)(v));
                }
            }
            // (Rare instructions out of line: the loop stays as small and fast as it was.)
            op::IMPORT..=op::USER_MODULE | op::CLASS_FRAME => match rare(at, regs, pool, roots, start) {
                Some(next) => pc = next,
                None => raise!(),
            },
            _ => super::trap(),
        }
    }
}

/// The value of an empty root `slot` read by `opc` (`GLOBAL`, `GLOBAL_OR_BUILTIN` or
/// `BUILTIN`, or a short form of one): NameError for a global, else the builtin of its name
/// (cached in the root for `BUILTIN`). Out of line: a bound global is the loop's case.
#[cold]
#[inline(never)]
unsafe fn unbound_global(opc: u8, roots: *mut Value, slot: usize) -> Value {
    let name = program().name(slot);
    match op::short(opc).map_or(opc, |(long, _)| long) {
        op::GLOBAL => {
            (rt().unbound)(name, 0);
            EXC
        }
        op::GLOBAL_OR_BUILTIN => (rt().builtin)(name),
        _ => {
            let b = (rt().builtin)(name);
            *roots.add(slot) = b;
            b
        }
    }
}

/// The rare instructions, out of [`exec`]'s loop: the instruction at `at` run, the code after
/// it (`None`: an exception is pending, raised at it). (Given the instruction's start, which
/// the loop keeps anyway: a pointer past its opcode would cost the loop a register move for
/// every instruction.)
#[inline(never)]
unsafe fn rare(
    at: *const u8,
    regs: *mut usize,
    pool: *const usize,
    roots: *mut Value,
    start: *const u8,
) -> Option<*const u8> {
    let opc = *at;
    let mut pc = at.add(1);
    macro_rules! k {
        () => {
            *pool.add(uvar!(pc) as usize)
        };
    }
    macro_rules! text {
        () => {
            program().strs.add(uvar!(pc) as usize) as Value
        };
    }
    macro_rules! raise {
        () => {
            return None
        };
    }
    macro_rules! check {
        ($v:expr) => {{
            let v: Value = $v;
            if v == EXC {
                raise!();
            }
            v
        }};
    }
    macro_rules! out {
        ($d:expr, $v:expr) => {{
            let d = $d;
            let v = check!($v);
            set!(regs, d, v);
        }};
    }
    match opc {
        op::IMPORT => {
            let d = byte!(pc);
            let slot = uvar!(pc) as usize;
            let entry = k!();
            let mut m = *roots.add(slot);
            if m == 0 {
                m = check!(core::mem::transmute::<usize, super::Native0>(entry)());
                *roots.add(slot) = m;
            }
            set!(regs, d, m);
        }
        op::CLASS_NS => {
            let d = byte!(pc);
            let name = text!();
            let bases = reg!(pc, regs);
            out!(d, (rt().class_ns)(name, bases, 0));
        }
        op::MAKE_CLASS => {
            let d = byte!(pc);
            let name = text!();
            let (bases, ns) = (reg!(pc, regs), reg!(pc, regs));
            out!(d, (rt().make_class)(name, bases, ns, 0));
        }
        op::SUPER => {
            let d = byte!(pc);
            let cell = reg!(pc, regs);
            let obj = reg!(pc, regs);
            let cls = (*(cell as *const crate::func::CellObj)).value;
            out!(d, (rt().super_of)(cls, obj));
        }
        op::IMPORT_FROM => {
            let d = byte!(pc);
            let m = reg!(pc, regs);
            out!(d, (rt().import_from)(m, text!()));
        }
        op::LIST_EXTEND => {
            let (l, v) = (reg!(pc, regs), reg!(pc, regs));
            let f = byte!(pc);
            let f = if f == NO_REG { 0 } else { *regs.add(f as usize) };
            check!((rt().list_extend)(l, v, f));
        }
        op::DICT_UPDATE => {
            let (d, v, f) = (reg!(pc, regs), reg!(pc, regs), reg!(pc, regs));
            check!((rt().dict_update)(d, v, f));
        }
        op::DICT_UNPACK => {
            let (d, v) = (reg!(pc, regs), reg!(pc, regs));
            check!((rt().dict_unpack)(d, v));
        }
        op::CALL_EX => {
            let d = byte!(pc);
            let (f, args, kw) = (reg!(pc, regs), reg!(pc, regs), reg!(pc, regs));
            out!(d, (rt().call_ex)(f, args, kw));
        }
        op::UNPACK_STAR => {
            let base = byte!(pc) as usize;
            let before = byte!(pc) as usize;
            let after = byte!(pc) as usize;
            let v = reg!(pc, regs);
            check!((rt().unpack)(v, before, 1, after, regs.add(base)));
        }
        op::LITERAL => {
            let d = byte!(pc);
            let slot = roots.add(uvar!(pc) as usize);
            let entry = k!();
            let data = k!() as *const u8;
            let n = uvar!(pc) as usize;
            let v = *slot;
            if v != 0 {
                set!(regs, d, v);
            } else {
                let make: unsafe extern "C" fn(*mut Value, *const u8, usize) -> Value = core::mem::transmute(entry);
                out!(d, make(slot, data, n));
            }
        }
        op::SLICE => {
            let d = byte!(pc);
            let (lo, hi, step) = (reg!(pc, regs), reg!(pc, regs), reg!(pc, regs));
            out!(d, (rt().slice)(lo, hi, step));
        }
        op::NS_GET => {
            let d = byte!(pc);
            let ns = reg!(pc, regs);
            let v = (rt().ns_get)(ns, text!());
            if v != 0 {
                set!(regs, d, v);
                pc = start.add(super::rd16(pc) as usize);
            } else {
                pc = pc.add(2);
            }
        }
        op::CLASS_FRAME => {
            let info = k!() as *const crate::func::Info;
            crate::exc::reframe(*pool.add(POOL_INFO) as *const crate::func::Info, info);
            // (It raises: the code goes on at a handler, not after the operand.)
            let _ = pc;
            raise!();
        }
        op::NAME_ERROR => {
            let name = k!() as *const u8;
            let how = *pc as usize;
            (rt().unbound)(name, how);
            raise!();
        }
        op::USER_MODULE => {
            let d = byte!(pc);
            let slot = roots.add(uvar!(pc) as usize);
            let info = k!() as *const usize;
            let m = *slot;
            if m != 0 {
                set!(regs, d, m);
            } else {
                let (name, first, names, count) = (*info, *info.add(1), *info.add(2), *info.add(3));
                let m = check!((rt().new_module)(name as *const u8, roots.add(first), names as *const u8, count));
                *slot = m;
                if core::mem::transmute::<usize, super::Native0>(*info.add(4))() == EXC {
                    // (Importing it again runs it again, as CPython drops it from sys.modules.)
                    *slot = 0;
                    (rt().module_failed)(m);
                    raise!();
                }
                set!(regs, d, m);
            }
        }
        _ => super::trap(),
    }
    Some(pc)
}

/// `f(*argv[..n])`: straight to a function's code when it takes exactly these arguments
/// (as native code calls it), else through the runtime's binding.
#[inline(always)]
unsafe fn call(f: Value, argv: *const usize, n: usize) -> Value {
    use crate::func::FuncObj;
    if f & 3 == 0 && crate::object::kind_of(f) == crate::object::Kind::Function {
        let o = &*(f as *const FuncObj);
        if o.direct == n {
            let a = |i: usize| *argv.add(i);
            return match n {
                0 => core::mem::transmute::<usize, super::Native0>(o.code)(),
                1 => core::mem::transmute::<usize, super::Native1>(o.code)(a(0)),
                2 => core::mem::transmute::<usize, super::Native2>(o.code)(a(0), a(1)),
                3 => core::mem::transmute::<usize, super::Native3>(o.code)(a(0), a(1), a(2)),
                _ => super::call_words(o.code, argv, n),
            };
        }
    }
    call_slow(f, argv, n)
}

/// The other calls: a closure's code (the function first), or the runtime's binding.
#[inline(never)]
unsafe fn call_slow(f: Value, argv: *const usize, n: usize) -> Value {
    use crate::func::{FuncObj, DIRECT_ENV};
    if f & 3 == 0 && crate::object::kind_of(f) == crate::object::Kind::Function {
        let o = &*(f as *const FuncObj);
        if o.direct == n | DIRECT_ENV && n < crate::func::MAX_PARAMS {
            let mut with_f = [0usize; crate::func::MAX_PARAMS];
            with_f[0] = f;
            core::ptr::copy_nonoverlapping(argv, with_f.as_mut_ptr().add(1), n);
            return super::call_words(o.code, with_f.as_ptr(), n + 1);
        }
    }
    (rt().call)(f, argv, n, 0)
}

/// `KWNAMES`' operands from `pc`: the tuple (made once into its root slot) and where the
/// code goes on.
#[inline(never)]
unsafe fn kwnames(mut pc: *const u8, roots: *mut usize) -> (Value, *const u8) {
    let slot = uvar!(pc) as usize;
    let n = byte!(pc) as usize;
    let mut names = [0usize; 32];
    for x in names.iter_mut().take(n.min(32)) {
        *x = program().strs.add(uvar!(pc) as usize) as Value;
    }
    let mut t = *roots.add(slot);
    if t == 0 {
        t = (rt().build_tuple)(names.as_ptr(), n.min(32));
        if t != EXC {
            *roots.add(slot) = t;
        }
    }
    (t, pc)
}

/// `MAKE_FUNCTION`'s operands from `pc` (after `d`): the function and where the code goes on.
#[inline(never)]
unsafe fn make_function(mut pc: *const u8, pool: *const usize, regs: *mut usize) -> (Value, *const u8) {
    let f = *pool.add(uvar!(pc) as usize);
    let info = *pool.add(uvar!(pc) as usize);
    let spec = *pool.add(uvar!(pc) as usize);
    let mut opt = [0usize; 3];
    for x in opt.iter_mut() {
        let r = byte!(pc);
        *x = if r == NO_REG { 0 } else { *regs.add(r as usize) };
    }
    ((rt().make_function)(f, info as *const crate::func::Info, spec, opt[0], opt[1], opt[2]), pc)
}

/// A binary operation on two small ints (tagged words `2x+1`) whose result is a small int,
/// done here: `+ - * & | ^ << >>` (None: the runtime does it, or it overflows).
#[inline(always)]
fn small_binop(o: usize, a: isize, b: isize) -> Option<usize> {
    use crate::ops::binop::*;
    let r = match o & !INPLACE {
        ADD => a.checked_add(b - 1)?,
        SUB => a.checked_sub(b - 1)?,
        MUL => (a >> 1).checked_mul(b - 1)?.checked_add(1)?,
        AND => a & b,
        OR => a | b,
        XOR => (a ^ b) | 1,
        RSHIFT => {
            let n = b >> 1;
            if !(0..isize::BITS as isize).contains(&n) {
                return None;
            }
            ((a >> 1) >> n << 1) | 1
        }
        LSHIFT => {
            let n = b >> 1;
            if !(0..isize::BITS as isize - 1).contains(&n) {
                return None;
            }
            let x = (a >> 1) << n;
            if (x >> n) != (a >> 1) || x.checked_mul(2).is_none() {
                return None;
            }
            (x << 1) | 1
        }
        _ => return None,
    };
    Some(r as usize)
}

/// Item `key` of list `o`, when `o` is a list and `key` a small int within it (negative
/// ones from the end, as Python counts).
#[inline(always)]
fn list_slot(o: Value, key: Value) -> Option<&'static mut Value> {
    // (The type's inline kind: a subclass of list, with its own `__getitem__`, is not one.)
    if !is_small(key) || o & 3 != 0 || crate::object::ptr_inline(o) != crate::object::Kind::List {
        return None;
    }
    let items = crate::list::list_items(o);
    let i = small_value(key);
    let i = if i < 0 { i + items.len() as isize } else { i };
    items.get_mut(usize::try_from(i).ok()?)
}

/// Python's truth of `a`: TRUE or FALSE (EXC when `__bool__` or `__len__` raised).
#[inline(always)]
unsafe fn truth(a: Value) -> Value {
    match a {
        TRUE => TRUE,
        FALSE | NONE => FALSE,
        _ if is_small(a) => {
            if a == small(0) {
                FALSE
            } else {
                TRUE
            }
        }
        _ => (rt().truthy)(a),
    }
}

/// Records this function's traceback frame for the exception just raised, at the line of
/// the instruction at `offset` in the code.
#[cold]
#[inline(never)]
unsafe fn record(tables: *const u8, offset: usize, pool: *const usize) {
    let mut pc = tables;
    let len = uvar!(pc) as usize;
    let end = pc.add(len);
    let (mut pos, mut line) = (0usize, 0isize);
    while pc < end {
        let b = byte!(pc);
        let (delta, l) = match b {
            0x80 => (uvar!(pc) as usize, line + svar!(pc) as i64 as isize),
            _ => ((b & 15) as usize, line + (b >> 4) as isize),
        };
        if pos + delta > offset {
            break;
        }
        pos += delta;
        line = l;
    }
    crate::exc::rt_traceback(*pool.add(POOL_INFO) as *const crate::func::Info, (line as usize) << 1);
}

/// Where an exception raised at `at` goes: the innermost handler whose range holds it.
#[cold]
#[inline(never)]
unsafe fn handler(tables: *const u8, start: *const u8, at: *const u8) -> Option<*const u8> {
    let offset = at.offset_from(start) as u64;
    let mut pc = tables;
    let lines = uvar!(pc) as usize;
    pc = pc.add(lines);
    for _ in 0..uvar!(pc) {
        let (lo, hi, target) = (uvar!(pc), uvar!(pc), uvar!(pc));
        if lo <= offset && offset < hi {
            return Some(start.add(target as usize));
        }
    }
    None
}
