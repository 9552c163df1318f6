//! Generators: their frames run in one run area (a block of the collected heap), and `yield`
//! switches stacks. A generator function's code is compiled as any function's; calling the
//! function makes a generator, `next()`/`send()` switch to its frames, `yield` switches back.
//!
//! A generator started from the main stack has its frames at the top of the area; one started
//! by a running generator (a generator expression it consumes, one it delegates to with `yield
//! from`) below that one's frames. Frames never move: they hold pointers into themselves. The
//! area holds the frames of the generators running (each resumed by the one before) and of
//! the one that yielded to the main stack last; any other's are out in a buffer of its own (a
//! leaf block the generator object holds, as big as the frames are deep: a few hundred bytes),
//! copied back in when it runs. So a loop over one generator copies nothing; a generator that
//! yields to the one consuming it copies its own (small) frames out and back in for each item;
//! two that take turns from the main stack copy theirs at each turn. When frames must go out
//! or in where the running generator's own are, the copying cannot run on them: a small
//! switching context of its own, on a stack above the area, does it ([`switcher`]).
//!
//! The collector scans a suspended generator's frames (in the area, or in its buffer) as part
//! of the generator object, and the main stack under the running ones explicitly.

use crate::exc::*;
use crate::func::{call, ret, FuncObj, Kw, NativeObj};
use crate::list::{new_tuple, tuple_items};
use crate::object::*;
use crate::value::*;

/// Bytes of the run area (a program whose functions run as bytecode gets half as much again:
/// [`bytecode_stacks`]).
#[cfg(target_os = "none")]
pub const STACK_SIZE: usize = 8192;
#[cfg(not(target_os = "none"))]
pub const STACK_SIZE: usize = 128 * 1024;

/// Bytes of the switching context's stack, above the run area: the copying, and the
/// interrupts (not the callbacks', which wait) that come meanwhile.
#[cfg(target_os = "none")]
const SWITCH_STACK: usize = 1024;
#[cfg(not(target_os = "none"))]
const SWITCH_STACK: usize = 16 * 1024;

/// Room a buffer keeps beyond the frames seen where a switch is decided, for those the switch
/// itself pushes (the callee-saved registers: 100 bytes on a Cortex-M4F).
#[cfg(target_arch = "arm")]
const SWITCH_FRAMES: usize = 192;
#[cfg(not(target_arch = "arm"))]
const SWITCH_FRAMES: usize = 1024;

/// The size of the run area of this program. (An atomic, relaxed: a plain load, which the
/// optimizer cannot turn into a flag and a select on each generator's resumption, as it may a
/// global only ever set to one of two constants.)
static SIZE: core::sync::atomic::AtomicUsize = core::sync::atomic::AtomicUsize::new(STACK_SIZE);

fn stack_size() -> usize {
    SIZE.load(core::sync::atomic::Ordering::Relaxed)
}

/// Gives generators a run area half as big again: a call level of bytecode (the stub, the VM's
/// frame and its registers: about 180 bytes on a Cortex-M4) takes several times the stack of
/// a native one. Called once, before any generator starts.
pub fn bytecode_stacks() {
    SIZE.store(STACK_SIZE + STACK_SIZE / 2, core::sync::atomic::Ordering::Relaxed);
}

/// A word written at the bottom of the run area; finding it changed means a generator
/// overflowed it.
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
    /// Where its frames go while they are out of the run area: a leaf block of `cap` bytes
    /// (0 before they first leave it, and after the end).
    saved: Value,
    /// While running: the generator that resumed this one (0: the main stack). While
    /// suspended inside an `except` clause: the exception it handles, the handled one
    /// (`sys.exc_info()`, a new exception's `__context__`, a bare `raise`) while it runs, not
    /// its caller's once it yields (0: none of its own; its caller's shows). One word for
    /// both: a generator object is four blocks.
    link: Value,
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
    // The fields below are not scanned (see `scan_ranges`).
    /// Its stack pointer, in the run area, while it does not execute (suspended, or running
    /// and resuming another); 0 before it starts.
    sp: usize,
    /// How many bytes of `saved` hold its frames (`[sp, top)` of the area) while they are out
    /// of the area; 0 while they are in it (or it has none).
    len: usize,
    /// The size of `saved`.
    cap: usize,
    /// The top of its frames in the run area (0 before it starts): the area's top, or below
    /// the frames of the generator that started it.
    top: usize,
    /// While running, resumed from the main stack: where the main stack's pointer was saved,
    /// and the top of that stack.
    caller_sp: usize,
    caller_top: usize,
    state: State,
}

