# sys.exit("message"): message goes to stderr, exit status 1.
import sys
def check(config):
    if "name" not in config:
        sys.exit("fatal: configuration has no name")
    return config["name"]
print(check({"name": "ok"}))
print("checking second config")
check({})
print("never printed")
