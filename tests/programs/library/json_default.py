# json.dumps/dump with default= (called for what JSON has no form for; a default that gives
# the object back is a circular reference), and separators that are not a pair (ValueError).
import json
import io


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


def encode(o):
    if isinstance(o, Point):
        return {"x": o.x, "y": o.y}
    if isinstance(o, set):
        return sorted(o)
    raise TypeError("no form for " + type(o).__name__)


print(json.dumps({"p": Point(1, 2), "s": {3, 1}}, default=encode, sort_keys=True))
print(json.dumps([Point(0, [Point(5, 6)])], default=encode, separators=(",", ":")))
s = io.StringIO()
json.dump({"t": (1, {2})}, s, default=encode)
print(s.getvalue())
try:
    json.dumps(object(), default=encode)
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps(Point(1, 1), default=lambda o: o)
except ValueError as e:
    print("ValueError:", e)
for sep in [(), (",",), (",", ":", "?"), {"a": 1}, {"a": 1, "b": 2}]:
    try:
        print(json.dumps([1, {"k": 2}], separators=sep))
    except ValueError as e:
        print("ValueError:", e)
