class Task:
    def __init__(self, name, prio, done=False):
        self.name, self.prio, self.done = name, prio, done
    def __repr__(self):
        return f"{'x' if self.done else ' '} {self.name}({self.prio})"
tasks = [Task("solder", 2), Task("flash", 1), Task("test", 3, True), Task("write", 1)]
tasks.sort(key=lambda t: (t.done, t.prio, t.name))
for t in tasks:
    print(t)
pending = [t.name for t in tasks if not t.done]
print(pending, sum(t.prio for t in tasks))
