# A generator's guard region (tests/programs.rs: gen_guard_case): while a generator runs, the
# MPU's guard sits at the bottom of its stack in the heap. gdb stops in the generator and moves
# the stack pointer 16 bytes above that guard, as runtime work that outgrew the generator's
# reserve would; the call's first push faults in the guard, and the firmware reports a stack
# overflow instead of writing into the heap object below.
def deep(n):
    return n + 1


def numbers():
    yield deep(1)


for x in numbers():
    print(x)
