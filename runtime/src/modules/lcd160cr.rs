//! The `lcd160cr` module: MicroPython's `LCD160CR` driver for the LCD160CR touch display,
//! speaking the display's I2C command protocol (`0x02, command, arguments…`, little-endian;
//! replies polled as a count byte and the bytes) through the board's I2C transfers, as
//! MicroPython's Python driver does byte for byte.
//!
//! Written in Rust rather than as Python compiled with each program: it is linked only when a
//! program imports `lcd160cr`, costs no compile time, and its clipping and packing run as
//! native code without allocating. Frame data (`show_framebuf`, `fast_spi`) goes over the
//! display's SPI bus, in the window `set_spi_win` sets, as MicroPython's driver sends it. Not
//! there yet: JPEG, scrolling and the UART baud rate.

use crate::board::{
    self,
    bus::{PinId, PinMode, Pull, SpiMode},
};
use crate::exc::*;
use crate::func::{Kw, NativeObj};
use crate::int::index_of;
use crate::object::*;
use crate::pyb::{arg, bus_error, pins};
use crate::value::*;
use alloc::vec::Vec;

pub const PORTRAIT: isize = 0;
pub const LANDSCAPE: isize = 1;
pub const PORTRAIT_UPSIDEDOWN: isize = 2;
pub const LANDSCAPE_UPSIDEDOWN: isize = 3;

#[repr(C)]
pub struct LcdObj {
    pub header: Header,
    bus: u8,
    addr: u8,
    pwr: PinId,
    /// The SPI bus frame data goes on (1 or 2).
    spi: u8,
    spi_mode: SpiMode,
    w: u8,
    h: u8,
}

fn this(v: Value) -> &'static mut LcdObj {
    unsafe { body(v) }
}

impl LcdObj {
    fn send(&self, bytes: &[u8]) -> R<()> {
        board::i2c_write(self.bus, self.addr, bytes).map_err(bus_error)
    }

    fn cmd(&self, code: u8, args: &[u8]) -> R<()> {
        let mut b = Vec::with_capacity(2 + args.len());
        b.extend_from_slice(&[0x02, code]);
        b.extend_from_slice(args);
        self.send(&b)
    }

    /// Polls the reply count until `n` bytes are waiting, then reads them (after the count)
    /// into `buf`; OSError(ETIMEDOUT) after a second.
    fn wait_for(&self, n: u8, buf: &mut [u8]) -> R<()> {
        let start = board::millis();
        loop {
            let mut count = [0];
            board::i2c_read(self.bus, self.addr, &mut count).map_err(bus_error)?;
            if count[0] >= n {
                return board::i2c_read(self.bus, self.addr, buf).map_err(bus_error);
            }
            if board::millis().wrapping_sub(start) > 1000 {
                return Err(raise_with(&OS_ERROR, small(110)));
            }
            board::delay_ms(1);
        }
    }

    /// Reads until no reply bytes are left over.
    fn iflush(&self) -> R<()> {
        let start = board::millis();
        loop {
            let mut b = [0; 16];
            board::i2c_read(self.bus, self.addr, &mut b).map_err(bus_error)?;
            if b[0] == 0 {
                return Ok(());
            }
            if board::millis().wrapping_sub(start) > 1000 {
                return Err(raise_with(&OS_ERROR, small(110)));
            }
            board::delay_ms(1);
        }
    }

    /// Waits until the display has room for `n` bytes of input (its address + 1 reports the
    /// room); OSError(ETIMEDOUT) after a second.
    fn oflush(&self, n: u8) -> R<()> {
        let start = board::millis();
        loop {
            let mut room = [0];
            board::i2c_read(self.bus, self.addr.wrapping_add(1), &mut room).map_err(bus_error)?;
            if room[0] >= n {
                return Ok(());
            }
            if board::millis().wrapping_sub(start) > 1000 {
                return Err(raise_with(&OS_ERROR, small(110)));
            }
            board::delay_ms(1);
        }
    }

    /// Switches the display's input to frame data on SPI (`fast_spi`).
    fn fast_spi(&self, flush: bool) -> R<()> {
        self.send(b"\x02\x12")?;
        if flush {
            self.oflush(255)?;
        }
        Ok(())
    }

