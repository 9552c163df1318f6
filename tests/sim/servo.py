# pyb.Servo on the simulated pyboard (expected output written by hand: CPython has no pyboard):
# MicroPython's calibration and arithmetic, and a timed move stepped at each 20 ms wrap of
# timer 5 on the virtual clock.
import pyb
s1 = pyb.Servo(1)
print(s1, s1.angle(), s1.pulse_width(), s1.speed(), s1.calibration())
s1.angle(45)
print(s1.angle(), s1.pulse_width())
s1.angle(-90, 1000)
pyb.delay(500)
print('half way', s1.angle())
pyb.delay(600)
print('there', s1.angle(), s1)
s2 = pyb.Servo(2)
s2.pulse_width(2000)
print(s2.pulse_width(), s2.angle())
s2.speed(50)
print(s2.speed(), s2.pulse_width())
s2.calibration(700, 2400, 1510, 2500, 2200)
print(s2.calibration())
s2.pulse_width(3000)
print(s2.pulse_width())
try:
    pyb.Servo(5)
except ValueError as e:
    print('ValueError:', e)
# A calibration with its minimum above its maximum: MicroPython's tests in their order (below
# the minimum: the minimum), no error.
s3 = pyb.Servo(3)
s3.calibration(2000, 1000, 1500)
s3.angle(30)
print(s3.pulse_width())
