# A vending machine as a state machine: (state, event) pairs dispatched by one match, with
# states as small classes and events as tuples.
class Idle:
    __match_args__ = ()
    def __repr__(self):
        return "Idle()"

class Paying:
    __match_args__ = ("credit",)
    def __init__(self, credit):
        self.credit = credit
    def __repr__(self):
        return f"Paying({self.credit})"

class Vending:
    __match_args__ = ("item", "change")
    def __init__(self, item, change):
        self.item = item
        self.change = change
    def __repr__(self):
        return f"Vending({self.item!r}, {self.change})"

class OutOfOrder:
    __match_args__ = ("reason",)
    def __init__(self, reason):
        self.reason = reason
    def __repr__(self):
        return f"OutOfOrder({self.reason!r})"

PRICES = {"cola": 150, "chips": 100, "gum": 50}
COINS = (10, 20, 50, 100, 200)

def step(state, event):
    """Returns (new state, message)."""
    match state, event:
        case _, ("kick",):
            return OutOfOrder("kicked"), "CLUNK"
        case OutOfOrder(reason), ("repair", str(by)):
            return Idle(), f"repaired by {by} (was {reason})"
        case OutOfOrder(reason), _:
            return state, f"out of order: {reason}"
        case Idle() | Paying(), ("coin", int(c)) if c not in COINS:
            return state, f"rejected coin {c}"
        case Idle(), ("coin", c):
            return Paying(c), f"credit {c}"
        case Paying(credit), ("coin", c) if credit + c > 500:
            return state, f"too much money, returned {c}"
        case Paying(credit), ("coin", c):
            return Paying(credit + c), f"credit {credit + c}"
        case Paying(credit), ("select", item) if item not in PRICES:
            return state, f"no such item {item!r}"
        case Paying(credit), ("select", item) if credit < PRICES[item]:
            return state, f"{item} costs {PRICES[item]}, credit {credit}"
        case Paying(credit), ("select", item):
            return Vending(item, credit - PRICES[item]), f"vending {item}"
        case Paying(credit), ("cancel",):
            return Idle(), f"returned {credit}"
        case Vending(item, 0), ("take",):
            return Idle(), f"enjoy your {item}"
        case Vending(item, change), ("take",):
            return Idle(), f"enjoy your {item}, change {change}"
        case Idle(), ("select", item):
            return state, f"insert coins first for {item}"
        case (Idle() | Paying() | Vending()) as s, (name, *args):
            return s, f"ignored {name}{tuple(args) if args else ''} in {type(s).__name__}"

events = [
    ("select", "cola"), ("coin", 100), ("coin", 3), ("coin", 20), ("select", "tea"),
    ("select", "cola"), ("coin", 50), ("select", "cola"), ("cancel",), ("take",),
    ("coin", 200), ("coin", 200), ("coin", 200), ("select", "gum"), ("take",),
    ("coin", 50), ("kick",), ("coin", 50), ("repair", "bob"), ("coin", 100), ("cancel",),
    ("wave", 1, 2),
]
state = Idle()
for ev in events:
    state, msg = step(state, ev)
    print(f"{str(ev):22} {msg:40} -> {state}")
