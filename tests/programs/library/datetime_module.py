# datetime against CPython: timedelta normalisation and arithmetic, date and datetime
# calendars, isoformat/fromisoformat, strftime, isocalendar, time zones and the errors.
from datetime import date, datetime, time, timedelta, timezone, UTC, MINYEAR, MAXYEAR

td = timedelta(days=1, hours=25, minutes=-30, seconds=3.5, milliseconds=1500, microseconds=7, weeks=1)
print(repr(td), td, td.days, td.seconds, td.microseconds, td.total_seconds())
print(repr(timedelta()), repr(timedelta(-1)), timedelta(-1), timedelta(seconds=-1), timedelta(microseconds=-1), timedelta(days=-2, seconds=5))
print(timedelta(hours=1) * 2.5, timedelta(hours=1) / 3, timedelta(hours=1) / timedelta(minutes=7), timedelta(hours=1) // timedelta(minutes=7))
print(timedelta(hours=1) % timedelta(minutes=7), divmod(timedelta(hours=1), timedelta(minutes=7)), -timedelta(hours=1), abs(timedelta(days=-3)))
print(timedelta(1) + timedelta(seconds=1), timedelta(1) - timedelta(seconds=1), 3 * timedelta(minutes=20), timedelta(minutes=20) // 7)
print(timedelta(1) == timedelta(hours=24), timedelta(1) < timedelta(2), bool(timedelta(0)), hash(timedelta(1)) == hash(timedelta(hours=24)))
print(timedelta.max, timedelta.min, timedelta.resolution, repr(timedelta(0.5)), timedelta(microseconds=0.5), timedelta(microseconds=1.5))
d = date(2024, 2, 29)
print(repr(d), d, d.year, d.month, d.day, d.weekday(), d.isoweekday(), d.toordinal(), d.isocalendar(), d.ctime())
print(d + timedelta(days=1), d - timedelta(days=366), d - date(2000, 1, 1), date.fromordinal(738000), date.fromisoformat("2021-12-31"), date.fromisoformat("20211231"))
print(d.replace(day=1), d.replace(year=2023, day=28), date(2024, 12, 30).isocalendar(), date(2021, 1, 3).isocalendar(), date.fromisocalendar(2020, 53, 7))
print(d.strftime("%A %a %B %b %d %m %y %Y %j %U %W %w %u %G %V %% %c %x"), format(d, "%d/%m/%Y"), f"{d}", f"{d:%b %d}")
print(d < date(2024, 3, 1), d == date(2024, 2, 29), d != date(2024, 3, 1), max(date(2020, 5, 1), date(2019, 6, 1)), sorted([date(2021, 1, 1), date(2020, 1, 1)]))
print(date.min, date.max, date(1, 1, 1).toordinal(), date(9999, 12, 31).toordinal(), date.fromordinal(1), MINYEAR, MAXYEAR)
for y in (1900, 2000, 2023, 2100, 2400):
    print(y, date(y, 3, 1) - date(y, 2, 1), date(y, 1, 1).weekday(), date(y, 12, 31).isocalendar())
t = time(14, 5, 9, 123)
print(repr(t), t, repr(time()), repr(time(1, 2)), repr(time(1, 2, 3)), t.isoformat("minutes"), t.isoformat("milliseconds"), t.strftime("%I:%M %p"))
print(time.fromisoformat("10:30"), time.fromisoformat("10:30:15.5"), time(1) < time(2), time.min, time.max)
dt = datetime(2024, 3, 10, 18, 45, 30, 500)
print(repr(dt), dt, dt.isoformat(), dt.isoformat(" ", "seconds"), dt.date(), dt.time(), dt.weekday(), dt.timetuple()[:8])
print(repr(datetime(2024, 1, 1)), repr(datetime(2024, 1, 1, 5)), repr(datetime(2024, 1, 1, 5, 6, 7)), datetime(2024, 1, 1, 0, 0, 0, 1))
print(dt + timedelta(hours=6), dt - timedelta(days=70), dt - datetime(2024, 1, 1), datetime(2024, 1, 1) - dt, dt.ctime())
print(dt.strftime("%Y-%m-%d %H:%M:%S.%f %I%p %j"), datetime.combine(date(2020, 2, 2), time(3, 4)), datetime.fromisoformat("2011-11-04T00:05:23"), datetime.fromisoformat("2011-11-04 00:05:23.283"))
print(datetime.fromtimestamp(0, UTC), datetime.fromtimestamp(1700000000.5, timezone.utc), datetime(2024, 1, 1, tzinfo=UTC).timestamp(), datetime(1970, 1, 2).replace(tzinfo=UTC).timestamp())
aware = datetime(2024, 6, 1, 12, 0, tzinfo=timezone(timedelta(hours=2)))
print(repr(aware), aware, aware.utcoffset(), aware.tzname(), aware.astimezone(UTC), aware == datetime(2024, 6, 1, 10, 0, tzinfo=UTC), aware.strftime("%z %Z"))
print(repr(UTC), repr(timezone(timedelta(hours=-5), "EST")), timezone(timedelta(hours=-5, minutes=-30)), timezone(timedelta(0)).tzname(None), datetime.fromisoformat("2020-01-01T10:00:00+05:30"))
print(dt > datetime(2024, 1, 1), dt == datetime(2024, 3, 10, 18, 45, 30, 500), {dt: 1}[datetime(2024, 3, 10, 18, 45, 30, 500)], date(2024, 1, 1) == datetime(2024, 1, 1), datetime.min, datetime.max)
print(type(datetime.now()).__name__, datetime.now(UTC).tzinfo, isinstance(dt, date), isinstance(date.today(), date))
for bad in (lambda: date(2023, 2, 29), lambda: date(2023, 13, 1), lambda: date(0, 1, 1), lambda: time(24), lambda: datetime(2020, 1, 1, 0, 60),
            lambda: timedelta(days=10**9), lambda: date.fromisoformat("2020-1-1"), lambda: date(2020, 1, 1.0), lambda: timedelta(days="1"),
            lambda: datetime(2020, 1, 1) < datetime(2020, 1, 1, tzinfo=UTC), lambda: date.max + timedelta(1), lambda: timezone(timedelta(hours=24))):
    try:
        print(bad())
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
