# Objects still referenced by the module when the program ends are finalized while the module is
# torn down: an error in their __del__ is reported then, after all the program's output, and
# (as in CPython, which can no longer read source files at that point) the traceback shows the
# frames without their source lines. Objects freed earlier report with source lines. (The
# finalizer uses no other global: CPython runs it while the whole namespace is still intact,
# pyrite while it clears the namespace in order.)
class Reporter:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return '<reporter ' + self.name + '>'

    def __call__(self):
        print('finalizing', self.name)
        self.release()

    def release(self):
        raise LookupError('cannot release ' + self.name)


class Holder:
    def __init__(self, name):
        self.__del__ = None  # an instance attribute is not the finalizer
        type(self).__del__ = Reporter(name)


early = Holder('early')
early = None
late = Holder('late')
print('program done')
