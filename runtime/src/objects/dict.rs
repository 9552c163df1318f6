//! Dicts: insertion-ordered entries with an open-addressed index, the methods people use, and
//! views. Sets share the object (their table is CPython's: `set.rs`); the set methods are here.

use crate::exc::*;
use crate::func::{ret, Kw, NativeObj, ANY};
use crate::gc;
use crate::list::{new_list, new_tuple, push};
use crate::object::*;
use crate::ops;
use crate::value::*;
use alloc::vec::Vec;

/// A dict, set or frozenset (whose entries' values are unused; see `set.rs` for how a set
/// uses the fields).
#[repr(C)]
pub struct DictObj {
    pub header: Header,
    /// Live entries.
    pub len: usize,
    /// Entries used, deleted ones (key 0) included.
    pub used: usize,
    pub cap: usize,
    /// `cap` entries of three words: hash (as a small int), key, value.
    pub entries: *mut Value,
    /// `2 * cap` slots, each 0 (empty) or an entry number plus one: bytes for a table of at
    /// most [`NARROW`] entries, words for a bigger one (see [`slot`]).
    pub index: *mut u8,
}

#[repr(C)]
pub struct ViewObj {
    pub header: Header,
    pub dict: Value,
}

fn d(v: Value) -> &'static mut DictObj {
    unsafe { body(v) }
}

/// Tables of at most this many entries index them with bytes: an instance's dict with its
/// table takes 80 bytes, not 104.
const NARROW: usize = 128;

/// The words of a table for `cap` entries: three per entry, then the index's `2 * cap` slots.
const fn table_words(cap: usize) -> usize {
    let w = core::mem::size_of::<Value>();
    cap * 3 + if cap <= NARROW { (2 * cap).div_ceil(w) } else { 2 * cap }
}

/// The first empty index slot of a table for `cap` entries at or after `h`'s place, set to
/// entry `n`.
fn place(index: *mut u8, cap: usize, h: usize, n: usize) {
    let mask = 2 * cap - 1;
    let mut p = Probe::new(h, mask);
    unsafe {
        if cap <= NARROW {
            while *index.add(p.i) != 0 {
                p.next(mask);
            }
            *index.add(p.i) = (n + 1) as u8;
        } else {
            let index = index as *mut usize;
            while *index.add(p.i) != 0 {
                p.next(mask);
            }
            *index.add(p.i) = n + 1;
        }
    }
}

/// The index slots a search for hash `h` visits: a run of neighbours from a start that the
/// hash's high bits decide too (its upper half folded onto its lower), so that keys whose
/// hashes share their low bits (`i << 16`) do not all start in one slot, as they would from the
/// low bits alone, making a dict of n of them take n² steps. (Walking on by CPython's perturbed
/// recurrence instead costs 4% of bm_wordcount, Fibonacci hashing 1.5%: the neighbours are
/// what most searches end in, and this start is two instructions.)
struct Probe {
    i: usize,
}

impl Probe {
    #[inline(always)]
    fn new(h: usize, mask: usize) -> Self {
        // (Of the bits an entry keeps of its hash, [`hash_tag`]'s: a table made again from its
        // entries probes as the table they were put in.)
        let kept = h << 1;
        // (On a 64-bit machine — `mpyc run` — a 32-bit fold leaves the keys `i << 16` and the
        // floats `i / 4`, whose hashes differ in bits 16–31 or above 58, in a few runs of
        // slots: there the start is the top bits of a Fibonacci product, all bits mixed.)
        #[cfg(target_pointer_width = "64")]
        let i = ((kept as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15)).checked_shr(64 - mask.count_ones()).unwrap_or(0)
            as usize;
        #[cfg(not(target_pointer_width = "64"))]
        let i = h ^ (kept >> (usize::BITS / 2 + 1));
        Probe { i: i & mask }
    }

    #[inline(always)]
    fn next(&mut self, mask: usize) {
        self.i = (self.i + 1) & mask;
    }
}

/// A table for `cap` entries: the entries (three words each) and, in the same run, the index
/// (small numbers, which the collector's scan passes over harmlessly).
fn alloc_table(cap: usize) -> R<(*mut Value, *mut u8)> {
    let entries = alloc_words(table_words(cap))?;
    Ok((entries, unsafe { entries.add(cap * 3) } as *mut u8))
}

/// The smallest table: room for this many entries.
pub const SMALL_CAP: usize = 4;
const DICT_HEAD: usize = core::mem::size_of::<DictObj>().next_multiple_of(2 * core::mem::size_of::<Value>());

/// The bytes of a new dict with its first table (room for `cap` entries, a power of two) in
/// the same run: [`DictObj`], then the entries and their index.
pub const fn dict_bytes(cap: usize) -> usize {
    DICT_HEAD + table_words(cap) * core::mem::size_of::<Value>()
}

/// Makes an empty dict of type `ty` in the [`dict_bytes`]`(cap)` zeroed bytes at `p` (a run of
/// the heap, or part of one): its first table follows it. A bigger table, later, is a run of
/// its own; the first stays with the run (freeing it does nothing: not a run's start).
///
/// # Safety
/// `p` is `dict_bytes(cap)` zeroed bytes of the heap, word-aligned, that nothing else uses;
/// `cap` is a power of two.
pub unsafe fn init_dict_at(p: *mut u8, ty: &'static TypeObj, cap: usize) -> Value {
    let entries = p.add(DICT_HEAD) as *mut Value;
    let index = entries.add(cap * 3) as *mut u8;
    (p as *mut DictObj).write(DictObj { header: Header::of(ty), len: 0, used: 0, cap, entries, index });
    p as Value
}

