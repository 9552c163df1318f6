//! A model of the LCD160CR touch display (160×128 pixels, 16-bit colour, resistive touch) as it
//! answers on I2C, after MicroPython's documentation and driver of its command set: every
//! command is `0x02, code, arguments…` (little-endian), other bytes are text; replies are read
//! as a count byte followed by that many bytes; the address + 1 reports free input space.
//!
//! What the model does not know is the display's own firmware: its glyphs here are X11 fixed
//! fonts (embedded-graphics), its power-up screen is black, and commands it does not model
//! (JPEG, scrolling, SPI frame buffers, flash settings) are noted once on stderr and ignored.

use embedded_graphics::mono_font::{ascii, MonoFont, MonoTextStyle};
use embedded_graphics::pixelcolor::BinaryColor;
use embedded_graphics::prelude::*;
use embedded_graphics::text::{Baseline, Text};

/// The panel, in its portrait orientation (PORTRAIT: 128 wide, 160 high).
pub const PANEL_W: usize = 128;
pub const PANEL_H: usize = 160;

/// A command being received: its code and arguments so far, or the point data of a
/// `poly_dot`/`poly_line` that follows its header.
enum Parse {
    Text,
    Command(Vec<u8>),
    Points {
        line: bool,
        need: usize,
        data: Vec<u8>,
    },
    /// `screen_load`'s pixels (2 bytes each, the whole screen row by row): how many bytes are
    /// still to come, and the first byte of a pixel whose second is to come.
    Load {
        left: usize,
        at: usize,
        half: Option<u8>,
    },
}

pub struct Lcd160cr {
    panel: Vec<u16>,
    orient: u8,
    pos: (i32, i32),
    text_fg: u16,
    text_bg: u16,
    font: u8,
    scale: u8,
    bold: u8,
    transparent: bool,
    pen_line: u16,
    pen_fill: u16,
    pub brightness: u8,
    /// Where a finger is, in the current orientation's coordinates.
    pub touch: Option<(u8, u8)>,
    last_touch: (u8, u8),
    replies: Vec<u8>,
    parse: Parse,
    powered: bool,
    /// Whether it was ever switched on (a board without the display shows no screenshots).
    pub ever_powered: bool,
    /// Commands seen that the model does not draw, reported once each.
    unknown: Vec<u8>,
    /// The window SPI frame data fills (`set_spi_win`: first and last column and row), the
    /// pixel the next SPI data goes to, and the first byte of a pixel whose second is to come.
    spi_win: (i32, i32, i32, i32),
    spi_at: (i32, i32),
    spi_half: Option<u8>,
}

impl Default for Lcd160cr {
    fn default() -> Self {
        Lcd160cr {
            panel: vec![0; PANEL_W * PANEL_H],
            orient: 0,
            pos: (0, 0),
            text_fg: 0xFFFF,
            text_bg: 0,
            font: 0,
            scale: 0,
            bold: 0,
            transparent: false,
            pen_line: 0xFFFF,
            pen_fill: 0,
            brightness: 31,
            touch: None,
            last_touch: (0, 0),
            replies: Vec::new(),
            parse: Parse::Text,
            powered: false,
            ever_powered: false,
            unknown: Vec::new(),
            spi_win: (0, 0, PANEL_W as i32 - 1, PANEL_H as i32 - 1),
            spi_at: (0, 0),
            spi_half: None,
        }
    }
}

/// How many argument bytes follow each command code (from the driver's `struct` formats).
fn arg_len(code: u8) -> Option<usize> {
    Some(match code {
        0x45 | 0x54 | 0x12 => 0,                                    // erase, touch query 'T', fast SPI
        0x10 => 3,                                                  // get_line
        0x70 => 5,                                                  // screen_load
        0x55 => 17,                                                 // SPI and scroll windows
        0x14 | 0x16 | 0x19 | 0x67 | 0x66 | 0x71 | 0x78 => 1,        // orient, brightness, deco, 'g', 'f', poly
        0x58 | 0x4B | 0x46 | 0x61 | 0x7A => 2,                      // set_pos, dot, font, get_pixel, touch_config
        0x63 | 0x50 | 0x4C | 0x72 | 0x57 | 0x51 | 0x41 | 0x0E => 4, // colours, line, rects, pixel, i2c addr
        0x76 | 0x79 => 5,                                           // viewport, window
        _ => return None,
    })
}

