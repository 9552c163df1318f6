class ConfigError(Exception):
    pass
def load(name):
    if not name.endswith(".cfg"):
        raise ConfigError(f"not a config file: {name}")
    return {}
print(load("a.cfg"))
load("readme.txt")
