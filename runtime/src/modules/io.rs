//! `io`: in-memory streams, `StringIO` (text) and `BytesIO` (bytes), with CPython's methods,
//! positions and errors; `print(..., file=)` writes into them through their `write`. And the
//! console's text streams, `sys.stdin`, `sys.stdout` and `sys.stderr`.

use crate::exc::*;
use crate::func::{Kw, NativeObj};
use crate::int::{as_int, from_isize};
use crate::object::*;
use crate::value::*;
use alloc::string::String;
use alloc::vec::Vec;

/// A stream: UTF-8 text or bytes in a growable heap buffer, and a position. A StringIO's
/// position is a byte offset into its UTF-8 that the methods turn into code points; past the
/// end (a seek there) every byte stands for one code point, as the `\0`s a write pads with.
#[repr(C)]
pub struct StreamObj {
    pub header: Header,
    len: usize,
    cap: usize,
    data: *mut u8,
    pos: usize,
    closed: bool,
}

/// (Exported by name, as BytesIO's: the keys of the gate to iterating over a stream.)
#[export_name = "mpyc_STRINGIO_TYPE"]
pub static STRINGIO_TYPE: TypeObj =
    TypeObj::builtin("StringIO", Kind::Stream, Some(&OBJECT_TYPE), STREAM_METHODS, Some(&Some(stringio_new)));
#[export_name = "mpyc_BYTESIO_TYPE"]
pub static BYTESIO_TYPE: TypeObj =
    TypeObj::builtin("BytesIO", Kind::Stream, Some(&OBJECT_TYPE), STREAM_METHODS, Some(&Some(bytesio_new)));

/// Whether stream `v` is a StringIO (or of a class deriving from it), not a BytesIO.
fn text(v: Value) -> bool {
    let t = type_of(v);
    core::ptr::eq(if t.is_class() { t.builtin_base().unwrap_or(t) } else { t }, &STRINGIO_TYPE)
}

/// `StringIO.__init__(self, initial_value='', newline='\n')` and `BytesIO.__init__(self,
/// initial_bytes=b'')`, which a class deriving from them reaches through `super().__init__()`:
/// the stream holds that and is at its start.
fn stream_init(a: &[Value], kw: &Kw) -> R {
    let v = a[0];
    let init = if text(v) {
        kw.only("StringIO", &["initial_value", "newline"])?;
        match a.get(1).copied().or_else(|| kw.get("initial_value")).unwrap_or(NONE) {
            NONE => Vec::new(),
            i => match crate::str::as_str(i) {
                Some(s) => crate::reserve::copied(s.as_bytes())?,
                None => {
                    return Err(raise(
                        &TYPE_ERROR,
                        alloc::format!("initial_value must be str or None, not {}", type_name(i)),
                    ))
                }
            },
        }
    } else {
        kw.only("BytesIO", &["initial_bytes"])?;
        match a.get(1).copied().or_else(|| kw.get("initial_bytes")).unwrap_or(NONE) {
            NONE => Vec::new(),
            i => bytes_arg(i)?,
        }
    };
    let s = stream(v);
    s.len = 0;
    s.pos = 0;
    s.closed = false;
    put(s, 0, &init, init.len())?;
    Ok(NONE)
}

fn new_stream(ty: &'static TypeObj, init: &[u8]) -> R {
    let v = alloc(StreamObj {
        header: Header::of(ty),
        len: 0,
        cap: 0,
        data: core::ptr::null_mut(),
        pos: 0,
        closed: false,
    })?;
    put(stream(v), 0, init, init.len())?;
    Ok(v)
}

/// `StringIO(initial_value='', newline='\n')`.
pub fn stringio_new(args: &[Value], kw: &Kw) -> R {
    kw.only("StringIO", &["initial_value", "newline"])?;
    let init = args.get(1).copied().or_else(|| kw.get("initial_value")).unwrap_or(NONE);
    match crate::str::as_str(init) {
        Some(s) => new_stream(&STRINGIO_TYPE, s.as_bytes()),
        None if init == NONE => new_stream(&STRINGIO_TYPE, b""),
        None => Err(raise(&TYPE_ERROR, alloc::format!("initial_value must be str or None, not {}", type_name(init)))),
    }
}

/// `BytesIO(initial_bytes=b'')`.
pub fn bytesio_new(args: &[Value], kw: &Kw) -> R {
    kw.only("BytesIO", &["initial_bytes"])?;
    let init = args.get(1).copied().or_else(|| kw.get("initial_bytes")).unwrap_or(NONE);
    if init == NONE {
        return new_stream(&BYTESIO_TYPE, b"");
    }
    let b = bytes_arg(init)?;
    new_stream(&BYTESIO_TYPE, &b)
}

