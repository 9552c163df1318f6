# machine: MicroPython's portable hardware module, on the pyboard's pyb drivers (Python: every
# class here is a thin layer over a pyb one, so that a program written for machine runs on the
# same drivers, in the simulator too). On MicroPython's stm32 port machine.Pin, UART and DAC
# are pyb's; here as well (and WDT is pyb.WDT, which only mpyc's pyb has).
import pyb

Pin = pyb.Pin
RTC = pyb.RTC
UART = pyb.UART
DAC = pyb.DAC
WDT = pyb.WDT

PWRON_RESET = 1
HARD_RESET = 2
WDT_RESET = 3
DEEPSLEEP_RESET = 4
SOFT_RESET = 5


def reset_cause():
    return PWRON_RESET


def reset():
    # The board's reset, as pyb.hard_reset() (on the host and in QEMU the program ends).
    pyb.hard_reset()


def soft_reset():
    # As MicroPython's: SystemExit ends the program (MicroPython then runs main.py again).
    raise SystemExit


def wake_reason():
    # Nothing records a wake from a sleep mode on the pyboard (MicroPython's stm32 port has
    # no wake_reason): 0, as on a board that started from reset.
    return 0


class _Mem:
    # machine.mem8/mem16/mem32: memory by address, read and written as 1, 2 or 4 bytes
    # (aligned; a 32-bit word reads as a signed int, as in MicroPython on the pyboard).
    def __init__(self, size):
        self._size = size

    def __getitem__(self, addr):
        return pyb._mem(addr, self._size)

    def __setitem__(self, addr, value):
        pyb._mem(addr, self._size, value)

    def __repr__(self):
        return "<%d-bit memory>" % (8 * self._size)


mem8 = _Mem(1)
mem16 = _Mem(2)
mem32 = _Mem(4)


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


def _data(buf):
    # A write's bytes: a str is its UTF-8 (in MicroPython a str has the buffer protocol).
    return buf.encode() if isinstance(buf, str) else buf


def _bus_of(id, what="I2C"):
    if id in ("X", 1):
        return 1
    if id in ("Y", 2):
        return 2
    raise ValueError("%s(%s) doesn't exist" % (what, id))


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
        buf = _data(buf)
        if len(buf) == 0:
            return 1 if self._bus.is_ready(addr) else 0
        self._bus.send(buf, addr)
        return len(buf)

    def writevto(self, addr, vector, stop=True):
        data = b"".join(bytes(_data(b)) for b in vector)
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


class SPI:
    # machine.SPI over pyb.SPI (bus 1 = 'X' on X6-X8, 2 = 'Y' on Y6-Y8), as controller; the
    # chip select is a Pin the program drives.
    MSB = 0
    LSB = 1

    def __init__(self, id, baudrate=1000000, *, polarity=0, phase=0, bits=8, firstbit=0,
                 sck=None, mosi=None, miso=None, pins=None):
        if id == -1:
            raise ValueError("use machine.SoftSPI for a bit-banged bus")
        self._id = _bus_of(id, "SPI")
        self._bus = pyb.SPI(self._id)
        self._settings = {"baudrate": baudrate, "polarity": polarity, "phase": phase, "bits": bits,
                          "firstbit": firstbit}
        self.init()

    def init(self, baudrate=None, *, polarity=None, phase=None, bits=None, firstbit=None, **pins):
        for name, value in (("baudrate", baudrate), ("polarity", polarity), ("phase", phase), ("bits", bits),
                            ("firstbit", firstbit)):
            if value is not None:
                self._settings[name] = value
        s = self._settings
        self._bus.init(pyb.SPI.MASTER, baudrate=s["baudrate"], polarity=s["polarity"], phase=s["phase"],
                       bits=s["bits"], firstbit=pyb.SPI.LSB if s["firstbit"] == SPI.LSB else pyb.SPI.MSB)

    def deinit(self):
        self._bus.deinit()

    def read(self, nbytes, write=0x00):
        return self._bus.read(nbytes, write)

    def readinto(self, buf, write=0x00):
        self._bus.readinto(buf, write)

    def write(self, buf):
        self._bus.write(buf)

    def write_readinto(self, write_buf, read_buf):
        self._bus.write_readinto(write_buf, read_buf)

    def __repr__(self):
        text = repr(self._bus)
        if "baudrate" not in text:
            return text
        s = self._settings
        rate = text.split("baudrate=")[1].split(",")[0]
        return "SPI(%d, baudrate=%s, polarity=%d, phase=%d, bits=%d)" % (
            self._id, rate, s["polarity"], s["phase"], s["bits"])


class SoftSPI:
    # SPI bit-banged on any three pins (MicroPython's SoftSPI): MOSI is set, then the clock's
    # leading edge samples MISO (phase 0), or the leading edge sets MOSI and the trailing one
    # samples (phase 1); each half clock waits 500000 // baudrate microseconds.
    MSB = 0
    LSB = 1

    def __init__(self, baudrate=500000, *, polarity=0, phase=0, bits=8, firstbit=0, sck=None, mosi=None,
                 miso=None):
        if sck is None or mosi is None or miso is None:
            raise TypeError("SoftSPI needs sck, mosi and miso pins")
        self._sck = sck if isinstance(sck, Pin) else Pin(sck)
        self._mosi = mosi if isinstance(mosi, Pin) else Pin(mosi)
        self._miso = miso if isinstance(miso, Pin) else Pin(miso)
        self.init(baudrate=baudrate, polarity=polarity, phase=phase, bits=bits, firstbit=firstbit)

    def init(self, baudrate=500000, *, polarity=0, phase=0, bits=8, firstbit=0, **pins):
        if bits != 8:
            raise ValueError("bits must be 8")
        self._polarity = 1 if polarity else 0
        self._phase = 1 if phase else 0
        self._lsb = firstbit == SoftSPI.LSB
        self._delay = 500000 // baudrate if baudrate > 0 else 0
        self._baudrate = baudrate
        self._sck.init(Pin.OUT, value=self._polarity)
        self._mosi.init(Pin.OUT, value=0)
        self._miso.init(Pin.IN)

    def deinit(self):
        pass

    def _half(self):
        if self._delay:
            pyb.udelay(self._delay)

    def _byte(self, out):
        sck, mosi, miso = self._sck, self._mosi, self._miso
        idle, active = self._polarity, 1 - self._polarity
        got = 0
        for i in range(8):
            shift = i if self._lsb else 7 - i
            bit = (out >> shift) & 1
            if self._phase == 0:
                mosi.value(bit)
                self._half()
                sck.value(active)
                got |= miso.value() << shift
                self._half()
                sck.value(idle)
            else:
                sck.value(active)
                mosi.value(bit)
                self._half()
                sck.value(idle)
                got |= miso.value() << shift
                self._half()
        return got

    def read(self, nbytes, write=0x00):
        return bytes(self._byte(write) for _ in range(nbytes))

    def readinto(self, buf, write=0x00):
        for i in range(len(buf)):
            buf[i] = self._byte(write)

    def write(self, buf):
        for b in bytes(_data(buf)):
            self._byte(b)

    def write_readinto(self, write_buf, read_buf):
        data = bytes(_data(write_buf))
        if len(data) != len(read_buf):
            raise ValueError("buffers must be the same length")
        for i in range(len(data)):
            read_buf[i] = self._byte(data[i])

    def __repr__(self):
        return "SoftSPI(baudrate=%d, polarity=%d, phase=%d, sck=%s, mosi=%s, miso=%s)" % (
            self._baudrate, self._polarity, self._phase, self._sck.name(), self._mosi.name(), self._miso.name())


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
