//! Generators: each runs on a stack of its own (a block of the collected heap), and `yield`
//! switches stacks. A generator function's code is compiled as any function's; calling the
//! function makes a generator, `next()`/`send()` switch to its stack, `yield` switches back.
//!
//! The collector scans a suspended generator's stack (from its saved stack pointer up) as part
//! of the generator object, and the running ones (the current stack and the stacks of those
//! that resumed it) explicitly. Stacks are leaf runs, never zeroed: only their live part is
//! scanned. A finished generator's stack goes to a small pool for the next one.

use crate::exc::*;
use crate::func::{call, ret, FuncObj, Kw, NativeObj};
use crate::list::{new_tuple, tuple_items};
use crate::object::*;
use crate::value::*;

/// Bytes of stack each generator gets (a program whose functions run as bytecode gets half as
/// much again: [`bytecode_stacks`]).
#[cfg(target_os = "none")]
pub const STACK_SIZE: usize = 4096;
#[cfg(not(target_os = "none"))]
pub const STACK_SIZE: usize = 128 * 1024;

/// The size of the generator stacks of this program. (An atomic, relaxed: a plain load, which
/// the optimizer cannot turn into a flag and a select on each generator's resumption, as it
/// may a global only ever set to one of two constants.)
static SIZE: core::sync::atomic::AtomicUsize = core::sync::atomic::AtomicUsize::new(STACK_SIZE);

fn stack_size() -> usize {
    SIZE.load(core::sync::atomic::Ordering::Relaxed)
}

/// Gives generators stacks half as big again: a call level of bytecode (the stub, the VM's
/// frame and its registers: about 180 bytes on a Cortex-M4) takes several times the stack of
/// a native one. Called once, before any generator starts.
pub fn bytecode_stacks() {
    SIZE.store(STACK_SIZE + STACK_SIZE / 2, core::sync::atomic::Ordering::Relaxed);
}

/// A word written at the bottom of every generator stack; finding it changed means the stack
/// overflowed.
const CANARY: usize = 0x5a5a_a5a5;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[repr(usize)]
enum State {
    New,
    Suspended,
    Running,
    /// Returned: `value` is the return value.
    Done,
    /// Raised: the exception is pending.
    Failed,
}

#[repr(C)]
pub struct GenObj {
    pub header: Header,
    func: Value,
    /// The bound arguments the code starts with (a tuple).
    args: Value,
    /// The stack (a heap block of [`stack_size`] bytes), 0 before the start and after the end.
    stack: Value,
    /// While running: the generator that resumed this one (0: the main stack).
    caller_gen: Value,
    /// What passes between the two sides: the value yielded, sent, or returned.
    value: Value,
    /// An exception `throw()` delivers at the `yield`.
    thrown: Value,
    /// While suspended in `yield from` a generator: that generator, which [`resume`] then
    /// resumes directly (nothing runs between the two until it ends).
    delegate: Value,
    /// While suspended in `yield from` another iterator: that iterator, which gets what
    /// `throw()` delivers ([`throw_into`]); [`DELEGATE_RETURNED`] when its `throw` method
    /// ended it (the StopIteration thrown is then the `yield from`'s value).
    iter_delegate: Value,
    /// The generator that runs on the lower part of this one's stack ([`SHARE_MIN`]), 0 for
    /// none: it must have ended before this one runs again.
    guest: Value,
    // The fields below are not scanned (see `scan_ranges`): the collector would only walk
    // back from them over a stack's blocks to find a run that the stack field marks anyway.
    /// The generator's saved stack pointer while suspended.
    sp: usize,
    /// While running: where the resumer's stack pointer was saved, and the top of its stack.
    caller_sp: usize,
    caller_top: usize,
    /// The top of the stack for a generator that runs on the lower part of another's (its
    /// `stack` is then that one's block, which it keeps alive); 0 for one with a block of its own.
    top: usize,
    state: State,
}

/// The generator running now (0 when on the main stack).
static CURRENT: Global<Value> = Global::new(0);

/// How many generators are running (each resumed by the one before), and how many may: every
/// one holds a stack, and a chain of `yield from` that never ends must be a RecursionError (as
/// in CPython), not the heap's exhaustion. The limit comes from the heap's size, when needed.
static NESTED: Global<(usize, usize)> = Global::new((0, 0));

#[inline(always)]
fn enter_nested() -> R<()> {
    let n = NESTED.get();
    // (Past eight, every eighth level — eight frames of `resume` on the resumer's stack, a few
    // hundred bytes of its reserve at most — checks the stack.)
    if n.0 >= 8 && (n.0 >= n.1 || n.0.is_multiple_of(8) && crate::stack::exhausted()) {
        return enter_nested_deep();
    }
    n.0 += 1;
    Ok(())
}

