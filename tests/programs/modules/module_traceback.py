from geometry import Rect, scale
print(scale(Rect(4, 4), 2).area())
scale(Rect(1, 1), 0)
