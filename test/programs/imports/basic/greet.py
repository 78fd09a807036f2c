# module: imported by the programs next to it
print('greet: body runs once, as', __name__)
GREETING = 'hello'
counter = 0

def greet(name):
    global counter
    counter += 1
    return f'{GREETING}, {name}!'

class Greeter:
    def __init__(self, who):
        self.who = who
    def __repr__(self):
        return f'Greeter({self.who!r})'
