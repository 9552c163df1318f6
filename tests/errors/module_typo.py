# error: 3:1: module 'pyb' has no attribute 'dely'
import pyb
pyb.dely(100)
