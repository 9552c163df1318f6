def parse(s):
    try:
        n = int(s)
    except ValueError:
        print("bad", repr(s))
    else:
        print("good", n)
        return n
    finally:
        print("done", repr(s))
print(parse("12"), parse("x"))
for i in range(2):
    try:
        pass
    except Exception:
        pass
    else:
        print("else", i)
