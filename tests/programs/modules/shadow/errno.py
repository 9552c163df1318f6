# Named like a module CPython compiles into its interpreter: importing errno next to it
# (shadowing.py) still gets the real one. Run itself, it is just a program.
print("errno.py runs as a program")
