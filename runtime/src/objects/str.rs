//! Strings: UTF-8 text on the collected heap or in read-only data (literals), indexing and
//! slicing by code point, and the methods people use.

use crate::exc::*;
use crate::func::{ret, Kw, NativeObj, ANY};
use crate::int::{from_isize, index_of};
use crate::list::{new_list, push, slice_indices};
use crate::object::*;
use crate::value::*;
use alloc::string::String;

/// A str: `len` bytes of UTF-8 at `data`, in read-only data for literals or right after the
/// object on the heap.
#[repr(C)]
pub struct StrObj {
    pub header: Header,
    pub len: usize,
    pub data: *const u8,
    /// 0, or once computed the text's hash and whether it is ASCII (see [`meta`]): names
    /// are hashed once, not per lookup, and indexing an ASCII str needs no scan.
    pub hash: usize,
}

/// Sorts `names` and drops repeats: an insertion sort, small in flash (core's sort costs
/// 3 KB), for the few hundred names of `dir()` and of an AttributeError's suggestion.
pub fn sort_names(names: &mut alloc::vec::Vec<&str>) {
    for i in 1..names.len() {
        let mut j = i;
        while j > 0 && names[j - 1] > names[j] {
            names.swap(j - 1, j);
            j -= 1;
        }
    }
    names.dedup();
}

/// Whether two byte strings are equal: inline, four bytes a compare (most are short, where a
/// call to memcmp costs more than the comparison).
#[inline(always)]
pub fn bytes_eq(x: &[u8], y: &[u8]) -> bool {
    let n = x.len();
    if n != y.len() {
        return false;
    }
    let (p, q) = (x.as_ptr(), y.as_ptr());
    let mut i = 0;
    // SAFETY: every read is below `n`, the length of both.
    unsafe {
        while i + 4 <= n {
            if (p.add(i) as *const u32).read_unaligned() != (q.add(i) as *const u32).read_unaligned() {
                return false;
            }
            i += 4;
        }
        while i < n {
            if *p.add(i) != *q.add(i) {
                return false;
            }
            i += 1;
        }
    }
    true
}

impl StrObj {
    pub fn bytes(&self) -> &[u8] {
        unsafe { core::slice::from_raw_parts(self.data, self.len) }
    }
    pub fn as_str(&self) -> &str {
        unsafe { core::str::from_utf8_unchecked(self.bytes()) }
    }
}

/// The hash of `text` (FNV-1a, without its top two bits, which a str's [`StrObj::hash`] word
/// uses for itself): the same for a str value and its text.
pub const fn hash_text(text: &[u8]) -> usize {
    let mut h: usize = 0x811c_9dc5;
    let mut i = 0;
    while i < text.len() {
        h = (h ^ text[i] as usize).wrapping_mul(0x0100_0193);
        i += 1;
    }
    h & (usize::MAX >> 2)
}

/// The `hash` word of a str of `text` on a target whose words have `word_bits` bits (what
/// [`meta`] computes there): for the compiler, whose str literals are made with it. FNV-1a's
/// low 32 bits do not depend on the high ones, so the 32-bit hash is the 64-bit one cut short.
pub fn meta_of(text: &[u8], word_bits: u32) -> u64 {
    let h = hash_text(text) as u64;
    let mask = if word_bits >= 64 { u64::MAX } else { (1u64 << word_bits) - 1 };
    let h = h & (mask >> 2);
    (h << 2 | (text.is_ascii() as u64) << 1 | 1) & mask
}

/// A str's hash and whether it is ASCII, computed in one pass on first use and kept in its
/// `hash` word: `hash << 2 | ascii << 1 | 1`.
#[inline(always)]
fn meta(v: Value) -> usize {
    let o = unsafe { body::<StrObj>(v) };
    if o.hash == 0 {
        return compute_meta(o);
    }
    o.hash
}

#[inline(never)]
fn compute_meta(o: &mut StrObj) -> usize {
    o.hash = hash_text(o.bytes()) << 2 | (o.bytes().is_ascii() as usize) << 1 | 1;
    o.hash
}

/// The hash of the str `v`.
#[inline(always)]
pub fn str_hash(v: Value) -> usize {
    meta(v) >> 2
}

/// Whether the str `v` is all ASCII (then code points are bytes).
#[inline]
pub fn ascii(v: Value) -> bool {
    meta(v) & 2 != 0
}

/// The number of code points of the str `v`.
pub fn len_of(v: Value) -> usize {
    let s = unsafe { body::<StrObj>(v) };
    if ascii(v) {
        s.len
    } else {
        s.as_str().bytes().filter(|&b| b & 0xC0 != 0x80).count()
    }
}

/// Whether `k` is a str with the same text as the str `name`.
pub fn str_eq(k: Value, name: Value) -> bool {
    match (as_str(k), as_str(name)) {
        (Some(a), Some(b)) => a == b,
        _ => false,
    }
}

/// The text of a str value.
#[inline(always)]
pub fn as_str<'a>(v: Value) -> Option<&'a str> {
    (is_ptr(v) && ptr_kind(v) == Kind::Str).then(|| unsafe { body::<StrObj>(v) }.as_str())
}

/// The strs of no or one ASCII character, in read-only data: iterating over a str, indexing
/// it and `chr()` allocate nothing for them (CPython and MicroPython share them too).
struct Short([StrObj; 129]);
unsafe impl Sync for Short {}

static SHORT_TEXT: [u8; 128] = {
    let mut t = [0u8; 128];
    let mut i = 0;
    while i < 128 {
        t[i] = i as u8;
        i += 1;
    }
    t
};

static SHORT: Short = {
    const EMPTY: StrObj =
        StrObj { header: Header::of(&STR_TYPE), len: 0, data: core::ptr::null(), hash: hash_text(b"") << 2 | 3 };
    let mut t = [EMPTY; 129];
    let mut i = 0;
    while i < 128 {
        t[i + 1] = StrObj {
            header: Header::of(&STR_TYPE),
            len: 1,
            data: unsafe { SHORT_TEXT.as_ptr().add(i) },
            hash: hash_text(&[i as u8]) << 2 | 3,
        };
        i += 1;
    }
    t[0].data = SHORT_TEXT.as_ptr();
    Short(t)
};

/// A new str holding `text`.
/// The one-character str of ASCII byte `b` (< 128): a static object, no allocation.
#[inline(always)]
pub fn ascii_char(b: u8) -> Value {
    &SHORT.0[b as usize + 1] as *const StrObj as Value
}

pub fn from_str(text: &str) -> R {
    match text.as_bytes() {
        [] => return Ok(&SHORT.0[0] as *const StrObj as Value),
        &[b] if b < 128 => return Ok(&SHORT.0[b as usize + 1] as *const StrObj as Value),
        _ => {}
    }
    let head = core::mem::size_of::<StrObj>();
    let p = alloc_obj(&STR_TYPE, head + text.len(), crate::gc::LEAF)?;
    unsafe {
        let o = &mut *(p as *mut StrObj);
        o.len = text.len();
        o.data = p.add(head);
        o.hash = 0;
        core::ptr::copy_nonoverlapping(text.as_ptr(), p.add(head), text.len());
    }
    Ok(p as Value)
}

pub fn from_string(s: String) -> R {
    from_str(&s)
}

/// A new str of `len` bytes that `fill` writes (valid UTF-8) straight into the object: no Rust
/// buffer in between, so text whose size the program chooses (a width, a count) that the heap
/// cannot hold is a MemoryError, never a failure of the Rust allocator.
pub fn build(len: usize, fill: impl FnOnce(&mut [u8])) -> R {
    if len <= 1 {
        let mut b = [0u8; 1];
        fill(&mut b[..len]);
        return from_str(core::str::from_utf8(&b[..len]).unwrap_or(""));
    }
    if len >= 1 << 28 {
        return Err(memory_error());
    }
    let head = core::mem::size_of::<StrObj>();
    let p = alloc_obj(&STR_TYPE, head + len, crate::gc::LEAF)?;
    unsafe {
        let o = &mut *(p as *mut StrObj);
        o.len = len;
        o.data = p.add(head);
        o.hash = 0;
        fill(core::slice::from_raw_parts_mut(p.add(head), len));
    }
    Ok(p as Value)
}

/// Text being built in a Rust buffer that grows fallibly: a MemoryError where the heap has no
/// room for it, never a failure of the Rust allocator (which cannot become one).
#[derive(Default)]
pub struct Text(String);

