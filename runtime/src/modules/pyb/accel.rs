//! `pyb.Accel`: the MMA7660 accelerometer on I2C1 at address 0x4C, powered through PB5, as
//! MicroPython's driver starts and reads it (datasheet registers XOUT, YOUT, ZOUT, TILT, MODE;
//! values are 6-bit two's complement).

use super::pins::MMA_AVDD;
use crate::board::{self, bus::PinMode, bus::Pull};
use crate::exc::*;
use crate::func::{Kw, NativeObj};
use crate::list::new_tuple;
use crate::object::*;
use crate::value::*;

const BUS: u8 = 1;
const ADDR: u8 = 0x4C;
const REG_X: u8 = 0;
const REG_TILT: u8 = 3;
const REG_MODE: u8 = 7;
/// `filtered_xyz` sums this many samples per axis.
const DEPTH: usize = 4;

#[repr(C)]
pub struct AccelObj {
    pub header: Header,
    /// The last DEPTH samples of x, y, z, and where the next goes.
    samples: [[i8; 3]; DEPTH],
    next: usize,
}

/// `pyb.Accel()`: powers the chip (AVDD off, 30 ms, on, 30 ms), finds it on the bus and puts
/// it in active mode.
pub fn accel_new(args: &[Value], kw: &Kw) -> R {
    kw.only("Accel", &[])?;
    if args.len() != 1 {
        return Err(raise(&TYPE_ERROR, "Accel() takes no arguments"));
    }
    board::i2c_init(BUS, 400_000).map_err(super::bus_error)?;
    board::pin_init(MMA_AVDD, PinMode::OutputPushPull, Pull::None);
    board::pin_write(MMA_AVDD, false);
    board::delay_ms(30);
    board::pin_write(MMA_AVDD, true);
    board::delay_ms(30);
    if !(0..4).any(|_| board::i2c_write(BUS, ADDR, &[]).is_ok()) {
        return Err(raise(&OS_ERROR, "accelerometer not found"));
    }
    board::i2c_write(BUS, ADDR, &[REG_MODE, 1]).map_err(super::bus_error)?;
    board::delay_ms(30);
    alloc_flags(AccelObj { header: Header::of(&ACCEL_TYPE), samples: [[0; 3]; DEPTH], next: 0 }, crate::gc::LEAF)
}

/// A 6-bit two's complement register value.
fn signed(b: u8) -> i8 {
    ((b << 2) as i8) >> 2
}

fn read(reg: u8, buf: &mut [u8]) -> R<()> {
    board::i2c_write_read(BUS, ADDR, &[reg], buf).map_err(super::bus_error)
}

fn axis(reg: u8) -> R {
    let mut b = [0];
    read(reg, &mut b)?;
    Ok(small(signed(b[0]) as isize))
}

pub static ACCEL_TYPE: TypeObj =
    TypeObj::builtin("Accel", Kind::Device, Some(&OBJECT_TYPE), ACCEL_METHODS, Some(&Some(accel_new)));

pub static ACCEL_METHODS: &[NativeObj] = crate::methods![
    NativeObj::new("__repr__", |_, _| crate::str::from_str("<Accel>")),
    NativeObj::new("filtered_xyz", |a, _| {
        let mut b = [0; 3];
        read(REG_X, &mut b)?;
        let o: &mut AccelObj = unsafe { body(a[0]) };
        o.samples[o.next] = b.map(signed);
        o.next = (o.next + 1) % DEPTH;
        let sum = |i: usize| small(o.samples.iter().map(|s| s[i] as isize).sum());
        new_tuple(&[sum(0), sum(1), sum(2)])
    }),
    NativeObj::new("read", |a, _| {
        let mut b = [0];
        read(crate::int::index_of(*a.get(1).unwrap_or(&small(0)), "register")? as u8, &mut b)?;
        Ok(small(b[0] as isize))
    }),
    NativeObj::new("tilt", |_, _| {
        let mut b = [0];
        read(REG_TILT, &mut b)?;
        Ok(small(b[0] as isize))
    }),
    NativeObj::new("write", |a, _| {
        let reg = crate::int::index_of(*a.get(1).unwrap_or(&small(0)), "register")? as u8;
        let v = crate::int::index_of(*a.get(2).unwrap_or(&small(0)), "value")? as u8;
        board::i2c_write(BUS, ADDR, &[reg, v]).map_err(super::bus_error)?;
        Ok(NONE)
    }),
    NativeObj::new("x", |_, _| axis(REG_X)),
    NativeObj::new("y", |_, _| axis(REG_X + 1)),
    NativeObj::new("z", |_, _| axis(REG_X + 2)),
];
