//! The garbage-collected heap: 16-byte blocks with one state byte each, mark-sweep over a
//! conservative scan of the stack, the saved registers, the registered roots and every object.
//!
//! A word anywhere in a root or a scanned object that points into an allocated run of blocks
//! (its first block or any later one) keeps that run alive. Objects that hold no pointers are
//! allocated as leaves and not scanned. On a microcontroller the Rust global allocator
//! takes its memory from this heap too, as pinned runs that are roots until freed.
//!
//! The heap is used from both ends: small runs (objects) from the bottom up, next fit; big
//! runs ([`BIG`] blocks or more: list and dict tables, strings, big-int digits, generators'
//! frames) from the top down. Long-lived small objects then never cut up the room that the
//! next growth of a big table needs.

use crate::exc::Global;
use crate::value::Value;

pub const BLOCK: usize = 16;

/// Runs of this many blocks (256 bytes) or more come from the top of the heap.
const BIG: usize = 16;
/// Quarters of the free blocks that small runs may take between collections.
const SMALL_SHARE: usize = 3;
/// Quarters of the free blocks the big runs may go down over between collections.
const BIG_SHARE: usize = 1;

const FREE: u8 = 0;
const HEAD: u8 = 1;
const TAIL: u8 = 2;
const STATE: u8 = 3;
const MARK: u8 = 4;
/// The run holds no pointers and is not scanned.
pub const LEAF: u8 = 8;
/// The run belongs to the Rust allocator: a root until it is freed, never swept.
pub const PINNED: u8 = 16;
/// The run is a generator object: scanned as [`crate::gen::scan_ranges`] says (its values and
/// the live part of its stack), not word by word.
pub const GEN: u8 = 64;

/// Four state bytes read as one word (little-endian: block `i` is the low byte).
const ONES: u32 = 0x0101_0101;
const TAILS: u32 = TAIL as u32 * ONES;

struct Heap {
    base: usize,
    blocks: usize,
    table: *mut u8,
    /// Where the next search for free blocks starts.
    hint: usize,
    /// The lowest block below the hint that may be free (a hole a search passed over as too
    /// small, or a run freed explicitly), or `usize::MAX`: below it, nothing is free.
    hole: usize,
    /// With `hint`, the end of the small runs: nothing in `max(top, hint)..low` is in use.
    /// The allocation fast paths only move the hint up, so they leave `top` alone; whatever
    /// moves the hint down over blocks in use (a search from a hole) raises `top` to it first.
    top: usize,
    /// The start of the big runs taken from the top of the heap (`blocks` when none is).
    low: usize,
    /// Where the next search for a big run starts, going down: the top of the heap after a
    /// collection, the last big run taken after that.
    down: usize,
    /// When the search for big runs has gone below this block, a collection comes first: set
    /// by each collection where a quarter of the free blocks lie above it ([`BIG_SHARE`]), so
    /// that the big runs a program keeps are packed near the top instead of spread over the
    /// heap by the big temporaries made between them.
    due: usize,
    /// How far small runs go up: set by each collection where [`SMALL_SHARE`] quarters of the
    /// heap's free blocks are below it (the holes among the small runs first), so that the
    /// small objects that outlive the next collection are not spread over the room big runs
    /// need.
    ceiling: usize,
    /// Set when a collection left no room for a small run below the ceiling: small runs may
    /// then take any free blocks until the next collection.
    spill: bool,
    /// The most blocks the two ends have spanned (at a collection, before the sweep).
    peak: usize,
    /// The highest stack address to scan (the stack grows down from it).
    stack_base: usize,
    /// Ranges of words that are roots: (start, count).
    roots: [(usize, usize); 8],
    /// What the allocation slow path must look at first: [`STRESS`] (collect before every
    /// allocation, a debugging aid that tests use) and [`LOCKED`] (one test of one byte when
    /// neither).
    slow: u8,
    /// `ceiling`, or 0 under `stress`: the allocation fast paths' bound (so that they need
    /// no test of `stress` of their own).
    fast_limit: usize,
    collecting: bool,
    collections: usize,
    mark_stack: [(usize, usize); 48],
    mark_len: usize,
    mark_overflow: bool,
    /// Where the Rust allocator's memory comes from now: [`RUST_PINNED`], [`RUST_LEAF`] (its
    /// runs hold no pointers for now, see [`leaf_allocs`]) or [`RUST_ARENA`] (the heap is
    /// locked).
    rust: u8,
    /// How many hard callbacks hold the heap locked (`lock`): no Python object can be made.
    locked: usize,
    /// A long run that never moves and is pointed into all over (the generators' run area:
    /// frames point into themselves): its head and length in blocks, found at once.
    known: (usize, usize),
}

const STRESS: u8 = 1;
const LOCKED: u8 = 2;
const RUST_PINNED: u8 = 0;
const RUST_LEAF: u8 = 1;
#[cfg_attr(not(target_os = "none"), allow(dead_code))]
const RUST_ARENA: u8 = 2;

static HEAP: Global<Heap> = Global::new(Heap {
    base: 0,
    blocks: 0,
    table: core::ptr::null_mut(),
    hint: 0,
    // (`init` sets it to none; a zero here keeps HEAP out of `.data`.)
    hole: 0,
    top: 0,
    low: 0,
    down: 0,
    due: 0,
    ceiling: 0,
    spill: false,
    peak: 0,
    stack_base: 0,
    roots: [(0, 0); 8],
    slow: 0,
    fast_limit: 0,
    collecting: false,
    collections: 0,
    mark_stack: [(0, 0); 48],
    mark_len: 0,
    mark_overflow: false,
    rust: RUST_PINNED,
    locked: 0,
    known: (0, 0),
});

/// Makes `[start, start + len)` the heap: a state table at its start, blocks after it.
///
/// # Safety
/// The memory must be unused and stay reserved for the heap.
pub unsafe fn init(start: usize, len: usize) {
    let start = (start + BLOCK - 1) & !(BLOCK - 1);
    let blocks = len / (BLOCK + 1);
    let table = start as *mut u8;
    let base = (start + blocks + BLOCK - 1) & !(BLOCK - 1);
    // The padding too: the sweep reads the table four bytes at a time.
    core::ptr::write_bytes(table, FREE, base - start);
    let h = HEAP.get();
    h.base = base;
    h.blocks = blocks.min((start + len - base) / BLOCK);
    h.table = table;
    h.hint = 0;
    h.hole = usize::MAX;
    h.low = h.blocks;
    h.down = h.blocks;
    h.due = h.blocks - h.blocks * BIG_SHARE / 4;
    h.ceiling = h.blocks * SMALL_SHARE / 4;
    h.set_fast_limit();
}

