//! Sets and frozensets, in CPython's order. A set is a [`DictObj`] whose entries are CPython's
//! own hash table, slot for slot: a table of a power-of-two size with linear runs of probes
//! then perturbed ones, deleted slots left as dummies, grown when three fifths are in use,
//! and each operation (adding, merging, intersecting, popping) done the way CPython's
//! `setobject.c` does it — so a set iterates and prints in CPython's order wherever that order
//! is not salted (ints, floats, tuples of them: `print({3, 2})` shows `{2, 3}`).
//!
//! The fields of a set's [`DictObj`]: `cap` is the table's size, `len` the live elements,
//! `used` the slots ever filled (live ones and dummies: CPython's `fill`), `entries` the table
//! (three words a slot: the CPython hash's low word, the key, and the hash's high word on a
//! 32-bit machine — all 64 bits, as its probes use them), and `index`, which a dict's lookups
//! use, holds `pop`'s finger (the slot after the last popped) instead. An unused slot is all
//! zero; a dummy has key 0 and first word [`DUMMY`]; a live slot's key is never 0.

use crate::dict::{same_key, DictObj};
use crate::exc::*;
use crate::object::*;
use crate::pyhash::cpython_hash;
use crate::value::*;
use alloc::vec::Vec;

/// The smallest table.
pub const MIN_SIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;
/// The hash word of a deleted slot (even: never a small int's tag).
const DUMMY: Value = 2;

fn s(v: Value) -> &'static mut DictObj {
    unsafe { body(v) }
}

/// The first word and key of slot `i`.
fn slot(o: &DictObj, i: usize) -> (Value, Value) {
    unsafe {
        let p = o.entries.add(3 * i);
        (*p, *p.add(1))
    }
}

/// The CPython hash of the live slot at `p`.
fn hash_at_ptr(p: *const Value) -> i64 {
    unsafe {
        if usize::BITS == 64 {
            *p as i64
        } else {
            ((*p.add(2) as u64) << 32 | *p as u64) as i64
        }
    }
}

fn hash_at(o: &DictObj, i: usize) -> i64 {
    hash_at_ptr(unsafe { o.entries.add(3 * i) })
}

/// Slot `i` holds `key` of CPython hash `h`.
fn put(o: &mut DictObj, i: usize, h: i64, k: Value) {
    unsafe {
        let p = o.entries.add(3 * i);
        *p = h as usize;
        *p.add(1) = k;
        *p.add(2) = if usize::BITS == 64 { 0 } else { (h as u64 >> 32) as usize };
    }
}

/// Slot `i` is a dummy.
fn put_dummy(o: &mut DictObj, i: usize) {
    unsafe {
        let p = o.entries.add(3 * i);
        *p = DUMMY;
        *p.add(1) = 0;
        *p.add(2) = 0;
    }
}

fn finger(o: &DictObj) -> usize {
    o.index as usize
}

/// An empty set (or frozenset) of type `ty` with CPython's smallest table, in the same run
/// of the heap as the object (one allocation; a bigger table later is a run of its own).
pub fn new(ty: &'static TypeObj) -> R {
    let head = core::mem::size_of::<DictObj>().next_multiple_of(2 * core::mem::size_of::<Value>());
    let p = crate::gc::alloc_raw(head + MIN_SIZE * 3 * core::mem::size_of::<Value>(), 0);
    if p.is_null() {
        return Err(memory_error());
    }
    unsafe {
        let entries = p.add(head) as *mut Value;
        (p as *mut DictObj).write(DictObj {
            header: Header::of(ty),
            len: 0,
            used: 0,
            cap: MIN_SIZE,
            entries,
            index: core::ptr::null_mut(),
        });
    }
    Ok(p as Value)
}

/// The built-in type of a set's results: set or frozenset, never a subclass (as CPython's
/// operators answer).
fn base_type(v: Value) -> &'static TypeObj {
    if ptr_kind(v) == Kind::FrozenSet {
        &FROZENSET_TYPE
    } else {
        &SET_TYPE
    }
}