fn alloc_dict(ty: &'static TypeObj, cap: usize) -> R {
    let cap = cap.max(SMALL_CAP).next_power_of_two();
    if cap == SMALL_CAP {
        // The dict and its table in one run: one allocation.
        let p = crate::gc::alloc_raw(dict_bytes(cap), 0);
        if p.is_null() {
            return Err(crate::exc::memory_error());
        }
        return Ok(unsafe { init_dict_at(p, ty, cap) });
    }
    let (entries, index) = alloc_table(cap)?;
    alloc(DictObj { header: Header::of(ty), len: 0, used: 0, cap, entries, index })
}

pub fn new_dict() -> R {
    alloc_dict(&DICT_TYPE, 4)
}

pub fn new_set() -> R {
    crate::set::new(&SET_TYPE)
}

pub fn is_set(v: Value) -> bool {
    is_ptr(v) && matches!(ptr_kind(v), Kind::Set | Kind::FrozenSet)
}

impl DictObj {
    fn entry(&self, i: usize) -> (Value, Value, Value) {
        unsafe {
            let p = self.entries.add(3 * i);
            (*p, *p.add(1), *p.add(2))
        }
    }
    fn set_entry(&mut self, i: usize, h: Value, k: Value, v: Value) {
        unsafe {
            let p = self.entries.add(3 * i);
            *p = h;
            *p.add(1) = k;
            *p.add(2) = v;
        }
    }
    /// The live (key, value) pairs in insertion order (a set's in its table's order).
    pub fn pairs(&self) -> impl Iterator<Item = (Value, Value)> + '_ {
        (0..self.extent()).map(|i| self.entry(i)).filter(|e| e.1 != 0).map(|e| (e.1, e.2))
    }
    /// The entries to walk: those used of a dict, a set's whole table.
    fn extent(&self) -> usize {
        if matches!(unsafe { (*self.header.ty).kind }, Kind::Set | Kind::FrozenSet) {
            self.cap
        } else {
            self.used
        }
    }
}

fn hash_tag(h: usize) -> Value {
    (h << 1) | 1
}

/// The entry number holding `key`, if any.
fn find(dv: Value, key: Value, h: usize) -> R<Option<usize>> {
    Ok(find_slot(dv, key, h)?.ok())
}

/// The entry number holding `key` (hash `h`), or else the free index slot where the search
/// ended (of the table as it is when this returns).
fn find_slot(dv: Value, key: Value, h: usize) -> R<Result<usize, usize>> {
    if d(dv).cap <= NARROW {
        find_in::<u8>(dv, key, h)
    } else {
        find_in::<usize>(dv, key, h)
    }
}

/// [`find_slot`] in a table whose index slots are `S`.
#[inline(always)]
fn find_in<S: Slot>(dv: Value, key: Value, h: usize) -> R<Result<usize, usize>> {
    let (entries, mask) = (d(dv).entries, 2 * d(dv).cap - 1);
    let mut p = Probe::new(h, mask);
    loop {
        let (o, i) = (d(dv), p.i);
        let e = S::at(o.index, i);
        if e == 0 {
            return Ok(Err(i));
        }
        let (eh, ek, _) = o.entry(e - 1);
        if ek == key && ek != 0 {
            return Ok(Ok(e - 1));
        }
        if eh == hash_tag(h) && ek != 0 {
            let same = match str_pair_eq(ek, key) {
                Some(same) => same,
                None => match eq_in_place::<S>(dv, (i, e, ek), key, entries, mask)? {
                    Some(same) => same,
                    None => return find_slot(dv, key, h),
                },
            };
            if same {
                return Ok(Ok(e - 1));
            }
        }
        p.next(mask);
    }
}

/// An index slot's type: bytes in small tables, words in big ones.
trait Slot {
    fn at(index: *const u8, i: usize) -> usize;
    /// Slot `i` now holds entry number `e` plus one.
    fn put(index: *mut u8, i: usize, e: usize);
}

impl Slot for u8 {
    #[inline(always)]
    fn at(index: *const u8, i: usize) -> usize {
        unsafe { *index.add(i) as usize }
    }
    #[inline(always)]
    fn put(index: *mut u8, i: usize, e: usize) {
        unsafe { *index.add(i) = (e + 1) as u8 }
    }
}

impl Slot for usize {
    #[inline(always)]
    fn at(index: *const u8, i: usize) -> usize {
        unsafe { *(index as *const usize).add(i) }
    }
    #[inline(always)]
    fn put(index: *mut u8, i: usize, e: usize) {
        unsafe { *(index as *mut usize).add(i) = e + 1 }
    }
}

/// Whether two keys of the same hash are equal: two strs compared here, the rest by `==`.
#[inline(always)]
pub(crate) fn same_key(a: Value, b: Value) -> R<bool> {
    match str_pair_eq(a, b) {
        Some(same) => Ok(same),
        None => ops::eq(a, b),
    }
}

/// `ek == key` for the entry `e` at index slot `i`, or None when the comparison (Python code)
/// changed the table (perhaps its index's width too) or cleared or deleted the entry: the
/// search starts again then. Out of line: most keys are strs or ints, compared without a call.
#[inline(never)]
fn eq_in_place<S: Slot>(
    dv: Value,
    (i, e, ek): (usize, usize, Value),
    key: Value,
    entries: *mut Value,
    mask: usize,
) -> R<Option<bool>> {
    let same = ops::eq(ek, key)?;
    let o = d(dv);
    let unchanged = o.entries == entries && 2 * o.cap - 1 == mask && S::at(o.index, i) == e && o.entry(e - 1).1 == ek;
    Ok(unchanged.then_some(same))
}

