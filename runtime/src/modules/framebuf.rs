//! `_framebuf`: the pixel engine under the `framebuf` library module (`runtime/lib/framebuf.py`).
//! A `Surface` draws into a bytearray in one of MicroPython's seven pixel formats, with
//! MicroPython's clipping and shapes pixel for pixel (its `FrameBuffer` methods are checked
//! against MicroPython itself: tests/micropython). `FrameBuffer` is a Python class over it so
//! that drivers can subclass it (`class SSD1306(framebuf.FrameBuffer)`), as they do.

use crate::exc::*;
use crate::func::{Kw, NativeObj};
use crate::int::index_of;
use crate::object::*;
use crate::value::*;
use alloc::vec::Vec;

/// A pixel format, numbered as MicroPython's constants (`framebuf.MONO_VLSB` is 0, …).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[repr(u8)]
pub enum Format {
    /// One bit per pixel, a byte is 8 pixels of a column, bit 0 at the top.
    MonoVlsb = 0,
    /// 16-bit colour, one little-endian half-word per pixel.
    Rgb565 = 1,
    /// Four bits per pixel, the left pixel of a byte in its high nibble.
    Gs4Hmsb = 2,
    /// One bit per pixel, a byte is 8 pixels of a row, bit 7 at the left.
    MonoHlsb = 3,
    /// One bit per pixel, a byte is 8 pixels of a row, bit 0 at the left.
    MonoHmsb = 4,
    /// Two bits per pixel, the left pixel of a byte in its low bits.
    Gs2Hmsb = 5,
    /// A byte per pixel.
    Gs8 = 6,
}

impl Format {
    fn from(n: isize) -> Option<Format> {
        use Format::*;
        Some(match n {
            0 => MonoVlsb,
            1 => Rgb565,
            2 => Gs4Hmsb,
            3 => MonoHlsb,
            4 => MonoHmsb,
            5 => Gs2Hmsb,
            6 => Gs8,
            _ => return None,
        })
    }

    fn bits(self) -> isize {
        match self {
            Format::MonoVlsb | Format::MonoHlsb | Format::MonoHmsb => 1,
            Format::Gs2Hmsb => 2,
            Format::Gs4Hmsb => 4,
            Format::Gs8 => 8,
            Format::Rgb565 => 16,
        }
    }

    /// The stride (in pixels) rounded up so that each row starts on a byte.
    fn align(self, stride: isize) -> isize {
        let per_byte = match self {
            Format::MonoHlsb | Format::MonoHmsb => 8,
            Format::Gs2Hmsb => 4,
            Format::Gs4Hmsb => 2,
            _ => 1,
        };
        (stride + per_byte - 1) / per_byte * per_byte
    }

    /// The bytes a buffer needs for `height` rows of `width` pixels, `stride` (aligned) from
    /// one row to the next: up to the last pixel, as MicroPython counts (so a window into a
    /// wider picture may end where the picture ends).
    fn bytes(self, width: isize, stride: isize, height: isize) -> u64 {
        let (w, s, h) = (width as u64, stride as u64, height as u64);
        match self {
            Format::MonoVlsb => (h.div_ceil(8) - 1) * s + w,
            _ => ((h - 1) * s + self.align(width) as u64) * self.bits() as u64 / 8,
        }
    }
}

#[repr(C)]
pub struct SurfaceObj {
    pub header: Header,
    /// The bytearray (or memoryview of one) drawn into.
    buf: Value,
    width: isize,
    height: isize,
    /// Pixels from the start of one row to the next (aligned to whole bytes).
    stride: isize,
    format: Format,
}

/// The pixels of a surface for one drawing call: its buffer's bytes now (a bytearray's
/// storage can move between calls, and shrink: checked each time). A pointer, not a slice:
/// `blit` reads one surface while it writes another over the same bytes. Every access is
/// checked against `len`.
struct Pixels {
    ptr: *mut u8,
    len: usize,
    w: isize,
    h: isize,
    stride: isize,
    format: Format,
}

/// The writable bytes of a bytearray, an array or a memoryview of either (in one piece).
pub fn writable(buf: Value) -> Option<&'static mut [u8]> {
    crate::memoryview::writable_raw(buf)
}

