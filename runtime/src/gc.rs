//! The garbage-collected heap: 16-byte blocks with one state byte each, mark-sweep over a
//! conservative scan of the stack, the saved registers, the registered roots and every object.
//!
//! A word anywhere in a root or a scanned object that points into an allocated run of blocks
//! (its first block or any later one) keeps that run alive. Objects that hold no pointers are
//! allocated as leaves and not scanned; objects that own memory outside the heap (big ints)
//! have a finaliser run when they are swept. On a microcontroller the Rust global allocator
//! takes its memory from this heap too, as pinned runs that are roots until freed.

use crate::exc::Global;
use crate::value::Value;

pub const BLOCK: usize = 16;

const FREE: u8 = 0;
const HEAD: u8 = 1;
const TAIL: u8 = 2;
const STATE: u8 = 3;
const MARK: u8 = 4;
/// The run holds no pointers and is not scanned.
pub const LEAF: u8 = 8;
/// The run belongs to the Rust allocator: a root until it is freed, never swept.
pub const PINNED: u8 = 16;
/// The run needs [`crate::object::finalize`] when swept.
pub const FINAL: u8 = 32;

struct Heap {
    base: usize,
    blocks: usize,
    table: *mut u8,
    /// Where the next search for free blocks starts.
    hint: usize,
    /// One past the last block ever allocated since the last sweep: nothing above is in use.
    top: usize,
    /// The highest stack address to scan (the stack grows down from it).
    stack_base: usize,
    /// Ranges of words that are roots: (start, count).
    roots: [(usize, usize); 4],
    /// Collect before every allocation (a debugging aid that tests use).
    stress: bool,
    collecting: bool,
    collections: usize,
    mark_stack: [usize; 64],
    mark_len: usize,
    mark_overflow: bool,
}

static HEAP: Global<Heap> = Global::new(Heap {
    base: 0,
    blocks: 0,
    table: core::ptr::null_mut(),
    hint: 0,
    top: 0,
    stack_base: 0,
    roots: [(0, 0); 4],
    stress: false,
    collecting: false,
    collections: 0,
    mark_stack: [0; 64],
    mark_len: 0,
    mark_overflow: false,
});

/// Makes `[start, start + len)` the heap: a state table at its start, blocks after it.
///
/// # Safety
/// The memory must be unused and stay reserved for the heap.
pub unsafe fn init(start: usize, len: usize) {
    let start = (start + BLOCK - 1) & !(BLOCK - 1);
    let blocks = len / (BLOCK + 1);
    let table = start as *mut u8;
    core::ptr::write_bytes(table, FREE, blocks);
    let base = (start + blocks + BLOCK - 1) & !(BLOCK - 1);
    let h = HEAP.get();
    h.base = base;
    h.blocks = blocks.min((start + len - base) / BLOCK);
    h.table = table;
    h.hint = 0;
}

