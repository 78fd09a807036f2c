# A recursive-descent expression parser producing AST node classes, with two visitors (an
# evaluator and a printer) dispatching on the node class name through getattr, variables in an
# environment, and ParseError with positions.
class ParseError(Exception):
    def __init__(self, msg, pos):
        super().__init__(msg + ' at position ' + str(pos))
        self.pos = pos


class Token:
    def __init__(self, kind, text, pos):
        self.kind = kind
        self.text = text
        self.pos = pos

    def __repr__(self):
        return self.kind + ':' + self.text


class Lexer:
    SYMBOLS = '+-*/%^()'

    def __init__(self, text):
        self.text = text

    def tokens(self):
        out = []
        i = 0
        t = self.text
        while i < len(t):
            ch = t[i]
            if ch == ' ':
                i += 1
            elif ch.isalnum():
                j = i
                while j < len(t) and (t[j].isalnum() if ch.isalpha() else t[j].isdigit()):
                    j += 1
                out.append(Token('num' if ch.isdigit() else 'name', t[i:j], i))
                i = j
            elif ch in self.SYMBOLS:
                out.append(Token('op', ch, i))
                i += 1
            else:
                raise ParseError('unexpected character ' + repr(ch), i)
        out.append(Token('end', '', len(t)))
        return out


class Node:
    pass


class Num(Node):
    def __init__(self, value):
        self.value = value


class Var(Node):
    def __init__(self, name):
        self.name = name


class BinOp(Node):
    def __init__(self, op, left, right):
        self.op = op
        self.left = left
        self.right = right


class Neg(Node):
    def __init__(self, operand):
        self.operand = operand


class Parser:
    def __init__(self, text):
        self.toks = Lexer(text).tokens()
        self.i = 0

    def peek(self):
        return self.toks[self.i]

    def take(self):
        tok = self.toks[self.i]
        self.i += 1
        return tok

    def parse(self):
        node = self.expr()
        if self.peek().kind != 'end':
            raise ParseError('unexpected ' + repr(self.peek().text), self.peek().pos)
        return node

    def expr(self):
        node = self.term()
        while self.peek().text in ('+', '-'):
            node = BinOp(self.take().text, node, self.term())
        return node

    def term(self):
        node = self.factor()
        while self.peek().text in ('*', '/', '%'):
            node = BinOp(self.take().text, node, self.factor())
        return node

    def factor(self):
        if self.peek().text == '-':
            self.take()
            return Neg(self.factor())
        base = self.atom()
        if self.peek().text == '^':
            self.take()
            return BinOp('^', base, self.factor())
        return base

    def atom(self):
        tok = self.take()
        if tok.kind == 'num':
            return Num(int(tok.text))
        if tok.kind == 'name':
            return Var(tok.text)
        if tok.text == '(':
            node = self.expr()
            if self.take().text != ')':
                raise ParseError('expected )', self.toks[self.i - 1].pos)
            return node
        raise ParseError('unexpected ' + (repr(tok.text) if tok.text else 'end of input'), tok.pos)


class Visitor:
    def visit(self, node):
        method = getattr(self, 'visit_' + type(node).__name__, None)
        if method is None:
            raise TypeError('no visitor for ' + type(node).__name__)
        return method(node)


class Evaluator(Visitor):
    OPS = {'+': lambda a, b: a + b, '-': lambda a, b: a - b, '*': lambda a, b: a * b,
           '/': lambda a, b: a // b, '%': lambda a, b: a % b, '^': lambda a, b: a ** b}

    def __init__(self, env):
        self.env = env

    def visit_Num(self, n):
        return n.value

    def visit_Var(self, n):
        return self.env[n.name]

    def visit_Neg(self, n):
        return -self.visit(n.operand)

    def visit_BinOp(self, n):
        return self.OPS[n.op](self.visit(n.left), self.visit(n.right))


class Printer(Visitor):
    def visit_Num(self, n):
        return str(n.value)

    def visit_Var(self, n):
        return n.name

    def visit_Neg(self, n):
        return '(-' + self.visit(n.operand) + ')'

    def visit_BinOp(self, n):
        return '(' + self.visit(n.left) + ' ' + n.op + ' ' + self.visit(n.right) + ')'


class Counter(Visitor):
    def visit_Num(self, n):
        return 1
    visit_Var = visit_Num

    def visit_Neg(self, n):
        return 1 + self.visit(n.operand)

    def visit_BinOp(self, n):
        return 1 + self.visit(n.left) + self.visit(n.right)


env = {'x': 7, 'y': 3, 'big': 1000}
for src in ['1 + 2 * 3', '(1 + 2) * 3', '2 ^ 3 ^ 2', '-x + y * -2', 'big / y % 5',
            'x * (y - (1 - x)) ^ 2', '10 - 4 - 3', '2 * -(3 + 4)']:
    tree = Parser(src).parse()
    print(src.ljust(24), Printer().visit(tree).ljust(34), Evaluator(env).visit(tree), Counter().visit(tree))
print(Lexer('ab1 + 22x').tokens())
for bad in ['1 +', '(1 + 2', '3 $ 4', '1 2', ')']:
    try:
        Parser(bad).parse()
    except ParseError as e:
        print('ParseError:', e, '| pos', e.pos)
try:
    Evaluator({}).visit(Parser('q + 1').parse())
except KeyError as e:
    print('KeyError:', e)
try:
    Printer().visit(Node())
except TypeError as e:
    print('TypeError:', e)
