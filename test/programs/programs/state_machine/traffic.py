# Two small state machines driven by dict transition tables: a traffic light and a tokenizer
# that classifies characters into numbers, words and symbols.
TRANSITIONS = {
    ('red', 'timer'): 'green',
    ('green', 'timer'): 'yellow',
    ('yellow', 'timer'): 'red',
    ('red', 'emergency'): 'red',
    ('green', 'emergency'): 'red',
    ('yellow', 'emergency'): 'red',
}


def run_light(events):
    state = 'red'
    trace = [state]
    for e in events:
        key = (state, e)
        if key in TRANSITIONS:
            state = TRANSITIONS[key]
        else:
            trace.append('?' + e)
            continue
        trace.append(state)
    return trace


print(run_light(['timer', 'timer', 'timer', 'timer', 'emergency', 'timer', 'honk']))


def kind(ch):
    if ch.isdigit():
        return 'digit'
    if ch.isalpha() or ch == '_':
        return 'alpha'
    if ch == ' ':
        return 'space'
    return 'symbol'


def scan(text):
    tokens = []
    state = 'start'
    current = ''
    for ch in text + ' ':
        k = kind(ch)
        if state == 'number' and k == 'digit':
            current += ch
            continue
        if state == 'word' and (k == 'alpha' or k == 'digit'):
            current += ch
            continue
        if state != 'start':
            tokens.append((state, current))
        state = 'start'
        current = ''
        if k == 'digit':
            state = 'number'
            current = ch
        elif k == 'alpha':
            state = 'word'
            current = ch
        elif k == 'symbol':
            tokens.append(('symbol', ch))
    return tokens


for tok in scan('x1 = 42 + y_2*(7-z)'):
    print(tok)
