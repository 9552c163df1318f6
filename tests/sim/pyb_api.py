# pyb's peripherals on the simulated pyboard (expected output written by hand: CPython has no
# pyboard): Pin, Switch and its callback, I2C, Accel, and the virtual clock.
import pyb

p = pyb.Pin('X1', pyb.Pin.OUT_PP)
print(p)
p.high()
print(p.value(), p())
p.low()
print(p.value())
q = pyb.Pin(pyb.Pin.cpu.A1, pyb.Pin.IN, pyb.Pin.PULL_UP)
print(q, q.value(), q.names(), q.name(), q.port(), q.pin())
print(pyb.Pin.board.X9.names(), pyb.Pin.OUT_PP, pyb.Pin.PULL_DOWN)
try:
    pyb.Pin('Z9')
except ValueError as e:
    print('ValueError:', e)

sw = pyb.Switch()
print(sw(), sw.value())
t0 = pyb.millis()
pyb.delay(250)
print('elapsed', pyb.elapsed_millis(t0))

i2c = pyb.I2C(1, pyb.I2C.CONTROLLER, baudrate=400000)
print(i2c)
print('scan, accelerometer off:', i2c.scan())
accel = pyb.Accel()
print('scan, accelerometer on:', i2c.scan())
print(i2c.is_ready(0x4c), i2c.is_ready(0x10))
print('MODE', i2c.mem_read(1, 0x4c, 7))
print('xyz', accel.x(), accel.y(), accel.z(), accel.tilt())
try:
    i2c.send(b'\x00', 0x10)
except OSError as e:
    print('OSError', e.args[0])

presses = []
sw.callback(lambda: presses.append(pyb.millis()))
pyb.delay(1000)
print('pressed at', presses, sw())
buf = bytearray(3)
i2c.mem_read(buf, 0x4c, 0)
print('raw', list(buf))
print('xyz', accel.x(), accel.y(), accel.z(), accel.tilt())
for i in range(4):
    f = accel.filtered_xyz()
print('filtered', f)
pyb.delay(500)
print('pressed at', presses, sw())
print(pyb.freq(), pyb.unique_id())
state = pyb.disable_irq()
print('irq was on:', state)
pyb.enable_irq(state)
print('irq was on:', pyb.disable_irq())
pyb.enable_irq()
t0 = pyb.micros()
pyb.wfi()
print('wfi until the next tick:', pyb.elapsed_micros(t0) <= 1000, pyb.millis())
