# if __name__ == "__main__": and module-level dunders.
print(__name__)
print(type(__builtins__).__name__ in ("module", "dict"))
print(__doc__)
def main():
    print("main() running")
    return 0
if __name__ == "__main__":
    rc = main()
    print("rc", rc)
else:
    print("imported")
import mod_helper
print(mod_helper.__name__, mod_helper.__name__ == "__main__")
print("__file__" in dir(), __file__.endswith("main_guard.py"))
print([k in globals() for k in ("__name__", "__doc__", "__builtins__", "__file__")])
