# range() of objects with __index__, also in a for loop (a counter) and as bytecode.
class I:
    def __index__(self):
        return 3
print(list(range(I())), range(I(), 10, I()), len(range(I())))
for k in range(1, I()):
    print(k)
