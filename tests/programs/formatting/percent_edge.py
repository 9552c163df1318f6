print("%-6s|%6s|" % ("ab", "cd"), "%3d|%-3d|%03d" % (5, 5, 5), "%+.1f %+d" % (2.25, 3))
print("%s %s" % ((1, 2), [3]), "%s" % ((1, 2),), "%c%c" % ("o", 107))
print("%.3s" % "abcdef", "%5.1s|" % "xyz", "%x %X %#x" % (255, 255, 255))
try:
    print("%d %d" % (1,))
except TypeError as e:
    print(e)
try:
    print("%d" % (1, 2))
except TypeError as e:
    print(e)
