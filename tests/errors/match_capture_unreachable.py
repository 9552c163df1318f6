# error: 5:10: name capture 'other' makes remaining patterns unreachable
command = "go"
match command:
    case "stop": print("stop")
    case other: print(other)
    case "go": print("go")
