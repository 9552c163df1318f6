# warning: 4:17: cannot import name 'LDE' from 'pyb'
# raises: ImportError: cannot import name 'LDE' from 'pyb'
# (CPython has no pyb)
from pyb import LDE
