//! Callbacks from interrupts into Python (`pyb.Timer`, `pyb.ExtInt`, `micropython.schedule`):
//! scheduled ones wait in a queue and run between two steps of the program; hard ones run in
//! the interrupt handler itself, with the heap locked.
//!
//! Scheduling puts the callable and its argument in the queue (nothing is allocated: both exist
//! already). The queue runs where the program is between two steps and the runtime has the
//! control: at the end of each `print`, where the program waits (`pyb.delay`, `time.sleep*`,
//! `pyb.wfi`; a wait ends early for it) or reads the clock (`pyb.millis`, `time.ticks_ms`, …),
//! and when the program ends. Generated code does not look (that would cost every loop and
//! call): a loop that only computes runs nothing until it does one of those
//! (docs/pyboard-callbacks.md). Hard callbacks have no such limit.
//!
//! A hard callback runs inside the interrupt. The program it interrupted may be halfway through
//! an allocation, so the heap is locked meanwhile: a Python object cannot be made (MemoryError,
//! MicroPython's rule for hard callbacks), and the runtime's own temporaries (an error message,
//! the text of a traceback) come from a small arena emptied when the callback returns
//! (`gc::lock`). The exception the program was raising or handling is kept aside and put back.

use crate::exc::*;
use crate::func::Kw;
use crate::object::R;
use crate::value::*;
use core::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

/// How many callbacks may wait at once (MicroPython's default depth is 4).
pub const DEPTH: usize = 8;

/// A runtime function that runs a device's callback and deals with its errors itself.
pub type Dispatch = fn(Value) -> R<()>;

/// The waiting callbacks, oldest at `head`: slot `i` holds a callable and its argument
/// (`values[2i]`, `values[2i + 1]`, roots of the collector's) or a dispatcher and its argument.
/// The last two values serve hard callbacks: a list with room for a traceback and the
/// arguments of MemoryError under the lock (made by [`prepare_hard`]).
struct Queue {
    values: [Value; 2 * DEPTH + 2],
    dispatch: [Option<Dispatch>; DEPTH],
    head: usize,
    len: usize,
    rooted: bool,
}

static QUEUE: Global<Queue> =
    Global::new(Queue { values: [0; 2 * DEPTH + 2], dispatch: [None; DEPTH], head: 0, len: 0, rooted: false });
static PENDING: AtomicBool = AtomicBool::new(false);
/// Whether the queue is being run.
static RUNNING: AtomicBool = AtomicBool::new(false);
/// How many hard callbacks are running (nested when a higher-priority interrupt comes).
static IN_IRQ: AtomicUsize = AtomicUsize::new(0);

/// Runs `f` with interrupts masked: the queue is shared with interrupt handlers.
pub(crate) fn masked<T>(f: impl FnOnce() -> T) -> T {
    #[cfg(target_os = "none")]
    return ::cortex_m::interrupt::free(|_| f());
    #[cfg(not(target_os = "none"))]
    f()
}

/// Makes the queue's values roots; call once from the program (not from an interrupt) before
/// anything may be scheduled.
pub fn prepare() {
    let q = QUEUE.get();
    if !q.rooted {
        q.rooted = true;
        crate::gc::add_roots(q.values.as_ptr(), q.values.len());
    }
}

/// What a hard callback needs made beforehand (from the program, when it sets one): the arena
/// its runtime temporaries come from, room for the traceback of an exception it raises, and
/// MemoryError's message for an allocation it tries.
pub fn prepare_hard() -> R<()> {
    prepare();
    #[cfg(target_os = "none")]
    crate::gc::irq_arena::prepare();
    let v = &mut QUEUE.get().values;
    if v[2 * DEPTH] == 0 {
        v[2 * DEPTH] = crate::list::with_room(64)?;
        let msg = crate::str::from_str("memory allocation failed, heap is locked")?;
        v[2 * DEPTH + 1] = crate::list::new_tuple(&[msg])?;
    }
    Ok(())
}

/// MemoryError's arguments while the heap is locked (0 when none were prepared).
pub fn locked_message() -> Value {
    QUEUE.get().values[2 * DEPTH + 1]
}

/// The list an exception raised in a hard callback keeps its traceback in: 0 outside one, or
/// when none was prepared (the traceback is then left out).
#[cold]
pub fn traceback_room() -> Value {
    if !crate::gc::locked() {
        return 0;
    }
    // (Emptied of the last exception's frames: under `micropython.heap_lock()` one
    // exception may follow another.)
    let room = QUEUE.get().values[2 * DEPTH];
    if room != 0 {
        crate::list::clear(room);
    }
    room
}

/// Whether callbacks wait to run.
#[inline(always)]
pub fn pending() -> bool {
    PENDING.load(Ordering::Relaxed)
}

/// Whether a hard callback is running (the program's own code is interrupted).
#[inline(always)]
pub fn in_irq() -> bool {
    IN_IRQ.load(Ordering::Relaxed) != 0
}

/// Whether the program has something to do that a wait should end for: a Ctrl-C or a
/// scheduled callback (not inside a hard callback: both wait for the program).
pub fn interrupted() -> bool {
    !in_irq() && (crate::kbint::pending() || pending() && !RUNNING.load(Ordering::Relaxed))
}

