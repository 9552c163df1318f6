# The talk's first example: turn on an LED.
from pyb import LED
led = LED(1) # 1=red, 2=green, 3=yellow, 4=blue
led.on()
