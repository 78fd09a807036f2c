# Greedy word wrap to several widths, with left, right and centred justification.
TEXT = ('The quick brown fox jumps over the lazy dog. Pack my box with five dozen '
        'liquor jugs. How vexingly quick daft zebras jump! Sphinx of black quartz, '
        'judge my vow. Supercalifragilisticexpialidocious words overflow narrow columns.')


def wrap(text, width):
    lines = []
    line = ''
    for word in text.split():
        if line == '':
            line = word
        elif len(line) + 1 + len(word) <= width:
            line = line + ' ' + word
        else:
            lines.append(line)
            line = word
    if line != '':
        lines.append(line)
    return lines


def pad_left(s, width):
    return ' ' * (width - len(s)) + s


def centre(s, width):
    spare = width - len(s)
    left = spare // 2
    return ' ' * left + s + ' ' * (spare - left)


def frame(lines, width, how):
    print('+' + '-' * width + '+')
    for line in lines:
        if how == 'left':
            body = line + ' ' * (width - len(line))
        elif how == 'right':
            body = pad_left(line, width)
        else:
            body = centre(line, width)
        if len(line) > width:
            body = line
        print('|' + body + '|')
    print('+' + '-' * width + '+')


frame(wrap(TEXT, 40), 40, 'left')
frame(wrap(TEXT, 30), 30, 'right')
frame(wrap(TEXT, 24), 24, 'centre')
print(len(wrap(TEXT, 10)), 'lines at width 10')
print(wrap('', 10), wrap('one', 1))
