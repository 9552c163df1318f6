import json
from collections import OrderedDict

print(json.dumps({"u": "é", "e": "😀", "c": "\x7f\x01\n"}))
print(json.dumps({"u": "é", "e": "😀", "c": "\x7f\x01\n"}, ensure_ascii=False))
print(json.dumps(["ü"], ensure_ascii=False, indent=1))
print(json.loads('{"x": 1}', object_hook=lambda d: sorted(d.items())))
print(json.loads("[1.5, 2, 3e2]", parse_float=str, parse_int=lambda s: int(s) * 10))
print(json.loads('{"b": 1, "a": {"c": 2}, "b": 3}', object_pairs_hook=list))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=OrderedDict))
print(json.loads('[NaN, Infinity, -Infinity]', parse_constant=lambda c: "const " + c))
print(json.loads('{"a": 1}', object_hook=lambda d: 1, object_pairs_hook=lambda p: 2))
print(repr(json.loads('"a\tb"', strict=False)))
try:
    json.loads('"a\tb"')
except json.JSONDecodeError as e:
    print("JSONDecodeError", e)
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print("ValueError", e)
print(json.dumps({(1, 2): 3, "a": 1, 2: None}, skipkeys=True))
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print("TypeError", e)


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class PointEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return {"x": o.x, "y": o.y}
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)


print(json.dumps([Point(1, 2), {3, 1}], cls=PointEncoder))
print(PointEncoder(indent=2, sort_keys=True).encode({"b": Point(0, 0), "a": 1}))
print("".join(PointEncoder().iterencode({"p": Point(5, 6)})))
try:
    json.dumps(object(), cls=PointEncoder)
except TypeError as e:
    print("TypeError", e)
enc = json.JSONEncoder(separators=(",", ":"), sort_keys=True)
print(enc.encode({"z": [1, 2], "a": {"k": True}}), enc.item_separator, enc.key_separator)
print(json.JSONEncoder().encode("tab\t"), json.JSONEncoder(ensure_ascii=False).encode("ß"))


class PointDecoder(json.JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_hook=self.hook, **kw)

    def hook(self, d):
        if set(d) == {"x", "y"}:
            return Point(d["x"], d["y"])
        return d


p = json.loads('{"pt": {"x": 3, "y": 4}}', cls=PointDecoder)
print(type(p["pt"]).__name__, p["pt"].x, p["pt"].y)
dec = json.JSONDecoder()
print(dec.decode(' [1, {"a": null}] '), dec.raw_decode('[1] tail'), dec.raw_decode('xx{"k": 2}', 2))
for bad in [' [1]', '[1] x']:
    try:
        print(dec.decode(bad) if bad.startswith(" ") else dec.decode(bad))
        print(dec.raw_decode(bad))
    except json.JSONDecodeError as e:
        print("JSONDecodeError", e, e.pos)
print(json.dumps({"a": [1, 2.5, None, True]}, indent="--"))
print(json.dumps([1, [2, [3]]], separators=(";", "=")))
a = []
a.append(a)
try:
    json.dumps(a)
except ValueError as e:
    print("ValueError", e)
print(json.dumps(a, check_circular=False, default=str) if False else "skip")