/// Sets the address above which the stack holds nothing of the program's.
pub fn set_stack_base(addr: usize) {
    HEAP.get().stack_base = addr;
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

pub fn set_stress(on: bool) {
    HEAP.get().stress = on;
}

pub fn collections() -> usize {
    HEAP.get().collections
}

impl Heap {
    fn state(&self, i: usize) -> u8 {
        unsafe { *self.table.add(i) }
    }
    fn set(&mut self, i: usize, s: u8) {
        unsafe { *self.table.add(i) = s }
    }

    /// The first block of the allocated run that `addr` points into, if any.
    fn head_of(&self, addr: usize) -> Option<usize> {
        if addr < self.base || addr >= self.base + self.blocks * BLOCK {
            return None;
        }
        let mut i = (addr - self.base) / BLOCK;
        loop {
            match self.state(i) & STATE {
                HEAD => return Some(i),
                TAIL => i -= 1,
                _ => return None,
            }
        }
    }

    fn run_len(&self, head: usize) -> usize {
        let mut n = 1;
        while head + n < self.blocks && self.state(head + n) & STATE == TAIL {
            n += 1;
        }
        n
    }

    fn mark_word(&mut self, w: usize) {
        if let Some(i) = self.head_of(w) {
            let s = self.state(i);
            if s & MARK == 0 {
                self.set(i, s | MARK);
                if s & LEAF == 0 {
                    if self.mark_len < self.mark_stack.len() {
                        self.mark_stack[self.mark_len] = i;
                        self.mark_len += 1;
                    } else {
                        self.mark_overflow = true;
                    }
                }
            }
        }
    }

    fn scan_range(&mut self, start: usize, end: usize) {
        let mut p = start & !(core::mem::size_of::<usize>() - 1);
        while p + core::mem::size_of::<usize>() <= end {
            let w = unsafe { *(p as *const usize) };
            self.mark_word(w);
            p += core::mem::size_of::<usize>();
        }
        self.drain();
    }

    fn scan_run(&mut self, head: usize) {
        let n = self.run_len(head);
        let start = self.base + head * BLOCK;
        let mut p = start;
        while p < start + n * BLOCK {
            let w = unsafe { *(p as *const usize) };
            self.mark_word(w);
            p += core::mem::size_of::<usize>();
        }
    }

    fn drain(&mut self) {
        loop {
            while self.mark_len > 0 {
                self.mark_len -= 1;
                let i = self.mark_stack[self.mark_len];
                self.scan_run(i);
            }
            if !self.mark_overflow {
                return;
            }
            // The mark stack overflowed: rescan every marked run, which marks what they reach.
            self.mark_overflow = false;
            for i in 0..self.top {
                let s = self.state(i);
                if s & STATE == HEAD && s & MARK != 0 && s & LEAF == 0 {
                    self.scan_run(i);
                }
            }
        }
    }

    fn sweep(&mut self) {
        let mut i = 0;
        let mut top = 0;
        while i < self.top {
            let s = self.state(i);
            if s & STATE == HEAD && s & (MARK | PINNED) == 0 {
                if s & FINAL != 0 {
                    unsafe { crate::object::finalize(self.base + i * BLOCK) };
                }
                self.set(i, FREE);
                i += 1;
                while i < self.blocks && self.state(i) & STATE == TAIL {
                    self.set(i, FREE);
                    i += 1;
                }
            } else {
                if s & MARK != 0 {
                    self.set(i, s & !MARK);
                }
                if s & STATE != FREE {
                    top = i + 1;
                }
                i += 1;
            }
        }
        self.top = top;
        self.hint = 0;
    }

    fn find_free(&mut self, n: usize) -> Option<usize> {
        for pass in 0..2 {
            let (from, to) = if pass == 0 { (self.hint, self.blocks) } else { (0, self.hint.min(self.blocks)) };
            let mut run = 0;
            let mut i = from;
            while i < to {
                if self.state(i) & STATE == FREE {
                    run += 1;
                    if run == n {
                        return Some(i + 1 - n);
                    }
                } else {
                    run = 0;
                }
                i += 1;
            }
        }
        None
    }
}

/// Marks from every root, then frees what was not reached.
#[inline(never)]
pub fn collect() {
    let h = HEAP.get();
    if h.collecting || h.blocks == 0 {
        return;
    }
    h.collecting = true;
    h.collections += 1;
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
    crate::exc::mark_runtime_roots(&mut |w| h.mark_word(w));
    h.drain();
    for i in 0..h.top {
        let s = h.state(i);
        if s & STATE == HEAD && s & PINNED != 0 && s & MARK == 0 {
            h.set(i, s | MARK);
            h.scan_run(i);
            h.drain();
        }
    }
    h.sweep();
    core::hint::black_box(&regs);
    h.collecting = false;
}

/// Allocates `bytes` (zeroed) with the state `flags` (LEAF, PINNED, FINAL); null when the heap
/// is exhausted even after a collection.
pub fn alloc_raw(bytes: usize, flags: u8) -> *mut u8 {
    let h = HEAP.get();
    if h.blocks == 0 {
        return core::ptr::null_mut();
    }
    let n = bytes.max(1).div_ceil(BLOCK);
    if h.stress && !h.collecting {
        collect();
    }
    let start = match h.find_free(n) {
        Some(i) => i,
        None => {
            collect();
            match h.find_free(n) {
                Some(i) => i,
                None => return core::ptr::null_mut(),
            }
        }
    };
    h.set(start, HEAD | flags);
    for i in start + 1..start + n {
        h.set(i, TAIL);
    }
    h.hint = start + n;
    h.top = h.top.max(start + n);
    let p = (h.base + start * BLOCK) as *mut u8;
    unsafe { core::ptr::write_bytes(p, 0, n * BLOCK) };
    p
}

/// Frees a run explicitly (the Rust allocator's `dealloc`, or a buffer replaced by a bigger one).
pub fn free(p: *mut u8) {
    let h = HEAP.get();
    if let Some(i) = h.head_of(p as usize) {
        if h.base + i * BLOCK != p as usize {
            return;
        }
        h.set(i, FREE);
        let mut j = i + 1;
        while j < h.blocks && h.state(j) & STATE == TAIL {
            h.set(j, FREE);
            j += 1;
        }
    }
}

/// The usable size of the run at `p`.
pub fn size_of(p: *const u8) -> usize {
    let h = HEAP.get();
    h.head_of(p as usize).map_or(0, |i| h.run_len(i) * BLOCK)
}

/// (free bytes, allocated bytes).
pub fn usage() -> (usize, usize) {
    let h = HEAP.get();
    let free = (0..h.top).filter(|&i| h.state(i) & STATE == FREE).count() + (h.blocks - h.top);
    (free * BLOCK, (h.blocks - free) * BLOCK)
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
        alloc_raw(layout.size(), PINNED)
    }
    unsafe fn dealloc(&self, p: *mut u8, _layout: core::alloc::Layout) {
        free(p)
    }
    unsafe fn realloc(&self, p: *mut u8, layout: core::alloc::Layout, new: usize) -> *mut u8 {
        if new <= size_of(p) {
            return p;
        }
        let q = alloc_raw(new, PINNED);
        if !q.is_null() {
            core::ptr::copy_nonoverlapping(p, q, layout.size());
            free(p);
        }
        q
    }
}

/// Called first by the module body: registers the program's `count` global slots at `roots`
/// and sets the collector's mode (`flags` bit 0: collect at every allocation).
#[no_mangle]
pub unsafe extern "C" fn rt_init(roots: *const Value, count: usize, flags: usize) -> Value {
    add_roots(roots, count);
    if flags & 1 != 0 || cfg!(not(target_os = "none")) && stress_from_env() {
        set_stress(true);
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
