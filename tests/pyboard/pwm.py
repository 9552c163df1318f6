# Timer channels as PWM and LED intensity on the pyboard firmware with QEMU's netduinoplus2
# (expected output written by hand: CPython has no pyboard). QEMU models TIM2-5's compare
# registers, so the compare values read back; it models no GPIO, so LED states and pin modes
# read as reset (0, IN), and the clocks are the reset-time 16 MHz.
import pyb
led = pyb.LED(4)
print(led.intensity())
led.intensity(128)
print(led.intensity())
led.on()
print(led.intensity())
pyb.LED(1).intensity(10)
print(pyb.LED(1).intensity())
tim = pyb.Timer(2, freq=1000)
ch = tim.channel(1, pyb.Timer.PWM, pin=pyb.Pin.board.X1, pulse_width_percent=25)
print(ch, ch.pulse_width(), ch.pulse_width_percent(), tim.period())
ch.pulse_width_percent(50.0)
print(ch.pulse_width(), ch.pulse_width_percent())
ch.pulse_width(100)
print(ch.compare(), pyb.Pin('X1'))
for bad in (lambda: tim.channel(1, pyb.Timer.PWM, pin='X2'), lambda: tim.channel(5, pyb.Timer.PWM),
            lambda: tim.channel(1, pyb.Timer.IC), lambda: tim.channel(1, 99)):
    try:
        bad()
    except (ValueError, NotImplementedError) as e:
        print(type(e).__name__, e)
print(tim.channel(2, pyb.Timer.PWM_INVERTED, pin='X2', pulse_width=7).pulse_width())
