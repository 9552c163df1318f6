# pyb.disable_irq() returns whether interrupts were on, and enable_irq(state) puts them back
# as they were: nested critical sections, then a delay that needs the SysTick interrupt
# (a board's delay waits for it with interrupts on; it counted cycles while they seemed off).
import pyb

state = pyb.disable_irq()
inner = pyb.disable_irq()
pyb.enable_irq(inner)
still_off = pyb.disable_irq()
pyb.enable_irq(state)
print("outer", state, "inner", inner, "still off", still_off)
start = pyb.millis()
pyb.delay(30)
print("delay", pyb.elapsed_millis(start) >= 30)
again = pyb.disable_irq()
pyb.enable_irq()
print("on again", again, pyb.disable_irq())
pyb.enable_irq(True)
