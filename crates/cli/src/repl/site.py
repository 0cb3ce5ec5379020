# The interactive helpers CPython's `site` module adds to builtins:
# exit, quit, help, copyright, credits and license. Run once when the REPL
# starts, as module `_sitebuiltins` (the module CPython defines them in);
# the REPL copies the names below into builtins unless they are already there.

import sys

if not hasattr(sys, "ps1"):
    sys.ps1 = ">>> "
if not hasattr(sys, "ps2"):
    sys.ps2 = "... "


class Quitter(object):
    def __init__(self, name, eof):
        self.name = name
        self.eof = eof

    def __repr__(self):
        return "Use %s() or %s to exit" % (self.name, self.eof)

    def __call__(self, code=None):
        raise SystemExit(code)


class _Printer(object):
    def __init__(self, name, text, short=None):
        self.name = name
        self.text = text
        self.short = short

    def __repr__(self):
        if self.short is not None:
            return self.short
        return self.text

    def __call__(self):
        print(self.text)


class _Helper(object):
    def __repr__(self):
        return ("Type help() for interactive help, "
                "or help(object) for help about object.")

    def __call__(self, *args, **kwds):
        if not args:
            print("Interactive help is not available in Stitch; "
                  "use help(object) for help about an object.")
            return
        obj = args[0]
        name = getattr(obj, "__qualname__", None) or getattr(obj, "__name__", None)
        if isinstance(obj, type):
            what = "class %s" % name
        elif name is not None and callable(obj):
            what = "function %s" % name
        else:
            what = "%s object" % type(obj).__name__
        doc = getattr(obj, "__doc__", None)
        print("Help on %s:\n" % what)
        print(doc if isinstance(doc, str) and doc else "(no documentation)")


exit = Quitter("exit", "Ctrl-D (i.e. EOF)")
quit = Quitter("quit", "Ctrl-D (i.e. EOF)")
help = _Helper()
copyright = _Printer(
    "copyright",
    "Copyright (c) the Stitch developers.\n"
    "Python is Copyright (c) 2001-2023 Python Software Foundation.",
)
credits = _Printer(
    "credits",
    "Thanks to the Python Software Foundation and the Python community,\n"
    "and to the Ruff project, whose parser Stitch uses.",
)
license = _Printer(
    "license",
    "Stitch is distributed under the MIT license.\n"
    "Python itself is distributed under the PSF License Agreement.",
    "Type license() to see the full license text",
)