impl Text {
    pub fn new() -> Self {
        Self::default()
    }
    pub fn with_capacity(n: usize) -> R<Self> {
        let mut t = Text::new();
        t.0.try_reserve_exact(n).map_err(|_| memory_error())?;
        Ok(t)
    }
    pub fn push_str(&mut self, s: &str) -> R<()> {
        self.0.try_reserve(s.len()).map_err(|_| memory_error())?;
        self.0.push_str(s);
        Ok(())
    }
    pub fn push(&mut self, c: char) -> R<()> {
        self.0.try_reserve(c.len_utf8()).map_err(|_| memory_error())?;
        self.0.push(c);
        Ok(())
    }
    /// The str object of the text.
    pub fn finish(self) -> R {
        from_str(&self.0)
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
    pub fn into_string(self) -> String {
        self.0
    }
    /// The text of `chars`, or MemoryError.
    pub fn of_chars(chars: impl Iterator<Item = char>) -> R<Self> {
        let mut t = Text::with_capacity(chars.size_hint().0)?;
        for c in chars {
            t.push(c)?;
        }
        Ok(t)
    }
}

/// Writes `n` copies of `c` at the start of `out`; returns the rest.
fn put_fill(out: &mut [u8], c: char, n: usize) -> &mut [u8] {
    let mut buf = [0u8; 4];
    let e = c.encode_utf8(&mut buf).as_bytes();
    let (head, rest) = out.split_at_mut(e.len() * n);
    for chunk in head.chunks_exact_mut(e.len()) {
        chunk.copy_from_slice(e);
    }
    rest
}

/// The length in bytes of the UTF-8 character `lead` starts (0 for a continuation byte).
#[inline(always)]
pub fn utf8_width(lead: u8) -> usize {
    match lead {
        0..=0x7f => 1,
        0xf0.. => 4,
        0xe0.. => 3,
        0xc0.. => 2,
        _ => 0,
    }
}

pub fn str_new(args: &[Value], kw: &Kw) -> R {
    // `str(x)`, the common case, first.
    if kw.is_empty() && args.len() <= 2 {
        return match args.get(1) {
            Some(&x) => crate::print::str_of(x),
            None => from_str(""),
        };
    }
    kw.only("str", &["object", "encoding", "errors"])?;
    if args.len() > 4 {
        return Err(raise(&TYPE_ERROR, alloc::format!("str() takes at most 3 arguments ({} given)", args.len() - 1)));
    }
    let object = args.get(1).copied().or_else(|| kw.get("object"));
    let given = |i: usize, name: &str| args.get(i).copied().or_else(|| kw.get(name));
    let (encoding, errors) = (given(2, "encoding"), given(3, "errors"));
    let Some(object) = object else { return from_str("") };
    if encoding.is_none() && errors.is_none() {
        return crate::print::str_of(object);
    }
    let name = |v: Option<Value>, what: &str, default: &'static str| -> R<&'static str> {
        match v {
            None => Ok(default),
            Some(v) => as_str(v).map(|s| unsafe { core::mem::transmute::<&str, &'static str>(s) }).ok_or_else(|| {
                raise(&TYPE_ERROR, alloc::format!("str() argument '{what}' must be str, not {}", type_name(v)))
            }),
        }
    };
    let (encoding, errors) = (name(encoding, "encoding", "utf-8")?, name(errors, "errors", "strict")?);
    match crate::memoryview::bytes_like(object)? {
        Some(b) => crate::bytes::decode_text(&b, encoding, errors),
        None if as_str(object).is_some() => Err(raise(&TYPE_ERROR, "decoding str is not supported")),
        None => Err(raise(
            &TYPE_ERROR,
            alloc::format!("decoding to str: need a bytes-like object, {} found", type_name(object)),
        )),
    }
}

fn is_ascii(s: &str) -> bool {
    s.is_ascii()
}

pub fn char_count(s: &str) -> usize {
    if is_ascii(s) {
        s.len()
    } else {
        s.bytes().filter(|&b| b & 0xC0 != 0x80).count()
    }
}

/// The byte offset of code point `i`.
fn offset(s: &str, i: usize) -> usize {
    if is_ascii(s) {
        i
    } else {
        offset_slow(s, i)
    }
}

fn offset_slow(s: &str, i: usize) -> usize {
    s.char_indices().nth(i).map_or(s.len(), |(o, _)| o)
}

/// `s[key]` for an int or a slice.
pub fn getitem(v: Value, key: Value) -> R {
    let s = as_str(v).unwrap_or("");
    let n = len_of(v);
    let at = |i: usize| if ascii(v) { i } else { offset_slow(s, i) };
    if let Some(sl) = crate::list::as_slice(key) {
        let (start, step, count) = slice_indices(sl, n)?;
        if step == 1 && count > 0 {
            let a = at(start as usize);
            let b = at(start as usize + count);
            return from_str(&s[a..b]);
        }
        if ascii(v) {
            let b = s.as_bytes();
            return build(count, |out| {
                for (k, o) in out.iter_mut().enumerate() {
                    *o = b[(start + k as isize * step) as usize];
                }
            });
        }
        let mut chars = crate::reserve::vec_with(n)?;
        chars.extend(s.chars());
        let mut out = Text::new();
        for k in 0..count {
            out.push(chars[(start + k as isize * step) as usize])?;
        }
        return out.finish();
    }
    let i = crate::list::normalize_index(key, n, "string")?;
    let a = at(i);
    let c = s[a..].chars().next().expect("in range");
    from_str(&s[a..a + c.len_utf8()])
}

pub fn concat(a: &str, b: &str) -> R {
    build(a.len().saturating_add(b.len()), |out| {
        out[..a.len()].copy_from_slice(a.as_bytes());
        out[a.len()..].copy_from_slice(b.as_bytes());
    })
}

pub fn repeat(s: &str, n: isize) -> R {
    let n = n.max(0) as usize;
    match s.len().checked_mul(n) {
        Some(0) => from_str(""),
        Some(total) if total < (1 << 28) => build(total, |out| {
            for chunk in out.chunks_exact_mut(s.len()) {
                chunk.copy_from_slice(s.as_bytes());
            }
        }),
        // (CPython's: past the largest size, the count is the mistake; below it, memory.)
        Some(total) if total <= isize::MAX as usize => Err(memory_error()),
        _ => Err(raise(&OVERFLOW_ERROR, "repeated string is too long")),
    }
}

fn arg_str<'a>(v: Value, what: &str) -> R<&'a str> {
    as_str(v).ok_or_else(|| {
        let sep = if what.is_empty() { "" } else { " " };
        raise(&TYPE_ERROR, alloc::format!("{what}{sep}must be str, not {}", type_name(v)))
    })
}

/// `s.replace(old, new, count)` (`usize::MAX`: all): the length first, then the text straight
/// into the new str.
fn replace(s: &str, old: &str, new: &str, count: usize) -> R {
    // An empty `old` matches at every character boundary, the end included.
    let n = if old.is_empty() { (char_count(s) + 1).min(count) } else { s.matches(old).take(count).count() };
    let len = (s.len() - n * old.len()).checked_add(n.checked_mul(new.len()).ok_or_else(memory_error)?);
    build(len.ok_or_else(memory_error)?, |out| {
        let mut at = 0;
        let mut put = |b: &[u8]| {
            out[at..at + b.len()].copy_from_slice(b);
            at += b.len();
        };
        let mut last = 0;
        if old.is_empty() {
            for i in s.char_indices().map(|(i, _)| i).chain(core::iter::once(s.len())).take(n) {
                put(&s.as_bytes()[last..i]);
                put(new.as_bytes());
                last = i;
            }
        } else {
            for (i, _) in s.match_indices(old).take(n) {
                put(&s.as_bytes()[last..i]);
                put(new.as_bytes());
                last = i + old.len();
            }
        }
        put(&s.as_bytes()[last..]);
    })
}

/// `s.split(sep=None, maxsplit=-1)`, and `rsplit` when `right`.
fn split(a: &[Value], kw: &Kw, right: bool) -> R {
    let s = as_str(a[0]).unwrap_or("");
    let sep = a.get(1).copied().or_else(|| kw.get("sep")).unwrap_or(NONE);
    let max = match a.get(2).copied().or_else(|| kw.get("maxsplit")) {
        Some(m) => index_of(m, "maxsplit")?,
        None => -1,
    };
    let max = if max < 0 { usize::MAX } else { max as usize };
    // Each part goes into the list as it is found (a right split's are reversed at the end).
    let l = new_list(&[])?;
    let put = |part: &str| -> R<()> {
        let v = from_str(part)?;
        push(l, v)
    };
    let count = || crate::list::list_items(l).len();
    if sep == NONE {
        if right {
            let mut rest = s.trim_end_matches(is_space);
            while !rest.is_empty() {
                if count() == max {
                    put(rest.trim_end_matches(is_space))?;
                    break;
                }
                match rest.rfind(is_space) {
                    Some(i) => {
                        put(&rest[i + rest[i..].chars().next().map_or(1, |c| c.len_utf8())..])?;
                        rest = rest[..i].trim_end_matches(is_space);
                    }
                    None => {
                        put(rest)?;
                        break;
                    }
                }
            }
        } else {
            let mut rest = s.trim_start_matches(is_space);
            while !rest.is_empty() {
                if count() == max {
                    put(rest)?;
                    break;
                }
                match rest.find(is_space) {
                    Some(i) => {
                        put(&rest[..i])?;
                        rest = rest[i..].trim_start_matches(is_space);
                    }
                    None => {
                        put(rest)?;
                        break;
                    }
                }
            }
        }
    } else {
        let sep = as_str(sep)
            .ok_or_else(|| raise(&TYPE_ERROR, alloc::format!("must be str or None, not {}", type_name(sep))))?;
        if sep.is_empty() {
            return Err(raise(&VALUE_ERROR, "empty separator"));
        }
        if right {
            for part in s.rsplitn(max.saturating_add(1), sep) {
                put(part)?;
            }
        } else {
            for part in s.splitn(max.saturating_add(1), sep) {
                put(part)?;
            }
        }
    }
    if right {
        crate::list::list_items(l).reverse();
    }
    Ok(l)
}

fn strip_chars(a: &[Value]) -> R<Option<&'static str>> {
    match a.get(1) {
        None | Some(&NONE) => Ok(None),
        Some(&v) => Ok(Some(arg_str(v, "strip arg")?)),
    }
}

