# pyb.ExtInt and the switch's callback on the simulated pyboard (expected output written by
# hand: CPython has no pyboard), with edges from the scenario beside this file at exact
# virtual times. Callbacks run in the interrupt (hard, as MicroPython's): they may not allocate,
# so they write into lists made beforehand.
import pyb

times = [0] * 8
lines = [0] * 8
n = 0
def edge(line):
    global n
    times[n] = pyb.millis()
    lines[n] = line
    n += 1

x1 = pyb.ExtInt('X1', pyb.ExtInt.IRQ_RISING, pyb.Pin.PULL_DOWN, edge)
print(x1, x1.line(), pyb.ExtInt.IRQ_FALLING, pyb.ExtInt.IRQ_RISING_FALLING)
y1 = pyb.ExtInt(pyb.Pin.board.Y1, pyb.ExtInt.IRQ_RISING_FALLING, pyb.Pin.PULL_UP, edge)
pyb.delay(1000)
print(n, times[:n], lines[:n])

# A software interrupt, and a line switched off and on again.
x1.swint()
print(n, lines[n - 1])
x1.disable()
pyb.delay(500)
print(n)
x1.enable()
pyb.delay(500)
print(n, times[n - 1], lines[n - 1])

# One line serves one pin: X1 is A0 and Y1 is C6, so A6 (line 6) is taken.
for bad in (lambda: pyb.ExtInt('A6', pyb.ExtInt.IRQ_RISING, pyb.Pin.PULL_NONE, edge),
            lambda: pyb.ExtInt('X2', 5, pyb.Pin.PULL_NONE, edge),
            lambda: pyb.ExtInt('X2', pyb.ExtInt.IRQ_RISING, 7, edge)):
    try:
        bad()
    except ValueError as e:
        print('ValueError:', e)

# The switch: line 3 on the falling edge, called with no argument.
presses = [0] * 4
count = 0
def pressed():
    global count
    presses[count] = pyb.millis()
    count += 1
sw = pyb.Switch()
sw.callback(pressed)
pyb.delay(1000)
print('pressed', count, presses[:count])

# A callback that allocates: MemoryError on the error console, the line switched off.
y1 = pyb.ExtInt('Y1', pyb.ExtInt.IRQ_RISING_FALLING, pyb.Pin.PULL_UP, lambda line: [line])
pyb.delay(1000)
print('still running')

# Pin.irq (machine's API): scheduled by default, so it may allocate; it gets the pin.
seen = []
p = pyb.Pin('X3', pyb.Pin.IN, pyb.Pin.PULL_DOWN)
p.irq(lambda pin: seen.append((pin is p, pyb.millis())), pyb.Pin.IRQ_RISING)
pyb.delay(1000)
p.irq(None)
pyb.delay(1000)
print('irq', seen)

# Pin.irq() without arguments changes nothing; a line another pin holds is refused, even to
# switch it off (X3 is A2: line 2).
p.irq(lambda pin: seen.append(pyb.millis()), pyb.Pin.IRQ_RISING)
p.irq()
try:
    pyb.Pin('C2').irq(None)
except ValueError as e:
    print('ValueError:', e)
pyb.delay(1000)
print('irq', seen[-1])
# A scheduled handler that raises has its traceback printed and stays on (as MicroPython's).
p.irq(lambda pin: 1 / 0, pyb.Pin.IRQ_RISING)
pyb.delay(1000)
p.irq(None)
print('done')
