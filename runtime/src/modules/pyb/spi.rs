//! `pyb.SPI`: an SPI bus as controller (MicroPython's `init deinit send recv send_recv` and
//! the `machine.SPI` methods `read readinto write write_readinto`), over the board's SPI
//! transfers. Bus 1 is 'X' (X6-X8), bus 2 is 'Y' (Y6-Y8); chip select is a Pin the program
//! drives. Peripheral (slave) mode, TI mode and CRC are not there: asking for them raises
//! ValueError.

use super::arg;
use super::i2c::{receive, send_bytes};
use crate::board::{self, bus::SpiMode};
use crate::bytes::new_bytes;
use crate::exc::*;
use crate::func::{Kw, NativeObj};
use crate::int::index_of;
use crate::object::*;
use crate::value::*;
use alloc::vec::Vec;

/// MicroPython's values of the mode and bit-order constants (the STM32 HAL's).
pub const MASTER: isize = 0x104;
pub const SLAVE: isize = 0;
pub const MSB: isize = 0;
pub const LSB: isize = 0x80;

#[repr(C)]
pub struct SpiObj {
    pub header: Header,
    pub bus: u8,
    pub mode: SpiMode,
    /// The clock the bus runs at, once set up (0 before `init` or the first transfer).
    pub hz: u32,
}

fn this(v: Value) -> &'static mut SpiObj {
    unsafe { body(v) }
}

/// The clock SPI `bus` divides: APB2 for SPI1, APB1 for SPI2.
fn pclk(bus: u8) -> u32 {
    board::clocks()[if bus == 1 { 3 } else { 2 }]
}

/// `init(mode, baudrate=328125, *, prescaler=-1, polarity=1, phase=0, bits=8, firstbit=MSB,
/// ti=False, crc=None)`.
fn init(o: &mut SpiObj, a: &[Value], kw: &Kw) -> R<()> {
    kw.only(
        "init",
        &["mode", "baudrate", "prescaler", "polarity", "phase", "dir", "bits", "nss", "firstbit", "ti", "crc"],
    )?;
    let int = |i: usize, name: &str, default: isize| arg(a, kw, i, name).map_or(Ok(default), |v| index_of(v, name));
    let mode = int(0, "mode", MASTER)?;
    if mode != MASTER {
        return Err(raise(&VALUE_ERROR, "SPI peripheral (slave) mode is not supported by mpyc"));
    }
    let mut baudrate = int(1, "baudrate", 328_125)?;
    let prescaler = kw.get("prescaler").map_or(Ok(-1), |v| index_of(v, "prescaler"))?;
    if prescaler > 0 {
        baudrate = pclk(o.bus) as isize / prescaler;
    }
    let kw_int = |name: &str, default: isize| kw.get(name).map_or(Ok(default), |v| index_of(v, name));
    let bits = kw_int("bits", 8)?;
    if bits != 8 && bits != 16 {
        return Err(raise(&VALUE_ERROR, "bits must be 8 or 16"));
    }
    for name in ["ti", "crc"] {
        if let Some(v) = kw.get(name) {
            if v != NONE && crate::ops::truthy(v)? {
                return Err(raise(&VALUE_ERROR, alloc::format!("SPI {name} is not supported by mpyc")));
            }
        }
    }
    o.mode = SpiMode {
        baudrate: baudrate.clamp(1, i32::MAX as isize) as u32,
        polarity: kw_int("polarity", 1)? != 0,
        phase: kw_int("phase", 0)? != 0,
        bits: bits as u8,
        lsb_first: kw_int("firstbit", MSB)? == LSB,
    };
    o.hz = board::spi_init(o.bus, o.mode).map_err(super::bus_error)?;
    Ok(())
}

/// The bus, set up with what the object holds if it is not yet.
fn ready(v: Value) -> R<u8> {
    let o = this(v);
    if o.hz == 0 {
        o.hz = board::spi_init(o.bus, o.mode).map_err(super::bus_error)?;
    }
    Ok(o.bus)
}

/// `pyb.SPI(bus, mode=None, **init)`.
pub fn spi_new(args: &[Value], kw: &Kw) -> R {
    let Some(&id) = args.get(1) else {
        return Err(raise(&TYPE_ERROR, "SPI() missing required argument 'bus'"));
    };
    let mode = SpiMode { baudrate: 328_125, polarity: true, phase: false, bits: 8, lsb_first: false };
    let mut o = SpiObj { header: Header::of(&SPI_TYPE), bus: super::xy_bus(id, "SPI")?, mode, hz: 0 };
    if args.len() > 2 || !kw.is_empty() {
        init(&mut o, &args[1..], kw)?;
    }
    alloc_flags(o, crate::gc::LEAF)
}

/// A bus object for `bus` already set up in `mode` (what `LCD160CR.fast_spi` returns).
pub fn configured(bus: u8, mode: SpiMode) -> R {
    let hz = board::spi_init(bus, mode).map_err(super::bus_error)?;
    alloc_flags(SpiObj { header: Header::of(&SPI_TYPE), bus, mode, hz }, crate::gc::LEAF)
}

fn transfer(v: Value, tx: &[u8], rx: &mut [u8], fill: u8) -> R<()> {
    let bus = ready(v)?;
    board::spi_transfer(bus, tx, rx, fill).map_err(super::bus_error)
}

/// The `write` byte of `read`/`readinto` (what is sent while reading).
fn fill_byte(a: &[Value], kw: &Kw, i: usize) -> R<u8> {
    arg(a, kw, i, "write").map_or(Ok(0), |v| Ok(index_of(v, "write")? as u8))
}

