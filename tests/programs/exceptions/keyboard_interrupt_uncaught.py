# An uncaught KeyboardInterrupt prints its traceback and ends the program with status 130, as
# CPython's (ended by SIGINT).
def work(n):
    if n == 3:
        raise KeyboardInterrupt
    return n


for i in range(5):
    print(work(i))
