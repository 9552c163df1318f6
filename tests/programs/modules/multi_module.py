import geometry
import geometry as g
from geometry import Rect, describe, UNIT
import shapes.circle
from shapes import KINDS
from shapes.circle import circle_area

r = Rect(2, 3)
print(describe(r), geometry.created, g.UNIT == UNIT, g is geometry)
print(shapes.KINDS, KINDS, shapes.circle.circle_area(2), circle_area(10))
geometry.UNIT = "mm"
print(describe(Rect(1, 1)), geometry.created, UNIT)
print(geometry.__name__, __name__, shapes.circle.__name__)
try:
    from geometry import nothing
except ImportError as e:
    print("ImportError")
try:
    import not_a_module_anywhere
except ImportError:
    print("optional module missing")
