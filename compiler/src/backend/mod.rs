//! Backends: Cranelift's own for the machine mpyc runs on, ours for Thumb-2.

pub mod host;
pub mod thumb2;