/// Sets the address above which the stack holds nothing of the program's.
pub fn set_stack_base(addr: usize) {
    HEAP.get().stack_base = addr;
}

/// Makes the run at `p` (`bytes` long, allocated, never freed) one whose head is found at once
/// from a pointer into it: [`Heap::known`].
pub fn set_known_run(p: *mut u8, bytes: usize) {
    let h = HEAP.get();
    h.known = ((p as usize - h.base) / BLOCK, bytes.div_ceil(BLOCK));
}

/// The top of the stack running now (the main one, or a generator's).
pub fn stack_top() -> usize {
    HEAP.get().stack_base
}

/// Switches the stack the collector scans from its stack pointer up to `addr`.
pub fn set_stack_top(addr: usize) {
    HEAP.get().stack_base = addr;
}

/// Adds `count` words at `start` to the roots.
pub fn add_roots(start: *const Value, count: usize) {
    let h = HEAP.get();
    if let Some(r) = h.roots.iter_mut().find(|r| r.1 == 0 || r.0 == start as usize) {
        *r = (start as usize, count);
    }
}

/// Locks the heap for a hard callback (`sched::run_hard`): the program it interrupted may be
/// halfway through an allocation, so every allocation fails until [`unlock`] (the fast paths
/// see a limit of 0, the slow path the lock). Returns what `unlock` puts back.
pub fn lock() -> (usize, u8) {
    let h = HEAP.get();
    h.locked += 1;
    h.slow |= LOCKED;
    (core::mem::replace(&mut h.fast_limit, 0), core::mem::replace(&mut h.rust, RUST_ARENA))
}

/// Whether a hard callback holds the heap locked.
pub fn locked() -> bool {
    HEAP.get().slow & LOCKED != 0
}

pub fn unlock((fast_limit, rust): (usize, u8)) {
    let h = HEAP.get();
    h.locked -= 1;
    if h.locked == 0 {
        h.slow &= !LOCKED;
    }
    (h.fast_limit, h.rust) = (fast_limit, rust);
    #[cfg(target_os = "none")]
    if h.locked == 0 {
        irq_arena::empty();
    }
}

pub fn set_stress(on: bool) {
    let h = HEAP.get();
    h.slow = if on { h.slow | STRESS } else { h.slow & !STRESS };
    h.set_fast_limit();
}

pub fn collections() -> usize {
    HEAP.get().collections
}

impl Heap {
    /// Sets the fast paths' bound from the ceiling (the whole heap once small runs spill).
    fn set_fast_limit(&mut self) {
        if self.spill {
            self.ceiling = self.blocks;
        }
        self.fast_limit = if self.slow & STRESS != 0 { 0 } else { self.ceiling };
    }

    fn state(&self, i: usize) -> u8 {
        unsafe { *self.table.add(i) }
    }
    fn set(&mut self, i: usize, s: u8) {
        unsafe { *self.table.add(i) = s }
    }
    /// The states of blocks `i..i + 4`; `i` is a multiple of 4 (the table is 16-aligned, and
    /// padded to 16 bytes, so the word is inside it even at the end).
    fn word(&self, i: usize) -> u32 {
        u32::from_le(unsafe { *(self.table.add(i) as *const u32) })
    }

    /// The first free block in `i..to`, or `to`. Free blocks are exactly 0.
    fn next_free(&self, mut i: usize, to: usize) -> usize {
        while i < to {
            if i.is_multiple_of(4) {
                let w = self.word(i);
                let zero = w.wrapping_sub(ONES) & !w & (ONES << 7);
                if zero == 0 {
                    i += 4;
                    continue;
                }
                // The lowest flagged byte is the first zero one.
                return (i + zero.trailing_zeros() as usize / 8).min(to);
            }
            if self.state(i) == FREE {
                return i;
            }
            i += 1;
        }
        to
    }

    /// Whether blocks `i..i + n` (`1 <= n <= 8`, inside the table) are all free: two loads.
    #[inline(always)]
    fn free_at(&self, i: usize, n: usize) -> bool {
        unsafe {
            let p = self.table.add(i);
            if n < 4 {
                *p == FREE && *p.add(n / 2) == FREE && *p.add(n - 1) == FREE
            } else {
                (p as *const u32).read_unaligned() | (p.add(n - 4) as *const u32).read_unaligned() == 0
            }
        }
    }

    /// The first block in use in `i..to`, or `to`.
    fn next_used(&self, mut i: usize, to: usize) -> usize {
        while i < to {
            if i.is_multiple_of(4) {
                let w = self.word(i);
                if w == 0 {
                    i += 4;
                    continue;
                }
                return (i + w.trailing_zeros() as usize / 8).min(to);
            }
            if self.state(i) != FREE {
                return i;
            }
            i += 1;
        }
        to
    }

    /// The first block of the allocated run that `addr` points into, if any.
    #[inline(always)]
    fn head_of(&self, addr: usize) -> Option<usize> {
        let off = addr.wrapping_sub(self.base);
        if off >= self.blocks * BLOCK {
            return None;
        }
        let i = off / BLOCK;
        match self.state(i) & STATE {
            HEAD => Some(i),
            TAIL => self.head_before(i),
            _ => None,
        }
    }

    /// The head of the run whose tail block `i` is: walks back, four tails at a time.
    #[inline(never)]
    fn head_before(&self, mut i: usize) -> Option<usize> {
        if i.wrapping_sub(self.known.0) < self.known.1 {
            return Some(self.known.0);
        }
        loop {
            i -= 1;
            if i % 4 == 3 && self.word(i - 3) & (STATE as u32 * ONES) == TAILS {
                i -= 3;
                continue;
            }
            match self.state(i) & STATE {
                HEAD => return Some(i),
                TAIL => {}
                _ => return None,
            }
        }
    }

    /// One past the last block of the run that starts at `head`.
    #[inline(always)]
    fn run_end(&self, head: usize) -> usize {
        let i = head + 1;
        if i < self.blocks && self.state(i) & STATE == TAIL {
            self.tails_end(i + 1)
        } else {
            i
        }
    }

