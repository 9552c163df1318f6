# machine: MicroPython's portable hardware module, on the pyboard's pyb drivers (Python: every
# class here is a thin layer over a pyb one, so that a program written for machine runs on the
# same drivers, in the simulator too). On MicroPython's stm32 port machine.Pin is pyb.Pin;
# here as well. What the drivers cannot do yet raises NotImplementedError when it is made.
import pyb

Pin = pyb.Pin
RTC = pyb.RTC

PWRON_RESET = 1
HARD_RESET = 2
WDT_RESET = 3
DEEPSLEEP_RESET = 4
SOFT_RESET = 5


def reset_cause():
    return PWRON_RESET


def bootloader(value=None):
    pyb.bootloader()


def unique_id():
    return pyb.unique_id()


def freq(hz=None):
    if hz is not None:
        raise NotImplementedError("setting the clocks is not supported by mpyc")
    return pyb.freq()[0]


def idle():
    pyb.wfi()


def lightsleep(ms=None):
    if ms is None:
        pyb.wfi()
    else:
        pyb.delay(ms)


deepsleep = lightsleep


def disable_irq():
    return pyb.disable_irq()


def enable_irq(state=True):
    pyb.enable_irq(state)


def time_pulse_us(pin, pulse_level, timeout_us=1000000):
    # The length of the next pulse at pulse_level on pin, in microseconds: -2 when none
    # started within timeout_us, -1 when it outlasted it (on the boards the clock counts in
    # milliseconds, so this is coarse there).
    start = pyb.micros()
    while pin.value() != pulse_level:
        if pyb.elapsed_micros(start) > timeout_us:
            return -2
    start = pyb.micros()
    while pin.value() == pulse_level:
        if pyb.elapsed_micros(start) > timeout_us:
            return -1
    return pyb.elapsed_micros(start)


class Signal:
    # A pin seen as active or inactive: with invert=True, active is low.
    def __init__(self, pin, *args, invert=False, **kw):
        if not isinstance(pin, Pin):
            pin = Pin(pin, *args, **kw)
        elif args or kw:
            pin.init(*args, **kw)
        self._pin = pin
        self._invert = bool(invert)

    def value(self, v=None):
        if v is None:
            return self._pin.value() ^ self._invert
        self._pin.value(bool(v) ^ self._invert)

    def __call__(self, v=None):
        return self.value(v)

    def on(self):
        self.value(1)

    def off(self):
        self.value(0)


# The hardware I2C buses by their pins (SCL, SDA): 1 is X9/X10, 2 is Y9/Y10.
_I2C_PINS = {("B6", "B7"): 1, ("B10", "B11"): 2}


def _bus_of(id):
    if id in ("X", 1):
        return 1
    if id in ("Y", 2):
        return 2
    raise ValueError("I2C(%s) doesn't exist" % (id,))


class I2C:
    # machine.I2C's controller methods over pyb.I2C (bus 1 = 'X', 2 = 'Y').
    def __init__(self, id=1, *, scl=None, sda=None, freq=400000, timeout=50000):
        self._bus = pyb.I2C(_bus_of(id), pyb.I2C.CONTROLLER, baudrate=freq)

    def init(self, *, freq=400000, **kw):
        self._bus.init(pyb.I2C.CONTROLLER, baudrate=freq)

    def deinit(self):
        self._bus.deinit()

    def scan(self):
        return self._bus.scan()

    def readfrom(self, addr, nbytes, stop=True):
        return self._bus.recv(nbytes, addr)

    def readfrom_into(self, addr, buf, stop=True):
        self._bus.recv(buf, addr)

    def writeto(self, addr, buf, stop=True):
        if len(buf) == 0:
            return 1 if self._bus.is_ready(addr) else 0
        self._bus.send(buf, addr)
        return len(buf)

    def writevto(self, addr, vector, stop=True):
        data = b"".join(bytes(b) for b in vector)
        return self.writeto(addr, data, stop)

    def readfrom_mem(self, addr, memaddr, nbytes, *, addrsize=8):
        return self._bus.mem_read(nbytes, addr, memaddr, addr_size=addrsize)

    def readfrom_mem_into(self, addr, memaddr, buf, *, addrsize=8):
        self._bus.mem_read(buf, addr, memaddr, addr_size=addrsize)

    def writeto_mem(self, addr, memaddr, buf, *, addrsize=8):
        self._bus.mem_write(buf, addr, memaddr, addr_size=addrsize)


class SoftI2C(I2C):
    # On the pins of a hardware bus (X9/X10, Y9/Y10) the bus serves; bit-banging other pins
    # is not there yet.
    def __init__(self, scl, sda, *, freq=400000, timeout=50000):
        scl = scl if isinstance(scl, Pin) else Pin(scl)
        sda = sda if isinstance(sda, Pin) else Pin(sda)
        bus = _I2C_PINS.get((scl.name(), sda.name()))
        if bus is None:
            raise NotImplementedError("SoftI2C on pins other than X9/X10 or Y9/Y10 is not supported by mpyc")
        self._bus = pyb.I2C(bus, pyb.I2C.CONTROLLER, baudrate=freq)


