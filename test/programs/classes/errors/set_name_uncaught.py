# An exception raised by __set_name__ while a class is created, uncaught: CPython 3.11 reports
# the original error, then "The above exception was the direct cause", then the RuntimeError
# that names the attribute, its type and the class.
class Positive:
    def __set_name__(self, owner, name):
        if not name.startswith('p_'):
            raise NameError('field names must start with p_, got ' + name)
        self.name = name


class Fine:
    p_count = Positive()


print('Fine created:', Fine.p_count.name)


class Broken:
    p_ok = Positive()
    total = Positive()
