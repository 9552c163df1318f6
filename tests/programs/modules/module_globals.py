# Another module's globals read through attribute sites inside loops: each read sees the value
# as it is now (set by the module itself, or from here), and names added from outside work too.
import counter_mod
import math

for i in range(3):
    counter_mod.bump()
    print(counter_mod.count)
counter_mod.count = 10
print(counter_mod.count, counter_mod.bump(), counter_mod.count)
counter_mod.extra = 5
print(counter_mod.extra)
total = 0.0
for r in range(4):
    total += math.pi * r * r + math.sqrt(r)
print(round(total, 3), math.floor(2.5), [f(2.5) for f in (math.floor, math.ceil)])
try:
    math.nothing
except AttributeError as e:
    print("AttributeError:", e)