fn strip(a: &[Value], left: bool, right: bool) -> R {
    let s = as_str(a[0]).unwrap_or("");
    let chars = strip_chars(a)?;
    let test = |c: char| match &chars {
        None => is_space(c),
        Some(set) => set.contains(c),
    };
    let mut t = s;
    if left {
        t = t.trim_start_matches(test);
    }
    if right {
        t = t.trim_end_matches(test);
    }
    // A str (not a subclass's) with nothing to strip is itself, as CPython's.
    if t.len() == s.len() && core::ptr::eq(type_of(a[0]), &crate::object::STR_TYPE) {
        return Ok(a[0]);
    }
    from_str(t)
}

/// The (start, end) byte range of `s[start:end]` given as optional code-point arguments; an
/// empty range past the end is (1, 0), as one with end before start: CPython clamps only the
/// end, so `"abc".find("", 4)` is -1 and `"abc".startswith("", 4)` False.
fn sub_range(s: &str, start: Option<Value>, end: Option<Value>) -> R<(usize, usize)> {
    let n = char_count(s) as isize;
    let fix = |v: Option<Value>, default: isize| -> R<isize> {
        match v {
            None | Some(NONE) => Ok(default),
            Some(v) => {
                let i = crate::int::clamped_index(v, "slice")?;
                Ok(if i < 0 { i.saturating_add(n).max(0) } else { i })
            }
        }
    };
    let a = fix(start, 0)?;
    let b = fix(end, n)?.min(n);
    if b < a {
        return Ok((1, 0));
    }
    Ok((offset(s, a as usize), offset(s, b as usize)))
}

fn char_index(s: &str, byte: usize) -> isize {
    if is_ascii(s) {
        byte as isize
    } else {
        s[..byte].chars().count() as isize
    }
}

/// `find`, `rfind`, `index`, `rindex`.
fn find(a: &[Value], right: bool, raising: bool) -> R {
    let s = as_str(a[0]).unwrap_or("");
    let sub = arg_str(*a.get(1).unwrap_or(&NONE), "")?;
    let (x, y) = sub_range(s, a.get(2).copied(), a.get(3).copied())?;
    let found = if x > y {
        None
    } else {
        let hay = &s[x..y];
        if right { hay.rfind(sub) } else { hay.find(sub) }.map(|i| i + x)
    };
    match found {
        Some(i) => Ok(from_isize(char_index(s, i))),
        None if raising => Err(raise(&VALUE_ERROR, "substring not found")),
        None => Ok(small(-1)),
    }
}

fn affix(a: &[Value], end: bool) -> R {
    let s = as_str(a[0]).unwrap_or("");
    let (x, y) = sub_range(s, a.get(2).copied(), a.get(3).copied())?;
    // No range (start past end) matches nothing, not even "".
    let hay = if x > y { None } else { Some(&s[x..y]) };
    let test = |p: &str| hay.is_some_and(|h| if end { h.ends_with(p) } else { h.starts_with(p) });
    let what = *a.get(1).unwrap_or(&NONE);
    if let Some(items) = crate::list::seq_items(what).filter(|_| kind_of(what) == Kind::Tuple) {
        for &p in items {
            if test(arg_str(p, "tuple item")?) {
                return Ok(TRUE);
            }
        }
        return Ok(FALSE);
    }
    match as_str(what) {
        Some(p) => Ok(bool_value(test(p))),
        None => Err(raise(
            &TYPE_ERROR,
            alloc::format!(
                "{} first arg must be str or a tuple of str, not {}",
                if end { "endswith" } else { "startswith" },
                type_name(what)
            ),
        )),
    }
}

/// `s.removeprefix(p)` and `s.removesuffix(p)`.
fn remove_affix(a: &[Value], name: &str) -> R {
    let s = as_str(a[0]).unwrap_or("");
    let Some(p) = as_str(a[1]) else {
        return Err(raise(&TYPE_ERROR, alloc::format!("{name}() argument must be str, not {}", type_name(a[1]))));
    };
    let rest = if name == "removeprefix" { s.strip_prefix(p) } else { s.strip_suffix(p) };
    match rest {
        Some(r) if !p.is_empty() => from_str(r),
        _ => Ok(a[0]),
    }
}

fn all_chars(a: &[Value], test: fn(char) -> bool) -> R {
    let s = as_str(a[0]).unwrap_or("");
    Ok(bool_value(!s.is_empty() && s.chars().all(test)))
}

fn pad(a: &[Value], how: u8) -> R {
    let s = as_str(a[0]).unwrap_or("");
    let width = crate::int::ssize_arg(*a.get(1).unwrap_or(&small(0)), "width")?.max(0) as usize;
    let fill = match a.get(2) {
        Some(&f) => {
            let f = arg_str(f, "fill character")?;
            let mut cs = f.chars();
            match (cs.next(), cs.next()) {
                (Some(c), None) => c,
                _ => return Err(raise(&TYPE_ERROR, "The fill character must be exactly one character long")),
            }
        }
        None => ' ',
    };
    let n = char_count(s);
    if n >= width {
        return Ok(a[0]);
    }
    let total = width - n;
    let (left, right) = match how {
        b'<' => (0, total),
        b'>' => (total, 0),
        _ => {
            let left = total / 2 + (total & width & 1);
            (left, total - left)
        }
    };
    let len = fill.len_utf8().checked_mul(total).and_then(|f| f.checked_add(s.len())).ok_or_else(memory_error)?;
    build(len, |out| {
        let rest = put_fill(out, fill, left);
        let (mid, rest) = rest.split_at_mut(s.len());
        mid.copy_from_slice(s.as_bytes());
        put_fill(rest, fill, right);
    })
}

fn join(a: &[Value]) -> R {
    let sep = as_str(a[0]).unwrap_or("");
    let items = *a.get(1).unwrap_or(&NONE);
    if items == NONE || crate::int::as_int(items).is_some() || crate::float::as_float(items).is_some() {
        return Err(raise(&TYPE_ERROR, "can only join an iterable"));
    }
    let l = crate::list::to_list(items)?;
    let parts = crate::list::list_items(l);
    // The length first, then the text straight into the new str.
    let mut total = sep.len().saturating_mul(parts.len().saturating_sub(1));
    for (i, &v) in parts.iter().enumerate() {
        let Some(t) = as_str(v) else {
            return Err(raise(
                &TYPE_ERROR,
                alloc::format!("sequence item {i}: expected str instance, {} found", type_name(v)),
            ));
        };
        total = total.saturating_add(t.len());
    }
    let r = build(total, |out| {
        let mut at = 0;
        for (i, &v) in parts.iter().enumerate() {
            for piece in [if i > 0 { sep } else { "" }, as_str(v).unwrap_or("")] {
                out[at..at + piece.len()].copy_from_slice(piece.as_bytes());
                at += piece.len();
            }
        }
    });
    core::hint::black_box(l);
    r
}