/// How many bytes a writable buffer (bytearray, array, memoryview) holds.
fn writable_len(v: Value) -> R<usize> {
    match crate::memoryview::writable(v)? {
        Some(b) => Ok(b.len()),
        None if crate::memoryview::as_view(v).is_some() => crate::memoryview::len(v),
        None => Err(raise(&TYPE_ERROR, alloc::format!("object with buffer protocol required, not {}", type_name(v)))),
    }
}

pub static SPI_TYPE: TypeObj =
    TypeObj::builtin("SPI", Kind::Device, Some(&OBJECT_TYPE), SPI_METHODS, Some(&Some(spi_new))).with_consts(
        |n| match n {
            "MASTER" | "CONTROLLER" => Some(Ok(small(MASTER))),
            "SLAVE" | "PERIPHERAL" => Some(Ok(small(SLAVE))),
            "MSB" => Some(Ok(small(MSB))),
            "LSB" => Some(Ok(small(LSB))),
            _ => None,
        },
    );

pub static SPI_METHODS: &[NativeObj] = crate::methods![
    NativeObj::new("__repr__", |a, _| {
        let o = this(a[0]);
        let text = if o.hz == 0 {
            alloc::format!("SPI({})", o.bus)
        } else {
            let m = o.mode;
            alloc::format!(
                "SPI({}, SPI.MASTER, baudrate={}, prescaler={}, polarity={}, phase={}, bits={})",
                o.bus,
                o.hz,
                pclk(o.bus) / o.hz.max(1),
                m.polarity as u8,
                m.phase as u8,
                m.bits
            )
        };
        crate::str::from_str(&text)
    }),
    NativeObj::new("deinit", |a, _| {
        this(a[0]).hz = 0;
        Ok(NONE)
    }),
    NativeObj::new("init", |a, kw| {
        init(this(a[0]), a, kw)?;
        Ok(NONE)
    }),
    NativeObj::new("read", |a, kw| {
        kw.only("read", &["nbytes", "write"])?;
        let n = arg(a, kw, 0, "nbytes").map_or(Ok(0), |v| index_of(v, "nbytes"))?.max(0) as usize;
        let fill = fill_byte(a, kw, 1)?;
        crate::reserve::room_for_text(n)?;
        let mut buf = crate::reserve::zeroed(n)?;
        transfer(a[0], &[], &mut buf, fill)?;
        new_bytes(&buf)
    }),
    NativeObj::new("readinto", |a, kw| {
        kw.only("readinto", &["buf", "write"])?;
        let into = arg(a, kw, 0, "buf").unwrap_or(NONE);
        let fill = fill_byte(a, kw, 1)?;
        writable_len(into)?;
        receive(into, |buf| transfer(a[0], &[], buf, fill))?;
        Ok(NONE)
    }),
    NativeObj::new("recv", |a, kw| {
        kw.only("recv", &["recv", "timeout"])?;
        let into = arg(a, kw, 0, "recv").unwrap_or(small(1));
        receive(into, |buf| transfer(a[0], &[], buf, 0))
    }),
    NativeObj::new("send", |a, kw| {
        kw.only("send", &["send", "timeout"])?;
        let data = send_bytes(arg(a, kw, 0, "send").unwrap_or(small(0)))?;
        transfer(a[0], &data, &mut [], 0)?;
        Ok(NONE)
    }),
    NativeObj::new("send_recv", |a, kw| {
        kw.only("send_recv", &["send", "recv", "timeout"])?;
        let data = send_bytes(arg(a, kw, 0, "send").unwrap_or(small(0)))?;
        match arg(a, kw, 1, "recv").filter(|&v| v != NONE) {
            Some(into) => {
                if writable_len(into)? != data.len() {
                    return Err(raise(&VALUE_ERROR, "send and recv buffers must be the same length"));
                }
                receive(into, |buf| transfer(a[0], &data, buf, 0))
            }
            None => {
                // (Taken fallibly: its size is the program's data's.)
                let mut buf = crate::reserve::zeroed(data.len())?;
                transfer(a[0], &data, &mut buf, 0)?;
                new_bytes(&buf)
            }
        }
    }),
    NativeObj::new("write", |a, _| {
        let v = *a.get(1).unwrap_or(&NONE);
        let bus = ready(a[0])?;
        if let Some(s) = crate::str::as_str(v) {
            board::spi_transfer(bus, s.as_bytes(), &mut [], 0).map_err(super::bus_error)?;
            return Ok(NONE);
        }
        crate::memoryview::with_bytes(v, |data| board::spi_transfer(bus, data, &mut [], 0).map_err(super::bus_error))?
            .ok_or_else(|| {
                raise(&TYPE_ERROR, alloc::format!("object with buffer protocol required, not {}", type_name(v)))
            })?;
        Ok(NONE)
    }),
    NativeObj::new("write_readinto", |a, kw| {
        kw.only("write_readinto", &["write_buf", "read_buf"])?;
        let out = arg(a, kw, 0, "write_buf").unwrap_or(NONE);
        let data: Vec<u8> = super::buffer_bytes(out)?;
        let into = arg(a, kw, 1, "read_buf").unwrap_or(NONE);
        if writable_len(into)? != data.len() {
            return Err(raise(&VALUE_ERROR, "buffers must be the same length"));
        }
        receive(into, |buf| transfer(a[0], &data, buf, 0))?;
        Ok(NONE)
    }),
];
