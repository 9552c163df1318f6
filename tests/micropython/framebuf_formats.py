# Every pixel format of framebuf: pixels, lines and rectangles, clipped at the edges, read
# back pixel by pixel and as the bytes of the buffer (MicroPython is the oracle).
import framebuf

FORMATS = [
    ("MONO_VLSB", framebuf.MONO_VLSB, 1),
    ("MONO_HLSB", framebuf.MONO_HLSB, 1),
    ("MONO_HMSB", framebuf.MONO_HMSB, 1),
    ("GS2_HMSB", framebuf.GS2_HMSB, 3),
    ("GS4_HMSB", framebuf.GS4_HMSB, 11),
    ("GS8", framebuf.GS8, 200),
    ("RGB565", framebuf.RGB565, 0xF81F),
]


def show(fb, w, h):
    for y in range(h):
        print("".join("%x" % (fb.pixel(x, y) % 16) if fb.pixel(x, y) else "." for x in range(w)))


for name, fmt, c in FORMATS:
    w, h, stride = 13, 11, 17
    buf = bytearray(2 * stride * h)
    fb = framebuf.FrameBuffer(buf, w, h, fmt, stride)
    print(name)
    fb.pixel(0, 0, c)
    fb.pixel(w - 1, h - 1, c)
    fb.pixel(w, 0, c)
    fb.pixel(-1, 3, c)
    fb.hline(-3, 2, 6, c)
    fb.vline(11, -4, 7, c)
    fb.line(2, 10, 9, 4, c)
    fb.line(12, 1, 8, 9, c)
    fb.rect(4, 1, 5, 4, c)
    fb.rect(-2, 6, 5, 3, c, True)
    fb.fill_rect(9, 8, 10, 10, c)
    print(fb.pixel(0, 0), fb.pixel(1, 0), fb.pixel(w, 0), fb.pixel(0, -1))
    show(fb, w, h)
    print(bytes(buf))
    fb.fill(0)
    print(sum(buf))
    fb.fill(c)
    print(fb.pixel(5, 5) == c, fb.pixel(12, 10) == c)

# Lines in all eight directions and of length zero.
buf = bytearray(16 * 16)
fb = framebuf.FrameBuffer(buf, 16, 16, framebuf.GS8)
for i, (dx, dy) in enumerate([(7, 2), (2, 7), (-2, 7), (-7, 2), (-7, -2), (-2, -7), (2, -7), (7, -2)]):
    fb.line(8, 8, 8 + dx, 8 + dy, i + 1)
fb.line(0, 0, 0, 0, 9)
fb.line(-5, 15, 40, -3, 10)
show(fb, 16, 16)

# A one-pixel-wide frame buffer and rectangles of size 0 and negative size.
buf = bytearray(8)
fb = framebuf.FrameBuffer(buf, 1, 8, framebuf.MONO_HLSB)
fb.rect(0, 0, 0, 5, 1)
fb.rect(0, 0, 1, -3, 1)
fb.vline(0, 2, 3, 1)
print(buf)