/// Whether `a` and `b` are equal when both are strs of the built-in type (no Python code runs), else None.
#[inline(always)]
fn str_pair_eq(a: Value, b: Value) -> Option<bool> {
    if !(is_ptr(a) && is_ptr(b) && ptr_inline(a) == Kind::Str && ptr_inline(b) == Kind::Str) {
        return None;
    }
    let (x, y) = unsafe { (body::<crate::str::StrObj>(a).bytes(), body::<crate::str::StrObj>(b).bytes()) };
    // Byte by byte, inline: keys are short, and a call to memcmp costs more.
    if x.len() != y.len() {
        return Some(false);
    }
    let mut i = 0;
    while i < x.len() {
        if x[i] != y[i] {
            return Some(false);
        }
        i += 1;
    }
    Some(true)
}

/// Rebuilds the index (and compacts the entries), growing to hold `need` live entries and
/// half as many more (so that a dict whose deletions make room for its insertions is not
/// rebuilt at every insertion): a dict that only grows doubles.
#[inline(never)]
fn rebuild(dv: Value, need: usize) -> R<()> {
    let o = d(dv);
    let cap = (need + need / 2).max(4).next_power_of_two();
    let (entries, index) = alloc_table(cap)?;
    let o2 = d(dv);
    let _ = o;
    let mut n = 0;
    for i in 0..o2.used {
        let (h, k, v) = o2.entry(i);
        if k != 0 {
            // (The first table, in the dict's own run, stays in it: it must not keep the keys
            // and values alive once the dict lets them go.)
            o2.set_entry(i, h, 0, 0);
            unsafe {
                let p = entries.add(3 * n);
                *p = h;
                *p.add(1) = k;
                *p.add(2) = v;
            }
            place(index, cap, h >> 1, n);
            n += 1;
        }
    }
    gc::free(o2.entries as *mut u8);
    o2.entries = entries;
    o2.index = index;
    o2.cap = cap;
    o2.used = n;
    o2.len = n;
    Ok(())
}

pub fn set_item(dv: Value, key: Value, v: Value) -> R<()> {
    let h = ops::hash_quick(key)?;
    if d(dv).cap <= NARROW {
        set_item_in::<u8>(dv, key, h, v)
    } else {
        set_item_in::<usize>(dv, key, h, v)
    }
}

/// [`set_item`] with one probe: a new key goes into the free slot the search ended at, when
/// the table has room and no Python code can have changed it during the search (the key is
/// a small int or a str, which compare without any).
#[inline(always)]
fn set_item_in<S: Slot>(dv: Value, key: Value, h: usize, v: Value) -> R<()> {
    let plain = is_small(key) || (is_ptr(key) && ptr_inline(key) == Kind::Str);
    match find_in::<S>(dv, key, h)? {
        Ok(i) => {
            let o = d(dv);
            let (eh, ek, _) = o.entry(i);
            o.set_entry(i, eh, ek, v);
            Ok(())
        }
        Err(slot) if plain && d(dv).used < d(dv).cap => {
            let o = d(dv);
            let n = o.used;
            o.set_entry(n, hash_tag(h), key, v);
            S::put(o.index, slot, n);
            o.used += 1;
            o.len += 1;
            Ok(())
        }
        Err(_) => insert_new(dv, key, h, v),
    }
}

/// Adds `key` (hash `h`), known to be absent, with value `v`.
fn insert_new(dv: Value, key: Value, h: usize, v: Value) -> R<()> {
    if d(dv).used == d(dv).cap {
        let need = d(dv).len + 1;
        rebuild(dv, need)?;
    }
    let o = d(dv);
    let n = o.used;
    o.set_entry(n, hash_tag(h), key, v);
    place(o.index, o.cap, h, n);
    o.used += 1;
    o.len += 1;
    Ok(())
}

/// `d[name] = v` for a str key (an attribute name): no exception can arise from comparing.
/// Whether the key was added.
pub fn set_name(dv: Value, name: Value, v: Value) -> R<bool> {
    let h = crate::str::str_hash(name);
    if d(dv).cap <= NARROW {
        set_name_in::<u8>(dv, name, h, v)
    } else {
        set_name_in::<usize>(dv, name, h, v)
    }
}

/// [`set_name`] with one probe: the entry holding `name`, or the free slot a new entry goes in
/// (when the table has room; else it is rebuilt bigger first).
#[inline(always)]
fn set_name_in<S: Slot>(dv: Value, name: Value, h: usize, v: Value) -> R<bool> {
    match find_name_in::<S>(dv, name, h) {
        Ok(i) => {
            set_value_at(dv, i, v);
            Ok(false)
        }
        Err(slot) if d(dv).used < d(dv).cap => {
            let o = d(dv);
            let n = o.used;
            o.set_entry(n, hash_tag(h), name, v);
            S::put(o.index, slot, n);
            o.used += 1;
            o.len += 1;
            Ok(true)
        }
        Err(_) => insert_new(dv, name, h, v).map(|_| true),
    }
}

pub fn get(dv: Value, key: Value) -> R<Option<Value>> {
    let h = ops::hash_quick(key)?;
    Ok(find(dv, key, h)?.map(|i| d(dv).entry(i).2))
}

/// Looks up a str key by its text, for attribute dicts.
pub fn get_str(dv: Value, key: &str) -> Option<Value> {
    get_str_hashed(dv, key, crate::str::hash_text(key.as_bytes()))
}