/// The slots CPython probes for hash `h` in a table of `mask + 1` slots, in its order: runs of
/// consecutive slots (one slot where a run would pass the table's end), each run's start
/// moved by the hash's higher bits, shifted in a little more each time.
struct Probes {
    mask: usize,
    start: usize,
    perturb: u64,
    k: usize,
}

impl Probes {
    #[inline(always)]
    fn new(h: i64, mask: usize) -> Probes {
        Probes { mask, start: h as usize & mask, perturb: h as u64, k: 0 }
    }

    #[inline(always)]
    fn next_slot(&mut self) -> usize {
        let run = if self.start + LINEAR_PROBES <= self.mask { LINEAR_PROBES } else { 0 };
        if self.k > run {
            self.perturb >>= PERTURB_SHIFT;
            self.start = self.start.wrapping_mul(5).wrapping_add(1).wrapping_add(self.perturb as usize) & self.mask;
            self.k = 0;
        }
        self.k += 1;
        self.start + self.k - 1
    }
}

/// Where a search for a key ended.
enum Search {
    Found(usize),
    /// Not there: the unused slot that ended the search, and the last dummy before it.
    Absent {
        unused: usize,
        dummy: Option<usize>,
    },
}

/// Looks for `key` (of CPython hash `h`) along its probes.
fn search(sv: Value, key: Value, h: i64) -> R<Search> {
    'restart: loop {
        let o = s(sv);
        let entries = o.entries;
        let mut probes = Probes::new(h, o.cap - 1);
        let mut dummy = None;
        loop {
            let j = probes.next_slot();
            let (eh, ek) = slot(s(sv), j);
            if ek == 0 {
                if eh == 0 {
                    return Ok(Search::Absent { unused: j, dummy });
                }
                dummy = Some(j);
                continue;
            }
            if ek == key {
                return Ok(Search::Found(j));
            }
            if hash_at(s(sv), j) == h {
                let same = same_key(ek, key)?;
                // The comparison (Python code) may have changed the table: start again.
                if s(sv).entries != entries || slot(s(sv), j).1 != ek {
                    continue 'restart;
                }
                if same {
                    return Ok(Search::Found(j));
                }
            }
        }
    }
}

/// The slot holding `key` (of CPython hash `h`), if any.
fn lookup(sv: Value, key: Value, h: i64) -> R<Option<usize>> {
    Ok(match search(sv, key, h)? {
        Search::Found(j) => Some(j),
        Search::Absent { .. } => None,
    })
}

pub fn contains(sv: Value, key: Value) -> R<bool> {
    let h = cpython_hash(key)?;
    Ok(lookup(sv, key, h)?.is_some())
}

/// A key of `in`, `remove` and `discard` with its hash: a set, unhashable, stands for the
/// frozenset of its items, as CPython retries these three (`{1} in {frozenset({1})}`).
fn hashed_key(key: Value) -> R<(Value, i64)> {
    match cpython_hash(key) {
        Ok(h) => Ok((key, h)),
        Err(_) if kind_of(key) == Kind::Set && pending_is(&TYPE_ERROR) => frozen_key(key),
        Err(e) => Err(e),
    }
}

/// The frozenset standing for set `key`, hashed. (Behind the set type's gate: the frozenset
/// type with it is linked only into firmware that makes sets.)
#[cfg_attr(target_os = "none", link_section = ".text.mpyc.gate.mpyc_SET_TYPE/frozen_key")]
#[inline(never)]
fn frozen_key(key: Value) -> R<(Value, i64)> {
    take_pending();
    let frozen = from_iterable(&FROZENSET_TYPE, key)?;
    Ok((frozen, cpython_hash(frozen)?))
}

/// `key in s`.
pub fn contains_key(sv: Value, key: Value) -> R<bool> {
    let (key, h) = hashed_key(key)?;
    Ok(lookup(sv, key, h)?.is_some())
}

