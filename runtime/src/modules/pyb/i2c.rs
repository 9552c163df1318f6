//! `pyb.I2C`: an I2C bus as controller (MicroPython's `scan send recv mem_read mem_write
//! is_ready`), a thin layer over the board's I2C transfers. Bus 1 is 'X' (X9/X10), bus 2 is
//! 'Y' (Y9/Y10). Peripheral (slave) mode is not there: `init(I2C.PERIPHERAL)` raises
//! ValueError.

use super::arg;
use crate::board;
use crate::bytes::new_bytes;
use crate::exc::*;
use crate::func::{Kw, NativeObj};
use crate::int::index_of;
use crate::object::*;
use crate::value::*;
use alloc::vec::Vec;

pub const CONTROLLER: isize = 0;
pub const PERIPHERAL: isize = 1;

#[repr(C)]
pub struct I2cObj {
    pub header: Header,
    pub bus: u8,
    pub baudrate: u32,
    /// Whether `init` has run (a bus made without a mode is set up at its first use).
    pub ready: bool,
}

fn this(v: Value) -> &'static mut I2cObj {
    unsafe { body(v) }
}

fn init(o: &mut I2cObj, a: &[Value], kw: &Kw) -> R<()> {
    kw.only("init", &["mode", "addr", "baudrate", "gencall", "dma", "timeout"])?;
    let mode = arg(a, kw, 0, "mode").map_or(Ok(CONTROLLER), |m| index_of(m, "mode"))?;
    if mode != CONTROLLER {
        return Err(raise(&VALUE_ERROR, "I2C peripheral (slave) mode is not supported by mpyc"));
    }
    if let Some(b) = kw.get("baudrate") {
        o.baudrate = index_of(b, "baudrate")?.clamp(1, 400_000) as u32;
    }
    board::i2c_init(o.bus, o.baudrate).map_err(super::bus_error)?;
    o.ready = true;
    Ok(())
}

fn ready(v: Value) -> R<u8> {
    let o = this(v);
    if !o.ready {
        board::i2c_init(o.bus, o.baudrate).map_err(super::bus_error)?;
        o.ready = true;
    }
    Ok(o.bus)
}

/// `pyb.I2C(bus, mode=None, **init)`.
pub fn i2c_new(args: &[Value], kw: &Kw) -> R {
    let Some(&id) = args.get(1) else {
        return Err(raise(&TYPE_ERROR, "I2C() missing required argument 'bus'"));
    };
    let mut o =
        I2cObj { header: Header::of(&I2C_TYPE), bus: super::xy_bus(id, "I2C")?, baudrate: 400_000, ready: false };
    if args.len() > 2 || kw.get("mode").is_some() {
        init(&mut o, &args[1..], kw)?;
    }
    alloc_flags(o, crate::gc::LEAF)
}

fn addr_arg(a: &[Value], kw: &Kw, i: usize) -> R<u8> {
    match arg(a, kw, i, "addr") {
        Some(v) => Ok(index_of(v, "addr")? as u8 & 0x7F),
        None => Err(raise(&TYPE_ERROR, "function missing required argument 'addr'")),
    }
}

/// The bytes to send: an int is one byte, else a str (its UTF-8) or a bytes-like object.
pub(super) fn send_bytes(v: Value) -> R<Vec<u8>> {
    if crate::int::as_int(v).is_some() {
        return Ok(alloc::vec![index_of(v, "data")? as u8]);
    }
    super::buffer_bytes(v)
}

/// Receives into a new bytes of `n` bytes (an int) or into a writable buffer (a bytearray,
/// an array, a memoryview).
pub(super) fn receive(into: Value, f: impl FnOnce(&mut [u8]) -> R<()>) -> R {
    if crate::int::as_int(into).is_some() {
        let n = index_of(into, "length")?.max(0) as usize;
        crate::reserve::room_for_text(n)?;
        let mut buf = crate::reserve::zeroed(n)?;
        f(&mut buf)?;
        return new_bytes(&buf);
    }
    let n = match crate::memoryview::writable(into)? {
        Some(b) => b.len(),
        // (A strided view of a bytearray: filled a byte at a time below.)
        None if crate::memoryview::as_view(into).is_some() => crate::memoryview::len(into)?,
        None => return Err(raise(&TYPE_ERROR, "recv needs a length or a bytearray or memoryview to receive into")),
    };
    // (Taken fallibly: its size is the program's buffer's.)
    let mut buf = crate::reserve::zeroed(n)?;
    f(&mut buf)?;
    // (Looked up again: receiving may have run callbacks that resized it.)
    match crate::memoryview::writable(into)? {
        Some(b) => {
            let k = b.len().min(n);
            b[..k].copy_from_slice(&buf[..k]);
        }
        None => {
            for (i, &b) in buf.iter().enumerate() {
                crate::ops::setitem(into, small(i as isize), small(b as isize))?;
            }
        }
    }
    Ok(into)
}

