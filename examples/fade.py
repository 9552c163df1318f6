# Fading and blinking without waiting on each other: a timer blinks the red LED from its
# interrupt while the program fades the blue one up and down (LED(4) has PWM) and counts
# the switch's presses, which its callback records.
import pyb

red = pyb.LED(1)
blue = pyb.LED(4)
presses = 0

def blink(timer):
    red.toggle()

def pressed():
    global presses
    presses += 1

pyb.Timer(4, freq=2, callback=blink)
pyb.Switch().callback(pressed)

for cycle in range(2):
    for level in range(0, 256, 64):
        blue.intensity(level)
        pyb.delay(100)
    for level in range(255, -1, -85):
        blue.intensity(level)
        pyb.delay(100)
blue.off()
print('presses:', presses)