/// [`enter_nested`] past eight: the limit worked out when first needed, then checked.
#[cold]
#[inline(never)]
fn enter_nested_deep() -> R<()> {
    let (running, max) = NESTED.get();
    if *running >= 8 && *max == 0 {
        let (free, used) = crate::gc::usage();
        // (Counted in native-sized stacks: bytecode programs nest generators as deep.)
        // (A chain of `yield from` mostly shares stacks: a new one every few levels.)
        *max = ((free + used) / (2 * STACK_SIZE) * 4).clamp(8, 1000);
    }
    if *running >= 8 && (*running >= *max || crate::stack::exhausted()) {
        return Err(raise(&RECURSION_ERROR, "maximum recursion depth exceeded"));
    }
    *running += 1;
    Ok(())
}

pub fn current() -> Value {
    *CURRENT.get()
}

/// Stacks of finished generators, for the next ones to start on (0: an empty slot). They are
/// marked by [`mark_roots`]; being leaves, they are not scanned.
static POOL: Global<[usize; 4]> = Global::new([0; 4]);

/// Marks the generator running now and the pooled stacks.
pub fn mark_roots(mark: &mut dyn FnMut(usize)) {
    mark(current());
    for &s in POOL.get().iter() {
        mark(s);
    }
}

/// What the collector scans of the generator object at `p` (allocated with [`crate::gc::GEN`]):
/// its values `[p, .0)`, and while it is suspended the live part of its stack `[.1, .2)`. A
/// running generator's stack is scanned as the current stack or a resumer's.
pub fn scan_ranges(p: usize) -> (usize, usize, usize) {
    let o = unsafe { &*(p as *const GenObj) };
    let values = p + core::mem::offset_of!(GenObj, sp);
    if o.state == State::Suspended {
        (values, o.sp, top_of(o))
    } else {
        (values, 0, 0)
    }
}

fn stack_top(stack: usize) -> usize {
    (stack + stack_size()) & !15
}

/// The top of `o`'s stack: of its block, or of the part of another's it runs on.
fn top_of(o: &GenObj) -> usize {
    if o.top != 0 {
        o.top
    } else {
        stack_top(o.stack)
    }
}

/// A generator started by `yield from` (or `await`) in a running generator runs on the lower
/// part of that one's stack when this much of it is free below what the delegating one keeps
/// (its frames, and the runtime's while it switches: [`SHARE_MARGIN`]): the delegating one
/// does not run again until the one it delegates to has ended, so a chain of `yield from`
/// (a recursive generator, coroutines awaiting coroutines) takes a new stack only when the one
/// it is on runs short.
#[cfg(target_os = "none")]
const SHARE_MIN: usize = 768;
#[cfg(not(target_os = "none"))]
const SHARE_MIN: usize = 16 * 1024;

/// Room left under the stack pointer where a generator starts on another's stack, for the
/// delegating generator's runtime frames: after the one it started yields, it goes on from
/// `resume` back through `rt_yield_from` into `rt_yield` and its switch, which pushes the
/// callee-saved registers (100 bytes on a Cortex-M4F).
#[cfg(target_os = "none")]
const SHARE_MARGIN: usize = 384;
#[cfg(not(target_os = "none"))]
const SHARE_MARGIN: usize = 4096;

/// Set by `rt_yield_from` for the generator it is about to start: it may share the stack of
/// the running generator.
static SHARE_NEXT: Global<Value> = Global::new(0);

/// Frees the pooled stacks: the heap is short of memory.
pub fn empty_pool() {
    for s in POOL.get().iter_mut() {
        if *s != 0 {
            free_stack(core::mem::replace(s, 0));
        }
    }
}

/// A finished generator's stack: kept in the pool, or freed when the pool is full.
fn release_stack(stack: usize) {
    match POOL.get().iter_mut().find(|s| **s == 0) {
        Some(slot) => *slot = stack,
        None => free_stack(stack),
    }
}

/// A new stack, not zeroed (null when there is no memory for one): on a board a block of the
/// collected heap, owned by the generator object that holds it.
#[cfg(target_os = "none")]
fn new_stack() -> *mut u8 {
    crate::gc::alloc_uninit(stack_size(), crate::gc::LEAF)
}

#[cfg(target_os = "none")]
fn free_stack(stack: usize) {
    crate::gc::free(stack as *mut u8)
}

/// Whether `g`'s stack goes back to the pool when it ends: unless it ran on the lower part
/// of another's.
#[cfg(target_os = "none")]
fn owns_stack(g: Value) -> bool {
    gen(g).top == 0
}

/// `g` starts on `stack` (its [`GenObj::stack`] says so on a board).
#[cfg(target_os = "none")]
fn own(_g: Value, _stack: usize) {}

