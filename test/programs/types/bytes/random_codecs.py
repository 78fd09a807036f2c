# decode and encode of pseudo-random inputs under every codec and error handler pyrite has.
seed = 999
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n
BYTES = [0x41, 0x7f, 0x80, 0xbf, 0xc0, 0xc2, 0xdf, 0xe0, 0xa0, 0xed, 0x9f, 0xef, 0xf0, 0x90, 0xf4, 0x8f, 0xf5, 0xff, 0x20]
CHARS = ['a', 'é', 'ÿ', 'Ā', '€', '\U0001f600', chr(0xdc80), chr(0xdcff), chr(0xd800), ' ']
for i in range(50):
    b = bytes(BYTES[rnd(len(BYTES))] for _ in range(rnd(7)))
    for enc in ['utf-8', 'ascii', 'latin-1']:
        for h in ['strict', 'replace', 'ignore', 'backslashreplace', 'surrogateescape', 'surrogatepass']:
            try:
                r = ascii(b.decode(enc, h))
            except UnicodeDecodeError as e:
                r = 'UDE %s %d %d %s|%s' % (e.encoding, e.start, e.end, e.reason, e)
            except Exception as e:
                r = type(e).__name__ + str(e)
            print('d', b, enc, h, r)
    s = ''.join(CHARS[rnd(len(CHARS))] for _ in range(rnd(5)))
    for enc in ['utf-8', 'ascii', 'latin-1']:
        for h in ['strict', 'replace', 'ignore', 'backslashreplace', 'xmlcharrefreplace', 'surrogateescape', 'surrogatepass']:
            try:
                r = s.encode(enc, h)
            except UnicodeEncodeError as e:
                r = 'UEE %s %d %d %s|%s' % (e.encoding, e.start, e.end, e.reason, ascii(str(e)))
            except Exception as e:
                r = type(e).__name__ + str(e)
            print('e', ascii(s), enc, h, r)
