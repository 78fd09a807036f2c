# String literal patterns: case sensitivity, escapes, unicode, concatenation, str subclasses.
class Name(str):
    pass

def greet(word):
    match word:
        case "hi" | "hello" | "hey":
            return "greeting"
        case "bye" | "goodbye":
            return "farewell"
        case "caf\u00e9":
            return "coffee"
        case "tab\there":
            return "tab"
        case 'quote"s':
            return "quotes"
        case """multi
line""":
            return "multiline"
        case "日本":
            return "japan"
        case _:
            return "unknown"

for w in ["hi", "HI", "hey", "goodbye", "café", "cafe", "tab\there", 'quote"s', "multi\nline",
          "日本", Name("hello"), Name("other"), 5]:
    print(repr(w), greet(w))

# The subject is evaluated once, even with many cases.
calls = 0
def subject():
    global calls
    calls += 1
    return "z"

match subject():
    case "a":
        pass
    case "b":
        pass
    case "z":
        print("z after", calls, "call")
