# warning: 5:9: module 'pyb' has no attribute 'Accel'
# raises: AttributeError: module 'pyb' has no attribute 'Accel'
# (CPython has no pyb)
import pyb
accel = pyb.Accel()
