# A calculator: a character-level tokenizer written as a match over (state, char) and a
# shunting-yard evaluator whose operator table is matched too.
def char_class(c):
    match c:
        case "0" | "1" | "2" | "3" | "4" | "5" | "6" | "7" | "8" | "9":
            return "digit"
        case ".":
            return "dot"
        case " " | "\t":
            return "space"
        case "+" | "-" | "*" | "/" | "%" | "^":
            return "op"
        case "(" | ")":
            return "paren"
        case c if c.isalpha() or c == "_":
            return "alpha"
        case _:
            return "bad"

def tokenize(text):
    tokens, buf, state = [], "", "start"
    for i, c in enumerate(text + " "):
        cls = char_class(c)
        match state, cls:
            case "int", "digit" | "dot" if not (cls == "dot" and "." in buf):
                buf += c
                if cls == "dot":
                    state = "float"
                continue
            case "float", "digit":
                buf += c
                continue
            case "float", "dot":
                raise ValueError(f"second '.' at {i}")
            case "name", "alpha" | "digit":
                buf += c
                continue
            case "int", _:
                tokens.append(("num", int(buf)))
            case "float", _:
                tokens.append(("num", float(buf)))
            case "name", _:
                tokens.append(("name", buf))
        buf, state = "", "start"
        match cls:
            case "digit" | "dot":
                buf, state = c, "float" if cls == "dot" else "int"
            case "alpha":
                buf, state = c, "name"
            case "op" | "paren":
                tokens.append((cls, c))
            case "space":
                pass
            case "bad":
                raise ValueError(f"bad character {c!r} at {i}")
    return tokens

def info(op):
    match op:
        case "+" | "-":
            return 1, "left"
        case "*" | "/" | "%":
            return 2, "left"
        case "^":
            return 3, "right"
        case "neg":
            return 4, "right"

def to_rpn(tokens):
    out, stack, prev = [], [], None
    for tok in tokens:
        match tok:
            case ("num", _) | ("name", _):
                out.append(tok)
            case ("op", "-") if prev is None or prev in (("paren", "("),) or prev[0] == "op":
                stack.append("neg")
            case ("op", op):
                p, assoc = info(op)
                while stack and stack[-1] != "(":
                    q, _ = info(stack[-1])
                    if q > p or (q == p and assoc == "left"):
                        out.append(("op", stack.pop()))
                    else:
                        break
                stack.append(op)
            case ("paren", "("):
                stack.append("(")
            case ("paren", ")"):
                while stack and stack[-1] != "(":
                    out.append(("op", stack.pop()))
                if not stack:
                    raise ValueError("unbalanced ')'")
                stack.pop()
        prev = tok
    while stack:
        match stack.pop():
            case "(":
                raise ValueError("unbalanced '('")
            case op:
                out.append(("op", op))
    return out

def run(rpn, env):
    stack = []
    for tok in rpn:
        match tok, stack:
            case ("num", n), _:
                stack.append(n)
            case ("name", name), _:
                match env:
                    case {"vars": {**names}} if name in names:
                        stack.append(names[name])
                    case _:
                        raise NameError(f"name {name!r} is not defined")
            case ("op", "neg"), [*_, x]:
                stack[-1] = -x
            case ("op", op), [*_, a, b]:
                del stack[-2:]
                match op:
                    case "+": stack.append(a + b)
                    case "-": stack.append(a - b)
                    case "*": stack.append(a * b)
                    case "/": stack.append(a / b)
                    case "%": stack.append(a % b)
                    case "^": stack.append(a ** b)
            case ("op", op), _:
                raise ValueError(f"missing operand for {op}")
    match stack:
        case [result]:
            return result
        case _:
            raise ValueError(f"leftover stack {stack}")

env = {"vars": {"pi": 3.25, "x": 4, "big_n": 1000}}
for text in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-x ^ 2", "10 / 4 - 0.5", "big_n % 7 + pi",
             "-(3 - 5) * -2", "1.5.2", "2 * (3 + 4", "3 + 4)", "7 $ 2", "y + 1", "4 *", "1 2"]:
    try:
        tokens = tokenize(text)
        print(f"{text:16} = {run(to_rpn(tokens), env)}")
    except (ValueError, NameError, ZeroDivisionError) as e:
        print(f"{text:16} ! {type(e).__name__}: {e}")
print(tokenize("a1 + 22.5*(b_c-3)"))
