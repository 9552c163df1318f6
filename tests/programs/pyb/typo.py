import pyb
led = pyb.LED(3)
led.on()
led.of()