fn font(n: u8) -> &'static MonoFont<'static> {
    match n & 3 {
        0 => &ascii::FONT_5X8,
        1 => &ascii::FONT_6X10,
        2 => &ascii::FONT_7X13,
        _ => &ascii::FONT_9X15,
    }
}

/// One glyph rendered into a small bitmap.
struct Glyph {
    w: usize,
    h: usize,
    on: Vec<bool>,
}

impl OriginDimensions for Glyph {
    fn size(&self) -> Size {
        Size::new(self.w as u32, self.h as u32)
    }
}

impl DrawTarget for Glyph {
    type Color = BinaryColor;
    type Error = core::convert::Infallible;
    fn draw_iter<I: IntoIterator<Item = Pixel<BinaryColor>>>(&mut self, pixels: I) -> Result<(), Self::Error> {
        for Pixel(p, c) in pixels {
            if c.is_on() && p.x >= 0 && p.y >= 0 && (p.x as usize) < self.w && (p.y as usize) < self.h {
                self.on[p.y as usize * self.w + p.x as usize] = true;
            }
        }
        Ok(())
    }
}

impl Lcd160cr {
    pub fn set_power(&mut self, on: bool) {
        if on && !self.powered {
            *self = Lcd160cr { powered: true, touch: self.touch, ..Lcd160cr::default() };
            self.ever_powered = true;
        }
        self.powered = on;
    }

    pub fn powered(&self) -> bool {
        self.powered
    }

    /// Width and height in the current orientation.
    pub fn size(&self) -> (i32, i32) {
        if self.orient & 1 == 0 {
            (PANEL_W as i32, PANEL_H as i32)
        } else {
            (PANEL_H as i32, PANEL_W as i32)
        }
    }

    /// The panel index of (x, y) in the current orientation, if on the screen.
    fn index(&self, x: i32, y: i32) -> Option<usize> {
        let (w, h) = self.size();
        if x < 0 || y < 0 || x >= w || y >= h {
            return None;
        }
        let (px, py) = match self.orient & 3 {
            0 => (x, y),
            1 => (PANEL_W as i32 - 1 - y, x),
            2 => (PANEL_W as i32 - 1 - x, PANEL_H as i32 - 1 - y),
            _ => (y, PANEL_H as i32 - 1 - x),
        };
        Some(py as usize * PANEL_W + px as usize)
    }

    fn set(&mut self, x: i32, y: i32, c: u16) {
        if let Some(i) = self.index(x, y) {
            self.panel[i] = c;
        }
    }

    pub fn pixel(&self, x: i32, y: i32) -> Option<u16> {
        self.index(x, y).map(|i| self.panel[i])
    }

    fn fill(&mut self, x: i32, y: i32, w: i32, h: i32, c: u16) {
        for yy in y..y + h {
            for xx in x..x + w {
                self.set(xx, yy, c);
            }
        }
    }

    fn line(&mut self, (x0, y0): (i32, i32), (x1, y1): (i32, i32), c: u16) {
        // Bresenham, both ends drawn.
        let (dx, dy) = ((x1 - x0).abs(), -(y1 - y0).abs());
        let (sx, sy) = (if x0 < x1 { 1 } else { -1 }, if y0 < y1 { 1 } else { -1 });
        let (mut x, mut y, mut err) = (x0, y0, dx + dy);
        loop {
            self.set(x, y, c);
            if x == x1 && y == y1 {
                return;
            }
            let e2 = 2 * err;
            if e2 >= dy {
                err += dy;
                x += sx;
            }
            if e2 <= dx {
                err += dx;
                y += sy;
            }
        }
    }

    fn outline(&mut self, x: i32, y: i32, w: i32, h: i32, c: u16) {
        if w <= 0 || h <= 0 {
            return;
        }
        self.fill(x, y, w, 1, c);
        self.fill(x, y + h - 1, w, 1, c);
        self.fill(x, y, 1, h, c);
        self.fill(x + w - 1, y, 1, h, c);
    }

