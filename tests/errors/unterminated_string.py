# error: 6:23: invalid syntax: EOL while scanning string literal
import pyb
touched = True
while True:
    if touched:
        print("Touch!"")
    else:
        print("No touch!")
