# printf-style %-formatting with all common conversions and flags.
print("%s %s %s" % ("str", 1, [1, 2]))
print("%r %r %r" % ("str", 1.5, None))
print("%a" % ("héllo",))
print("%d %i %d %d" % (42, -42, 3.99, True))
print("%5d|%-5d|%05d|%+d|% d|%+05d" % (42, 42, 42, 42, 42, -42))
print("%f %.2f %10.3f|%-10.1f|%010.4f %+.1f" % (3.14159, 3.14159, 3.14159, 3.14159, -3.14159, 2.0))
print("%e %.2e %E %.0e" % (12345.678, 0.000123, 1e100, 5.5))
print("%g %g %g %g %G %.3g %g" % (0.0001, 0.00001, 123456, 1234567, 1e-10, 3.14159, 100.0))
print("%x %X %#x %#X %o %#o %08x" % (255, 255, 255, 255, 8, 8, 3054))
print("%x %o" % (-255, -8))
print("%c%c%c %c" % (72, 105, 33, "z"))
print("100%% sure, %d%%" % 50)
print("%s" % "single", "%s" % (("tuple",),), "%s" % [1, 2])
print("%(name)s is %(age)d years, %(name)r again" % {"name": "Ann", "age": 30})
print("%(x).2f|%(x)10.1f|%(y)x" % {"x": 2.71828, "y": 255})
print("%*d|%-*d|%.*f" % (6, 42, 6, 42, 2, 3.14159))
print("%s and %s" % (True, None), "%d" % True, "%.3s" % "abcdef", "%10.2s|" % "xyz")
print("%d" % 2 ** 100, "%x" % 2 ** 70, "%.1f" % 2 ** 60)
print("%.0f %.0f %.0f %.0f" % (0.5, 1.5, 2.5, -0.5))
print("%f %f %f" % (float("inf"), float("-inf"), float("nan")))
print("%5s|%-5s|%5r" % ("ab", "ab", "ab"))
print("%i%%" % 7, "%%s", "%s%%%s" % (1, 2))
print("no args" % ())
print("%s" % ((),))
errors = [
    ("%d", "str"),
    ("%d %d", (1,)),
    ("%d", (1, 2)),
    ("%z", 1),
    ("%c", 1114112),
    ("%c", "ab"),
    ("%(k)s", 5),
    ("%(k)s", {"j": 1}),
    ("%x", 1.5),
    ("%s %s", 1),
]
for fmt, arg in errors:
    try:
        print(fmt % arg)
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
print("%s" % {"a": 1}, "%(a)s" % {"a": [1]})
print("%-8s|%8s|" % ("left", "right"))
print("%.3d|%5.3d" % (7, 7))
print("%#.3g|%#x|%#o" % (1.0, 0, 0))
