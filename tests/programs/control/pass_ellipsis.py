def todo():
    pass
class Empty:
    pass
print(todo(), type(Empty()).__name__)
for i in range(3):
    pass
print(i)
if True:
    pass
else:
    print("never")