    /// The first block at or after `i` that is not a tail, walking four tails at a time.
    #[inline(never)]
    fn tails_end(&self, mut i: usize) -> usize {
        while i < self.blocks {
            if i.is_multiple_of(4) && i + 4 <= self.blocks && self.word(i) & (STATE as u32 * ONES) == TAILS {
                i += 4;
            } else if self.state(i) & STATE == TAIL {
                i += 1;
            } else {
                break;
            }
        }
        i
    }

    /// Marks the run `w` points into, if it is not yet; a run that holds pointers is pushed to
    /// be scanned.
    #[inline(always)]
    fn mark_word(&mut self, w: usize) -> bool {
        if let Some(i) = self.head_of(w) {
            let s = self.state(i);
            if s & MARK == 0 {
                let end = self.mark_run(i, s);
                if s & LEAF == 0 {
                    self.push_run(i, end);
                    return true;
                }
            }
        }
        false
    }

    /// Marks the run at `head` (state `s`), its tails too: the sweep then frees every block
    /// without a mark, four at a time, with no walk along runs. Returns one past its last block.
    #[inline(always)]
    fn mark_run(&mut self, head: usize, s: u8) -> usize {
        self.set(head, s | MARK);
        let mut j = head + 1;
        while j < self.blocks && self.state(j) == TAIL {
            if j.is_multiple_of(4) && j + 4 <= self.blocks && self.word(j) == TAILS {
                unsafe { *(self.table.add(j) as *mut u32) = u32::to_le((TAIL | MARK) as u32 * ONES) };
                j += 4;
                continue;
            }
            self.set(j, TAIL | MARK);
            j += 1;
        }
        j
    }

    /// Pushes the words of the marked run `head..end` to be scanned (a generator's: its values
    /// and the live part of its stack).
    fn push_run(&mut self, head: usize, end: usize) {
        let start = self.base + head * BLOCK;
        if self.state(head) & GEN != 0 {
            let (values_end, lo, hi) = crate::gen::scan_ranges(start);
            self.make_room(2);
            self.mark_stack[self.mark_len] = (start, values_end);
            self.mark_stack[self.mark_len + 1] = (lo, hi.max(lo));
            self.mark_len += 2;
        } else {
            self.make_room(1);
            self.mark_stack[self.mark_len] = (start, self.base + end * BLOCK);
            self.mark_len += 1;
        }
    }

    /// Room for `n` more ranges. A full stack drops its bottom half (the ranges nearest the
    /// roots, which are marked already; [`Heap::drain`] then rescans every marked run) and
    /// keeps the path it is on: a linked list millions long is marked in one descent, not
    /// 48 links per rescan of the whole heap.
    #[inline(always)]
    fn make_room(&mut self, n: usize) {
        if self.mark_len + n > self.mark_stack.len() {
            self.drop_bottom();
        }
    }

    #[cold]
    #[inline(never)]
    fn drop_bottom(&mut self) {
        let drop = self.mark_len - self.mark_stack.len() / 2;
        self.mark_stack.copy_within(drop..self.mark_len, 0);
        self.mark_len -= drop;
        self.mark_overflow = true;
    }

    /// Marks what the words in `[start, end)` (a root range) point to, and everything they
    /// reach: each run found is scanned before the next word, so the stack holds one path.
    fn scan_range(&mut self, start: usize, end: usize) {
        let w = core::mem::size_of::<usize>();
        let mut p = start & !(w - 1);
        while p + w <= end {
            if self.mark_word(unsafe { *(p as *const usize) }) {
                self.drain();
            }
            p += w;
        }
    }

    /// Scans the pushed ranges depth first: a range is left, where it was, for the first
    /// unmarked run it points to that holds pointers, so that the stack holds a path through
    /// the objects (wide lists push one entry, not one per item).
    fn drain(&mut self) {
        loop {
            self.drain_pushed();
            if !self.mark_overflow {
                return;
            }
            // The stack overflowed: rescan every marked run, which marks what they reach.
            self.mark_overflow = false;
            for (from, to) in self.in_use() {
                for i in from..to {
                    let s = self.state(i);
                    if s & STATE == HEAD && s & MARK != 0 && s & LEAF == 0 {
                        let end = self.run_end(i);
                        self.push_run(i, end);
                        self.drain_pushed();
                    }
                }
            }
        }
    }

