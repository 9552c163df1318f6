# input() reads a line typed on the console, echoing it; backspace edits it; Ctrl-C while it
# waits raises KeyboardInterrupt. tests/programs.rs types the lines.
name = input("name? ")
print("hello", name, len(name))
try:
    input()
except KeyboardInterrupt:
    print("interrupted")
