# The stack's guard region (tests/programs.rs: guard_case): gdb stops at the print and moves
# the stack pointer into the lowest bytes of the stack; the next call's first push faults in
# the guard, and the firmware reports a stack overflow instead of writing into the heap.
def deep(n):
    return n + 1


print(deep(1))
