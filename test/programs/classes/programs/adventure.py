# A text-adventure state machine: Room objects linked by exits, Item objects with a use()
# hook overridden in subclasses, a Player whose state changes with commands, a Game class
# dispatching commands to do_<verb> methods via getattr, and a scripted list of inputs.
class Item:
    def __init__(self, name, description):
        self.name = name
        self.description = description

    def use(self, game):
        return 'You wave the ' + self.name + ' around. Nothing happens.'


class Key(Item):
    def __init__(self, name, opens):
        super().__init__(name, 'a small brass key')
        self.opens = opens

    def use(self, game):
        room = game.player.room
        for direction, (target, locked_by) in room.exits.items():
            if locked_by == self.opens:
                room.exits[direction] = (target, None)
                return 'You unlock the door to the ' + direction + '.'
        return 'There is nothing to unlock here.'


class Lamp(Item):
    def __init__(self):
        super().__init__('lamp', 'an oil lamp')
        self.lit = False

    def use(self, game):
        self.lit = not self.lit
        return 'The lamp is now ' + ('lit' if self.lit else 'dark') + '.'


class Room:
    def __init__(self, name, dark=False):
        self.name = name
        self.dark = dark
        self.exits = {}
        self.items = []

    def connect(self, direction, other, back, locked_by=None):
        self.exits[direction] = (other, locked_by)
        other.exits[back] = (self, locked_by)

    def describe(self, lamp_lit):
        if self.dark and not lamp_lit:
            return 'It is pitch dark.'
        text = 'You are in the ' + self.name + '.'
        if self.items:
            text += ' You see: ' + ', '.join([i.name for i in self.items]) + '.'
        return text + ' Exits: ' + ', '.join(sorted(self.exits)) + '.'


class Player:
    def __init__(self, room):
        self.room = room
        self.inventory = {}
        self.moves = 0

    def has_light(self):
        lamp = self.inventory.get('lamp')
        return lamp is not None and lamp.lit


class Game:
    def __init__(self):
        hall = Room('hall')
        library = Room('library')
        cellar = Room('cellar', dark=True)
        vault = Room('vault')
        hall.connect('north', library, 'south')
        hall.connect('down', cellar, 'up')
        cellar.connect('east', vault, 'west', locked_by='vault')
        hall.items.append(Lamp())
        library.items.append(Key('key', 'vault'))
        library.items.append(Item('book', 'a dusty book'))
        vault.items.append(Item('gold', 'a pile of gold'))
        self.player = Player(hall)
        self.state = 'playing'

    def handle(self, line):
        words = line.split()
        verb = words[0]
        handler = getattr(self, 'do_' + verb, None)
        if handler is None:
            return "I don't know how to " + verb + '.'
        self.player.moves += 1
        return handler(*words[1:])

    def do_look(self):
        return self.player.room.describe(self.player.has_light())

    def do_go(self, direction):
        exit_ = self.player.room.exits.get(direction)
        if exit_ is None:
            return 'You cannot go ' + direction + '.'
        target, locked_by = exit_
        if locked_by is not None:
            return 'The door is locked.'
        self.player.room = target
        return self.do_look()

    def do_take(self, name):
        room = self.player.room
        if room.dark and not self.player.has_light():
            return 'You fumble in the dark.'
        for item in room.items:
            if item.name == name:
                room.items.remove(item)
                self.player.inventory[name] = item
                if name == 'gold':
                    self.state = 'won'
                return 'Taken: ' + item.description + '.'
        return 'There is no ' + name + ' here.'

    def do_use(self, name):
        item = self.player.inventory.get(name)
        if item is None:
            return 'You do not have a ' + name + '.'
        return item.use(self)

    def do_inventory(self):
        return 'You carry: ' + (', '.join(sorted(self.player.inventory)) or 'nothing') + '.'


game = Game()
script = ['look', 'take lamp', 'go down', 'look', 'use lamp', 'look', 'go east', 'go up',
          'go north', 'take key', 'take book', 'use book', 'inventory', 'go south', 'go down',
          'use key', 'go east', 'dance', 'take gold', 'inventory']
for command in script:
    print('>', command)
    print(game.handle(command))
    if game.state == 'won':
        print('*** You won in', game.player.moves, 'moves! ***')
        break
print(type(game.player.inventory['key']).__name__, isinstance(game.player.inventory['lamp'], Item))
