# framebuf's ellipses and polygons, outlined and filled, in every quadrant mask and clipped
# at the edges (MicroPython is the oracle).
import framebuf
from array import array

W, H = 40, 28
buf = bytearray(W * H // 8)
fb = framebuf.FrameBuffer(buf, W, H, framebuf.MONO_HLSB)


def show():
    for y in range(H):
        print("".join("#" if fb.pixel(x, y) else "." for x in range(W)))
    print()


fb.ellipse(10, 10, 8, 5, 1)
fb.ellipse(30, 14, 6, 12, 1, True)
fb.ellipse(20, 24, 3, 3, 1, False, 0b0101)
fb.ellipse(0, 0, 5, 5, 1, True, 0b1000)
fb.ellipse(38, 2, 0, 0, 1)
fb.ellipse(20, 3, 7, 0, 1)
fb.ellipse(5, 20, 0, 4, 1)
show()

fb.fill(0)
for m in range(16):
    fb.ellipse(4 + (m % 8) * 5, 5 + (m // 8) * 14, 2, 4, 1, m % 3 == 0, m)
show()

fb.fill(0)
star = array("h", [10, 0, 13, 8, 20, 8, 14, 13, 17, 21, 10, 16, 3, 21, 6, 13, 0, 8, 7, 8])
fb.poly(0, 2, star, 1)
fb.poly(20, 2, star, 1, True)
show()

fb.fill(0)
fb.poly(5, 5, array("h", [0, 0, 10, 0, 10, 10, 5, 4, 0, 10]), 1, True)
fb.poly(25, 3, array("h", [0, 0, 14, 20, -4, 14]), 1, True)
fb.poly(-3, -3, array("h", [0, 0, 12, 2, 6, 14]), 1, True)
fb.poly(30, 20, array("h", [0, 0, 20, 5, 5, 20]), 1)
fb.poly(2, 20, array("h", [0, 0, 8, 0]), 1, True)
fb.poly(2, 24, array("h", [3, 3]), 1, True)
show()
