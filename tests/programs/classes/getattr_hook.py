class Dyn:
    def __init__(self):
        self.real = "real"
    def __getattr__(self, name):
        return "virtual " + name
d = Dyn()
print(d.real, d.anything, getattr(d, "other"), hasattr(d, "x"))