    fn glyph(&mut self, ch: u8) {
        let f = font(self.font);
        let (cw, chh) = (f.character_size.width as usize, f.character_size.height as usize);
        let s = self.scale as i32 + 1;
        let (w, _) = self.size();
        let adv = (cw as i32 + f.character_spacing as i32) * s;
        match ch {
            b'\n' => {
                self.pos = (0, self.pos.1 + chh as i32 * s);
                return;
            }
            b'\r' => {
                self.pos.0 = 0;
                return;
            }
            _ => {}
        }
        if self.pos.0 + adv > w && self.pos.0 > 0 {
            self.pos = (0, self.pos.1 + chh as i32 * s);
        }
        let mut g = Glyph { w: cw, h: chh, on: vec![false; cw * chh] };
        let text = [if ch.is_ascii_graphic() || ch == b' ' { ch } else { b'?' }];
        let text = core::str::from_utf8(&text).unwrap_or("?");
        let _ = Text::with_baseline(text, Point::zero(), MonoTextStyle::new(f, BinaryColor::On), Baseline::Top)
            .draw(&mut g);
        let (x0, y0) = self.pos;
        if !self.transparent {
            self.fill(x0, y0, adv, chh as i32 * s, self.text_bg);
        }
        for gy in 0..chh {
            for gx in 0..cw {
                if g.on[gy * cw + gx] {
                    let (x, y) = (x0 + gx as i32 * s, y0 + gy as i32 * s);
                    self.fill(x, y, s + self.bold as i32, s, self.text_fg);
                }
            }
        }
        self.pos.0 += adv;
    }

    fn reply(&mut self, bytes: &[u8]) {
        self.replies.extend_from_slice(bytes);
    }

    fn command(&mut self, code: u8, a: &[u8]) {
        let u16at = |i: usize| u16::from_le_bytes([a[i], a[i + 1]]);
        let (b0, b1, b2, b3) = (
            a.first().copied().unwrap_or(0) as i32,
            a.get(1).copied().unwrap_or(0) as i32,
            a.get(2).copied().unwrap_or(0) as i32,
            a.get(3).copied().unwrap_or(0) as i32,
        );
        match code {
            0x14 => self.orient = a[0] & 3,
            0x16 => self.brightness = a[0],
            0x67 => {
                let (w, h) = self.size();
                self.reply(&[w as u8, h as u8, 0, 0]);
            }
            0x58 => self.pos = (b0, b1),
            0x63 => (self.text_fg, self.text_bg) = (u16at(0), u16at(2)),
            0x46 => {
                self.bold = a[0] & 0x0F;
                self.font = (a[0] >> 4) & 3;
                self.transparent = a[0] & 0x40 != 0;
                self.scale = a[1];
            }
            0x50 => (self.pen_line, self.pen_fill) = (u16at(0), u16at(2)),
            0x45 => {
                let (w, h) = self.size();
                self.fill(0, 0, w, h, self.pen_fill);
                self.pos = (0, 0);
            }
            0x4B => self.set(b0, b1, self.pen_line),
            0x41 => self.set(b0, b1, u16at(2)),
            0x61 => {
                let c = self.pixel(b0, b1).unwrap_or(0);
                self.reply(&c.to_le_bytes());
            }
            0x4C => self.line((b0, b1), (b2, b3), self.pen_line),
            0x72 => {
                self.fill(b0 + 1, b1 + 1, b2 - 2, b3 - 2, self.pen_fill);
                self.outline(b0, b1, b2, b3, self.pen_line);
            }
            0x57 => self.outline(b0, b1, b2, b3, self.pen_line),
            0x51 => self.fill(b0, b1, b2, b3, self.pen_fill),
            0x54 => {
                let (x, y) = self.touch.unwrap_or(self.last_touch);
                self.reply(&[if self.touch.is_some() { 0x80 } else { 0 }, x, y]);
            }
            0x71 | 0x78 => {
                self.parse = Parse::Points { line: code == 0x78, need: 2 * a[0] as usize, data: Vec::new() };
                self.points_done();
            }
            0x10 => {
                // get_line: b0 pixels from (b1, b2) rightwards, two bytes each.
                let line: Vec<u8> = (0..b0).flat_map(|i| self.pixel(b1 + i, b2).unwrap_or(0).to_le_bytes()).collect();
                self.reply(&line);
            }
            // The SPI window is window 10; the others scroll, which the model does not do.
            0x55 if a[0] == 10 => {
                self.spi_win = (u16at(1) as i32, u16at(3) as i32, u16at(5) as i32, u16at(7) as i32);
                self.spi_at = (self.spi_win.0, self.spi_win.1);
            }
            0x70 => {
                let (w, h) = self.size();
                let left = (u16at(0) as usize).saturating_sub(2).min((w * h * 2) as usize);
                if left > 0 {
                    self.parse = Parse::Load { left, at: 0, half: None };
                }
            }
            0x12 => {
                self.spi_at = (self.spi_win.0, self.spi_win.1);
                self.spi_half = None;
            }
            0x19 | 0x0E | 0x76 | 0x79 | 0x7A => {} // start-up screen, I2C address, windows, touch set-up
            _ => self.note(code),
        }
    }

