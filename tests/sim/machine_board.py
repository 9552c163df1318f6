# machine's board functions (expected output written by hand from MicroPython's docs):
# soft_reset raises SystemExit, wake_reason, the mem8/mem16/mem32 memory views (the simulated
# board has no chip memory: OSError 19), and reset, which ends the program here.
import machine

try:
    machine.soft_reset()
except SystemExit:
    print('soft_reset raised SystemExit')
print('wake_reason', machine.wake_reason())
print(machine.mem8, machine.mem16, machine.mem32)
try:
    machine.mem32[0xE000ED00]
except OSError as e:
    print('OSError', e.args[0])
try:
    machine.mem16[0x20000001] = 1
except ValueError as e:
    print('ValueError:', e)
try:
    machine.mem32[0x20000002]
except ValueError as e:
    print('ValueError:', e)
try:
    machine.mem8['x']
except TypeError as e:
    print('TypeError')
print('resetting')
machine.reset()
print('not reached')
