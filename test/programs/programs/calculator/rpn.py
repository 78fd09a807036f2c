# A stack-based (RPN) calculator: tokenise, evaluate with a list as the stack, report errors
# as values rather than exceptions.
def tokenize(line):
    tokens = []
    for tok in line.split():
        if tok.isdigit():
            tokens.append(int(tok))
        elif tok.startswith('-') and tok[1:].isdigit():
            tokens.append(int(tok))
        elif '.' in tok and tok.replace('.', '').isdigit():
            tokens.append(float(tok))
        else:
            tokens.append(tok)
    return tokens


def apply(op, a, b):
    if op == '+':
        return a + b
    if op == '-':
        return a - b
    if op == '*':
        return a * b
    if op == '/':
        if b == 0:
            return 'error: division by zero'
        return a / b
    if op == '//':
        return a // b
    if op == '%':
        return a % b
    if op == '^':
        return a ** b
    return 'error: unknown operator ' + op


def evaluate(line):
    stack = []
    for tok in tokenize(line):
        if isinstance(tok, str):
            if tok == 'dup':
                stack.append(stack[-1])
                continue
            if tok == 'swap':
                b = stack.pop()
                a = stack.pop()
                stack.append(b)
                stack.append(a)
                continue
            if len(stack) < 2:
                return 'error: stack underflow at ' + repr(tok)
            b = stack.pop()
            a = stack.pop()
            r = apply(tok, a, b)
            if isinstance(r, str):
                return r
            stack.append(r)
        else:
            stack.append(tok)
    if len(stack) != 1:
        return 'error: ' + str(len(stack)) + ' values left: ' + str(stack)
    return stack[0]


programs = [
    '3 4 +',
    '5 1 2 + 4 * + 3 -',
    '2 10 ^',
    '7 2 /',
    '7 2 //',
    '-7 2 %',
    '1.5 2 *',
    '3 dup *',
    '1 2 swap -',
    '1 0 /',
    '1 +',
    '1 2 3',
    '2 3 @',
    '100 7 % 3 ^ 5 //',
]
for p in programs:
    print(p, '=>', evaluate(p))
