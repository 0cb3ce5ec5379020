# raise SystemExit(4) directly; exit status 4.
print("before")
def stop():
    raise SystemExit(4)
try:
    stop()
except Exception:
    print("not caught by Exception")
finally:
    print("finally runs")
