# A JSON encoder and recursive-descent decoder written in Python: str escapes, numbers, nesting,
# errors with positions, round trips, and a pretty printer. No imports.

class DecodeError(ValueError):
    def __init__(self, msg, pos):
        super().__init__(f'{msg} at position {pos}')
        self.pos = pos

ESCAPES = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t'}
REVERSE = {v: k for k, v in ESCAPES.items() if k != '/'}

def encode(v, indent=None, level=0):
    pad = '' if indent is None else '\n' + ' ' * (indent * (level + 1))
    end = '' if indent is None else '\n' + ' ' * (indent * level)
    sep = ', ' if indent is None else ','
    match v:
        case None:
            return 'null'
        case bool():
            return 'true' if v else 'false'
        case int() | float():
            if v != v or v in (float('inf'), float('-inf')):
                raise ValueError(f'cannot encode {v!r}')
            return repr(v)
        case str():
            out = []
            for ch in v:
                if ch in REVERSE:
                    out.append('\\' + REVERSE[ch])
                elif ord(ch) < 0x20 or ord(ch) > 0x7e:
                    out.append(f'\\u{ord(ch):04x}' if ord(ch) < 0x10000 else ch)
                else:
                    out.append(ch)
            return '"' + ''.join(out) + '"'
        case list() | tuple():
            if not v:
                return '[]'
            return '[' + pad + (sep + pad).join(encode(x, indent, level + 1) for x in v) + end + ']'
        case dict():
            if not v:
                return '{}'
            items = []
            for k, x in v.items():
                if not isinstance(k, str):
                    raise TypeError(f'keys must be str, not {type(k).__name__}')
                items.append(encode(k) + ': ' + encode(x, indent, level + 1))
            return '{' + pad + (sep + pad).join(items) + end + '}'
        case _:
            raise TypeError(f'Object of type {type(v).__name__} is not JSON serializable')

class Decoder:
    def __init__(self, text):
        self.s = text
        self.i = 0

    def ws(self):
        while self.i < len(self.s) and self.s[self.i] in ' \t\n\r':
            self.i += 1

    def expect(self, ch):
        if self.s[self.i:self.i + 1] != ch:
            raise DecodeError(f'expected {ch!r}', self.i)
        self.i += 1

    def value(self):
        self.ws()
        if self.i >= len(self.s):
            raise DecodeError('unexpected end', self.i)
        c = self.s[self.i]
        if c == '{':
            return self.obj()
        if c == '[':
            return self.arr()
        if c == '"':
            return self.string()
        for word, val in (('true', True), ('false', False), ('null', None)):
            if self.s.startswith(word, self.i):
                self.i += len(word)
                return val
        return self.number()

    def obj(self):
        self.expect('{')
        out = {}
        self.ws()
        if self.s[self.i:self.i + 1] == '}':
            self.i += 1
            return out
        while True:
            self.ws()
            k = self.string()
            self.ws()
            self.expect(':')
            out[k] = self.value()
            self.ws()
            if self.s[self.i:self.i + 1] == ',':
                self.i += 1
                continue
            self.expect('}')
            return out

    def arr(self):
        self.expect('[')
        out = []
        self.ws()
        if self.s[self.i:self.i + 1] == ']':
            self.i += 1
            return out
        while True:
            out.append(self.value())
            self.ws()
            if self.s[self.i:self.i + 1] == ',':
                self.i += 1
                continue
            self.expect(']')
            return out

    def string(self):
        self.expect('"')
        out = []
        while True:
            if self.i >= len(self.s):
                raise DecodeError('unterminated string', self.i)
            c = self.s[self.i]
            self.i += 1
            if c == '"':
                return ''.join(out)
            if c == '\\':
                e = self.s[self.i:self.i + 1]
                self.i += 1
                if e == 'u':
                    hexd = self.s[self.i:self.i + 4]
                    try:
                        out.append(chr(int(hexd, 16)))
                    except ValueError:
                        raise DecodeError('bad \\u escape', self.i) from None
                    self.i += 4
                elif e in ESCAPES:
                    out.append(ESCAPES[e])
                else:
                    raise DecodeError(f'bad escape {e!r}', self.i - 1)
            else:
                out.append(c)

    def number(self):
        start = self.i
        while self.i < len(self.s) and self.s[self.i] in '+-0123456789.eE':
            self.i += 1
        text = self.s[start:self.i]
        if not text:
            raise DecodeError(f'unexpected {self.s[start]!r}', start)
        try:
            return int(text) if text.lstrip('-').isdigit() else float(text)
        except ValueError:
            raise DecodeError(f'bad number {text!r}', start) from None

def decode(text):
    d = Decoder(text)
    v = d.value()
    d.ws()
    if d.i != len(text):
        raise DecodeError('extra data', d.i)
    return v

doc = {'name': 'pyrite', 'version': [0, 1, 0], 'fast': True, 'ratio': 0.95, 'tags': ['wasm', 'vm'],
       'nested': {'empty': {}, 'none': None, 'list': [], 'text': 'tab\there "quoted" é ✓'}}
s = encode(doc)
print(s)
back = decode(s)
print(back == doc, back['nested']['text'])
print(encode(doc, indent=2))
for bad in ['{"a" 1}', '[1, 2', '"abc', '{"x": tru}', '[1] 2', '"\\q"', '-', '{"a": [1, {"b": 1e}]}']:
    try:
        decode(bad)
    except DecodeError as e:
        print(type(e).__name__, e, e.pos)
for bad in [{1: 2}, float('nan'), {1, 2}]:
    try:
        encode(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(decode('  [ 1 , -2.5e3 , "\\u0041\\n" , [ [ ] ] , { "k" : false } ]  '))
