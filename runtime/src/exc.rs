//! Exceptions: the built-in classes, exception objects, raising by return value, traceback
//! frames, chaining, and reporting an uncaught exception as CPython does.
//!
//! A fallible entry point that fails makes the exception pending here and returns [`EXC`];
//! generated code then records its frame with [`rt_traceback`] and either jumps to a handler
//! or returns `EXC` itself, up to the module's top level, where [`report_uncaught`] prints it.

use crate::board;
use crate::func::Kw;
use crate::object::*;
use crate::value::*;
use alloc::string::String;
use core::cell::UnsafeCell;

/// Runtime state that only one thread ever touches (the program's).
pub struct Global<T>(UnsafeCell<T>);
unsafe impl<T> Sync for Global<T> {}
impl<T> Global<T> {
    pub const fn new(v: T) -> Self {
        Global(UnsafeCell::new(v))
    }
    #[allow(clippy::mut_from_ref)]
    pub fn get(&self) -> &mut T {
        unsafe { &mut *self.0.get() }
    }
}

/// Something the runtime calls only once the program has installed it (a function, or a table of
/// them), so that a firmware whose program never installs it links none of what it reaches.
/// It is read and written as the optimizer cannot follow: a plain global only ever set to one
/// function is called directly, which would link that function into every firmware.
pub struct Hook<T: Copy>(UnsafeCell<Option<T>>);
unsafe impl<T: Copy> Sync for Hook<T> {}
impl<T: Copy> Default for Hook<T> {
    fn default() -> Self {
        Self::new()
    }
}
impl<T: Copy> Hook<T> {
    pub const fn new() -> Self {
        Hook(UnsafeCell::new(None))
    }
    /// What is installed, if anything.
    #[inline(always)]
    pub fn get(&self) -> Option<T> {
        // SAFETY: only the program's thread (and interrupts, which only read) touches it.
        unsafe { core::ptr::read_volatile(self.0.get()) }
    }
    /// Installs `v`.
    #[inline(always)]
    pub fn set(&self, v: T) {
        self.replace(Some(v));
    }
    /// Installs `v` (or nothing), giving back what was installed.
    #[inline(always)]
    pub fn replace(&self, v: Option<T>) -> Option<T> {
        let old = self.get();
        // SAFETY: as for `get`.
        unsafe { core::ptr::write_volatile(self.0.get(), v) };
        old
    }
}

/// "An exception is pending": the error half of [`R`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Exc;

/// An exception instance (of a built-in class or a class derived from one).
#[repr(C)]
pub struct ExcObj {
    pub header: Header,
    /// Attributes the program set (a dict, or 0).
    pub dict: Value,
    /// The constructor's arguments (a tuple).
    pub args: Value,
    /// The traceback: a list of (frame info, line) pairs as small ints, innermost first.
    pub frames: Value,
    pub cause: Value,
    pub context: Value,
    pub suppress_context: Value,
    /// What a traceback adds after the message (". Did you mean: 'x'?"), a str or 0.
    pub note: Value,
    /// What CPython keeps in fields of some classes, apart from the arguments and the
    /// `__dict__`: an OSError's filename and second filename (a tuple of two), an ImportError's
    /// module (`name`, a str); 0 when there is none.
    pub fields: Value,
}

macro_rules! exception_types {
    ($($stat:ident = $name:literal, $base:expr;)*) => {
        $(pub static $stat: TypeObj = TypeObj::builtin($name, Kind::Exception, $base, EXC_METHODS, Some(&Some(exc_new)));)*
        /// Every built-in exception class, for the names in `builtins`.
        pub static EXCEPTION_TYPES: &[&TypeObj] = &[$(&$stat),*];
    };
}