/// `s.discard(key)` and `s.remove(key)`: whether it was there.
pub fn discard_key(sv: Value, key: Value) -> R<bool> {
    let (key, h) = hashed_key(key)?;
    discard_hashed(sv, key, h)
}

pub fn add(sv: Value, key: Value) -> R<()> {
    let h = cpython_hash(key)?;
    add_hashed(sv, key, h)
}

/// Adds `key` of CPython hash `h`: into the last dummy before the first unused slot of its
/// probes, or that slot; the table grows when three fifths of it are filled.
fn add_hashed(sv: Value, key: Value, h: i64) -> R<()> {
    let (unused, dummy) = match search(sv, key, h)? {
        Search::Found(_) => return Ok(()),
        Search::Absent { unused, dummy } => (unused, dummy),
    };
    let o = s(sv);
    o.len += 1;
    if let Some(d) = dummy {
        put(o, d, h, key);
        return Ok(());
    }
    put(o, unused, h, key);
    o.used += 1;
    if o.used * 5 < (o.cap - 1) * 3 {
        return Ok(());
    }
    let n = o.len;
    resize(sv, if n > 50000 { n * 2 } else { n * 4 })
}

/// A new table, the smallest bigger than `minused`, with the live keys in it (dummies gone),
/// placed in the old table's order.
fn resize(sv: Value, minused: usize) -> R<()> {
    let mut size = MIN_SIZE;
    while size <= minused {
        size <<= 1;
    }
    let o = s(sv);
    if size == MIN_SIZE && o.cap == MIN_SIZE && o.used == o.len {
        return Ok(());
    }
    let table = alloc_words(size * 3)?;
    let o = s(sv);
    let (old, old_cap) = (o.entries, o.cap);
    o.entries = table;
    o.cap = size;
    o.used = o.len;
    for i in 0..old_cap {
        let k = unsafe { *old.add(3 * i + 1) };
        if k != 0 {
            insert_clean(o, hash_at_ptr(unsafe { old.add(3 * i) }), k);
            // (The first table, in the set's own run, stays in it: it must not keep the keys
            // alive once the set lets them go.)
            unsafe { *old.add(3 * i + 1) = 0 };
        }
    }
    crate::gc::free(old as *mut u8);
    Ok(())
}

/// Puts `key` in the first unused slot of its probes (a table with no dummies, known not to
/// hold it).
fn insert_clean(o: &mut DictObj, h: i64, key: Value) {
    let mut probes = Probes::new(h, o.cap - 1);
    loop {
        let j = probes.next_slot();
        if slot(o, j).1 == 0 {
            put(o, j, h, key);
            return;
        }
    }
}

/// Removes `key`, leaving a dummy; whether it was there.
pub fn discard(sv: Value, key: Value) -> R<bool> {
    let h = cpython_hash(key)?;
    discard_hashed(sv, key, h)
}

fn discard_hashed(sv: Value, key: Value, h: i64) -> R<bool> {
    match lookup(sv, key, h)? {
        Some(i) => {
            let o = s(sv);
            put_dummy(o, i);
            o.len -= 1;
            Ok(true)
        }
        None => Ok(false),
    }
}

/// `set.pop()`: the first live slot from the finger on, round the table.
pub fn pop(sv: Value) -> R {
    let o = s(sv);
    if o.len == 0 {
        return Err(raise(&KEY_ERROR, "pop from an empty set"));
    }
    let mut i = finger(o) & (o.cap - 1);
    while slot(o, i).1 == 0 {
        i = (i + 1) & (o.cap - 1);
    }
    let key = slot(o, i).1;
    put_dummy(o, i);
    o.len -= 1;
    o.index = (i + 1) as *mut u8;
    Ok(key)
}

