//! `pyb.ADC`: a 12-bit reading of the voltage on an analog pin (ADC1's channels 0–15 on
//! PA0–PA7, PB0–PB1 and PC0–PC5; X19 and X20 are PC0 and PC1). In the simulator a scenario's
//! `analog` event sets a pin's voltage.

use super::pins;
use crate::board::{
    self,
    bus::{PinId, PinMode, Pull},
};
use crate::exc::*;
use crate::func::{Kw, NativeObj};
use crate::object::*;
use crate::value::*;

#[repr(C)]
pub struct AdcObj {
    pub header: Header,
    pub port: u8,
    pub pin: u8,
    pub channel: u8,
}

fn this(v: Value) -> &'static AdcObj {
    unsafe { body(v) }
}

/// `pyb.ADC(pin)`: the pin in analog mode.
pub fn adc_new(args: &[Value], kw: &Kw) -> R {
    kw.only("ADC", &[])?;
    let Some(&pin) = args.get(1) else {
        return Err(raise(&TYPE_ERROR, "ADC() missing required argument 'pin'"));
    };
    let p = super::pin::pin_of(pin)?;
    let Some(channel) = pins::adc_channel(p) else {
        return Err(raise(&VALUE_ERROR, alloc::format!("pin {} does not have ADC capabilities", p.cpu_name())));
    };
    board::pin_init(p, PinMode::Analog, Pull::None);
    alloc_flags(AdcObj { header: Header::of(&ADC_TYPE), port: p.port, pin: p.pin, channel }, crate::gc::LEAF)
}

fn read(v: Value) -> u16 {
    let a = this(v);
    board::adc_read(PinId::new(a.port, a.pin), a.channel)
}

pub static ADC_TYPE: TypeObj =
    TypeObj::builtin("ADC", Kind::Device, Some(&OBJECT_TYPE), ADC_METHODS, Some(&Some(adc_new)));

pub static ADC_METHODS: &[NativeObj] = crate::methods![
    NativeObj::new("__repr__", |a, _| {
        let o = this(a[0]);
        let name = PinId::new(o.port, o.pin).cpu_name();
        crate::str::from_str(&alloc::format!("<ADC on Pin({name}) channel={}>", o.channel))
    }),
    NativeObj::new("read", |a, _| Ok(small(read(a[0]) as isize))),
    // machine.ADC's reading scaled to 16 bits.
    NativeObj::new("read_u16", |a, _| {
        let r = read(a[0]) as isize;
        Ok(small(r << 4 | r >> 8))
    }),
];