/// The bytes of a bytes-like argument (bytes, bytearray, memoryview, array), copied.
fn bytes_arg(v: Value) -> R<Vec<u8>> {
    crate::memoryview::bytes_like(v)?
        .ok_or_else(|| raise(&TYPE_ERROR, alloc::format!("a bytes-like object is required, not '{}'", type_name(v))))
}

fn stream(v: Value) -> &'static mut StreamObj {
    unsafe { body(v) }
}

/// The stream `a[0]`, which must be open.
/// `s.closed`.
pub fn is_closed(s: Value) -> bool {
    stream(s).closed
}

fn open(a: &[Value]) -> R<&'static mut StreamObj> {
    let s = stream(a[0]);
    if s.closed {
        // (CPython's two messages differ by the period.)
        let msg = if text(a[0]) { "I/O operation on closed file" } else { "I/O operation on closed file." };
        return Err(raise(&VALUE_ERROR, msg));
    }
    Ok(s)
}

fn bytes(s: &StreamObj) -> &'static [u8] {
    if s.data.is_null() {
        return &[];
    }
    unsafe { core::slice::from_raw_parts(s.data, s.len) }
}

fn reserve(s: &mut StreamObj, need: usize) -> R<()> {
    if need > s.cap {
        let cap = need.max(s.cap * 2).max(16);
        let buf = crate::gc::alloc_raw(cap, crate::gc::LEAF);
        if buf.is_null() {
            return Err(memory_error());
        }
        if !s.data.is_null() {
            unsafe { core::ptr::copy_nonoverlapping(s.data, buf, s.len) };
            crate::gc::free(s.data);
        }
        s.data = buf;
        s.cap = cap;
    }
    Ok(())
}

/// Writes `b` at byte offset `at`, over the next `over` bytes (the rest of the buffer when
/// fewer are left), padding with `\0` up to `at` when it is past the end.
fn put(s: &mut StreamObj, at: usize, b: &[u8], over: usize) -> R<()> {
    let end = (at + over).min(s.len.max(at));
    let tail: Vec<u8> = if end < s.len { crate::reserve::copied(&bytes(s)[end..])? } else { Vec::new() };
    let new_len = at + b.len() + tail.len();
    reserve(s, new_len)?;
    unsafe {
        if at > s.len {
            core::ptr::write_bytes(s.data.add(s.len), 0, at - s.len);
        }
        core::ptr::copy_nonoverlapping(b.as_ptr(), s.data.add(at), b.len());
        core::ptr::copy_nonoverlapping(tail.as_ptr(), s.data.add(at + b.len()), tail.len());
    }
    s.len = new_len;
    Ok(())
}

/// The byte offset `n` units (code points of a StringIO, bytes of a BytesIO) after `from`,
/// and how many units there were up to the end of the buffer when it is reached first.
fn advance(s: &StreamObj, is_text: bool, from: usize, n: usize) -> (usize, usize) {
    let b = bytes(s);
    if from >= b.len() {
        return (from, 0);
    }
    if !is_text {
        let end = from.saturating_add(n).min(b.len());
        return (end, end - from);
    }
    let mut i = from;
    let mut count = 0;
    while count < n && i < b.len() {
        i += 1;
        while i < b.len() && b[i] & 0xc0 == 0x80 {
            i += 1;
        }
        count += 1;
    }
    (i, count)
}

/// The position in units (code points of a StringIO).
fn tell(v: Value) -> usize {
    let s = stream(v);
    if !text(v) {
        return s.pos;
    }
    let b = bytes(s);
    let within = s.pos.min(b.len());
    let chars = b[..within].iter().filter(|&&c| c & 0xc0 != 0x80).count();
    chars + (s.pos - within)
}

/// The value of the stream's units `[from, to)` (bytes offsets): a str or bytes.
fn value(v: Value, from: usize, to: usize) -> R {
    let b = &bytes(stream(v))[from..to];
    if text(v) {
        crate::str::from_str(core::str::from_utf8(b).unwrap_or(""))
    } else {
        crate::bytes::new_bytes(b)
    }
}

/// A size argument: None or negative for "all".
fn size_arg(a: &[Value], i: usize) -> R<usize> {
    match a.get(i).copied() {
        None | Some(NONE) => Ok(usize::MAX),
        Some(v) => match as_int(v) {
            Some(_) => {
                let n = crate::int::index_of(v, "size")?;
                Ok(if n < 0 { usize::MAX } else { n as usize })
            }
            None => {
                Err(raise(&TYPE_ERROR, alloc::format!("argument should be integer or None, not '{}'", type_name(v))))
            }
        },
    }
}

