# error: 3:10: mapping pattern checks duplicate key ('k')
match {"k": 1}:
    case {"k": 1, "k": v}: print(v)
