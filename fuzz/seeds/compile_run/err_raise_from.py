# Uncaught exception with an explicit cause (raise ... from ...).
class ConfigError(Exception):
    pass
def load(settings, key):
    try:
        return int(settings[key])
    except KeyError as e:
        raise ConfigError(f"missing setting {key!r}") from e
settings = {"port": "8080"}
print("port", load(settings, "port"))
print("loading timeout")
load(settings, "timeout")
