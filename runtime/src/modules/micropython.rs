//! `micropython`: MicroPython's own functions (`const`, `native`/`viper` as decorators, `schedule`,
//! `mem_info`, `stack_use`, `opt_level`, `kbd_intr`, `heap_lock`/`heap_unlock`/`heap_locked`).

use crate::exc::*;
use crate::func::NativeObj;
use crate::int::{from_isize, index_of};
use crate::object::*;
use crate::value::*;

#[cfg_attr(target_os = "none", link_section = concat!(".rodata.mpyc.methods.", module_path!(), ".", line!()))]
pub(super) static MICROPYTHON: [NativeObj; 12] = [
    // The runtime keeps its own room for an exception raised in an interrupt (the reserve
    // and the prepared traceback list: docs/pyboard-callbacks.md): nothing to set aside.
    NativeObj::function("alloc_emergency_exception_buf", 1, 1, |_, _| Ok(NONE)),
    NativeObj::new("const", |a, _| Ok(*a.first().unwrap_or(&NONE))),
    // The byte that raises KeyboardInterrupt on the console (-1: none).
    NativeObj::function("kbd_intr", 1, 1, |a, _| {
        crate::kbint::set_char(index_of(a[0], "chr")?);
        Ok(NONE)
    }),
    // Code is compiled ahead of time: the level is 0 and setting it changes nothing.
    NativeObj::function("opt_level", 0, 1, |a, _| Ok(if a.is_empty() { small(0) } else { NONE })),
    NativeObj::function("stack_use", 0, 0, |_, _| Ok(from_isize(crate::stack::in_use() as isize))),
    // Runs `f(arg)` soon, between two steps of the program (`sched.rs`).
    NativeObj::new("schedule", |a, _| {
        let &[f, arg] = a else {
            return Err(raise(
                &TYPE_ERROR,
                alloc::format!("schedule() takes 2 positional arguments but {} were given", a.len()),
            ));
        };
        if !crate::func::is_callable(f) {
            return Err(raise(&TYPE_ERROR, alloc::format!("'{}' object is not callable", type_name(f))));
        }
        crate::sched::prepare();
        if !crate::sched::schedule(f, arg) {
            return Err(raise(&RUNTIME_ERROR, "schedule queue full"));
        }
        Ok(NONE)
    }),
    NativeObj::new("native", |a, _| Ok(*a.first().unwrap_or(&NONE))),
    NativeObj::new("viper", |a, _| Ok(*a.first().unwrap_or(&NONE))),
    // The heap locked by the program: every allocation is a MemoryError until as many
    // unlocks (a hard callback's lock nests inside). `heap_unlock` gives the depth left.
    NativeObj::function("heap_lock", 0, 0, |_, _| {
        crate::sched::prepare_hard()?;
        let (depth, saved) = PROGRAM_LOCK.get();
        if *depth == 0 {
            *saved = crate::gc::lock();
        }
        *depth += 1;
        Ok(NONE)
    }),
    NativeObj::function("heap_unlock", 0, 0, |_, _| {
        let (depth, saved) = PROGRAM_LOCK.get();
        if *depth > 0 {
            *depth -= 1;
            if *depth == 0 {
                crate::gc::unlock(*saved);
            }
        }
        Ok(from_isize(*depth as isize))
    }),
    NativeObj::function("heap_locked", 0, 0, |_, _| Ok(from_isize(PROGRAM_LOCK.get().0 as isize))),
    NativeObj::new("mem_info", |a, _| {
        // MicroPython's lines, and with an argument its map of the heap.
        let (free, used) = crate::gc::usage();
        let stack = crate::stack::in_use();
        let [ones, twos, longest, largest] = crate::gc::run_stats();
        let text = alloc::format!(
            "stack: {stack} out of {}\nGC: total: {}, used: {used}, free: {free}\n No. of 1-blocks: {ones}, 2-blocks: {twos}, max blk sz: {longest}, max free sz: {largest}\n",
            crate::gc::stack_top().saturating_sub(crate::stack::limit()),
            free + used,
        );
        crate::print::write(text.as_bytes());
        // (Any argument asks for the map, as MicroPython's `verbose`.)
        if !a.is_empty() {
            crate::print::write(b"GC memory layout; from the heap's start:\n");
            crate::gc::block_map(&mut |b| crate::print::write(b));
        }
        Ok(NONE)
    }),
];

/// How deep the program has locked the heap (`heap_lock`), and what the outermost lock saved.
static PROGRAM_LOCK: Global<(usize, (usize, u8))> = Global::new((0, (0, 0)));
