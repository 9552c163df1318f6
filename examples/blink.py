# Blinks the pyboard's LEDs in turn: red, green, yellow, blue.
import pyb

leds = 4
for n in range(20):
    led = pyb.LED(n % leds + 1)
    led.toggle()
    pyb.delay(100)
print("done blinking")
