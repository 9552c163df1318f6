//! Gates: references the linker follows only when the firmware can need what they reach.
//!
//! A gate is a section of the runtime named `.text.mpyc.gate.<key>` (functions) or
//! `.rodata.mpyc.gate.<key>` (words read as an `Option`: `gated!`). A word gate's section is
//! kept when something refers to it, but what it refers to is linked through it only once its
//! gate is open; a code gate's section is linked at all only once its gate is open (its
//! callers' calls lead to [`CLOSED`] while it is not):
//!
//! - the key is a symbol that is linked (`mpyc_COMPLEX_TYPE`: the firmware has code that makes
//!   complex numbers, so the code that operates on them is needed), or
//! - the key is a name the program mentions (`complex`: the program names the type; `pow`: it
//!   has a `**` or calls `pow`), or the build keeps everything (`--keep-methods`);
//! - the key is alternatives (`int|type|__class__`), one of which opens.
//!
//! A reference whose target is linked all the same, through another reference, gets its
//! address; one whose target is not gets 0 (None), or for a call [`CLOSED`] (never run: the
//! function calling it operates on objects no code of the firmware makes). So a dispatcher
//! calls the functions of a type in a gate keyed by the type, and what they need comes into a
//! firmware only with the code that makes its objects.

use super::input::Inputs;
use super::{Live, Methods};

/// The starts of a gate section's name (code, words); the key follows.
const GATE_SECTIONS: [&str; 2] = [".text.mpyc.gate.", ".rodata.mpyc.gate."];

/// Where a call from a closed gate leads (the runtime's).
pub const CLOSED: &str = "rt_gate_closed";

/// The gate key of section `name`, if it is a gate's. What follows a `/` names the section
/// apart from others behind the same gate (`mpyc_FLOAT_TYPE/repr`): a section of its own,
/// linked when it is referred to, not whenever another behind the gate is.
pub fn key(name: &str) -> Option<&str> {
    GATE_SECTIONS.iter().find_map(|p| name.strip_prefix(p)).map(|k| k.split('/').next().unwrap_or(k))
}

/// Whether section `name` is a code gate's: when its gate stays closed, the section is left
/// out, not only what it refers to, since its functions operate on what no code of the
/// firmware makes and never run.
pub fn is_code(name: &str) -> bool {
    name.starts_with(GATE_SECTIONS[0])
}

/// Whether gate `key` is open, with the sections in `live` linked so far. A key of several
/// alternatives (`int|type|__class__`: a built-in type's constructor, reached by its name or
/// by `type(x)`, `x.__class__`) opens with any of them.
pub fn open(inputs: &Inputs, live: &Live, methods: Methods, key: &str) -> bool {
    key.split('|').any(|key| open_one(inputs, live, methods, key))
}

fn open_one(inputs: &Inputs, live: &Live, methods: Methods, key: &str) -> bool {
    methods.names(key) || inputs.lookup(key).is_some_and(|s| live.contains(&(s.obj, s.section)))
}

#[cfg(test)]
mod tests {
    #[test]
    fn keys_of_sections() {
        assert_eq!(super::key(".text.mpyc.gate.mpyc_FLOAT_TYPE/repr"), Some("mpyc_FLOAT_TYPE"));
        assert_eq!(super::key(".text.mpyc.gate.keys|items/view_compare"), Some("keys|items"));
        assert_eq!(super::key(".rodata.mpyc.gate.int|type|__class__"), Some("int|type|__class__"));
        assert_eq!(super::key(".text.mpyc_runtime.repr"), None);
    }
}
