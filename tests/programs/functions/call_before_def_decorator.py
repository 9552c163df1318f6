# A decorator and a default value run code while the module is being made: functions they
# reach find the functions defined further down unbound.
def first():
    return second() + 1


def call_now(f):
    try:
        print("decorating:", first())
    except NameError as e:
        print("decorating: NameError:", e)
    return f


@call_now
def decorated():
    return first()


def safe(f):
    try:
        return f()
    except NameError as e:
        return "NameError: " + str(e)


def with_default(x=safe(first)):
    return x


def second():
    return 41


print(decorated(), with_default(), with_default(0))