exception_types! {
    BASE_EXCEPTION = "BaseException", Some(&OBJECT_TYPE);
    SYSTEM_EXIT = "SystemExit", Some(&BASE_EXCEPTION);
    KEYBOARD_INTERRUPT = "KeyboardInterrupt", Some(&BASE_EXCEPTION);
    GENERATOR_EXIT = "GeneratorExit", Some(&BASE_EXCEPTION);
    EXCEPTION = "Exception", Some(&BASE_EXCEPTION);
    STOP_ITERATION = "StopIteration", Some(&EXCEPTION);
    STOP_ASYNC_ITERATION = "StopAsyncIteration", Some(&EXCEPTION);
    ARITHMETIC_ERROR = "ArithmeticError", Some(&EXCEPTION);
    ZERO_DIVISION_ERROR = "ZeroDivisionError", Some(&ARITHMETIC_ERROR);
    OVERFLOW_ERROR = "OverflowError", Some(&ARITHMETIC_ERROR);
    ASSERTION_ERROR = "AssertionError", Some(&EXCEPTION);
    ATTRIBUTE_ERROR = "AttributeError", Some(&EXCEPTION);
    EOF_ERROR = "EOFError", Some(&EXCEPTION);
    IMPORT_ERROR = "ImportError", Some(&EXCEPTION);
    MODULE_NOT_FOUND_ERROR = "ModuleNotFoundError", Some(&IMPORT_ERROR);
    LOOKUP_ERROR = "LookupError", Some(&EXCEPTION);
    INDEX_ERROR = "IndexError", Some(&LOOKUP_ERROR);
    KEY_ERROR = "KeyError", Some(&LOOKUP_ERROR);
    MEMORY_ERROR = "MemoryError", Some(&EXCEPTION);
    NAME_ERROR = "NameError", Some(&EXCEPTION);
    UNBOUND_LOCAL_ERROR = "UnboundLocalError", Some(&NAME_ERROR);
    OS_ERROR = "OSError", Some(&EXCEPTION);
    TIMEOUT_ERROR = "TimeoutError", Some(&OS_ERROR);
    FILE_NOT_FOUND_ERROR = "FileNotFoundError", Some(&OS_ERROR);
    FILE_EXISTS_ERROR = "FileExistsError", Some(&OS_ERROR);
    PERMISSION_ERROR = "PermissionError", Some(&OS_ERROR);
    CONNECTION_ERROR = "ConnectionError", Some(&OS_ERROR);
    CONNECTION_RESET_ERROR = "ConnectionResetError", Some(&CONNECTION_ERROR);
    CONNECTION_REFUSED_ERROR = "ConnectionRefusedError", Some(&CONNECTION_ERROR);
    CONNECTION_ABORTED_ERROR = "ConnectionAbortedError", Some(&CONNECTION_ERROR);
    BROKEN_PIPE_ERROR = "BrokenPipeError", Some(&CONNECTION_ERROR);
    BLOCKING_IO_ERROR = "BlockingIOError", Some(&OS_ERROR);
    INTERRUPTED_ERROR = "InterruptedError", Some(&OS_ERROR);
    IS_A_DIRECTORY_ERROR = "IsADirectoryError", Some(&OS_ERROR);
    NOT_A_DIRECTORY_ERROR = "NotADirectoryError", Some(&OS_ERROR);
    CHILD_PROCESS_ERROR = "ChildProcessError", Some(&OS_ERROR);
    PROCESS_LOOKUP_ERROR = "ProcessLookupError", Some(&OS_ERROR);
    RUNTIME_ERROR = "RuntimeError", Some(&EXCEPTION);
    SYNTAX_ERROR = "SyntaxError", Some(&EXCEPTION);
    INDENTATION_ERROR = "IndentationError", Some(&SYNTAX_ERROR);
    TAB_ERROR = "TabError", Some(&INDENTATION_ERROR);
    SYSTEM_ERROR = "SystemError", Some(&EXCEPTION);
    BUFFER_ERROR = "BufferError", Some(&EXCEPTION);
    REFERENCE_ERROR = "ReferenceError", Some(&EXCEPTION);
    FLOATING_POINT_ERROR = "FloatingPointError", Some(&ARITHMETIC_ERROR);
    WARNING = "Warning", Some(&EXCEPTION);
    USER_WARNING = "UserWarning", Some(&WARNING);
    DEPRECATION_WARNING = "DeprecationWarning", Some(&WARNING);
    RUNTIME_WARNING = "RuntimeWarning", Some(&WARNING);
    PENDING_DEPRECATION_WARNING = "PendingDeprecationWarning", Some(&WARNING);
    SYNTAX_WARNING = "SyntaxWarning", Some(&WARNING);
    FUTURE_WARNING = "FutureWarning", Some(&WARNING);
    IMPORT_WARNING = "ImportWarning", Some(&WARNING);
    UNICODE_WARNING = "UnicodeWarning", Some(&WARNING);
    BYTES_WARNING = "BytesWarning", Some(&WARNING);
    RESOURCE_WARNING = "ResourceWarning", Some(&WARNING);
    ENCODING_WARNING = "EncodingWarning", Some(&WARNING);
    NOT_IMPLEMENTED_ERROR = "NotImplementedError", Some(&RUNTIME_ERROR);
    RECURSION_ERROR = "RecursionError", Some(&RUNTIME_ERROR);
    TYPE_ERROR = "TypeError", Some(&EXCEPTION);
    VALUE_ERROR = "ValueError", Some(&EXCEPTION);
    UNICODE_ERROR = "UnicodeError", Some(&VALUE_ERROR);
    UNICODE_DECODE_ERROR = "UnicodeDecodeError", Some(&UNICODE_ERROR);
    UNICODE_ENCODE_ERROR = "UnicodeEncodeError", Some(&UNICODE_ERROR);
    UNICODE_TRANSLATE_ERROR = "UnicodeTranslateError", Some(&UNICODE_ERROR);
}

/// The runtime's own roots for the collector.
struct State {
    /// The exception being propagated (0 when none).
    pending: Value,
    /// The exception the innermost running `except` clause handles (0 when none).
    handling: Value,
}

static STATE: Global<State> = Global::new(State { pending: 0, handling: 0 });

/// MemoryError is raised without allocating: this one instance serves every time.
static MEMORY_ERROR_OBJ: Global<ExcObj> = Global::new(ExcObj {
    header: Header::of(&MEMORY_ERROR),
    dict: 0,
    args: 0,
    frames: 0,
    cause: NONE,
    context: NONE,
    suppress_context: FALSE,
    note: 0,
    fields: 0,
});

pub fn mark_runtime_roots(mark: &mut dyn FnMut(usize)) {
    let s = STATE.get();
    mark(s.pending);
    mark(s.handling);
    crate::gen::mark_roots(mark);
    crate::random::mark_roots(mark);
    crate::modules::mark_roots(mark);
    mark(*crate::func::CLASSES.get());
    crate::icache::mark_roots(mark);
    crate::reserve::mark_roots(mark);
    let m = MEMORY_ERROR_OBJ.get();
    for v in [m.dict, m.args, m.frames, m.cause, m.context] {
        mark(v);
    }
}

/// `BaseException`'s methods, which every exception class has.
pub static EXC_METHODS: &[crate::func::NativeObj] = crate::methods![
    // `e.add_note(text)`: appended to the list `e.__notes__`, which a traceback shows.
    crate::func::NativeObj::method("add_note", 1, 1, |a, _| {
        if crate::str::as_str(a[1]).is_none() {
            return Err(raise(&TYPE_ERROR, alloc::format!("note must be a str, not '{}'", type_name(a[1]))));
        }
        let key = crate::str::from_str("__notes__")?;
        let notes = match crate::func::lookup_attr(a[0], key)? {
            Some(l) if kind_of(l) == Kind::List => l,
            Some(_) => return Err(raise(&TYPE_ERROR, "Cannot add note: __notes__ is not a list")),
            None => {
                let l = crate::list::new_list(&[])?;
                crate::func::setattr(a[0], key, l)?;
                l
            }
        };
        crate::list::push(notes, a[1])?;
        Ok(NONE)
    }),
    // `e.with_traceback(tb)`: the exception itself (its frames are its own).
    crate::func::NativeObj::method("with_traceback", 1, 1, |a, _| Ok(a[0])),
];

/// The notes `e.add_note` gave `e` (its `__notes__`), as a traceback shows them.
fn notes_text(e: Value) -> String {
    let mut out = String::new();
    let Some(d) = as_exc(e).map(|x| x.dict).filter(|&d| d != 0) else { return out };
    let Some(notes) = crate::dict::get_str(d, "__notes__") else { return out };
    for &n in crate::list::seq_items(notes).unwrap_or(&[]) {
        if let Ok(t) = crate::print::to_text(n) {
            out.push_str(&t);
            out.push('\n');
        }
    }
    out
}

/// `ExceptionClass(*args)`: the instance, with `args` kept.
pub fn exc_new(args: &[Value], _kw: &Kw) -> R {
    let mut cls = as_type(args[0]).expect("a class");
    // `OSError(errno, strerror)` is the subclass for the errno, as CPython makes it.
    if core::ptr::eq(cls, &OS_ERROR) && (3..=6).contains(&args.len()) && is_small(args[1]) {
        cls = os_error_for(small_value(args[1])).unwrap_or(cls);
    }
    new_exception(cls, &args[1..])
}

