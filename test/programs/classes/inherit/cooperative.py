# Cooperative multiple inheritance: every class calls super(), keyword arguments are consumed
# level by level, and mixins are layered around a core method in MRO order.
class Base:
    def __init__(self, **kwargs):
        if kwargs:
            print('leftover kwargs:', sorted(kwargs))
        super().__init__()

    def process(self, data):
        return data


class Upper(Base):
    def __init__(self, upper=True, **kwargs):
        self.upper = upper
        super().__init__(**kwargs)

    def process(self, data):
        data = super().process(data)
        return data.upper() if self.upper else data


class Strip(Base):
    def __init__(self, chars=' ', **kwargs):
        self.chars = chars
        super().__init__(**kwargs)

    def process(self, data):
        return super().process(data.strip(self.chars))


class Tag(Base):
    def __init__(self, tag='p', **kwargs):
        self.tag = tag
        super().__init__(**kwargs)

    def process(self, data):
        return '<' + self.tag + '>' + super().process(data) + '</' + self.tag + '>'


class Pipeline(Tag, Upper, Strip):
    pass


print([c.__name__ for c in Pipeline.__mro__])
p = Pipeline(tag='b', chars='* ', upper=True)
print(p.process('** hello world *'))
p2 = Pipeline(upper=False)
print(p2.process('  mixed Case  '))
p3 = Pipeline(colour='red', tag='i')
print(p3.process('x'))


class Reordered(Strip, Tag, Upper):
    pass


print([c.__name__ for c in Reordered.__mro__])
print(Reordered(tag='em').process('  data  '))


# Logging the call order of a cooperative method across a diamond.
class Root:
    def setup(self, log):
        log.append('Root')
        return log


class A(Root):
    def setup(self, log):
        log.append('A')
        return super().setup(log)


class B(Root):
    def setup(self, log):
        log.append('B')
        return super().setup(log)


class C(A, B):
    def setup(self, log):
        log.append('C')
        return super().setup(log)


class D(B):
    def setup(self, log):
        log.append('D')
        return super().setup(log)


class E(C, D):
    def setup(self, log):
        log.append('E')
        return super().setup(log)


print(C().setup([]))
print(E().setup([]))
print([k.__name__ for k in E.__mro__])
