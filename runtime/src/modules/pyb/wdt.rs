//! `machine.WDT` (reached as `pyb.WDT`, an mpyc addition: MicroPython's pyb has none): the
//! chip's independent watchdog, started by making it and kept from resetting the board by
//! `feed()`; once started nothing stops it. In the simulator a late feed ends the run.

use crate::board;
use crate::exc::*;
use crate::func::{Kw, NativeObj};
use crate::int::index_of;
use crate::object::*;
use crate::value::*;

#[repr(C)]
pub struct WdtObj {
    pub header: Header,
    /// The timeout it runs with, in milliseconds.
    pub timeout: u32,
}

/// `WDT(id=0, timeout=5000)`.
pub fn wdt_new(args: &[Value], kw: &Kw) -> R {
    kw.only("WDT", &["id", "timeout"])?;
    let a = &args[1.min(args.len())..];
    let id = kw.get("id").or(a.first().copied()).map_or(Ok(0), |v| index_of(v, "id"))?;
    if id != 0 {
        return Err(raise(&VALUE_ERROR, alloc::format!("WDT({id}) doesn't exist")));
    }
    let timeout = kw.get("timeout").or(a.get(1).copied()).map_or(Ok(5000), |v| index_of(v, "timeout"))?;
    if timeout < 1 {
        return Err(raise(&VALUE_ERROR, "WDT timeout too short"));
    }
    // The watchdog counts 4096 ticks of 32 kHz / 256 at most.
    if timeout > 32_768 {
        return Err(raise(&VALUE_ERROR, "WDT timeout too long"));
    }
    let got = board::wdt_start(timeout as u32);
    alloc_flags(WdtObj { header: Header::of(&WDT_TYPE), timeout: got }, crate::gc::LEAF)
}

pub static WDT_TYPE: TypeObj =
    TypeObj::builtin("WDT", Kind::Device, Some(&OBJECT_TYPE), WDT_METHODS, Some(&Some(wdt_new)));

pub static WDT_METHODS: &[NativeObj] = crate::methods![
    NativeObj::new("__repr__", |a, _| {
        let o: &WdtObj = unsafe { body(a[0]) };
        crate::str::from_str(&alloc::format!("<WDT timeout={}>", o.timeout))
    }),
    NativeObj::new("feed", |_, _| {
        board::wdt_feed();
        Ok(NONE)
    }),
];
