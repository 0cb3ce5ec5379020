import math
import statistics
from statistics import (mean, fmean, geometric_mean, harmonic_mean, median, median_low,
                        median_high, median_grouped, mode, multimode, quantiles, variance,
                        pvariance, stdev, pstdev, covariance, correlation, linear_regression,
                        StatisticsError)
from fractions import Fraction


def attempt(f, *args, **kw):
    try:
        print('ok', repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)


ints = [1, 2, 3, 4, 4]
floats = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
tenths = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7]
fracs = [Fraction(1, 2), Fraction(3, 4), Fraction(5, 8), Fraction(-1, 3)]
mixed = [1, 2.5, Fraction(1, 4), 3]
big = [1e16, 1.0, -1e16, 3.0]

for data in (ints, floats, tenths, fracs, mixed, big, [7], [True, False, True], range(10)):
    print('data', data)
    for f in (mean, fmean, median, median_low, median_high, median_grouped, mode):
        attempt(f, data)
    for f in (variance, pvariance, stdev, pstdev):
        attempt(f, data)

print(mean([0.1] * 10), fmean([0.1] * 10), sum([0.1] * 10) / 10)
print(mean([1e100, 1.0, -1e100]), fmean([1e100, 1.0, -1e100]))
print(mean(x / 7 for x in range(100)), variance(x / 7 for x in range(100)))
print(repr(mean([1, 2])), repr(mean([1, 3])), repr(mean([Fraction(1, 3), 1])))
print(variance([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), pvariance([0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25]))
print(stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), pstdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]))
print(variance([20, 21, 23, 28]), pvariance([20, 21, 23, 28]), stdev([20, 21, 23, 28]), pstdev([20, 21, 23, 28]))
print(variance([1, 2, 3, 4], 2.5), pvariance([1, 2, 3, 4], mu=2), stdev([1.0, 3.0], 2), pstdev([2, 4], 3))
print(variance([Fraction(1, 6), Fraction(1, 2), Fraction(5, 3)]), pvariance([Fraction(1, 4), Fraction(5, 4), Fraction(1, 2)]))
print(stdev([10 ** 20, 10 ** 20 + 1, 10 ** 20 + 3]), pstdev([1e-200, 3e-200]), stdev([1e200, -1e200]))
print(mean([float('inf'), 1.0]), variance([float('nan'), 1.0, 2.0]), mean([float('inf'), -float('inf')]))
attempt(stdev, [float('inf'), 1.0])

# geometric / harmonic
print(geometric_mean([54, 24, 36]), geometric_mean([2.5, 8.5, 1.25]), geometric_mean([1e-300, 1e300]))
print(harmonic_mean([40, 60]), harmonic_mean([2.5, 3, 10]), harmonic_mean([40, 60], weights=[5, 30]))
print(harmonic_mean([Fraction(1, 2), Fraction(1, 3)]), harmonic_mean([5]), harmonic_mean([0, 4]), harmonic_mean([1.5, 0.0]))
attempt(geometric_mean, [])
attempt(geometric_mean, [1, -1])
attempt(geometric_mean, [0, 1])
attempt(harmonic_mean, [])
attempt(harmonic_mean, [-1])
attempt(harmonic_mean, [1, -2])
attempt(harmonic_mean, ['a'])
attempt(harmonic_mean, [1, 2], weights=[1])
attempt(harmonic_mean, [1, 2], weights=[0, 0])

# fmean with weights
print(fmean([3.5, 4.0, 5.25]), fmean([85, 92, 83, 91], weights=[0.20, 0.20, 0.30, 0.30]), fmean(iter([1, 2, 4])))
attempt(fmean, [1, 2], [1])
attempt(fmean, [1, 2], [1, -1])
attempt(fmean, [])
attempt(fmean, iter([]))

# medians
print(median([1, 3, 5]), median([1, 3, 5, 7]), median([1.5, 2]), median([Fraction(1, 2), Fraction(3, 2)]))
print(median_low([1, 3, 5, 7]), median_high([1, 3, 5, 7]), median_low('cab'), median_high(['b', 'a']))
print(median_grouped([52, 52, 53, 54]), median_grouped([1, 3, 3, 5, 7]), median_grouped([1, 3, 3, 5, 7], interval=2))
print(median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]), median_grouped([20, 20, 30, 30, 30], 10))
for f in (median, median_low, median_high, median_grouped):
    attempt(f, [])
attempt(median_grouped, ['a', 'b'])

# modes
print(mode([1, 1, 2, 3, 3, 3, 3, 4]), mode(["red", "blue", "blue", "red", "green", "red", "red"]))
print(mode('aabbbcc'), mode([1, 2, 2, 1]), mode([(1, 2), (1, 2), (3,)]))
print(multimode('aabbbbccddddeeffffgg'), multimode(''), multimode([3, 1, 2]), multimode([1.0, 1, True]))
attempt(mode, [])
attempt(mode, [[1], [2]])

# quantiles
data = [105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129,
        106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95,
        103, 107, 101, 81, 109, 104]
print([round(q, 1) for q in quantiles(data, n=10)])
print(quantiles(data), quantiles(data, method='inclusive'), quantiles(data, n=1))
print(quantiles([1, 2], n=5), quantiles([1.5, 2.5, 9.0], n=3, method='inclusive'), quantiles(range(7), n=6))
print(quantiles([Fraction(1, 3), Fraction(2, 3), 1], n=4))
attempt(quantiles, [1, 2], n=0)
attempt(quantiles, [1])
attempt(quantiles, [1, 2, 3], method='bogus')

# two-variable
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
z = [9, 8, 7, 6, 5, 4, 3, 2, 1]
print(covariance(x, y), covariance(z, x), covariance(x, [0.5 * v for v in x]))
print(correlation(x, x), correlation(x, z), correlation(x, y), correlation([1.5, 2.5, 4.0], [2.0, 1.0, 7.5]))
print(linear_regression(x, y), linear_regression([1, 2, 3], [2.0, 4.0, 6.5], proportional=True))
lr = linear_regression([1971, 1975, 1979, 1982, 1983], [1, 2, 3, 4, 5])
print(lr.slope, lr.intercept, round(lr.slope * 2019 + lr.intercept))
attempt(covariance, [1, 2], [1])
attempt(covariance, [1], [1])
attempt(correlation, [1, 1, 1], [1, 2, 3])
attempt(correlation, [1], [2])
attempt(linear_regression, [2, 2], [1, 3])
attempt(linear_regression, [1, 2, 3], [1, 2])

# errors
attempt(mean, [])
attempt(variance, [1])
attempt(stdev, [])
attempt(pvariance, [])
attempt(pstdev, [])
attempt(mean, ['a', 'b'])
attempt(mean, [1, 'x'])
print(issubclass(StatisticsError, ValueError), StatisticsError.__name__, StatisticsError.__module__)
try:
    mean([])
except ValueError as e:
    print('caught as ValueError:', e)
