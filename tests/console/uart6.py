# UART 6 ('YA', the STM32F405's USART6) of the pyboard firmware on QEMU's netduinoplus2, whose
# sixth serial port the test holds (expected output in tests/programs.rs): the program says
# "ping" on UART 6, the test answers a line; it says "bye", the test sends three bytes.
import pyb

u = pyb.UART(6, 115200, timeout=20000)
print(u)
print("any", u.any())
u.write("ping\n")
print("got", u.readline())
u.write(b"bye\n")
print(u.read(3), u.any())
u.deinit()
print("done")
