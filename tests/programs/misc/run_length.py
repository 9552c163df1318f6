def rle(s):
    out = []
    for c in s:
        if out and out[-1][0] == c:
            out[-1][1] += 1
        else:
            out.append([c, 1])
    return "".join(f"{n}{c}" for c, n in out)
def unrle(s):
    out, num = "", ""
    for c in s:
        if c.isdigit():
            num += c
        else:
            out += c * int(num)
            num = ""
    return out
for s in ["aaabccddddd", "abc", "", "zzzzzzzzzzzz"]:
    e = rle(s)
    print(repr(s), e, unrle(e) == s)
