import pyb
from pyb import LED

red = LED(1)
green = pyb.LED(2)
red.on()
green.off()
for i in range(4):
    red.toggle()
    green.toggle()
    pyb.delay(1)
print("toggled", LED(4))
