"""framebuf: MicroPython's frame buffers -- a picture in a bytearray, in the pixel formats
displays use, with lines, rectangles, ellipses, polygons, text, scrolling and blitting.

FrameBuffer is a Python class so that display drivers can subclass it, as MicroPython's do;
the drawing itself is done by the runtime's pixel engine (`_framebuf.Surface`, in Rust).
A FrameBuffer offers its buffer (`__buffer__`), so `lcd.show_framebuf(fb)`, `spi.write(fb)`
and `bytes(fb)` see its bytes. Text is drawn in mpyc's own 8x8 font (MicroPython's has other
glyphs in the same 8x8 cells).
"""

import _framebuf

MONO_VLSB = 0
MVLSB = 0
RGB565 = 1
GS4_HMSB = 2
MONO_HLSB = 3
MONO_HMSB = 4
GS2_HMSB = 5
GS8 = 6


def _surface(source):
    # A FrameBuffer, or (buffer, width, height, format[, stride]) as blit() accepts.
    if isinstance(source, FrameBuffer):
        return source._s
    if isinstance(source, tuple) and 4 <= len(source) <= 5:
        return _framebuf.Surface(*source)
    raise TypeError("expected a FrameBuffer or a tuple (buffer, width, height, format[, stride])")


class FrameBuffer:
    def __init__(self, buffer, width, height, format, stride=None):
        self._s = _framebuf.Surface(buffer, width, height, format, stride)

    def __buffer__(self, flags):
        return memoryview(self._s.buffer())

    def fill(self, c):
        self._s.fill(c)

    def pixel(self, x, y, *c):
        return self._s.pixel(x, y, *c)

    def hline(self, x, y, w, c):
        self._s.hline(x, y, w, c)

    def vline(self, x, y, h, c):
        self._s.vline(x, y, h, c)

    def line(self, x1, y1, x2, y2, c):
        self._s.line(x1, y1, x2, y2, c)

    def rect(self, x, y, w, h, c, f=False):
        self._s.rect(x, y, w, h, c, f)

    def fill_rect(self, x, y, w, h, c):
        self._s.fill_rect(x, y, w, h, c)

    def ellipse(self, x, y, xr, yr, c, f=False, m=15):
        self._s.ellipse(x, y, xr, yr, c, f, m)

    def poly(self, x, y, coords, c, f=False):
        self._s.poly(x, y, coords, c, f)

    def text(self, s, x, y, c=1):
        self._s.text(s, x, y, c)

    def scroll(self, xstep, ystep):
        self._s.scroll(xstep, ystep)

    def blit(self, fbuf, x, y, key=-1, palette=None):
        self._s.blit(_surface(fbuf), x, y, key, None if palette is None else _surface(palette))


def FrameBuffer1(buffer, width, height, stride=None):
    # The old one-bit constructor: MONO_VLSB.
    return FrameBuffer(buffer, width, height, MONO_VLSB, stride)
