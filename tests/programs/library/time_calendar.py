# time's calendar: gmtime/localtime as struct_time (a tuple whose fields are attributes),
# mktime, strftime in the C locale, asctime/ctime, and a wall clock that reads today's date
# (the board keeps UTC: this file's outputs are CPython's with TZ=UTC).
import time

t = time.gmtime(1709210096)
print(t)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, t.tm_wday, t.tm_yday, t.tm_isdst)
print(t[0], t[:3], len(t), tuple(t), t == tuple(t))
print(time.gmtime(0))
print(time.gmtime(-1.5))
print(time.strftime("%Y-%m-%d %H:%M:%S %a %A %b %B %j %U %W %w %y %p %I %e %%", t))
print(time.strftime("%c|%x|%X", t))
print(time.strftime("%H:%M", (2001, 2, 3, 14, 5, 6, 5, 34, 0)))
print(time.asctime(t))
print(time.ctime(0))
print(time.mktime(time.localtime(1709210096)))
print(time.mktime((2024, 14, 1, 0, 0, 0, 0, 0, 0)))
year, month, day, *_ = time.localtime(1000000000)
print(year, month, day)

now = time.time()
print(type(now).__name__, now > 1.7e9)
print(time.localtime().tm_year >= 2026, time.gmtime(now)[:2] == time.localtime()[:2])
ns = time.time_ns()
print(type(ns).__name__, ns > 1.7e18)

st = time.struct_time((2020, 1, 2, 3, 4, 5, 3, 2, 0))
print(st, st.tm_mday, isinstance(st, tuple))
try:
    time.struct_time((1, 2))
except TypeError as e:
    print("TypeError", e)
for y in (1999, 2000, 2024, 2100):
    print(y, time.strftime("%j %U %W %a", time.gmtime(time.mktime((y, 12, 31, 0, 0, 0, 0, 0, 0)))))
