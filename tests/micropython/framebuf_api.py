# framebuf's constructor and its errors, subclassing FrameBuffer as display drivers do, the
# buffer it offers, and where text() draws (not the glyphs: mpyc's font is its own).
import framebuf

print(framebuf.MONO_VLSB, framebuf.MVLSB, framebuf.RGB565, framebuf.GS4_HMSB, framebuf.MONO_HLSB,
      framebuf.MONO_HMSB, framebuf.GS2_HMSB, framebuf.GS8)
for args in [(bytearray(7), 8, 8, framebuf.MONO_VLSB), (bytearray(8), 8, 8, 9), (bytearray(8), 0, 8, 0),
             (bytearray(100), 8, 8, 0, 3), (bytearray(100), -1, 8, 1), (bytearray(31), 4, 4, framebuf.RGB565),
             (bytearray(3), 9, 3, framebuf.MONO_HLSB), (bytearray(6), 9, 3, framebuf.MONO_HLSB),
             (bytearray(6), 9, 3, framebuf.GS2_HMSB, 10), (bytearray(9), 9, 3, framebuf.GS2_HMSB, 10),
             (b"12345678", 8, 8, 0), ("text", 8, 8, 0)]:
    try:
        framebuf.FrameBuffer(*args)
        print("ok", len(args[0]))
    except Exception as e:
        print(type(e).__name__)

# A frame buffer over part of a bytearray, through a memoryview.
whole = bytearray(12)
fb = framebuf.FrameBuffer(memoryview(whole)[2:10], 8, 8, framebuf.MONO_VLSB)
fb.fill(1)
print(whole)


class Display(framebuf.FrameBuffer):
    def __init__(self, width, height):
        self.width = width
        self.height = height
        self.buffer = bytearray(width * height // 8)
        super().__init__(self.buffer, width, height, framebuf.MONO_VLSB)

    def show(self):
        return bytes(self.buffer)


d = Display(16, 8)
d.fill(0)
d.hline(0, 0, 16, 1)
d.pixel(3, 7, 1)
print(d.show(), d.width, isinstance(d, framebuf.FrameBuffer))
print(bytes(memoryview(d)) == d.show(), bytes(d) == d.show(), bytearray(d) == d.buffer)

old = framebuf.FrameBuffer1(bytearray(8), 8, 8)
old.vline(2, 0, 8, 1)
print(old.pixel(2, 5), old.pixel(3, 5))

# text(): one 8x8 cell per character, clipped, in the colour given (1 by default).
buf = bytearray(40 * 16)
fb = framebuf.FrameBuffer(buf, 40, 16, framebuf.GS8)
fb.text("A", 0, 0)
fb.text("Bc", 20, 4, 7)
fb.text("  ", 0, 8, 5)
fb.text("Wide", 36, 10, 3)
fb.text("x", -7, -7, 2)
inked = sorted(set((x // 4, y // 4, fb.pixel(x, y)) for y in range(16) for x in range(40) if fb.pixel(x, y)))
print([i for i in inked if i[2] == 1] != [], all(x < 2 and y < 2 for x, y, c in inked if c == 1))
print(all(5 <= x < 9 and 1 <= y < 3 for x, y, c in inked if c == 7), any(c == 5 for x, y, c in inked))
print(all(x == 9 and y >= 2 for x, y, c in inked if c == 3), [(x, y) for x, y, c in inked if c == 2] in ([], [(0, 0)]))
try:
    fb.text(1, 0, 0)
except TypeError:
    print("TypeError")

# The buffer must reach the last pixel, not a whole last row: a window into a wider picture.
for args in [(bytearray(24), 4, 3, framebuf.GS8, 10), (bytearray(23), 4, 3, framebuf.GS8, 10),
             (bytearray(9), 9, 3, framebuf.GS2_HMSB, 10), (bytearray(8), 9, 3, framebuf.GS2_HMSB, 10),
             (bytearray(14), 4, 9, framebuf.MONO_VLSB, 10), (bytearray(13), 4, 9, framebuf.MONO_VLSB, 10),
             (bytearray(7), 4, 3, framebuf.MONO_HLSB, 20), (bytearray(6), 4, 3, framebuf.MONO_HLSB, 20),
             (bytearray(22), 3, 2, framebuf.RGB565, 8), (bytearray(21), 3, 2, framebuf.RGB565, 8)]:
    try:
        framebuf.FrameBuffer(*args)
        print("ok", len(args[0]))
    except ValueError:
        print("ValueError", len(args[0]))
whole = bytearray(10 * 6)
win = framebuf.FrameBuffer(memoryview(whole)[10 * 3 + 6:], 4, 3, framebuf.GS8, 10)
win.fill(7)
win.blit(win, 1, 1)
print(whole)
