# A connection modelled as a state machine whose states are classes: a transition assigns
# self.__class__, so the same object (same identity, same __dict__) answers with the methods of
# its new state; illegal transitions raise; isinstance() tells the state; a subclass of a state
# shares its transitions; the history is kept in the instance dict across class changes.
class InvalidTransition(Exception):
    pass


class State:
    allowed = ()

    def goto(self, new):
        if new not in self.allowed:
            raise InvalidTransition(type(self).__name__ + ' -> ' + new.__name__)
        self.history.append(new.__name__)
        self.__class__ = new
        return self

    def __repr__(self):
        return '<' + type(self).__name__ + ' ' + self.host + '>'

    def send(self, data):
        raise InvalidTransition('cannot send while ' + type(self).__name__.lower())


class Closed(State):
    def open(self):
        return self.goto(Opening)


class Opening(State):
    def established(self):
        return self.goto(Open)

    def fail(self):
        return self.goto(Closed)


class Open(State):
    def send(self, data):
        self.sent.append(data)
        return len(data)

    def close(self):
        return self.goto(Closed)

    def secure(self):
        return self.goto(SecureOpen)


class SecureOpen(Open):
    def send(self, data):
        return super().send('enc(' + data + ')')


Closed.allowed = (Opening,)
Opening.allowed = (Open, Closed)
Open.allowed = (Closed, SecureOpen)
SecureOpen.allowed = (Closed,)


def connect(host):
    c = Closed.__new__(Closed)
    c.host, c.history, c.sent = host, ['Closed'], []
    return c


conn = connect('example.org')
ident = id(conn)
print(conn, isinstance(conn, State), isinstance(conn, Open))
conn.open().established()
print(conn, conn.send('hello'), isinstance(conn, Open))
conn.secure()
print(conn, conn.send('secret'), isinstance(conn, Open), isinstance(conn, SecureOpen))
print(conn.sent, id(conn) == ident)
for action in ('open', 'send', 'close', 'send', 'established'):
    try:
        r = getattr(conn, action)('x') if action == 'send' else getattr(conn, action)()
        print(action, '->', r)
    except InvalidTransition as e:
        print(action, 'InvalidTransition:', e)
    except AttributeError as e:
        print(action, 'AttributeError:', e)
print(conn.history, sorted(vars(conn)))

# Many connections through the same states: each keeps its own state.
conns = [connect('h' + str(i)) for i in range(4)]
for i, c in enumerate(conns):
    c.open()
    if i % 2:
        c.established()
    if i == 3:
        c.close()
print([type(c).__name__ for c in conns], [len(c.history) for c in conns])
