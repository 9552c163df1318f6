# machine on the simulated pyboard (expected output written by hand: CPython has no pyboard):
# Pin and Signal, the board's functions, Timer (periodic and one-shot), I2C and SoftI2C on the
# accelerometer's bus, and a class the drivers lack.
import machine
from machine import Pin, Signal, I2C, Timer
import pyb

led = Signal(Pin('X1', Pin.OUT), invert=True)
led.on()
print(led.value(), Pin('X1').value())
led.off()
print(led(), Pin('X1')())
print(machine.unique_id(), machine.freq())

n = 0
def tick(t):
    global n
    n += 1
t = Timer(period=100, mode=Timer.PERIODIC, callback=tick)
pyb.delay(1000)
t.deinit()
print('periodic', n)
fired = []
t2 = Timer(-1)
t2.init(period=50, mode=Timer.ONE_SHOT, callback=lambda t: fired.append(t is t2), hard=False)
pyb.delay(500)
print('one shot', fired)

i2c = I2C(1, freq=400000)
print(i2c.scan())
accel = pyb.Accel()
print(i2c.scan(), i2c.readfrom_mem(0x4c, 7, 1))
i2c.writeto_mem(0x4c, 7, b'\x01')
print(i2c.readfrom_mem(0x4c, 7, 1))
print(machine.UART(6, 9600), machine.DAC(1))
s = machine.SoftI2C(scl=Pin('X9'), sda=Pin('X10'))
print(s.scan())

# PWM on a pin's timer channel (the timer's frequency, duty as 16 bits or nanoseconds).
from machine import PWM
p = PWM(Pin('X1'), freq=1000, duty_u16=32768)
print(p, p.freq(), p.duty_u16(), p.duty_ns())
p.duty_ns(250000)
print(p.duty_u16(), p.duty_ns())
p.freq(2000)
print(p.freq(), p.duty_u16())
q = PWM('Y1', freq=50, duty_u16=0)
print(q)
try:
    PWM('X5')
except ValueError as e:
    print('ValueError:', e)
p.deinit()