fn write(a: &[Value]) -> R {
    let v = a[0];
    let x = *a.get(1).unwrap_or(&NONE);
    // Copied first: writing a stream's own value into it must not read a buffer that moved.
    let (b, units) = if text(v) {
        let t = crate::str::as_str(x)
            .ok_or_else(|| raise(&TYPE_ERROR, alloc::format!("string argument expected, got '{}'", type_name(x))))?;
        (crate::reserve::copied(t.as_bytes())?, crate::str::char_count(t))
    } else {
        let b = bytes_arg(x)?;
        let n = b.len();
        (b, n)
    };
    let s = open(a)?;
    let over = if s.pos >= s.len { 0 } else { advance(s, text(v), s.pos, units).0 - s.pos };
    let at = s.pos;
    put(s, at, &b, over)?;
    s.pos = at + b.len();
    Ok(from_isize(units as isize))
}

/// `readline(size)`: up to and including the next `\n`, at most `limit` units.
fn readline(v: Value, limit: usize) -> R {
    let s = stream(v);
    let b = bytes(s);
    let from = s.pos.min(b.len());
    let (cap, _) = advance(s, text(v), from, limit);
    let end = b[from..cap].iter().position(|&c| c == b'\n').map_or(cap, |i| from + i + 1);
    s.pos = s.pos.max(end);
    value(v, from, end)
}

/// The next line of a stream that is being iterated over, None at its end. Behind the gate
/// of the streams' types, which only the `io` module's table links (`import io`).
#[inline(never)]
#[cfg_attr(target_os = "none", link_section = ".text.mpyc.gate.mpyc_STRINGIO_TYPE|mpyc_BYTESIO_TYPE/next_line")]
pub fn next_line(v: Value) -> R<Option<Value>> {
    open(&[v])?;
    let line = readline(v, usize::MAX)?;
    Ok((crate::ops::len(line)? > 0).then_some(line))
}

/// `read(size=-1)`: up to `size` units from the position.
fn read(a: &[Value]) -> R {
    let n = size_arg(a, 1)?;
    let s = open(a)?;
    let from = s.pos.min(s.len);
    let (end, _) = advance(s, text(a[0]), from, n);
    s.pos = s.pos.max(end);
    value(a[0], from, end)
}

/// Stream `v`, checked open as IOBase checks it (`iter(f)`, `isatty()`: CPython's message of a
/// closed one has the period for both kinds).
pub fn open_stream(v: Value) -> R<()> {
    if stream(v).closed {
        return Err(raise(&VALUE_ERROR, "I/O operation on closed file."));
    }
    Ok(())
}

/// `readlines(hint=-1)`: the lines from the position to the end, or until they hold `hint`
/// units.
fn lines(a: &[Value]) -> R {
    let hint = match a.get(1).copied() {
        None | Some(NONE) => usize::MAX,
        Some(h) => match crate::int::index_of(h, "hint")? {
            n if n <= 0 => usize::MAX,
            n => n as usize,
        },
    };
    let l = crate::list::new_list(&[])?;
    let mut total = 0;
    while let Some(line) = next_line(a[0])? {
        crate::list::push(l, line)?;
        total += crate::ops::len(line)?;
        // (CPython's StringIO reads on while the lines are no longer than the hint, its
        // BytesIO until they reach it.)
        if total > hint || (total == hint && !text(a[0])) {
            break;
        }
    }
    Ok(l)
}

fn seek(a: &[Value]) -> R {
    let v = a[0];
    let off = crate::int::index_of(*a.get(1).unwrap_or(&NONE), "offset")?;
    let whence = match a.get(2) {
        Some(&w) => crate::int::index_of(w, "whence")?,
        None => 0,
    };
    let s = open(a)?;
    let is_text = text(v);
    if !(0..=2).contains(&whence) {
        let msg = if is_text { "Invalid" } else { "invalid" };
        return Err(raise(&VALUE_ERROR, alloc::format!("{msg} whence ({whence}, should be 0, 1 or 2)")));
    }
    if is_text {
        if whence != 0 && off != 0 {
            return Err(raise(&OS_ERROR, "Can't do nonzero cur-relative seeks"));
        }
        match whence {
            0 if off < 0 => return Err(raise(&VALUE_ERROR, alloc::format!("Negative seek position {off}"))),
            0 => {
                let (at, n) = advance(s, true, 0, off as usize);
                s.pos = at + (off as usize - n);
            }
            2 => s.pos = s.len,
            _ => {}
        }
    } else {
        let base = match whence {
            0 if off < 0 => return Err(raise(&VALUE_ERROR, alloc::format!("negative seek value {off}"))),
            0 => 0,
            1 => s.pos as isize,
            _ => s.len as isize,
        };
        s.pos = (base + off).max(0) as usize;
    }
    Ok(from_isize(tell(v) as isize))
}

