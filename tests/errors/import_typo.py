# error: 2:17: cannot import name 'LDE' from 'pyb'
from pyb import LDE