/// Set when `throw()` (or `close()`) is refused by a running generator, cleared when a throw
/// starts: a generator whose `close()` of the one it delegates to was refused so is left as it
/// was, as in CPython, not handed the ValueError. (Resuming and throwing need no flag:
/// [`refused`].)
static BUSY: Global<bool> = Global::new(false);

/// Whether an error of resuming (or throwing into) the generator `d` came without `d` running:
/// it (or one it delegates to) is running, or there was no room. A generator that raised has
/// ended.
fn refused(d: Value) -> bool {
    matches!(gen(d).state, State::Running | State::Suspended)
}

/// The generator running now (0 when on the main stack).
static CURRENT: Global<Value> = Global::new(0);

/// The run area (a leaf block of [`stack_size`] bytes and the switching context's stack
/// above), 0 before the first generator starts.
static AREA: Global<usize> = Global::new(0);

/// The generator last resumed from the main stack (0: none, or it ended): while the main
/// stack runs, the only one whose frames are in the run area; while generators run, the first
/// of them.
static OWNER: Global<Value> = Global::new(0);

/// The switching context's saved stack pointer.
static SWITCHER: Global<usize> = Global::new(0);

/// What the switching context does when switched to: copies out of the run area the frames of
/// `.0` (a generator that yields; 0: none) and those of `.1` and of the generators that
/// resumed it (running) that are where the frames of `.2` go, puts those of `.2` in, and
/// switches to `.2`.
static PLAN: Global<(Value, Value, Value)> = Global::new((0, 0, 0));

/// What [`mpyc_gen_entry`] starts the switching context with, instead of a generator.
const SWITCHER_TAG: Value = 1;

/// The callbacks' mask level before a switch, for the side switched to to put back: a hard
/// callback that came in the middle of one (and resumed a generator) would find the run area
/// half copied, or the switching context's stack in use.
#[cfg(target_os = "none")]
static LEVEL: Global<u8> = Global::new(0);

/// Holds the callbacks' interrupts back until [`release`], on the side switched to.
#[inline(always)]
fn hold() {
    #[cfg(target_os = "none")]
    {
        *LEVEL.get() = crate::board::mask_callbacks();
    }
}

#[inline(always)]
fn release() {
    #[cfg(target_os = "none")]
    crate::board::unmask_callbacks(*LEVEL.get());
}

/// How many generators are running (each resumed by the one before), and how many may: every
/// one holds its frames in a buffer of the heap, and a chain of `yield from` that never ends
/// must be a RecursionError (as in CPython), not the heap's exhaustion. The limit comes from
/// the heap's size, when needed.
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
        // (A level holds a few hundred bytes of frames, in a buffer or on the resumer's stack.)
        *max = ((free + used) / 2048).clamp(8, 1000);
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

/// Marks the generator running now, the run area and the spare buffer. (Not the one whose
/// frames are in the area: a program that dropped it lets it go, [`after_mark`].)
pub fn mark_roots(mark: &mut dyn FnMut(usize)) {
    mark(current());
    mark(*AREA.get());
    mark(SPARE.get().0);
}

/// Called by the collector after marking, with what it marked: a generator whose frames are
/// in the run area that the program no longer reaches leaves the area free.
pub fn after_mark(marked: &dyn Fn(usize) -> bool) {
    let owner = OWNER.get();
    if *owner != 0 && !marked(*owner) {
        *owner = 0;
    }
}

/// What the collector scans of the generator object at `p` (allocated with [`crate::gc::GEN`]):
/// its values `[p, .0)`, and its frames `[.1, .2)` while it does not execute: in its buffer,
/// or in the run area. A running generator's frames are scanned as the current stack.
pub fn scan_ranges(p: usize) -> (usize, usize, usize) {
    let o = unsafe { &*(p as *const GenObj) };
    let values = p + core::mem::offset_of!(GenObj, sp);
    if o.len != 0 {
        (values, o.saved, o.saved + o.len)
    } else if o.state == State::Suspended && p == *OWNER.get() {
        (values, o.sp, o.top)
    } else {
        (values, 0, 0)
    }
}