pub static STREAM_METHODS: &[NativeObj] = crate::methods![
    NativeObj::method("__init__", 0, 2, stream_init).keywords(),
    NativeObj::new("close", |a, _| {
        stream(a[0]).closed = true;
        Ok(NONE)
    }),
    // A context manager, as CPython's IOBase: `with StringIO() as f:` closes it at the end.
    NativeObj::new("__enter__", |a, _| open(a).map(|_| a[0])),
    NativeObj::new("__exit__", |a, _| {
        stream(a[0]).closed = true;
        Ok(NONE)
    }),
    NativeObj::new("flush", |a, _| open(a).map(|_| NONE)),
    NativeObj::new("getvalue", |a, _| {
        let s = open(a)?;
        value(a[0], 0, s.len)
    }),
    NativeObj::new("read", |a, _| read(a)),
    // (A BytesIO's: a StringIO has none in CPython, and says so.)
    NativeObj::new("readinto", |a, _| {
        if text(a[0]) {
            return Err(crate::func::no_attribute(a[0], "readinto"));
        }
        let into = *a.get(1).unwrap_or(&NONE);
        let Some(room) = crate::memoryview::writable(into)?.map(|b| b.len()) else {
            return Err(raise(
                &TYPE_ERROR,
                alloc::format!("readinto() argument must be read-write bytes-like object, not {}", type_name(into)),
            ));
        };
        let s = open(a)?;
        let from = s.pos.min(s.len);
        let (end, got) = advance(s, false, from, room);
        let data = crate::reserve::copied(&bytes(s)[from..end])?;
        s.pos = s.pos.max(end);
        if let Some(buf) = crate::memoryview::writable(into)? {
            let k = got.min(buf.len());
            buf[..k].copy_from_slice(&data[..k]);
        }
        Ok(small(got as isize))
    }),
    // (A BytesIO's, as `read`: a StringIO has none.)
    NativeObj::new("read1", |a, _| {
        if text(a[0]) {
            return Err(crate::func::no_attribute(a[0], "read1"));
        }
        read(a)
    }),
    NativeObj::new("readline", |a, _| {
        let n = size_arg(a, 1)?;
        open(a)?;
        readline(a[0], n)
    }),
    NativeObj::new("readlines", |a, _| lines(a)),
    // (A stream is its own iterator; `iter` and `next` know streams without these.)
    NativeObj::new("__iter__", |a, _| open_stream(a[0]).map(|_| a[0])),
    NativeObj::new("__next__", |a, _| match next_line(a[0])? {
        Some(line) => Ok(line),
        None => Err(crate::exc::stop_iteration(NONE)),
    }),
    // (What CPython's in-memory streams answer: they read, write and seek, and are no tty.)
    NativeObj::new("readable", |a, _| open(a).map(|_| TRUE)),
    NativeObj::new("writable", |a, _| open(a).map(|_| TRUE)),
    NativeObj::new("seekable", |a, _| open(a).map(|_| TRUE)),
    NativeObj::new("isatty", |a, _| open_stream(a[0]).map(|_| FALSE)),
    NativeObj::new("writelines", |a, _| {
        open(a)?;
        let v = a[0];
        crate::iter::for_each(*a.get(1).unwrap_or(&NONE), |line| write(&[v, line]).map(|_| ()))?;
        Ok(NONE)
    }),
    NativeObj::new("seek", |a, _| seek(a)),
    NativeObj::new("tell", |a, _| {
        open(a)?;
        Ok(from_isize(tell(a[0]) as isize))
    }),
    NativeObj::new("truncate", |a, _| {
        let v = a[0];
        let s = open(a)?;
        let units = match a.get(1) {
            None | Some(&NONE) => tell(v),
            Some(&n) => {
                let n = crate::int::index_of(n, "size")?;
                if n < 0 {
                    return Err(raise(&VALUE_ERROR, alloc::format!("Negative size value {n}")));
                }
                n as usize
            }
        };
        let (end, _) = advance(s, text(v), 0, units);
        s.len = s.len.min(end);
        Ok(from_isize(units as isize))
    }),
    NativeObj::new("write", |a, _| write(a)),
];

