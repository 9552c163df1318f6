# pyb.ExtInt's registers on the pyboard firmware with QEMU's netduinoplus2 (expected output
# written by hand: CPython has no pyboard). QEMU models the EXTI controller but not the GPIO
# ports, and its EXTI raises no interrupt for a software one, so this checks the register
# sequence RM0090 §12 asks for: IMR, RTSR/FTSR per line, SWIER setting PR; the callbacks
# themselves are run in the simulator (tests/sim/extint.py).
import pyb

def edge(line):
    pass

pyb.ExtInt.regs()
x1 = pyb.ExtInt('X1', pyb.ExtInt.IRQ_RISING, pyb.Pin.PULL_DOWN, edge)
y3 = pyb.ExtInt('Y3', pyb.ExtInt.IRQ_FALLING, pyb.Pin.PULL_UP, edge)
sw = pyb.Switch()
sw.callback(lambda: None)
print(x1, y3, y3.line())
pyb.ExtInt.regs()
x1.disable()
y3.swint()
pyb.ExtInt.regs()
x1.enable()
sw.callback(None)
pyb.ExtInt.regs()