/// The top of the run area (16-byte aligned): where the frames of a generator started from the
/// main stack start.
fn area_top() -> usize {
    (*AREA.get() + stack_size()) & !15
}

/// Makes the run area at the start of a program that has generators (`rt_init`): a big run
/// found later may not be there once long-lived objects are spread over the heap. (A program
/// whose heap cannot hold it gets its MemoryError when the first generator starts.) Behind
/// the gate `yield`, which the compiler opens exactly when it asks for this.
#[inline(never)]
#[cfg_attr(target_os = "none", link_section = ".text.mpyc.gate.yield/prepare")]
pub fn prepare() {
    if area().is_err() {
        crate::exc::take_pending();
    }
}

/// The run area, made with the switching context when the first generator starts (or at once:
/// [`prepare`]).
fn area() -> R<usize> {
    let a = *AREA.get();
    if a != 0 {
        return Ok(a);
    }
    let p = crate::gc::alloc_uninit(stack_size() + SWITCH_STACK, crate::gc::LEAF) as usize;
    if p == 0 {
        return Err(memory_error());
    }
    unsafe { *(p as *mut usize) = CANARY };
    crate::gc::set_known_run(p as *mut u8, stack_size() + SWITCH_STACK);
    *AREA.get() = p;
    *SWITCHER.get() = lay_out(SWITCHER_TAG, (p + stack_size() + SWITCH_STACK) & !15);
    Ok(p)
}

/// The buffer of the generator that ended last, and its size, for the next that needs one
/// (generator expressions come and go in a loop).
static SPARE: Global<(Value, usize)> = Global::new((0, 0));

/// Makes `cap` of `g`'s buffer at least `bytes`, for frames now in the run area. (A buffer
/// replaced is left to the collector.)
#[inline(always)]
fn reserve(g: Value, bytes: usize) -> R<()> {
    if gen(g).cap >= bytes {
        return Ok(());
    }
    grow(g, bytes)
}

#[inline(never)]
fn grow(g: Value, bytes: usize) -> R<()> {
    let spare = SPARE.get();
    let (p, cap) = if spare.1 >= bytes {
        core::mem::take(spare)
    } else {
        let cap = (bytes + 63) & !63;
        let p = crate::gc::alloc_uninit(cap, crate::gc::LEAF);
        if p.is_null() {
            return Err(memory_error());
        }
        (p as Value, cap)
    };
    let o = gen(g);
    o.saved = p;
    o.cap = cap;
    Ok(())
}

/// Copies `g`'s frames (`[sp, top)` of the area) out to its buffer.
fn save(g: Value) {
    let o = gen(g);
    let len = o.top - o.sp;
    if len > o.cap {
        fatal(b"fatal: a generator's frames outgrew their buffer\n");
    }
    unsafe { copy_words(o.saved as *mut u8, o.sp as *const u8, len) };
    o.len = len;
}

/// Puts `g`'s frames back in the area (or lays out its first, at its top).
fn restore(g: Value) {
    let o = gen(g);
    if o.sp == 0 {
        o.sp = lay_out(g, o.top);
    } else if o.len != 0 {
        unsafe { copy_words(o.sp as *mut u8, o.saved as *const u8, o.len) };
        o.len = 0;
    }
}

/// Copies `len` bytes (a multiple of 4) between word-aligned places that do not overlap:
/// eight words to an instruction pair on a Cortex-M.
#[inline(always)]
unsafe fn copy_words(dst: *mut u8, src: *const u8, len: usize) {
    #[cfg(target_arch = "arm")]
    mpyc_copy_words(dst, src, len);
    #[cfg(not(target_arch = "arm"))]
    core::ptr::copy_nonoverlapping(src, dst, len);
}

#[cfg(target_arch = "arm")]
extern "C" {
    fn mpyc_copy_words(dst: *mut u8, src: *const u8, len: usize);
}

