# pyb.UART and machine.UART on the simulated pyboard (expected output written by hand: CPython
# has no pyboard). The scenario sends bytes to UART 6 ('YA') at set times; what the program
# writes goes to uart6.txt. Reads wait on the simulated clock.
import machine
import pyb
from pyb import UART

u = UART(6, 9600)
print(u)
print(UART("YA"), UART("XA", 115200, timeout=50))
print(u.any(), u.read(), u.readchar())
n = u.write("hello\r\n")
u.write(b"\x00\xff")
u.writechar(65)
print("wrote", n)
t0 = pyb.millis()
while not u.any():
    pyb.delay(10)
print("first bytes after", pyb.elapsed_millis(t0) // 100 * 100, "ms:", u.any())
print(u.readline())
print(u.read(3), u.read())
u.init(19200, bits=7, parity=0, stop=2, timeout=1000, timeout_char=5, rxbuf=8)
print(u)
print(u.readline())
buf = bytearray(5)
print(u.readinto(buf), buf)
print(u.read(), u.any())
m = machine.UART(6, 9600, timeout=2000)
print(type(m) is UART, m.readline())
print(m.read(1), m.readline())
m.deinit()
for bad in (lambda: UART(5), lambda: UART("ZZ"), lambda: UART(6, 9600, bits=9, parity=1),
            lambda: UART(6, 9600, stop=3), lambda: UART(6, 9600, flow=UART.RTS)):
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
# The console as a stream: under the simulator the terminal, where nothing is typed.
vcp = pyb.USB_VCP()
print(vcp, vcp.isconnected(), vcp.any(), vcp.read(), vcp.write("via USB_VCP\n"))
