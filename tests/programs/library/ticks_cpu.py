# time.ticks_cpu: MicroPython's finest ticks (microseconds here), for ticks_diff as the others.
import time
a = time.ticks_cpu()
b = time.ticks_cpu()
print(time.ticks_diff(b, a) >= 0, type(a).__name__)
print(0 <= a <= time.ticks_add(0, -1))