fn surface(v: Value) -> R<&'static SurfaceObj> {
    if is_ptr(v) && core::ptr::eq(type_of(v), &SURFACE_TYPE) {
        return Ok(unsafe { body(v) });
    }
    Err(raise(&TYPE_ERROR, alloc::format!("expected a FrameBuffer, not '{}'", type_name(v))))
}

fn pixels(s: &SurfaceObj) -> R<Pixels> {
    let need = s.format.bytes(s.width, s.stride, s.height);
    match writable(s.buf) {
        Some(data) if data.len() as u64 >= need => Ok(Pixels {
            ptr: data.as_mut_ptr(),
            len: data.len(),
            w: s.width,
            h: s.height,
            stride: s.stride,
            format: s.format,
        }),
        _ => Err(raise(&VALUE_ERROR, "the frame buffer's buffer has shrunk")),
    }
}

impl Pixels {
    fn byte(&self, i: usize) -> u32 {
        if i < self.len {
            unsafe { self.ptr.add(i).read() as u32 }
        } else {
            0
        }
    }

    /// Byte `i` with the bits of `mask` replaced by those of `bits`.
    fn put(&mut self, i: usize, mask: u8, bits: u8) {
        if i < self.len {
            unsafe {
                let p = self.ptr.add(i);
                p.write(p.read() & !mask | bits & mask);
            }
        }
    }

    /// Sets a pixel known to be on the surface.
    fn set(&mut self, x: isize, y: isize, c: u32) {
        let (x, y, stride) = (x as usize, y as usize, self.stride as usize);
        let i = match self.format {
            Format::MonoVlsb => y / 8 * stride + x,
            Format::MonoHlsb | Format::MonoHmsb => (y * stride + x) / 8,
            Format::Gs2Hmsb => (y * stride + x) / 4,
            Format::Gs4Hmsb => (y * stride + x) / 2,
            Format::Gs8 => y * stride + x,
            Format::Rgb565 => (y * stride + x) * 2,
        };
        let (mask, bits): (u8, u8) = match self.format {
            Format::MonoVlsb => (1 << (y & 7), (c & 1) as u8 * 0xFF),
            Format::MonoHlsb => (0x80 >> (x & 7), (c & 1) as u8 * 0xFF),
            Format::MonoHmsb => (1 << (x & 7), (c & 1) as u8 * 0xFF),
            Format::Gs2Hmsb => (3 << ((x & 3) * 2), ((c & 3) as u8) << ((x & 3) * 2)),
            Format::Gs4Hmsb if x & 1 == 0 => (0xF0, (c as u8) << 4),
            Format::Gs4Hmsb => (0x0F, c as u8 & 0x0F),
            Format::Gs8 => (0xFF, c as u8),
            Format::Rgb565 => {
                let [lo, hi] = (c as u16).to_le_bytes();
                self.put(i, 0xFF, lo);
                self.put(i + 1, 0xFF, hi);
                return;
            }
        };
        self.put(i, mask, bits);
    }

    /// A pixel known to be on the surface.
    fn get(&self, x: isize, y: isize) -> u32 {
        let (x, y, stride) = (x as usize, y as usize, self.stride as usize);
        let byte = |i: usize| self.byte(i);
        match self.format {
            Format::MonoVlsb => byte(y / 8 * stride + x) >> (y & 7) & 1,
            Format::MonoHlsb => byte((y * stride + x) / 8) >> (7 - (x & 7)) & 1,
            Format::MonoHmsb => byte((y * stride + x) / 8) >> (x & 7) & 1,
            Format::Gs2Hmsb => byte((y * stride + x) / 4) >> ((x & 3) * 2) & 3,
            Format::Gs4Hmsb if x & 1 == 0 => byte((y * stride + x) / 2) >> 4,
            Format::Gs4Hmsb => byte((y * stride + x) / 2) & 0x0F,
            Format::Gs8 => byte(y * stride + x),
            Format::Rgb565 => {
                let i = (y * stride + x) * 2;
                byte(i) | byte(i + 1) << 8
            }
        }
    }

    fn on(&self, x: isize, y: isize) -> bool {
        (0..self.w).contains(&x) && (0..self.h).contains(&y)
    }

