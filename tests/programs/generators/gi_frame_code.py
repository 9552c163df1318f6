# A generator's gi_code and gi_frame (None once it has finished; its f_code the function's), a
# coroutine's cr_code and cr_frame.
def g():
    yield 1
it = g()
print(it.gi_running, it.gi_frame is None, it.gi_code.co_name, it.gi_frame.f_code.co_name)
for x in it:
    pass
print(it.gi_frame)
async def c():
    return 1
co = c()
print(co.cr_code.co_name, co.cr_frame is None)
try:
    co.send(None)
except StopIteration as e:
    print(e.value, co.cr_frame)
