# MicroPython's own names: the u-prefixed modules are the plain ones, and the micropython and
# gc functions programs for it call.
import gc
import micropython
import ujson
import urandom
import ustruct
import utime

print(utime.ticks_diff(utime.ticks_add(100, 5), 100), ujson.dumps({"a": [1, 2]}), ustruct.pack("<H", 258))
urandom.seed(1)
print(0 <= urandom.getrandbits(8) < 256)
print(micropython.opt_level(), micropython.stack_use() > 0)
micropython.kbd_intr(-1)
micropython.kbd_intr(3)
gc.threshold(8192)
print(micropython.const(7))
