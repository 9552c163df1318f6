//! The object types, one file each: how each is laid out on the heap (or in read-only data,
//! for literals), its operations and its methods.

pub mod bigint;
pub mod bigrange;
pub mod bytes;
pub mod complex;
pub mod dict;
pub mod digits;
pub mod float;
pub mod func;
pub mod gen;
pub mod generic_alias;
pub mod int;
pub mod iter;
pub mod list;
pub mod memoryview;
pub mod numerals;
pub mod object;
pub mod set;
pub mod shape;
pub mod str;
pub mod unicode14;
pub mod union;
