# Pins are constant objects, as in MicroPython (expected output written by hand from its
# docs): every way of naming a pin gives the same object, so == and dict keys go by the pin.
import machine
import pyb

x1 = pyb.Pin('X1')
print(x1 is pyb.Pin('X1'), x1 == pyb.Pin.board.X1, x1 is pyb.Pin.cpu.A0, x1 is pyb.Pin(x1))
print(x1 is machine.Pin('X1'), pyb.Pin('X1') == pyb.Pin('X2'), pyb.Pin('A0') != pyb.Pin('X1'))
print(hash(pyb.Pin('X1')) == hash(pyb.Pin.board.X1))
names = {pyb.Pin('X1'): 'one', pyb.Pin.board.X2: 'two'}
print(names[pyb.Pin.cpu.A0], names[pyb.Pin('X2')], len(names))
x1.init(pyb.Pin.OUT_PP)
pyb.Pin.board.X1.high()
print(x1.value(), pyb.Pin('X1'))
print(pyb.Pin("I15") is pyb.Pin("PI15") is pyb.Pin.cpu.I15)