fn partition(a: &[Value], right: bool) -> R {
    let s = as_str(a[0]).unwrap_or("");
    let sep = arg_str(*a.get(1).unwrap_or(&NONE), "")?;
    if sep.is_empty() {
        return Err(raise(&VALUE_ERROR, "empty separator"));
    }
    let at = if right { s.rfind(sep) } else { s.find(sep) };
    let (x, y, z) = match at {
        Some(i) => (&s[..i], sep, &s[i + sep.len()..]),
        None if right => ("", "", s),
        None => (s, "", ""),
    };
    let parts = [from_str(x)?, from_str(y)?, from_str(z)?];
    crate::list::new_tuple(&parts)
}

// Case and character classes. ASCII text takes ASCII paths. Text beyond ASCII takes
// Unicode's answers (from core's tables: full case mappings, so `'ß'.upper()` is `'SS'`; the
// final sigma) once the program has turned them on with `rt_unicode_case`: the compiler
// emits that call only into programs that name one of these methods, so only they link the
// tables (tens of KiB). Without it, letters beyond ASCII keep their case and are no letters.

/// What a character is asked about.
#[derive(Clone, Copy)]
enum Class {
    /// Python's letters (L*).
    Alpha,
    Upper,
    Lower,
    Numeric,
    /// May start an identifier (letters and letter numbers).
    IdentStart,
    /// May go on an identifier, beyond what may start one and the digits.
    IdentContinue,
}

/// A case mapping of text: None where the heap had no room for what it writes.
type Mapping = fn(&str) -> Option<String>;

/// Unicode's answers, for text beyond ASCII.
struct Casing {
    upper: Mapping,
    lower: Mapping,
    swapcase: Mapping,
    title: Mapping,
    capitalize: Mapping,
    class: fn(char, Class) -> bool,
}

/// The [`Casing`] in use, once turned on.
static CASING: crate::exc::Hook<&'static Casing> = crate::exc::Hook::new();

fn casing() -> Option<&'static Casing> {
    CASING.get()
}

/// Turns on Unicode's case mappings and character classes for text beyond ASCII.
#[no_mangle]
pub extern "C" fn rt_unicode_case() -> Value {
    CASING.set(&UNICODE);
    NONE
}

/// Runs `f` with ASCII case only (bytes methods: their case is ASCII's, whatever the bytes),
/// and bytes' whitespace and line boundaries.
pub fn with_ascii_case<T>(f: impl FnOnce() -> T) -> T {
    let saved = CASING.replace(None);
    let was_bytes = BYTES_TEXT.swap(true, core::sync::atomic::Ordering::Relaxed);
    let r = f();
    CASING.replace(saved);
    BYTES_TEXT.store(was_bytes, core::sync::atomic::Ordering::Relaxed);
    r
}

/// Whether the str methods are running for a bytes method (see [`with_ascii_case`]).
static BYTES_TEXT: core::sync::atomic::AtomicBool = core::sync::atomic::AtomicBool::new(false);

fn bytes_text() -> bool {
    BYTES_TEXT.load(core::sync::atomic::Ordering::Relaxed)
}

/// Whitespace to `split()`, `strip()` and `isspace()`: CPython's for str, Unicode's White_Space
/// and the separators \x1c-\x1f (which Rust's `char::is_whitespace` leaves out); for bytes only
/// ASCII's six, not \x1c-\x1f, \x85 or \xa0.
fn is_space(c: char) -> bool {
    if bytes_text() {
        matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c')
    } else {
        c.is_whitespace() || ('\x1c'..='\x1f').contains(&c)
    }
}

static UNICODE: Casing = Casing {
    upper: unicode::upper,
    lower: unicode::lower,
    swapcase: unicode::swapcase,
    title: unicode::title,
    capitalize: unicode::capitalize,
    class: unicode::class,
};

/// Text beyond ASCII, by `f` of the casing in use (where the heap has room for six times the
/// text: the mappings take its characters as `char`s, four bytes each, and write a buffer that
/// starts at its length); else by `ascii`, which changes the bytes of a copy made straight into
/// the new str.
fn cased(s: &str, f: fn(&Casing) -> Mapping, ascii: fn(&mut [u8])) -> R {
    match casing() {
        Some(c) if !is_ascii(s) => {
            crate::reserve::room_for_buffer(s.len().saturating_mul(6))?;
            from_str(&f(c)(s).ok_or_else(memory_error)?)
        }
        _ => build(s.len(), |out| {
            out.copy_from_slice(s.as_bytes());
            ascii(out);
        }),
    }
}

/// Whether `c` is of `class`; beyond ASCII only with the casing on.
fn is(c: char, class: Class) -> bool {
    if c.is_ascii() {
        match class {
            Class::Alpha | Class::IdentStart => c.is_ascii_alphabetic(),
            Class::IdentContinue => false,
            Class::Upper => c.is_ascii_uppercase(),
            Class::Lower => c.is_ascii_lowercase(),
            Class::Numeric => c.is_ascii_digit(),
        }
    } else {
        casing().is_some_and(|k| (k.class)(c, class))
    }
}

/// ASCII's case mappings, in place on UTF-8 text: bytes beyond ASCII (of characters beyond
/// it) are left alone, and are no letters.
mod ascii {
    pub fn upper(b: &mut [u8]) {
        b.make_ascii_uppercase();
    }

    pub fn lower(b: &mut [u8]) {
        b.make_ascii_lowercase();
    }

    pub fn swapcase(b: &mut [u8]) {
        for c in b {
            *c = if c.is_ascii_uppercase() { c.to_ascii_lowercase() } else { c.to_ascii_uppercase() };
        }
    }

    pub fn title(b: &mut [u8]) {
        let mut prev_cased = false;
        for c in b {
            let was = *c;
            *c = if prev_cased { c.to_ascii_lowercase() } else { c.to_ascii_uppercase() };
            prev_cased = was.is_ascii_alphabetic();
        }
    }

    pub fn capitalize(b: &mut [u8]) {
        if let Some((first, rest)) = b.split_first_mut() {
            first.make_ascii_uppercase();
            rest.make_ascii_lowercase();
        }
    }
}

mod unicode {
    use super::Class;
    use crate::unicode14::{self, Fold};
    use alloc::string::String;
    use alloc::vec::Vec;

    /// Text being written, grown fallibly (a mapping may make it up to three times as long as
    /// the text it maps, `ΐ` `Ϊ́`, in buffers the Rust allocator takes): once the heap has no
    /// room the rest is dropped and the whole is None, a MemoryError, not a failure inside
    /// the allocator.
    struct Out(Option<String>);

    impl Out {
        fn with_capacity(n: usize) -> Self {
            let mut t = String::new();
            Out(t.try_reserve_exact(n).is_ok().then_some(t))
        }
        fn push_str(&mut self, s: &str) {
            if let Some(t) = &mut self.0 {
                if t.try_reserve(s.len()).is_ok() {
                    t.push_str(s);
                } else {
                    self.0 = None;
                }
            }
        }
        fn push(&mut self, c: char) {
            self.push_str(c.encode_utf8(&mut [0; 4]));
        }
        fn done(self) -> Option<String> {
            self.0
        }
    }

    impl Extend<char> for Out {
        fn extend<I: IntoIterator<Item = char>>(&mut self, chars: I) {
            for c in chars {
                self.push(c);
            }
        }
    }

    /// The characters of `s`, in a buffer taken whole and fallibly.
    fn chars_of(s: &str) -> Option<Vec<char>> {
        let mut v = Vec::new();
        v.try_reserve_exact(super::char_count(s)).ok()?;
        v.extend(s.chars());
        Some(v)
    }

    /// The upper case of `c`, as Unicode 14.0 gives it (see [`unicode14`]).
    fn upper_of(c: char, out: &mut Out) {
        if unicode14::newer(c) || unicode14::upper_is_self(c) {
            out.push(c);
        } else {
            out.extend(c.to_uppercase());
        }
    }

    /// The lower case of `c`, as Unicode 14.0 gives it, without the final sigma.
    fn lower_of(c: char, out: &mut Out) {
        if unicode14::newer(c) {
            out.push(c);
        } else {
            out.extend(c.to_lowercase());
        }
    }