    /// Sets the pixel if it is on the surface.
    fn plot(&mut self, x: isize, y: isize, c: u32) {
        if self.on(x, y) {
            self.set(x, y, c);
        }
    }

    /// Fills the part of the rectangle that is on the surface.
    fn fill_rect(&mut self, x: isize, y: isize, w: isize, h: isize, c: u32) {
        if w < 1 || h < 1 || x.saturating_add(w) <= 0 || y.saturating_add(h) <= 0 || x >= self.w || y >= self.h {
            return;
        }
        let (x0, y0) = (x.max(0), y.max(0));
        let (x1, y1) = (x.saturating_add(w).min(self.w), y.saturating_add(h).min(self.h));
        let stride = self.stride as usize;
        // A row's bytes, when they are all in the buffer.
        let row = |p: &mut Self, from: usize, to: usize| {
            (to <= p.len).then(|| unsafe { core::slice::from_raw_parts_mut(p.ptr.add(from), to - from) })
        };
        match self.format {
            Format::Gs8 => {
                for y in y0 as usize..y1 as usize {
                    if let Some(r) = row(self, y * stride + x0 as usize, y * stride + x1 as usize) {
                        r.fill(c as u8);
                    }
                }
            }
            Format::Rgb565 => {
                let px = (c as u16).to_le_bytes();
                for y in y0 as usize..y1 as usize {
                    if let Some(r) = row(self, (y * stride + x0 as usize) * 2, (y * stride + x1 as usize) * 2) {
                        for p in r.chunks_exact_mut(2) {
                            p.copy_from_slice(&px);
                        }
                    }
                }
            }
            _ => {
                for yy in y0..y1 {
                    for xx in x0..x1 {
                        self.set(xx, yy, c);
                    }
                }
            }
        }
    }

    /// A line from (x1, y1) to (x2, y2), both ends included (Bresenham's, stepping along
    /// the longer axis), clipped pixel by pixel.
    fn line(&mut self, x1: isize, y1: isize, x2: isize, y2: isize, c: u32) {
        let (mut dx, mut sx) = (x2.wrapping_sub(x1), 1);
        if dx <= 0 {
            (dx, sx) = (dx.wrapping_neg(), -1);
        }
        let (mut dy, mut sy) = (y2.wrapping_sub(y1), 1);
        if dy <= 0 {
            (dy, sy) = (dy.wrapping_neg(), -1);
        }
        // Along the major axis `a`, the minor one `b`.
        let steep = dy > dx;
        let (mut a, mut b, da, db, sa, sb) = if steep { (y1, x1, dy, dx, sy, sx) } else { (x1, y1, dx, dy, sx, sy) };
        let mut e = 2 * db - da;
        for _ in 0..da {
            if steep {
                self.plot(b, a, c);
            } else {
                self.plot(a, b, c);
            }
            while e >= 0 {
                b += sb;
                e -= 2 * da;
            }
            a += sa;
            e += 2 * db;
        }
        self.plot(x2, y2, c);
    }

    /// The four mirror images of an ellipse's point (cx ± x, cy ± y) in the quadrants `mask`
    /// selects, or the rows from the centre out to them when filling.
    fn ellipse_points(&mut self, cx: isize, cy: isize, x: isize, y: isize, c: u32, mask: u8) {
        let quadrants = [(1, -1, 1), (-1, -1, 2), (-1, 1, 4), (1, 1, 8)];
        for (mx, my, bit) in quadrants {
            if mask & bit == 0 {
                continue;
            }
            if mask & ELLIPSE_FILL != 0 {
                let left = if mx > 0 { cx } else { cx - x };
                self.fill_rect(left, cy + my * y, x + 1, 1, c);
            } else {
                self.plot(cx + mx * x, cy + my * y, c);
            }
        }
    }