#[cfg(not(target_os = "none"))]
pub use outside::sweep_stacks;
#[cfg(not(target_os = "none"))]
use outside::{free_stack, new_stack, own, owns_stack};

/// On the host, a generator's stack (128 KiB, for native frames that recursion may make deep)
/// comes from the system's allocator, not from the collected heap, which would hold about a
/// hundred of them: a program may keep thousands of generators suspended, as in CPython. The
/// system gives the pages a stack never reaches no memory. Each stack is owned by one
/// generator, recorded here; the collector calls [`sweep_stacks`] before it frees objects, and
/// the stacks of the generators it did not reach are freed then. Memory used by stacks counts
/// towards the next collection: one runs when the stacks owned have doubled since the last.
#[cfg(not(target_os = "none"))]
mod outside {
    use super::{gen, stack_size, Global, State, Value};
    use std::collections::HashMap;

    /// Each generator that owns a stack, with the stack.
    static OWNED: Global<Option<HashMap<usize, usize>>> = Global::new(None);
    /// How many owned stacks start a collection before the next one is made.
    static LIMIT: Global<usize> = Global::new(256);

    fn owned() -> &'static mut HashMap<usize, usize> {
        OWNED.get().get_or_insert_with(HashMap::new)
    }

    fn layout() -> std::alloc::Layout {
        std::alloc::Layout::from_size_align(stack_size(), 16).expect("a stack's size is a multiple of 16")
    }

    pub(super) fn new_stack() -> *mut u8 {
        if owned().len() >= *LIMIT.get() {
            crate::gc::collect();
            *LIMIT.get() = (2 * owned().len()).max(256);
        }
        // SAFETY: the layout's size is not zero.
        unsafe { std::alloc::alloc(layout()) }
    }

    /// `g` starts on `stack` (a new or pooled one) and owns it.
    pub(super) fn own(g: Value, stack: usize) {
        owned().insert(g, stack);
    }

    pub(super) fn free_stack(stack: usize) {
        // SAFETY: every stack is allocated by `new_stack` with this layout, and freed once.
        unsafe { std::alloc::dealloc(stack as *mut u8, layout()) }
    }

    /// Whether `g` owns its stack (and no longer does: the caller releases it).
    pub(super) fn owns_stack(g: Value) -> bool {
        owned().remove(&g).is_some()
    }

    /// Called by the collector after marking, with what it marked: frees the stacks of the
    /// generators it did not reach. A generator not reached whose stack's lower part holds a
    /// suspended generator that was (a `yield from` it started: [`super::SHARE_MIN`]) hands its
    /// stack over to that one.
    pub fn sweep_stacks(marked: &dyn Fn(usize) -> bool) {
        let dead: Vec<(usize, usize)> = owned().iter().filter(|(&g, _)| !marked(g)).map(|(&g, &s)| (g, s)).collect();
        for (g, stack) in dead {
            owned().remove(&g);
            let guest = gen(g).guest;
            let live = |o: &super::GenObj| o.stack == stack && matches!(o.state, State::Suspended | State::New);
            if guest != 0 && marked(guest) && live(gen(guest)) {
                owned().insert(guest, stack);
            } else {
                free_stack(stack);
            }
        }
    }
}

fn gen(g: Value) -> &'static mut GenObj {
    unsafe { body(g) }
}

extern "C" {
    /// Saves the callee-saved registers on the current stack, stores the stack pointer at
    /// `save`, switches to the stack at `to`, restores its registers and returns there.
    fn mpyc_gen_switch(save: *mut usize, to: usize);
    /// Where a new generator's stack first returns to: calls [`gen_main`] with the generator.
    fn mpyc_gen_entry();
}

#[cfg(target_arch = "x86_64")]
core::arch::global_asm!(
    ".globl mpyc_gen_switch",
    "mpyc_gen_switch:",
    "push rbp", "push rbx", "push r12", "push r13", "push r14", "push r15",
    "mov [rdi], rsp",
    "mov rsp, rsi",
    "pop r15", "pop r14", "pop r13", "pop r12", "pop rbx", "pop rbp",
    "ret",
    ".globl mpyc_gen_entry",
    "mpyc_gen_entry:",
    "and rsp, -16",
    "mov rdi, r12",
    "call {main}",
    "ud2",
    main = sym gen_main,
);