    /// `str.upper()`: each character's upper case (`ß` `SS`).
    pub fn upper(s: &str) -> Option<String> {
        let mut out = Out::with_capacity(s.len());
        for c in s.chars() {
            upper_of(c, &mut out);
        }
        out.done()
    }

    /// `str.lower()`: each character's lower case, with the final sigma.
    pub fn lower(s: &str) -> Option<String> {
        let chars = chars_of(s)?;
        let mut out = Out::with_capacity(s.len());
        for i in 0..chars.len() {
            lower_char(&chars, i, &mut out);
        }
        out.done()
    }

    pub fn class(c: char, class: Class) -> bool {
        if unicode14::newer(c) {
            return false;
        }
        match class {
            // core's Alphabetic less the letter-like numbers (`Ⅳ`), the marks it holds but
            // for the spacing ones (`ि`) and the circled and squared letters (`Ⓐ`).
            Class::Alpha => c.is_alphabetic() && !c.is_numeric() && !mark(c) && !enclosed_letter(c),
            Class::Upper => c.is_uppercase(),
            Class::Lower => unicode14::is_lowercase(c),
            Class::Numeric => crate::numerals::is_numeric(c),
            // XID_Start: letters and letter numbers with Other_ID_Start (`℘ ℮`), less what
            // NFKC makes no identifier of (`ͺ`, Arabic presentation forms).
            Class::IdentStart => match c {
                '\u{1885}' | '\u{1886}' | '\u{2118}' | '\u{212E}' => true,
                '\u{E33}' | '\u{EB3}' | '\u{FF9E}' | '\u{FF9F}' => false,
                _ => c.is_alphabetic() && !mark(c) && !enclosed_letter(c) && !not_identifier(c),
            },
            // XID_Continue beyond the start and the digits: the connector punctuation (`‿`),
            // Other_ID_Continue (`·`), and the letters NFKC lets go on but not start (`ำ`).
            // Marks but the enclosing ones (`⃝`) and those Grapheme_Extend adds, and the
            // spacing marks that are not Alphabetic (`༾`).
            Class::IdentContinue => {
                (mark(c) && !enclosing_or_not_mark(c))
                    || crate::numerals::decimal(c).is_some()
                    || matches!(
                        c,
                        '\u{B7}'
                            | '\u{387}'
                            | '\u{1369}'..='\u{1371}'
                            | '\u{19DA}'
                            | '\u{203F}'
                            | '\u{2040}'
                            | '\u{2054}'
                            | '\u{FE33}'
                            | '\u{FE34}'
                            | '\u{FE4D}'..='\u{FE4F}'
                            | '\u{FF3F}'
                            | '\u{E33}'
                            | '\u{EB3}'
                            | '\u{FF9E}'
                            | '\u{FF9F}'
                            | '\u{F3E}'
                            | '\u{F3F}'
                            | '\u{1CE1}'
                            | '\u{1CF7}'
                            | '\u{ABEC}'
                    )
            }
        }
    }

    /// Whether `c` is a combining mark (Unicode's Grapheme_Extend: the marks but for most
    /// spacing ones, `ि`), as core's `escape_debug` tells by escaping it at the start of text
    /// though it is printable.
    fn mark(c: char) -> bool {
        c.escape_debug().next() == Some('\\') && super::printable_beyond_ascii(c)
    }

    /// The enclosing marks (Me), and the characters Grapheme_Extend holds that are no marks
    /// (ZWNJ, tags, emoji modifiers).
    fn enclosing_or_not_mark(c: char) -> bool {
        matches!(c, '\u{488}' | '\u{489}' | '\u{1ABE}' | '\u{20DD}'..='\u{20E0}' | '\u{20E2}'..='\u{20E4}'
            | '\u{A670}'..='\u{A672}' | '\u{200C}' | '\u{E0020}'..='\u{E007F}' | '\u{1F3FB}'..='\u{1F3FF}')
    }

    /// The circled and squared letters (`Ⓐ 🄰`), Alphabetic symbols.
    fn enclosed_letter(c: char) -> bool {
        matches!(c, '\u{24B6}'..='\u{24E9}' | '\u{1F130}'..='\u{1F149}' | '\u{1F150}'..='\u{1F169}' | '\u{1F170}'..='\u{1F189}')
    }

    /// Letters that are in no identifier (NFKC makes something else of them, or they are
    /// Pattern_Syntax, `ⸯ`).
    fn not_identifier(c: char) -> bool {
        matches!(c, '\u{37A}' | '\u{2E2F}' | '\u{FC5E}'..='\u{FC63}' | '\u{FDFA}' | '\u{FDFB}')
            || (('\u{FE70}'..='\u{FE7E}').contains(&c) && (c as u32).is_multiple_of(2))
    }

    /// Whether `c` has case (Python's Lu, Ll, Lt and Unicode's Other_Uppercase and
    /// Other_Lowercase: Unicode's Cased).
    fn cased(c: char) -> bool {
        if unicode14::newer(c) {
            return false;
        }
        c.is_uppercase() || unicode14::is_lowercase(c) || c.to_lowercase().ne(c.to_uppercase())
    }

    /// Whether `c` is Unicode's Case_Ignorable (marks, format characters, modifiers, and the
    /// apostrophe, period and colon within words), which core does not tell but its `Σ` does:
    /// `c` is skipped when `Σ` looks behind for a cased letter, so `AcΣ` ends in `ς` where `cΣ`
    /// ends in `σ`.
    fn case_ignorable(c: char) -> bool {
        let mut buf = [0u8; 7];
        buf[0] = b'A';
        let n = c.encode_utf8(&mut buf[1..]).len();
        buf[1 + n..3 + n].copy_from_slice("Σ".as_bytes());
        let Ok(text) = core::str::from_utf8(&buf[..3 + n]) else { return false };
        text.to_lowercase().ends_with('ς') && text[1..].to_lowercase().ends_with('σ')
    }

    /// Whether `Σ` at `chars[i]` ends a word (Unicode's Final_Sigma): after a cased letter and
    /// not before one, skipping the case-ignorable characters between.
    fn final_sigma(chars: &[char], i: usize) -> bool {
        cased_next(chars[..i].iter().rev()) && !cased_next(chars[i + 1..].iter())
    }

