# pyb.DAC, machine.DAC and machine.WDT on the simulated pyboard (expected output written by
# hand: CPython has no pyboard). The DAC's levels go in the LED timeline; the watchdog, fed
# for a while and then not, resets the board: the run ends there.
import machine
import pyb

dac = pyb.DAC(1)
print(dac)
dac.write(128)
dac12 = pyb.DAC(pyb.Pin("X6"), bits=12, buffering=False)
print(dac12)
dac12.write(4095)
pyb.delay(100)
dac.triangle(2000)
dac12.noise(500)
dac.init(bits=12)
dac.write(1234)
print(machine.DAC(machine.Pin("X5")))
for bad in (lambda: pyb.DAC(3), lambda: pyb.DAC("X1"), lambda: pyb.DAC(1, bits=10), lambda: dac.triangle(0)):
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
try:
    dac.write_timed(b"\x00\x80", 100)
except NotImplementedError as e:
    print("NotImplementedError:", e)
dac.deinit()

try:
    machine.WDT(1)
except ValueError as e:
    print("ValueError:", e)
wdt = machine.WDT(timeout=500)
print(wdt)
for i in range(5):
    pyb.delay(300)
    wdt.feed()
print("fed for", pyb.millis() // 100 * 100, "ms")
pyb.delay(1000)
print("not reached: the watchdog resets the board")
