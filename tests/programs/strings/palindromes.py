def is_pal(s):
    t = [c.lower() for c in s if c.isalnum()]
    return t == t[::-1]
for s in ["racecar", "A man, a plan, a canal: Panama", "hello", "", "No 'x' in Nixon"]:
    print(repr(s), is_pal(s))
words = ["level", "rotor", "python", "noon", "pyboard"]
print([w for w in words if w == w[::-1]])
