lines = ["# comment", "temp=21", "", "hum=40", "# another", "temp=22", "bad line", "hum=41"]
def non_blank(ls):
    for l in ls:
        if l.strip() and not l.startswith("#"):
            yield l
def pairs(ls):
    for l in ls:
        if "=" in l:
            k, _, v = l.partition("=")
            yield k, int(v)
readings = {}
for k, v in pairs(non_blank(lines)):
    readings.setdefault(k, []).append(v)
print(readings, {k: sum(v) / len(v) for k, v in readings.items()})