    fn note(&mut self, code: u8) {
        if !self.unknown.contains(&code) {
            self.unknown.push(code);
            eprintln!("pyboard-sim: the LCD160CR model ignores command {code:#04x}");
        }
    }

    fn points_done(&mut self) {
        let Parse::Points { line, need, data } = &self.parse else { return };
        if data.len() < *need {
            return;
        }
        let (line, pts): (bool, Vec<(i32, i32)>) =
            (*line, data.chunks(2).map(|p| (p[0] as i32, p[1] as i32)).collect());
        self.parse = Parse::Text;
        if line {
            for w in pts.windows(2) {
                self.line(w[0], w[1], self.pen_line);
            }
        } else {
            for (x, y) in pts {
                self.set(x, y, self.pen_line);
            }
        }
    }

    /// An I2C write to the display's address: commands and text.
    pub fn write(&mut self, data: &[u8]) {
        for &b in data {
            match &mut self.parse {
                Parse::Load { left, at, half } => {
                    *left -= 1;
                    let done = *left == 0;
                    if let Some(lo) = half.take() {
                        let i = *at as i32;
                        *at += 1;
                        let w = self.size().0;
                        self.set(i % w, i / w, u16::from_le_bytes([lo, b]));
                    } else {
                        *half = Some(b);
                    }
                    if done {
                        self.parse = Parse::Text;
                    }
                }
                Parse::Points { data, .. } => {
                    data.push(b);
                    self.points_done();
                }
                Parse::Command(cmd) => {
                    cmd.push(b);
                    let code = cmd[0];
                    match arg_len(code) {
                        Some(n) if cmd.len() == n + 1 => {
                            let cmd = core::mem::take(cmd);
                            self.parse = Parse::Text;
                            self.command(code, &cmd[1..]);
                        }
                        Some(_) => {}
                        None => {
                            self.parse = Parse::Text;
                            self.note(code);
                        }
                    }
                }
                Parse::Text if b == 0x02 => self.parse = Parse::Command(Vec::new()),
                Parse::Text => self.glyph(b),
            }
        }
    }

    /// Bytes on the SPI bus: pixels for the SPI window, two bytes each (low byte first, the
    /// same 16-bit colours as the I2C commands), row by row, starting again at its top left
    /// when it is full. (The display's own documentation of its SPI input was not at hand:
    /// this follows MicroPython's driver, which sends a `framebuf.RGB565` buffer as it is.)
    pub fn spi_write(&mut self, data: &[u8]) {
        for &b in data {
            let Some(lo) = self.spi_half.take() else {
                self.spi_half = Some(b);
                continue;
            };
            let (x, y) = self.spi_at;
            self.set(x, y, u16::from_le_bytes([lo, b]));
            let (x0, y0, x1, y1) = self.spi_win;
            self.spi_at = if x < x1 {
                (x + 1, y)
            } else if y < y1 {
                (x0, y + 1)
            } else {
                (x0, y0)
            };
        }
    }

    /// An I2C read at the display's address: the count of reply bytes waiting, then (for a
    /// longer read) the bytes themselves, which the read takes.
    pub fn read(&mut self, buf: &mut [u8]) {
        buf.fill(0);
        if let Some(first) = buf.first_mut() {
            *first = self.replies.len().min(255) as u8;
        }
        let n = (buf.len().saturating_sub(1)).min(self.replies.len());
        buf[1..1 + n].copy_from_slice(&self.replies[..n]);
        if buf.len() > 1 {
            self.replies.drain(..n);
        }
    }

    /// An I2C read at address + 1: free space in the display's input buffer (it draws at once).
    pub fn read_space(&mut self, buf: &mut [u8]) {
        buf.fill(255);
    }

