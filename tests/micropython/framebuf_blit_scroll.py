# framebuf's scroll and blit: every direction, transparent keys, palettes, sources given as
# tuples, and copies between formats (MicroPython is the oracle).
import framebuf

W, H = 10, 8


def new(fmt=framebuf.GS8, w=W, h=H):
    fb = framebuf.FrameBuffer(bytearray(w * h * 2), w, h, fmt)
    return fb


def show(fb, w=W, h=H):
    print("\n".join("".join("%x" % fb.pixel(x, y) for x in range(w)) for y in range(h)))
    print()


def pattern(fb, w=W, h=H):
    for y in range(h):
        for x in range(w):
            fb.pixel(x, y, (x + 2 * y) % 7)


for dx, dy in [(2, 0), (-3, 0), (0, 2), (0, -1), (1, 1), (-2, -3), (4, -2), (0, 0), (W, 0), (0, -H), (-W - 2, 1)]:
    fb = new()
    pattern(fb)
    fb.scroll(dx, dy)
    print("scroll", dx, dy)
    show(fb)

src = new(framebuf.GS8, 4, 3)
pattern(src, 4, 3)
for x, y, key in [(0, 0, -1), (3, 2, 0), (-2, -1, 3), (8, 6, -1), (10, 0, -1), (-4, 0, -1), (2, -2, 5)]:
    fb = new()
    fb.fill(8)
    fb.blit(src, x, y, key)
    print("blit", x, y, key)
    show(fb)

# A one-bit sprite drawn in colours through a palette, and a tuple as the source.
sprite = framebuf.FrameBuffer(bytearray(8), 8, 8, framebuf.MONO_HLSB)
sprite.rect(1, 1, 5, 4, 1)
palette = framebuf.FrameBuffer(bytearray(4), 2, 1, framebuf.RGB565)
palette.pixel(0, 0, 0x1234)
palette.pixel(1, 0, 0xABCD)
fb = framebuf.FrameBuffer(bytearray(2 * 8 * 6), 8, 6, framebuf.RGB565)
fb.blit(sprite, 0, 0, 0x1234, palette)
print([hex(fb.pixel(x, 1)) for x in range(8)])
fb.blit(sprite, 1, 0, -1, palette)
print([hex(fb.pixel(x, 1)) for x in range(8)])
raw = bytearray([0xFF, 0x81, 0x81, 0xFF])
fb = new(framebuf.MONO_VLSB, 8, 8)
fb.blit((raw, 4, 8, framebuf.MONO_VLSB), 2, 0)
show(fb, 8, 8)
