# warning: 2:1: name 'pyb' is not defined
pyb.delay(10)
