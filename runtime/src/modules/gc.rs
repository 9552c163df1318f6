//! `gc`: the collector's controls and figures as MicroPython has them.

use crate::func::NativeObj;
use crate::int::from_isize;
use crate::value::*;

#[cfg_attr(target_os = "none", link_section = concat!(".rodata.mpyc.methods.", module_path!(), ".", line!()))]
pub(super) static GC: [NativeObj; 7] = [
    NativeObj::new("collect", |_, _| {
        crate::gc::collect();
        Ok(NONE)
    }),
    NativeObj::new("disable", |_, _| Ok(NONE)),
    NativeObj::new("enable", |_, _| Ok(NONE)),
    NativeObj::new("isenabled", |_, _| Ok(TRUE)),
    NativeObj::new("mem_alloc", |_, _| Ok(from_isize(crate::gc::usage().1 as isize))),
    NativeObj::new("mem_free", |_, _| Ok(from_isize(crate::gc::usage().0 as isize))),
    // The collector runs when the heap is full; a threshold is not kept (-1: none, as
    // MicroPython answers when none is set).
    NativeObj::function("threshold", 0, 1, |a, _| Ok(if a.is_empty() { small(-1) } else { NONE })),
];