    /// `get_line`: `buf.len() / 2` pixels from (x, y) into `buf` after its count byte.
    fn get_line(&self, x: u8, y: u8, buf: &mut [u8]) -> R<()> {
        let n = (buf.len() / 2) as u8;
        self.cmd(0x10, &[n, x, y])?;
        self.wait_for(n.saturating_mul(2), buf)
    }

    fn set_orient(&mut self, orient: u8) -> R<()> {
        self.cmd(0x14, &[(orient & 3) + 4])?;
        self.iflush()?;
        self.send(b"\x02g0")?;
        let mut b = [0; 5];
        self.wait_for(4, &mut b)?;
        (self.w, self.h) = (b[1], b[2]);
        Ok(())
    }

    /// `rect` and friends, clipped to the screen as MicroPython's driver does: a rectangle
    /// partly off the top or left is drawn as interior plus the outline sides that show.
    fn rect(&self, x: isize, y: isize, w: isize, h: isize, cmd: u8) -> R<()> {
        let (sw, sh) = (self.w as isize, self.h as isize);
        let b = |v: isize| v.clamp(0, 255) as u8;
        if x + w <= 0 || y + h <= 0 || x >= sw || y >= sh {
            return Ok(());
        }
        if x >= 0 && y >= 0 {
            return self.cmd(cmd, &[b(x), b(y), b(w.min(255)), b(h.min(255))]);
        }
        let (mut x, mut y, mut w, mut h, mut left, mut top) = (x, y, w, h, true, true);
        if x < 0 {
            left = false;
            w += x;
            x = 0;
        }
        if y < 0 {
            top = false;
            h += y;
            y = 0;
        }
        let (w8, h8) = (b(w.min(255)), b(h.min(255)));
        if cmd == 0x51 || cmd == 0x72 {
            self.cmd(0x51, &[b(x), b(y), w8, h8])?;
        }
        if cmd == 0x57 || cmd == 0x72 {
            if left {
                self.cmd(0x57, &[b(x), b(y), 1, h8])?;
            }
            if top {
                self.cmd(0x57, &[b(x), b(y), w8, 1])?;
            }
            if x + w < sw {
                self.cmd(0x57, &[b(x + w), b(y), 1, h8])?;
            }
            if y + h < sh {
                self.cmd(0x57, &[b(x), b(y + h), w8, 1])?;
            }
        }
        Ok(())
    }
}

/// Clips the line (x1, y1)–(x2, y2) to 0..w-1 × 0..h-1 (Cohen–Sutherland); None if no part of
/// it is on the screen.
pub fn clip_line(mut c: [isize; 4], w: isize, h: isize) -> Option<[isize; 4]> {
    let code =
        |x: isize, y: isize| (x < 0) as u8 | ((x > w - 1) as u8) << 1 | ((y < 0) as u8) << 2 | ((y > h - 1) as u8) << 3;
    loop {
        let (c1, c2) = (code(c[0], c[1]), code(c[2], c[3]));
        if c1 | c2 == 0 {
            return Some(c);
        }
        if c1 & c2 != 0 {
            return None;
        }
        let out = if c1 != 0 { c1 } else { c2 };
        let [x1, y1, x2, y2] = c;
        let (x, y) = if out & 8 != 0 {
            (x1 + (x2 - x1) * (h - 1 - y1) / (y2 - y1), h - 1)
        } else if out & 4 != 0 {
            (x1 + (x2 - x1) * (0 - y1) / (y2 - y1), 0)
        } else if out & 2 != 0 {
            (w - 1, y1 + (y2 - y1) * (w - 1 - x1) / (x2 - x1))
        } else {
            (0, y1 + (y2 - y1) * (0 - x1) / (x2 - x1))
        };
        if out == c1 {
            (c[0], c[1]) = (x, y);
        } else {
            (c[2], c[3]) = (x, y);
        }
    }
}

