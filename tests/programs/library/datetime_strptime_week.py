# strptime's %U and %W (week of the year, from Sunday or Monday) with %w, %u, %a or %A give
# the date, as CPython's; without a weekday the week is ignored, as CPython's.
from datetime import datetime, date

cases = [
    ("2024 10 1", "%Y %W %w"), ("2024 10 0", "%Y %W %w"), ("2024 10 1", "%Y %U %w"),
    ("2024 0 1", "%Y %W %w"), ("2024 0 0", "%Y %U %w"), ("2023 0 1", "%Y %W %w"),
    ("2023 0 0", "%Y %W %w"), ("2021 0 5", "%Y %U %w"), ("2021 52 6", "%Y %W %w"),
    ("2020 53 4", "%Y %W %w"), ("2024 10 7", "%Y %W %u"), ("2024 10 1", "%Y %U %u"),
    ("2024 Wed 5", "%Y %a %W"), ("Friday 2019 22", "%A %Y %U"), ("2024 10", "%Y %W"),
    ("2024 3", "%Y %w"), ("10 2", "%W %w"), ("2024-10-3 12:30", "%Y-%U-%w %H:%M"),
    ("1999 0 3", "%Y %U %w"), ("2000 1 0", "%Y %W %w"),
]
for s, f in cases:
    try:
        print(s, "|", f, "->", datetime.strptime(s, f))
    except ValueError as e:
        print(s, "|", f, "-> ValueError", e)
for y in (2015, 2016, 2017, 2018):
    for w in (0, 1, 26, 52):
        print(y, w, [datetime.strptime("%d %d %d" % (y, w, d), "%Y %W %w").strftime("%m%d") for d in range(7)],
              datetime.strptime("%d %d 3" % (y, w), "%Y %U %w").date())
d = date(2024, 5, 17)
print(datetime.strptime(d.strftime("%Y %W %w"), "%Y %W %w").date() == d,
      datetime.strptime(d.strftime("%Y %U %a"), "%Y %U %a").date() == d)
