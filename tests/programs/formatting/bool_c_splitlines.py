# format specs on bools (as ints), the c presentation right-aligned, splitlines on every
# line boundary Python knows (keepends too).
print("{:5}|{:+}|{:<3}|{}".format(True, False, True, True), f"{True:>4}", format(False, "d"))
print("{:4c}|{:<4c}|".format(48, 65))
print("a\rb".splitlines(), "a\x0bb\x0cc".splitlines(), "x\r\ny\n\nz".splitlines(), "".splitlines())
print("a\nb\r\nc".splitlines(True), "end\n".splitlines(), "u\x1cv".splitlines(keepends=True))