/// `LCD160CR(connect=None, *, pwr=None, i2c=None, spi=None, i2c_addr=98)`.
pub fn lcd_new(args: &[Value], kw: &Kw) -> R {
    kw.only("LCD160CR", &["connect", "pwr", "i2c", "spi", "i2c_addr"])?;
    let connect = arg(args, kw, 0, "connect").filter(|&v| v != NONE);
    let (mut pwr, mut bus, mut spi) = (None, None, None);
    if let Some(c) = connect {
        let c = crate::str::as_str(c).unwrap_or("");
        let (i, p) = match c {
            "X" => (1, "X4"),
            "Y" => (2, "Y4"),
            "XY" => (2, "X4"),
            "YX" => (1, "Y4"),
            _ => return Err(raise(&VALUE_ERROR, "bad connect argument: use 'X', 'Y', 'XY' or 'YX'")),
        };
        // The I2C bus is the last letter's, the SPI bus and power pin the first's.
        (pwr, bus, spi) = (pins::find(p), Some(i), Some(if c.starts_with('X') { 1 } else { 2 }));
    }
    if let Some(p) = kw.get("pwr").filter(|&v| v != NONE) {
        pwr = Some(crate::pyb::pin::pin_of(p)?);
    }
    if let Some(i) = kw.get("i2c").filter(|&v| v != NONE) {
        let i = driver_of(i, &crate::pyb::i2c::I2C_TYPE, "i2c must be an I2C object")?;
        bus = Some(unsafe { body::<crate::pyb::i2c::I2cObj>(i) }.bus);
    }
    // Frame data goes at 13.5 MHz, polarity 0, phase 0, as MicroPython's driver sets its bus.
    let mut spi_mode = SpiMode { baudrate: 13_500_000, polarity: false, phase: false, bits: 8, lsb_first: false };
    if let Some(s) = kw.get("spi").filter(|&v| v != NONE) {
        let s = driver_of(s, &crate::pyb::spi::SPI_TYPE, "spi must be an SPI object")?;
        let s = unsafe { body::<crate::pyb::spi::SpiObj>(s) };
        (spi, spi_mode) = (Some(s.bus), s.mode);
    }
    let (Some(pwr), Some(bus), Some(spi)) = (pwr, bus, spi) else {
        return Err(raise(&VALUE_ERROR, "must specify valid connect or all of pwr, i2c and spi"));
    };
    let addr = kw.get("i2c_addr").map_or(Ok(98), |v| index_of(v, "i2c_addr"))? as u8;
    board::pin_init(pwr, PinMode::OutputPushPull, Pull::None);
    if !board::pin_out(pwr) {
        board::pin_write(pwr, true);
        board::delay_ms(10);
    }
    board::i2c_init(bus, 1_000_000).map_err(bus_error)?;
    board::spi_init(spi, spi_mode).map_err(bus_error)?;
    let mut o = LcdObj { header: Header::of(&LCD160CR_TYPE), bus, addr, pwr, spi, spi_mode, w: 160, h: 128 };
    o.set_orient(PORTRAIT as u8)?;
    let (w, h) = (o.w, o.h);
    o.cmd(0x76, &[0, 0, 0, w, h])?; // viewport
    o.cmd(0x79, &[0, 0, 0, w, h])?; // window
    alloc_flags(o, crate::gc::LEAF)
}

/// A bus object given to the constructor: the `pyb` type itself, or a `machine` object over
/// one (its `_bus`).
fn driver_of(v: Value, ty: &'static TypeObj, wrong: &str) -> R<Value> {
    if isinstance(v, ty) {
        return Ok(v);
    }
    // (The instance's own attribute, read without the general lookup, which is large.)
    if is_ptr(v) && kind_of(v) == Kind::Instance {
        if let Some(inner) = crate::shape::get(v, crate::str::from_str("_bus")?) {
            if isinstance(inner, ty) {
                return Ok(inner);
            }
        }
    }
    Err(raise(&TYPE_ERROR, wrong))
}

/// An int argument; beyond ±2^20 (far off any screen) it is taken as that, so that no
/// arithmetic on coordinates overflows.
fn int(a: &[Value], i: usize, what: &str) -> R<isize> {
    match a.get(i) {
        Some(&v) => Ok(index_of(v, what)?.clamp(-(1 << 20), 1 << 20)),
        None => Err(raise(&TYPE_ERROR, alloc::format!("function missing required argument '{what}'"))),
    }
}

