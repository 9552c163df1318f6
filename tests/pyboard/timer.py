# pyb.Timer on the pyboard firmware, with QEMU's netduinoplus2 modelling the STM32F405's timers
# (expected output written by hand: CPython has no pyboard). Callbacks come from the real
# update interrupt: hard ones run in it (a busy loop sees their work), scheduled ones
# (hard=False) between two steps of the program. The clocks are the reset-time 16 MHz (QEMU
# models no RCC), and QEMU's timers run at their own pace, so nothing here counts time.
import pyb
import micropython

t4 = pyb.Timer(4)
print(t4, t4 is pyb.Timer(4), t4.source_freq())
t4.init(freq=1000)
print(t4, t4.freq(), t4.prescaler(), t4.period())
t4.init(prescaler=99, period=999)
print(t4.freq(), pyb.Timer(5, freq=0.5).period(), pyb.Timer(5).prescaler(), pyb.Timer(5).freq())
pyb.Timer(5).deinit()
print(pyb.Timer(3, freq=3).freq(), pyb.Timer(3).prescaler(), pyb.Timer(3).period())
for bad in (lambda: pyb.Timer(15), lambda: pyb.Timer(0), lambda: t4.init(), lambda: t4.init(freq=0),
            lambda: t4.callback(5)):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

# A hard callback (the default): the busy loop sees the count go up.
count = 0
def tick(t):
    global count
    count += 1
t4.init(freq=40000, callback=tick)
while count < 5:
    pass
t4.callback(None)
print('hard', count >= 5)

# Scheduled callbacks may allocate; they run where the program waits.
seen = []
t4.init(freq=40000, callback=lambda t: seen.append(t), hard=False)
while len(seen) < 3:
    pyb.delay(1)
t4.deinit()
print('soft', seen[0] is t4, len(seen) >= 3, t4)

# A hard callback cannot allocate: MemoryError with its traceback, and the callback is off.
flag = False
def grows(t):
    global flag
    flag = True
    return [count]
t2 = pyb.Timer(2, freq=40000, callback=grows)
while not flag:
    pyb.delay(1)
print('still running')

# A scheduled callback that raises is switched off too; the program goes on.
flag = False
def fails(t):
    global flag
    flag = True
    raise ValueError('bad tick')
t2.init(freq=40000, callback=fails, hard=False)
while not flag:
    pyb.delay(1)
print('after the failure')
t2.deinit()

# micropython.schedule: the function runs soon (here at the end of the next print), once,
# with its argument; the queue holds 8.
def later(arg):
    print('scheduled', arg)
micropython.schedule(later, 1)
print('one')
for i in range(8):
    micropython.schedule(later, i + 2)
try:
    micropython.schedule(later, 99)
except RuntimeError as e:
    print('RuntimeError', e)
print('two')
micropython.schedule(later, 'at the end')