    /// An ellipse with radii `xr`, `yr` about (cx, cy) (Kennedy's midpoint method: the flat
    /// part point by point along y, then the steep part along x).
    /// (In 64 bits, radii at most 65536: the squares and sums stay exact.)
    fn ellipse(&mut self, cx: isize, cy: isize, xr: isize, yr: isize, c: u32, mask: u8) {
        let (xr, yr) = (xr.clamp(0, 1 << 16) as i64, yr.clamp(0, 1 << 16) as i64);
        if xr == 0 && yr == 0 {
            if mask & 0xF != 0 {
                self.plot(cx, cy, c);
            }
            return;
        }
        let mut points = |x: i64, y: i64| self.ellipse_points(cx, cy, x as isize, y as isize, c, mask);
        let (a2, b2) = (xr * xr, yr * yr);
        let (two_a2, two_b2) = (2 * a2, 2 * b2);
        let (mut x, mut y) = (xr, 0);
        let (mut x_change, mut y_change) = (b2 * (1 - 2 * xr), a2);
        let (mut err, mut stop_x, mut stop_y) = (0, two_b2 * xr, 0);
        while stop_x >= stop_y {
            points(x, y);
            y += 1;
            stop_y += two_a2;
            err += y_change;
            y_change += two_a2;
            if 2 * err + x_change > 0 {
                x -= 1;
                stop_x -= two_b2;
                err += x_change;
                x_change += two_b2;
            }
        }
        (x, y) = (0, yr);
        (x_change, y_change) = (b2, a2 * (1 - 2 * yr));
        (err, stop_x, stop_y) = (0, 0, two_a2 * yr);
        while stop_x <= stop_y {
            points(x, y);
            x += 1;
            stop_x += two_b2;
            err += x_change;
            x_change += two_b2;
            if 2 * err + y_change > 0 {
                y -= 1;
                stop_y -= two_a2;
                err += y_change;
                y_change += two_a2;
            }
        }
    }

    /// A polygon through `points` (x, y pairs, closed), offset by (x, y): its outline, or
    /// filled row by row between the crossings of its edges.
    fn poly(&mut self, x: isize, y: isize, points: &[isize], c: u32, fill: bool) -> R<()> {
        let n = points.len() / 2;
        if n == 0 {
            return Ok(());
        }
        let at = |i: usize| (points[2 * i], points[2 * i + 1]);
        if !fill {
            // From the first vertex back through the last, as MicroPython walks them.
            let mut p1 = at(0);
            for i in (0..n).rev() {
                let p2 = at(i);
                self.line(x + p1.0, y + p1.1, x + p2.0, y + p2.1, c);
                p1 = p2;
            }
            return Ok(());
        }
        let y_min = (0..n).map(|i| at(i).1).min().unwrap_or(0);
        let y_max = (0..n).map(|i| at(i).1).max().unwrap_or(0);
        // (At most one crossing an edge a row: taken whole, fallibly, as the points were.)
        let mut nodes: Vec<isize> = crate::reserve::vec_with(n)?;
        for row in y_min..=y_max {
            nodes.clear();
            let mut p1 = at(0);
            for i in (0..n).rev() {
                let p2 = at(i);
                let ((px1, py1), (px2, py2)) = (p1, p2);
                // An edge's lower end is left out, so a vertex between two edges counts once.
                if py1 != py2 && ((py1 > row && py2 <= row) || (py1 <= row && py2 > row)) {
                    // Rounded to the nearest pixel in fixed point (1/32), truncating as C does
                    // (in 64 bits: the product of two spans overflows 32).
                    let t = 32 * (px2 - px1) as i64 * (row - py1) as i64 / (py2 - py1) as i64;
                    nodes.push(((32 * px1 as i64 + t + 16) / 32) as isize);
                } else if row == py1.max(py2) {
                    // The pixels a local minimum or a flat edge would lose.
                    if py1 < py2 {
                        self.plot(x + px2, y + py2, c);
                    } else if py2 < py1 {
                        self.plot(x + px1, y + py1, c);
                    } else {
                        self.line(x + px1, y + py1, x + px2, y + py2, c);
                    }
                }
                p1 = p2;
            }
            nodes.sort_unstable();
            for pair in nodes.chunks_exact(2) {
                self.fill_rect(x + pair[0], y + row, pair[1] - pair[0] + 1, 1, c);
            }
        }
        Ok(())
    }