#[cfg(target_arch = "arm")]
core::arch::global_asm!(
    // (Each routine in a section of its own, linked only where it is used: `float::sqrt`.)
    ".pushsection .text.mpyc_copy_words,\"ax\",%progbits",
    ".syntax unified",
    ".thumb",
    ".globl mpyc_copy_words",
    ".type mpyc_copy_words, %function",
    ".thumb_func",
    "mpyc_copy_words:",
    "push {{r4-r9}}",
    "subs r2, #32",
    "blt 2f",
    "1:",
    "ldmia r1!, {{r3-r9, r12}}",
    "stmia r0!, {{r3-r9, r12}}",
    "subs r2, #32",
    "bge 1b",
    // The rest, under 32 bytes: its bits 4, 3 and 2 (the same in `r2`, 32 less) say whether
    // 16, 8 and 4 more go; shifted into the carry and negative flags, each a pair of
    // conditional instructions, whatever the rest is.
    "2:",
    "lsls r2, r2, #28",
    "itt cs",
    "ldmiacs r1!, {{r3-r6}}",
    "stmiacs r0!, {{r3-r6}}",
    "itt mi",
    "ldmiami r1!, {{r3-r4}}",
    "stmiami r0!, {{r3-r4}}",
    "lsls r2, r2, #2",
    "itt cs",
    "ldrcs r3, [r1], #4",
    "strcs r3, [r0], #4",
    "pop {{r4-r9}}",
    "bx lr",
    ".popsection",
);

#[cold]
fn fatal(msg: &[u8]) -> ! {
    crate::print::flush();
    crate::board::write_err(msg);
    panic!("generator stack");
}

/// Calls `f` for `first` and the generators that resumed it, one after the other, whose frames
/// are in the run area and reach below `top`: in the way of frames that end there.
fn in_the_way(first: Value, top: usize, mut f: impl FnMut(Value) -> R<()>) -> R<()> {
    let mut r = first;
    while r != 0 {
        let o = gen(r);
        if o.len == 0 && o.sp < top {
            f(r)?;
        }
        r = gen(r).link;
    }
    Ok(())
}

/// The switching context: runs [`PLAN`] each time it is switched to, on its own stack.
fn switcher() -> ! {
    loop {
        let (yielded, out, into) = *PLAN.get();
        if yielded != 0 {
            save(yielded);
        }
        let _ = in_the_way(out, gen(into).top, |r| {
            save(r);
            Ok(())
        });
        restore(into);
        unsafe { mpyc_gen_switch(SWITCHER.get(), gen(into).sp) };
    }
}

/// How a switch to a generator goes.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Way {
    /// Straight to its frames, which are in the area.
    Direct,
    /// Through the switching context: frames must go out or in where the running
    /// generator's own are.
    Switcher,
}

/// A generator started by a running one has its frames this far below the stack pointer
/// where the switch is decided (room for the frames of the switch itself, and of a resumption
/// from a little deeper), when at least half the area is left under them (room to recurse no
/// smaller than a stack of its own had: [`STACK_SIZE`] used to be half as big); a later
/// resumption goes straight to them while they are at least [`GUEST_SAFE`] below.
///
/// The margin also takes what an interrupt pushes where frames are copied or switched to just
/// below: the exception frame (104 bytes with the FPU's registers) and the deepest handler
/// the callbacks' mask does not hold back (the USB console's, about 600 bytes); on the host,
/// a signal's frame.
#[cfg(target_arch = "arm")]
const GUEST_GAP: usize = 1280;
#[cfg(not(target_arch = "arm"))]
const GUEST_GAP: usize = 16384;
#[cfg(target_arch = "arm")]
const GUEST_SAFE: usize = 1024;
#[cfg(not(target_arch = "arm"))]
const GUEST_SAFE: usize = 8192;

/// Gets the frames of `into` in the run area for the running generator `from` (0: the main
/// stack) to switch to: nothing to do when they are there, from a loop over one generator; a
/// generator's started or resumed by a running one below that one's frames, at once; else the
/// switching context's work, with the buffers it fills made big enough first.
#[inline(always)]
fn take_area(from: Value, into: Value) -> R<Way> {
    let owner = *OWNER.get();
    if from == 0 && owner == into {
        return Ok(Way::Direct);
    }
    take_area_slow(from, into, owner)
}