class Timer:
    # A periodic or one-shot timer on one of the pyboard's hardware timers (MicroPython's
    # stm32 port uses a software timer for id -1; here each machine.Timer takes a free
    # hardware one). The callback gets the Timer; hard=True (the default) runs it in the
    # interrupt, where it may not allocate (docs/pyboard-callbacks.md).
    ONE_SHOT = 0
    PERIODIC = 1
    # Timers 2, 3 (LED intensity) and 5 (servos) come last, as MicroPython reserves them.
    _free = [14, 13, 12, 11, 10, 9, 8, 7, 6, 1, 4, 5, 3, 2]

    def __init__(self, id=-1, **kw):
        if id != -1:
            if id in Timer._free:
                Timer._free.remove(id)
            self._tim = pyb.Timer(id)
        elif not Timer._free:
            raise RuntimeError("no free timer")
        else:
            self._tim = pyb.Timer(Timer._free.pop(0))
        self._callback = None
        self._mode = Timer.PERIODIC
        if kw:
            self.init(**kw)

    def init(self, *, mode=PERIODIC, freq=None, period=None, tick_hz=1000, callback=None, hard=True):
        self._mode = mode
        self._callback = callback
        if freq is None:
            if period is None:
                period = 1000
            freq = tick_hz / period
        self._tim.init(freq=freq, callback=self._fire if callback is not None else None, hard=hard)

    def _fire(self, t):
        if self._mode == Timer.ONE_SHOT:
            self._tim.callback(None)
        self._callback(self)

    def deinit(self):
        self._tim.deinit()

    def __repr__(self):
        return "Timer(%r)" % (self._tim,)


class ADC:
    # machine.ADC over pyb.ADC: read_u16 scales the 12-bit reading to 16 bits.
    def __init__(self, pin):
        self._adc = pyb.ADC(pin)

    def read_u16(self):
        return self._adc.read_u16()


class PWM:
    # machine.PWM on a timer channel the pin has (pyb.Timer.channel). A timer serves the PWMs
    # of one frequency: the first of the pin's timers that is free or runs at this frequency
    # (timer 5, the servos', before 2 and 3, the LEDs'); ValueError when none is. The timer is
    # taken from machine.Timer's free ones.
    _users = {}

    def __init__(self, pin, *, freq=None, duty_u16=None, duty_ns=None, invert=False):
        pin = pin if isinstance(pin, Pin) else Pin(pin)
        choices = sorted(pin._timer_channels(), key=lambda tc: (tc[0] in (2, 3), tc[0] == 5, tc[0]))
        if not choices:
            raise ValueError("pin %s has no PWM" % pin.name())
        freq = freq if freq is not None else 1000
        for tim, ch in choices:
            users = PWM._users.get(tim)
            if not users or users[0]._freq == freq:
                break
        else:
            raise ValueError("no timer of pin %s is free or runs at %s Hz" % (pin.name(), freq))
        if tim in Timer._free:
            Timer._free.remove(tim)
        self._pin, self._id, self._ch, self._invert = pin, tim, ch, invert
        self._duty = 0
        self._freq = None
        self._timer = pyb.Timer(tim)
        PWM._users.setdefault(tim, []).append(self)
        self.freq(freq)
        if duty_ns is not None:
            self.duty_ns(duty_ns)
        else:
            self.duty_u16(duty_u16 if duty_u16 is not None else 0)

    def freq(self, value=None):
        if value is None:
            return self._timer.freq()
        users = PWM._users[self._id]
        if self._freq is None and len(users) == 1:
            self._timer.init(freq=value)
        else:
            self._timer.freq(value)
        for p in users:
            p._freq = value
        mode = pyb.Timer.PWM_INVERTED if self._invert else pyb.Timer.PWM
        self._channel = self._timer.channel(self._ch, mode, pin=self._pin)
        # The period changed: every PWM of the timer keeps its duty.
        for p in users:
            if p is not self:
                p.duty_u16(p._duty)
        self.duty_u16(self._duty)

    def duty_u16(self, value=None):
        if value is None:
            return self._duty
        self._duty = max(0, min(65535, value))
        counts = (self._timer.period() + 1) * self._duty // 65535
        self._channel.pulse_width(counts)

    def duty_ns(self, value=None):
        counts_ns = 1000000000 / self._timer.freq() / (self._timer.period() + 1)
        if value is None:
            return int(self._channel.pulse_width() * counts_ns)
        self._channel.pulse_width(int(value / counts_ns))
        self._duty = min(65535, self._channel.pulse_width() * 65535 // (self._timer.period() + 1))

    def deinit(self):
        self._channel.pulse_width(0)
        users = PWM._users.get(self._id, [])
        if self in users:
            users.remove(self)

    def __repr__(self):
        return "<PWM pin=%s freq=%s duty_u16=%d>" % (self._pin.name(), self.freq(), self._duty)


def _missing(name):
    def __init__(self, *args, **kw):
        raise NotImplementedError("machine.%s is not supported by mpyc yet" % name)
    return type(name, (), {"__init__": __init__})


UART = _missing("UART")
SPI = _missing("SPI")
SoftSPI = _missing("SoftSPI")
DAC = _missing("DAC")
WDT = _missing("WDT")
