# pyb.Timer on the simulated pyboard (expected output written by hand: CPython has no
# pyboard): the timers count the virtual clock, so every callback comes at its exact time;
# they are delivered where the program waits or reads the clock. Hard callbacks (the default)
# run as the timer wraps, scheduled ones (hard=False) between two steps of the program.
import pyb
import micropython

t4 = pyb.Timer(4, freq=1000)
print(t4, t4.source_freq(), pyb.Timer(1).source_freq())
print(t4.freq(), t4.prescaler(), t4.period())

# A hard callback may not allocate, so it writes into a list made beforehand.
times = [0] * 20
n = 0
def tick(t):
    global n
    times[n] = pyb.millis()
    n += 1
start = pyb.millis()
t4.init(freq=10, callback=tick)
pyb.delay(1000)
t4.callback(None)
print(n, [x - start for x in times[:n]])

# The counter: 10 kHz counts, wrapping after 10000.
t4.init(prescaler=8399, period=9999)
pyb.delay(250)
print(t4.counter(), t4.freq())
t4.counter(9990)
pyb.delay(2)
print(t4.counter())

# The LEDs blink from a callback while the program sleeps.
led = pyb.LED(2)
states = []
t4.init(freq=4, callback=lambda t: led.toggle())
for i in range(4):
    pyb.delay(250)
    states.append(led.intensity())
t4.deinit()
print(states, t4)

# A scheduled callback may allocate: it gets the timer as argument.
seen = []
start = pyb.millis()
t4.init(freq=10, callback=lambda t: seen.append((t, pyb.millis() - start)), hard=False)
pyb.delay(350)
t4.deinit()
print([(t is t4, ms) for t, ms in seen])

# A callback that raises is switched off (its traceback goes to stderr); the program goes on.
def grows(t):
    return [t]
t4.init(freq=100, callback=grows)
pyb.delay(100)
def fails(t):
    seen.append('failed')
    raise ValueError('no')
t4.init(freq=100, callback=fails, hard=False)
pyb.delay(100)
print(seen[-1], len(seen))

# micropython.schedule runs a function soon: where the program next waits, prints or calls.
def later(arg):
    print('scheduled', arg, pyb.millis() - start)
micropython.schedule(later, 'a')
pyb.delay(10)
print('after the delay')

# MicroPython's tutorial: a hard callback may make pyb.LED(1), which is made once (allocates
# nothing), the same object each time.
tim = pyb.Timer(4)
tim.init(freq=10)
tim.callback(lambda t: pyb.LED(1).toggle())
pyb.delay(150)
print(pyb.LED(1).intensity(), pyb.LED(1) is pyb.LED(1), pyb.Switch() is pyb.Switch())
pyb.delay(100)
print(pyb.LED(1).intensity())
tim.deinit()
