class P:
    pass
p = P()
p.x = 1
p.y = [p.x]
setattr(p, "z", 3)
print(p.x, p.y, p.z, getattr(p, "w", None))
del p.x
print(hasattr(p, "x"))
try:
    p.x
except AttributeError as e:
    print(e)
