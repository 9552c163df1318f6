//! mpyc's runtime: the objects, operations and board support that compiled Python programs call.
//!
//! The same crate builds for the host (linked into `mpyc` and called by JIT-compiled code) and,
//! with `#![no_std]`, for a microcontroller, where it becomes the static library that `mpyc`'s
//! linker joins with the generated code. Every function the generated code may call is listed
//! once, in [`abi`].
#![cfg_attr(target_os = "none", no_std)]
#![allow(clippy::missing_safety_doc)]

extern crate alloc;

// The core: values, the heap, calls into the runtime, exceptions, operators, printing, the VM.
pub mod abi;
pub mod board;
pub mod builtins;
pub mod corefmt;
pub mod exc;
pub mod fltconv;
pub mod fltmath;
pub mod format;
pub mod gate;
pub mod gc;
pub mod icache;
pub mod kbint;
pub mod ops;
pub mod print;
pub mod pyhash;
pub mod reserve;
pub mod sched;
pub mod stack;
pub mod suggest;
pub mod value;
pub mod vm;

// One file per object type, and one per built-in module (the pyboard's `pyb` a folder).
pub mod modules;
pub mod objects;

// (Each type and module by its short path too: `crate::dict`, `crate::pyb`.)
pub use modules::{array, cmath, font8x8, framebuf, io, lcd160cr, pyb, random, trig};
pub use objects::{
    bigint, bigrange, bytes, complex, dict, digits, float, func, gen, generic_alias, int, iter, list, memoryview,
    numerals, object, set, shape, str, unicode14, union,
};

#[cfg(target_os = "none")]
mod mcu;
#[cfg(target_os = "none")]
mod mem;