    /// [`Heap::drain`] until the stack is empty (or overflows).
    fn drain_pushed(&mut self) {
        let w = core::mem::size_of::<usize>();
        'ranges: while self.mark_len > 0 {
            let k = self.mark_len - 1;
            let (mut p, end) = self.mark_stack[k];
            while p + w <= end {
                let v = unsafe { *(p as *const usize) };
                p += w;
                if self.mark_word(v) {
                    // Deeper first; this range goes on from `p` later, where it is now: at
                    // the top of the half kept if the push dropped the bottom half.
                    let parent = if self.mark_len > k + 1 { k } else { self.mark_stack.len() / 2 - 1 };
                    self.mark_stack[parent].0 = p;
                    continue 'ranges;
                }
            }
            self.mark_len = k;
        }
    }

    /// Marks and scans the pinned runs not reached yet: they are roots.
    fn mark_pinned(&mut self) {
        let pinned = PINNED as u32 * ONES;
        for (from, to) in self.in_use() {
            let mut i = from;
            while i < to {
                if i.is_multiple_of(4) && self.word(i) & pinned == 0 {
                    i += 4;
                    continue;
                }
                let s = self.state(i);
                if s & STATE == HEAD && s & PINNED != 0 && s & MARK == 0 {
                    let end = self.mark_run(i, s);
                    if s & LEAF == 0 {
                        self.push_run(i, end);
                        self.drain();
                    }
                }
                i += 1;
            }
        }
    }

    /// The two ranges of blocks that may be in use: the small runs from the bottom up to
    /// `max(top, hint)`, the big ones from `low` to the top (merged when they meet).
    fn in_use(&self) -> [(usize, usize); 2] {
        let t = self.top.max(self.hint).min(self.blocks);
        [(0, t), (self.low.max(t), self.blocks)]
    }

    /// Frees every block the marking did not reach (every block of a live run carries a mark)
    /// and clears the marks, over both ends of the heap; then the small runs end at the last
    /// block left in use below the gap, the big ones start at the first above it.
    fn sweep(&mut self) {
        let [(_, t), (b, end)] = self.in_use();
        self.peak = self.peak.max(t + end - b);
        // Whole words of the table (padded to a multiple of four), none swept twice.
        let a_end = t.next_multiple_of(4);
        let b_start = (b & !3).max(a_end);
        let b_end = end.next_multiple_of(4);
        let free_a = a_end - self.sweep_words(0, a_end);
        let free_b = b_end - b_start - self.sweep_words(b_start, b_end);
        self.top = self.prev_used_end(0, a_end);
        self.low = self.next_used(b_start, end);
        // The next search starts at the lowest free block: nothing below it is free.
        self.hint = self.next_free(0, self.top);
        self.hole = usize::MAX;
        self.down = self.blocks;
        self.spill = false;
        let free = free_a + (b_start - a_end) + free_b;
        let want = (free * BIG_SHARE / 4).max(self.blocks / 8);
        self.due = self.below_free(b_start, b_end, free_b, want);
        // A share of the free blocks below the ceiling: the holes among the small runs, then
        // as many of the gap's as that leaves.
        let share = free * SMALL_SHARE / 4;
        self.ceiling = (a_end + share.saturating_sub(free_a)).min(self.low.max(self.top));
        self.set_fast_limit();
    }

    /// The highest block with `want` free blocks between it and `end`: the big runs' range
    /// `start..end` (`free_b` free blocks) is counted word by word, the gap below it (all
    /// free) at once.
    fn below_free(&self, start: usize, end: usize, free_b: usize, want: usize) -> usize {
        const LOW7: u32 = 0x7f7f_7f7f;
        if free_b < want {
            return start.saturating_sub(want - free_b);
        }
        let mut free = 0;
        let mut i = end;
        while i >= 4 && free < want {
            i -= 4;
            let w = self.word(i);
            // A 1 in the top bit of each byte that is 0 (FREE).
            free += (!(((w & LOW7) + LOW7) | w | LOW7)).count_ones() as usize;
        }
        i
    }

    /// Sweeps the table's words from block `from` to `to` (multiples of four): frees the
    /// blocks without a mark and clears the marks, four state bytes at a time with no branch
    /// per run. Returns how many blocks are left in use.
    fn sweep_words(&mut self, from: usize, to: usize) -> usize {
        const MARKS: u32 = MARK as u32 * ONES;
        let mut kept = 0;
        let mut i = from;
        while i < to {
            let w = self.word(i);
            // 1 in each byte that has a mark.
            let marked = (w & MARKS) >> 2;
            let new = w & marked.wrapping_mul(0xff) & !MARKS;
            if new != w {
                unsafe { *(self.table.add(i) as *mut u32) = u32::to_le(new) };
            }
            // The sum of the bytes of `marked` in the top one.
            kept += (marked.wrapping_mul(ONES) >> 24) as usize;
            i += 4;
        }
        kept
    }

    /// `n` free blocks in a row, at or after `from` and ending at or before `to`. The holes
    /// passed over are remembered for searches of smaller runs.
    fn find_in(&mut self, from: usize, to: usize, n: usize) -> Option<usize> {
        let mut i = from;
        loop {
            i = self.next_free(i, to);
            if i + n > to {
                return None;
            }
            let used = self.next_used(i + 1, i + n);
            if used == i + n {
                return Some(i);
            }
            self.hole = self.hole.min(i);
            i = used + 1;
        }
    }

    fn find_free(&mut self, n: usize) -> Option<usize> {
        let hint = self.hint.min(self.blocks);
        // Next fit from the hint, then from the lowest hole below it (if any) up to a run that
        // would cross the hint: no walk over the runs in use below the hint when nothing there
        // is free. Up to the ceiling.
        if let Some(i) = self.find_in(hint, self.ceiling.max(hint), n) {
            return Some(i);
        }
        let hole = self.hole;
        if hole < hint {
            return self.find_in(hole, (hint + n - 1).min(self.blocks), n);
        }
        None
    }

    /// `n` free blocks in a row for a big run: the highest below `down` and above the small
    /// runs.
    fn find_down(&self, n: usize) -> Option<usize> {
        let floor = self.top.max(self.hint);
        let mut end = self.down.min(self.blocks);
        loop {
            end = self.prev_free_end(floor, end);
            if end < floor + n {
                return None;
            }
            let used = self.prev_used_end(end - n, end);
            if used == end - n {
                return Some(end - n);
            }
            // Below the highest block in use in the way.
            end = used - 1;
        }
    }

    /// Where a run of `n` blocks goes: from the top down if `down` (a big run, the Rust
    /// allocator's) and it can, else from the hint up. True for the first.
    fn find(&mut self, n: usize, down: bool) -> Option<(usize, bool)> {
        if down {
            if let Some(i) = self.find_down(n) {
                return Some((i, true));
            }
        }
        self.find_free(n).map(|i| (i, false))
    }

    /// One past the highest free block in `from..i`, or `from`.
    fn prev_free_end(&self, from: usize, mut i: usize) -> usize {
        while i > from {
            if i.is_multiple_of(4) && i >= from + 4 {
                let w = self.word(i - 4);
                // No byte of the word is 0.
                if w.wrapping_sub(ONES) & !w & (ONES << 7) == 0 {
                    i -= 4;
                    continue;
                }
            }
            if self.state(i - 1) == FREE {
                return i;
            }
            i -= 1;
        }
        from
    }

    /// One past the highest block in use in `from..i`, or `from`.
    fn prev_used_end(&self, from: usize, mut i: usize) -> usize {
        while i > from {
            if i.is_multiple_of(4) && i >= from + 4 {
                let w = self.word(i - 4);
                if w == 0 {
                    i -= 4;
                    continue;
                }
                return i - w.leading_zeros() as usize / 8;
            }
            if self.state(i - 1) != FREE {
                return i;
            }
            i -= 1;
        }
        from
    }
}

