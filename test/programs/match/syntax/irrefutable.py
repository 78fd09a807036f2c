# A capture pattern before other cases makes them unreachable: a compile-time SyntaxError.
print("never printed")

def handle(cmd):
    match cmd:
        case "quit":
            return 0
        case other:
            return 1
        case "help":
            return 2
