# warning: 5:9: module 'pyb' has no attribute 'Servo'
# raises: AttributeError: module 'pyb' has no attribute 'Servo'
# (CPython has no pyb)
import pyb
servo = pyb.Servo(1)
