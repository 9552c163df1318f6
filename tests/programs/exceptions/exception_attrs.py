class HttpError(Exception):
    def __init__(self, status, reason):
        super().__init__(status, reason)
        self.status = status
        self.reason = reason
    def __str__(self):
        return f"{self.status} {self.reason}"
try:
    raise HttpError(404, "Not Found")
except HttpError as e:
    print(e, e.status, e.args, repr(e.reason))
e = KeyError("key")
e.extra = 42
print(e.extra, str(e), e.args)
err = ValueError()
print(repr(err), str(err) == "", err.args)