/// [`get_str`] with the key's hash already known.
pub fn get_str_hashed(dv: Value, key: &str, h: usize) -> Option<Value> {
    find_by(dv, h, |k| crate::str::as_str(k) == Some(key)).map(|i| d(dv).entry(i).2)
}

/// The entry number holding the str `name` (an attribute name): no exception can arise, and
/// the same object (names from the program are one object per text) matches without
/// comparing text.
#[inline]
pub fn find_name(dv: Value, name: Value) -> Option<usize> {
    let h = crate::str::str_hash(name);
    if d(dv).cap <= NARROW {
        find_name_in::<u8>(dv, name, h).ok()
    } else {
        find_name_in::<usize>(dv, name, h).ok()
    }
}

/// The entry number holding `name`, or else the free index slot where the search ended.
#[inline(always)]
fn find_name_in<S: Slot>(dv: Value, name: Value, h: usize) -> Result<usize, usize> {
    let o = d(dv);
    let mask = 2 * o.cap - 1;
    let mut p = Probe::new(h, mask);
    loop {
        let e = S::at(o.index, p.i);
        if e == 0 {
            return Err(p.i);
        }
        let (eh, ek, _) = o.entry(e - 1);
        if eh == hash_tag(h) && ek != 0 && (ek == name || crate::str::str_eq(ek, name)) {
            return Ok(e - 1);
        }
        p.next(mask);
    }
}

/// The entry of `dv` whose hash is `h` and whose key satisfies `same`.
#[inline]
fn find_by(dv: Value, h: usize, same: impl Fn(Value) -> bool) -> Option<usize> {
    if d(dv).cap <= NARROW {
        find_by_in::<u8>(dv, h, same)
    } else {
        find_by_in::<usize>(dv, h, same)
    }
}

#[inline(always)]
fn find_by_in<S: Slot>(dv: Value, h: usize, same: impl Fn(Value) -> bool) -> Option<usize> {
    let o = d(dv);
    let mask = 2 * o.cap - 1;
    let mut p = Probe::new(h, mask);
    loop {
        let e = S::at(o.index, p.i);
        if e == 0 {
            return None;
        }
        let (eh, ek, _) = o.entry(e - 1);
        if eh == hash_tag(h) && ek != 0 && same(ek) {
            return Some(e - 1);
        }
        p.next(mask);
    }
}

/// The key and value of live-or-deleted entry `i` (key 0: deleted), if `i` is in use.
#[inline]
pub fn entry_at(dv: Value, i: usize) -> Option<(Value, Value)> {
    let o = d(dv);
    (i < o.used).then(|| {
        let (_, k, v) = o.entry(i);
        (k, v)
    })
}

/// Replaces the value of entry `i` (which is live).
#[inline]
pub fn set_value_at(dv: Value, i: usize, v: Value) {
    let o = d(dv);
    let (h, k, _) = o.entry(i);
    o.set_entry(i, h, k, v);
}

pub fn remove(dv: Value, key: Value) -> R<Option<Value>> {
    let h = ops::hash_quick(key)?;
    match find(dv, key, h)? {
        Some(i) => {
            let o = d(dv);
            let (eh, _, v) = o.entry(i);
            o.set_entry(i, eh, 0, 0);
            o.len -= 1;
            Ok(Some(v))
        }
        None => Ok(None),
    }
}

pub fn len(dv: Value) -> usize {
    d(dv).len
}

/// A name of a class body's namespace `ns` (a dict with str keys), or 0 when it has none yet:
/// the class body then reads the global or builtin of that name, as CPython's `LOAD_NAME`.
#[no_mangle]
pub extern "C" fn rt_ns_get(ns: Value, key: Value) -> Value {
    // A metaclass's `__prepare__` may have made any mapping: asked by `[]` (what it raises
    // counts as not having the name).
    if ptr_inline(ns) != Kind::Dict {
        return ops::getitem(ns, key).unwrap_or_else(|_| {
            crate::exc::take_pending();
            0
        });
    }
    match find_name(ns, key) {
        Some(i) => entry_at(ns, i).map_or(0, |(_, v)| v),
        None => 0,
    }
}

/// The keys, as a Vec (for messages and `dir`-like listings).
pub fn keys_vec(dv: Value) -> R<Vec<Value>> {
    crate::reserve::collected(d(dv).pairs().map(|(k, _)| k))
}

/// (keys, values) as two tuples.
pub fn keys_values(dv: Value) -> R<(Value, Value)> {
    let ks = crate::reserve::collected(d(dv).pairs().map(|p| p.0))?;
    let vs = crate::reserve::collected(d(dv).pairs().map(|p| p.1))?;
    let k = new_tuple(&ks)?;
    let v = new_tuple(&vs)?;
    Ok((k, v))
}

/// The `i`th live entry of a dict at or after entry number `*pos`, advancing `*pos` (a set's:
/// `set::next_entry`).
pub fn next_entry(dv: Value, pos: &mut usize) -> Option<(Value, Value)> {
    let o = d(dv);
    while *pos < o.used {
        let (_, k, v) = o.entry(*pos);
        *pos += 1;
        if k != 0 {
            return Some((k, v));
        }
    }
    None
}

pub fn contains(dv: Value, key: Value) -> R<bool> {
    Ok(get(dv, key)?.is_some())
}