#[cfg(target_arch = "aarch64")]
core::arch::global_asm!(
    ".globl mpyc_gen_switch",
    "mpyc_gen_switch:",
    "sub sp, sp, #160",
    "stp x19, x20, [sp]", "stp x21, x22, [sp, #16]", "stp x23, x24, [sp, #32]",
    "stp x25, x26, [sp, #48]", "stp x27, x28, [sp, #64]", "stp x29, x30, [sp, #80]",
    "stp d8, d9, [sp, #96]", "stp d10, d11, [sp, #112]", "stp d12, d13, [sp, #128]",
    "stp d14, d15, [sp, #144]",
    "mov x9, sp", "str x9, [x0]", "mov sp, x1",
    "ldp x19, x20, [sp]", "ldp x21, x22, [sp, #16]", "ldp x23, x24, [sp, #32]",
    "ldp x25, x26, [sp, #48]", "ldp x27, x28, [sp, #64]", "ldp x29, x30, [sp, #80]",
    "ldp d8, d9, [sp, #96]", "ldp d10, d11, [sp, #112]", "ldp d12, d13, [sp, #128]",
    "ldp d14, d15, [sp, #144]",
    "add sp, sp, #160",
    "ret",
    ".globl mpyc_gen_entry",
    "mpyc_gen_entry:",
    "mov x0, x19",
    "bl {main}",
    "brk #1",
    main = sym gen_main,
);

#[cfg(target_arch = "arm")]
core::arch::global_asm!(
    ".syntax unified",
    ".fpu fpv4-sp-d16",
    ".thumb",
    ".globl mpyc_gen_switch",
    ".type mpyc_gen_switch, %function",
    ".thumb_func",
    "mpyc_gen_switch:",
    "push {{r4-r11, lr}}",
    "vpush {{d8-d15}}",
    "mov r2, sp",
    "str r2, [r0]",
    "mov sp, r1",
    "vpop {{d8-d15}}",
    "pop {{r4-r11, pc}}",
    ".globl mpyc_gen_entry",
    ".type mpyc_gen_entry, %function",
    ".thumb_func",
    "mpyc_gen_entry:",
    "mov r0, r4",
    "bl {main}",
    "udf #0",
    main = sym gen_main,
);

/// The first frame on a generator's stack: runs the code, records how it ended, and switches
/// back for the last time.
unsafe extern "C" fn gen_main(g: Value) -> ! {
    let o = gen(g);
    let f: &FuncObj = body(o.func);
    let r = crate::func::invoke(f, tuple_items(o.args));
    if r == EXC && pending_is(&STOP_ITERATION) {
        // PEP 479: a StopIteration out of a generator's body is a RuntimeError.
        let stop = take_pending();
        let _ = raise(&RUNTIME_ERROR, "generator raised StopIteration");
        if let Some(e) = as_exc(pending()) {
            e.cause = stop;
            e.context = stop;
        }
    }
    let o = gen(g);
    if r == EXC {
        o.state = State::Failed;
    } else {
        o.state = State::Done;
        o.value = r;
    }
    let mut dead = 0;
    mpyc_gen_switch(&mut dead, o.caller_sp);
    unreachable!("a finished generator is never resumed")
}

/// The generator a call of the generator function `f` with bound `args` makes.
pub fn new_generator(f: Value, args: &[Value]) -> R {
    let args = new_tuple(args)?;
    let coroutine = unsafe { body::<FuncObj>(f) }.flags & crate::func::flags::COROUTINE != 0;
    alloc_flags(
        GenObj {
            header: Header::of(if coroutine { &COROUTINE_TYPE } else { &GENERATOR_TYPE }),
            func: f,
            args,
            stack: 0,
            caller_gen: 0,
            value: NONE,
            thrown: 0,
            delegate: 0,
            iter_delegate: 0,
            guest: 0,
            sp: 0,
            caller_sp: 0,
            caller_top: 0,
            top: 0,
            state: State::New,
        },
        crate::gc::GEN,
    )
}

/// Lays out a stack (a pooled one, or a new one not zeroed: the collector scans only what the
/// generator pushes on it) so that switching to it starts [`gen_main`] with `g`.
fn prepare_stack(g: Value) -> R<()> {
    let host = current();
    let share = core::mem::replace(SHARE_NEXT.get(), 0) == g && host != 0;
    let below = (crate::stack::sp() - SHARE_MARGIN) & !15;
    if share && below >= gen(host).stack + crate::stack::GEN_RESERVE + SHARE_MIN {
        // On the lower part of the running generator's stack.
        let block = gen(host).stack;
        gen(host).guest = g;
        let o = gen(g);
        o.stack = block;
        o.top = below;
        lay_out(g, below);
        return Ok(());
    }
    let pooled = POOL.get().iter_mut().rev().find(|s| **s != 0).map(|s| core::mem::replace(s, 0));
    let stack = match pooled {
        Some(s) => s as *mut u8,
        None => new_stack(),
    };
    if stack.is_null() {
        return Err(memory_error());
    }
    own(g, stack as usize);
    let o = gen(g);
    o.stack = stack as Value;
    o.top = 0;
    unsafe { *(stack as *mut usize) = CANARY };
    lay_out(g, stack_top(stack as usize));
    Ok(())
}

