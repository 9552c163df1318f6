//! Backends: Cranelift's own for the machine mpyc runs on, ours for Thumb-2, and our bytecode
//! (run by the runtime's VM, beside either).

pub mod bytecode;
pub mod host;
pub mod thumb2;
