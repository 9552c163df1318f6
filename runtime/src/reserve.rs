//! The heap's emergency reserve: a run held back from Python objects, so that when they have
//! filled the heap a MemoryError can still be raised, caught, printed about and reported with
//! its traceback, and the runtime's own buffers (strings, big ints) still find room.
//!
//! A Python object that does not fit releases the reserve and fails (MemoryError); a buffer of
//! the runtime's that does not fit releases it and takes its room. A later collection that
//! finds room again takes the reserve back.

use crate::exc::Global;
use crate::gc;

/// Bytes held back.
#[cfg(target_os = "none")]
const SIZE: usize = 3072;
#[cfg(not(target_os = "none"))]
const SIZE: usize = 64 * 1024;

/// The reserve's run (a leaf, kept alive as a runtime root), or 0 while released.
static RUN: Global<usize> = Global::new(0);
/// Set while the reserve is being taken back (its allocation must not release it again), or
/// while an allocation retries in its room (which must not be taken back meanwhile).
static BUSY: Global<bool> = Global::new(false);

/// Takes the reserve at the start.
pub fn init() {
    *RUN.get() = gc::alloc_uninit(SIZE, gc::LEAF) as usize;
}

/// After a collection: takes the reserve back if it is released and the heap has room for it
/// several times over (so that a program still near the limit keeps the room it was given).
pub fn take() {
    if *RUN.get() != 0 || *BUSY.get() || gc::usage().0 < 2 * SIZE {
        return;
    }
    *BUSY.get() = true;
    *RUN.get() = gc::alloc_uninit(SIZE, gc::LEAF) as usize;
    *BUSY.get() = false;
}

/// Marks the reserve (a root of the runtime's).
pub fn mark_roots(mark: &mut dyn FnMut(usize)) {
    mark(*RUN.get());
}

/// The heap has no run of `n` blocks even after a collection: releases the reserve. A buffer
/// of the runtime's (`gc::PINNED`) then takes its room; a Python object fails (null).
pub fn exhausted(n: usize, flags: u8) -> *mut u8 {
    let run = core::mem::replace(RUN.get(), 0);
    if run == 0 || *BUSY.get() {
        return core::ptr::null_mut();
    }
    gc::free(run as *mut u8);
    if flags & gc::PINNED == 0 {
        return core::ptr::null_mut();
    }
    *BUSY.get() = true;
    let p = gc::alloc_uninit(n * gc::BLOCK, flags);
    *BUSY.get() = false;
    p
}

/// The most bytes one big int may take: on the host, where big ints live outside the collected
/// heap, so that `x = x * x` in a loop ends in MemoryError, not in the machine's swap; on a
/// board, so that it ends before one multiplication takes minutes.
#[cfg(not(target_os = "none"))]
pub const MAX_INT_BYTES: u64 = 1 << 20;
#[cfg(target_os = "none")]
pub const MAX_INT_BYTES: u64 = 64 << 10;

/// MemoryError unless the heap can hold a big int of `bits` bits (twice over: the operation's
/// temporaries), collecting first if it must. Cheap for the sizes most programs use.
pub fn room_for_int(bits: u64) -> crate::object::R<()> {
    // A hard callback (heap locked) makes no big int: its digits would fill the arena.
    if crate::gc::locked() {
        return Err(crate::exc::memory_error());
    }
    // Below this an operation's buffers (its operands' two's complements and its result:
    // three) fit the spare pool when the reserve is spent.
    let bytes = bits / 8 + 16;
    if bytes < 512 {
        return Ok(());
    }
    #[cfg(not(target_os = "none"))]
    let fits = bytes <= MAX_INT_BYTES;
    // One run for the result and the temporaries: a run of the Rust allocator's that failed
    // could not become a MemoryError.
    #[cfg(target_os = "none")]
    let fits = bytes <= MAX_INT_BYTES && room(2 * bytes as usize);
    if fits {
        Ok(())
    } else {
        Err(crate::exc::memory_error())
    }
}

/// MemoryError unless the heap has room for `bigint`'s divisions of ints of up to `bits` bits
/// (`gcd`, `lcm`, `isqrt`, `pow` with a modulus, `round` to tens): copies of the operands, a
/// quotient, the working dividend and divisor, about four times the larger. (Powers take as
/// much: their bases and products by squaring.) (Its buffers are
/// the Rust allocator's, whose failure could not become a MemoryError.)
pub fn room_for_division(bits: u64) -> crate::object::R<()> {
    room_for_int(bits)?;
    room_for_buffer(usize::try_from(bits / 8 + 16).unwrap_or(usize::MAX).saturating_mul(4))
}

