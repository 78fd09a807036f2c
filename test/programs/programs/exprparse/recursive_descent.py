# A tokenizer and recursive-descent parser/evaluator for arithmetic with variables and errors.
OPS = {'+': lambda a, b: a + b, '-': lambda a, b: a - b,
             '*': lambda a, b: a * b, '/': lambda a, b: a / b, '%': lambda a, b: a % b}


def tokenize(src):
    toks, i = [], 0
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit():
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == '.'):
                j += 1
            text = src[i:j]
            toks.append(('num', float(text) if '.' in text else int(text)))
            i = j
        elif c.isalpha():
            j = i
            while j < len(src) and src[j].isalnum():
                j += 1
            toks.append(('name', src[i:j]))
            i = j
        elif c in '+-*/%()^':
            toks.append(('op', c))
            i += 1
        else:
            raise SyntaxError('bad character %r at %d' % (c, i))
    toks.append(('end', None))
    return toks


# The parser state is a dict passed to module-level functions (nested functions that call each
# other would form reference cycles, which need the cycle collector).
def peek(st):
    return st['toks'][st['pos']]


def advance(st):
    tok = st['toks'][st['pos']]
    st['pos'] += 1
    return tok


def expect(st, value):
    kind, v = advance(st)
    if v != value:
        raise SyntaxError(f'expected {value!r}, got {v!r}')


def atom(st):
    kind, v = advance(st)
    if kind == 'num':
        return v
    if kind == 'name':
        try:
            return st['env'][v]
        except KeyError:
            raise NameError(f'unknown variable {v}') from None
    if v == '(':
        r = expr(st)
        expect(st, ')')
        return r
    if v == '-':
        return -power(st)
    raise SyntaxError(f'unexpected {v!r}')


def power(st):
    base = atom(st)
    if peek(st) == ('op', '^'):
        advance(st)
        return base ** power(st)
    return base


def term(st):
    r = power(st)
    while peek(st)[1] in ('*', '/', '%'):
        r = OPS[advance(st)[1]](r, power(st))
    return r


def expr(st):
    r = term(st)
    while peek(st)[1] in ('+', '-'):
        r = OPS[advance(st)[1]](r, term(st))
    return r


def parse(src, env):
    st = {'toks': tokenize(src), 'pos': 0, 'env': env}
    result = expr(st)
    if peek(st)[0] != 'end':
        raise SyntaxError(f'trailing {peek(st)[1]!r}')
    return result


env = {'x': 3, 'y': 4, 'half': 0.5}
for src in ['1 + 2 * 3', '(1 + 2) * 3', '2 ^ 3 ^ 2', '-x + y', 'x * x + y * y',
            '10 / 4', '7 % 3 * half', '(1 + 2', '1 / 0', 'z + 1', '3 $ 4', '1 2']:
    try:
        print(f'{src:<14} = {parse(src, env)!r}')
    except (SyntaxError, NameError, ZeroDivisionError) as e:
        print(f'{src:<14} ! {type(e).__name__}: {e}')
