# pyb.RTC (and machine.RTC) on the simulated pyboard (expected output written by hand: CPython has
# no pyboard): the date and time kept from the virtual clock, across a leap day and a month.
import pyb, machine
rtc = pyb.RTC()
print(rtc.datetime())
rtc.datetime((2024, 2, 29, 4, 23, 59, 58, 0))
pyb.delay(2500)
print(rtc.datetime())
print(machine.RTC().datetime()[:3])
try:
    rtc.datetime((2024, 13, 1, 1, 0, 0, 0, 0))
except ValueError as e:
    print('ValueError:', e)
