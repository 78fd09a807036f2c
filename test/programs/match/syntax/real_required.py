# A complex literal pattern needs a real part first, then an imaginary one.
match 0:
    case 1j + 2:
        pass
