# warning: 4:7: eval() is not supported: mpyc compiles the whole program ahead of time
# raises: NotImplementedError: eval() is not supported by mpyc
# (mpyc compiles ahead of time)
print(eval("1 + 2"))