/// Marks from every root, then frees what was not reached.
#[inline(never)]
pub fn collect() {
    let h = HEAP.get();
    if h.collecting || h.blocks == 0 || h.slow & LOCKED != 0 {
        return;
    }
    // The collector is not safe against a hard callback moving a pointer from an object not
    // yet marked into one already marked: the interrupts that run callbacks wait meanwhile.
    #[cfg(target_os = "none")]
    let level = crate::board::mask_callbacks();
    h.collecting = true;
    h.collections += 1;
    h.top = h.top.max(h.hint).min(h.blocks);
    let regs = saved_registers();
    let sp = &regs as *const _ as usize;
    h.scan_range(sp, sp + core::mem::size_of_val(&regs));
    if h.stack_base > sp {
        h.scan_range(sp, h.stack_base);
    }
    crate::gen::scan_callers(&mut |lo, hi| h.scan_range(lo, hi));
    for k in 0..h.roots.len() {
        let (start, count) = h.roots[k];
        h.scan_range(start, start + count * core::mem::size_of::<usize>());
    }
    #[cfg(target_os = "none")]
    {
        let (lo, hi) = spare::in_use();
        h.scan_range(lo, hi);
    }
    crate::exc::mark_runtime_roots(&mut |w| {
        if h.mark_word(w) {
            h.drain();
        }
    });
    h.drain();
    h.mark_pinned();
    crate::gen::after_mark(&|p| h.head_of(p).is_some_and(|i| h.state(i) & MARK != 0));
    h.sweep();
    core::hint::black_box(&regs);
    crate::reserve::take();
    h.collecting = false;
    #[cfg(target_os = "none")]
    crate::board::unmask_callbacks(level);
}

/// Allocates `bytes` (zeroed) with the state `flags` (LEAF, PINNED, GEN); null when
/// the heap is exhausted even after a collection.
pub fn alloc_raw(bytes: usize, flags: u8) -> *mut u8 {
    let n = bytes.max(1).div_ceil(BLOCK);
    // A short run free at the hint, with no call but a tail call (and so no registers saved
    // for one); anything else (a search, a long run) by `alloc_raw_slow`.
    let p = try_run(n, flags);
    if p.is_null() {
        return alloc_raw_slow(n, flags);
    }
    zero_short(p, n);
    p
}

/// Zeroes the `n` (at most 8) blocks at `p`: two double-word stores a block beat a call to
/// memset for the short runs most objects are (an instance is two blocks). Volatile, so that
/// the compiler does not turn the loop back into that call.
#[inline(always)]
fn zero_short(p: *mut u8, n: usize) {
    let mut w = p as *mut u64;
    for _ in 0..n {
        unsafe {
            w.write_volatile(0);
            w.add(1).write_volatile(0);
            w = w.add(BLOCK / 8);
        }
    }
}

/// [`alloc_raw`] of `n` blocks by a search (and a collection if need be).
#[inline(never)]
fn alloc_raw_slow(n: usize, flags: u8) -> *mut u8 {
    let p = alloc_run_slow(n, flags);
    if !p.is_null() {
        if n <= 8 {
            zero_short(p, n);
        } else {
            unsafe { core::ptr::write_bytes(p, 0, n * BLOCK) };
        }
    }
    p
}

/// One block with the state `flags`, not zeroed: the block at the hint when it is free,
/// without the general search. Objects of one block (floats, wide ints, complex numbers,
/// small instances) come from here.
#[inline]
pub fn alloc_block(flags: u8) -> *mut u8 {
    let p = try_block(flags);
    if !p.is_null() {
        return p;
    }
    alloc_run_slow(1, flags)
}

/// The block at the hint with the state `flags` if it is free, else null: no search and no
/// collection, so that a caller's fast path calls nothing (and saves no registers for it).
#[inline(always)]
pub fn try_block(flags: u8) -> *mut u8 {
    let h = HEAP.get();
    let i = h.hint;
    if i < h.fast_limit && h.state(i) == FREE {
        h.set(i, HEAD | flags);
        h.hint = i + 1;
        return (h.base + i * BLOCK) as *mut u8;
    }
    core::ptr::null_mut()
}

/// [`alloc_raw`] without the zeroing: for memory the caller fills before the collector may
/// look at it, or that it never scans.
pub fn alloc_uninit(bytes: usize, flags: u8) -> *mut u8 {
    let n = bytes.max(1).div_ceil(BLOCK);
    let p = try_run(n, flags);
    if p.is_null() {
        return alloc_run_slow(n, flags);
    }
    p
}

/// `n` blocks at the hint with the state `flags` when they are free and `n` is at most 8,
/// else null (not under `stress`): no search, no collection, no call.
#[inline(always)]
fn try_run(n: usize, flags: u8) -> *mut u8 {
    let h = HEAP.get();
    let i = h.hint;
    // Next fit: the blocks at the hint are most often free. With no heap at all (or under
    // `stress`), the limit is 0 and every allocation takes the slow path.
    if n <= 8 && i + n <= h.fast_limit && h.free_at(i, n) {
        h.take(i, n, flags)
    } else {
        core::ptr::null_mut()
    }
}

/// A run of `bytes` for the Rust allocator (not zeroed), taken from the top of the heap down
/// as the big runs are: its buffers are mostly temporaries (a number's digits, a formatted
/// string, a list of arguments) freed in turn right after the object made from them, and at
/// the top each is taken back at once (`free`), where among the program's small objects each
/// would leave a hole between two of them that only a collection could fill, cutting up the
/// room that a big table needs (a dict of 1,000 formatted keys did not fit a 140 KiB heap).
pub fn alloc_scratch(bytes: usize, flags: u8) -> *mut u8 {
    let n = bytes.max(1).div_ceil(BLOCK);
    let h = HEAP.get();
    let d = h.down.min(h.blocks);
    // (`free_at` looks at eight blocks at most.)
    if n <= 8 && h.slow == 0 && d >= n && d - n >= h.due && d - n >= h.top.max(h.hint) && h.free_at(d - n, n) {
        let hint = h.hint;
        let p = h.take(d - n, n, flags);
        h.hint = hint;
        h.down = d - n;
        h.low = h.low.min(d - n);
        return p;
    }
    alloc_run_from(n, flags, true)
}

/// Allocates `n` blocks, not zeroed, by a search (and a collection if need be).
#[inline(never)]
fn alloc_run_slow(n: usize, flags: u8) -> *mut u8 {
    alloc_run_from(n, flags, n >= BIG)
}