fn byte(a: &[Value], i: usize, what: &str) -> R<u8> {
    Ok(int(a, i, what)? as u8)
}

fn rgb(r: isize, g: isize, b: isize) -> isize {
    ((b & 0xF8) << 8) | ((g & 0xFC) << 3) | ((r & 0xFF) >> 3)
}

fn two_colours(a: &[Value], code: u8, names: [&str; 2]) -> R {
    let (c1, c2) = (int(a, 1, names[0])? as u16, int(a, 2, names[1])? as u16);
    let mut args = [0; 4];
    args[..2].copy_from_slice(&c1.to_le_bytes());
    args[2..].copy_from_slice(&c2.to_le_bytes());
    this(a[0]).cmd(code, &args)?;
    Ok(NONE)
}

fn rect_method(a: &[Value], cmd: u8) -> R {
    let o = this(a[0]);
    o.rect(int(a, 1, "x")?, int(a, 2, "y")?, int(a, 3, "w")?, int(a, 4, "h")?, cmd)?;
    Ok(NONE)
}

fn no_clip(a: &[Value], cmd: u8, n: usize) -> R {
    let mut args = Vec::new();
    for i in 0..n {
        args.push(byte(a, i + 1, "coordinate")?);
    }
    this(a[0]).cmd(cmd, &args)?;
    Ok(NONE)
}

fn poly(a: &[Value], cmd: u8) -> R {
    let data = crate::memoryview::bytes_like(*a.get(1).unwrap_or(&NONE))?
        .ok_or_else(|| raise(&TYPE_ERROR, "poly data must be bytes, a bytearray or a memoryview"))?;
    if data.len() % 2 != 0 {
        return Err(raise(&VALUE_ERROR, "must specify even number of bytes"));
    }
    let o = this(a[0]);
    o.cmd(cmd, &[(data.len() / 2) as u8])?;
    o.send(&data)?;
    Ok(NONE)
}

fn touch(o: &LcdObj) -> R<[u8; 4]> {
    o.send(b"\x02T")?;
    let mut b = [0; 4];
    o.wait_for(3, &mut b)?;
    Ok(b)
}

static RGB: NativeObj = NativeObj::new("rgb", |a, _| Ok(small(rgb(int(a, 0, "r")?, int(a, 1, "g")?, int(a, 2, "b")?))));

pub static LCD160CR_TYPE: TypeObj =
    TypeObj::builtin("LCD160CR", Kind::Device, Some(&OBJECT_TYPE), LCD_METHODS, Some(&Some(lcd_new))).with_consts(
        |n| match n {
            "rgb" => Some(Ok(RGB.as_value())),
            _ => None,
        },
    );