    /// Text in 8×8 cells from (x, y): each byte of the UTF-8 text is a cell.
    fn text(&mut self, s: &str, mut x: isize, y: isize, c: u32) {
        for b in s.bytes() {
            let glyph = crate::font8x8::glyph(b as char);
            for (j, &column) in glyph.iter().enumerate() {
                let xx = x + j as isize;
                if !(0..self.w).contains(&xx) {
                    continue;
                }
                for row in 0..8 {
                    if column >> row & 1 != 0 {
                        self.plot(xx, y + row, c);
                    }
                }
            }
            x = x.saturating_add(8);
        }
    }

    /// Moves the picture by (dx, dy); what it uncovers keeps its old pixels.
    fn scroll(&mut self, dx: isize, dy: isize) {
        let (x_from, x_end, x_step) = if dx < 0 { (0, self.w + dx, 1) } else { (self.w - 1, dx - 1, -1) };
        let (mut y, y_end, y_step) = if dy < 0 { (0, self.h + dy, 1) } else { (self.h - 1, dy - 1, -1) };
        if (dx < 0 && x_end <= 0) || (dx >= 0 && x_end >= x_from) || (dy < 0 && y_end <= 0) || (dy >= 0 && y_end >= y) {
            return;
        }
        while y != y_end {
            let mut x = x_from;
            while x != x_end {
                let c = self.get(x - dx, y - dy);
                self.set(x, y, c);
                x += x_step;
            }
            y += y_step;
        }
    }
}

const ELLIPSE_FILL: u8 = 0x10;

/// How far off the surface a coordinate or size may lie: beyond it, it is taken as this (the
/// surface is at most 65535 pixels a side, so what is drawn is the same, and no arithmetic on
/// coordinates can overflow).
const FAR: isize = 1 << 20;

fn int(a: &[Value], i: usize, what: &str) -> R<isize> {
    match a.get(i) {
        Some(&v) => Ok(index_of(v, what)?.clamp(-FAR, FAR)),
        None => Err(raise(&TYPE_ERROR, alloc::format!("function missing required argument '{what}'"))),
    }
}

fn colour(a: &[Value], i: usize) -> R<u32> {
    Ok(int(a, i, "c")? as u32)
}

fn flag(a: &[Value], i: usize) -> R<bool> {
    a.get(i).map_or(Ok(false), |&v| crate::ops::truthy(v))
}

/// `Surface(buffer, width, height, format, stride)`.
pub fn surface_new(args: &[Value], kw: &Kw) -> R {
    kw.only("FrameBuffer", &[])?;
    let a = &args[1.min(args.len())..];
    let buf = *a.first().ok_or_else(|| raise(&TYPE_ERROR, "function missing required argument 'buffer'"))?;
    let (width, height) = (int(a, 1, "width")?, int(a, 2, "height")?);
    let format = int(a, 3, "format")?;
    let stride = match a.get(4) {
        Some(&s) if s != NONE => index_of(s, "stride")?,
        _ => width,
    };
    let Some(format) = Format::from(format) else {
        return Err(raise(&VALUE_ERROR, "invalid format"));
    };
    let Some(data) = writable(buf) else {
        return Err(raise(&TYPE_ERROR, "object with buffer protocol required"));
    };
    let too_big = |n: isize| !(1..=0xFFFF).contains(&n);
    if too_big(width) || too_big(height) || too_big(stride) || stride < width {
        return Err(raise(&VALUE_ERROR, "invalid frame buffer size"));
    }
    let stride = format.align(stride);
    if format.bytes(width, stride, height) > data.len() as u64 {
        return Err(raise(&VALUE_ERROR, "buffer too small for the frame buffer"));
    }
    alloc(SurfaceObj { header: Header::of(&SURFACE_TYPE), buf, width, height, stride, format })
}

fn draw(a: &[Value], f: impl FnOnce(&mut Pixels) -> R<()>) -> R {
    let mut p = pixels(surface(a[0])?)?;
    f(&mut p)?;
    Ok(NONE)
}

/// The values of a sequence of ints (poly's coordinates: an `array('h')`, a list, …).
fn ints(v: Value) -> R<Vec<isize>> {
    let mut out = Vec::new();
    crate::iter::for_each(v, |item| crate::reserve::push(&mut out, index_of(item, "coordinate")?.clamp(-FAR, FAR)))?;
    Ok(out)
}