/// Where the guard region of a generator's stack goes: the lowest 32-byte boundary above its
/// canary word (a guest's is its host's: the same memory).
#[inline(always)]
fn guard_base(stack: usize) -> usize {
    #[cfg(target_os = "none")]
    let g = crate::board::cortex_m::GUARD;
    #[cfg(not(target_os = "none"))]
    let g = 1;
    (stack + core::mem::size_of::<usize>() + g - 1) & !(g - 1)
}

/// Lays out the stack of `g` from `top` down so that switching to it starts [`gen_main`].
fn lay_out(g: Value, top: usize) {
    let o = gen(g);
    let w = core::mem::size_of::<usize>();
    let words = |n: usize| top - n * w;
    unsafe {
        #[cfg(target_arch = "x86_64")]
        {
            // r15 r14 r13 r12 rbx rbp, then the return address, then a spare word.
            let sp = words(8);
            let regs = sp as *mut usize;
            for i in 0..6 {
                *regs.add(i) = 0;
            }
            *regs.add(3) = g; // r12
            *regs.add(6) = mpyc_gen_entry as *const () as usize;
            o.sp = sp;
        }
        #[cfg(target_arch = "aarch64")]
        {
            let sp = top - 160;
            let regs = sp as *mut usize;
            for i in 0..20 {
                *regs.add(i) = 0;
            }
            *regs = g; // x19
            *regs.add(11) = mpyc_gen_entry as *const () as usize; // x30
            o.sp = sp;
        }
        #[cfg(target_arch = "arm")]
        {
            // d8–d15 (16 words), r4–r11 (8 words), pc; 8-byte aligned after the pops.
            let sp = top - 108;
            let regs = sp as *mut usize;
            for i in 0..25 {
                *regs.add(i) = 0;
            }
            *regs.add(16) = g; // r4
            *regs.add(24) = mpyc_gen_entry as *const () as usize | 1;
            o.sp = sp;
        }
    }
    let _ = words;
}

/// Resumes `g`, sending `v`: its next value, or None when it finished (its return value is
/// then in [`return_value`]).
pub fn resume(g: Value, v: Value) -> R<Option<Value>> {
    let o = gen(g);
    if o.delegate != 0 && o.thrown == 0 && o.state == State::Suspended {
        // Suspended in `yield from` a generator: what that one yields is this one's next
        // value, without switching to this one's stack and back. When it ends, this one goes
        // on (its `yield from` sees the end), and an exception it raised is raised there.
        // Each level counts as a running generator (each holds a stack): an endless chain is a
        // RecursionError.
        enter_nested()?;
        let r = resume(o.delegate, v);
        NESTED.get().0 -= 1;
        match r {
            Ok(Some(x)) => return Ok(Some(x)),
            Ok(None) => {}
            Err(_) => gen(g).thrown = take_pending(),
        }
        gen(g).delegate = 0;
        return resume(g, NONE);
    }
    match o.state {
        State::Running => return Err(raise(&VALUE_ERROR, "generator already executing")),
        State::Done | State::Failed => {
            if o.thrown != 0 {
                let t = core::mem::replace(&mut o.thrown, 0);
                return Err(set_pending(t));
            }
            return Ok(None);
        }
        State::New => {
            if v != NONE && o.thrown == 0 {
                return Err(raise(&TYPE_ERROR, "can't send non-None value to a just-started generator"));
            }
            if o.thrown != 0 {
                // Thrown into before it started: it ends with that exception.
                o.state = State::Failed;
                let t = core::mem::replace(&mut o.thrown, 0);
                return Err(set_pending(t));
            }
            prepare_stack(g)?;
        }
        State::Suspended => {}
    }
    enter_nested()?;
    let o = gen(g);
    if o.guest != 0 {
        end_guest(g);
    }
    let o = gen(g);
    o.value = v;
    o.state = State::Running;
    o.caller_gen = current();
    o.caller_top = crate::gc::stack_top();
    *CURRENT.get() = g;
    crate::gc::set_stack_top(top_of(o));
    // Python code on the generator's stack may go down to its reserve.
    let caller_limit = crate::stack::set_limit(o.stack + crate::stack::GEN_RESERVE);
    // Below the reserve, the guard region (on a board with an MPU): runtime work that outgrew
    // the reserve faults there, reported as a stack overflow, instead of writing into the heap.
    let caller_guard = crate::board::move_guard(guard_base(o.stack));
    unsafe { mpyc_gen_switch(&mut o.caller_sp, o.sp) };
    crate::board::move_guard(caller_guard);
    crate::stack::set_limit(caller_limit);
    NESTED.get().0 -= 1;
    let o = gen(g);
    *CURRENT.get() = o.caller_gen;
    crate::gc::set_stack_top(o.caller_top);
    o.caller_gen = 0;
    if o.stack != 0 && unsafe { *(o.stack as *const usize) } != CANARY {
        crate::print::flush();
        crate::board::write_err(b"fatal: a generator overflowed its stack\n");
        panic!("generator stack overflow");
    }
    match o.state {
        State::Suspended => Ok(Some(o.value)),
        state => {
            // Nothing runs on the stack again: the next generator can have it (unless it is
            // the lower part of another's).
            let owner = owns_stack(g);
            let o = gen(g);
            let stack = core::mem::replace(&mut o.stack, 0);
            o.top = 0;
            if owner {
                release_stack(stack);
            }
            if state == State::Done {
                Ok(None)
            } else {
                Err(Exc)
            }
        }
    }
}