    /// Whether the first character of `chars` that is not case-ignorable is cased.
    fn cased_next<'a>(mut chars: impl Iterator<Item = &'a char>) -> bool {
        chars.find(|&&c| !case_ignorable(c)).is_some_and(|&c| cased(c))
    }

    /// The title case of `c`, as Unicode's SpecialCasing gives it where it is not the upper case:
    /// a letter whose upper case is several (`ß` `SS`, the ligatures `ﬁ` `FI`, Armenian `և`) keeps
    /// only the first in upper case (`Ss`, `Fi`); Georgian letters stay (their upper case is for
    /// text in capitals); Greek letters with a iota below keep it below (`ᾳ` `ᾼ`, not `ΑΙ`);
    /// the digraphs (`ǆ`) have a title-case letter of their own (`ǅ`).
    fn titlecase(c: char, out: &mut Out) {
        let code = c as u32;
        if unicode14::newer(c) || unicode14::upper_is_self(c) {
            out.push(c);
            return;
        }
        let mut upper = c.to_uppercase();
        let t = match c {
            '\u{10d0}'..='\u{10fa}' | '\u{10fd}'..='\u{10ff}' | 'ᾼ' | 'ῌ' | 'ῼ' => c,
            '\u{1f80}'..='\u{1faf}' => char::from_u32(code | 8).unwrap_or(c),
            'ᾳ' | 'ῃ' | 'ῳ' => char::from_u32(code + 9).unwrap_or(c),
            'ᾲ' | 'ᾴ' | 'ᾷ' | 'ῂ' | 'ῄ' | 'ῇ' | 'ῲ' | 'ῴ' | 'ῷ' => {
                // (The upper case but for its last letter, `Ι`, and then the iota below.)
                let n = upper.len();
                out.extend(upper.take(n - 1));
                out.push('\u{345}');
                return;
            }
            'Ǆ' | 'ǅ' | 'ǆ' => 'ǅ',
            'Ǉ' | 'ǈ' | 'ǉ' => 'ǈ',
            'Ǌ' | 'ǋ' | 'ǌ' => 'ǋ',
            'Ǳ' | 'ǲ' | 'ǳ' => 'ǲ',
            // (`ŉ`'s upper case, `ʼN`, is its title case too.)
            'ŉ' => {
                out.extend(upper);
                return;
            }
            _ => {
                out.extend(upper.next());
                for rest in upper {
                    out.extend(rest.to_lowercase());
                }
                return;
            }
        };
        out.push(t);
    }

    /// The lower case of `chars[i]`, with the final sigma: `Σ` ending a word is `ς`.
    fn lower_char(chars: &[char], i: usize, out: &mut Out) {
        match chars[i] {
            'Σ' => out.push(if final_sigma(chars, i) { 'ς' } else { 'σ' }),
            c => lower_of(c, out),
        }
    }

    /// `str.title()`: each run of cased characters starts in title case, goes on lower case.
    pub fn title(s: &str) -> Option<String> {
        let chars = chars_of(s)?;
        let mut out = Out::with_capacity(s.len());
        let mut prev_cased = false;
        for (i, &c) in chars.iter().enumerate() {
            if prev_cased {
                lower_char(&chars, i, &mut out);
            } else {
                titlecase(c, &mut out);
            }
            prev_cased = cased(c);
        }
        out.done()
    }

    pub fn swapcase(s: &str) -> Option<String> {
        let chars = chars_of(s)?;
        let mut out = Out::with_capacity(s.len());
        for (i, &c) in chars.iter().enumerate() {
            if class(c, Class::Upper) {
                lower_char(&chars, i, &mut out);
            } else if class(c, Class::Lower) {
                upper_of(c, &mut out);
            } else {
                // (A titlecase letter, `ǅ`, is neither: it stays, as in CPython.)
                out.push(c);
            }
        }
        out.done()
    }

    pub fn capitalize(s: &str) -> Option<String> {
        let chars = chars_of(s)?;
        let mut out = Out::with_capacity(s.len());
        if let Some(&c) = chars.first() {
            titlecase(c, &mut out);
        }
        for i in 1..chars.len() {
            lower_char(&chars, i, &mut out);
        }
        out.done()
    }

    /// `str.casefold()`: Unicode's full case folding, character by character (`ß` is `ss`,
    /// `ς` and `ϲ`… are `σ`… as their upper case's lower case; Cherokee folds to capitals).
    pub fn casefold(s: &str) -> Option<String> {
        let mut out = Out::with_capacity(s.len());
        for c in s.chars() {
            if unicode14::newer(c) {
                out.push(c);
                continue;
            }
            match unicode14::fold(c) {
                Fold::Lower => out.extend(c.to_lowercase()),
                Fold::Upper => out.extend(c.to_uppercase()),
                Fold::DoubleS => out.push_str("ss"),
                Fold::LowerOfUpper => {
                    let mut upper = Out::with_capacity(12);
                    upper_of(c, &mut upper);
                    for u in upper.done()?.chars() {
                        out.extend(u.to_lowercase());
                    }
                }
            }
        }
        out.done()
    }
}

fn is_upper_lower(s: &str, upper: bool) -> bool {
    let mut any = false;
    for c in s.chars() {
        let (u, l) = (is(c, Class::Upper), is(c, Class::Lower));
        // (A titlecase letter, `ǅ`, is neither, and makes both false, as in CPython.)
        if (upper && l) || (!upper && u) || is_titlecase(c) {
            return false;
        }
        any |= if upper { u } else { l };
    }
    any
}

/// `str.istitle()`: upper case only after uncased characters, lower case only after cased.
fn is_title(s: &str) -> bool {
    let (mut prev_cased, mut any) = (false, false);
    for c in s.chars() {
        // (Titlecase letters, `ǅ`, count as upper case, as in CPython.)
        let (u, l) = (is(c, Class::Upper) || is_titlecase(c), is(c, Class::Lower));
        if (u && prev_cased) || (l && !prev_cased) {
            return false;
        }
        any |= u;
        prev_cased = u || l;
    }
    any
}

/// Whether `c` is a titlecase letter (Unicode's category Lt: the digraphs `ǅ ǈ ǋ ǲ` and the
/// Greek letters with prosgegrammeni).
fn is_titlecase(c: char) -> bool {
    matches!(c, '\u{1C5}' | '\u{1C8}' | '\u{1CB}' | '\u{1F2}' | '\u{1F88}'..='\u{1F8F}' | '\u{1F98}'..='\u{1F9F}'
        | '\u{1FA8}'..='\u{1FAF}' | '\u{1FBC}' | '\u{1FCC}' | '\u{1FFC}')
}

pub fn is_identifier(s: &str) -> bool {
    let mut cs = s.chars();
    matches!(cs.next(), Some(c) if c == '_' || is(c, Class::IdentStart))
        && cs.all(|c| c == '_' || is(c, Class::IdentStart) || c.is_ascii_digit() || is(c, Class::IdentContinue))
}

/// `str.maketrans(x[, y[, z]])`: the dict `translate` takes (code point → code point, str or
/// None).
fn maketrans(a: &[Value]) -> R {
    let out = crate::dict::new_dict()?;
    match *a {
        [map] => {
            if kind_of(map) != Kind::Dict {
                return Err(raise(&TYPE_ERROR, "if you give only one argument to maketrans it must be a dict"));
            }
            let mut pos = 0;
            while let Some((k, v)) = crate::dict::next_entry(map, &mut pos) {
                let key = match as_str(k) {
                    Some(t) if t.chars().count() == 1 => small(t.chars().next().unwrap_or('\0') as isize),
                    Some(_) => return Err(raise(&VALUE_ERROR, "string keys in translate table must be of length 1")),
                    None if crate::int::as_int(k).is_some() => k,
                    None => return Err(raise(&TYPE_ERROR, "keys in translate table must be strings or integers")),
                };
                crate::dict::set_item(out, key, v)?;
            }
        }
        [x, y, ..] => {
            let (Some(x), Some(y)) = (as_str(x), as_str(y)) else {
                return Err(raise(&TYPE_ERROR, "maketrans() arguments must be strs"));
            };
            if x.chars().count() != y.chars().count() {
                return Err(raise(&VALUE_ERROR, "the first two maketrans arguments must have equal length"));
            }
            for (c, d) in x.chars().zip(y.chars()) {
                crate::dict::set_item(out, small(c as isize), small(d as isize))?;
            }
            if let Some(&z) = a.get(2) {
                let Some(z) = as_str(z) else {
                    return Err(raise(&TYPE_ERROR, "maketrans() argument 3 must be str"));
                };
                for c in z.chars() {
                    crate::dict::set_item(out, small(c as isize), NONE)?;
                }
            }
        }
        [] => return Err(raise(&TYPE_ERROR, "maketrans() takes at least 1 argument (0 given)")),
    }
    Ok(out)
}

/// `text.translate(table)`: each character's code point looked up in `table` (any object
/// with `__getitem__`): a LookupError keeps the character, None drops it, an int or a str
/// replaces it.
fn translate(text: &str, table: Value) -> R {
    let mut out = Text::with_capacity(text.len())?;
    for c in text.chars() {
        let r = match crate::ops::getitem(table, small(c as isize)) {
            Ok(r) => r,
            Err(e) => {
                if pending_is(&LOOKUP_ERROR) {
                    take_pending();
                    out.push(c)?;
                    continue;
                }
                return Err(e);
            }
        };
        if r == NONE {
            continue;
        }
        if let Some(t) = as_str(r) {
            out.push_str(t)?;
            continue;
        }
        match crate::int::as_int(r) {
            Some(crate::int::Int::Small(n)) if (0..0x110000).contains(&n) => match char::from_u32(n as u32) {
                Some(d) => out.push(d)?,
                None => return Err(raise(&VALUE_ERROR, "character mapping must be in range(0x110000)")),
            },
            Some(_) => return Err(raise(&VALUE_ERROR, "character mapping must be in range(0x110000)")),
            None => return Err(raise(&TYPE_ERROR, "character mapping must return integer, None or str")),
        }
    }
    out.finish()
}