pub static SURFACE_TYPE: TypeObj =
    TypeObj::builtin("Surface", Kind::Device, Some(&OBJECT_TYPE), SURFACE_METHODS, Some(&Some(surface_new)));

pub static SURFACE_METHODS: &[NativeObj] = crate::methods![
    NativeObj::new("blit", |a, _| {
        let src = surface(*a.get(1).unwrap_or(&NONE))?;
        let (x, y) = (int(a, 2, "x")?, int(a, 3, "y")?);
        let key = match a.get(4) {
            Some(&k) if k != NONE => Some(index_of(k, "key")? as u32),
            _ => None,
        };
        let palette = match a.get(5) {
            Some(&p) if p != NONE => Some(pixels(surface(p)?)?),
            _ => None,
        };
        let from = pixels(src)?;
        let mut to = pixels(surface(a[0])?)?;
        if x >= to.w || y >= to.h || -x >= from.w || -y >= from.h {
            return Ok(NONE);
        }
        let (x0, y0, sx0, sy0) = (x.max(0), y.max(0), (-x).max(0), (-y).max(0));
        let (x_end, y_end) = (to.w.min(x + from.w), to.h.min(y + from.h));
        for (row, sy) in (y0..y_end).zip(sy0..) {
            for (col, sx) in (x0..x_end).zip(sx0..) {
                let mut c = from.get(sx, sy);
                if let Some(p) = &palette {
                    c = if (c as isize) < p.w { p.get(c as isize, 0) } else { 0 };
                }
                if Some(c) != key {
                    to.set(col, row, c);
                }
            }
        }
        Ok(NONE)
    }),
    NativeObj::new("buffer", |a, _| Ok(surface(a[0])?.buf)),
    NativeObj::new("ellipse", |a, _| {
        let mut mask = if flag(a, 6)? { ELLIPSE_FILL } else { 0 };
        mask |= match a.get(7) {
            Some(&m) => index_of(m, "m")? as u8 & 0xF,
            None => 0xF,
        };
        let (x, y, xr, yr) = (int(a, 1, "x")?, int(a, 2, "y")?, int(a, 3, "xr")?, int(a, 4, "yr")?);
        let c = colour(a, 5)?;
        draw(a, |p| {
            p.ellipse(x, y, xr, yr, c, mask);
            Ok(())
        })
    }),
    NativeObj::new("fill", |a, _| {
        let c = colour(a, 1)?;
        draw(a, |p| {
            p.fill_rect(0, 0, p.w, p.h, c);
            Ok(())
        })
    }),
    NativeObj::new("fill_rect", |a, _| {
        let (x, y, w, h) = (int(a, 1, "x")?, int(a, 2, "y")?, int(a, 3, "w")?, int(a, 4, "h")?);
        let c = colour(a, 5)?;
        draw(a, |p| {
            p.fill_rect(x, y, w, h, c);
            Ok(())
        })
    }),
    NativeObj::new("hline", |a, _| {
        let (x, y, w, c) = (int(a, 1, "x")?, int(a, 2, "y")?, int(a, 3, "w")?, colour(a, 4)?);
        draw(a, |p| {
            p.fill_rect(x, y, w, 1, c);
            Ok(())
        })
    }),
    NativeObj::new("line", |a, _| {
        let (x1, y1, x2, y2) = (int(a, 1, "x1")?, int(a, 2, "y1")?, int(a, 3, "x2")?, int(a, 4, "y2")?);
        let c = colour(a, 5)?;
        draw(a, |p| {
            p.line(x1, y1, x2, y2, c);
            Ok(())
        })
    }),
    NativeObj::new("pixel", |a, _| {
        let (x, y) = (int(a, 1, "x")?, int(a, 2, "y")?);
        // (The colour first: converting it may run Python, which may move the buffer.)
        let c = if a.len() > 3 { Some(colour(a, 3)?) } else { None };
        let mut p = pixels(surface(a[0])?)?;
        match c {
            None if p.on(x, y) => Ok(crate::int::from_isize(p.get(x, y) as isize)),
            None => Ok(NONE),
            Some(c) => {
                p.plot(x, y, c);
                Ok(NONE)
            }
        }
    }),
    NativeObj::new("poly", |a, _| {
        let (x, y) = (int(a, 1, "x")?, int(a, 2, "y")?);
        let points = ints(*a.get(3).unwrap_or(&NONE))?;
        let (c, fill) = (colour(a, 4)?, flag(a, 5)?);
        draw(a, |p| p.poly(x, y, &points, c, fill))
    }),
    NativeObj::new("rect", |a, _| {
        let (x, y, w, h) = (int(a, 1, "x")?, int(a, 2, "y")?, int(a, 3, "w")?, int(a, 4, "h")?);
        let (c, fill) = (colour(a, 5)?, flag(a, 6)?);
        draw(a, |p| {
            if fill {
                p.fill_rect(x, y, w, h, c);
            } else {
                p.fill_rect(x, y, w, 1, c);
                p.fill_rect(x, y + h - 1, w, 1, c);
                p.fill_rect(x, y, 1, h, c);
                p.fill_rect(x + w - 1, y, 1, h, c);
            }
            Ok(())
        })
    }),
    NativeObj::new("scroll", |a, _| {
        let (dx, dy) = (int(a, 1, "xstep")?, int(a, 2, "ystep")?);
        draw(a, |p| {
            p.scroll(dx, dy);
            Ok(())
        })
    }),
    NativeObj::new("text", |a, _| {
        let s = *a.get(1).unwrap_or(&NONE);
        let Some(s) = crate::str::as_str(s) else {
            return Err(raise(
                &TYPE_ERROR,
                alloc::format!("can't convert '{}' object to str implicitly", type_name(s)),
            ));
        };
        let (x, y) = (int(a, 2, "x")?, int(a, 3, "y")?);
        let c = if a.len() > 4 { colour(a, 4)? } else { 1 };
        draw(a, |p| {
            p.text(s, x, y, c);
            Ok(())
        })
    }),
    NativeObj::new("vline", |a, _| {
        let (x, y, h, c) = (int(a, 1, "x")?, int(a, 2, "y")?, int(a, 3, "h")?, colour(a, 4)?);
        draw(a, |p| {
            p.fill_rect(x, y, 1, h, c);
            Ok(())
        })
    }),
];