/// [`alloc_run_slow`], from the top down first when `down`.
#[inline(never)]
fn alloc_run_from(n: usize, flags: u8, down: bool) -> *mut u8 {
    let h = HEAP.get();
    if h.slow != 0 {
        if h.slow & LOCKED != 0 {
            return core::ptr::null_mut();
        }
        if !h.collecting {
            collect();
        }
    }
    // Big runs have gone down over their share of the free blocks since the last collection:
    // collect now, and take this one (and the next ones) from the top again.
    if down && h.down < h.due && !h.collecting {
        collect();
    }
    let (start, big) = match h.find(n, down) {
        Some(f) => f,
        None => {
            collect();
            // Still no room: small runs may take the holes among the big ones.
            match h.find(n, down).or_else(|| {
                h.spill = true;
                h.set_fast_limit();
                h.find(n, down)
            }) {
                Some(f) => f,
                None => return crate::reserve::exhausted(n, flags),
            }
        }
    };
    if big {
        let hint = h.hint;
        let p = h.take(start, n, flags);
        h.hint = hint;
        h.low = h.low.min(start);
        h.down = start;
        return p;
    }
    // The run may be below the hint (in a hole): what is in use up to the hint stays covered.
    h.top = h.top.max(h.hint).max(start + n);
    h.take(start, n, flags)
}

impl Heap {
    /// Blocks `start..start + n` (free) become a run with the state `flags`; its address.
    #[inline(always)]
    fn take(&mut self, start: usize, n: usize, flags: u8) -> *mut u8 {
        let h = self;
        h.set(start, HEAD | flags);
        let tails = unsafe { h.table.add(start + 1) };
        match n - 1 {
            0 => {}
            1 => h.set(start + 1, TAIL),
            2 | 3 => unsafe {
                // Byte stores: the table's words are not aligned here.
                tails.write(TAIL);
                tails.add(1).write(TAIL);
                tails.add(n - 2).write(TAIL);
            },
            // Two word stores, overlapping when fewer than eight (the core takes unaligned ones).
            4..=8 => unsafe {
                (tails as *mut u32).write_unaligned(TAILS);
                (tails.add(n - 5) as *mut u32).write_unaligned(TAILS);
            },
            _ => unsafe { core::ptr::write_bytes(tails, TAIL, n - 1) },
        }
        h.hint = start + n;
        (h.base + start * BLOCK) as *mut u8
    }
}

/// Whether a run of `bytes` is free now (no collection).
pub fn has_room(bytes: usize) -> bool {
    let h = HEAP.get();
    let n = bytes.div_ceil(BLOCK);
    h.slow & LOCKED == 0 && h.find(n, n >= BIG).is_some()
}

/// Frees a run explicitly (the Rust allocator's `dealloc`, or a buffer replaced by a bigger one).
pub fn free(p: *mut u8) {
    let h = HEAP.get();
    // Only the start of a run is freed (a list's items inside the list's own run are not):
    // anything else is left at once, without finding its run.
    let off = (p as usize).wrapping_sub(h.base);
    if off >= h.blocks * BLOCK || !off.is_multiple_of(BLOCK) || h.state(off / BLOCK) & STATE != HEAD {
        return;
    }
    if let Some(i) = h.head_of(p as usize) {
        let end = h.run_end(i);
        unsafe { core::ptr::write_bytes(h.table.add(i), FREE, end - i) };
        // The last run allocated is reused next: the Rust allocator's temporaries come and go
        // in turn. (Any other hole waits for the sweep: moving the hint back to it would make
        // every search walk the runs in use above it.)
        if i == h.down {
            // And the free blocks above it: the runs freed before it that were taken after
            // it (a buffer grown by moving it down).
            let mut up = end;
            while up < h.blocks && h.state(up) == FREE {
                up += 1;
            }
            h.down = up;
            if i == h.low {
                h.low = up;
            }
        } else if end == h.hint {
            h.hint = i;
        } else {
            h.hole = h.hole.min(i);
        }
    }
}

/// Gives back the blocks of the run at `p`, allocated for `had` bytes, past its first `bytes`
/// (a big int sized for the largest result, then trimmed).
pub fn shrink(p: *mut u8, had: usize, bytes: usize) {
    let h = HEAP.get();
    let i = (p as usize - h.base) / BLOCK;
    let end = i + had.max(1).div_ceil(BLOCK);
    let keep = i + bytes.max(1).div_ceil(BLOCK);
    if keep < end {
        unsafe { core::ptr::write_bytes(h.table.add(keep), FREE, end - keep) };
        if end == h.hint {
            h.hint = keep;
        } else {
            h.hole = h.hole.min(keep);
        }
    }
}

/// Runs `f` with the Rust allocator's new runs marked as holding no pointers: neither zeroed
/// nor scanned. For code whose allocations are all plain data, such as big-int digits.
pub fn leaf_allocs<T>(f: impl FnOnce() -> T) -> T {
    let h = HEAP.get();
    let was = h.rust;
    if was != RUST_ARENA {
        h.rust = RUST_LEAF;
    }
    let r = f();
    HEAP.get().rust = was;
    r
}

#[cfg(target_os = "none")]
/// Grows the run at `p` to `bytes` where the blocks after it are free; false otherwise.
fn grow_in_place(p: *mut u8, bytes: usize) -> bool {
    let h = HEAP.get();
    let Some(i) = h.head_of(p as usize) else { return false };
    let end = h.run_end(i);
    let want = i + bytes.div_ceil(BLOCK);
    if want > h.blocks || h.next_used(end, want) != want {
        return false;
    }
    unsafe { core::ptr::write_bytes(h.table.add(end), TAIL, want - end) };
    if i < h.low {
        h.top = h.top.max(want);
    }
    true
}

/// The usable size of the run at `p`.
pub fn size_of(p: *const u8) -> usize {
    let h = HEAP.get();
    h.head_of(p as usize).map_or(0, |i| (h.run_end(i) - i) * BLOCK)
}

/// The heap's high-water mark: the most bytes its two ends ever spanned together (from its
/// start to the end of the small runs, and from the start of the big runs to its end;
/// garbage included until a collection found it), what `mpyc bench` reports as peak heap.
pub fn peak() -> usize {
    let h = HEAP.get();
    let [(_, t), (b, end)] = h.in_use();
    h.peak.max(t + end - b).min(h.blocks) * BLOCK
}

/// Whether the program reports [`peak`] at its end (`rt_init`'s flag 4: `mpyc bench`).
pub static REPORT_PEAK: Global<bool> = Global::new(false);

/// (free bytes, allocated bytes).
pub fn usage() -> (usize, usize) {
    let h = HEAP.get();
    let [(_, t), (b, end)] = h.in_use();
    let free = (0..t).chain(b..end).filter(|&i| h.state(i) & STATE == FREE).count() + (b - t);
    (free * BLOCK, (h.blocks - free) * BLOCK)
}