#[inline(never)]
fn take_area_slow(from: Value, into: Value, owner: Value) -> R<Way> {
    let area = area()?;
    if from == 0 {
        // Only the frames of the one that yielded last are in the area.
        if owner != 0 {
            reserve(owner, gen(owner).top - gen(owner).sp)?;
            save(owner);
        }
        *OWNER.get() = into;
        let o = gen(into);
        if o.sp == 0 {
            o.top = area_top();
        }
        restore(into);
        return Ok(Way::Direct);
    }
    let sp = crate::stack::sp();
    let o = gen(into);
    if o.sp == 0 {
        let below = (sp - GUEST_GAP) & !15;
        o.top = if below >= area + stack_size() / 2 { below } else { area_top() };
    }
    if o.top + GUEST_SAFE <= sp {
        restore(into);
        return Ok(Way::Direct);
    }
    // `from`'s frames (down to where the switch leaves the stack pointer), and those of the
    // generators that resumed it that are where `into`'s go, go out.
    reserve(from, gen(from).top - (sp - SWITCH_FRAMES))?;
    in_the_way(gen(from).link, o.top, |r| reserve(r, gen(r).top - gen(r).sp))?;
    Ok(Way::Switcher)
}

/// `g`'s frames are gone: its buffer is the spare one (unless that is bigger).
fn drop_frames(g: Value) {
    let o = gen(g);
    let spare = SPARE.get();
    if o.cap > spare.1 {
        *spare = (o.saved, o.cap);
    }
    o.saved = 0;
    o.cap = 0;
    o.len = 0;
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
    ".pushsection .text.mpyc_gen_switch,\"ax\",%progbits",
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
    ".popsection",
    main = sym gen_main,
);

/// The first frame on a generator's stack: runs the code, records how it ended, and switches
/// back for the last time. (The switching context starts here too.)
unsafe extern "C" fn gen_main(g: Value) -> ! {
    if g == SWITCHER_TAG {
        switcher();
    }
    release();
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
    hold();
    let o = gen(g);
    if r == EXC {
        o.state = State::Failed;
    } else {
        o.state = State::Done;
        o.value = r;
    }
    let mut dead = 0;
    if o.link == 0 {
        *OWNER.get() = 0;
        mpyc_gen_switch(&mut dead, o.caller_sp);
    } else {
        back_to(g, o.link);
    }
    unreachable!("a finished generator is never resumed")
}

/// The generator a call of the generator function `f` with bound `args` makes. Behind the gate
/// `yield`, which the compiler names for a program with generator functions or coroutines (it
/// alone has functions whose calls make generators).
#[inline(never)]
#[cfg_attr(target_os = "none", link_section = ".text.mpyc.gate.yield/new_generator")]
pub fn new_generator(f: Value, args: &[Value]) -> R {
    let args = new_tuple(args)?;
    let coroutine = unsafe { body::<FuncObj>(f) }.flags & crate::func::flags::COROUTINE != 0;
    alloc_flags(
        GenObj {
            header: Header::of(if coroutine { &COROUTINE_TYPE } else { &GENERATOR_TYPE }),
            func: f,
            args,
            saved: 0,
            link: 0,
            value: NONE,
            thrown: 0,
            delegate: 0,
            iter_delegate: 0,
            sp: 0,
            len: 0,
            cap: 0,
            top: 0,
            caller_sp: 0,
            caller_top: 0,
            state: State::New,
        },
        crate::gc::GEN,
    )
}

/// Where the guard region of the run area goes: the lowest 32-byte boundary above its canary
/// word.
#[inline(always)]
fn guard_base(stack: usize) -> usize {
    #[cfg(target_os = "none")]
    let g = crate::board::cortex_m::GUARD;
    #[cfg(not(target_os = "none"))]
    let g = 1;
    (stack + core::mem::size_of::<usize>() + g - 1) & !(g - 1)
}

/// Lays out a stack from `top` down so that switching to it starts [`gen_main`] with `g`;
/// the stack pointer to switch to.
fn lay_out(g: Value, top: usize) -> usize {
    unsafe {
        #[cfg(target_arch = "x86_64")]
        {
            // r15 r14 r13 r12 rbx rbp, then the return address, then a spare word.
            let sp = top - 8 * 8;
            let regs = sp as *mut usize;
            for i in 0..6 {
                *regs.add(i) = 0;
            }
            *regs.add(3) = g; // r12
            *regs.add(6) = mpyc_gen_entry as *const () as usize;
            sp
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
            sp
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
            sp
        }
    }
}

