# strip, lstrip and rstrip with nothing to strip give the str or bytes itself (not a bytearray, nor a subclass's object).
s = b"abc"
print(s.strip() is s, s.lstrip() is s, s.rstrip() is s, s.strip(b"x") is s, s.strip(b"a") == b"bc")
t = "abc"
print(t.strip() is t, t.lstrip() is t, t.rstrip() is t, " a ".strip())
b = bytearray(b"abc")
print(b.strip() is b, b.strip() == b)
class S(str): pass
u = S("x")
print(type(u.strip()).__name__)
