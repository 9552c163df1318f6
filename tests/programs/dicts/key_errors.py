d = {}
for k in ["a", 1, (1, 2)]:
    try:
        d[k]
    except KeyError as e:
        print("KeyError", repr(e))
try:
    del d["nope"]
except KeyError as e:
    print("del", e)
print(d.pop("nope", "default"))
d.pop("nope")