/// Resumes `g`, sending `v`: its next value, or None when it finished (its return value is
/// then in [`return_value`]).
pub fn resume(g: Value, v: Value) -> R<Option<Value>> {
    let o = gen(g);
    if o.delegate != 0 && o.thrown == 0 && o.state == State::Suspended {
        // Suspended in `yield from` a generator: what that one yields is this one's next
        // value, without switching to this one's stack and back. When it ends, this one goes
        // on (its `yield from` sees the end), and an exception it raised is raised there.
        // Each level counts as a running generator (each holds frames): an endless chain is a
        // RecursionError.
        enter_nested()?;
        let d = o.delegate;
        let r = resume(d, v);
        NESTED.get().0 -= 1;
        match r {
            Ok(Some(x)) => return Ok(Some(x)),
            Ok(None) => {}
            // (It did not run — one of the chain is running, or there was no room —: nothing
            // happens to this one, as in CPython. One that raised has ended.)
            Err(e) if refused(d) => return Err(e),
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
        }
        State::Suspended => {}
    }
    enter_nested()?;
    let from = current();
    hold();
    let way = match take_area(from, g) {
        Ok(way) => way,
        Err(e) => {
            release();
            NESTED.get().0 -= 1;
            return Err(e);
        }
    };
    let o = gen(g);
    let own = core::mem::replace(&mut o.link, from);
    o.value = v;
    o.state = State::Running;
    *CURRENT.get() = g;
    let caller_handling = crate::exc::handling();
    if own != 0 {
        crate::exc::set_handling(own);
    }
    if from == 0 {
        let area = *AREA.get();
        o.caller_top = crate::gc::stack_top();
        crate::gc::set_stack_top(area_top());
        // Python code in the run area may go down to its reserve.
        let caller_limit = crate::stack::set_limit(area + crate::stack::GEN_RESERVE);
        // Below the reserve, the guard region (on a board with an MPU): runtime work that
        // outgrew the reserve faults there, reported as a stack overflow, instead of writing
        // into the heap.
        let caller_guard = crate::board::move_guard(guard_base(area));
        unsafe { mpyc_gen_switch(&mut o.caller_sp, o.sp) };
        crate::board::move_guard(caller_guard);
        crate::stack::set_limit(caller_limit);
        crate::gc::set_stack_top(gen(g).caller_top);
    } else {
        if way == Way::Direct {
            // From a generator, to frames below its own.
            unsafe { mpyc_gen_switch(&mut gen(from).sp, gen(g).sp) };
        } else {
            // From a generator, to frames where its own are: the switching context copies
            // them out and `g`'s in.
            *PLAN.get() = (0, from, g);
            unsafe { mpyc_gen_switch(&mut gen(from).sp, *SWITCHER.get()) };
        }
        // Back (however `g` came back: [`back_to`]): frames it left below this one's go out
        // before this one goes deeper.
        let o = gen(g);
        if o.state == State::Suspended && o.len == 0 {
            save(g);
        }
    }
    *CURRENT.get() = from;
    // What it handles now is its own (an `except` clause it yielded in), unless it is what
    // it found (none of its own): the caller's again.
    let now = crate::exc::handling();
    crate::exc::set_handling(caller_handling);
    release();
    NESTED.get().0 -= 1;
    let o = gen(g);
    o.link = if now == caller_handling || o.state != State::Suspended { 0 } else { now };
    if unsafe { *(*AREA.get() as *const usize) } != CANARY {
        fatal(b"fatal: a generator overflowed its stack\n");
    }
    match o.state {
        State::Suspended => Ok(Some(o.value)),
        state => {
            drop_frames(g);
            if state == State::Done {
                Ok(None)
            } else {
                Err(Exc)
            }
        }
    }
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
    let to = gen(g).link;
    if to != 0 && reserve(g, gen(g).top - (crate::stack::sp() - SWITCH_FRAMES)).is_err() {
        // (No room for its frames: a MemoryError at the `yield`.)
        return EXC;
    }
    // (Held first: a hard callback must not find it suspended before it has switched away.)
    hold();
    let o = gen(g);
    o.value = v;
    o.state = State::Suspended;
    if to == 0 {
        unsafe { mpyc_gen_switch(&mut o.sp, o.caller_sp) };
    } else {
        back_to(g, to);
    }
    release();
    let o = gen(g);
    if o.thrown != 0 {
        let t = core::mem::replace(&mut o.thrown, 0);
        set_pending(t);
        return EXC;
    }
    o.value
}

