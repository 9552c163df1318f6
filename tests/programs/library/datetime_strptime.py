from datetime import datetime

cases = [
    ("2020-01-02 03:04", "%Y-%m-%d %H:%M"),
    ("2020-01-02T03:04:05.123", "%Y-%m-%dT%H:%M:%S.%f"),
    ("31/12/99 11:59:59 PM", "%d/%m/%y %I:%M:%S %p"),
    ("1/2/68 12:00 am", "%d/%m/%y %I:%M %p"),
    ("12 pm", "%I %p"),
    ("Mon, 05 Feb 2024", "%a, %d %b %Y"),
    ("tuesday 6 FEBRUARY 2024", "%A %d %B %Y"),
    ("2024 060", "%Y %j"),
    ("100%", "%j%%"),
    ("20240229", "%Y%m%d"),
    ("  2024-3-4", " %Y-%m-%d"),
    ("2024-03-04   10:20", "%Y-%m-%d %H:%M"),
    ("2024-03-04 10:20:30 +0530", "%Y-%m-%d %H:%M:%S %z"),
    ("2024-03-04 10:20:30 -01:30", "%Y-%m-%d %H:%M:%S %z"),
    ("2024-03-04 10:20:30 Z", "%Y-%m-%d %H:%M:%S %z"),
    ("2024-03-04 10:20:30 z", "%Y-%m-%d %H:%M:%S %z"),
    ("+01:3045", "%z"),
    ("Mon Feb  5 10:11:12 2024", "%c"),
    ("02/05/24", "%x"),
    ("10:11:12", "%X"),
    ("12", "%H%M"),
    ("123", "%H%M"),
    ("2020-01-02 03:04 extra", "%Y-%m-%d %H:%M"),
    ("2020-13-02", "%Y-%m-%d"),
    ("2021-02-29", "%Y-%m-%d"),
    ("29 2", "%d %m"),
    ("2020-01-02", "%Y-%m-%d %q"),
    ("2020", "%Y%"),
    ("abc", "%Y"),
]
for s, f in cases:
    try:
        d = datetime.strptime(s, f)
        print(repr(d), d)
    except ValueError as e:
        print("ValueError:", e)
try:
    datetime.strptime(2020, "%Y")
except TypeError as e:
    print("TypeError:", e)
print(datetime.strptime("7", "%m").month, type(datetime.strptime("2001", "%Y")).__name__)
