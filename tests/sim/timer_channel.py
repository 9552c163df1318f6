# Timer.channel(n) with only the channel's number gives the channel set up before on that
# timer, or None (MicroPython's docs); deinit forgets the channels.
import pyb

t = pyb.Timer(2, freq=1000)
print(t.channel(1))
ch = t.channel(1, pyb.Timer.PWM, pin=pyb.Pin.board.X1, pulse_width_percent=50)
print(t.channel(1) is ch, t.channel(2), pyb.Timer(2).channel(1) is ch)
ch2 = t.channel(1, pyb.Timer.PWM_INVERTED)
print(t.channel(1) is ch2, t.channel(1) is ch)
print(pyb.Timer(3, freq=100).channel(1))
t.deinit()
print(t.channel(1))
for bad in (5, 0):
    try:
        t.channel(bad)
    except ValueError as e:
        print('ValueError:', e)
