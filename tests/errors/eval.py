# error: 2:7: eval() is not supported: mpyc compiles the whole program ahead of time
print(eval("1 + 2"))
