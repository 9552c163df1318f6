from micropython import const
import micropython
SIZE = const(8)
@micropython.native
def area(w):
    return w * SIZE
@micropython.viper
def twice(x):
    return x * 2
print(area(3), twice(21))
