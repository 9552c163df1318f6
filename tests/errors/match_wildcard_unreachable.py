# error: 4:10: wildcard makes remaining patterns unreachable
match [1, 2]:
    case [1, x] if x > 5: print(x)
    case _: print("default")
    case [1, 2]: print("pair")
