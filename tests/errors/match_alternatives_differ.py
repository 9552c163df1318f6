# error: 3:23: alternative patterns bind different names
match (1, 2):
    case (1, a) | (b, 2): print("one")