/// An exception of class `cls` made of `args`. An OSError's are parsed as CPython's
/// `OSError.__new__` parses them ([`os_error_args`]), unless its class has an `__init__` of
/// its own: `super().__init__(…)` then parses what it is given, as CPython's `OSError.__init__`.
pub fn new_exception(cls: &'static TypeObj, args: &[Value]) -> R {
    let e = alloc(ExcObj {
        header: Header { ty: cls },
        dict: 0,
        args: crate::list::new_tuple(args)?,
        frames: 0,
        cause: NONE,
        context: NONE,
        suppress_context: FALSE,
        note: 0,
        fields: 0,
    })?;
    let own_init = || {
        cls.is_class()
            && crate::func::lookup_name(cls, crate::name!("__init__")).is_some_and(|f| kind_of(f) == Kind::Function)
    };
    if cls.mro_iter().any(|c| core::ptr::eq(c, &OS_ERROR)) && !own_init() {
        os_error_args(e, args)?;
    }
    Ok(e)
}

/// Sets OSError `e`'s arguments from `args`, as CPython parses `OSError(errno, strerror[,
/// filename[, winerror[, filename2]]])`: a filename (not None) is an attribute, not an
/// argument (`OSError(2, 'gone', 'f').args` is `(2, 'gone')`), and so is the second one.
pub fn os_error_args(e: Value, args: &[Value]) -> R<()> {
    let filename = args.get(2).copied().filter(|&f| args.len() <= 5 && f != NONE);
    let kept = if filename.is_some() { &args[..2] } else { args };
    let Some(x) = as_exc(e) else { return Ok(()) };
    x.args = crate::list::new_tuple(kept)?;
    if let Some(f) = filename {
        x.fields = crate::list::new_tuple(&[f, args.get(4).copied().unwrap_or(NONE)])?;
    }
    Ok(())
}

/// An OSError's `filename` or `filename2` (`key`): what the program set it to, else what it
/// was made with, else None.
pub fn os_error_filename(e: &ExcObj, key: &str) -> Value {
    if let Some(v) = (e.dict != 0).then(|| crate::dict::get_str(e.dict, key)).flatten() {
        return v;
    }
    if e.fields == 0 {
        return NONE;
    }
    match *crate::list::tuple_items(e.fields) {
        [f, _] if key == "filename" => f,
        [_, f2] => f2,
        _ => NONE,
    }
}

/// The subclass of OSError for errno `n` (Linux's numbers, which MicroPython's `errno` has).
#[inline(never)]
#[cfg_attr(
    target_os = "none",
    link_section = ".text.mpyc.gate.OSError|IOError|EnvironmentError|type|__class__/os_error_for"
)]
fn os_error_for(n: isize) -> Option<&'static TypeObj> {
    Some(match n {
        1 | 13 => &PERMISSION_ERROR,
        2 => &FILE_NOT_FOUND_ERROR,
        3 => &PROCESS_LOOKUP_ERROR,
        4 => &INTERRUPTED_ERROR,
        10 => &CHILD_PROCESS_ERROR,
        11 | 114 | 115 => &BLOCKING_IO_ERROR,
        17 => &FILE_EXISTS_ERROR,
        20 => &NOT_A_DIRECTORY_ERROR,
        21 => &IS_A_DIRECTORY_ERROR,
        32 | 108 => &BROKEN_PIPE_ERROR,
        103 => &CONNECTION_ABORTED_ERROR,
        104 => &CONNECTION_RESET_ERROR,
        110 => &TIMEOUT_ERROR,
        111 => &CONNECTION_REFUSED_ERROR,
        _ => return None,
    })
}

pub fn as_exc(v: Value) -> Option<&'static mut ExcObj> {
    (is_ptr(v) && ptr_kind(v) == Kind::Exception).then(|| unsafe { body::<ExcObj>(v) })
}

/// Makes `ty(msg)` the pending exception.
pub fn raise(ty: &'static TypeObj, msg: impl Into<String>) -> Exc {
    let msg: String = msg.into();
    let r = (|| {
        let s = crate::str::from_str(&msg)?;
        exc_new(&[ty.as_value(), s], &Kw::NONE)
    })();
    match r {
        Ok(e) => set_pending(e),
        Err(e) => e,
    }
}

/// Makes UnicodeDecodeError (`decode`: of bytes `object`) or UnicodeEncodeError (of str
/// `object`) pending, for units `start..end` of it (`unit`: the first, a byte or a character),
/// with CPython's text ("'utf-8' codec can't decode byte 0xff in position 3: invalid start
/// byte") and its parts as attributes: `encoding`, `object`, `start`, `end`, `reason`. (Its
/// `args` are the text, where CPython's are the parts.)
#[cold]
#[inline(never)]
#[allow(clippy::too_many_arguments)]
pub fn raise_unicode(
    decode: bool,
    encoding: &str,
    object: R,
    start: usize,
    end: usize,
    unit: u32,
    reason: &str,
) -> Exc {
    let ty = if decode { &UNICODE_DECODE_ERROR } else { &UNICODE_ENCODE_ERROR };
    let exc = raise(ty, unicode_text(decode, encoding, start as isize, end as isize, Some(unit), reason));
    let parts = || -> R<()> {
        let d = own_dict(as_exc(pending()).ok_or(Exc)?)?;
        let from = |n: usize| crate::int::from_isize(n as isize);
        let values = [crate::str::from_str(encoding)?, object?, from(start), from(end), crate::str::from_str(reason)?];
        for (name, v) in ["encoding", "object", "start", "end", "reason"].into_iter().zip(values) {
            crate::dict::set_item(d, crate::str::from_str(name)?, v)?;
        }
        Ok(())
    };
    match parts() {
        Ok(()) => exc,
        Err(e) => e,
    }
}

