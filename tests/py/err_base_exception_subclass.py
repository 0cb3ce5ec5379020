# Uncaught exception whose class derives directly from BaseException.
class Abort(BaseException):
    def __init__(self, code):
        super().__init__(f"aborted with code {code}")
try:
    raise Abort(1)
except Exception:
    print("not caught by Exception")
except BaseException as e:
    print("caught first:", e)
print("raising again, uncaught")
raise Abort(2)
