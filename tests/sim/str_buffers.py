# A str is a buffer of its UTF-8 bytes for every write-like argument of pyb's and machine's
# buses, as in MicroPython (expected output written by hand from MicroPython's docs): the
# accelerometer's MODE register (7) on I2C 1 takes what is written, and nothing answers on
# the SPI buses, so reads give zeros.
import machine
import pyb
from machine import Pin, SoftSPI

i2c = pyb.I2C(1, pyb.I2C.CONTROLLER)
accel = pyb.Accel()
i2c.mem_write('\x00', 0x4c, 7)
print('mem_write str', i2c.mem_read(1, 0x4c, 7))
i2c.send('\x07\x01', 0x4c)
print('send str', i2c.mem_read(1, 0x4c, 7))
i2c.mem_write(data='\x00', addr=0x4c, memaddr=7)
print('keywords', i2c.mem_read(1, 0x4c, 7))
try:
    i2c.send(1.5, 0x4c)
except TypeError as e:
    print('TypeError:', e)

spi = pyb.SPI(1, pyb.SPI.CONTROLLER, baudrate=1000000)
spi.send('hello')
print('send_recv str', spi.send_recv('hé'))
buf = bytearray(2)
spi.send_recv('ab', buf)
print('into', buf)

m = machine.I2C(1)
print('writeto str', m.writeto(0x4c, '\x07\x01'), m.readfrom_mem(0x4c, 7, 1))
m.writevto(0x4c, ['\x07', '\x00'])
print('writevto str', m.readfrom_mem(0x4c, 7, 1))
m.writeto_mem(0x4c, 7, '\x01')
print('writeto_mem str', m.readfrom_mem(0x4c, 7, 1))

ms = machine.SPI(1)
ms.write('hi')
ms.write_readinto('hi', buf)
print('machine.SPI', buf)
soft = SoftSPI(baudrate=100000, sck=Pin('X1'), mosi=Pin('X2'), miso=Pin('X3'))
soft.write('\x01')
print('SoftSPI mosi after 0x01', Pin('X2').value())
soft.write('\x80')
print('SoftSPI mosi after 0x80', Pin('X2').value())