pub static LCD_METHODS: &[NativeObj] = crate::methods![
    NativeObj::new("__getattr__", |a, _| {
        let o = this(a[0]);
        match crate::str::as_str(a[1]).unwrap_or("") {
            "w" => Ok(small(o.w as isize)),
            "h" => Ok(small(o.h as isize)),
            n => Err(raise(&ATTRIBUTE_ERROR, alloc::format!("'LCD160CR' object has no attribute '{n}'"))),
        }
    }),
    NativeObj::new("__repr__", |_, _| crate::str::from_str("<LCD160CR>")),
    NativeObj::new("dot", |a, _| {
        let o = this(a[0]);
        let (x, y) = (int(a, 1, "x")?, int(a, 2, "y")?);
        if (0..o.w as isize).contains(&x) && (0..o.h as isize).contains(&y) {
            o.cmd(0x4B, &[x as u8, y as u8])?;
        }
        Ok(NONE)
    }),
    NativeObj::new("dot_no_clip", |a, _| no_clip(a, 0x4B, 2)),
    NativeObj::new("erase", |a, _| {
        this(a[0]).send(b"\x02\x45")?;
        Ok(NONE)
    }),
    NativeObj::new("fast_spi", |a, kw| {
        kw.only("fast_spi", &["flush"])?;
        let flush = match arg(a, kw, 0, "flush") {
            Some(v) => crate::ops::truthy(v)?,
            None => true,
        };
        let o = this(a[0]);
        o.fast_spi(flush)?;
        crate::pyb::spi::configured(o.spi, o.spi_mode)
    }),
    NativeObj::new("feed_wdt", |a, _| {
        this(a[0]).send(b"\x02\x17")?;
        Ok(NONE)
    }),
    NativeObj::new("get_pixel", |a, _| {
        let o = this(a[0]);
        o.cmd(0x61, &[byte(a, 1, "x")?, byte(a, 2, "y")?])?;
        let mut b = [0; 3];
        o.wait_for(2, &mut b)?;
        Ok(small(b[1] as isize | (b[2] as isize) << 8))
    }),
    NativeObj::new("get_line", |a, _| {
        let (x, y) = (byte(a, 1, "x")?, byte(a, 2, "y")?);
        let into = *a.get(3).unwrap_or(&NONE);
        let buf = crate::framebuf::writable(into)
            .ok_or_else(|| raise(&TYPE_ERROR, "get_line needs a bytearray or memoryview to read into"))?;
        this(a[0]).get_line(x, y, buf)?;
        Ok(NONE)
    }),
    NativeObj::new("get_touch", |a, _| {
        let b = touch(this(a[0]))?;
        crate::list::new_tuple(&[small((b[1] >> 7) as isize), small(b[2] as isize), small(b[3] as isize)])
    }),
    NativeObj::new("is_touched", |a, _| Ok(bool_value(touch(this(a[0]))?[1] >> 7 != 0))),
    NativeObj::new("line", |a, _| {
        let o = this(a[0]);
        let c = [int(a, 1, "x1")?, int(a, 2, "y1")?, int(a, 3, "x2")?, int(a, 4, "y2")?];
        if let Some(c) = clip_line(c, o.w as isize, o.h as isize) {
            o.cmd(0x4C, &c.map(|v| v as u8))?;
        }
        Ok(NONE)
    }),
    NativeObj::new("line_no_clip", |a, _| no_clip(a, 0x4C, 4)),
    NativeObj::new("poly_dot", |a, _| poly(a, 0x71)),
    NativeObj::new("poly_line", |a, _| poly(a, 0x78)),
    NativeObj::new("rect", |a, _| rect_method(a, 0x72)),
    NativeObj::new("rect_interior", |a, _| rect_method(a, 0x51)),
    NativeObj::new("rect_interior_no_clip", |a, _| no_clip(a, 0x51, 4)),
    NativeObj::new("rect_no_clip", |a, _| no_clip(a, 0x72, 4)),
    NativeObj::new("rect_outline", |a, _| rect_method(a, 0x57)),
    NativeObj::new("rect_outline_no_clip", |a, _| no_clip(a, 0x57, 4)),
    NativeObj::new("rgb", |a, _| Ok(small(rgb(int(a, 1, "r")?, int(a, 2, "g")?, int(a, 3, "b")?)))),
    NativeObj::new("save_to_flash", |a, _| {
        this(a[0]).send(b"\x02fn")?;
        Ok(NONE)
    }),
    // The screen's pixels, row by row from (x, y), into a buffer of 2 bytes per pixel.
    NativeObj::new("screen_dump", |a, kw| {
        kw.only("screen_dump", &["buf", "x", "y", "w", "h"])?;
        let o = this(a[0]);
        let into = arg(a, kw, 0, "buf").unwrap_or(NONE);
        let clamp = |v: isize| v.clamp(-(1 << 20), 1 << 20);
        let pos = |i: usize, name: &str| arg(a, kw, i, name).map_or(Ok(0), |v| index_of(v, name).map(clamp));
        let (x, y) = (pos(1, "x")?, pos(2, "y")?);
        let size = |i: usize, name: &str, all: isize| match arg(a, kw, i, name).filter(|&v| v != NONE) {
            Some(v) => index_of(v, name).map(clamp),
            None => Ok(all),
        };
        // (A line is at most two reads of 127 pixels: wider is more than any screen.)
        let (w, h) = (size(3, "w", o.w as isize - x)?.min(254), size(4, "h", o.h as isize - y)?);
        let Some(buf) = crate::framebuf::writable(into) else {
            return Err(raise(&TYPE_ERROR, "screen_dump needs a bytearray or memoryview to read into"));
        };
        if w <= 0 || h <= 0 {
            return Ok(NONE);
        }
        // A line is read in two halves when it is more than 127 pixels (254 bytes).
        let halves: &[(isize, isize)] = if w <= 127 { &[(0, w)] } else { &[(0, (w + 1) / 2), ((w + 1) / 2, w)] };
        let rows = (buf.len() as isize / (2 * w)).min(h);
        let mut line = Vec::new();
        for i in 0..rows {
            let mut at = (i * w * 2) as usize;
            for &(from, to) in halves {
                line.clear();
                line.resize(2 * (to - from) as usize + 1, 0);
                o.get_line((x + from) as u8, (y + i) as u8, &mut line)?;
                buf[at..at + line.len() - 1].copy_from_slice(&line[1..]);
                at += line.len() - 1;
            }
        }
        Ok(NONE)
    }),
    // The whole screen from a buffer of 2 bytes per pixel (zeros past its end).
    NativeObj::new("screen_load", |a, _| {
        let o = this(a[0]);
        let data = crate::memoryview::bytes_like(*a.get(1).unwrap_or(&NONE))?
            .ok_or_else(|| raise(&TYPE_ERROR, "screen_load needs a bytes-like object"))?;
        let n = o.w as usize * o.h as usize * 2;
        let l = ((n + 2) as u16).to_le_bytes();
        o.cmd(0x70, &[l[0], l[1], 16, o.w, o.h])?;
        for chunk in data[..data.len().min(n)].chunks(0x200) {
            o.send(chunk)?;
        }
        if data.len() < n {
            o.send(&alloc::vec![0; n - data.len()])?;
        }
        Ok(NONE)
    }),
    NativeObj::new("set_brightness", |a, _| {
        this(a[0]).cmd(0x16, &[byte(a, 1, "value")?])?;
        Ok(NONE)
    }),
    NativeObj::new("set_font", |a, kw| {
        kw.only("set_font", &["font", "scale", "bold", "trans", "scroll"])?;
        let get = |i: usize, name: &str| arg(a, kw, i, name).map_or(Ok(0), |v| index_of(v, name));
        let (font, scale, bold, trans, scroll) =
            (get(0, "font")?, get(1, "scale")?, get(2, "bold")?, get(3, "trans")?, get(4, "scroll")?);
        let flags = (scroll & 1) << 7 | (trans & 1) << 6 | (font & 3) << 4 | (bold & 0xF);
        this(a[0]).cmd(0x46, &[flags as u8, scale as u8])?;
        Ok(NONE)
    }),
    NativeObj::new("set_i2c_addr", |a, _| {
        let addr = int(a, 1, "addr")?;
        if addr & 3 != 0 {
            return Err(raise(&VALUE_ERROR, "must specify mod 4 aligned address"));
        }
        let word = (0x433249 | (addr as u32) << 24).to_le_bytes();
        this(a[0]).cmd(0x0E, &word)?;
        Ok(NONE)
    }),
    NativeObj::new("set_orient", |a, _| {
        this(a[0]).set_orient(byte(a, 1, "orient")?)?;
        Ok(NONE)
    }),
    NativeObj::new("set_pen", |a, _| two_colours(a, 0x50, ["line", "fill"])),
    NativeObj::new("set_pixel", |a, _| {
        let c = (int(a, 3, "c")? as u16).to_le_bytes();
        this(a[0]).cmd(0x41, &[byte(a, 1, "x")?, byte(a, 2, "y")?, c[0], c[1]])?;
        Ok(NONE)
    }),
    NativeObj::new("set_pos", |a, _| {
        this(a[0]).cmd(0x58, &[byte(a, 1, "x")?, byte(a, 2, "y")?])?;
        Ok(NONE)
    }),
    NativeObj::new("set_power", |a, _| {
        let on = crate::ops::truthy(*a.get(1).unwrap_or(&TRUE))?;
        board::pin_write(this(a[0]).pwr, on);
        board::delay_ms(15);
        Ok(NONE)
    }),
    NativeObj::new("set_spi_win", |a, _| {
        let (x, y, w, h) = (int(a, 1, "x")?, int(a, 2, "y")?, int(a, 3, "w")?, int(a, 4, "h")?);
        let mut args = alloc::vec![10u8];
        for v in [x, y, x + w - 1, y + h - 1, 0, 0, 0, 0xFFFF] {
            args.extend_from_slice(&(v as u16).to_le_bytes());
        }
        this(a[0]).cmd(0x55, &args)?;
        Ok(NONE)
    }),
    NativeObj::new("set_startup_deco", |a, _| {
        this(a[0]).cmd(0x19, &[byte(a, 1, "value")?])?;
        Ok(NONE)
    }),
    NativeObj::new("set_text_color", |a, _| two_colours(a, 0x63, ["fg", "bg"])),
    // Frame data, 2 bytes per pixel, into the SPI window (a bytes-like object or a
    // framebuf.FrameBuffer).
    NativeObj::new("show_framebuf", |a, _| {
        let v = *a.get(1).unwrap_or(&NONE);
        let o = this(a[0]);
        o.fast_spi(true)?;
        // (The frame is sent from where it is: a copy of 40 KB may not fit the heap.)
        crate::memoryview::with_bytes(v, |data| board::spi_transfer(o.spi, data, &mut [], 0).map_err(bus_error))?
            .ok_or_else(|| {
                raise(&TYPE_ERROR, alloc::format!("object with buffer protocol required, not {}", type_name(v)))
            })?;
        Ok(NONE)
    }),
    NativeObj::new("touch_config", |a, kw| {
        kw.only("touch_config", &["calib", "save", "irq"])?;
        let flag = |i: usize, name: &str| arg(a, kw, i, name).map_or(Ok(false), crate::ops::truthy);
        let (calib, save) = (flag(0, "calib")?, flag(1, "save")?);
        let irq = arg(a, kw, 2, "irq").filter(|&v| v != NONE);
        let on = match irq {
            Some(v) => crate::ops::truthy(v)?,
            None => false,
        };
        let b0 = (irq.is_some() as u8) << 2 | (save as u8) << 1 | calib as u8;
        this(a[0]).cmd(0x7A, &[b0, (on as u8) << 7])?;
        Ok(NONE)
    }),
    NativeObj::new("write", |a, _| {
        let v = *a.get(1).unwrap_or(&NONE);
        let bytes = match crate::str::as_str(v) {
            Some(s) => crate::reserve::copied(s.as_bytes())?,
            None => crate::memoryview::bytes_like(v)?
                .ok_or_else(|| raise(&TYPE_ERROR, alloc::format!("can't write {} to the LCD", type_name(v))))?,
        };
        this(a[0]).send(&bytes)?;
        Ok(NONE)
    }),
];

