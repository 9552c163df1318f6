# A framebuf.FrameBuffer shown on the simulated LCD160CR through its SPI bus, then read back
# from the display over I2C (expected output written by hand: CPython has neither module).
# What the display holds is what the frame buffer held: the bytes went over the wire.
import framebuf
import machine
from lcd160cr import LCD160CR

lcd = LCD160CR("X")
lcd.set_pen(0, 0)
lcd.erase()
W, H = 40, 24
fb = framebuf.FrameBuffer(bytearray(W * H * 2), W, H, framebuf.RGB565)
fb.fill(lcd.rgb(0, 0, 255))
fb.rect(0, 0, W, H, lcd.rgb(255, 255, 255))
fb.ellipse(20, 12, 8, 6, lcd.rgb(255, 0, 0), True)
fb.text("Hi", 2, 2, lcd.rgb(0, 255, 0))
lcd.set_spi_win(30, 50, W, H)
lcd.show_framebuf(fb)

dump = bytearray(W * H * 2)
lcd.screen_dump(dump, 30, 50, W, H)
print("same picture:", dump == bytes(fb))
print(hex(lcd.get_pixel(30, 50)), hex(lcd.get_pixel(50, 62)), hex(lcd.get_pixel(29, 50)))

# A second frame replaces the first in the same window; fast_spi gives the bus itself.
fb.fill(lcd.rgb(255, 255, 0))
spi = lcd.fast_spi()
print(spi)
spi.write(fb)
print(hex(lcd.get_pixel(45, 60)))

# screen_load fills the screen (rows of 2-byte pixels; zeros where the buffer ends).
lcd.screen_load(b"\xff\xff" * lcd.w)
line = bytearray(2 * 4 + 1)
lcd.get_line(0, 0, line)
print(line[1:], hex(lcd.get_pixel(0, 1)))

# The display on machine's buses, as MicroPython's examples make it.
lcd2 = LCD160CR(pwr=machine.Pin("X4"), i2c=machine.I2C("X"), spi=machine.SPI(1))
print(lcd2.w, lcd2.h)
