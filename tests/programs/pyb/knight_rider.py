from pyb import LED, delay
leds = [LED(n) for n in (1, 2, 3, 4)]
order = list(range(4)) + list(range(2, 0, -1))
trace = []
for cycle in range(2):
    for i in order:
        leds[i].on()
        delay(1)
        trace.append(i + 1)
        leds[i].off()
print(trace)
