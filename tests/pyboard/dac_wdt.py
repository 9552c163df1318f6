# pyb.DAC and machine.WDT on the pyboard firmware with QEMU's netduinoplus2 (expected output
# written by hand: CPython has no pyboard). QEMU models neither the DAC nor the watchdog, so
# this checks that their drivers run to the end on the real register map without a fault.
import machine
import pyb
dac = pyb.DAC(1)
dac.write(200)
dac.triangle(100)
dac2 = pyb.DAC(2, bits=12, buffering=False)
dac2.noise(1000)
dac2.write(4000)
dac.deinit()
wdt = machine.WDT(timeout=2000)
wdt.feed()
print(dac, dac2, wdt)