/// The text of exception `e` of arguments `args` (five): a UnicodeDecodeError's or
/// UnicodeEncodeError's made of its parts, as CPython's (else the arguments' repr).
pub fn unicode_error_text(e: Value, args: &[Value]) -> R<String> {
    let decode = isinstance(e, &UNICODE_DECODE_ERROR);
    let [encoding, object, start, end, reason] = args else {
        return crate::print::to_repr(crate::list::new_tuple(args)?);
    };
    if !decode && !isinstance(e, &UNICODE_ENCODE_ERROR) {
        return crate::print::to_repr(crate::list::new_tuple(args)?);
    }
    let (from, to) = (crate::int::index_of(*start, "start")?, crate::int::index_of(*end, "end")?);
    let (enc, why) = (crate::print::to_text(*encoding)?, crate::print::to_text(*reason)?);
    let at = usize::try_from(from).unwrap_or(usize::MAX);
    let unit = if decode {
        crate::bytes::bytes_of(*object).and_then(|b| b.get(at).map(|&b| b as u32))
    } else {
        crate::str::as_str(*object).and_then(|s| s.chars().nth(at).map(|c| c as u32))
    };
    Ok(unicode_text(decode, &enc, from, to, unit, &why))
}

/// CPython's text of a UnicodeDecodeError (`decode`) or UnicodeEncodeError of units
/// `start..end` (`unit`: the first, a byte or a character, where there is one).
fn unicode_text(decode: bool, encoding: &str, start: isize, end: isize, unit: Option<u32>, reason: &str) -> String {
    let verb = if decode { "decode" } else { "encode" };
    let what = match unit.filter(|_| end == start + 1) {
        Some(b) if decode => alloc::format!("byte 0x{b:02x} in position {start}"),
        Some(n) if n < 0x100 => alloc::format!("character '\\x{n:02x}' in position {start}"),
        Some(n) if n < 0x10000 => alloc::format!("character '\\u{n:04x}' in position {start}"),
        Some(n) => alloc::format!("character '\\U{n:08x}' in position {start}"),
        None => alloc::format!("{} in position {start}-{}", if decode { "bytes" } else { "characters" }, end - 1),
    };
    alloc::format!("'{encoding}' codec can't {verb} {what}: {reason}")
}

/// An exception's own attributes' dict, made on first use.
#[inline]
pub fn own_dict(e: &mut ExcObj) -> R<Value> {
    if e.dict == 0 {
        e.dict = crate::dict::new_dict()?;
    }
    Ok(e.dict)
}

/// Makes `ty(value)` pending, where `value` is any object (KeyError's key, StopIteration's value).
pub fn raise_with(ty: &'static TypeObj, value: Value) -> Exc {
    match exc_new(&[ty.as_value(), value], &Kw::NONE) {
        Ok(e) => set_pending(e),
        Err(e) => e,
    }
}

/// StopIteration for a generator that returned `value`: with it as its argument, or none for
/// None (as CPython's).
pub fn stop_iteration(value: Value) -> Exc {
    if value == NONE {
        return match exc_new(&[STOP_ITERATION.as_value()], &Kw::NONE) {
            Ok(e) => set_pending(e),
            Err(e) => e,
        };
    }
    raise_with(&STOP_ITERATION, value)
}

#[cold]
#[inline(never)]
pub fn memory_error() -> Exc {
    let m = MEMORY_ERROR_OBJ.get();
    m.frames = 0;
    m.context = NONE;
    m.args = memory_error_args();
    STATE.get().pending = m as *mut ExcObj as Value;
    Exc
}

/// MemoryError's arguments: with the heap locked, MicroPython's message saying so.
#[cold]
#[inline(never)]
fn memory_error_args() -> Value {
    if crate::gc::locked() {
        crate::sched::locked_message()
    } else {
        0
    }
}

/// The runtime's MemoryError's frames, context and arguments (kept across a hard callback).
pub fn memory_error_state() -> [Value; 3] {
    let m = MEMORY_ERROR_OBJ.get();
    [m.frames, m.context, m.args]
}

pub fn set_memory_error_state([frames, context, args]: [Value; 3]) {
    let m = MEMORY_ERROR_OBJ.get();
    (m.frames, m.context, m.args) = (frames, context, args);
}

/// Makes the exception object `e` pending, chaining it to the one being handled.
pub fn set_pending(e: Value) -> Exc {
    let s = STATE.get();
    if let Some(x) = as_exc(e) {
        if s.handling != 0 && s.handling != e && x.context == NONE {
            x.context = s.handling;
        }
    }
    s.pending = e;
    Exc
}

pub fn pending() -> Value {
    STATE.get().pending
}

/// The exception being handled (0: none).
#[inline(always)]
pub fn handling() -> Value {
    STATE.get().handling
}

/// The exception being raised and the one being handled, taken away while an interrupt's hard
/// callback runs (`sched::run_hard`); [`put_back`] restores them.
pub fn set_aside() -> (Value, Value) {
    let s = STATE.get();
    (core::mem::replace(&mut s.pending, 0), core::mem::replace(&mut s.handling, 0))
}

pub fn put_back(saved: (Value, Value)) {
    let s = STATE.get();
    (s.pending, s.handling) = saved;
}

/// Takes the pending exception away (it was handled); returns it.
pub fn take_pending() -> Value {
    *UNRECORDED.get() = 0;
    core::mem::replace(&mut STATE.get().pending, 0)
}

pub fn pending_is(ty: &TypeObj) -> bool {
    let p = STATE.get().pending;
    p != 0 && isinstance(p, ty)
}

/// Appends a frame (its function's info and its line) to a traceback's list of pairs. A frame
/// that repeats the one before is counted instead, in a pair `(0, n)` after it: a recursion
/// thousands deep takes no more room than one level.
fn record(frames: Value, info: isize, line: isize) -> R<()> {
    let items = crate::list::list_items(frames);
    let n = items.len();
    let (info, line) = (small(info), small(line));
    if n >= 4 && items[n - 2] == small(0) && items[n - 4..n - 2] == [info, line] {
        items[n - 1] = small(small_value(items[n - 1]) + 1);
        return Ok(());
    }
    if n >= 2 && items[n - 2..] == [info, line] {
        return crate::list::push2(frames, small(0), small(1));
    }
    crate::list::push2(frames, info, line)
}

/// The pending exception's last traceback frame, when it is `from`'s (a function running a
/// class body inline), becomes `to`'s (the class body's) at the same line.
pub fn reframe(from: *const crate::func::Info, to: *const crate::func::Info) {
    let Some(e) = as_exc(STATE.get().pending) else { return };
    if e.frames == 0 {
        return;
    }
    let items = crate::list::list_items(e.frames);
    let n = items.len();
    if n >= 2 && items[n - 2] == small(from as isize) {
        items[n - 2] = small(to as isize);
    }
}

