//! mpyc's runtime: the objects, operations and board support that compiled Python programs call.
//!
//! The same crate builds for the host (linked into `mpyc` and called by JIT-compiled code) and,
//! with `#![no_std]`, for a microcontroller, where it becomes the static library that `mpyc`'s
//! linker joins with the generated code. Every function the generated code may call is listed
//! once, in [`abi`].
#![cfg_attr(target_os = "none", no_std)]
#![allow(clippy::missing_safety_doc)]

extern crate alloc;

pub mod abi;
pub mod bigint;
pub mod board;
pub mod builtins;
pub mod bytes;
pub mod cmath;
pub mod complex;
pub mod dict;
pub mod digits;
pub mod exc;
pub mod float;
pub mod fltconv;
pub mod font8x8;
pub mod format;
pub mod framebuf;
pub mod func;
pub mod gc;
pub mod gen;
pub mod icache;
pub mod int;
pub mod io;
pub mod iter;
pub mod kbint;
pub mod lcd160cr;
pub mod list;
pub mod memoryview;
pub mod modules;
pub mod object;
pub mod ops;
pub mod print;
pub mod pyb;
pub mod pyhash;
pub mod random;
pub mod reserve;
pub mod sched;
pub mod set;
pub mod shape;
pub mod stack;
pub mod str;
pub mod suggest;
pub mod trig;
pub mod value;
pub mod vm;

#[cfg(target_os = "none")]
mod mcu;