/// A memory address of 8 or 16 bits (`addr_size`), most significant byte first.
fn mem_addr(a: &[Value], kw: &Kw) -> R<Vec<u8>> {
    let m = match arg(a, kw, 2, "memaddr") {
        Some(v) => index_of(v, "memaddr")?,
        None => return Err(raise(&TYPE_ERROR, "function missing required argument 'memaddr'")),
    };
    let size = kw.get("addr_size").map_or(Ok(8), |v| index_of(v, "addr_size"))?;
    Ok(if size == 16 { alloc::vec![(m >> 8) as u8, m as u8] } else { alloc::vec![m as u8] })
}

pub static I2C_TYPE: TypeObj =
    TypeObj::builtin("I2C", Kind::Device, Some(&OBJECT_TYPE), I2C_METHODS, Some(&Some(i2c_new))).with_consts(
        |n| match n {
            "CONTROLLER" | "MASTER" => Some(Ok(small(CONTROLLER))),
            "PERIPHERAL" | "SLAVE" => Some(Ok(small(PERIPHERAL))),
            _ => None,
        },
    );

pub static I2C_METHODS: &[NativeObj] = crate::methods![
    NativeObj::new("__repr__", |a, _| {
        let o = this(a[0]);
        let text = if o.ready {
            alloc::format!("I2C({}, I2C.CONTROLLER, baudrate={})", o.bus, o.baudrate)
        } else {
            alloc::format!("I2C({})", o.bus)
        };
        crate::str::from_str(&text)
    }),
    NativeObj::new("deinit", |a, _| {
        this(a[0]).ready = false;
        Ok(NONE)
    }),
    NativeObj::new("init", |a, kw| {
        init(this(a[0]), a, kw)?;
        Ok(NONE)
    }),
    NativeObj::new("is_ready", |a, kw| {
        let bus = ready(a[0])?;
        let addr = addr_arg(a, kw, 0)?;
        Ok(bool_value((0..5).any(|_| board::i2c_write(bus, addr, &[]).is_ok())))
    }),
    NativeObj::new("mem_read", |a, kw| {
        kw.only("mem_read", &["data", "addr", "memaddr", "timeout", "addr_size"])?;
        let bus = ready(a[0])?;
        let (into, addr, mem) = (arg(a, kw, 0, "data").unwrap_or(small(0)), addr_arg(a, kw, 1)?, mem_addr(a, kw)?);
        receive(into, |buf| board::i2c_write_read(bus, addr, &mem, buf).map_err(super::bus_error))
    }),
    NativeObj::new("mem_write", |a, kw| {
        kw.only("mem_write", &["data", "addr", "memaddr", "timeout", "addr_size"])?;
        let bus = ready(a[0])?;
        let data = send_bytes(arg(a, kw, 0, "data").unwrap_or(small(0)))?;
        let (addr, mut out) = (addr_arg(a, kw, 1)?, mem_addr(a, kw)?);
        out.extend_from_slice(&data);
        board::i2c_write(bus, addr, &out).map_err(super::bus_error)?;
        Ok(NONE)
    }),
    NativeObj::new("recv", |a, kw| {
        kw.only("recv", &["recv", "addr", "timeout"])?;
        let bus = ready(a[0])?;
        let (into, addr) = (arg(a, kw, 0, "recv").unwrap_or(small(1)), addr_arg(a, kw, 1)?);
        receive(into, |buf| board::i2c_read(bus, addr, buf).map_err(super::bus_error))
    }),
    NativeObj::new("scan", |a, _| {
        let bus = ready(a[0])?;
        let found: Vec<Value> = (0x08..0x78)
            .filter(|&addr| board::i2c_write(bus, addr, &[]).is_ok())
            .map(|addr| small(addr as isize))
            .collect();
        crate::list::new_list(&found)
    }),
    NativeObj::new("send", |a, kw| {
        kw.only("send", &["send", "addr", "timeout"])?;
        let bus = ready(a[0])?;
        let data = send_bytes(arg(a, kw, 0, "send").unwrap_or(small(0)))?;
        board::i2c_write(bus, addr_arg(a, kw, 1)?, &data).map_err(super::bus_error)?;
        Ok(NONE)
    }),
];