/// A copy of dict `dv` (sets have `set::copy`).
pub fn copy(dv: Value) -> R {
    // (A subclass's object copies into a dict, as CPython's `dict.copy`: the subclass's
    // objects have a layout of their own.)
    let t = if type_of(dv).is_class() { &DICT_TYPE } else { type_of(dv) };
    let out = alloc_dict(t, d(dv).len)?;
    let pairs = crate::reserve::collected(d(dv).pairs())?;
    for (k, v) in pairs {
        set_item(out, k, v)?;
    }
    Ok(out)
}

/// Adds the entries of a dict, or of an iterable of pairs, to `dv`.
pub fn update(dv: Value, other: Value) -> R<()> {
    if is_ptr(other) && ptr_kind(other) == Kind::Dict {
        let pairs = crate::reserve::collected(d(other).pairs())?;
        for (k, v) in pairs {
            set_item(dv, k, v)?;
        }
        return Ok(());
    }
    // A mapping of the program's (a class with `keys` and `__getitem__`): by its keys.
    let t = type_of(other);
    if t.is_class() {
        if let Some(keys) = crate::func::lookup_name(t, crate::name!("keys")) {
            let keys = crate::func::call(keys, &[other], &crate::func::Kw::NONE)?;
            return crate::iter::for_each(keys, |k| set_item(dv, k, ops::getitem(other, k)?));
        }
    }
    let mut n = 0;
    crate::iter::for_each(other, |item| {
        let it = match crate::iter::iter(item) {
            Ok(it) => it,
            // (An item that is no iterable: CPython's word for it.)
            Err(_) if pending_is(&TYPE_ERROR) => {
                take_pending();
                let msg = alloc::format!("cannot convert dictionary update sequence element #{n} to a sequence");
                return Err(raise(&TYPE_ERROR, msg));
            }
            Err(e) => return Err(e),
        };
        let pair = crate::list::to_list(it)?;
        let items = crate::list::list_items(pair);
        if items.len() != 2 {
            return Err(raise(
                &VALUE_ERROR,
                alloc::format!("dictionary update sequence element #{n} has length {}; 2 is required", items.len()),
            ));
        }
        n += 1;
        set_item(dv, items[0], items[1])
    })
}

pub fn dict_new(args: &[Value], kw: &Kw) -> R {
    let out = new_dict()?;
    if args.len() > 2 {
        return Err(raise(&TYPE_ERROR, alloc::format!("dict expected at most 1 argument, got {}", args.len() - 1)));
    }
    if args.len() == 2 {
        update(out, args[1])?;
    }
    for (&k, &v) in kw.names.iter().zip(kw.values) {
        set_item(out, k, v)?;
    }
    Ok(out)
}

fn key_error(key: Value) -> Exc {
    raise_with(&KEY_ERROR, key)
}

pub fn getitem(dv: Value, key: Value) -> R {
    match get(dv, key)? {
        Some(v) => Ok(v),
        None => missing(dv, key),
    }
}

/// `d[key]` for a key `d` lacks: a dict subclass's `__missing__(key)`, else KeyError.
#[cold]
fn missing(dv: Value, key: Value) -> R {
    let t = type_of(dv);
    if t.is_class() {
        if let Some(f) = crate::func::lookup_name(t, crate::name!("__missing__")) {
            return crate::func::call(f, &[dv, key], &crate::func::Kw::NONE);
        }
    }
    Err(key_error(key))
}

/// Empties a dict or set (for `set.__init__` in a subclass).
pub fn clear_all(dv: Value) {
    clear(dv)
}

pub fn delitem(dv: Value, key: Value) -> R<()> {
    match remove(dv, key)? {
        Some(_) => Ok(()),
        None => Err(key_error(key)),
    }
}

/// Empties a dict, keeping its capacity, or a set.
fn clear(dv: Value) {
    if is_set(dv) {
        crate::set::clear(dv);
        return;
    }
    let o = d(dv);
    let bytes = if o.cap <= NARROW { 2 * o.cap } else { 2 * o.cap * core::mem::size_of::<usize>() };
    unsafe {
        core::ptr::write_bytes(o.index, 0, bytes);
        // (The entries too: the dict keeps its buffer, which must not keep keys and values alive.)
        core::ptr::write_bytes(o.entries, 0, 3 * o.used);
    }
    o.len = 0;
    o.used = 0;
}

fn view(dv: Value, ty: &'static TypeObj) -> R {
    alloc(ViewObj { header: Header::of(ty), dict: dv })
}