/// The heap's blocks as text, 64 to a line, for `micropython.mem_info(1)`: `.` free, `h` the
/// head of a run, `=` its other blocks (MicroPython's letters), with each line's offset.
pub fn block_map(out: &mut dyn FnMut(&[u8])) {
    let h = HEAP.get();
    let mut line = [0u8; 64];
    for start in (0..h.blocks).step_by(64) {
        let end = (start + 64).min(h.blocks);
        if (start..end).all(|i| h.state(i) & STATE == FREE) && start != 0 {
            continue;
        }
        for i in start..end {
            line[i - start] = match h.state(i) & STATE {
                FREE => b'.',
                HEAD => b'h',
                _ => b'=',
            };
        }
        out(alloc::format!("{:08x}: ", start * BLOCK).as_bytes());
        out(&line[..end - start]);
        out(b"\n");
    }
}

/// What `micropython.mem_info()` tells of the runs, in blocks: how many runs of one block and
/// of two there are, the longest run in use and the longest free one.
pub fn run_stats() -> [usize; 4] {
    let h = HEAP.get();
    let [mut ones, mut twos, mut longest, mut free] = [0; 4];
    let mut i = 0;
    while i < h.blocks {
        let mut end = i + 1;
        if h.state(i) & STATE == FREE {
            while end < h.blocks && h.state(end) & STATE == FREE {
                end += 1;
            }
            free = free.max(end - i);
        } else {
            end = h.run_end(i);
            match end - i {
                1 => ones += 1,
                2 => twos += 1,
                _ => {}
            }
            longest = longest.max(end - i);
        }
        i = end;
    }
    [ones, twos, longest, free]
}

/// The callee-saved registers, stored where the stack scan sees them: a value that lives only
/// in one of them is still found.
#[inline(never)]
fn saved_registers() -> [usize; 8] {
    let mut r = [0usize; 8];
    #[cfg(target_arch = "x86_64")]
    unsafe {
        core::arch::asm!(
            "mov [{0}], rbx", "mov [{0} + 8], rbp", "mov [{0} + 16], r12", "mov [{0} + 24], r13",
            "mov [{0} + 32], r14", "mov [{0} + 40], r15",
            in(reg) r.as_mut_ptr(),
        );
    }
    #[cfg(target_arch = "aarch64")]
    unsafe {
        core::arch::asm!(
            "stp x19, x20, [{0}]", "stp x21, x22, [{0}, #16]", "stp x23, x24, [{0}, #32]",
            "stp x25, x26, [{0}, #48]",
            in(reg) r.as_mut_ptr(),
        );
    }
    #[cfg(target_arch = "arm")]
    unsafe {
        core::arch::asm!("stm {0}, {{r4-r11}}", in(reg) r.as_mut_ptr());
    }
    r
}

/// The Rust allocator on a microcontroller: pinned runs of the same heap.
#[cfg(target_os = "none")]
pub struct GcAllocator;

#[cfg(target_os = "none")]
unsafe impl core::alloc::GlobalAlloc for GcAllocator {
    unsafe fn alloc(&self, layout: core::alloc::Layout) -> *mut u8 {
        if layout.align() > BLOCK {
            return core::ptr::null_mut();
        }
        let p = match HEAP.get().rust {
            RUST_PINNED => {
                let p = alloc_scratch(layout.size(), PINNED);
                let n = layout.size().max(1).div_ceil(BLOCK);
                if p.is_null() {
                } else if n <= 8 {
                    zero_short(p, n);
                } else {
                    core::ptr::write_bytes(p, 0, n * BLOCK);
                }
                p
            }
            RUST_LEAF => alloc_scratch(layout.size(), PINNED | LEAF),
            _ => return irq_arena::alloc(layout.size()),
        };
        if p.is_null() {
            return spare::alloc(layout.size());
        }
        p
    }
    unsafe fn dealloc(&self, p: *mut u8, _layout: core::alloc::Layout) {
        // While the heap is locked nothing in it is freed (the arena takes back its last
        // allocation); an arena allocation is never the start of a run, so `free` leaves one
        // that outlived the lock.
        if HEAP.get().rust == RUST_ARENA {
            irq_arena::free(p);
            return;
        }
        if spare::contains(p) {
            spare::free(p);
            return;
        }
        free(p)
    }
    unsafe fn realloc(&self, p: *mut u8, layout: core::alloc::Layout, new: usize) -> *mut u8 {
        // While the heap is locked every allocation is the arena's, and a buffer of the heap
        // cannot move there (it would outlive the arena's contents): no room. An arena buffer
        // grows in place when it is the arena's last, else moves (back to the heap when it
        // outlived the lock); the arena is not freed into.
        let in_arena = irq_arena::contains(p);
        if HEAP.get().rust == RUST_ARENA && !in_arena {
            return core::ptr::null_mut();
        }
        let in_spare = spare::contains(p);
        let grown = if in_arena {
            irq_arena::grow(p, new)
        } else if in_spare {
            spare::grow(p, new)
        } else {
            new <= size_of(p) || grow_in_place(p, new)
        };
        if grown {
            return p;
        }
        // A new run, zeroed only past what is copied into it (its scan must not find stale
        // words there).
        let keep = layout.size().min(new);
        let q = match HEAP.get().rust {
            RUST_PINNED => {
                let q = alloc_scratch(new, PINNED);
                if !q.is_null() {
                    core::ptr::write_bytes(q.add(keep), 0, new.div_ceil(BLOCK) * BLOCK - keep);
                }
                q
            }
            _ => core::ptr::null_mut(),
        };
        let q = if q.is_null() {
            self.alloc(core::alloc::Layout::from_size_align_unchecked(new, layout.align()))
        } else {
            q
        };
        if !q.is_null() {
            core::ptr::copy_nonoverlapping(p, q, keep);
            if in_spare {
                spare::free(p);
            } else if !in_arena {
                free(p);
            }
        }
        q
    }
}

/// A bump area for the Rust allocator: allocated from its start, the last allocation freed
/// or grown in place (temporaries come and go in turn; a String being written grows), emptied
/// as a whole.
#[cfg(target_os = "none")]
pub struct Arena {
    start: usize,
    end: usize,
    next: usize,
    last: usize,
}

