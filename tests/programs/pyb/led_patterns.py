import pyb
leds = [pyb.LED(i) for i in range(1, 5)]
def show():
    return "".join("*" if led.intensity() else "." for led in leds)
frames = []
for step in range(8):
    for i, led in enumerate(leds):
        if (step >> i) & 1:
            led.on()
        else:
            led.off()
    frames.append(show())
print(frames)
for led in leds:
    led.toggle()
print(show(), leds)
