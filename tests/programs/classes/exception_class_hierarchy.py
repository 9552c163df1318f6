class AppError(Exception):
    code = 1
class NetError(AppError):
    code = 2
class Timeout(NetError):
    code = 3
for exc in [AppError, NetError, Timeout, ValueError]:
    try:
        raise exc("x")
    except Timeout as e:
        print("timeout", e.code)
    except NetError as e:
        print("net", e.code)
    except AppError as e:
        print("app", e.code)
    except Exception as e:
        print("other", type(e).__name__)
print(issubclass(Timeout, AppError), isinstance(Timeout(), Exception))