/// The propagating exception whose traceback found the heap full (0 for none).
static UNRECORDED: Global<Value> = Global::new(0);

/// Adds the frame of the function of `info` to the pending exception's traceback at the
/// line `tag >> 1`, unless bit 0 of `tag` says a handler of the same frame did already.
#[no_mangle]
pub unsafe extern "C" fn rt_traceback(info: *const crate::func::Info, tag: usize) -> Value {
    let p = STATE.get().pending;
    if tag & 1 != 0 {
        return EXC;
    }
    let line = tag >> 1;
    if let Some(e) = as_exc(p) {
        if e.frames == 0 {
            // (In a hard callback or under `micropython.heap_lock()`, with the heap locked, a
            // list made beforehand, emptied of the last exception's frames.)
            e.frames = crate::list::new_list(&[]).unwrap_or_else(|_| crate::sched::traceback_room());
        }
        if e.frames != 0 && *UNRECORDED.get() != p && record(e.frames, info as isize, line as isize).is_err() {
            // The heap is full: the rest of this exception's frames go unrecorded, since each
            // try would collect the whole heap again, at every level of a deep recursion.
            *UNRECORDED.get() = p;
        }
    }
    // A traceback that found no memory stays short; the exception stays the one raised.
    STATE.get().pending = p;
    EXC
}

/// Raises the error of a name without a value: `local` 0 NameError, 1 UnboundLocalError, 2 a free
/// variable's NameError, 3 NotImplementedError for a builtin mpyc lacks (`eval`, `exec`, …), 4
/// NameError with the note its traceback shows (CPython's "Did you mean"), which follows the
/// name's terminating NUL.
#[no_mangle]
pub unsafe extern "C" fn rt_unbound(name: *const u8, local: usize) -> Value {
    let text = name;
    let name = cstr(name);
    if local == 4 {
        let note = cstr(text.add(name.len() + 1));
        raise(&NAME_ERROR, alloc::format!("name '{name}' is not defined"));
        if let (Some(x), Ok(note)) = (as_exc(pending()), crate::str::from_str(note)) {
            x.note = note;
        }
    } else if local == 1 {
        raise(
            &UNBOUND_LOCAL_ERROR,
            alloc::format!("cannot access local variable '{name}' where it is not associated with a value"),
        );
    } else if local == 2 {
        raise(
            &NAME_ERROR,
            alloc::format!(
                "cannot access free variable '{name}' where it is not associated with a value in enclosing scope"
            ),
        );
    } else if local == 3 {
        raise(&NOT_IMPLEMENTED_ERROR, alloc::format!("{name}() is not supported by mpyc"));
    } else {
        raise(&NAME_ERROR, alloc::format!("name '{name}' is not defined"));
    }
    EXC
}

/// CPython's TypeError for exception class `cls` whose call made `made`, no exception: `raise`
/// names the type of what was made as a class (`repr`), a generator's `throw` by its name.
#[cold]
pub fn not_made(cls: Value, made: Value, raising: bool) -> Exc {
    let cls = crate::print::to_repr(cls).unwrap_or_default();
    let what = match raising {
        true => crate::print::to_repr(crate::object::type_of(made).as_value()).unwrap_or_default(),
        false => String::from(crate::object::type_name(made)),
    };
    raise(&TYPE_ERROR, alloc::format!("calling {cls} should have returned an instance of BaseException, not {what}"))
}

/// An exception instance from what `raise` was given: a class is called without arguments.
fn instance_of(x: Value) -> R {
    match as_type(x) {
        Some(_) => crate::func::call(x, &[], &Kw::NONE),
        None => Ok(x),
    }
}

/// `raise x` (`cause` is `from y`, or 0): x may be a class or an instance. Always EXC.
#[no_mangle]
pub extern "C" fn rt_raise(x: Value, cause: Value) -> Value {
    // (A class that is no exception class is not called.)
    if as_type(x).is_some_and(|t| !t.is_subtype(&BASE_EXCEPTION)) {
        raise(&TYPE_ERROR, "exceptions must derive from BaseException");
        return EXC;
    }
    let Ok(e) = instance_of(x) else { return EXC };
    let Some(obj) = as_exc(e) else {
        match as_type(x) {
            // (A class whose `__new__` made something else.)
            Some(_) => not_made(x, e, true),
            None => raise(&TYPE_ERROR, "exceptions must derive from BaseException"),
        };
        return EXC;
    };
    if cause != 0 {
        // (None, an exception, or an exception class, which is called.)
        let class = as_type(cause).filter(|t| t.is_subtype(&BASE_EXCEPTION));
        if cause != NONE && class.is_none() && as_exc(cause).is_none() {
            raise(&TYPE_ERROR, "exception causes must derive from BaseException");
            return EXC;
        }
        let Ok(c) = instance_of(cause) else { return EXC };
        if class.is_some() && as_exc(c).is_none() {
            not_made(cause, c, false);
            return EXC;
        }
        obj.cause = c;
        obj.suppress_context = TRUE;
    }
    set_pending(e);
    EXC
}

/// A bare `raise`: the exception being handled again.
#[no_mangle]
pub extern "C" fn rt_reraise() -> Value {
    let h = STATE.get().handling;
    if h == 0 {
        raise(&RUNTIME_ERROR, "No active exception to reraise");
    } else {
        STATE.get().pending = h;
    }
    EXC
}

/// A bare `raise` outside an `except` clause of its function: [`rt_reraise`], and whether
/// the frame stays out of the traceback (1: the exception being handled goes on as it was,
/// CPython's RERAISE) or goes in (0: the RuntimeError of no exception being handled).
#[no_mangle]
pub extern "C" fn rt_reraise_bare() -> usize {
    let active = handling() != 0;
    rt_reraise();
    usize::from(active)
}

/// Whether the pending exception matches `cls` (a class or a tuple of classes) of an `except`.
#[no_mangle]
pub extern "C" fn rt_exc_match(cls: Value) -> Value {
    let p = STATE.get().pending;
    let matches = |c: Value| as_type(c).is_some_and(|t| isinstance(p, t));
    let ok = if kind_of(cls) == Kind::Tuple {
        let items = crate::list::tuple_items(cls);
        // (Every item must be a class, as CPython checks, even after one matched.)
        if items.iter().any(|&c| as_type(c).is_none()) {
            raise(&TYPE_ERROR, "catching classes that do not inherit from BaseException is not allowed");
            return EXC;
        }
        items.iter().any(|&c| matches(c))
    } else if as_type(cls).is_some() {
        matches(cls)
    } else {
        raise(&TYPE_ERROR, "catching classes that do not inherit from BaseException is not allowed");
        return EXC;
    };
    bool_value(ok)
}