/// `g` (suspended, or ended) switches back to the generator `to` that resumed it: straight
/// to its frames when `g`'s are far enough below them (`to` then copies `g`'s out, with room
/// for its own frames doing so: [`resume`]), after putting them back if they were out; else
/// through the switching context.
#[inline(never)]
fn back_to(g: Value, to: Value) {
    let t = gen(to);
    let o = gen(g);
    let suspended = o.state == State::Suspended;
    let mut dead = 0;
    let save_at: *mut usize = if suspended { &mut o.sp } else { &mut dead };
    if o.top + GUEST_SAFE <= t.sp {
        restore(to);
        unsafe { mpyc_gen_switch(save_at, t.sp) };
    } else {
        *PLAN.get() = (if suspended { g } else { 0 }, 0, to);
        unsafe { mpyc_gen_switch(save_at, *SWITCHER.get()) };
    }
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

/// Calls `scan(low, high)` for the part of the main stack under the generators running now
/// (the frames of those that resumed others are in their buffers, scanned with them); the
/// current stack is the collector's own business.
pub fn scan_callers(scan: &mut dyn FnMut(usize, usize)) {
    let mut g = current();
    while g != 0 {
        let o = gen(g);
        if o.link == 0 {
            scan(o.caller_sp, o.caller_top);
        }
        g = o.link;
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
    let cls = e;
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
        return Err(crate::exc::not_made(cls, e, false));
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
    if o.state == State::Running {
        // (Nothing is delivered to a running generator.)
        *BUSY.get() = true;
        return Err(raise(&VALUE_ERROR, "generator already executing"));
    }
    *BUSY.get() = false;
    let held = if o.delegate != 0 { &mut o.delegate } else { &mut o.iter_delegate };
    if *held != 0 && o.state == State::Suspended {
        let d = core::mem::replace(held, 0);
        let exit = as_type(e).unwrap_or(type_of(e)).is_subtype(&GENERATOR_EXIT);
        let delivered = if exit {
            if let Err(e) = close_iter(d) {
                if kind_of(d) == Kind::Generator && *BUSY.get() {
                    hold_delegate(g, d);
                    return Err(e);
                }
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
            Some(Err(e)) if kind_of(d) == Kind::Generator && refused(d) => {
                hold_delegate(g, d);
                return Err(e);
            }
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

/// A generator's or coroutine's own attributes (`gi_running`, `cr_suspended`, `gi_yieldfrom`,
/// `gi_code`, `gi_frame` (None once it has finished), `__name__`, `__qualname__`), or None for
/// another name. (Behind the gate of generators: only
/// a firmware that makes them has them.)
#[inline(never)]
#[cfg_attr(target_os = "none", link_section = ".text.mpyc.gate.yield/attr")]
pub fn attr(g: Value, key: &str) -> Option<R> {
    let o = gen(g);
    let coroutine = is_coroutine(g);
    let field = match (key.strip_prefix("gi_"), key.strip_prefix("cr_")) {
        (Some(f), _) if !coroutine => f,
        (_, Some(f)) if coroutine => f,
        _ if key.starts_with("__") => key,
        _ => return None,
    };
    Some(Ok(match field {
        "running" => bool_value(o.state == State::Running),
        "suspended" => bool_value(o.state == State::Suspended),
        "yieldfrom" | "await" => match (o.delegate, o.iter_delegate) {
            (0, 0 | DELEGATE_RETURNED) => NONE,
            (0, it) => it,
            (d, _) => d,
        },
        // (A frame here is its code and no line: a suspended generator's line is not kept.)
        "code" => return Some(crate::modules::sys::code_of(unsafe { body::<FuncObj>(o.func) })),
        "frame" if matches!(o.state, State::Done | State::Failed) => NONE,
        "frame" => {
            return Some(
                crate::modules::sys::code_of(unsafe { body::<FuncObj>(o.func) })
                    .and_then(crate::modules::sys::frame_of),
            )
        }
        "__name__" => return Some(crate::str::from_str(name(g))),
        "__qualname__" => return Some(crate::str::from_str(unsafe { body::<FuncObj>(o.func) }.qualname())),
        _ => return None,
    }))
}
