//! Leaving out the built-in methods a program never names. The runtime's method tables (the
//! methods of its types and the functions of its modules, `mpyc_runtime::methods!`) lie in
//! sections named [`METHODS_SECTION`]: arrays of `NativeObj`, each entry starting with the
//! address of `builtin_function_or_method`'s type, then its name and its function. An entry
//! whose name the program never mentions (in its source or in the names its code passes to
//! the runtime) keeps its place in the table, but its function is not followed when the linker
//! collects what the firmware needs, and its address becomes `rt_method_not_linked`'s, which
//! raises NotImplementedError saying so. Special methods (`__x__`, but `__init__` and
//! `__format__`) and the few methods the runtime calls by name are always kept, but in the
//! tables of [`NAMED_SECTION`] (the built-in types' operator methods), where only what the
//! program names is.

use super::input::{Inputs, Section};
use super::resolve;
use anyhow::Result;
use mpyc_runtime::func::NativeObj;
use rustc_hash::FxHashSet as HashSet;
use std::collections::BTreeSet;

pub use mpyc_runtime::func::METHODS_SECTION;

/// The start of the names of the method tables whose special methods are kept only where
/// the program names them, as the others are (`methods![@named …]`): the built-in types'
/// operator methods (`int.__add__`, `d.__getitem__`), which nothing reaches but an attribute
/// of that name — the operators dispatch on their own.
const NAMED_SECTION: &str = ".rodata.mpyc.methods.named.";

/// The function every left-out method's entry calls.
pub const NOT_LINKED: &str = "rt_method_not_linked";

/// The type every entry starts with (exported by name by the runtime).
const NATIVE_TYPE: &str = "mpyc_NATIVE_TYPE";

/// Methods the runtime looks up by name on objects of built-in types (`print(file=…)` writes
/// and flushes, `yield from` sends).
const CALLED_BY_NAME: &[&str] = &["write", "flush", "send"];

/// Which of the runtime's built-in methods a firmware keeps.
#[derive(Clone, Copy)]
pub enum Methods<'a> {
    /// Every one (`--keep-methods`).
    All,
    /// Those whose names are here, with the special methods (`__init__` only when named) and
    /// [`CALLED_BY_NAME`].
    Named(&'a BTreeSet<String>),
}

impl Methods<'_> {
    /// Whether the program mentions `name` (always, when every method is kept).
    pub fn names(&self, name: &str) -> bool {
        match self {
            Methods::All => true,
            Methods::Named(names) => names.contains(name),
        }
    }

    /// Whether the entry `name` of a method table is kept; `named_only`: a table whose special
    /// methods too are kept only when named ([`NAMED_SECTION`]).
    fn keeps(&self, name: &str, named_only: bool) -> bool {
        match self {
            Methods::All => true,
            Methods::Named(names) if named_only => CALLED_BY_NAME.contains(&name) || names.contains(name),
            // (A built-in type's `__init__`, as `io.StringIO`'s, is reached only by a class of the
            // program deriving from it, whose source names `__init__`, or by constructing such a
            // class, which works as well without it. `__format__` the runtime never calls by
            // name: `format()` formats built-in values itself; nor `object.__getattribute__`,
            // which only a class's own `__getattribute__` calls, by name.)
            Methods::Named(names) => {
                (name.starts_with("__")
                    && name.ends_with("__")
                    && !matches!(name, "__init__" | "__format__" | "__getattribute__"))
                    || CALLED_BY_NAME.contains(&name)
                    || names.contains(name)
            }
        }
    }
}

/// A field's offset in a 32-bit target's `NativeObj` (every field before `f` is words).
fn field(host_offset: usize) -> u32 {
    (host_offset / std::mem::size_of::<usize>() * 4) as u32
}

/// The offsets, in method-table section `sec`, of the function words of the entries to leave
/// out (none for any other section).
pub fn left_out(inputs: &Inputs, sec: &Section, methods: Methods) -> Result<HashSet<u32>> {
    let mut out = HashSet::default();
    if matches!(methods, Methods::All) || !sec.name.starts_with(METHODS_SECTION) {
        return Ok(out);
    }
    let Some(native) = inputs.lookup(NATIVE_TYPE).map(|s| (s.obj, s.section, s.value)) else {
        return Ok(out);
    };
    let (name_at, len_at, f_at) = (
        field(std::mem::offset_of!(NativeObj, name)),
        field(std::mem::offset_of!(NativeObj, name) + std::mem::size_of::<usize>()),
        field(std::mem::offset_of!(NativeObj, f)),
    );
    for r in &sec.relocs {
        if resolve(inputs, r.target).ok() != Some(native) {
            continue;
        }
        let entry = r.offset;
        if let Some(name) = entry_name(inputs, sec, entry + name_at, entry + len_at)? {
            if !methods.keeps(&name, sec.name.starts_with(NAMED_SECTION)) {
                out.insert(entry + f_at);
            }
        }
    }
    Ok(out)
}

/// The name of the entry whose name pointer is at `ptr` and length at `len` in `sec`, when it
/// can be read from the input (else the entry is kept).
fn entry_name(inputs: &Inputs, sec: &Section, ptr: u32, len: u32) -> Result<Option<String>> {
    let Some(r) = sec.relocs.iter().find(|r| r.offset == ptr) else {
        return Ok(None);
    };
    let word =
        |at: u32| sec.data.get(at as usize..at as usize + 4).map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]));
    let (Some(addend), Some(len)) = (word(ptr), word(len)) else {
        return Ok(None);
    };
    let (o, s, value) = resolve(inputs, r.target)?;
    let Some(Some(target)) = inputs.sections.get(o).and_then(|x| x.get(s)) else {
        return Ok(None);
    };
    let start = value.wrapping_add(addend) as usize;
    Ok(target.data.get(start..start + len as usize).map(|b| String::from_utf8_lossy(b).into_owned()))
}
