# re.sub / re.subn / Pattern.sub with a replacement function that returns None: the match is
# replaced by nothing, as CPython's; other non-str results are still a TypeError.
import re

print(repr(re.sub("x", lambda m: None, "axb")))
print(re.subn("x", lambda m: None, "axbxcx"))
print(repr(re.sub(b"x", lambda m: None, b"axb")))
print(re.sub(r"\d", lambda m: None if m.group() == "1" else "<" + m.group() + ">", "a1b2c1d3"))
print(re.compile("o").sub(lambda m: None, "foo boo", count=2))
print(re.subn("(a)|b", lambda m: m.group(1), "abab"))
try:
    re.sub("x", lambda m: 1, "axb")
except TypeError as e:
    print("TypeError")