/// Which of the console's streams a `sys.std*` object is.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Stream {
    In,
    Out,
    Err,
}

/// `sys.stdin`, `sys.stdout` or `sys.stderr`: the console (on the host, the process's).
#[repr(C)]
pub struct ConsoleObj {
    pub header: Header,
    stream: Stream,
}
// Immutable statics: the header only points at a static type.
unsafe impl Sync for ConsoleObj {}

/// Exported by name: the key of the gate to the console's attributes.
#[export_name = "mpyc_CONSOLE_TYPE"]
pub static CONSOLE_TYPE: TypeObj =
    TypeObj::builtin("TextIOWrapper", Kind::Device, Some(&OBJECT_TYPE), CONSOLE_METHODS, None);
pub static STDIN: ConsoleObj = ConsoleObj { header: Header::of(&CONSOLE_TYPE), stream: Stream::In };
pub static STDOUT: ConsoleObj = ConsoleObj { header: Header::of(&CONSOLE_TYPE), stream: Stream::Out };
pub static STDERR: ConsoleObj = ConsoleObj { header: Header::of(&CONSOLE_TYPE), stream: Stream::Err };

/// `sys.stdin.buffer`, `sys.stdout.buffer`, `sys.stderr.buffer`: the console's bytes, as
/// CPython's buffered streams and MicroPython's (binary data over the USB console).
pub static READER_TYPE: TypeObj =
    TypeObj::builtin("BufferedReader", Kind::Device, Some(&OBJECT_TYPE), BUFFER_METHODS, None);
pub static WRITER_TYPE: TypeObj =
    TypeObj::builtin("BufferedWriter", Kind::Device, Some(&OBJECT_TYPE), BUFFER_METHODS, None);
static STDIN_BUFFER: ConsoleObj = ConsoleObj { header: Header::of(&READER_TYPE), stream: Stream::In };
static STDOUT_BUFFER: ConsoleObj = ConsoleObj { header: Header::of(&WRITER_TYPE), stream: Stream::Out };
static STDERR_BUFFER: ConsoleObj = ConsoleObj { header: Header::of(&WRITER_TYPE), stream: Stream::Err };

fn buffer(v: Value) -> R<&'static ConsoleObj> {
    if is_ptr(v) && (core::ptr::eq(type_of(v), &READER_TYPE) || core::ptr::eq(type_of(v), &WRITER_TYPE)) {
        return Ok(unsafe { &*(v as *const ConsoleObj) });
    }
    Err(raise(&TYPE_ERROR, "descriptor requires a 'BufferedReader' or 'BufferedWriter' object"))
}

/// The next byte of console input; None at its end (on a board: Ctrl-D, as for text).
fn next_byte() -> R<Option<u8>> {
    Ok(read_byte()?.filter(|&b| !(cfg!(target_os = "none") && b == 0x04)))
}

/// A line of console bytes with its `\n`, at most `limit` bytes; empty at the end of input.
fn read_bytes_line(limit: usize) -> R<Vec<u8>> {
    let mut line = Vec::new();
    while line.len() < limit {
        let Some(b) = next_byte()? else { break };
        crate::reserve::push(&mut line, b)?;
        if b == b'\n' {
            break;
        }
    }
    Ok(line)
}

static BUFFER_METHODS: &[NativeObj] = crate::methods![
    NativeObj::method("write", 1, 1, |a, _| {
        let c = buffer(a[0])?;
        if c.stream == Stream::In {
            return Err(raise(&OS_ERROR, "not writable"));
        }
        let data = crate::memoryview::bytes_like(a[1])?.ok_or_else(|| {
            raise(&TYPE_ERROR, alloc::format!("a bytes-like object is required, not '{}'", type_name(a[1])))
        })?;
        if c.stream == Stream::Err {
            crate::print::flush();
            crate::board::write_err(&data);
        } else {
            crate::print::write(&data);
        }
        Ok(from_isize(data.len() as isize))
    }),
    NativeObj::method("flush", 0, 0, |a, _| {
        buffer(a[0])?;
        crate::print::flush();
        Ok(NONE)
    }),
    NativeObj::method("read", 0, 1, |a, _| {
        input_only(buffer(a[0])?)?;
        let n = size_arg(a, 1)?;
        let mut data = Vec::new();
        while data.len() < n {
            let Some(b) = next_byte()? else { break };
            crate::reserve::push(&mut data, b)?;
        }
        crate::bytes::new_bytes(&data)
    }),
    NativeObj::method("readline", 0, 1, |a, _| {
        input_only(buffer(a[0])?)?;
        crate::bytes::new_bytes(&read_bytes_line(size_arg(a, 1)?)?)
    }),
    NativeObj::method("readlines", 0, 0, |a, _| {
        input_only(buffer(a[0])?)?;
        let lines = crate::list::new_list(&[])?;
        loop {
            let line = read_bytes_line(usize::MAX)?;
            if line.is_empty() {
                return Ok(lines);
            }
            crate::list::push(lines, crate::bytes::new_bytes(&line)?)?;
        }
    }),
    NativeObj::method("__iter__", 0, 0, |a, _| {
        input_only(buffer(a[0])?)?;
        Ok(a[0])
    }),
    NativeObj::method("__next__", 0, 0, |a, _| {
        input_only(buffer(a[0])?)?;
        match read_bytes_line(usize::MAX)? {
            line if line.is_empty() => Err(stop_iteration(NONE)),
            line => crate::bytes::new_bytes(&line),
        }
    }),
    NativeObj::method("fileno", 0, 0, |a, _| Ok(small(buffer(a[0])?.stream as isize))),
    NativeObj::method("readable", 0, 0, |a, _| Ok(bool_value(buffer(a[0])?.stream == Stream::In))),
    NativeObj::method("writable", 0, 0, |a, _| Ok(bool_value(buffer(a[0])?.stream != Stream::In))),
];

