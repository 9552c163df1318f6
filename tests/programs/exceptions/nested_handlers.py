log = []
try:
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            log.append("inner")
            raise ValueError("from inner")
        finally:
            log.append("inner finally")
    except ValueError as e:
        log.append("middle " + str(e))
        raise
    finally:
        log.append("middle finally")
except ValueError:
    log.append("outer")
print(log)
