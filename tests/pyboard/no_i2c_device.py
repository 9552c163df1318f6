# The pyboard firmware's I2C and clock drivers on QEMU's netduinoplus2, which models neither
# I2C nor RCC (expected output written by hand): every wait on a status flag is bounded, so
# the accelerometer is "not found" instead of the board hanging, and the clocks read as the
# reset-time 16 MHz internal oscillator.
import pyb

print(pyb.freq())
try:
    pyb.Accel()
except OSError as e:
    print('OSError:', e)
i2c = pyb.I2C(1, pyb.I2C.CONTROLLER)
print(i2c.is_ready(0x4c))
try:
    i2c.mem_read(1, 0x4c, 0)
except OSError as e:
    print('OSError', e.args[0])
print('still running')
