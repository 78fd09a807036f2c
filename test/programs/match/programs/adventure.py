# A text adventure's command parser: commands are split into words and dispatched with sequence,
# or-, guard and class patterns against the game state.
class Room:
    __match_args__ = ("name", "exits", "items")
    def __init__(self, name, exits, items):
        self.name = name
        self.exits = exits
        self.items = items

class Player:
    def __init__(self, room):
        self.room = room
        self.inventory = []
        self.moves = 0

world = {
    "hall": Room("hall", {"north": "library", "east": "kitchen"}, ["umbrella"]),
    "library": Room("library", {"south": "hall"}, ["book", "candle"]),
    "kitchen": Room("kitchen", {"west": "hall", "down": "cellar"}, ["knife"]),
    "cellar": Room("cellar", {"up": "kitchen"}, []),
}
DIRECTIONS = {"n": "north", "s": "south", "e": "east", "w": "west", "u": "up", "d": "down"}

def look(room):
    match room:
        case Room(name, exits, []):
            return f"You are in the {name}. Exits: {', '.join(sorted(exits))}. Nothing here."
        case Room(name, exits, [item]):
            return f"You are in the {name}. Exits: {', '.join(sorted(exits))}. You see a {item}."
        case Room(name, exits, items):
            return f"You are in the {name}. Exits: {', '.join(sorted(exits))}. You see: {', '.join(items)}."

def execute(player, line):
    room = world[player.room]
    match line.lower().split():
        case []:
            return "Say something."
        case ["look"] | ["l"]:
            return look(room)
        case ["go", direction] | [("north" | "south" | "east" | "west" | "up" | "down") as direction]:
            pass
        case [("n" | "s" | "e" | "w" | "u" | "d") as short]:
            direction = DIRECTIONS[short]
        case ["take" | "get", "all"]:
            if not room.items:
                return "There is nothing to take."
            taken, room.items = room.items, []
            player.inventory.extend(taken)
            return f"Taken: {', '.join(taken)}."
        case ["take" | "get", item] if item in room.items:
            room.items.remove(item)
            player.inventory.append(item)
            return f"You take the {item}."
        case ["take" | "get", item]:
            return f"There is no {item} here."
        case ["drop", *items] if items:
            dropped = []
            for item in items:
                match item:
                    case str(x) if x in player.inventory:
                        player.inventory.remove(x)
                        room.items.append(x)
                        dropped.append(x)
            return f"Dropped: {', '.join(dropped) or 'nothing'}."
        case ["inventory" | "i"]:
            match player.inventory:
                case []:
                    return "You carry nothing."
                case [only]:
                    return f"You carry a {only}."
                case [*most, last]:
                    return f"You carry {', '.join(most)} and {last}."
        case ["use", "candle"] if player.room == "cellar" and "candle" in player.inventory:
            return "The candle lights up a hidden door!"
        case ["use", thing, "on" | "with", target]:
            return f"You use the {thing} on the {target}. Nothing happens."
        case ["quit" | "exit", *_]:
            return None
        case [verb, *args]:
            return f"I don't know how to {verb}{' ' + ' '.join(args) if args else ''}."
    if direction not in room.exits:
        return f"You can't go {direction}."
    player.room = room.exits[direction]
    player.moves += 1
    return look(world[player.room])

script = [
    "look", "take umbrella", "take sword", "go north", "get all", "i", "s", "e", "take knife",
    "drop knife book", "inventory", "up", "d", "use candle", "use knife on door", "",
    "dance wildly", "jump", "look", "quit now", "never reached",
]
player = Player("hall")
for line in script:
    reply = execute(player, line)
    print(f"> {line}")
    if reply is None:
        print("Bye!")
        break
    print(reply)
print("moves:", player.moves, "room:", player.room, "carrying:", player.inventory)
