# sys.exit() with no argument / None / 0 exits with status 0; finally blocks run.
import sys
print("start")
try:
    sys.exit()
except SystemExit as e:
    print("caught SystemExit, code =", e.code)
try:
    sys.exit(None)
except SystemExit as e:
    print("caught, code =", e.code)
try:
    sys.exit(0)
except SystemExit as e:
    print("caught, code =", e.code)
try:
    sys.exit(7)
except SystemExit as e:
    print("caught, code =", e.code, e.args)
try:
    sys.exit("text")
except SystemExit as e:
    print("caught, code =", repr(e.code))
def cleanup():
    try:
        sys.exit()
    finally:
        print("finally runs during exit")
try:
    cleanup()
except BaseException as e:
    print("SystemExit is a BaseException:", type(e).__name__)
try:
    sys.exit(0)
except Exception:
    print("not caught by Exception")
except SystemExit:
    print("only by SystemExit/BaseException")
print("exiting for real")
try:
    sys.exit(None)
finally:
    print("last finally")
print("never printed")
