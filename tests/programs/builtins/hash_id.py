a = [1, 2]
b = a
c = [1, 2]
print(id(a) == id(b), id(a) == id(c), a is b, a is not c, a == c)
print(hash("x") == hash("x"), hash(42) == hash(42), hash((1, (2, 3))) == hash((1, (2, 3))))
try:
    hash([1])
except TypeError as e:
    print(e)
try:
    hash({})
except TypeError as e:
    print(e)