pub static METHODS: &[NativeObj] = crate::methods![
    NativeObj::method("capitalize", 0, 0, |a, _| {
        cased(as_str(a[0]).unwrap_or(""), |c| c.capitalize, ascii::capitalize)
    }),
    // (Its table is linked only where the method is: not through [`Casing`].)
    NativeObj::method("casefold", 0, 0, |a, _| {
        let s = as_str(a[0]).unwrap_or("");
        if casing().is_some() && !is_ascii(s) {
            crate::reserve::room_for_buffer(s.len().saturating_mul(6))?;
            return from_str(&unicode::casefold(s).ok_or_else(memory_error)?);
        }
        cased(s, |c| c.lower, ascii::lower)
    }),
    NativeObj::method("center", 1, 2, |a, _| pad(a, b'^')),
    NativeObj::method("count", 1, 3, |a, _| {
        let s = as_str(a[0]).unwrap_or("");
        let sub = arg_str(*a.get(1).unwrap_or(&NONE), "")?;
        let (x, y) = sub_range(s, a.get(2).copied(), a.get(3).copied())?;
        if x > y {
            return Ok(small(0));
        }
        let hay = &s[x..y];
        let n = if sub.is_empty() { char_count(hay) + 1 } else { hay.matches(sub).count() };
        Ok(from_isize(n as isize))
    }),
    NativeObj::method("encode", 0, 2, |a, kw| {
        kw.only("encode", &["encoding", "errors"])?;
        let arg = |i: usize, name: &str, default: &'static str| -> R<&'static str> {
            match a.get(i).copied().or_else(|| kw.get(name)) {
                None => Ok(default),
                Some(v) => {
                    as_str(v).map(|s| unsafe { core::mem::transmute::<&str, &'static str>(s) }).ok_or_else(|| {
                        raise(
                            &TYPE_ERROR,
                            alloc::format!("encode() argument '{name}' must be str, not {}", type_name(v)),
                        )
                    })
                }
            }
        };
        let (encoding, errors) = (arg(1, "encoding", "utf-8")?, arg(2, "errors", "strict")?);
        crate::bytes::new_bytes(&crate::bytes::encode_text(as_str(a[0]).unwrap_or(""), encoding, errors)?)
    })
    .keywords(),
    NativeObj::method("endswith", 1, 3, |a, _| affix(a, true)),
    NativeObj::method("expandtabs", 0, 1, |a, kw| {
        kw.only("expandtabs", &["tabsize"])?;
        let size = match a.get(1).copied().or_else(|| kw.get("tabsize")) {
            Some(v) => crate::int::ssize_arg(v, "tabsize")?,
            None => 8,
        };
        let s = as_str(a[0]).unwrap_or("");
        // The length first, then the text straight into the new str.
        let walk = |put: &mut dyn FnMut(&str, usize)| {
            let mut column = 0usize;
            for (i, c) in s.char_indices() {
                match c {
                    '\t' => {
                        if size > 0 {
                            let n = size as usize - column % size as usize;
                            put(" ", n);
                            column += n;
                        }
                    }
                    _ => {
                        put(&s[i..i + c.len_utf8()], 1);
                        column = if matches!(c, '\n' | '\r') { 0 } else { column + 1 };
                    }
                }
            }
        };
        let mut len = 0usize;
        walk(&mut |piece, n| len = len.saturating_add(piece.len().saturating_mul(n)));
        build(len, |out| {
            let mut at = 0;
            walk(&mut |piece, n| {
                for _ in 0..n {
                    out[at..at + piece.len()].copy_from_slice(piece.as_bytes());
                    at += piece.len();
                }
            });
        })
    })
    .keywords(),
    NativeObj::method("find", 1, 3, |a, _| find(a, false, false)),
    NativeObj::method("format", 0, ANY, |a, kw| crate::format::str_format(as_str(a[0]).unwrap_or(""), &a[1..], kw))
        .keywords(),
    NativeObj::method("format_map", 1, 1, |a, _| crate::format::str_format_map(as_str(a[0]).unwrap_or(""), a[1])),
    // (A static method: `a[0]` is the str it was reached through, or the type itself.)
    NativeObj::method("maketrans", 1, 3, |a, _| maketrans(&a[1..])),
    NativeObj::method("translate", 1, 1, |a, _| translate(as_str(a[0]).unwrap_or(""), a[1])),
    NativeObj::method("index", 1, 3, |a, _| find(a, false, true)),
    NativeObj::method("isalnum", 0, 0, |a, _| all_chars(a, |c| is(c, Class::Alpha) || is(c, Class::Numeric))),
    NativeObj::method("isalpha", 0, 0, |a, _| all_chars(a, |c| is(c, Class::Alpha))),
    NativeObj::method("isascii", 0, 0, |a, _| Ok(bool_value(is_ascii(as_str(a[0]).unwrap_or(""))))),
    NativeObj::method("isdecimal", 0, 0, |a, _| all_chars(a, |c| crate::numerals::decimal(c).is_some())),
    // (bytes' digits are ASCII's.)
    NativeObj::method("isdigit", 0, 0, |a, _| {
        all_chars(a, |c| if bytes_text() { c.is_ascii_digit() } else { crate::numerals::is_digit(c) })
    }),
    NativeObj::method("isidentifier", 0, 0, |a, _| Ok(bool_value(is_identifier(as_str(a[0]).unwrap_or(""))))),
    NativeObj::method("islower", 0, 0, |a, _| Ok(bool_value(is_upper_lower(as_str(a[0]).unwrap_or(""), false)))),
    NativeObj::method("isnumeric", 0, 0, |a, _| all_chars(a, |c| is(c, Class::Numeric))),
    NativeObj::method("isprintable", 0, 0, |a, _| {
        let s = as_str(a[0]).unwrap_or("");
        // (Without Unicode's table: controls and spaces beyond ASCII, as before it.)
        let tables = UNICODE_PRINT.get().is_some();
        Ok(bool_value(s.chars().all(|c| {
            if c.is_ascii() || tables {
                printable(c)
            } else {
                !(c.is_control() || c.is_whitespace())
            }
        })))
    }),
    NativeObj::method("isspace", 0, 0, |a, _| all_chars(a, is_space)),
    NativeObj::method("istitle", 0, 0, |a, _| Ok(bool_value(is_title(as_str(a[0]).unwrap_or(""))))),
    NativeObj::method("isupper", 0, 0, |a, _| Ok(bool_value(is_upper_lower(as_str(a[0]).unwrap_or(""), true)))),
    NativeObj::method("join", 1, 1, |a, _| join(a)),
    NativeObj::method("ljust", 1, 2, |a, _| pad(a, b'<')),
    NativeObj::method("lower", 0, 0, |a, _| { cased(as_str(a[0]).unwrap_or(""), |c| c.lower, ascii::lower) }),
    NativeObj::method("lstrip", 0, 1, |a, _| strip(a, true, false)),
    NativeObj::method("partition", 1, 1, |a, _| partition(a, false)),
    NativeObj::method("replace", 2, 3, |a, _| {
        let s = as_str(a[0]).unwrap_or("");
        let old = arg_str(*a.get(1).unwrap_or(&NONE), "replace() argument 1")?;
        let new = arg_str(*a.get(2).unwrap_or(&NONE), "replace() argument 2")?;
        let count = match a.get(3) {
            Some(&c) => index_of(c, "count")?,
            None => -1,
        };
        replace(s, old, new, if count < 0 { usize::MAX } else { count as usize })
    }),
    NativeObj::method("rfind", 1, 3, |a, _| find(a, true, false)),
    NativeObj::method("rindex", 1, 3, |a, _| find(a, true, true)),
    NativeObj::method("rjust", 1, 2, |a, _| pad(a, b'>')),
    NativeObj::method("rpartition", 1, 1, |a, _| partition(a, true)),
    NativeObj::method("rsplit", 0, 2, |a, kw| split(a, kw, true)).keywords(),
    NativeObj::method("rstrip", 0, 1, |a, _| strip(a, false, true)),
    NativeObj::method("split", 0, 2, |a, kw| split(a, kw, false)).keywords(),
    NativeObj::method("splitlines", 0, 1, |a, kw| {
        let s = as_str(a[0]).unwrap_or("");
        let keep = a
            .get(1)
            .copied()
            .or_else(|| kw.get("keepends"))
            .is_some_and(|v| v == TRUE || (is_small(v) && small_value(v) != 0));
        // Python's line boundaries: \n \r \r\n \v \f \x1c \x1d \x1e \x85 \u2028 \u2029; bytes'
        // are \n \r \r\n only.
        let all = !bytes_text();
        let l = new_list(&[])?;
        let mut start = 0;
        let mut it = s.char_indices().peekable();
        while let Some((i, c)) = it.next() {
            let end = match c {
                '\r' if it.peek().map(|p| p.1) == Some('\n') => {
                    it.next();
                    i + 2
                }
                '\n' | '\r' => i + 1,
                '\x0b' | '\x0c' | '\x1c' | '\x1d' | '\x1e' | '\u{85}' | '\u{2028}' | '\u{2029}' if all => {
                    i + c.len_utf8()
                }
                _ => continue,
            };
            let v = from_str(if keep { &s[start..end] } else { &s[start..i] })?;
            push(l, v)?;
            start = end;
        }
        if start < s.len() {
            let v = from_str(&s[start..])?;
            push(l, v)?;
        }
        Ok(l)
    })
    .keywords(),
    NativeObj::method("removeprefix", 1, 1, |a, _| remove_affix(a, "removeprefix")),
    NativeObj::method("removesuffix", 1, 1, |a, _| remove_affix(a, "removesuffix")),
    NativeObj::method("startswith", 1, 3, |a, _| affix(a, false)),
    NativeObj::method("strip", 0, 1, |a, _| strip(a, true, true)),
    NativeObj::method("swapcase", 0, 0, |a, _| { cased(as_str(a[0]).unwrap_or(""), |c| c.swapcase, ascii::swapcase) }),
    NativeObj::method("title", 0, 0, |a, _| { cased(as_str(a[0]).unwrap_or(""), |c| c.title, ascii::title) }),
    NativeObj::method("upper", 0, 0, |a, _| { cased(as_str(a[0]).unwrap_or(""), |c| c.upper, ascii::upper) }),
    NativeObj::method("zfill", 1, 1, |a, _| {
        let s = as_str(a[0]).unwrap_or("");
        let width = crate::int::ssize_arg(*a.get(1).unwrap_or(&small(0)), "width")?.max(0) as usize;
        let n = char_count(s);
        if n >= width {
            return Ok(a[0]);
        }
        let (sign, digits) = match s.chars().next() {
            Some(c @ ('+' | '-')) => (Some(c), &s[1..]),
            _ => (None, s),
        };
        let sign = sign.map_or(0, char::len_utf8);
        build(s.len() + width - n, |out| {
            let (head, rest) = out.split_at_mut(sign);
            head.copy_from_slice(&s.as_bytes()[..sign]);
            let rest = put_fill(rest, '0', width - n);
            rest.copy_from_slice(digits.as_bytes());
        })
    }),
];

