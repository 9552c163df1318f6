buf = list(range(10))
buf[2:5] = []
print(buf)
buf[:0] = ["start"]
print(buf)
buf[len(buf):] = ["end"]
print(buf)
buf[1:3] = "xy"
print(buf)
s = "0123456789"
print(s[-3:], s[:-3], s[3:-3], s[::-2], s[1:8:3])
