"""A Python string as a C string literal, for the tables the build generates
from assets (po/po2c.py, keyboards/kbd2c.py): UTF-8 bytes outside ASCII as
octal escapes (a hex escape would swallow a following "de" or "a")."""


def cstr(s):
    out = []
    for byte in s.encode("utf-8"):
        c = chr(byte)
        if c in '"\\':
            out.append("\\" + c)
        elif 32 <= byte < 127:
            out.append(c)
        else:
            out.append("\\%03o" % byte)
    return '"' + "".join(out) + '"'
