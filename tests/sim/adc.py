# pyb.ADC on the simulated pyboard (expected output written by hand: CPython has no pyboard):
# the scenario beside this file puts voltages on pins; without one a pin reads its level.
import pyb
adc = pyb.ADC(pyb.Pin.board.X19)
print(adc, adc.read())
pyb.delay(1000)
print(adc.read(), adc.read_u16())
x1 = pyb.ADC('X1')
print(x1.read())
try:
    pyb.ADC('X9')
except ValueError as e:
    print('ValueError:', e)
pyb.delay(1000)
print(adc.read(), x1.read())
from machine import ADC
print(ADC(pyb.Pin.board.X19).read_u16())
