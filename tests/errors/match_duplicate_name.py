# error: 3:23: multiple assignments to name 'x' in pattern
match (1, 2):
    case (x, 1) | (x, x): print(x)