/// Before `g` runs again on its stack: the generator that ran on the lower part of it has
/// ended, as `yield from` leaves it — unless it ignored the GeneratorExit that `close()` threw
/// (a RuntimeError in `g`): then it is ended here, its frames given up.
#[cold]
fn end_guest(g: Value) {
    let b = core::mem::replace(&mut gen(g).guest, 0);
    let o = gen(b);
    if o.top == 0 || !matches!(o.state, State::Suspended | State::New) {
        return;
    }
    // (One laid out but never started, its start refused, starts afresh if it ever does.)
    if o.state == State::Suspended {
        o.state = State::Done;
        o.value = NONE;
        o.delegate = 0;
        o.iter_delegate = 0;
    }
    o.stack = 0;
    o.top = 0;
}

/// The return value of a finished generator.
pub fn return_value(g: Value) -> Value {
    gen(g).value
}

/// The return value of a finished generator, for the StopIteration that reports it: taken,
/// so that a later one has none (as in CPython).
pub fn take_return_value(g: Value) -> Value {
    core::mem::replace(&mut gen(g).value, NONE)
}

/// `yield v` in the running generator: the value sent back in, or EXC when an exception was
/// thrown in.
#[no_mangle]
pub extern "C" fn rt_yield(v: Value) -> Value {
    let g = current();
    let o = gen(g);
    o.value = v;
    o.state = State::Suspended;
    unsafe { mpyc_gen_switch(&mut o.sp, o.caller_sp) };
    let o = gen(g);
    if o.thrown != 0 {
        let t = core::mem::replace(&mut o.thrown, 0);
        set_pending(t);
        return EXC;
    }
    o.value
}

/// `yield from it`: yields everything `it` yields (passing sent values on to generators);
/// the result is what it returned.
#[no_mangle]
pub extern "C" fn rt_yield_from(x: Value) -> Value {
    if is_coroutine(x) {
        return ret(Err(raise(&TYPE_ERROR, "cannot 'yield from' a coroutine object in a non-coroutine generator")));
    }
    match crate::iter::iter(x) {
        Ok(it) => delegate_to(it),
        Err(e) => ret(Err(e)),
    }
}

/// Whether `x` is a coroutine (a generator an `async def` made).
pub fn is_coroutine(x: Value) -> bool {
    is_ptr(x) && core::ptr::eq(type_of(x), &COROUTINE_TYPE)
}

/// [`rt_yield_from`] the iterator `it`.
fn delegate_to(it: Value) -> Value {
    ret((|| {
        let mut sent = NONE;
        loop {
            let next = if kind_of(it) == Kind::Generator {
                if gen(it).state == State::New {
                    // (It may start on this generator's stack: this one waits for it to end.)
                    *SHARE_NEXT.get() = it;
                }
                resume(it, sent)?
            } else if sent != NONE {
                // Another iterator gets what is sent through its `send` method, as in CPython;
                // its StopIteration's value is what `yield from` gives.
                let send = crate::func::getattr(it, crate::str::from_str("send")?)?;
                match call(send, &[sent], &Kw::NONE) {
                    Ok(v) => Some(v),
                    Err(_) if pending_is(&STOP_ITERATION) => return Ok(stop_value(take_pending())),
                    Err(e) => return Err(e),
                }
            } else if let Some(f) = crate::func::lookup_name(type_of(it), crate::name!("__next__")) {
                // A class's iterator: its StopIteration's value is what `yield from` gives.
                match call(f, &[it], &Kw::NONE) {
                    Ok(v) => Some(v),
                    Err(_) if pending_is(&STOP_ITERATION) => return Ok(stop_value(take_pending())),
                    Err(e) => return Err(e),
                }
            } else {
                crate::iter::next(it)?
            };
            match next {
                Some(v) => {
                    let generator = hold_delegate(current(), it);
                    let r = rt_yield(v);
                    let o = gen(current());
                    o.delegate = 0;
                    let returned = !generator && core::mem::replace(&mut o.iter_delegate, 0) == DELEGATE_RETURNED;
                    if r == EXC {
                        // (The iterator's `throw` ended it: its StopIteration's value.)
                        if returned {
                            return Ok(stop_value(take_pending()));
                        }
                        return Err(Exc);
                    }
                    sent = r;
                }
                // (Taken: `yield from` a generator that has finished before gives None.)
                None if kind_of(it) == Kind::Generator => return Ok(take_return_value(it)),
                None => return Ok(NONE),
            }
        }
    })())
}

