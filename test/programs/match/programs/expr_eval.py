# A tiny expression language: parse to nested tuples, simplify with match, evaluate with an
# environment, and pretty-print.
def tokenize(src):
    out, i = [], 0
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit():
            j = i
            while j < len(src) and src[j].isdigit():
                j += 1
            out.append(("num", int(src[i:j])))
            i = j
        elif c.isalpha():
            j = i
            while j < len(src) and src[j].isalnum():
                j += 1
            out.append(("name", src[i:j]))
            i = j
        else:
            out.append(("op", c))
            i += 1
    return out

def parse(tokens):
    pos = 0
    def peek():
        return tokens[pos] if pos < len(tokens) else ("eof", None)
    def take():
        nonlocal pos
        tok = peek()
        pos += 1
        return tok
    def atom():
        match take():
            case ("num", n):
                return ("num", n)
            case ("name", "let"):
                name = take()[1]
                take()  # '='
                value = expr()
                match take():
                    case ("name", "in"):
                        pass
                    case tok:
                        raise SyntaxError(f"expected 'in', got {tok}")
                return ("let", name, value, expr())
            case ("name", v):
                return ("var", v)
            case ("op", "("):
                e = expr()
                take()
                return e
            case ("op", "-"):
                return ("neg", atom())
            case tok:
                raise SyntaxError(f"unexpected {tok}")
    def term():
        left = atom()
        while True:
            match peek():
                case ("op", "*" | "/" as op):
                    take()
                    left = (op, left, atom())
                case _:
                    return left
    def expr():
        left = term()
        while True:
            match peek():
                case ("op", ("+" | "-") as op):
                    take()
                    left = (op, left, term())
                case _:
                    return left
    return expr()

def simplify(e):
    match e:
        case (op, a, b):
            a, b = simplify(a), simplify(b)
            match (op, a, b):
                case ("+", ("num", 0), x) | ("+", x, ("num", 0)):
                    return x
                case ("*", ("num", 1), x) | ("*", x, ("num", 1)):
                    return x
                case ("*", ("num", 0), _) | ("*", _, ("num", 0)):
                    return ("num", 0)
                case ("-", x, y) if x == y:
                    return ("num", 0)
                case (op, ("num", x), ("num", y)) if op != "/":
                    return ("num", {"+": x + y, "-": x - y, "*": x * y}[op])
                case _:
                    return (op, a, b)
        case ("neg", ("neg", x)):
            return simplify(x)
        case ("neg", ("num", n)):
            return ("num", -n)
        case ("let", name, value, body):
            return ("let", name, simplify(value), simplify(body))
        case _:
            return e

def evaluate(e, env):
    match e:
        case ("num", n):
            return n
        case ("var", name):
            if name not in env:
                raise NameError(f"unbound variable {name}")
            return env[name]
        case ("neg", x):
            return -evaluate(x, env)
        case ("let", name, value, body):
            return evaluate(body, {**env, name: evaluate(value, env)})
        case ("/", a, b):
            return evaluate(a, env) // evaluate(b, env)
        case (("+" | "-" | "*") as op, a, b):
            x, y = evaluate(a, env), evaluate(b, env)
            match op:
                case "+":
                    return x + y
                case "-":
                    return x - y
                case "*":
                    return x * y
    raise ValueError(f"bad node {e!r}")

def show(e):
    match e:
        case ("num", n):
            return str(n)
        case ("var", v):
            return v
        case ("neg", x):
            return f"-{show(x)}"
        case ("let", name, value, body):
            return f"(let {name} = {show(value)} in {show(body)})"
        case (op, a, b):
            return f"({show(a)} {op} {show(b)})"

programs = [
    "1 + 2 * 3",
    "x * 1 + 0",
    "(a - a) * y + 7",
    "--4 + z * 0",
    "let k = 5 in k * k - 1",
    "let a = 2 in let b = a * 10 in b / a + a",
    "w / (3 - 3)",
    "1 + )",
    "let q = 1 q",
    "unknown + 1",
]
env = {"x": 6, "y": 4, "z": 9, "a": 3, "w": 8}
for src in programs:
    try:
        tree = parse(tokenize(src))
        simple = simplify(tree)
        print(f"{src!r:40} {show(simple):30} = {evaluate(simple, env)}")
    except (SyntaxError, ZeroDivisionError, NameError) as err:
        print(f"{src!r:40} error: {type(err).__name__}: {err}")
