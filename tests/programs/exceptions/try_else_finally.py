def check(x):
    try:
        r = 10 // x
    except ZeroDivisionError:
        print("zero")
        return "z"
    else:
        print("ok", r)
        return r
    finally:
        print("finally", x)
print(check(2), check(0))
for i in range(4):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
    finally:
        print("fin", i)