/// `g` suspends in `yield from it`: `it` in the field its kind takes. Whether it is a generator.
fn hold_delegate(g: Value, it: Value) -> bool {
    let generator = kind_of(it) == Kind::Generator;
    match generator {
        true => gen(g).delegate = it,
        false => gen(g).iter_delegate = it,
    }
    generator
}

/// A StopIteration's value: its first argument, or None.
fn stop_value(stop: Value) -> Value {
    let args = as_exc(stop).map_or(0, |x| x.args);
    if args != 0 {
        tuple_items(args).first().copied().unwrap_or(NONE)
    } else {
        NONE
    }
}

/// `await x`: `yield from` a coroutine (a generator made by an `async def`) or the iterator
/// `x.__await__()` gives; TypeError for anything else, as CPython's.
#[no_mangle]
pub extern "C" fn rt_await(x: Value) -> Value {
    if is_ptr(x) && kind_of(x) == Kind::Generator {
        return delegate_to(x);
    }
    let t = type_of(x);
    let it = match crate::func::lookup_name(t, crate::name!("__await__")) {
        Some(f) => crate::func::call(f, &[x], &crate::func::Kw::NONE),
        None => Err(raise(&TYPE_ERROR, alloc::format!("object {} can't be used in 'await' expression", t.name))),
    };
    match it {
        // (`__await__` may give a coroutine's own: `return coro().__await__()`.)
        Ok(it) if is_coroutine(it) => delegate_to(it),
        Ok(it) => rt_yield_from(it),
        Err(e) => ret(Err(e)),
    }
}

/// Calls `scan(low, high)` for the stacks of the generators running now and of whoever
/// resumed each of them; the current stack is the collector's own business.
pub fn scan_callers(scan: &mut dyn FnMut(usize, usize)) {
    let mut g = current();
    while g != 0 {
        let o = gen(g);
        scan(o.caller_sp, o.caller_top);
        g = o.caller_gen;
    }
}

/// A generator's `iter_delegate` after the iterator's `throw` method ended it.
const DELEGATE_RETURNED: Value = 1;

/// `g.throw(e)`, or `g.throw(type, value)`: `g`'s next value, or StopIteration with its return
/// value when it ended.
fn throw(g: Value, e: Value, value: Value) -> R {
    match throw_into(g, e, value)? {
        Some(v) => Ok(v),
        None => Err(stop_iteration(take_return_value(g))),
    }
}

/// The exception `throw(e, value)` raises: the value when it is an instance of the type, else
/// the type called with it (its items, for a tuple), as CPython's.
fn thrown_exception(e: Value, value: Value) -> R {
    let exception = |t: &'static TypeObj| t.is_subtype(&BASE_EXCEPTION);
    if !as_type(e).map_or(as_exc(e).is_some(), exception) {
        let msg =
            alloc::format!("exceptions must be classes or instances deriving from BaseException, not {}", type_name(e));
        return Err(raise(&TYPE_ERROR, msg));
    }
    let e = match as_type(e) {
        Some(_) if value == NONE => call(e, &[], &Kw::NONE)?,
        Some(ty) if !isinstance(value, ty) => match is_ptr(value) && kind_of(value) == Kind::Tuple {
            true => call(e, tuple_items(value), &Kw::NONE)?,
            false => call(e, &[value], &Kw::NONE)?,
        },
        Some(_) => value,
        None if value != NONE => {
            return Err(raise(&TYPE_ERROR, "instance exception may not have a separate value"));
        }
        None => e,
    };
    // (What the class made must be an exception too.)
    if as_exc(e).is_none() {
        let msg = alloc::format!("calling {} should have returned an instance of BaseException", type_name(e));
        return Err(raise(&TYPE_ERROR, msg));
    }
    Ok(e)
}