    /// A finger down at (x, y) or lifted.
    pub fn set_touch(&mut self, at: Option<(u8, u8)>) {
        if let Some(p) = at {
            self.last_touch = p;
        }
        self.touch = at;
    }

    /// The screen as the user sees it in the current orientation, as a PNG (RGB, 8 bits).
    pub fn png(&self) -> Vec<u8> {
        let (w, h) = self.size();
        let mut rgb = Vec::with_capacity((w * h * 3) as usize);
        for y in 0..h {
            for x in 0..w {
                let c = self.pixel(x, y).unwrap_or(0);
                // `LCD160CR.rgb` packs blue in bits 15:11, green 10:5, red 4:0.
                let (r, g, b) = (c & 0x1F, (c >> 5) & 0x3F, c >> 11);
                rgb.extend_from_slice(&[(r << 3 | r >> 2) as u8, (g << 2 | g >> 4) as u8, (b << 3 | b >> 2) as u8]);
            }
        }
        let mut out = Vec::new();
        let mut enc = png::Encoder::new(&mut out, w as u32, h as u32);
        enc.set_color(png::ColorType::Rgb);
        enc.set_depth(png::BitDepth::Eight);
        if let Ok(mut wr) = enc.write_header() {
            let _ = wr.write_image_data(&rgb);
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lcd() -> Lcd160cr {
        let mut l = Lcd160cr::default();
        l.set_power(true);
        l
    }

    #[test]
    fn draws_with_the_pen() {
        let mut l = lcd();
        l.write(&[0x02, 0x50, 0x1F, 0x00, 0xE0, 0x07]); // pen: red line, green fill
        l.write(&[0x02, 0x45]); // erase to the fill colour
        assert_eq!(l.pixel(5, 5), Some(0x07E0));
        l.write(&[0x02, 0x4C, 0, 0, 10, 10]);
        assert_eq!(l.pixel(7, 7), Some(0x001F));
        assert_eq!(l.pixel(7, 8), Some(0x07E0));
        l.write(&[0x02, 0x72, 20, 20, 5, 4]);
        assert_eq!(l.pixel(20, 20), Some(0x001F));
        assert_eq!(l.pixel(24, 23), Some(0x001F));
        assert_eq!(l.pixel(21, 21), Some(0x07E0));
        l.write(&[0x02, 0x78, 2]);
        l.write(&[50, 50, 50, 60]); // poly_line's points in the next transfer
        assert_eq!(l.pixel(50, 55), Some(0x001F));
    }

    #[test]
    fn text_and_replies() {
        let mut l = lcd();
        l.write(&[0x02, 0x63, 0xFF, 0xFF, 0x00, 0x00]);
        l.write(&[0x02, 0x58, 10, 10]);
        l.write(b"H");
        let lit = (10..15).flat_map(|x| (10..18).map(move |y| (x, y))).filter(|&(x, y)| l.pixel(x, y) == Some(0xFFFF));
        assert!(lit.count() > 5, "H drew something");
        l.write(&[0x02, 0x14, 5]); // landscape
        l.write(&[0x02, b'g', b'0']);
        let mut count = [0; 1];
        l.read(&mut count);
        assert_eq!(count, [4]);
        let mut r = [0; 5];
        l.read(&mut r);
        assert_eq!(r, [4, 160, 128, 0, 0]);
        l.set_touch(Some((40, 60)));
        l.write(&[0x02, b'T']);
        let mut t = [0; 4];
        l.read(&mut t);
        assert_eq!(t, [3, 0x80, 40, 60]);
        l.set_touch(None);
        l.write(&[0x02, b'T']);
        l.read(&mut t);
        assert_eq!(t, [3, 0, 40, 60]);
    }

    #[test]
    fn png_is_readable() {
        let mut l = lcd();
        l.write(&[0x02, 0x50, 0xFF, 0xFF, 0x1F, 0x00]);
        l.write(&[0x02, 0x45]);
        let png = l.png();
        let dec = png::Decoder::new(std::io::Cursor::new(png));
        let mut r = dec.read_info().unwrap();
        let mut buf = vec![0; r.output_buffer_size()];
        let info = r.next_frame(&mut buf).unwrap();
        assert_eq!((info.width, info.height), (128, 160));
        assert_eq!(&buf[..3], &[255, 0, 0], "rgb(255, 0, 0) is red");
    }
}
