registry = {}
def register(cls):
    registry[cls.__name__.lower()] = cls
    return cls
@register
class Led:
    def describe(self):
        return "a light"
@register
class Button:
    def describe(self):
        return "a switch"
print(sorted(registry), registry["led"]().describe(), [registry[k]().describe() for k in sorted(registry)])
