# error: 2:11: invalid syntax: invalid syntax. Got unexpected token ':'
if x == 1::
    pass
