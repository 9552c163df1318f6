from pyb import LED
try:
    LED(0)
except ValueError as e:
    print("ValueError:", e)
leds = []
for i in range(1, 6):
    leds.append(LED(i))