fn console(v: Value) -> R<&'static ConsoleObj> {
    if is_ptr(v) && core::ptr::eq(type_of(v), &CONSOLE_TYPE) {
        return Ok(unsafe { &*(v as *const ConsoleObj) });
    }
    Err(raise(&TYPE_ERROR, "descriptor requires a 'TextIOWrapper' object"))
}

/// `poll` events: input waiting, and (on the host) the end of input.
pub const POLLIN: u32 = 1;
pub const POLLHUP: u32 = 16;

/// The host's console input, read and polled on file descriptor 0 directly: std's stdin
/// buffers what it reads, where `poll` cannot see it.
#[cfg(not(target_os = "none"))]
mod host_stdin {
    #[repr(C)]
    struct PollFd {
        fd: i32,
        events: i16,
        revents: i16,
    }
    extern "C" {
        fn poll(fds: *mut PollFd, n: core::ffi::c_ulong, timeout: i32) -> i32;
        fn read(fd: i32, buf: *mut u8, n: usize) -> isize;
    }

    /// The next byte, waiting for it; None at the end of input.
    pub fn read_byte() -> Option<u8> {
        let mut b = 0u8;
        loop {
            match unsafe { read(0, &mut b, 1) } {
                1 => return Some(b),
                // Interrupted by a signal: read again.
                n if n < 0 && std::io::Error::last_os_error().kind() == std::io::ErrorKind::Interrupted => {}
                _ => return None,
            }
        }
    }

    /// The poll events of descriptor 0 after waiting up to `ms` milliseconds (-1: for ever;
    /// a signal does not end that wait early).
    pub fn wait(ms: i32) -> u32 {
        let mut p = PollFd { fd: 0, events: super::POLLIN as i16, revents: 0 };
        loop {
            match unsafe { poll(&mut p, 1, ms) } {
                n if n > 0 => return p.revents as u16 as u32,
                n if n < 0 && ms < 0 && std::io::Error::last_os_error().kind() == std::io::ErrorKind::Interrupted => {}
                _ => return 0,
            }
        }
    }
}

/// A byte [`read_char`] read past a malformed character, given back first by [`read_byte`].
static PUSHED_BACK: crate::exc::Global<Option<u8>> = crate::exc::Global::new(None);

/// Whether the last console byte a line reader took was a CR (on a board, where Enter sends
/// CR and some terminals CR LF: the LF after it is no line of its own). Shared by
/// `sys.stdin` and `input()`; `read()` clears it.
pub static AFTER_CR: crate::exc::Global<bool> = crate::exc::Global::new(false);

/// The next byte of console input, waiting for it; None at the end of input (the host's
/// stdin closed: a board's console never ends). Ctrl-C while it waits raises
/// KeyboardInterrupt on a board.
pub fn read_byte() -> R<Option<u8>> {
    if let Some(b) = PUSHED_BACK.get().take() {
        return Ok(Some(b));
    }
    // A prompt printed without a line end shows before the wait.
    crate::print::flush();
    #[cfg(not(target_os = "none"))]
    return Ok(host_stdin::read_byte());
    #[cfg(target_os = "none")]
    loop {
        if let Some(b) = crate::board::console_read() {
            return Ok(Some(b));
        }
        crate::kbint::check()?;
        crate::board::wfi();
    }
}