#[cfg(test)]
mod tests {
    use super::*;

    fn surface(format: Format, w: isize, h: isize, data: &mut [u8]) -> Pixels {
        let stride = format.align(w);
        Pixels { ptr: data.as_mut_ptr(), len: data.len(), w, h, stride, format }
    }

    #[test]
    fn every_format_reads_back_what_it_wrote() {
        for (n, c) in [(0, 1), (1, 0xF81F), (2, 0xA), (3, 1), (4, 1), (5, 2), (6, 0x5A)] {
            let format = Format::from(n).unwrap();
            let mut data = [0u8; 128];
            let mut p = surface(format, 8, 8, &mut data);
            p.set(3, 5, c);
            assert_eq!(p.get(3, 5), c, "{format:?}");
            assert_eq!(p.get(2, 5), 0, "{format:?}");
            assert_eq!(p.get(3, 4), 0, "{format:?}");
            p.fill_rect(0, 0, 8, 8, c);
            assert!((0..8).all(|y| (0..8).all(|x| p.get(x, y) == c)), "{format:?}");
        }
    }

    #[test]
    fn shapes_are_clipped_to_the_surface() {
        let mut data = [0u8; 8];
        let mut p = surface(Format::MonoVlsb, 8, 8, &mut data);
        p.line(-20, -20, 30, 30, 1);
        p.ellipse(4, 4, 100, 3, 1, 0x1F);
        p.fill_rect(-5, -5, 100, 100, 1);
        p.text("Hello", -3, 5, 1);
        p.scroll(100, -100);
        assert!(p.poly(0, 0, &[0, 1, -(1 << 20), 0, 5, 1 << 20], 1, true).is_ok());
        p.ellipse(3, 3, 1 << 16, 1 << 16, 1, 0x1F);
        assert!(data.iter().all(|&b| b == 0xFF));
    }
}