/// The module's constants.
pub fn consts(name: &str) -> Option<R> {
    Some(Ok(small(match name {
        "PORTRAIT" => PORTRAIT,
        "LANDSCAPE" => LANDSCAPE,
        "PORTRAIT_UPSIDEDOWN" => PORTRAIT_UPSIDEDOWN,
        "LANDSCAPE_UPSIDEDOWN" => LANDSCAPE_UPSIDEDOWN,
        "STARTUP_DECO_NONE" => 0,
        "STARTUP_DECO_MLOGO" => 1,
        "STARTUP_DECO_INFO" => 2,
        _ => return None,
    })))
}

#[cfg(test)]
mod tests {
    use super::clip_line;

    #[test]
    fn lines_are_clipped_to_the_screen() {
        assert_eq!(clip_line([10, 10, 20, 20], 128, 160), Some([10, 10, 20, 20]));
        assert_eq!(clip_line([-10, 0, 10, 0], 128, 160), Some([0, 0, 10, 0]));
        assert_eq!(clip_line([0, 0, 200, 0], 128, 160), Some([0, 0, 127, 0]));
        assert_eq!(clip_line([-5, -5, -1, -1], 128, 160), None);
        assert_eq!(clip_line([64, -80, 64, 400], 128, 160), Some([64, 0, 64, 159]));
    }
}