/// `sub in s`.
pub fn contains(s: Value, sub: Value) -> R<bool> {
    let Some(t) = as_str(sub) else {
        return Err(raise(
            &TYPE_ERROR,
            alloc::format!("'in <string>' requires string as left operand, not {}", type_name(sub)),
        ));
    };
    Ok(as_str(s).unwrap_or("").contains(t))
}

/// Builds one str from `n` parts at `argv` (each already a str), for f-strings.
#[no_mangle]
pub unsafe extern "C" fn rt_str_join(argv: *const Value, n: usize) -> Value {
    let parts = crate::value::words(argv, n);
    // One buffer of the whole length, taken fallibly: text that outgrows the heap is a
    // MemoryError, not a failure of the Rust allocator.
    let total = parts.iter().map(|&p| as_str(p).map_or(0, str::len)).fold(0usize, usize::saturating_add);
    let mut out = String::new();
    if out.try_reserve_exact(total).is_err() {
        return ret(Err(crate::exc::memory_error()));
    }
    for &p in parts {
        out.push_str(as_str(p).unwrap_or(""));
    }
    ret(from_str(&out))
}

/// A copy of `s` in a Rust buffer taken fallibly.
pub fn text_of(s: &str) -> R<String> {
    let mut t = String::new();
    t.try_reserve_exact(s.len()).map_err(|_| memory_error())?;
    t.push_str(s);
    Ok(t)
}

/// [`repr`] in a buffer of its exact length taken fallibly (a long str's repr on a full heap is
/// a MemoryError).
pub fn repr_text(s: &str) -> R<String> {
    let quote = quote_for(s);
    let len = s.chars().map(|c| escaped_len(c, quote)).fold(2usize, usize::saturating_add);
    let mut out = String::new();
    out.try_reserve_exact(len).map_err(|_| memory_error())?;
    push_quoted(&mut out, s, quote);
    Ok(out)
}

/// The quote `repr` puts around `s`: single unless only double quotes avoid escapes. (By
/// bytes: `str::contains` with a `char` links core's substring search, 2 KB, for characters
/// beyond ASCII.)
fn quote_for(s: &str) -> char {
    let has = |c: u8| s.as_bytes().contains(&c);
    if has(b'\'') && !has(b'"') {
        '"'
    } else {
        '\''
    }
}

/// `repr(s)` as CPython writes it: single quotes unless only double quotes avoid escapes.
pub fn repr(s: &str) -> String {
    let quote = quote_for(s);
    repr_quoted(s, quote)
}

/// The repr of `s` cut to its first `n` characters, as CPython's `%.200R` does in messages:
/// only the part shown is escaped (`int('x' * 100000)` must not copy all of it).
pub fn repr_cut(s: &str, n: usize) -> String {
    let quote = quote_for(s);
    let end = s.char_indices().nth(n).map_or(s.len(), |(i, _)| i);
    let mut out = repr_quoted(&s[..end], quote);
    if let Some((i, _)) = out.char_indices().nth(n) {
        out.truncate(i);
    }
    out
}

/// Unicode's answer to whether a character beyond ASCII is printable, once the program has
/// turned it on with `rt_unicode_print` (a [`Hook`](crate::exc::Hook)): the compiler emits that call only into
/// programs that may make text beyond ASCII, so only they link core's tables (about 1.5 KB).
static UNICODE_PRINT: crate::exc::Hook<fn(char) -> bool> = crate::exc::Hook::new();

/// Turns on [`printable`]'s answers for characters beyond ASCII.
#[no_mangle]
pub extern "C" fn rt_unicode_print() -> Value {
    UNICODE_PRINT.set(printable_beyond_ascii);
    NONE
}

/// Whether `c` is printable as Python's `str.isprintable` and `repr` see it: not a control,
/// format, surrogate, private-use or unassigned character, nor a separator other than the
/// space. (Beyond ASCII without `rt_unicode_print`, in a program that cannot make such text:
/// yes.)
fn printable(c: char) -> bool {
    if c.is_ascii() {
        return (' '..='~').contains(&c);
    }
    match UNICODE_PRINT.get() {
        Some(f) => f(c),
        None => true,
    }
}

/// [`printable`] for a character beyond ASCII, by core's `escape_debug`, which escapes exactly
/// those characters (its tables are made from the same Unicode classes) and combining marks
/// at the start of the text, which it leaves after another character.
fn printable_beyond_ascii(c: char) -> bool {
    let mut buf = [0u8; 5];
    buf[0] = b'a';
    let n = c.encode_utf8(&mut buf[1..]).len();
    core::str::from_utf8(&buf[..1 + n]).map_or(true, |s| s.escape_debug().nth(1) != Some('\\'))
}

fn repr_quoted(s: &str, quote: char) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    push_quoted(&mut out, s, quote);
    out
}

/// The length of `c` in a repr quoted by `quote` (what [`push_quoted`] writes for it).
fn escaped_len(c: char, quote: char) -> usize {
    match c {
        '\\' | '\n' | '\r' | '\t' => 2,
        c if c == quote => 2,
        c if (c as u32) < 0x20 || c as u32 == 0x7f => 4,
        c if c.is_ascii() || printable(c) => c.len_utf8(),
        c if (c as u32) < 0x100 => 4,
        c if (c as u32) < 0x10000 => 6,
        _ => 10,
    }
}

fn push_quoted(out: &mut String, s: &str, quote: char) {
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => out.push_str(&alloc::format!("\\x{:02x}", c as u32)),
            c if c.is_ascii() || printable(c) => out.push(c),
            c if (c as u32) < 0x100 => out.push_str(&alloc::format!("\\x{:02x}", c as u32)),
            c if (c as u32) < 0x10000 => out.push_str(&alloc::format!("\\u{:04x}", c as u32)),
            c => out.push_str(&alloc::format!("\\U{:08x}", c as u32)),
        }
    }
    out.push(quote);
}

#[cfg(test)]
mod tests {
    #[test]
    fn repr_quotes_as_cpython() {
        assert_eq!(super::repr("a"), "'a'");
        assert_eq!(super::repr("it's"), "\"it's\"");
        assert_eq!(super::repr("'\""), "'\\'\"'");
        assert_eq!(super::repr("t\tn\n\\\x01é"), "'t\\tn\\n\\\\\\x01é'");
    }
}
