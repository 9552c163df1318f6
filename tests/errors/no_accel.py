# error: 3:9: module 'pyb' has no attribute 'Accel'
import pyb
accel = pyb.Accel()
