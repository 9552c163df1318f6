inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, inf + 1, inf - inf, inf * 0, 1 / inf, -1 / inf)
print(nan == nan, nan != nan, nan < 1, inf > 1e308, -inf < -1e308, inf == inf)
import math
print(math.isnan(inf - inf), math.isinf(-inf), math.isfinite(1e308), math.isfinite(nan))
print(max(1, inf), min(-inf, 0), sorted([3, -inf, inf, 0]))
