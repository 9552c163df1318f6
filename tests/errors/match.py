# error: 3:1: `match` is not supported yet
x = 3
match x:
    case 3:
        pass
