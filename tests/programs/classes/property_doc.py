# A property's docstring: `doc=` when given (kept through .setter/.deleter), else its getter's.
class Thermometer:
    def _get(self):
        "Degrees Celsius, from the getter."
        return self._c

    def _set(self, v):
        self._c = v

    celsius = property(_get, _set, None, "Degrees Celsius.")
    raw = property(_get, doc="The raw reading.")
    plain = property(_get)
    nodoc = property(lambda self: 0)

    @property
    def kelvin(self):
        "Kelvin, from the decorated getter."
        return self._c + 273.15

    @kelvin.setter
    def kelvin(self, v):
        self._c = v - 273.15

    fahrenheit = raw.setter(_set)


for name in ("celsius", "raw", "plain", "nodoc", "kelvin", "fahrenheit"):
    print(name, repr(getattr(Thermometer, name).__doc__))
t = Thermometer()
t.celsius = 20
t.kelvin = 300
print(round(t.celsius, 2), round(t.kelvin, 2))
