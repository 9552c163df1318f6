import math
for deg in range(0, 361, 45):
    r = math.radians(deg)
    print(f"{deg:3d} {math.sin(r):+.4f} {math.cos(r):+.4f}")
print(round(math.atan2(1, -1), 6), round(math.hypot(5, 12), 6), math.degrees(math.acos(0)))
