# warning: 5:1: module 'pyb' has no attribute 'dely'
# raises: AttributeError: module 'pyb' has no attribute 'dely'. Did you mean: 'delay'?
# (CPython has no pyb)
import pyb
pyb.dely(100)
