# datetime: CPython's date, time, datetime, timedelta, timezone and tzinfo over the proleptic
# Gregorian calendar: arithmetic, comparisons, hashing, isoformat/fromisoformat, strftime
# (English names), isocalendar, reprs as CPython's. The local time zone is UTC (a board has
# no time zone database): now(), today() and fromtimestamp() read time.time() as UTC.
# strptime as CPython's _strptime in the C locale.
# Written in Python, compiled with the program only when it imports it.

import time as _time

MINYEAR = 1
MAXYEAR = 9999

_DAYS_IN_MONTH = (-1, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DAYS_BEFORE_MONTH = (-1, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)
_DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTH_NAMES = ("", "January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December")
_US_PER_DAY = 86400 * 1000000
_DI400Y = 146097  # days in 400 years
_DI100Y = 36524
_DI4Y = 1461


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def _ymd2ord(year, month, day):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400 + _DAYS_BEFORE_MONTH[month] + (month > 2 and _is_leap(year)) + day


def _ord2ymd(n):
    # (year, month, day) of the proleptic Gregorian ordinal n (1 is 0001-01-01).
    n -= 1
    n400, n = divmod(n, _DI400Y)
    year = n400 * 400 + 1
    n100, n = divmod(n, _DI100Y)
    n4, n = divmod(n, _DI4Y)
    n1, n = divmod(n, 365)
    year += n100 * 100 + n4 * 4 + n1
    if n1 == 4 or n100 == 4:
        return year - 1, 12, 31
    leap = n1 == 3 and (n4 != 24 or n100 == 3)
    month = (n + 50) >> 5
    preceding = _DAYS_BEFORE_MONTH[month] + (month > 2 and leap)
    if preceding > n:
        month -= 1
        preceding -= _DAYS_IN_MONTH[month] + (month == 2 and leap)
    return year, month, n - preceding + 1


def _check_int(value):
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    raise TypeError("an integer is required (got type %s)" % type(value).__name__)


def _check_date(year, month, day):
    year, month, day = _check_int(year), _check_int(month), _check_int(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("year %d is out of range" % year)
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError("day is out of range for month")
    return year, month, day


def _check_time(hour, minute, second, microsecond):
    hour, minute = _check_int(hour), _check_int(minute)
    second, microsecond = _check_int(second), _check_int(microsecond)
    if not 0 <= hour <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= minute <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= second <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= microsecond <= 999999:
        raise ValueError("microsecond must be in 0..999999")
    return hour, minute, second, microsecond


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'" % type(tz).__name__)


def _divide_and_round(a, b):
    # a / b rounded to the nearest int, ties to even.
    q, r = divmod(a, b)
    r *= 2
    greater = r > b if b > 0 else r < b
    if greater or r == b and q % 2 == 1:
        q += 1
    return q


def _cmp(x, y):
    return 0 if x == y else 1 if x > y else -1


# The orderings of date (and datetime) and time, over their _compare: -1, 0 or 1, or None for
# an object they do not compare with.
def _lt(self, other):
    c = self._compare(other)
    return NotImplemented if c is None else c < 0


def _le(self, other):
    c = self._compare(other)
    return NotImplemented if c is None else c <= 0


def _gt(self, other):
    c = self._compare(other)
    return NotImplemented if c is None else c > 0


def _ge(self, other):
    c = self._compare(other)
    return NotImplemented if c is None else c >= 0


def _format_offset(off, sep=":"):
    # "+HH:MM[:SS[.ffffff]]" for a timedelta offset; "" for None.
    if off is None:
        return ""
    sign = "+"
    if off.days < 0:
        sign = "-"
        off = -off
    hh, rest = divmod(off.seconds + off.days * 86400, 3600)
    mm, ss = divmod(rest, 60)
    s = "%s%02d%s%02d" % (sign, hh, sep, mm)
    if ss or off.microseconds:
        s += "%s%02d" % (sep, ss)
        if off.microseconds:
            s += ".%06d" % off.microseconds
    return s


def _wrap_strftime(obj, fmt, year, month, day, hour, minute, second, us, yday, wday, off, tzname):
    out = []
    i, n = 0, len(fmt)
    while i < n:
        c = fmt[i]
        i += 1
        if c != "%" or i >= n:
            out.append(c)
            continue
        c = fmt[i]
        i += 1
        if c == "a":
            out.append(_DAY_NAMES[wday][:3])
        elif c == "A":
            out.append(_DAY_NAMES[wday])
        elif c == "w":
            out.append(str((wday + 1) % 7))
        elif c == "u":
            out.append(str(wday + 1))
        elif c == "d":
            out.append("%02d" % day)
        elif c == "b" or c == "h":
            out.append(_MONTH_NAMES[month][:3])
        elif c == "B":
            out.append(_MONTH_NAMES[month])
        elif c == "m":
            out.append("%02d" % month)
        elif c == "y":
            out.append("%02d" % (year % 100))
        elif c == "Y":
            out.append("%d" % year)
        elif c == "H":
            out.append("%02d" % hour)
        elif c == "I":
            out.append("%02d" % (hour % 12 or 12))
        elif c == "p":
            out.append("AM" if hour < 12 else "PM")
        elif c == "M":
            out.append("%02d" % minute)
        elif c == "S":
            out.append("%02d" % second)
        elif c == "f":
            out.append("%06d" % us)
        elif c == "j":
            out.append("%03d" % yday)
        elif c == "U":
            out.append("%02d" % ((yday + 6 - (wday + 1) % 7) // 7))
        elif c == "W":
            out.append("%02d" % ((yday + 6 - wday) // 7))
        elif c == "G" or c == "V":
            iy, iw, _ = _isocalendar(year, month, day)
            out.append("%d" % iy if c == "G" else "%02d" % iw)
        elif c == "c":
            out.append("%s %s %2d %02d:%02d:%02d %d" % (_DAY_NAMES[wday][:3], _MONTH_NAMES[month][:3], day,
                                                       hour, minute, second, year))
        elif c == "x":
            out.append("%02d/%02d/%02d" % (month, day, year % 100))
        elif c == "X":
            out.append("%02d:%02d:%02d" % (hour, minute, second))
        elif c == "z":
            out.append(_format_offset(off, ""))
        elif c == "Z":
            out.append(tzname or "")
        elif c == "%":
            out.append("%")
        else:
            out.append("%" + c)
    return "".join(out)


def _isoweek1monday(year):
    first = _ymd2ord(year, 1, 1)
    weekday = (first + 6) % 7
    monday = first - weekday
    if weekday > 3:
        monday += 7
    return monday


def _isocalendar(year, month, day):
    today = _ymd2ord(year, month, day)
    monday = _isoweek1monday(year)
    week, wday = divmod(today - monday, 7)
    if week < 0:
        year -= 1
        week, wday = divmod(today - _isoweek1monday(year), 7)
    elif week >= 52 and today >= _isoweek1monday(year + 1):
        year += 1
        week = 0
    return year, week + 1, wday + 1


def _parse_digits(s, i, n, what):
    part = s[i:i + n]
    if len(part) != n or not part.isdigit():
        raise ValueError("Invalid isoformat string: %r" % what)
    return int(part)


class timedelta:
    __slots__ = ("_days", "_seconds", "_microseconds", "_hash")

    def __init__(self, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0):
        # The exact sum in microseconds as num / den, rounded once (ties to even).
        num, den = 0, 1
        for name, value, scale in (("days", days, _US_PER_DAY), ("seconds", seconds, 1000000),
                                   ("microseconds", microseconds, 1), ("milliseconds", milliseconds, 1000),
                                   ("minutes", minutes, 60000000), ("hours", hours, 3600000000),
                                   ("weeks", weeks, 7 * _US_PER_DAY)):
            if isinstance(value, int):
                num += value * scale * den
            elif isinstance(value, float):
                a, b = value.as_integer_ratio()
                num = num * b + a * scale * den
                den *= b
            else:
                raise TypeError("unsupported type for timedelta %s component: %s" % (name, type(value).__name__))
        total = num if den == 1 else _divide_and_round(num, den)
        self._set(total)

    def _set(self, total):
        d, rest = divmod(total, _US_PER_DAY)
        s, us = divmod(rest, 1000000)
        if abs(d) > 999999999:
            raise OverflowError("days=%d; must have magnitude <= 999999999" % d)
        self._days = d
        self._seconds = s
        self._microseconds = us
        self._hash = -1

    @property
    def days(self):
        return self._days

    @property
    def seconds(self):
        return self._seconds

    @property
    def microseconds(self):
        return self._microseconds

    def _us(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    def total_seconds(self):
        return self._us() / 10**6

    def __repr__(self):
        args = []
        if self._days:
            args.append("days=%d" % self._days)
        if self._seconds:
            args.append("seconds=%d" % self._seconds)
        if self._microseconds:
            args.append("microseconds=%d" % self._microseconds)
        if not args:
            args.append("0")
        return "%s.%s(%s)" % (_module(self), type(self).__qualname__, ", ".join(args))

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = "%d:%02d:%02d" % (hh, mm, ss)
        if self._days:
            s = "%d day%s, " % (self._days, "s" if abs(self._days) != 1 else "") + s
        if self._microseconds:
            s = s + ".%06d" % self._microseconds
        return s

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _td(self._us() + other._us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _td(self._us() - other._us())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return -self + other
        return NotImplemented

    def __neg__(self):
        return _td(-self._us())

    def __pos__(self):
        return self

    def __abs__(self):
        return -self if self._days < 0 else self

    def __mul__(self, other):
        if isinstance(other, int):
            return _td(self._us() * other)
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return _td(_divide_and_round(self._us() * a, b))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._us() // other._us()
        if isinstance(other, int):
            return _td(self._us() // other)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._us() / other._us()
        if isinstance(other, int):
            return _td(_divide_and_round(self._us(), other))
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return _td(_divide_and_round(b * self._us(), a))
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return _td(self._us() % other._us())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._us(), other._us())
            return q, _td(r)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._us() == other._us()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._us() < other._us()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._us() <= other._us()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._us() > other._us()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._us() >= other._us()
        return NotImplemented

    def __hash__(self):
        return hash((self._days, self._seconds, self._microseconds))

    def __bool__(self):
        return self._days != 0 or self._seconds != 0 or self._microseconds != 0


def _td(us):
    t = timedelta.__new__(timedelta)
    t._set(us)
    return t


def _module(obj):
    # CPython's reprs name the module "datetime" for its own classes.
    m = type(obj).__module__
    return "datetime" if m == __name__ else m


timedelta.min = _td(-999999999 * _US_PER_DAY)
timedelta.max = _td(1000000000 * _US_PER_DAY - 1)
timedelta.resolution = _td(1)


class tzinfo:
    __slots__ = ()

    def tzname(self, dt):
        raise NotImplementedError("tzinfo subclass must override tzname()")

    def utcoffset(self, dt):
        raise NotImplementedError("tzinfo subclass must override utcoffset()")

    def dst(self, dt):
        raise NotImplementedError("tzinfo subclass must override dst()")

    def fromutc(self, dt):
        return dt + self.utcoffset(dt)


class timezone(tzinfo):
    __slots__ = ("_offset", "_name")

    def __init__(self, offset, name=None):
        if not isinstance(offset, timedelta):
            raise TypeError("offset must be a timedelta")
        if name is not None and not isinstance(name, str):
            raise TypeError("name must be a string")
        if not -timedelta(hours=24) < offset < timedelta(hours=24):
            raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) and "
                             "timedelta(hours=24), not %r." % (offset,))
        self._offset = offset
        self._name = name

    def utcoffset(self, dt):
        return self._offset

    def dst(self, dt):
        return None

    def tzname(self, dt):
        if self._name is not None:
            return self._name
        if not self._offset:
            return "UTC"
        return "UTC" + _format_offset(self._offset)

    def fromutc(self, dt):
        return dt + self._offset

    def __repr__(self):
        if self is timezone.utc:
            return "datetime.timezone.utc"
        if self._name is None:
            return "datetime.timezone(%r)" % (self._offset,)
        return "datetime.timezone(%r, %r)" % (self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)


timezone.utc = timezone(timedelta(0))
timezone.min = timezone(-timedelta(hours=23, minutes=59))
timezone.max = timezone(timedelta(hours=23, minutes=59))
UTC = timezone.utc


class date:
    __slots__ = ("_year", "_month", "_day")

    def __init__(self, year, month, day):
        self._year, self._month, self._day = _check_date(year, month, day)

    @classmethod
    def fromordinal(cls, n):
        if not 1 <= n <= _ymd2ord(MAXYEAR, 12, 31):
            raise ValueError("ordinal must be >= 1")
        return cls(*_ord2ymd(n))

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromtimestamp(cls, t):
        days = int(t // 86400)
        return cls(*_ord2ymd(days + 719163))

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError("fromisoformat: argument must be str")
        if len(s) == 10 and s[4] == "-" and s[7] == "-":
            return cls(_parse_digits(s, 0, 4, s), _parse_digits(s, 5, 2, s), _parse_digits(s, 8, 2, s))
        if len(s) == 8 and s.isdigit():
            return cls(int(s[:4]), int(s[4:6]), int(s[6:]))
        raise ValueError("Invalid isoformat string: %r" % s)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        if not 1 <= week <= (53 if _isocalendar(year, 12, 28)[1] == 53 else 52):
            raise ValueError("Invalid week: %d" % week)
        if not 1 <= day <= 7:
            raise ValueError("Invalid weekday: %d (range is [1, 7])" % day)
        return cls(*_ord2ymd(_isoweek1monday(year) + (week - 1) * 7 + day - 1))

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    def toordinal(self):
        return _ymd2ord(self._year, self._month, self._day)

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        return IsoCalendarDate(*_isocalendar(self._year, self._month, self._day))

    def isoformat(self):
        return "%04d-%02d-%02d" % (self._year, self._month, self._day)

    def __str__(self):
        return self.isoformat()

    def __repr__(self):
        return "%s.%s(%d, %d, %d)" % (_module(self), type(self).__qualname__, self._year, self._month, self._day)

    def ctime(self):
        return "%s %s %2d 00:00:00 %04d" % (_DAY_NAMES[self.weekday()][:3], _MONTH_NAMES[self._month][:3],
                                           self._day, self._year)

    def strftime(self, fmt):
        return _wrap_strftime(self, fmt, self._year, self._month, self._day, 0, 0, 0, 0,
                              self.toordinal() - _ymd2ord(self._year, 1, 1) + 1, self.weekday(), None, None)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("must be str, not %s" % type(fmt).__name__)
        return self.strftime(fmt) if fmt else str(self)

    def timetuple(self):
        # A time.struct_time, as CPython's (fields tm_year ... tm_isdst, and a 9-tuple).
        return _time.struct_time((self._year, self._month, self._day, 0, 0, 0, self.weekday(),
                                  self.toordinal() - _ymd2ord(self._year, 1, 1) + 1, -1))

    def replace(self, year=None, month=None, day=None):
        return type(self)(self._year if year is None else year, self._month if month is None else month,
                          self._day if day is None else day)

    def _key(self):
        return (self._year, self._month, self._day)

    def __eq__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime) and not isinstance(self, datetime):
            return self._key() == other._key()
        return NotImplemented

    def _compare(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return _cmp(self._key(), other._key())
        return None

    __lt__ = _lt
    __le__ = _le
    __gt__ = _gt
    __ge__ = _ge

    def __hash__(self):
        return hash(self._key())

    def __add__(self, other):
        if isinstance(other, timedelta):
            n = self.toordinal() + other.days
            if 0 < n <= _ymd2ord(MAXYEAR, 12, 31):
                return type(self).fromordinal(n)
            raise OverflowError("date value out of range")
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented


class IsoCalendarDate(tuple):
    def __new__(cls, year, week, weekday):
        return tuple.__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __repr__(self):
        return "datetime.IsoCalendarDate(year=%d, week=%d, weekday=%d)" % self


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


class time:
    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_fold")

    def __init__(self, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        self._hour, self._minute, self._second, self._microsecond = _check_time(hour, minute, second, microsecond)
        _check_tzinfo(tzinfo)
        self._tzinfo = tzinfo
        self._fold = fold

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError("fromisoformat: argument must be str")
        h, m, sec, us, tz = _parse_time(s, s)
        return cls(h, m, sec, us, tz)

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    def utcoffset(self):
        return None if self._tzinfo is None else self._tzinfo.utcoffset(None)

    def tzname(self):
        return None if self._tzinfo is None else self._tzinfo.tzname(None)

    def dst(self):
        return None if self._tzinfo is None else self._tzinfo.dst(None)

    def isoformat(self, timespec="auto"):
        return _format_time(self._hour, self._minute, self._second, self._microsecond, timespec) + \
            _format_offset(self.utcoffset())

    def __str__(self):
        return self.isoformat()

    def __repr__(self):
        if self._microsecond:
            s = ", %d, %d" % (self._second, self._microsecond)
        elif self._second:
            s = ", %d" % self._second
        else:
            s = ""
        s = "%s.%s(%d, %d%s)" % (_module(self), type(self).__qualname__, self._hour, self._minute, s)
        if self._tzinfo is not None:
            s = s[:-1] + ", tzinfo=%r)" % (self._tzinfo,)
        return s

    def strftime(self, fmt):
        return _wrap_strftime(self, fmt, 1900, 1, 1, self._hour, self._minute, self._second, self._microsecond,
                              1, 0, self.utcoffset(), self.tzname())

    def __format__(self, fmt):
        return self.strftime(fmt) if fmt else str(self)

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True, *, fold=None):
        return type(self)(self._hour if hour is None else hour, self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo, fold=self._fold if fold is None else fold)

    def _key(self):
        off = self.utcoffset()
        us = ((self._hour * 60 + self._minute) * 60 + self._second) * 1000000 + self._microsecond
        return us - (0 if off is None else off._us())

    def _compare(self, other):
        if not isinstance(other, time):
            return None
        if (self._tzinfo is None) != (other._tzinfo is None):
            raise TypeError("can't compare offset-naive and offset-aware times")
        return _cmp(self._key(), other._key())

    def __eq__(self, other):
        if not isinstance(other, time):
            return NotImplemented
        if (self._tzinfo is None) != (other._tzinfo is None):
            return False
        return self._key() == other._key()

    __lt__ = _lt
    __le__ = _le
    __gt__ = _gt
    __ge__ = _ge

    def __hash__(self):
        return hash(self._key())

    def __bool__(self):
        return True


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


def _format_time(hh, mm, ss, us, timespec):
    if timespec == "auto":
        timespec = "microseconds" if us else "seconds"
    if timespec == "hours":
        return "%02d" % hh
    if timespec == "minutes":
        return "%02d:%02d" % (hh, mm)
    if timespec == "seconds":
        return "%02d:%02d:%02d" % (hh, mm, ss)
    if timespec == "milliseconds":
        return "%02d:%02d:%02d.%03d" % (hh, mm, ss, us // 1000)
    if timespec == "microseconds":
        return "%02d:%02d:%02d.%06d" % (hh, mm, ss, us)
    raise ValueError("Unknown timespec value")


def _parse_time(s, whole):
    # (hour, minute, second, microsecond, tzinfo) of "HH[:MM[:SS[.fff[fff]]]][+HH:MM|Z]".
    tz = None
    for i, c in enumerate(s):
        if c in "+-Z":
            zone = s[i:]
            s = s[:i]
            if zone == "Z":
                tz = timezone.utc
            else:
                sign = -1 if zone[0] == "-" else 1
                parts = zone[1:].replace(":", "")
                if len(parts) not in (4, 6) or not parts.isdigit():
                    raise ValueError("Invalid isoformat string: %r" % whole)
                off = timedelta(hours=int(parts[:2]), minutes=int(parts[2:4]), seconds=int(parts[4:] or 0))
                tz = timezone.utc if not off else timezone(sign * off)
            break
    h = _parse_digits(s, 0, 2, whole)
    m = sec = us = 0
    rest = s[2:]
    if rest:
        compact = rest[0] != ":"
        step = 2 if compact else 3
        start = 0 if compact else 1
        m = _parse_digits(rest, start, 2, whole)
        rest = rest[step:]
        if rest:
            sec = _parse_digits(rest, start, 2, whole)
            rest = rest[step:]
            if rest:
                if rest[0] not in ".," or not rest[1:].isdigit():
                    raise ValueError("Invalid isoformat string: %r" % whole)
                us = int(rest[1:7].ljust(6, "0"))
    return h, m, sec, us, tz


class datetime(date):
    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_fold")

    def __init__(self, year, month=None, day=None, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *,
                 fold=0):
        if month is None or day is None:
            raise TypeError("function missing required argument '%s' (pos %d)" % (
                ("month", 2) if month is None else ("day", 3)))
        self._year, self._month, self._day = _check_date(year, month, day)
        self._hour, self._minute, self._second, self._microsecond = _check_time(hour, minute, second, microsecond)
        _check_tzinfo(tzinfo)
        self._tzinfo = tzinfo
        self._fold = fold

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        return cls._from_us(round(t * 1000000), tz)

    @classmethod
    def _from_us(cls, us, tz=None):
        days, us = divmod(us, _US_PER_DAY)
        dt = cls.combine(date.fromordinal(days + 719163), time()) + timedelta(microseconds=us)
        if tz is not None:
            dt = (dt + tz.utcoffset(dt)).replace(tzinfo=tz)
        return dt

    @classmethod
    def utcfromtimestamp(cls, t):
        return cls.fromtimestamp(t)

    # (From time_ns(): on a board of 32-bit floats, time() is whole seconds.)
    @classmethod
    def now(cls, tz=None):
        return cls._from_us(_time.time_ns() // 1000, tz)

    @classmethod
    def utcnow(cls):
        return cls._from_us(_time.time_ns() // 1000)

    @classmethod
    def today(cls):
        return cls._from_us(_time.time_ns() // 1000)

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute, time.second, time.microsecond,
                   tzinfo, fold=time.fold)

    @classmethod
    def strptime(cls, date_string, format):
        return cls(*_strptime(date_string, format))

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError("fromisoformat: argument must be str")
        d = date.fromisoformat(s[:10])
        if len(s) == 10:
            return cls(d.year, d.month, d.day)
        if s[10] not in "T ":
            raise ValueError("Invalid isoformat string: %r" % s)
        h, m, sec, us, tz = _parse_time(s[11:], s)
        return cls(d.year, d.month, d.day, h, m, sec, us, tz)

    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return time(self._hour, self._minute, self._second, self._microsecond, fold=self._fold)

    def timetz(self):
        return time(self._hour, self._minute, self._second, self._microsecond, self._tzinfo, fold=self._fold)

    def utcoffset(self):
        return None if self._tzinfo is None else self._tzinfo.utcoffset(self)

    def tzname(self):
        return None if self._tzinfo is None else self._tzinfo.tzname(self)

    def dst(self):
        return None if self._tzinfo is None else self._tzinfo.dst(self)

    def timestamp(self):
        off = self.utcoffset()
        us = self._us_since_epoch() - (0 if off is None else off._us())
        return us / 10**6

    def _us_since_epoch(self):
        days = self.toordinal() - 719163
        return ((days * 86400 + (self._hour * 60 + self._minute) * 60 + self._second) * 1000000
                + self._microsecond)

    def astimezone(self, tz=None):
        if tz is None:
            tz = timezone.utc
        off = self.utcoffset()
        utc = self.replace(tzinfo=None) - (timedelta(0) if off is None else off)
        return (utc + tz.utcoffset(utc)).replace(tzinfo=tz)

    def isoformat(self, sep="T", timespec="auto"):
        return "%04d-%02d-%02d%s%s%s" % (self._year, self._month, self._day, sep,
                                         _format_time(self._hour, self._minute, self._second,
                                                      self._microsecond, timespec),
                                         _format_offset(self.utcoffset()))

    def __str__(self):
        return self.isoformat(sep=" ")

    def __repr__(self):
        fields = [self._year, self._month, self._day, self._hour, self._minute, self._second, self._microsecond]
        if fields[-1] == 0:
            del fields[-1]
        if fields[-1] == 0:
            del fields[-1]
        s = "%s.%s(%s)" % (_module(self), type(self).__qualname__, ", ".join(map(str, fields)))
        if self._tzinfo is not None:
            s = s[:-1] + ", tzinfo=%r)" % (self._tzinfo,)
        return s

    def ctime(self):
        return "%s %s %2d %02d:%02d:%02d %04d" % (_DAY_NAMES[self.weekday()][:3], _MONTH_NAMES[self._month][:3],
                                                 self._day, self._hour, self._minute, self._second, self._year)

    def strftime(self, fmt):
        return _wrap_strftime(self, fmt, self._year, self._month, self._day, self._hour, self._minute,
                              self._second, self._microsecond,
                              self.toordinal() - _ymd2ord(self._year, 1, 1) + 1, self.weekday(),
                              self.utcoffset(), self.tzname())

    def timetuple(self):
        # A time.struct_time; tm_isdst from dst(): -1 when there is none (naive), else 1 or 0.
        dst = self.dst()
        return self._struct(-1 if dst is None else 1 if dst else 0)

    def utctimetuple(self):
        # The time in UTC (an aware one less its offset; a naive one as it is), tm_isdst 0.
        off = self.utcoffset()
        return (self - off if off else self)._struct(0)

    def _struct(self, isdst):
        return _time.struct_time((self._year, self._month, self._day, self._hour, self._minute, self._second,
                                  self.weekday(), self.toordinal() - _ymd2ord(self._year, 1, 1) + 1, isdst))

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None, microsecond=None,
                tzinfo=True, *, fold=None):
        return type(self)(self._year if year is None else year, self._month if month is None else month,
                          self._day if day is None else day, self._hour if hour is None else hour,
                          self._minute if minute is None else minute, self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo, fold=self._fold if fold is None else fold)

    def _key(self):
        off = self.utcoffset()
        return self._us_since_epoch() - (0 if off is None else off._us())

    # (The orderings are date's, over this _compare.)
    def _compare(self, other):
        if not isinstance(other, datetime):
            return None
        if (self._tzinfo is None) != (other._tzinfo is None):
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        return _cmp(self._key(), other._key())

    def __eq__(self, other):
        if not isinstance(other, datetime):
            return NotImplemented if not isinstance(other, date) else False
        if (self._tzinfo is None) != (other._tzinfo is None):
            return False
        return self._key() == other._key()

    def __hash__(self):
        return hash(self._key())

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        us = self._us_since_epoch() + other._us()
        days, us = divmod(us, _US_PER_DAY)
        n = days + 719163
        if not 0 < n <= _ymd2ord(MAXYEAR, 12, 31):
            raise OverflowError("date value out of range")
        y, m, d = _ord2ymd(n)
        s, us = divmod(us, 1000000)
        mi, s = divmod(s, 60)
        h, mi = divmod(mi, 60)
        return type(self)(y, m, d, h, mi, s, us, self._tzinfo)

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + -other
        if isinstance(other, datetime):
            if (self._tzinfo is None) != (other._tzinfo is None):
                raise TypeError("can't subtract offset-naive and offset-aware datetimes")
            return _td(self._key() - other._key())
        return NotImplemented


datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)


def _strp_patterns():
    # The patterns of the directives (CPython's regular expressions, without the groups).
    return {
        "d": r"3[0-1]|[1-2]\d|0[1-9]|[1-9]| [1-9]",
        "f": "|".join([r"\d" * k for k in range(6, 0, -1)]),
        "H": r"2[0-3]|[0-1]\d|\d",
        "I": r"1[0-2]|0[1-9]|[1-9]",
        "j": r"36[0-6]|3[0-5]\d|[1-2]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9]",
        "m": r"1[0-2]|0[1-9]|[1-9]",
        "M": r"[0-5]\d|\d",
        "S": r"6[0-1]|[0-5]\d|\d",
        "U": r"5[0-3]|[0-4]\d|\d",
        "W": r"5[0-3]|[0-4]\d|\d",
        "w": "[0-6]",
        "u": "[1-7]",
        "y": r"\d\d",
        "Y": r"\d\d\d\d",
        "%": "%",
    }


def _z_pattern():
    # CPython's [+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|(?-i:Z), alternatives in the
    # order its regular expression tries them.
    out = []
    for c1 in (":", ""):
        base = r"[+-]\d\d" + c1 + r"[0-5]\d"
        for c2 in (":", ""):
            for k in range(6, -1, -1):
                out.append(base + c2 + r"[0-5]\d" + (r"\." + r"\d" * k if k else ""))
        out.append(base)
    return "|".join(out + ["Z"])


def _alternatives(pat):
    # The alternatives of a pattern of literals, \d, \x and [...] classes: per alternative,
    # the characters each position takes.
    out = []
    for alt in pat.split("|"):
        sets = []
        i = 0
        while i < len(alt):
            c = alt[i]
            if c == "\\":
                sets.append("0123456789" if alt[i + 1] == "d" else alt[i + 1])
                i += 2
            elif c == "[":
                j = alt.index("]", i)
                body = alt[i + 1 : j]
                chars = ""
                k = 0
                while k < len(body):
                    if k + 2 < len(body) and body[k + 1] == "-":
                        chars += "0123456789"[int(body[k]) : int(body[k + 2]) + 1]
                        k += 3
                    else:
                        chars += body[k]
                        k += 1
                sets.append(chars)
                i = j + 1
            else:
                sets.append(c)
                i += 1
        out.append(sets)
    return out


def _ends(tok, s, pos):
    # Where the token may end when it starts at pos, in the order CPython's regular
    # expression tries them (it backtracks through them).
    kind, arg = tok
    n = len(s)
    if kind == "alts":
        return [pos + len(a) for a in arg if pos + len(a) <= n and all(s[pos + i] in a[i] for i in range(len(a)))]
    if kind == "names":
        low = _lower(s[pos:])
        return [pos + len(a) for a in arg if low.startswith(a)]
    if kind == "space":
        e = pos
        while e < n and s[e].isspace():
            e += 1
        return list(range(e, pos, -1))
    return [pos + 1] if pos < n and _lower(s[pos]) == _lower(arg) else []


# (ASCII's case only, by translate: naming str's case methods would link Unicode's tables
# into a program that also makes text beyond ASCII.)
def _lower(t):
    return t.translate(str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz"))


def _match(toks, k, s, pos, spans):
    if k == len(toks):
        return pos
    for e in _ends(toks[k], s, pos):
        spans[k] = (pos, e)
        r = _match(toks, k + 1, s, e, spans)
        if r is not None:
            return r
    return None


def _strptime(data, fmt):
    # CPython's _strptime in the C locale, without its regular expression: the format's
    # directives become tokens matched with backtracking, as the regular expression would be.
    for a in (data, fmt):
        if not isinstance(a, str):
            raise TypeError("strptime() argument %d must be str, not %s" % (1 if a is data else 2, type(a).__name__))
    toks = []
    keys = []
    patterns = _strp_patterns()
    f = fmt
    for k, v in (("c", "%a %b %d %H:%M:%S %Y"), ("x", "%m/%d/%y"), ("X", "%H:%M:%S")):
        f = f.replace("%" + k, v)
    i = 0
    while i < len(f):
        c = f[i]
        if c == "%":
            d = f[i + 1 : i + 2]
            if d in ("a", "A", "b", "B", "p", "Z"):
                if d in "aA":
                    names = [n[:3] if d == "a" else n for n in _DAY_NAMES]
                elif d in "bB":
                    names = [n[:3] if d == "b" else n for n in _MONTH_NAMES[1:]]
                else:
                    names = ["am", "pm"] if d == "p" else ["utc", "gmt"]
                tok = ("names", sorted([_lower(n) for n in names], key=len, reverse=True))
            elif d == "z":
                tok = ("alts", _alternatives(_z_pattern()))
            elif d in patterns:
                tok = ("alts", _alternatives(patterns[d]))
            elif not d:
                raise ValueError("stray %% in format '%s'" % fmt)
            else:
                raise ValueError("'%s' is a bad directive in format '%s'" % (d, fmt))
            toks.append(tok)
            keys.append(None if d == "%" else d)
            i += 2
        elif c.isspace():
            while i < len(f) and f[i].isspace():
                i += 1
            toks.append(("space", None))
            keys.append(None)
        else:
            toks.append(("char", c))
            keys.append(None)
            i += 1
    spans = [None] * len(toks)
    end = _match(toks, 0, data, 0, spans)
    if end is None:
        raise ValueError("time data %r does not match format %r" % (data, fmt))
    if end != len(data):
        raise ValueError("unconverted data remains: %s" % data[end:])
    year = julian = weekday = week = tz = None
    month = day = 1
    hour = minute = second = us = 0
    ampm = None
    for k, (b, e) in zip(keys, spans):
        if k is None:
            continue
        v = data[b:e]
        lv = _lower(v)
        if k == "y":
            year = int(v)
            year += 2000 if year <= 68 else 1900
        elif k == "Y":
            year = int(v)
        elif k == "m":
            month = int(v)
        elif k in "bB":
            month = [_lower(n)[: 3 if k == "b" else None] for n in _MONTH_NAMES].index(lv)
        elif k == "d":
            day = int(v)
        elif k in "HI":
            hour = int(v)
            if k == "I" and ampm is None:
                ampm = ""
        elif k == "M":
            minute = int(v)
        elif k == "S":
            second = int(v)
        elif k == "f":
            us = int(v + "0" * (6 - len(v)))
        elif k in "aA":
            weekday = [_lower(n)[: 3 if k == "a" else None] for n in _DAY_NAMES].index(lv)
        elif k in "wu":
            weekday = (int(v) + 6) % 7 if k == "w" else int(v) - 1
        elif k in "UW":
            week = int(v)
            monday = k == "W"
        elif k == "j":
            julian = int(v)
        elif k == "p":
            ampm = lv
        elif k == "z":
            tz = _strp_tz(v)
    if ampm is not None and "I" in keys:
        if ampm in ("", "am"):
            if hour == 12:
                hour = 0
        elif hour != 12:
            hour += 12
    leap_fix = year is None and month == 2 and day == 29
    if year is None:
        year = 1904 if leap_fix else 1900
    if julian is None and weekday is not None and week is not None:
        # The day of the year (0 or less: of the year before) of that weekday in that week,
        # weeks starting on Monday (%W) or Sunday (%U), week 1 at the year's first such day.
        first = date(year, 1, 1).weekday()
        if not monday:
            first = (first + 1) % 7
            weekday = (weekday + 1) % 7
        julian = 1 + weekday - first if week == 0 else 1 + (7 - first) % 7 + 7 * (week - 1) + weekday
    if julian is not None:
        d = date.fromordinal(julian - 1 + date(year, 1, 1).toordinal())
        year, month, day = d.year, d.month, d.day
    else:
        date(year, month, day)
    if leap_fix:
        year = 1900
    return year, month, day, hour, minute, second, us, tz


def _strp_tz(found):
    z = found
    if z == "Z":
        return timezone.utc
    if z[3] == ":":
        z = z[:3] + z[4:]
        if len(z) > 5:
            if z[5] != ":":
                raise ValueError("Inconsistent use of : in %s" % found)
            z = z[:5] + z[6:]
    secs = int(z[1:3]) * 3600 + int(z[3:5]) * 60 + int(z[5:7] or 0)
    frac = z[8:]
    us = int(frac + "0" * (6 - len(frac))) if frac else 0
    if z[0] == "-":
        secs, us = -secs, -us
    return timezone(timedelta(seconds=secs, microseconds=us))
