# warning: 5:7: module 'pyb' has no attribute 'LCD'
# raises: AttributeError: module 'pyb' has no attribute 'LCD'. Did you mean: 'LED'?
# (CPython has no pyb; mpyc's pyb has no LCD32MK skin driver)
import pyb
lcd = pyb.LCD('X')