/// Waits up to `ms` milliseconds (negative: for ever) for console input; the poll events
/// then ([`POLLIN`], with [`POLLHUP`] at the end of the host's input), 0 when none came.
pub fn wait_input(ms: i32) -> R<u32> {
    if PUSHED_BACK.get().is_some() {
        return Ok(POLLIN);
    }
    crate::print::flush();
    #[cfg(not(target_os = "none"))]
    return Ok(host_stdin::wait(ms.max(-1)));
    #[cfg(target_os = "none")]
    {
        let start = crate::board::millis();
        loop {
            if crate::board::console_waiting() {
                return Ok(POLLIN);
            }
            if ms >= 0 && crate::board::millis().wrapping_sub(start) >= ms as u32 {
                return Ok(0);
            }
            crate::kbint::check()?;
            crate::board::wfi();
        }
    }
}

/// The next character of console input as UTF-8 bytes appended to `out` (a malformed
/// sequence as far as it goes); false at the end of input (on a board: Ctrl-D, as for
/// `input()`).
fn read_char(out: &mut Vec<u8>) -> R<bool> {
    let Some(b) = next_byte()? else { return Ok(false) };
    crate::reserve::push(out, b)?;
    let more = match b {
        0xC0..=0xDF => 1,
        0xE0..=0xEF => 2,
        0xF0..=0xF7 => 3,
        _ => 0,
    };
    for _ in 0..more {
        match read_byte()? {
            Some(c) if c & 0xC0 == 0x80 => crate::reserve::push(out, c)?,
            // Not part of this character: the next one's.
            Some(c) => {
                *PUSHED_BACK.get() = Some(c);
                break;
            }
            None => break,
        }
    }
    Ok(true)
}

/// A line of console input with its end (`\n`; on a board Enter's CR ends it too, and the LF
/// of a CR LF is skipped), at most `limit` characters; empty at the end of input.
pub fn read_console_line(limit: usize) -> R<Vec<u8>> {
    let mut line = Vec::new();
    let mut count = 0;
    while count < limit {
        let start = line.len();
        if !read_char(&mut line)? {
            break;
        }
        let c = line[start];
        let after_cr = core::mem::replace(AFTER_CR.get(), cfg!(target_os = "none") && c == b'\r');
        if c == b'\n' && after_cr && start == 0 && count == 0 {
            line.clear();
            continue;
        }
        count += 1;
        if c == b'\n' || (cfg!(target_os = "none") && c == b'\r') {
            line[start] = b'\n';
            break;
        }
    }
    Ok(line)
}

fn input_only(c: &ConsoleObj) -> R<()> {
    if c.stream != Stream::In {
        return Err(raise(&OS_ERROR, "not readable"));
    }
    Ok(())
}

/// `console.write(s)`: the number of characters written.
fn console_write(c: &ConsoleObj, s: Value) -> R {
    if c.stream == Stream::In {
        return Err(raise(&OS_ERROR, "not writable"));
    }
    let Some(text) = crate::str::as_str(s) else {
        return Err(raise(&TYPE_ERROR, alloc::format!("write() argument must be str, not {}", type_of(s).name)));
    };
    if c.stream == Stream::Err {
        crate::print::flush();
        crate::board::write_err(text.as_bytes());
    } else {
        crate::print::write(text.as_bytes());
    }
    Ok(from_isize(text.chars().count() as isize))
}

/// Whether the console is a terminal: a board's always is; the host's when descriptor `fd` is
/// one (not a pipe or a file).
fn console_is_tty(_fd: i32) -> bool {
    #[cfg(not(target_os = "none"))]
    {
        extern "C" {
            fn isatty(fd: i32) -> i32;
        }
        unsafe { isatty(_fd) == 1 }
    }
    #[cfg(target_os = "none")]
    true
}

/// The console's attributes other than methods (`sys.stdin.encoding`, …), for
/// `iter::builtin_attr`. Behind the gate of the firmware that has the console's objects.
#[inline(never)]
#[cfg_attr(target_os = "none", link_section = ".text.mpyc.gate.mpyc_CONSOLE_TYPE/console_attr")]
pub fn console_attr(obj: Value, key: &str) -> Option<R> {
    let c = console(obj).ok()?;
    let (name, mode) = match c.stream {
        Stream::In => ("<stdin>", "r"),
        Stream::Out => ("<stdout>", "w"),
        Stream::Err => ("<stderr>", "w"),
    };
    Some(match key {
        "closed" | "line_buffering" => Ok(FALSE),
        "encoding" => crate::str::from_str("utf-8"),
        "errors" => crate::str::from_str(if c.stream == Stream::Err { "backslashreplace" } else { "strict" }),
        "name" => crate::str::from_str(name),
        "mode" => crate::str::from_str(mode),
        "newlines" => Ok(NONE),
        "buffer" => Ok(match c.stream {
            Stream::In => &STDIN_BUFFER,
            Stream::Out => &STDOUT_BUFFER,
            Stream::Err => &STDERR_BUFFER,
        } as *const ConsoleObj as Value),
        _ => return None,
    })
}