/// Enters an `except` clause: takes the pending exception, makes it the one being handled,
/// and returns the one handled before (restored by [`rt_exc_end`]) — or the caught exception
/// itself with `which` = 1.
#[no_mangle]
pub extern "C" fn rt_exc_begin() -> Value {
    let s = STATE.get();
    let e = core::mem::replace(&mut s.pending, 0);
    let prev = core::mem::replace(&mut s.handling, e);
    if prev == 0 {
        NONE
    } else {
        prev
    }
}

/// The exception the current `except` clause handles.
#[no_mangle]
pub extern "C" fn rt_exc_current() -> Value {
    STATE.get().handling
}

/// Makes `e` (0: none) the handled exception (a generator's own while it runs).
#[inline(always)]
pub fn set_handling(e: Value) {
    STATE.get().handling = e;
}

/// Leaves an `except` clause: `prev` is what [`rt_exc_begin`] returned.
#[no_mangle]
pub extern "C" fn rt_exc_end(prev: Value) -> Value {
    STATE.get().handling = if prev == NONE { 0 } else { prev };
    NONE
}

/// Raises again an exception a `finally` or `with` kept while it ran.
#[no_mangle]
pub extern "C" fn rt_exc_restore(e: Value) -> Value {
    STATE.get().pending = e;
    EXC
}

/// The text of a NUL-terminated string that generated code placed in read-only data.
pub unsafe fn cstr<'a>(p: *const u8) -> &'a str {
    let mut n = 0;
    while *p.add(n) != 0 {
        n += 1;
    }
    core::str::from_utf8_unchecked(core::slice::from_raw_parts(p, n))
}

/// The class name as a traceback shows it (CPython leaves out `__main__.` and `builtins.`).
/// An exception type's name as a traceback shows it: qualified, and with its module unless
/// that is `__main__` (or it is built in).
fn qualified_name(t: &TypeObj) -> String {
    if !t.is_class() {
        return String::from(t.name);
    }
    let path = crate::func::class_path(t);
    // (The exception groups are built-ins that live in a library module.)
    match path.strip_prefix("__main__.").or_else(|| path.strip_prefix("_exceptgroup.")) {
        Some(rest) => String::from(rest),
        None => path,
    }
}

/// "Type: message", as the last line of a traceback shows an exception, with its note (the
/// "Did you mean" of a NameError or an AttributeError) when `notes`: in parts, so that a long
/// message is not copied again (on a full heap there may be no room for that).
pub fn describe(e: Value, notes: bool) -> (String, alloc::borrow::Cow<'static, str>, String) {
    let name = qualified_name(type_of(e));
    // With no room for a copy of the message, the message itself when it is the one argument.
    let text = match crate::print::to_text(e) {
        Ok(t) => t.into(),
        Err(_) => match as_exc(e).filter(|x| x.args != 0).map(|x| crate::list::tuple_items(x.args)) {
            Some(&[m]) => crate::str::as_str(m).unwrap_or("").into(),
            _ => "".into(),
        },
    };
    let mut note = String::new();
    if let Some(x) = as_exc(e).filter(|_| notes) {
        if let Some(n) = crate::str::as_str(x.note) {
            note = crate::str::text_of(n).unwrap_or_default();
        } else if let Some(&[obj, name]) = crate::list::seq_items(x.note) {
            // An AttributeError's suggestion, worked out only now that it is shown.
            note = crate::func::attribute_note(obj, name);
        }
    }
    (name, text, note)
}

/// Makes `ty(msg)` pending; when a traceback shows it, the note is the suggestion for the
/// attribute `name` (a str) of `obj` (made then, not when raised: a caught exception costs
/// no search).
pub fn raise_attribute_error(msg: String, obj: Value, name: Value) -> Exc {
    let e = raise(&ATTRIBUTE_ERROR, msg);
    if let Some(x) = as_exc(pending()) {
        if let Ok(t) = crate::list::new_tuple(&[obj, name]) {
            x.note = t;
        }
    }
    e
}

/// Where a traceback's text goes, a piece at a time.
trait Sink {
    fn put(&mut self, text: &str);
}

/// The error console, through a small buffer on the stack: an uncaught exception's traceback
/// needs no heap, however many frames it has (it is printed when the heap may be full).
struct Console {
    buf: [u8; 128],
    len: usize,
}

impl Console {
    fn flush(&mut self) {
        board::write_err(&self.buf[..self.len]);
        self.len = 0;
    }
}

impl Sink for Console {
    fn put(&mut self, text: &str) {
        let b = text.as_bytes();
        if self.len + b.len() > self.buf.len() {
            self.flush();
            if b.len() > self.buf.len() {
                board::write_err(b);
                return;
            }
        }
        self.buf[self.len..self.len + b.len()].copy_from_slice(b);
        self.len += b.len();
    }
}

/// A string that stops growing when the heap has no room for it (`full`: the caller raises
/// MemoryError).
#[derive(Default)]
struct Text {
    text: String,
    full: bool,
}

impl Sink for Text {
    fn put(&mut self, text: &str) {
        if self.full || self.text.try_reserve(text.len()).is_err() {
            self.full = true;
            return;
        }
        self.text.push_str(text);
    }
}

/// Where a traceback is being written: how deep in exception groups (each level indents by
/// two and draws a margin), and whether the group being written still owes its closing line.
/// CPython's `traceback._ExceptionPrintContext`.
struct Ctx {
    depth: usize,
    need_close: bool,
    /// Whether the last lines add the "Did you mean" notes (CPython 3.11's uncaught-exception
    /// display does; its `traceback` module, over which ours is written, does not).
    notes: bool,
    /// The exceptions shown so far: one met again in a chain (a cycle of `__context__`) ends
    /// it, as CPython's.
    seen: alloc::vec::Vec<Value>,
}

impl Ctx {
    fn indent(&self, out: &mut dyn Sink) {
        for _ in 0..self.depth {
            out.put("  ");
        }
    }

    /// One line made of `parts`, indented for the depth, with the margin (`|`, or `+` at a
    /// group's first line) inside a group.
    fn line(&self, out: &mut dyn Sink, parts: &[&str], margin: char) {
        self.indent(out);
        if self.depth > 0 {
            out.put(if margin == '+' { "+ " } else { "| " });
        }
        for p in parts {
            out.put(p);
        }
    }

