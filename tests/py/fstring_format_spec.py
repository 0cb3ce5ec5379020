# Format specifications: fill, align, sign, width, precision, types.
vals = [0, 7, -7, 123456, -0.0, 3.14159, -2.5, 1e-7, 1.5e300, 12345.6789]
for v in vals:
    print(f"[{v:10}] [{v:<10}] [{v:>10}] [{v:^10}] [{v:+}] [{v: }]")
for v in vals:
    print(f"[{v:e}] [{v:.3e}] [{v:g}] [{v:.3g}] [{v:%}] [{v:.1%}] [{v:f}] [{v:010.2f}]")
for v in [0, 255, -255, 2 ** 40]:
    print(f"{v:x} {v:#X} {v:o} {v:#b} {v:08x} {v:+d} {v:=+10} {v:*^12} {v:c}" if 0 <= v < 256 else f"{v:x} {v:#X} {v:o} {v:#b} {v:08x} {v:+d} {v:=+10} {v:*^12}")
for s in ["", "a", "hello", "héllo wörld"]:
    print(f"[{s:10}] [{s:>10}] [{s:^10}] [{s:-<10}] [{s:.3}] [{s:>8.2}]")
print(f"{1234567:,d} {1234567:_d} {1234567.5:,.1f} {0xdeadbeef:_x}")
print(f"{True:d} {True:>5} {True!s:>5} {False:x}")
print(f"{3.0:g} {3.5:g} {1e20:g} {1e-5:g} {123456789.0:g} {0.0001:g} {1e16:.0f}")
print(f"{2.5:.0f} {3.5:.0f} {0.125:.2f} {0.375:.2f} {1.005:.2f}")
print(f"{float('nan'):f} {float('inf'):e} {float('-inf'):g} {float('nan'):+} {float('inf'):10}|")
print(f"{42:n} {4.5:n}")
print(f"{'x':=^9}", f"{7:0>4}", f"{-7:0>4}", f"{-7:04}", f"{7:04}")
print(format(3.14159, ".2f"), format(10, "x"), format("s", ">3"), format(12), format(-1.5))
for bad in ["d", "x"]:
    try:
        print(format(1.5, bad))
    except ValueError as e:
        print("ValueError:", e)
try:
    f"{'s':d}"
except ValueError as e:
    print("ValueError:", e)
try:
    format(5, ".2s")
except ValueError as e:
    print("ValueError:", e)
try:
    format(5, "=10s")
except ValueError as e:
    print("ValueError:", e)
print(f"{12345.678:e}", f"{0.000012345:.2e}", f"{-1e100:.3E}")
print(f"{100:%}", f"{0.5:.0%}")
print(format(1e16), format(1e15), format(123456789012345678.0), format(0.1, ".20f"))
print(f"{1/3:.15f}", f"{2/3:.16g}", f"{2/3:.17g}", f"{2**0.5:.30f}")