/// Empties the set, back to the smallest table (or, when there is no memory for one, its own
/// table emptied).
pub fn clear(sv: Value) {
    let o = s(sv);
    if o.cap != MIN_SIZE {
        if let Ok(table) = alloc_words(MIN_SIZE * 3) {
            let o = s(sv);
            crate::gc::free(o.entries as *mut u8);
            o.entries = table;
            o.cap = MIN_SIZE;
        }
    }
    let o = s(sv);
    unsafe { core::ptr::write_bytes(o.entries, 0, o.cap * 3) };
    o.len = 0;
    o.used = 0;
}

/// The next live element in table order at or after slot `*pos`, advancing `*pos`.
pub fn next_entry(sv: Value, pos: &mut usize) -> Option<Value> {
    let o = s(sv);
    while *pos < o.cap {
        let k = slot(o, *pos).1;
        *pos += 1;
        if k != 0 {
            return Some(k);
        }
    }
    None
}

/// The live (key, CPython hash) pairs in table order.
fn entries(sv: Value) -> R<Vec<(Value, i64)>> {
    let o = s(sv);
    crate::reserve::collected((0..o.cap).filter_map(|i| Some((slot(o, i).1, hash_at(o, i))).filter(|e| e.0 != 0)))
}

/// Adds the elements of the set `other` (`set_merge`): one resize first; an empty set takes
/// the other's slots as they are when the tables match, or places them afresh.
fn merge(sv: Value, other: Value) -> R<()> {
    let (so, oo) = (s(sv), s(other));
    if sv == other || oo.len == 0 {
        return Ok(());
    }
    if (so.used + oo.len) * 5 >= (so.cap - 1) * 3 {
        resize(sv, (so.len + oo.len) * 2)?;
    }
    let (so, oo) = (s(sv), s(other));
    if so.used == 0 && so.cap == oo.cap && oo.used == oo.len {
        for i in 0..oo.cap {
            let k = slot(oo, i).1;
            if k != 0 {
                put(so, i, hash_at(oo, i), k);
            }
        }
        so.used = oo.used;
        so.len = oo.len;
        return Ok(());
    }
    if so.used == 0 {
        so.used = oo.len;
        so.len = oo.len;
        for (k, h) in entries(other)? {
            insert_clean(s(sv), h, k);
        }
        return Ok(());
    }
    for (k, h) in entries(other)? {
        add_hashed(sv, k, h)?;
    }
    Ok(())
}

fn is_dict(v: Value) -> bool {
    is_ptr(v) && core::ptr::eq(type_of(v), &DICT_TYPE)
}

/// Adds what `other` holds (`set_update_internal`): a set merged, a dict's keys after one
/// resize, anything else element by element.
pub fn update(sv: Value, other: Value) -> R<()> {
    if crate::dict::is_set(other) {
        return merge(sv, other);
    }
    if is_dict(other) {
        let n = crate::dict::len(other);
        let o = s(sv);
        if (o.used + n) * 5 >= (o.cap - 1) * 3 {
            resize(sv, (o.len + n) * 2)?;
        }
        for k in crate::dict::keys_vec(other)? {
            add(sv, k)?;
        }
        return Ok(());
    }
    crate::iter::for_each(other, |k| add(sv, k))
}

/// A new set of type `ty` holding what `iterable` yields (nothing for 0).
pub fn from_iterable(ty: &'static TypeObj, iterable: Value) -> R {
    let out = new(ty)?;
    if iterable != 0 {
        update(out, iterable)?;
    }
    Ok(out)
}

/// `s.copy()`: a frozenset is its own copy.
pub fn copy(sv: Value) -> R {
    if core::ptr::eq(type_of(sv), &FROZENSET_TYPE) {
        return Ok(sv);
    }
    from_iterable(base_type(sv), sv)
}

/// `{a, b, c}` of constants: CPython's compiler makes them a frozenset, then (merging equal
/// constants) a frozenset again of that one's elements in its order, which the new set takes
/// in one merge — a table sized for them at once, so an order unlike adding them one by one.
pub fn build_folded(items: &[Value]) -> R {
    let first = new(&FROZENSET_TYPE)?;
    for &k in items {
        add(first, k)?;
    }
    let folded = new(&FROZENSET_TYPE)?;
    for (k, h) in entries(first)? {
        add_hashed(folded, k, h)?;
    }
    let out = new(&SET_TYPE)?;
    merge(out, folded)?;
    Ok(out)
}

