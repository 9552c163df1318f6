# datetime: date.timetuple(), datetime.timetuple() and utctimetuple() give a time.struct_time:
# named fields, indexing, unpacking, repr; tm_isdst from the tzinfo's dst().
from datetime import date, datetime, timedelta, timezone, tzinfo


class Summer(tzinfo):
    # A fixed +02:00 zone that reports one hour of daylight saving.
    def utcoffset(self, dt):
        return timedelta(hours=2)

    def dst(self, dt):
        return timedelta(hours=1)

    def tzname(self, dt):
        return "CEST"


d = date(2024, 12, 31)
tt = d.timetuple()
print(tt)
print(tt.tm_year, tt.tm_mon, tt.tm_mday, tt.tm_wday, tt.tm_yday, tt.tm_isdst, len(tt))
print(tt[0], tt[7], tt[-1], tt[:3], tuple(tt))
year, month, day, *rest = tt
print(year, month, day, rest)

dt = datetime(2023, 3, 1, 14, 5, 9, 123456)
t2 = dt.timetuple()
print(t2)
print(t2.tm_hour, t2.tm_min, t2.tm_sec, t2.tm_yday, t2 == tuple(t2), list(t2) == list(dt.timetuple()))
print(datetime(2023, 3, 1, 14, 5, tzinfo=timezone.utc).timetuple().tm_isdst)
aware = datetime(2023, 7, 1, 1, 30, tzinfo=Summer())
print(aware.timetuple().tm_isdst, aware.timetuple()[:6])
print(aware.utctimetuple())
print(dt.utctimetuple().tm_isdst, dt.utctimetuple()[3:6])

# Day of the year for a few dates, and the week day name via the tuple.
names = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
for day in (date(2000, 1, 1), date(2000, 2, 29), date(2023, 12, 31), date(1999, 7, 4)):
    t = day.timetuple()
    print(day.isoformat(), t.tm_yday, names[t.tm_wday])