#[cfg(target_os = "none")]
impl Arena {
    pub const fn empty_at(start: usize, end: usize) -> Self {
        Arena { start, end, next: start, last: 0 }
    }

    pub fn contains(&self, p: *mut u8) -> bool {
        (self.start..self.end).contains(&(p as usize))
    }

    /// Takes back the last allocation.
    pub fn free(&mut self, p: *mut u8) {
        if p as usize == self.last && self.last != 0 {
            (self.next, self.last) = (self.last, 0);
        }
    }

    pub fn alloc(&mut self, bytes: usize) -> *mut u8 {
        let size = bytes.max(1).next_multiple_of(8);
        if self.start == 0 || self.next + size > self.end {
            return core::ptr::null_mut();
        }
        self.last = self.next;
        self.next += size;
        self.last as *mut u8
    }

    /// Grows (or shrinks) the last allocation in place when there is room; false otherwise.
    pub fn grow(&mut self, p: *mut u8, bytes: usize) -> bool {
        let end = p as usize + bytes.next_multiple_of(8);
        if p as usize != self.last || end > self.end || self.last == 0 {
            return false;
        }
        self.next = end;
        true
    }

    pub fn empty(&mut self) {
        (self.next, self.last) = (self.start, 0);
    }
}

/// The Rust allocator's memory while the heap is locked (a hard callback runs): a run taken
/// from the heap when the program first sets a hard callback ([`irq_arena::prepare`]),
/// allocated from its start and emptied when the last lock goes.
#[cfg(target_os = "none")]
pub mod irq_arena {
    use super::Arena;
    use crate::exc::Global;

    /// Bytes of the arena: an error message and the text of a traceback.
    const SIZE: usize = 4096;
    /// All 0 before it is made.
    static ARENA: Global<Arena> = Global::new(Arena::empty_at(0, 0));

    /// Makes the arena (from the program, never from an interrupt). Its first block is left
    /// unused, so that no allocation from it is the start of the heap's run, which `free`
    /// would free.
    pub fn prepare() {
        let a = ARENA.get();
        if a.start == 0 {
            let p = super::alloc_uninit(SIZE, super::PINNED | super::LEAF) as usize;
            if p != 0 {
                *a = Arena::empty_at(p + super::BLOCK, p + SIZE);
            }
        }
    }

    pub fn contains(p: *mut u8) -> bool {
        ARENA.get().contains(p)
    }

    pub fn free(p: *mut u8) {
        ARENA.get().free(p)
    }

    pub fn alloc(bytes: usize) -> *mut u8 {
        ARENA.get().alloc(bytes)
    }

    pub fn grow(p: *mut u8, bytes: usize) -> bool {
        ARENA.get().grow(p, bytes)
    }

    pub fn empty() {
        ARENA.get().empty()
    }
}

/// The Rust allocator's last resort on a board: a little memory outside the heap for the
/// runtime's temporaries (a big int's digits, a short text) when the heap, its reserve spent,
/// has no run for them: a failure inside the Rust allocator cannot become a MemoryError.
/// Allocated as an [`Arena`], emptied when nothing in it is in use.
#[cfg(target_os = "none")]
pub mod spare {
    use super::Arena;
    use crate::exc::Global;

    const SIZE: usize = 2048;
    #[repr(align(16))]
    struct Pool([u8; SIZE]);
    static POOL: Global<Pool> = Global::new(Pool([0; SIZE]));
    static ARENA: Global<Arena> = Global::new(Arena::empty_at(0, 0));
    /// Allocations in it not freed yet.
    static LIVE: Global<usize> = Global::new(0);

    fn arena() -> &'static mut Arena {
        let a = ARENA.get();
        if a.start == 0 {
            let p = POOL.get().0.as_mut_ptr() as usize;
            *a = Arena::empty_at(p, p + SIZE);
        }
        a
    }

    pub fn contains(p: *mut u8) -> bool {
        arena().contains(p)
    }

    pub fn alloc(bytes: usize) -> *mut u8 {
        let p = arena().alloc(bytes);
        if !p.is_null() {
            *LIVE.get() += 1;
        }
        p
    }

    pub fn free(p: *mut u8) {
        let a = arena();
        a.free(p);
        let live = LIVE.get();
        *live = live.saturating_sub(1);
        if *live == 0 {
            a.empty();
        }
    }

    pub fn grow(p: *mut u8, bytes: usize) -> bool {
        arena().grow(p, bytes)
    }

    /// The part in use: scanned as a root, as a pinned run of the heap would be.
    pub fn in_use() -> (usize, usize) {
        let a = arena();
        (a.start, a.next)
    }
}

/// Called first by the module body: registers the program's `count` global slots at `roots`
/// (the top bit of `count`: the program has generators, whose run area is made now, while the
/// heap is in one piece) and sets the collector's mode (`flags` bit 0: collect at every
/// allocation; bit 1: the program runs as bytecode, its generators get bigger stacks; bit 2:
/// report the heap's high-water mark).
#[no_mangle]
pub unsafe extern "C" fn rt_init(roots: *const Value, count: usize, flags: usize) -> Value {
    const GENERATORS: usize = 1 << (usize::BITS - 1);
    add_roots(roots, count & !GENERATORS);
    if flags & 1 != 0 || cfg!(not(target_os = "none")) && stress_from_env() {
        set_stress(true);
    }
    if flags & 2 != 0 {
        crate::gen::bytecode_stacks();
    }
    *REPORT_PEAK.get() = flags & 4 != 0;
    crate::reserve::init();
    if count & GENERATORS != 0 {
        crate::gen::prepare();
    }
    crate::value::NONE
}

#[cfg(not(target_os = "none"))]
fn stress_from_env() -> bool {
    std::env::var_os("MPYC_GC_STRESS").is_some_and(|v| v == "1")
}

#[cfg(target_os = "none")]
fn stress_from_env() -> bool {
    false
}

/// Gives the host process a heap of `bytes` (once).
#[cfg(not(target_os = "none"))]
pub fn init_host(bytes: usize) {
    if HEAP.get().blocks != 0 {
        return;
    }
    let layout = std::alloc::Layout::from_size_align(bytes, BLOCK).expect("a valid heap size");
    let p = unsafe { std::alloc::alloc(layout) };
    assert!(!p.is_null(), "cannot reserve the heap");
    unsafe { init(p as usize, bytes) };
}