/// What a wait does between its steps: raises a KeyboardInterrupt asked for, runs the
/// scheduled callbacks (neither inside a hard callback).
pub fn between_steps() -> R<()> {
    if in_irq() {
        return Ok(());
    }
    crate::kbint::check()?;
    run_pending()
}

/// Puts `f(arg)` (or `dispatch(arg)`) in the queue; false when it is full.
fn push(f: Value, arg: Value, dispatch: Option<Dispatch>) -> bool {
    masked(|| {
        let q = QUEUE.get();
        if q.len == DEPTH {
            return false;
        }
        let i = (q.head + q.len) % DEPTH;
        q.values[2 * i] = f;
        q.values[2 * i + 1] = arg;
        q.dispatch[i] = dispatch;
        q.len += 1;
        PENDING.store(true, Ordering::SeqCst);
        true
    })
}

/// `micropython.schedule(f, arg)`: from the program or a hard callback.
pub fn schedule(f: Value, arg: Value) -> bool {
    push(f, arg, None)
}

/// Schedules a device's dispatcher for `arg` (from its interrupt handler).
pub fn schedule_dispatch(dispatch: Dispatch, arg: Value) -> bool {
    push(0, arg, Some(dispatch))
}

/// Takes the oldest waiting callback.
fn pop() -> Option<(Value, Value, Option<Dispatch>)> {
    masked(|| {
        let q = QUEUE.get();
        if q.len == 0 {
            PENDING.store(false, Ordering::SeqCst);
            return None;
        }
        let i = q.head;
        let item = (q.values[2 * i], q.values[2 * i + 1], q.dispatch[i]);
        q.values[2 * i] = 0;
        q.values[2 * i + 1] = 0;
        q.head = (i + 1) % DEPTH;
        q.len -= 1;
        if q.len == 0 {
            PENDING.store(false, Ordering::SeqCst);
        }
        Some(item)
    })
}

/// Runs the waiting callbacks, oldest first (not inside a hard callback: those wait for the
/// program). A scheduled function that raises has its traceback printed, as MicroPython does;
/// a dispatcher's error (a KeyboardInterrupt that came meanwhile) is the program's.
pub fn run_pending() -> R<()> {
    if !pending() || in_irq() || RUNNING.swap(true, Ordering::SeqCst) {
        return Ok(());
    }
    let r = run_queue();
    RUNNING.store(false, Ordering::SeqCst);
    r
}

/// Runs the queue to its end (a callback that waits or prints does not run the next one
/// inside itself: they run in turn, as MicroPython's scheduler does).
fn run_queue() -> R<()> {
    while let Some((f, arg, dispatch)) = pop() {
        match dispatch {
            Some(d) => d(arg)?,
            None => {
                if crate::func::call(f, &[arg], &Kw::NONE).is_err() {
                    if crate::exc::pending_is(&KEYBOARD_INTERRUPT) {
                        return Err(Exc);
                    }
                    report_uncaught();
                }
            }
        }
    }
    Ok(())
}

/// Runs `f(*args)` now, inside an interrupt handler, with the heap locked and the program's
/// exception state kept aside. When it raises, `failed` says what failed and the traceback is
/// printed, before the program's state comes back. Returns whether the callback ran to its end.
pub fn run_hard(f: Value, args: &[Value], failed: impl FnOnce()) -> bool {
    IN_IRQ.fetch_add(1, Ordering::SeqCst);
    let saved = crate::exc::set_aside();
    let room = QUEUE.get().values[2 * DEPTH];
    if room != 0 {
        crate::list::clear(room);
    }
    // The runtime's one MemoryError may be the program's (raised or handled): it comes back
    // as it was.
    let memory_error = crate::exc::memory_error_state();
    let lock = crate::gc::lock();
    let ok = crate::func::call(f, args, &Kw::NONE).is_ok();
    if !ok {
        failed();
        // An allocation failed because of the lock: the MemoryError (the runtime's one
        // instance, without arguments) says so while it is reported.
        let mut singleton =
            crate::exc::as_exc(crate::exc::pending()).filter(|m| m.args == 0 && crate::exc::pending_is(&MEMORY_ERROR));
        if let Some(m) = singleton.as_deref_mut() {
            m.args = QUEUE.get().values[2 * DEPTH + 1];
        }
        report_uncaught();
        if let Some(m) = singleton {
            m.args = 0;
        }
    }
    crate::gc::unlock(lock);
    crate::exc::set_memory_error_state(memory_error);
    crate::exc::put_back(saved);
    IN_IRQ.fetch_sub(1, Ordering::SeqCst);
    ok
}

/// A scheduled device callback `f(*args)` from a dispatcher: false when it raised, with the
/// traceback printed after `failed`'s line; a KeyboardInterrupt meanwhile is the program's.
pub fn run_soft(f: Value, args: &[Value], failed: impl FnOnce()) -> R<bool> {
    if crate::func::call(f, args, &Kw::NONE).is_ok() {
        return Ok(true);
    }
    if crate::exc::pending_is(&KEYBOARD_INTERRUPT) {
        return Err(Exc);
    }
    failed();
    report_uncaught();
    Ok(false)
}
