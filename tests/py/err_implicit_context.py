# Uncaught exception raised while handling another (implicit __context__).
def cleanup(resource):
    print("cleaning up", resource)
    raise RuntimeError("cleanup failed for " + resource)
def work():
    try:
        print("working")
        [1, 2, 3][10]
    except IndexError:
        cleanup("db")
work()
