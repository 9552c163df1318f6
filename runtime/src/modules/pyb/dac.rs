//! `pyb.DAC` (also `machine.DAC`): a voltage out of X5 (channel 1, PA4) or X6 (channel 2, PA5),
//! 8 or 12 bits, and the DAC's own noise and triangle waves stepped by TIM6. `write_timed`
//! (a buffer played out by DMA) is not there: it raises NotImplementedError. In the
//! simulator each level goes in the timeline (`DAC(1) 2048`, 12 bits).

use super::arg;
use crate::board;
use crate::exc::*;
use crate::func::{Kw, NativeObj};
use crate::int::index_of;
use crate::object::*;
use crate::value::*;

#[repr(C)]
pub struct DacObj {
    pub header: Header,
    pub ch: u8,
    pub bits: u8,
    pub buffered: bool,
}

fn this(v: Value) -> &'static mut DacObj {
    unsafe { body(v) }
}

/// Channel 1 or 2, from the number or the pin (X5/PA4, X6/PA5).
fn channel(v: Value) -> R<u8> {
    if crate::int::as_int(v).is_some() {
        return match index_of(v, "port")? {
            n @ 1..=2 => Ok(n as u8),
            _ => Err(raise(&VALUE_ERROR, "DAC(port) doesn't exist: the DAC is 1 (X5) or 2 (X6)")),
        };
    }
    let p = super::pin::pin_of(v)?;
    match (p.port, p.pin) {
        (0, 4) => Ok(1),
        (0, 5) => Ok(2),
        _ => Err(raise(&VALUE_ERROR, alloc::format!("Pin({}) does not have DAC capabilities", p.cpu_name()))),
    }
}

/// `init(bits=8, *, buffering=None)`: the output buffer is on unless `buffering` is False.
fn init(o: &mut DacObj, a: &[Value], kw: &Kw) -> R<()> {
    kw.only("init", &["bits", "buffering"])?;
    let bits = arg(a, kw, 0, "bits").map_or(Ok(8), |v| index_of(v, "bits"))?;
    if bits != 8 && bits != 12 {
        return Err(raise(&VALUE_ERROR, "unsupported bits"));
    }
    o.bits = bits as u8;
    o.buffered = match kw.get("buffering").filter(|&v| v != NONE) {
        Some(v) => crate::ops::truthy(v)?,
        None => true,
    };
    board::dac_init(o.ch, o.buffered);
    Ok(())
}

/// `pyb.DAC(port, bits=8, *, buffering=None)`.
pub fn dac_new(args: &[Value], kw: &Kw) -> R {
    let Some(&port) = args.get(1) else {
        return Err(raise(&TYPE_ERROR, "DAC() missing required argument 'port'"));
    };
    let mut o = DacObj { header: Header::of(&DAC_TYPE), ch: channel(port)?, bits: 8, buffered: true };
    init(&mut o, &args[1..], kw)?;
    alloc_flags(o, crate::gc::LEAF)
}

fn freq(a: &[Value]) -> R<u32> {
    let f = index_of(*a.get(1).unwrap_or(&NONE), "freq")?;
    if f <= 0 {
        return Err(raise(&VALUE_ERROR, "freq must be positive"));
    }
    Ok(f.min(i32::MAX as isize) as u32)
}

pub static DAC_TYPE: TypeObj =
    TypeObj::builtin("DAC", Kind::Device, Some(&OBJECT_TYPE), DAC_METHODS, Some(&Some(dac_new))).with_consts(
        |n| match n {
            "NORMAL" => Some(Ok(small(0))),
            "CIRCULAR" => Some(Ok(small(0x100))),
            _ => None,
        },
    );

pub static DAC_METHODS: &[NativeObj] = crate::methods![
    NativeObj::new("__repr__", |a, _| {
        let o = this(a[0]);
        crate::str::from_str(&alloc::format!("DAC({}, bits={})", o.ch, o.bits))
    }),
    NativeObj::new("deinit", |a, _| {
        board::dac_deinit(this(a[0]).ch);
        Ok(NONE)
    }),
    NativeObj::new("init", |a, kw| {
        init(this(a[0]), a, kw)?;
        Ok(NONE)
    }),
    NativeObj::new("noise", |a, _| {
        board::dac_wave(this(a[0]).ch, false, freq(a)?);
        Ok(NONE)
    }),
    NativeObj::new("triangle", |a, _| {
        board::dac_wave(this(a[0]).ch, true, freq(a)?);
        Ok(NONE)
    }),
    NativeObj::new("write", |a, _| {
        let o = this(a[0]);
        let v = index_of(*a.get(1).unwrap_or(&NONE), "value")?;
        // An 8-bit value is the top 8 of the 12 bits, as the DAC's 8-bit register gives it.
        let level = if o.bits == 8 { (v & 0xFF) << 4 } else { v & 0xFFF };
        board::dac_write(o.ch, level as u16);
        Ok(NONE)
    }),
    NativeObj::new("write_timed", |_, _| {
        Err(raise(&NOT_IMPLEMENTED_ERROR, "DAC.write_timed (DMA) is not supported by mpyc yet"))
    }),
];
