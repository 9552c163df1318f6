# pyb.USB_VCP over the UART console of the pyboard firmware on QEMU's netduinoplus2 (expected
# output in tests/programs.rs): writes, a recv of what the test types, and Ctrl-C as a plain
# byte once setinterrupt(-1) turned the interrupt off.
import pyb

vcp = pyb.USB_VCP()
print(vcp, vcp.isconnected(), vcp.any(), vcp.read())
print(vcp.write(b"written\n"))
print("ready")
print(vcp.recv(4, timeout=20000))
vcp.setinterrupt(-1)
print("ready")
while not vcp.any():
    pyb.delay(10)
print(vcp.read())
vcp.setinterrupt(3)
print("done")