    /// `text`, each of its lines as [`Ctx::line`] writes one.
    fn emit(&self, out: &mut dyn Sink, text: &str, margin: char) {
        self.emit_parts(out, &[text], margin);
    }

    /// [`Ctx::emit`] of the text `parts` make together, without joining them.
    fn emit_parts(&self, out: &mut dyn Sink, parts: &[&str], margin: char) {
        let mut at_start = true;
        for part in parts {
            for piece in part.split_inclusive('\n') {
                if at_start {
                    self.line(out, &[piece], margin);
                } else {
                    out.put(piece);
                }
                at_start = piece.ends_with('\n');
            }
        }
    }
}

/// The exceptions of an exception group (`_exceptgroup.BaseExceptionGroup`'s), if `e` is one.
fn group_members(e: Value) -> Option<&'static [Value]> {
    let x = as_exc(e)?;
    let t = type_of(e);
    if !t.mro_iter().any(|c| c.is_class() && crate::func::class_path(c) == "_exceptgroup.BaseExceptionGroup") {
        return None;
    }
    let d = x.dict;
    if d == 0 {
        return None;
    }
    let members = crate::dict::get_str(d, "_exceptions")?;
    (is_ptr(members) && kind_of(members) == Kind::Tuple).then(|| crate::list::tuple_items(members))
}

/// Writes the "  File …, line N, in f" lines of exception `x`'s traceback, outermost first,
/// after `heading` (nothing when it has no frames).
fn frame_lines(x: &ExcObj, out: &mut dyn Sink, ctx: &Ctx, heading: &str, margin: char) {
    let frames: &[Value] = if x.frames != 0 { crate::list::list_items(x.frames) } else { &[] };
    if frames.is_empty() {
        return;
    }
    ctx.emit(out, heading, margin);
    // As CPython: a frame repeated (same place) is shown three times, then counted. (A pair
    // `(0, n)` says the frame recorded before it repeated n more times: `record`.)
    let mut last = (0, 0);
    let mut count = 0;
    let mut again = 0;
    for pair in frames.chunks_exact(2).rev() {
        if pair[0] == small(0) {
            again += small_value(pair[1]) as usize;
            continue;
        }
        let times = 1 + core::mem::take(&mut again);
        if (pair[0], pair[1]) != last {
            repeated(out, ctx, count);
            last = (pair[0], pair[1]);
            count = 0;
        }
        let shown = 3usize.saturating_sub(count).min(times);
        count += times;
        let info = unsafe { &*(small_value(pair[0]) as *const crate::func::Info) };
        let mut digits = [0u8; 20];
        let line = decimal(small_value(pair[1]) as u64, &mut digits);
        for _ in 0..shown {
            let parts = ["  File \"", info.file(), "\", line ", line, ", in ", info.name(), "\n"];
            ctx.line(out, &parts, '|');
        }
    }
    repeated(out, ctx, count);
}

