# pyb's board functions (expected output written by hand from MicroPython's docs): repl_uart
# keeps its UART, stop sleeps until an interrupt, sync and fault_debug do nothing, have_cdc and
# usb_mode say the simulated board has no USB console (pyb.info's heap numbers vary, so it
# is not here); standby ends the program here (its wake is a reset).
import pyb

print(pyb.repl_uart())
u = pyb.UART(6, 9600)
pyb.repl_uart(u)
print(pyb.repl_uart() is u)
pyb.repl_uart(None)
print(pyb.repl_uart())
try:
    pyb.repl_uart(1)
except ValueError as e:
    print('ValueError:', e)
t0 = pyb.millis()
pyb.stop()
print('stop woke', pyb.elapsed_millis(t0) <= 1)
print(pyb.sync(), pyb.fault_debug(True), pyb.have_cdc(), pyb.usb_mode())
for mode in ('VCP+HID', 'VCP+MSC', 'XYZ', 'VCP'):
    try:
        pyb.usb_mode(mode)
    except (NotImplementedError, ValueError) as e:
        print(type(e).__name__ + ':', e)
print('standby')
pyb.standby()
print('not reached')