pub static DICT_METHODS: &[NativeObj] = crate::methods![
    // `dict.fromkeys(iterable, value=None)`, through the type (which the call passes first, as
    // a method's object) or a dict.
    NativeObj::new("fromkeys", |a, kw| {
        if !kw.is_empty() {
            return Err(raise(&TYPE_ERROR, "dict.fromkeys() takes no keyword arguments"));
        }
        let this = a[0];
        let a = a.get(1..).unwrap_or(&[]);
        let Some(&src) = a.first() else {
            return Err(raise(&TYPE_ERROR, "fromkeys expected at least 1 argument, got 0"));
        };
        if a.len() > 2 {
            return Err(raise(&TYPE_ERROR, alloc::format!("fromkeys expected at most 2 arguments, got {}", a.len())));
        }
        let value = a.get(1).copied().unwrap_or(NONE);
        // A subclass (`D.fromkeys`, `defaultdict.fromkeys`): `cls()`, each key set through its
        // `__setitem__`, as CPython's.
        let cls = as_type(this).unwrap_or_else(|| type_of(this));
        if cls.is_class() {
            let out = crate::func::call(cls.as_value(), &[], &Kw::NONE)?;
            crate::iter::for_each(src, |k| crate::ops::setitem(out, k, value))?;
            return Ok(out);
        }
        let out = new_dict()?;
        crate::iter::for_each(src, |k| set_item(out, k, value))?;
        Ok(out)
    }),
    NativeObj::method("clear", 0, 0, |a, _| {
        clear(a[0]);
        Ok(NONE)
    }),
    NativeObj::method("copy", 0, 0, |a, _| copy(a[0])),
    NativeObj::method("get", 1, 2, |a, _| Ok(get(a[0], a[1])?.unwrap_or(*a.get(2).unwrap_or(&NONE)))),
    NativeObj::method("items", 0, 0, |a, _| view(a[0], &DICT_ITEMS_TYPE)),
    NativeObj::method("keys", 0, 0, |a, _| view(a[0], &DICT_KEYS_TYPE)),
    NativeObj::method("pop", 1, 2, |a, _| match remove(a[0], a[1])? {
        Some(v) => Ok(v),
        None => a.get(2).copied().ok_or_else(|| key_error(a[1])),
    }),
    NativeObj::method("popitem", 0, 0, |a, _| {
        // (More deleted entries than live ones are dropped first, the table made anew, so that
        // emptying a dict by popitem takes linear time; without the room for that, the search
        // from the end goes over them.)
        let o = d(a[0]);
        if o.used - o.len > 8 && o.used - o.len > o.len && rebuild(a[0], o.len).is_err() {
            crate::exc::take_pending();
        }
        let o = d(a[0]);
        let last = (0..o.used).rev().map(|i| o.entry(i)).find(|e| e.1 != 0).map(|e| (e.1, e.2));
        match last {
            Some((k, v)) => {
                remove(a[0], k)?;
                new_tuple(&[k, v])
            }
            None => Err(raise(&KEY_ERROR, "popitem(): dictionary is empty")),
        }
    }),
    NativeObj::method("setdefault", 1, 2, |a, _| match get(a[0], a[1])? {
        Some(v) => Ok(v),
        None => {
            let v = *a.get(2).unwrap_or(&NONE);
            set_item(a[0], a[1], v)?;
            Ok(v)
        }
    }),
    NativeObj::method("update", 0, 1, |a, kw| {
        if a.len() > 1 {
            update(a[0], a[1])?;
        }
        for (&k, &v) in kw.names.iter().zip(kw.values) {
            set_item(a[0], k, v)?;
        }
        Ok(NONE)
    })
    .keywords(),
    NativeObj::method("values", 0, 0, |a, _| view(a[0], &DICT_VALUES_TYPE)),
];

// ---------------------------------------------------------------------------------------------
// Sets

pub fn add(sv: Value, key: Value) -> R<()> {
    crate::set::add(sv, key)
}

pub fn set_new(args: &[Value], kw: &Kw) -> R {
    kw.only("set", &[])?;
    crate::set::from_iterable(&SET_TYPE, *args.get(1).unwrap_or(&0))
}

pub fn frozenset_new(args: &[Value], kw: &Kw) -> R {
    kw.only("frozenset", &[])?;
    crate::set::from_iterable(&FROZENSET_TYPE, *args.get(1).unwrap_or(&0))
}

fn keys_of(v: Value) -> R<Vec<Value>> {
    crate::reserve::collected(d(v).pairs().map(|p| p.0))
}