/// `a & b` (`set_intersection`): the smaller set's elements, in its order, that the other
/// holds; with an iterable, its elements that the set holds.
pub fn intersection(sv: Value, other: Value) -> R {
    if sv == other {
        return from_iterable(base_type(sv), sv);
    }
    let result = new(base_type(sv))?;
    if crate::dict::is_set(other) {
        let (small, big) = if s(other).len > s(sv).len { (sv, other) } else { (other, sv) };
        for (k, h) in entries(small)? {
            if lookup(big, k, h)?.is_some() {
                add_hashed(result, k, h)?;
            }
        }
        return Ok(result);
    }
    crate::iter::for_each(other, |k| {
        let h = cpython_hash(k)?;
        if lookup(sv, k, h)?.is_some() {
            add_hashed(result, k, h)?;
        }
        Ok(())
    })?;
    Ok(result)
}

/// `a -= b` (`set_difference_update_internal`): each of the other's elements discarded; a
/// table more than a quarter dummies is then rebuilt.
pub fn difference_update(sv: Value, other: Value) -> R<()> {
    if sv == other {
        clear(sv);
        return Ok(());
    }
    if crate::dict::is_set(other) {
        // A much bigger other set: only the common part matters.
        let other = if (s(other).len >> 3) > s(sv).len { intersection(sv, other)? } else { other };
        for (k, h) in entries(other)? {
            discard_hashed(sv, k, h)?;
        }
    } else {
        crate::iter::for_each(other, |k| discard(sv, k).map(|_| ()))?;
    }
    let o = s(sv);
    if o.used - o.len <= (o.cap - 1) / 4 {
        return Ok(());
    }
    let n = o.len;
    resize(sv, if n > 50000 { n * 2 } else { n * 4 })
}

/// `a - b` (`set_difference`): a copy with the other's elements discarded when the set is
/// much bigger (or the other is no set or dict), else the set's elements the other lacks.
pub fn difference(sv: Value, other: Value) -> R {
    let other_len = if crate::dict::is_set(other) || is_dict(other) { Some(crate::dict::len(other)) } else { None };
    match other_len {
        Some(n) if (s(sv).len >> 2) <= n => {
            let result = new(base_type(sv))?;
            for (k, h) in entries(sv)? {
                let there =
                    if is_dict(other) { crate::dict::contains(other, k)? } else { lookup(other, k, h)?.is_some() };
                if !there {
                    add_hashed(result, k, h)?;
                }
            }
            Ok(result)
        }
        _ => {
            let result = from_iterable(base_type(sv), sv)?;
            difference_update(result, other)?;
            Ok(result)
        }
    }
}

/// `a ^= b` (`set_symmetric_difference_update`): each element of the other discarded if
/// there, added if not.
pub fn symmetric_difference_update(sv: Value, other: Value) -> R<()> {
    if sv == other {
        clear(sv);
        return Ok(());
    }
    let other = if crate::dict::is_set(other) || is_dict(other) { other } else { from_iterable(base_type(sv), other)? };
    let pairs: Vec<(Value, i64)> = if is_dict(other) {
        let keys = crate::dict::keys_vec(other)?;
        let mut pairs = crate::reserve::vec_with(keys.len())?;
        for k in keys {
            pairs.push((k, cpython_hash(k)?));
        }
        pairs
    } else {
        entries(other)?
    };
    for (k, h) in pairs {
        if !discard_hashed(sv, k, h)? {
            add_hashed(sv, k, h)?;
        }
    }
    Ok(())
}