/// `n` in decimal, written into the end of `buf`.
fn decimal(mut n: u64, buf: &mut [u8; 20]) -> &str {
    let mut i = buf.len();
    loop {
        i -= 1;
        buf[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    unsafe { core::str::from_utf8_unchecked(&buf[i..]) }
}

/// Groups wider than this show the rest as a count, deeper than this as a line (CPython's).
const GROUP_WIDTH: usize = 15;
const GROUP_DEPTH: usize = 10;

/// Writes exception `e` as CPython's traceback shows it: the exceptions it was raised from or
/// during first, then its frames and "Type: message"; an exception group as a tree of its
/// members.
fn format_exception(e: Value, out: &mut dyn Sink, ctx: &mut Ctx, chain: usize) {
    let Some(x) = as_exc(e) else { return };
    // (Without memory for it, a cycle is cut at the depth below instead.)
    if ctx.seen.try_reserve(1).is_ok() {
        ctx.seen.push(e);
    }
    if chain < 8 {
        if x.cause != NONE && x.cause != 0 {
            if !ctx.seen.contains(&x.cause) {
                format_exception(x.cause, out, ctx, chain + 1);
                ctx.emit(out, "\nThe above exception was the direct cause of the following exception:\n\n", '|');
            }
        } else if x.context != NONE && x.context != 0 && x.suppress_context != TRUE && !ctx.seen.contains(&x.context) {
            format_exception(x.context, out, ctx, chain + 1);
            ctx.emit(out, "\nDuring handling of the above exception, another exception occurred:\n\n", '|');
        }
    }
    let (name, text, note) = describe(e, ctx.notes);
    let sep = if text.is_empty() { "" } else { ": " };
    let added = notes_text(e);
    let last = [name.as_str(), sep, &text, &note, "\n", &added];
    match group_members(e) {
        Some(members) => format_group(x, members, &last, out, ctx, chain),
        None => {
            frame_lines(x, out, ctx, "Traceback (most recent call last):\n", '|');
            ctx.emit_parts(out, &last, '|');
        }
    }
}

/// The traceback of an exception group `x` (its last line `last`) and of its `members`, boxed
/// as CPython draws them. Behind the gate of the programs whose code names `_exceptions`, as
/// `_exceptgroup`'s does: only that module makes groups.
#[inline(never)]
#[cfg_attr(target_os = "none", link_section = ".text.mpyc.gate._exceptions/format_group")]
fn format_group(x: &ExcObj, members: &[Value], last: &[&str], out: &mut dyn Sink, ctx: &mut Ctx, chain: usize) {
    if ctx.depth > GROUP_DEPTH {
        ctx.emit(out, &alloc::format!("... (max_group_depth is {GROUP_DEPTH})\n"), '|');
        return;
    }
    let top = ctx.depth == 0;
    if top {
        ctx.depth += 1;
    }
    frame_lines(x, out, ctx, "Exception Group Traceback (most recent call last):\n", if top { '+' } else { '|' });
    ctx.emit_parts(out, last, '|');
    let n = members.len().min(GROUP_WIDTH + 1);
    ctx.need_close = false;
    for (i, &m) in members.iter().take(n).enumerate() {
        let last_one = i == n - 1;
        if last_one {
            ctx.need_close = true;
        }
        let truncated = i >= GROUP_WIDTH;
        let title = if truncated { String::from("...") } else { alloc::format!("{}", i + 1) };
        ctx.indent(out);
        out.put(if i == 0 { "+-" } else { "  " });
        out.put(&alloc::format!("+---------------- {title} ----------------\n"));
        ctx.depth += 1;
        if truncated {
            let more = members.len() - GROUP_WIDTH;
            ctx.emit(out, &alloc::format!("and {more} more exception{}\n", if more > 1 { "s" } else { "" }), '|');
        } else {
            format_exception(m, out, ctx, chain);
        }
        if last_one && ctx.need_close {
            ctx.indent(out);
            out.put("+------------------------------------\n");
            ctx.need_close = false;
        }
        ctx.depth -= 1;
    }
    if top {
        ctx.depth = 0;
    }
}

/// The line after the third of `count` frames in a row at the same place.
fn repeated(out: &mut dyn Sink, ctx: &Ctx, count: usize) {
    if count > 3 {
        let mut digits = [0u8; 20];
        let n = decimal((count - 3) as u64, &mut digits);
        let s = if count - 3 > 1 { "s]\n" } else { "]\n" };
        ctx.line(out, &["  [Previous line repeated ", n, " more time", s], '|');
    }
}

/// The traceback of exception `e` as an uncaught one shows it (TypeError for anything else).
pub fn traceback_text(e: Value) -> R<String> {
    if as_exc(e).is_none() {
        return Err(raise(
            &TYPE_ERROR,
            alloc::format!("print_exception() argument must be an exception, not {}", type_name(e)),
        ));
    }
    format_text(e, false)
}

/// The traceback of exception `e` as text (`notes`: with its notes), or MemoryError.
fn format_text(e: Value, notes: bool) -> R<String> {
    let mut out = Text::default();
    format_exception(e, &mut out, &mut Ctx { depth: 0, need_close: false, notes, seen: alloc::vec::Vec::new() }, 0);
    if out.full {
        return Err(memory_error());
    }
    Ok(out.text)
}

/// Prints the pending exception as CPython does, outermost frame first, to the error console.
pub fn report_uncaught() {
    let e = take_pending();
    if e == 0 {
        board::write_err(b"error: exception signalled but none pending\n");
        return;
    }
    if let Some(redirect) = UNCAUGHT.get() {
        if redirect(e) {
            return;
        }
    }
    let mut out = Console { buf: [0; 128], len: 0 };
    format_exception(
        e,
        &mut out,
        &mut Ctx { depth: 0, need_close: false, notes: true, seen: alloc::vec::Vec::new() },
        0,
    );
    out.flush();
}

/// [`redirect_uncaught`], set when `sys` is imported (`modules`): a program that cannot assign
/// `sys.stderr` links none of it.
pub static UNCAUGHT: Hook<Redirect> = Hook::new();

/// [`UNCAUGHT`]'s function: true when it wrote the traceback.
pub type Redirect = fn(Value) -> bool;

/// Writes the traceback of `e` through the `write` method of the object the program assigned
/// to `sys.stderr`, if it did, as CPython does. False when there is none or it fails (the
/// traceback then goes to the console).
pub fn redirect_uncaught(e: Value) -> bool {
    let (to, Some(write)) = (*crate::print::STDERR.get(), crate::print::REDIRECT.get()) else { return false };
    if to == 0 {
        return false;
    }
    // (`sys.stderr = None`: CPython prints nothing.)
    if to == NONE {
        return true;
    }
    let written =
        format_text(e, true).and_then(|text| crate::str::from_str(&text)).is_ok_and(|t| write(to, t, 2) != EXC);
    if !written {
        take_pending();
    }
    written
}

/// `SystemExit`'s exit status: its argument when an int, else 1 after printing it (0 for None).
/// A SystemExit's `code`: its one argument, all of them as a tuple, or None.
pub fn exit_code(e: Value) -> Value {
    let args = as_exc(e).map_or(0, |x| x.args);
    match if args != 0 { crate::list::tuple_items(args) } else { &[] } {
        [] => NONE,
        [one] => *one,
        _ => args,
    }
}

/// The process's status for a SystemExit: an int as CPython takes it (a C long cut to an int,
/// -1 past a long), then as the OS keeps it, its low 8 bits (`sys.exit(-1)` is 255, 256 is 0).
fn exit_status(e: Value) -> i32 {
    let code = exit_code(e);
    if code == NONE {
        return 0;
    }
    match crate::int::as_int(code) {
        Some(crate::int::Int::Small(n)) => n as i32 & 0xff,
        Some(crate::int::Int::Big(_)) => 0xff,
        None => {
            // (A str written as it is, the line's end after it: no copy grown by a byte, which
            // a heap the str fills has no room for.)
            match crate::str::as_str(code).filter(|_| !type_of(code).is_class()) {
                Some(s) => board::write_err(s.as_bytes()),
                None => board::write_err(crate::print::to_text(code).unwrap_or_default().as_bytes()),
            }
            board::write_err(b"\n");
            1
        }
    }
}

/// Runs a compiled module body and turns its outcome into the process's exit status: 0 when it
/// returned, 1 after printing the traceback of an uncaught exception, SystemExit's status.
pub fn run_main(main: unsafe extern "C" fn() -> Value) -> i32 {
    let marker = 0usize;
    crate::gc::set_stack_base(&marker as *const usize as usize);
    let mut r = unsafe { main() };
    // Callbacks scheduled and not run yet run before the end.
    if r != EXC && crate::sched::run_pending().is_err() {
        r = EXC;
    }
    crate::print::flush();
    if *crate::gc::REPORT_PEAK.get() {
        // (Before any traceback, which allocates.)
        // (Digits by hand: no formatting machinery in every firmware for this.)
        let (mut digits, mut n, mut at) = ([0u8; 20], crate::gc::peak(), 20);
        loop {
            at -= 1;
            digits[at] = b'0' + (n % 10) as u8;
            n /= 10;
            if n == 0 {
                break;
            }
        }
        crate::print::write(b"heap-peak ");
        crate::print::write(&digits[at..]);
        crate::print::write(b"\n");
        crate::print::flush();
    }
    let status = if r == EXC {
        if pending_is(&SYSTEM_EXIT) {
            exit_status(take_pending())
        } else {
            // (An uncaught KeyboardInterrupt ends CPython by SIGINT: status 128 + 2.)
            let interrupted = pending_is(&KEYBOARD_INTERRUPT);
            report_uncaught();
            if interrupted {
                130
            } else {
                1
            }
        }
    } else {
        0
    };
    // Then what the program asked for at its end (`sys.atexit`, the `atexit` module).
    crate::modules::run_exit_func();
    status
}
