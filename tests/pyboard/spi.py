# pyb.SPI on the pyboard firmware with QEMU's netduinoplus2 (expected output written by hand:
# CPython has no pyboard). QEMU models the STM32F405's SPI controllers with nothing on their
# buses, so every transfer completes and reads zeros; the clocks are the reset-time 16 MHz,
# so the baud rates are 16 MHz over the prescaler.
import pyb
spi = pyb.SPI(1)
print(spi)
spi.init(pyb.SPI.MASTER, baudrate=600000, polarity=0, phase=1)
print(spi)
spi.send(b"abc")
spi.send(0x55)
print(spi.recv(3))
buf = bytearray(4)
print(spi.recv(buf) is buf, buf)
spi.readinto(buf, 0xFF)
print(buf, spi.read(2), spi.send_recv(b"xy"))
spi.write(bytearray(1000))
spi.write_readinto(b"12", buf[:2])
# An array is a buffer too: sent as its bytes, received into in place.
import array
arr = array.array("H", [0xFFFF, 0xFFFF])
spi.write(arr)
print(spi.recv(arr) is arr, arr)
arr[0] = 7
spi.readinto(memoryview(arr)[1:])
print(arr)
spi2 = pyb.SPI("Y", pyb.SPI.MASTER, prescaler=8, bits=16, firstbit=pyb.SPI.LSB)
print(spi2)
print(spi2.send_recv(b"\x01\x02\x03\x04", bytearray(4)))
for bad in (lambda: pyb.SPI(3), lambda: spi.init(pyb.SPI.SLAVE), lambda: spi.init(pyb.SPI.MASTER, bits=9),
            lambda: spi.write_readinto(b"123", bytearray(2))):
    try:
        bad()
    except ValueError as e:
        print("ValueError", e)
print("done")