/// `a ^ b` (`set_symmetric_difference`): a set of the other's elements, updated with this one.
pub fn symmetric_difference(sv: Value, other: Value) -> R {
    let result = from_iterable(base_type(sv), other)?;
    symmetric_difference_update(result, sv)?;
    Ok(result)
}

/// `a | b`: a copy, updated with the other.
pub fn union(sv: Value, other: Value) -> R {
    let result = from_iterable(base_type(sv), sv)?;
    if sv != other {
        update(result, other)?;
    }
    Ok(result)
}

/// Makes `sv` hold `tmp`'s table (`set_swap_bodies`, for `&=`).
fn take_table(sv: Value, tmp: Value) {
    let (a, b) = (s(sv), s(tmp));
    core::mem::swap(&mut a.entries, &mut b.entries);
    core::mem::swap(&mut a.cap, &mut b.cap);
    core::mem::swap(&mut a.used, &mut b.used);
    core::mem::swap(&mut a.len, &mut b.len);
}

/// `a &= b`.
pub fn intersection_update(sv: Value, other: Value) -> R<()> {
    let tmp = intersection(sv, other)?;
    take_table(sv, tmp);
    Ok(())
}

/// `a op b` for two sets or frozensets (`op` a binary operator), in place when `inplace`
/// and `a` is a set. Behind the gate of the firmware that makes sets.
#[inline(never)]
#[cfg_attr(target_os = "none", link_section = ".text.mpyc.gate.mpyc_SET_TYPE|mpyc_FROZENSET_TYPE/set_binary")]
pub fn binary(op: usize, a: Value, b: Value, inplace: bool) -> R {
    use crate::ops::binop::*;
    if inplace && ptr_kind(a) == Kind::Set {
        match op {
            OR => update(a, b)?,
            AND => intersection_update(a, b)?,
            SUB => difference_update(a, b)?,
            _ => symmetric_difference_update(a, b)?,
        }
        return Ok(a);
    }
    match op {
        OR => union(a, b),
        AND => intersection(a, b),
        SUB => difference(a, b),
        _ => symmetric_difference(a, b),
    }
}

/// `s.union(*others)`, `s.intersection(*others)`, `s.difference(*others)`.
pub fn union_many(sv: Value, others: &[Value]) -> R {
    let result = from_iterable(base_type(sv), sv)?;
    for &o in others {
        if o != sv {
            update(result, o)?;
        }
    }
    Ok(result)
}

pub fn intersection_many(sv: Value, others: &[Value]) -> R {
    if others.is_empty() {
        return from_iterable(base_type(sv), sv);
    }
    let mut result = sv;
    for &o in others {
        result = intersection(result, o)?;
    }
    Ok(result)
}

pub fn difference_many(sv: Value, others: &[Value]) -> R {
    match others {
        [] => from_iterable(base_type(sv), sv),
        [o] => difference(sv, *o),
        _ => {
            let result = from_iterable(base_type(sv), sv)?;
            for &o in others {
                difference_update(result, o)?;
            }
            Ok(result)
        }
    }
}

/// `s.update(*others)`, `s.intersection_update(*others)`, `s.difference_update(*others)`.
pub fn update_many(sv: Value, others: &[Value]) -> R<()> {
    for &o in others {
        update(sv, o)?;
    }
    Ok(())
}

pub fn intersection_update_many(sv: Value, others: &[Value]) -> R<()> {
    let tmp = intersection_many(sv, others)?;
    if tmp != sv {
        take_table(sv, tmp);
    }
    Ok(())
}

pub fn difference_update_many(sv: Value, others: &[Value]) -> R<()> {
    for &o in others {
        difference_update(sv, o)?;
    }
    Ok(())
}

/// `{…}` of constants (`n` values at `argv`), as CPython's compiler builds it.
///
/// # Safety
/// `argv` points to `n` values.
#[no_mangle]
pub unsafe extern "C" fn rt_build_set_folded(argv: *const Value, n: usize) -> Value {
    crate::func::ret(build_folded(crate::value::words(argv, n)))
}
