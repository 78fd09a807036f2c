# An uncaught inconsistent-MRO TypeError: the traceback points at the class statement.
class Base:
    pass


class Left(Base):
    pass


class Right(Base):
    pass


class LR(Left, Right):
    pass


print([c.__name__ for c in LR.__mro__])


class RL(Right, Left):
    pass


print([c.__name__ for c in RL.__mro__])


class Broken(LR, RL):
    pass