static CONSOLE_METHODS: &[NativeObj] = crate::methods![
    NativeObj::new("write", |a, _| {
        let c = console(a[0])?;
        let Some(&s) = a.get(1) else {
            return Err(raise(&TYPE_ERROR, "write() takes exactly one argument (0 given)"));
        };
        console_write(c, s)
    }),
    NativeObj::method("writelines", 1, 1, |a, _| {
        let c = console(a[0])?;
        crate::iter::for_each(a[1], |line| console_write(c, line).map(|_| ()))?;
        Ok(NONE)
    }),
    NativeObj::method("readlines", 0, 1, |a, _| {
        input_only(console(a[0])?)?;
        // (As IOBase's: lines until their characters reach the hint; none or ≤ 0, all.)
        let hint = match size_arg(a, 1)? {
            0 => usize::MAX,
            n => n,
        };
        let lines = crate::list::new_list(&[])?;
        let mut total = 0usize;
        while total < hint {
            let line = read_console_line(usize::MAX)?;
            if line.is_empty() {
                break;
            }
            let text = String::from_utf8_lossy(&line);
            total = total.saturating_add(text.chars().count());
            crate::list::push(lines, crate::str::from_str(&text)?)?;
        }
        Ok(lines)
    }),
    NativeObj::method("isatty", 0, 0, |a, _| Ok(bool_value(console_is_tty(console(a[0])?.stream as i32)))),
    NativeObj::method("readable", 0, 0, |a, _| Ok(bool_value(console(a[0])?.stream == Stream::In))),
    NativeObj::method("writable", 0, 0, |a, _| Ok(bool_value(console(a[0])?.stream != Stream::In))),
    NativeObj::method("seekable", 0, 0, |a, _| console(a[0]).map(|_| FALSE)),
    NativeObj::new("flush", |a, _| {
        console(a[0])?;
        crate::print::flush();
        Ok(NONE)
    }),
    NativeObj::new("__repr__", |a, _| {
        let c = console(a[0])?;
        let (name, mode) = match c.stream {
            Stream::In => ("<stdin>", 'r'),
            Stream::Out => ("<stdout>", 'w'),
            Stream::Err => ("<stderr>", 'w'),
        };
        crate::str::from_str(&alloc::format!("<_io.TextIOWrapper name='{name}' mode='{mode}' encoding='utf-8'>"))
    }),
    NativeObj::new("fileno", |a, _| Ok(small(console(a[0])?.stream as isize))),
    NativeObj::new("read", |a, _| {
        input_only(console(a[0])?)?;
        let n = size_arg(a, 1)?;
        let mut text = Vec::new();
        *AFTER_CR.get() = false;
        for _ in 0..n {
            if !read_char(&mut text)? {
                break;
            }
        }
        crate::str::from_str(&String::from_utf8_lossy(&text))
    }),
    NativeObj::new("readline", |a, _| {
        input_only(console(a[0])?)?;
        let line = read_console_line(size_arg(a, 1)?)?;
        crate::str::from_str(&String::from_utf8_lossy(&line))
    }),
    NativeObj::new("__iter__", |a, _| {
        input_only(console(a[0])?)?;
        Ok(a[0])
    }),
    NativeObj::new("__next__", |a, _| {
        input_only(console(a[0])?)?;
        let line = read_console_line(usize::MAX)?;
        if line.is_empty() {
            return Err(stop_iteration(NONE));
        }
        crate::str::from_str(&String::from_utf8_lossy(&line))
    }),
];

/// `_console`, what `select` (runtime/lib/select.py) polls the console with: `wait(ms)`, the
/// poll events of console input after waiting up to `ms` milliseconds (negative: for ever).
#[cfg_attr(target_os = "none", link_section = concat!(".rodata.mpyc.methods.", module_path!(), ".", line!()))]
pub static CONSOLE_FUNCTIONS: [NativeObj; 1] = [NativeObj::function("wait", 1, 1, |a, _| {
    let ms = crate::int::clamped_index(a[0], "ms")?;
    Ok(from_isize(wait_input(ms.clamp(-1, i32::MAX as isize) as i32)? as isize))
})];