/// Whether every element of `a` is in `b`.
pub fn subset(a: Value, b: Value) -> R<bool> {
    for k in keys_of(a)? {
        if !crate::set::contains(b, k)? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn as_set_arg(v: Value) -> R {
    if is_set(v) {
        Ok(v)
    } else {
        crate::set::from_iterable(&SET_TYPE, v)
    }
}

/// The methods of sets and frozensets, plus `$extra` (a set's mutating ones).
macro_rules! set_methods {
    ($($extra:expr),*) => {
        [
            NativeObj::method("copy", 0, 0, |a, _| crate::set::copy(a[0])),
            NativeObj::method("difference", 0, ANY, |a, _| crate::set::difference_many(a[0], &a[1..])),
            NativeObj::method("intersection", 0, ANY, |a, _| crate::set::intersection_many(a[0], &a[1..])),
            NativeObj::method("isdisjoint", 1, 1, |a, _| {
                let o = as_set_arg(a[1])?;
                let i = crate::set::intersection(a[0], o)?;
                Ok(bool_value(len(i) == 0))
            }),
            NativeObj::method("issubset", 1, 1, |a, _| {
                let o = as_set_arg(a[1])?;
                Ok(bool_value(subset(a[0], o)?))
            }),
            NativeObj::method("issuperset", 1, 1, |a, _| {
                let o = as_set_arg(a[1])?;
                Ok(bool_value(subset(o, a[0])?))
            }),
            NativeObj::method("symmetric_difference", 1, 1, |a, _| crate::set::symmetric_difference(a[0], a[1])),
            NativeObj::method("union", 0, ANY, |a, _| crate::set::union_many(a[0], &a[1..])),
            $($extra),*
        ]
    };
}

#[cfg_attr(target_os = "none", link_section = concat!(".rodata.mpyc.methods.", module_path!(), ".", line!()))]
static FROZENSET_ARRAY: [NativeObj; 8] = set_methods!();
pub static FROZENSET_METHODS: &[NativeObj] = &FROZENSET_ARRAY;

#[cfg_attr(target_os = "none", link_section = concat!(".rodata.mpyc.methods.", module_path!(), ".", line!()))]
static SET_ARRAY: [NativeObj; 17] = set_methods!(
    NativeObj::method("add", 1, 1, |a, _| add(a[0], a[1]).map(|_| NONE)),
    NativeObj::method("clear", 0, 0, |a, _| {
        clear(a[0]);
        Ok(NONE)
    }),
    NativeObj::method("difference_update", 0, ANY, |a, _| crate::set::difference_update_many(a[0], &a[1..])
        .map(|_| NONE)),
    NativeObj::method("discard", 1, 1, |a, _| crate::set::discard_key(a[0], a[1]).map(|_| NONE)),
    NativeObj::method("intersection_update", 0, ANY, |a, _| crate::set::intersection_update_many(a[0], &a[1..])
        .map(|_| NONE)),
    NativeObj::method("pop", 0, 0, |a, _| crate::set::pop(a[0])),
    NativeObj::method("remove", 1, 1, |a, _| match crate::set::discard_key(a[0], a[1])? {
        true => Ok(NONE),
        false => Err(key_error(a[1])),
    }),
    NativeObj::method("symmetric_difference_update", 1, 1, |a, _| crate::set::symmetric_difference_update(a[0], a[1])
        .map(|_| NONE)),
    NativeObj::method("update", 0, ANY, |a, _| crate::set::update_many(a[0], &a[1..]).map(|_| NONE))
);
pub static SET_METHODS: &[NativeObj] = &SET_ARRAY;

/// `{k: v, …}` from `n` pairs at `argv` (key, value, key, value…).
#[no_mangle]
pub unsafe extern "C" fn rt_build_dict(argv: *const Value, n: usize) -> Value {
    ret((|| {
        let out = alloc_dict(&DICT_TYPE, n)?;
        let items = crate::value::words(argv, 2 * n);
        for p in items.chunks(2) {
            set_item(out, p[0], p[1])?;
        }
        Ok(out)
    })())
}

#[no_mangle]
pub extern "C" fn rt_dict_set(dv: Value, k: Value, v: Value) -> Value {
    ret(set_item(dv, k, v).map(|_| NONE))
}

/// `**other` in a call of `f`: its items into the keyword arguments `dv`, as CPython merges
/// them: a mapping only, str keys only, and no keyword twice.
#[no_mangle]
pub extern "C" fn rt_kwargs_merge(dv: Value, other: Value, f: Value) -> Value {
    ret((|| {
        let keys = if is_ptr(other) && ptr_kind(other) == Kind::Dict {
            None
        } else {
            match crate::func::lookup_name(type_of(other), crate::name!("keys")) {
                Some(keys) => Some(crate::func::call(keys, &[other], &crate::func::Kw::NONE)?),
                None => {
                    let msg = alloc::format!(
                        "{} argument after ** must be a mapping, not {}",
                        crate::func::function_str(f),
                        type_name(other)
                    );
                    return Err(raise(&TYPE_ERROR, msg));
                }
            }
        };
        let add = |k: Value, v: Value| {
            let Some(name) = crate::str::as_str(k) else {
                return Err(raise(&TYPE_ERROR, "keywords must be strings"));
            };
            if get(dv, k)?.is_some() {
                let msg = alloc::format!(
                    "{} got multiple values for keyword argument '{name}'",
                    crate::func::function_str(f)
                );
                return Err(raise(&TYPE_ERROR, msg));
            }
            set_item(dv, k, v)
        };
        match keys {
            None => {
                let pairs = crate::reserve::collected(d(other).pairs())?;
                pairs.into_iter().try_for_each(|(k, v)| add(k, v))
            }
            Some(keys) => crate::iter::for_each(keys, |k| add(k, ops::getitem(other, k)?)),
        }
    })()
    .map(|_| NONE))
}

/// `{**other}` inside a dict display: a mapping only (a dict, or an object with `keys`).
#[no_mangle]
pub extern "C" fn rt_dict_unpack(dv: Value, other: Value) -> Value {
    let mapping = (is_ptr(other) && ptr_kind(other) == Kind::Dict)
        || crate::func::lookup_name(type_of(other), crate::name!("keys")).is_some();
    if !mapping {
        return ret(Err(raise(&TYPE_ERROR, alloc::format!("'{}' object is not a mapping", type_name(other)))));
    }
    ret(update(dv, other).map(|_| NONE))
}

#[no_mangle]
pub unsafe extern "C" fn rt_build_set(argv: *const Value, n: usize) -> Value {
    ret((|| {
        let out = new_set()?;
        for &v in crate::value::words(argv, n) {
            add(out, v)?;
        }
        Ok(out)
    })())
}

#[no_mangle]
pub extern "C" fn rt_set_add(s: Value, v: Value) -> Value {
    ret(add(s, v).map(|_| NONE))
}

/// The keys, values or items a view shows, as a list.
pub fn view_list(v: Value) -> R {
    let view: &ViewObj = unsafe { body(v) };
    let t = type_of(v);
    let pairs = crate::reserve::collected(d(view.dict).pairs())?;
    let out = new_list(&[])?;
    for (k, val) in pairs {
        let item = if core::ptr::eq(t, &DICT_KEYS_TYPE) {
            k
        } else if core::ptr::eq(t, &DICT_VALUES_TYPE) {
            val
        } else {
            new_tuple(&[k, val])?
        };
        push(out, item)?;
    }
    Ok(out)
}

pub fn view_dict(v: Value) -> Value {
    unsafe { body::<ViewObj>(v) }.dict
}

/// Whether `v` is a dict's keys or items view: a set of its own (values are not).
pub fn is_set_view(v: Value) -> bool {
    let t = type_of(v);
    core::ptr::eq(t, &DICT_KEYS_TYPE) || core::ptr::eq(t, &DICT_ITEMS_TYPE)
}

/// Whether `v` is a set, a frozenset, or a view that behaves as one.
pub fn set_like(v: Value) -> bool {
    matches!(kind_of(v), Kind::Set | Kind::FrozenSet) || (kind_of(v) == Kind::DictView && is_set_view(v))
}

/// `a | b`, `a & b`, `a - b`, `a ^ b` where one side is a dict's keys or items view and the
/// other any iterable: a new set, as CPython's views do.
/// The methods of a dict's keys and items (which are set-like).
pub static SET_VIEW_METHODS: &[NativeObj] = crate::methods![NativeObj::method("isdisjoint", 1, 1, |a, _| {
    // (Stops at the first shared item: the iterable may be endless.)
    let it = crate::iter::iter(a[1])?;
    while let Some(item) = crate::iter::next(it)? {
        if ops::contains(a[0], item)? {
            return Ok(FALSE);
        }
    }
    Ok(TRUE)
})];

/// `a op b` (`| & - ^`) with a dict's keys or items view on either side. Behind the gate of
/// the programs that name `keys` or `items` (which alone make such views).
#[inline(never)]
#[cfg_attr(target_os = "none", link_section = ".text.mpyc.gate.keys|items/view_set_op")]
pub fn view_set_op(op: usize, a: Value, b: Value) -> R {
    // CPython's views: a set of the left operand, updated with the right one. (Keys of a
    // plain dict: the set made from the dict itself, sized for them at once, which orders it
    // as CPython's.)
    let keys_of_dict = core::ptr::eq(type_of(a), &DICT_KEYS_TYPE) && core::ptr::eq(type_of(view_dict(a)), &DICT_TYPE);
    let x = crate::set::from_iterable(&SET_TYPE, if keys_of_dict { view_dict(a) } else { a })?;
    crate::set::binary(op, x, b, true)
}

/// `a op b` for a dict's keys or items with a set or another such view: by sizes and
/// containment, as CPython's (an item whose value is unhashable is compared, not hashed).
/// Behind the gate of the firmware that makes sets or views (a dict's `keys` and `items`).
#[inline(never)]
#[cfg_attr(
    target_os = "none",
    link_section = ".text.mpyc.gate.mpyc_SET_TYPE|mpyc_FROZENSET_TYPE|keys|items/view_compare"
)]
pub fn view_compare(op: usize, a: Value, b: Value) -> R<bool> {
    use crate::ops::cmpop::*;
    let within = |x: Value, y: Value| -> R<bool> {
        let mut all = true;
        crate::iter::for_each(x, |item| {
            all = all && ops::contains(y, item)?;
            Ok(())
        })?;
        Ok(all)
    };
    let (la, lb) = (ops::len(a)?, ops::len(b)?);
    Ok(match op {
        EQ => la == lb && within(a, b)?,
        NE => !(la == lb && within(a, b)?),
        LE => la <= lb && within(a, b)?,
        LT => la < lb && within(a, b)?,
        GE => la >= lb && within(b, a)?,
        _ => la > lb && within(b, a)?,
    })
}

