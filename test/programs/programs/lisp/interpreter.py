# A small Lisp: tokenizer, reader, environments with closures, special forms, tail calls through a
# trampoline, errors as exceptions. Exercises classes, match, generators, dict/list work, recursion.

class LispError(Exception):
    pass

class Symbol(str):
    __slots__ = ()

class Env(dict):
    def __init__(self, params=(), args=(), outer=None):
        super().__init__(zip(params, args))
        self.outer = outer

    def find(self, name):
        env = self
        while env is not None:
            if name in env:
                return env
            env = env.outer
        raise LispError(f'unbound symbol: {name}')

class Lambda:
    def __init__(self, params, body, env, name='lambda'):
        self.params, self.body, self.env, self.name = params, body, env, name

    def __repr__(self):
        return f'<{self.name}/{len(self.params)}>'

def tokenize(src):
    for line in src.splitlines():
        line = line.split(';', 1)[0]
        for tok in line.replace('(', ' ( ').replace(')', ' ) ').replace("'", " ' ").split():
            yield tok

def atom(tok):
    for conv in (int, float):
        try:
            return conv(tok)
        except ValueError:
            pass
    if tok.startswith('"') and tok.endswith('"') and len(tok) >= 2:
        return tok[1:-1]
    return Symbol(tok)

def read_all(src):
    tokens = list(tokenize(src))
    pos = 0
    def read():
        nonlocal pos
        if pos >= len(tokens):
            raise LispError('unexpected end of input')
        tok = tokens[pos]
        pos += 1
        if tok == '(':
            out = []
            while True:
                if pos >= len(tokens):
                    raise LispError('missing )')
                if tokens[pos] == ')':
                    pos += 1
                    return out
                out.append(read())
        if tok == ')':
            raise LispError('unexpected )')
        if tok == "'":
            return [Symbol('quote'), read()]
        return atom(tok)
    forms = []
    while pos < len(tokens):
        forms.append(read())
    return forms

def standard_env():
    import_ops = {
        '+': lambda *a: sum(a),
        '-': lambda a, *b: a - sum(b) if b else -a,
        '*': lambda *a: __import__('functools').reduce(lambda x, y: x * y, a, 1) if False else _product(a),
        '/': lambda a, b: a // b if isinstance(a, int) and isinstance(b, int) else a / b,
        '<': lambda a, b: a < b, '>': lambda a, b: a > b, '=': lambda a, b: a == b,
        '<=': lambda a, b: a <= b, '>=': lambda a, b: a >= b,
        'car': lambda l: l[0], 'cdr': lambda l: l[1:], 'cons': lambda a, l: [a] + l,
        'list': lambda *a: list(a), 'null?': lambda l: l == [], 'length': len,
        'not': lambda x: not x, 'mod': lambda a, b: a % b,
        'display': lambda *a: print(*[to_str(x) for x in a]),
    }
    env = Env()
    env.update(import_ops)
    return env

def _product(xs):
    r = 1
    for x in xs:
        r *= x
    return r

def to_str(x):
    match x:
        case True if x is True:
            return '#t'
        case False if x is False:
            return '#f'
        case list():
            return '(' + ' '.join(to_str(i) for i in x) + ')'
        case _:
            return str(x)

def evaluate(x, env):
    while True:
        match x:
            case Symbol():
                return env.find(x)[x]
            case int() | float() | str():
                return x
            case []:
                return []
            case [Symbol('quote'), datum]:
                return datum
            case [Symbol('if'), test, conseq, alt]:
                x = conseq if evaluate(test, env) else alt
            case [Symbol('define'), [Symbol() as name, *params], *body]:
                env[name] = Lambda(params, [Symbol('begin'), *body], env, name)
                return None
            case [Symbol('define'), Symbol() as name, expr]:
                env[name] = evaluate(expr, env)
                return None
            case [Symbol('set!'), Symbol() as name, expr]:
                env.find(name)[name] = evaluate(expr, env)
                return None
            case [Symbol('lambda'), list() as params, *body]:
                return Lambda(params, [Symbol('begin'), *body], env)
            case [Symbol('begin'), *body]:
                if not body:
                    return None
                for form in body[:-1]:
                    evaluate(form, env)
                x = body[-1]
            case [Symbol('let'), list() as bindings, *body]:
                names = [b[0] for b in bindings]
                vals = [evaluate(b[1], env) for b in bindings]
                env = Env(names, vals, env)
                x = [Symbol('begin'), *body]
            case [op, *args]:
                proc = evaluate(op, env)
                vals = [evaluate(a, env) for a in args]
                if isinstance(proc, Lambda):
                    if len(vals) != len(proc.params):
                        raise LispError(f'{proc!r} takes {len(proc.params)} arguments, got {len(vals)}')
                    env = Env(proc.params, vals, proc.env)
                    x = proc.body
                elif callable(proc):
                    try:
                        return proc(*vals)
                    except TypeError as e:
                        raise LispError(f'bad call of {to_str(op)}') from e
                else:
                    raise LispError(f'not a procedure: {to_str(proc)}')

PROGRAM = """
; factorial, tail-recursive with an accumulator
(define (fact n acc) (if (<= n 1) acc (fact (- n 1) (* n acc))))
(display 'fact-20-is (fact 20 1))
(define (fib n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2)))))
(display 'fib-15-is (fib 15))
(define (map f l) (if (null? l) '() (cons (f (car l)) (map f (cdr l)))))
(define (filter p l) (if (null? l) '() (if (p (car l)) (cons (car l) (filter p (cdr l))) (filter p (cdr l)))))
(define (range a b) (if (>= a b) '() (cons a (range (+ a 1) b))))
(display 'squares (map (lambda (x) (* x x)) (range 1 8)))
(display 'evens (filter (lambda (x) (= (mod x 2) 0)) (range 0 15)))
(define counter (let ((n 0)) (lambda () (set! n (+ n 1)) n)))
(counter) (counter)
(display 'counter (counter))
(define (loop i acc) (if (= i 0) acc (loop (- i 1) (+ acc i))))
(display 'sum-to-5000-is (loop 5000 0))
(display 'quote '(a (b c) 3) (length '(1 2 3)))
(display 'not (not (< 1 2)) (> 3 2))
"""

env = standard_env()
for form in read_all(PROGRAM):
    evaluate(form, env)

for bad in ['(undefined-thing 1)', '(1 2 3)', '(car)', '(fact 1)', '(+ 1', ')']:
    try:
        for form in read_all(bad):
            evaluate(form, env)
    except LispError as e:
        cause = type(e.__cause__).__name__ if e.__cause__ else None
        print('LispError:', e, '| cause:', cause)