/// MemoryError unless the heap can hold text of `bytes` bytes (on a board, where the runtime's
/// own buffers are in the heap too, three times over: a growing buffer and the str made of
/// it), collecting first if it must. Nothing to do below 1 KiB (the reserve and the spare
/// pool answer for that).
pub fn room_for_text(bytes: usize) -> crate::object::R<()> {
    if bytes < 1024 {
        return Ok(());
    }
    #[cfg(target_os = "none")]
    let need = bytes.saturating_mul(3);
    #[cfg(not(target_os = "none"))]
    let need = bytes;
    if room(need) {
        Ok(())
    } else {
        Err(crate::exc::memory_error())
    }
}

/// MemoryError unless the heap has a free run of `bytes`, collecting first if it must: for a
/// buffer the Rust allocator is about to take whole (below 1 KiB the reserve answers for it).
pub fn room_for_buffer(bytes: usize) -> crate::object::R<()> {
    if bytes < 1024 || room(bytes) {
        Ok(())
    } else {
        Err(crate::exc::memory_error())
    }
}

/// An empty `Vec` with room for `n` items; MemoryError where the heap has no room for it (the
/// Rust allocator must not be the one to fail).
pub fn vec_with<T>(n: usize) -> crate::object::R<alloc::vec::Vec<T>> {
    let mut v = alloc::vec::Vec::new();
    v.try_reserve_exact(n).map_err(|_| crate::exc::memory_error())?;
    Ok(v)
}

/// A copy of `items` in a new `Vec`, or MemoryError.
pub fn copied<T: Copy>(items: &[T]) -> crate::object::R<alloc::vec::Vec<T>> {
    let mut v = vec_with(items.len())?;
    v.extend_from_slice(items);
    Ok(v)
}

/// The items of `iter` in a new `Vec` sized by its lower bound (grown fallibly past it), or
/// MemoryError.
pub fn collected<T>(iter: impl Iterator<Item = T>) -> crate::object::R<alloc::vec::Vec<T>> {
    let mut v = vec_with(iter.size_hint().0)?;
    for x in iter {
        push(&mut v, x)?;
    }
    Ok(v)
}

/// `v.push(x)`, or MemoryError where `v` cannot grow.
#[inline]
pub fn push<T>(v: &mut alloc::vec::Vec<T>, x: T) -> crate::object::R<()> {
    if v.len() == v.capacity() {
        v.try_reserve(1).map_err(|_| crate::exc::memory_error())?;
    }
    v.push(x);
    Ok(())
}

/// `v.extend_from_slice(items)`, or MemoryError where `v` cannot grow.
pub fn extend<T: Copy>(v: &mut alloc::vec::Vec<T>, items: &[T]) -> crate::object::R<()> {
    v.try_reserve(items.len()).map_err(|_| crate::exc::memory_error())?;
    v.extend_from_slice(items);
    Ok(())
}

/// `s.push_str(t)`, or MemoryError where `s` cannot grow.
pub fn push_str(s: &mut alloc::string::String, t: &str) -> crate::object::R<()> {
    s.try_reserve(t.len()).map_err(|_| crate::exc::memory_error())?;
    s.push_str(t);
    Ok(())
}

/// `n` zero bytes in a new `Vec`, or MemoryError.
pub fn zeroed(n: usize) -> crate::object::R<alloc::vec::Vec<u8>> {
    let mut v = vec_with(n)?;
    // (One memset: `resize` wrote a byte at a time.)
    unsafe {
        core::ptr::write_bytes(v.as_mut_ptr(), 0, n);
        v.set_len(n);
    }
    Ok(v)
}

/// Whether the heap has a free run of `bytes`, collecting first if it must.
fn room(bytes: usize) -> bool {
    gc::has_room(bytes) || {
        gc::collect();
        gc::has_room(bytes)
    }
}

/// An upper bound of the bits of the result of the int operator `op` on operands of `a` and
/// `b` bits, where `b` is also given as a value when small (an exponent or a shift).
pub fn int_result_bits(op: usize, a: u64, b: u64, small_b: Option<i64>) -> u64 {
    use crate::ops::binop;
    match op {
        binop::MUL => a + b,
        binop::POW => match small_b {
            Some(e) if e >= 0 => a.saturating_mul(e as u64),
            _ => a,
        },
        binop::LSHIFT => match small_b {
            Some(n) if n >= 0 => a.saturating_add(n as u64),
            _ => a,
        },
        _ => a.max(b) + 1,
    }
}
