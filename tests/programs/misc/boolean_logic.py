def truth_table(f):
    return [(a, b, f(a, b)) for a in (False, True) for b in (False, True)]
for name, f in [("and", lambda a, b: a and b), ("or", lambda a, b: a or b), ("xor", lambda a, b: a != b), ("nand", lambda a, b: not (a and b))]:
    print(name, ["%d%d>%d" % row for row in truth_table(f)])
print(True + True, True * 3, False - 1, int(True), str(False), True & False, True | False, True ^ True)
