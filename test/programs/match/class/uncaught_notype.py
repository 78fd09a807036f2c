# An uncaught TypeError: the name in a class pattern is not bound to a class.
def dispatch(msg, handlers):
    for h in handlers:
        match msg:
            case h():
                return h
    return None

class Ping:
    pass

print(dispatch(Ping(), [Ping]).__name__)
print(dispatch(Ping(), ["Ping"]))