/// Delivers `throw(e, value)` where `g` is suspended, as CPython's generators do. In `yield
/// from`: GeneratorExit closes the iterator delegated to and is raised in `g`; anything else
/// goes to that iterator (a generator's own `throw`, another iterator's `throw` method, as it
/// was given), and what that raises is raised in `g`. Else (also for an iterator without
/// `throw`) it is raised at `g`'s `yield`, checked only then. `g`'s next value, or None when
/// it ended.
fn throw_into(g: Value, e: Value, value: Value) -> R<Option<Value>> {
    let o = gen(g);
    let held = if o.delegate != 0 { &mut o.delegate } else { &mut o.iter_delegate };
    if *held != 0 && o.state == State::Suspended {
        let d = core::mem::replace(held, 0);
        let exit = as_type(e).unwrap_or(type_of(e)).is_subtype(&GENERATOR_EXIT);
        let delivered = if exit {
            if close_iter(d).is_err() {
                gen(g).thrown = take_pending();
                return resume(g, NONE);
            }
            None
        } else if kind_of(d) == Kind::Generator {
            Some(throw_into(d, e, value))
        } else {
            crate::func::lookup_name(type_of(d), crate::name!("throw")).map(|m| {
                let r = match value {
                    NONE => call(m, &[d, e], &Kw::NONE),
                    v => call(m, &[d, e, v], &Kw::NONE),
                };
                r.map(Some)
            })
        };
        match delivered {
            Some(Ok(Some(v))) => {
                hold_delegate(g, d);
                return Ok(Some(v));
            }
            // A generator delegated to ended: `g`'s `yield from` gets its return value.
            Some(Ok(None)) => return resume(g, NONE),
            Some(Err(_)) => {
                if kind_of(d) != Kind::Generator && pending_is(&STOP_ITERATION) {
                    gen(g).iter_delegate = DELEGATE_RETURNED;
                }
                gen(g).thrown = take_pending();
                return resume(g, NONE);
            }
            None => {}
        }
    }
    gen(g).thrown = thrown_exception(e, value)?;
    resume(g, NONE)
}

/// Closes what a `yield from` delegates to when GeneratorExit is thrown: a generator, or an
/// iterator with a `close` method.
fn close_iter(d: Value) -> R<()> {
    if kind_of(d) == Kind::Generator {
        return close(d);
    }
    match crate::func::lookup_name(type_of(d), crate::name!("close")) {
        Some(m) => call(m, &[d], &Kw::NONE).map(|_| ()),
        None => Ok(()),
    }
}

/// `g.close()`: GeneratorExit thrown in, which it must not answer with a value.
fn close(g: Value) -> R<()> {
    if matches!(gen(g).state, State::New | State::Done | State::Failed) {
        gen(g).state = State::Done;
        return Ok(());
    }
    match throw(g, GENERATOR_EXIT.as_value(), NONE) {
        Ok(_) => Err(raise(&RUNTIME_ERROR, "generator ignored GeneratorExit")),
        Err(e) => {
            if pending_is(&GENERATOR_EXIT) || pending_is(&STOP_ITERATION) {
                take_pending();
                Ok(())
            } else {
                Err(e)
            }
        }
    }
}

/// A coroutine's methods: a generator's, but it is no iterator (`__await__` gives itself, for
/// `await` and for classes whose `__await__` hands a coroutine's on).
pub static COROUTINE_METHODS: &[NativeObj] = crate::methods![
    NativeObj::method("__await__", 0, 0, |a, _| Ok(a[0])),
    NativeObj::new("close", |a, _| close(a[0]).map(|_| NONE)),
    NativeObj::new("send", |a, _| match resume(a[0], *a.get(1).unwrap_or(&NONE))? {
        Some(v) => Ok(v),
        None => Err(stop_iteration(take_return_value(a[0]))),
    }),
    NativeObj::new("throw", |a, _| throw(a[0], *a.get(1).unwrap_or(&NONE), *a.get(2).unwrap_or(&NONE))),
];

pub static GENERATOR_METHODS: &[NativeObj] = crate::methods![
    NativeObj::method("__iter__", 0, 0, |a, _| Ok(a[0])),
    NativeObj::method("__next__", 0, 0, crate::builtins::next_fn),
    NativeObj::new("close", |a, _| close(a[0]).map(|_| NONE)),
    NativeObj::new("send", |a, _| match resume(a[0], *a.get(1).unwrap_or(&NONE))? {
        Some(v) => Ok(v),
        None => Err(stop_iteration(take_return_value(a[0]))),
    }),
    NativeObj::new("throw", |a, _| throw(a[0], *a.get(1).unwrap_or(&NONE), *a.get(2).unwrap_or(&NONE))),
];

/// The generator function's name, for repr.
pub fn name(g: Value) -> &'static str {
    unsafe { body::<FuncObj>(gen(g).func) }.func_name()
}
