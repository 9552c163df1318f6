# machine.SPI, machine.SoftSPI and pyb.SPI on the simulated pyboard (expected output written
# by hand: CPython has no pyboard). Nothing answers on the hardware buses, so reads give
# zeros; the bit-banged bus is watched through its pins.
import machine
import pyb
from machine import Pin, SoftSPI

spi = machine.SPI(1, baudrate=2000000, polarity=1, phase=1)
print(spi)
spi.init(baudrate=20000000)
print(spi)
spi.write(b"\x12\x34")
print(spi.read(3, 0xFF))
buf = bytearray(2)
spi.write_readinto(b"ab", buf)
print(buf)
spi.readinto(buf)
print(machine.SPI("Y"))
for bad in (lambda: machine.SPI(3), lambda: machine.SPI(-1)):
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)

soft = SoftSPI(baudrate=100000, polarity=1, phase=0, sck=Pin("X1"), mosi=Pin("X2"), miso=Pin("X3"))
print(soft)
print("idle clock", Pin("X1").value())
soft.write(b"\x01")
print("mosi after 0x01", Pin("X2").value(), "clock", Pin("X1").value())
soft.write(b"\x80")
print("mosi after 0x80", Pin("X2").value())
t0 = pyb.micros()
soft.write(b"\x00" * 10)
print("80 bits at 100 kHz take", pyb.elapsed_micros(t0), "us")
Pin("X3").init(Pin.IN, Pin.PULL_UP)
print(soft.read(2))
lsb = SoftSPI(baudrate=500000, phase=1, firstbit=SoftSPI.LSB, sck="X1", mosi="X2", miso="X3")
lsb.write(b"\x80")
print("LSB first, mosi after 0x80", Pin("X2").value(), "clock", Pin("X1").value())
Pin("X3").init(Pin.IN, Pin.PULL_DOWN)
r = bytearray(3)
lsb.write_readinto(b"xyz", r)
print(r)
print(pyb.SPI(2, pyb.SPI.MASTER, baudrate=1000000, firstbit=pyb.SPI.LSB, bits=16))