/// `x in view`.
pub fn view_contains(v: Value, x: Value) -> R<bool> {
    let t = type_of(v);
    let dv = view_dict(v);
    if core::ptr::eq(t, &DICT_KEYS_TYPE) {
        return contains(dv, x);
    }
    let l = view_list(v)?;
    crate::list::contains(l, x)
}

/// Whether two dicts have equal items.
pub fn dict_eq(a: Value, b: Value) -> R<bool> {
    crate::stack::check_while("in comparison")?;
    if len(a) != len(b) {
        return Ok(false);
    }
    let pairs = crate::reserve::collected(d(a).pairs())?;
    for (k, v) in pairs {
        match get(b, k)? {
            Some(w) if w == v || ops::eq(v, w)? => {}
            _ => return Ok(false),
        }
    }
    Ok(true)
}

/// `set == set` and friends. Behind the gate of the firmware that makes sets.
#[inline(never)]
#[cfg_attr(target_os = "none", link_section = ".text.mpyc.gate.mpyc_SET_TYPE|mpyc_FROZENSET_TYPE/set_compare")]
pub fn set_compare(op: usize, a: Value, b: Value) -> R<bool> {
    use crate::ops::cmpop::*;
    Ok(match op {
        EQ => len(a) == len(b) && subset(a, b)?,
        NE => !(len(a) == len(b) && subset(a, b)?),
        LE => subset(a, b)?,
        LT => len(a) < len(b) && subset(a, b)?,
        GE => subset(b, a)?,
        _ => len(a) > len(b) && subset(b, a)?,
    })
}

#[cfg(test)]
mod tests {
    use super::Probe;

    /// Keys whose hashes differ only in high bits start in as many slots as there are keys
    /// (or nearly): `i << 16` and, on a 64-bit machine, `i << 40`.
    #[test]
    fn high_bits_spread_the_starts() {
        let mask = (1 << 12) - 1;
        let shifts: &[u32] = if usize::BITS == 64 { &[0, 16, 40] } else { &[0, 16] };
        for &shift in shifts {
            let starts: std::collections::BTreeSet<usize> =
                (0..4096usize).map(|i| Probe::new(i << shift, mask).i).collect();
            assert!(starts.len() > 2500, "i << {shift}: {} starts of 4096", starts.len());
        }
    }
}
