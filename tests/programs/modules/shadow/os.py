# Named like os, which CPython imports before the program starts: importing os next to it
# (shadowing.py) still gets the real one. Run itself, it is just a program.
print("os.py runs as a program")
