# UART 6 ('YA', the STM32F405's USART6) of the pyboard firmware on QEMU's netduinoplus2, whose
# sixth serial port the test holds (expected output in tests/programs.rs): the program says
# "ping" on UART 6, the test answers a line; it says "bye", the test sends three bytes, which
# a select.poll on the UART waits for.
import pyb
import select

u = pyb.UART(6, 115200, timeout=20000)
print(u)
print("any", u.any())
u.write("ping\n")
print("got", u.readline())
p = select.poll()
p.register(u, select.POLLIN)
print("poll", p.poll(0))
u.write(b"bye\n")
ready = p.poll(10000)
print("poll", len(ready), ready[0][0] is u, ready[0][1])
print(u.read(3), u.any())
u.deinit()
print("done")
