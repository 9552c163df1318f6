import string
from string import Template

t = Template("Hi $name, you owe $$${amt} (${name}_x) $name2")
print(t.substitute(name="Ann", amt=5, name2=[1]))
print(t.substitute({"name": "Bo", "amt": 1.5, "name2": None}, amt=7))
print(t.safe_substitute(name="Cy"))
print(t.template)
print(t.get_identifiers(), t.is_valid())
try:
    t.substitute(name="x")
except KeyError as e:
    print("KeyError", e)
for bad in ["cost $ 5", "a\nb $1", "${x", "${ x}", "line1\nline2\n  $", "$"]:
    b = Template(bad)
    try:
        b.substitute(x=1)
    except ValueError as e:
        print("ValueError", e)
    print(repr(b.safe_substitute(x=1)), b.is_valid(), b.get_identifiers())


class Pct(Template):
    delimiter = "%"


p = Pct("100%% of %who and %{what}s")
print(p.substitute(who="us", what="thing"))
print(Template("$a$b${c}d $_e9").substitute(a=1, b=2, c=3, _e9="E"))

f = string.Formatter()
print(f.format("{0}-{1}-{0}", "a", "b"))
print(f.format("{} {}", 1, 2), f.format("{x:>5}|{y!r}", x="ab", y="q"))
print(f.format("{p.real} {l[1]} {d[k]}", p=3, l=[7, 8], d={"k": "v"}))
print(f.format("{0:{1}}|{{lit}}", 3.14159, ".2f"))
print(f.vformat("{a} and {b}", (), {"a": 1, "b": 2}))
print(list(f.parse("a{{b}}c{0!r:>4}d{x}")))
for bad in ["{0} {}", "{", "}", "{0!x}", "{0", "{0:{1}", "x{", "{0[}", "{0!}", "{0!rr}"]:
    try:
        f.format(bad, 1)
    except ValueError as e:
        print("ValueError", e)


class Upper(string.Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()

    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return "<" + key + ">"
        return super().get_value(key, args, kwargs)


print(Upper().format("{0} {name} {missing}", "abc", name="def"))
print(string.capwords("hello   big world"))
print(list(f.parse("{:{:{}}}")))
