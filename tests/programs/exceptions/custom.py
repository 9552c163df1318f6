class AppError(Exception):
    pass
class ConfigError(AppError):
    def __init__(self, key, msg="bad"):
        super().__init__(f"{key}: {msg}")
        self.key = key
try:
    raise ConfigError("port")
except AppError as e:
    print(type(e).__name__, e, e.key, e.args, isinstance(e, Exception))
try:
    raise AppError
except AppError as e:
    print(repr(e), str(e) == "")
e = ValueError("a", 1)
print(e, repr(e), e.args)
raise ConfigError("speed", "too fast")
