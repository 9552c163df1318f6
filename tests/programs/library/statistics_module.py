# statistics against CPython: exact means and variances in the data's type, medians, modes,
# quantiles, two-input functions, NormalDist, and the errors.
import statistics as st
from fractions import Fraction as F
import math

data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
ints = [1, 2, 3, 4, 4, 5, 7, 9, 10]
print(st.mean(data), st.mean(ints), st.mean([1, 2, 3, 4]), st.mean([F(3, 7), F(1, 21), F(5, 3)]), st.mean([1, 2.5]))
print(st.mean(iter([0.1] * 10)), st.mean([1e308, 1e308]), st.mean([0.1, 0.2, 0.3]), st.mean(range(1, 101)), st.mean([True, False, True]))
print(st.fmean(data), st.fmean([3.5, 4.0, 5.25]), st.fmean([85, 92, 83, 91], weights=[0.20, 0.20, 0.30, 0.30]))
print(st.geometric_mean([54, 24, 36]), st.harmonic_mean([40, 60]), st.harmonic_mean([2.5, 3, 10]), st.harmonic_mean([40, 60], weights=[5, 30]))
print(st.harmonic_mean([3]), st.harmonic_mean([0, 1]), st.harmonic_mean([F(1, 2), F(1, 3)]))
print(st.median([1, 3, 5]), st.median([1, 3, 5, 7]), st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]), st.median(data))
print(st.median_grouped([52, 52, 53, 54]), st.median_grouped([1, 3, 3, 5, 7]), st.median_grouped([1, 3, 3, 5, 7], interval=2), st.median_grouped([5]))
print(st.mode([1, 1, 2, 3, 3, 3, 3, 4]), st.mode(["red", "blue", "blue", "red", "green", "red", "red"]), st.mode("aabbbcc"), st.mode([1, 2, 2, 1]))
print(st.multimode("aabbbbccddddeeffffgg"), st.multimode(""), st.multimode([3, 3, 1]))
print(st.quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104], n=10))
print(st.quantiles(range(1, 11)), st.quantiles(range(1, 11), method="inclusive"), st.quantiles([1.5, 2.5], n=3), st.quantiles([1, 2], n=1))
print(st.variance(data), st.variance(ints), st.variance([1, 2, 3, 4]), st.variance([F(1, 6), F(1, 2), F(5, 3)]), st.variance([2, 4, 4, 4, 5, 5, 7, 9]))
print(st.pvariance(data), st.pvariance([2, 4, 4, 4, 5, 5, 7, 9]), st.pvariance([1, 2, 3, 4]), st.pvariance([F(1, 4), F(5, 4), F(1, 2)]), st.variance(data, 1.25))
print(st.stdev(data), st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.stdev([2, 4, 4, 4, 5, 5, 7, 9]), st.pstdev([2, 4, 4, 4, 5, 5, 7, 9]), st.pstdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]))
print(st.stdev([0.1, 0.2, 0.3, 0.4]), st.stdev(range(1000)), st.pstdev([1e100, 1e100 + 1e90, 1e100 - 1e90]), st.stdev([F(1, 3), F(2, 3)]))
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(st.covariance(x, y), st.covariance(x, [9, 8, 7, 6, 5, 4, 3, 2, 1]), st.correlation(x, x), st.correlation(x, [9, 8, 7, 6, 5, 4, 3, 2, 1]), st.correlation(x, y))
r = st.linear_regression([1972, 1990, 2009, 2021], [1, 4, 6, 9])
print(r, r.slope, r.intercept, round(r.slope * 2019 + r.intercept), st.linear_regression([1, 2, 3], [2, 4, 6], proportional=True))
n = st.NormalDist(100, 15)
print(n, n.mean, n.stdev, n.variance, n.median, n.mode, n.pdf(100), n.cdf(115), n.cdf(70), n.zscore(130))
print(n.inv_cdf(0.5), n.inv_cdf(0.975), n.inv_cdf(0.01), n.inv_cdf(1e-10), n.inv_cdf(0.9999999), n.quantiles(), [round(q, 1) for q in n.quantiles(10)])
print(st.NormalDist(2.4, 1.6).overlap(st.NormalDist(3.2, 2.0)), st.NormalDist(0, 1).overlap(st.NormalDist(1, 1)))
a, b = st.NormalDist(10, 3), st.NormalDist(5, 4)
print(a + b, a - b, a * 2, 2 * a, a / 2, -a, a + 1, 1 + a, 10 - a, a == st.NormalDist(10, 3), a == b, st.NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5]))
print(len(st.NormalDist(0, 1).samples(5, seed=42)))
for f, args in [(st.mean, ([],)), (st.median, ([],)), (st.mode, ([],)), (st.variance, ([1],)), (st.pvariance, ([],)), (st.stdev, ([3],)),
                (st.pstdev, ([],)), (st.quantiles, ([1],)), (st.harmonic_mean, ([-1, 2],)), (st.geometric_mean, ([0, 1],)),
                (st.fmean, ([],)), (st.covariance, ([1, 2], [1])), (st.correlation, ([1, 1, 1], [1, 2, 3])), (st.linear_regression, ([1, 1], [1, 2])),
                (st.NormalDist(0, 1).inv_cdf, (1.5,)), (st.NormalDist, (0, -1)), (st.harmonic_mean, ([],))]:
    try:
        print(f(*args))
    except st.StatisticsError as e:
        print("StatisticsError:", e)
try:
    st.mean(["a", "b"])
except TypeError as e:
    print("TypeError:", e)
try:
    st.quantiles([1, 2, 3], n=0)
except st.StatisticsError as e:
    print("StatisticsError:", e)
try:
    st.quantiles([1, 2, 3], method="middle")
except ValueError as e:
    print("ValueError:", e)
print(issubclass(st.StatisticsError, ValueError), st.mean([math.inf, 1]), math.isnan(st.mean([math.nan, 1])), st.median([3, 1, 2, math.inf]))
