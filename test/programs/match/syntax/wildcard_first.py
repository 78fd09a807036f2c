# `case _` must be the last case (or have a guard).
def f(x):
    match x:
        case _ if x:
            pass
        case (_):
            pass
        case 1:
            pass
