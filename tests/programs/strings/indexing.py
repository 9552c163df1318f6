s = "Python"
print(s[0], s[-1], s[1:4], s[:2], s[4:], s[::2], s[::-1], s[-3:-1], s[10:], len(s))
for i, c in enumerate(s):
    print(i, c, end="; ")
print()
print("y" in s, "th" in s, "xyz" not in s, s * 2, s + "!", min(s), max(s), sorted(s))
try:
    s[10]
except IndexError as e:
    print(e)
s[0] = "J"
