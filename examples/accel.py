# The talk's accelerometer example: the yellow LED lights while the board is tilted sideways.
# (The talk's slide leaves out `import pyb`.)
import pyb

accel = pyb.Accel()
light = pyb.LED(3)
SENSITIVITY = 3

while True:
    x = accel.x()
    if abs(x) > SENSITIVITY:
        light.on()
    else:
        light.off()

    pyb.delay(100)
