#!/usr/bin/env python3
"""Draws the demo bundle's placeholder pictures into content/photos/.

Everything is drawn here from simple shapes (nothing is downloaded):

- friendly abstract head-and-shoulders portraits, 512 x 512, on a background
  from the colour wheel, some saved as JPEG and some as PNG;
- organisation logos: a geometric mark with initials, 256 x 256 PNG;
- the site logo: a colour-wheel mark, 256 x 256 PNG.

Needs python3 and ImageMagick's `convert` (version 6 or 7). Run from anywhere:

    python3 kiosk/dev/make-demo-photos.py            # writes content/photos/
    python3 kiosk/dev/make-demo-photos.py OUTDIR     # writes elsewhere

The output is deterministic: the same script draws the same pictures. After
running it, re-pack and re-sign the demo bundle (see content/README.md).
"""

import math
import os
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_OUT = os.path.normpath(os.path.join(HERE, "..", "..", "content", "photos"))

# The colour wheel (shared/design/README.md).
CORAL = "#FF6B4A"
YELLOW = "#FFC845"
GREEN = "#2BB673"
BLUE = "#1FA3C7"
VIOLET = "#6C5CE7"
PINK = "#E84393"
INK = "#1B1F3B"
PAPER = "#FBF7F2"
WHITE = "#FFFFFF"

# Skin tones, light to deep.
SKIN = {
    "s1": "#F6D3B8",
    "s2": "#EFC3A0",
    "s3": "#D9A27A",
    "s4": "#B97B52",
    "s5": "#8A5434",
    "s6": "#5E3722",
}
# Hair colours.
HAIR = {
    "blonde": "#E2B560",
    "ginger": "#C2562C",
    "lightbrown": "#9C6B3C",
    "brown": "#6A4429",
    "darkbrown": "#40291C",
    "black": "#1E1A1C",
    "grey": "#B9B4AE",
}

# Who gets a portrait, and how they look. Three people of the demo have no
# photo on purpose, so the kiosk's initials placeholder is shown too.
PORTRAITS = [
    # id,      file ext, background, skin, hair colour, hair style, clothes, extras
    ("aino", "jpg", BLUE, "s2", "blonde", "long", CORAL, ()),
    ("mikko", "png", CORAL, "s2", "brown", "short", INK, ("glasses",)),
    ("sara", "jpg", GREEN, "s1", "ginger", "bun", YELLOW, ()),
    ("olena", "png", YELLOW, "s1", "lightbrown", "long", VIOLET, ()),
    ("abdi", "jpg", VIOLET, "s6", "black", "buzz", GREEN, ("beard",)),
    ("hanna", "png", PINK, "s2", "darkbrown", "bob", BLUE, ("glasses",)),
    ("yasmin", "jpg", CORAL, "s4", "black", "scarf", VIOLET, ()),
    ("elias", "png", BLUE, "s3", "lightbrown", "curly", GREEN, ()),
    ("katja", "jpg", GREEN, "s1", "black", "long", PINK, ("fringe",)),
]

# Organisation logos: id, initials, colour, shape.
LOGOS = [
    ("nuoriso", "NP", GREEN, "circle"),
    ("tyollisyys", "TP", CORAL, "square"),
    ("kela", "Ke", BLUE, "circle"),
    ("virta", "AV", BLUE, "wave"),
    ("tasapaino", "Ta", VIOLET, "hexagon"),
    ("kotipolku", "KP", PINK, "house"),
    ("seurakunta", "SR", VIOLET, "arch"),
    ("talous", "TV", YELLOW, "diamond"),
    ("hyvinvointialue", "HV", PINK, "square"),
]

FONT_CANDIDATES = [
    "/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf",
    "/usr/share/fonts/noto/NotoSans-Bold.ttf",
    "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
]


def convert_cmd():
    for name in ("magick", "convert"):  # ImageMagick 7, then 6
        path = shutil.which(name)
        if path:
            return [path]
    sys.exit("make-demo-photos: ImageMagick (convert or magick) is needed")


def font():
    for f in FONT_CANDIDATES:
        if os.path.exists(f):
            return f
    return None  # ImageMagick's default font


def shade(hex_colour, factor):
    """Darkens (factor < 1) or lightens (factor > 1, towards white) a colour."""
    r, g, b = (int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    if factor <= 1:
        r, g, b = (int(c * factor) for c in (r, g, b))
    else:
        t = factor - 1
        r, g, b = (int(c + (255 - c) * t) for c in (r, g, b))
    return "#%02X%02X%02X" % (r, g, b)


def poly(points):
    return "polygon " + " ".join("%.1f,%.1f" % p for p in points)


def portrait_draw(bg, skin_key, hair_key, style, clothes, extras):
    skin = SKIN[skin_key]
    skin_dark = shade(skin, 0.86)
    hair = HAIR[hair_key]
    d = []

    def fill(colour):
        d.append("fill " + colour)

    # A soft halo behind the head.
    fill(shade(bg, 1.22))
    d.append("circle 256,250 256,62")

    # Hair that falls behind the head and shoulders.
    if style == "long":
        fill(hair)
        d.append("roundrectangle 150,170 362,420 60,60")
    elif style == "bob":
        fill(hair)
        d.append("roundrectangle 152,160 360,345 70,70")
    elif style == "curly":
        fill(hair)
        for cx, cy in [(256, 150), (200, 165), (312, 165), (168, 210), (344, 210),
                       (160, 262), (352, 262), (228, 140), (284, 140)]:
            d.append("circle %d,%d %d,%d" % (cx, cy, cx, cy - 46))
    elif style == "scarf":
        fill(clothes)
        d.append("ellipse 256,255 124,138 0,360")

    # Shoulders and clothes.
    fill(clothes)
    d.append("ellipse 256,560 196,178 0,360")
    # Neck and a collar opening.
    fill(skin_dark)
    d.append("roundrectangle 222,320 290,410 24,24")
    if style != "scarf":
        d.append(poly([(214, 392), (298, 392), (256, 446)]))
        fill(shade(clothes, 0.85))
        d.append(poly([(200, 392), (214, 392), (256, 446), (246, 452)]))
        d.append(poly([(312, 392), (298, 392), (256, 446), (266, 452)]))
    else:
        # The scarf drapes over the neck and shoulders.
        fill(clothes)
        d.append(poly([(146, 300), (366, 300), (330, 420), (256, 440), (182, 420)]))

    # Ears and head.
    fill(skin_dark)
    if style not in ("scarf", "long", "bob"):
        d.append("ellipse 162,268 16,24 0,360")
        d.append("ellipse 350,268 16,24 0,360")
    fill(skin)
    d.append("ellipse 256,262 92,110 0,360")

    # Hair on top.
    fill(hair)
    if style in ("short", "long", "bob"):
        d.append("ellipse 256,222 98,80 180,360")
        # a side parting swoosh
        d.append(poly([(160, 222), (250, 172), (300, 200), (352, 222), (330, 222),
                       (290, 206), (220, 214), (170, 240)]))
    if style == "long":
        d.append("roundrectangle 158,200 184,330 12,12")
        d.append("roundrectangle 328,200 354,330 12,12")
    if style == "bob":
        d.append("roundrectangle 160,200 186,320 14,14")
        d.append("roundrectangle 326,200 352,320 14,14")
    if style == "bun":
        d.append("ellipse 256,226 96,76 180,360")
        d.append("circle 256,136 256,98")
        d.append(poly([(164, 226), (348, 226), (340, 246), (172, 246)]))
    if style == "buzz":
        d.append("ellipse 256,214 90,64 180,360")
    if style == "curly":
        for cx, cy in [(214, 170), (256, 160), (298, 170), (182, 200), (330, 200)]:
            d.append("circle %d,%d %d,%d" % (cx, cy, cx, cy - 30))
    if "fringe" in extras:
        d.append(poly([(176, 206), (336, 206), (340, 238), (176, 238)]))
    if style == "scarf":
        # the scarf frames the face
        fill(clothes)
        d.append("ellipse 256,262 100,122 180,360")
        d.append("roundrectangle 150,200 172,330 10,10")
        d.append("roundrectangle 340,200 362,330 10,10")
        fill(shade(clothes, 0.85))
        d.append("ellipse 256,214 84,52 180,360")
        fill(skin)
        d.append("ellipse 256,272 80,92 180,360")
        d.append("ellipse 256,271 80,94 0,180")

    if "beard" in extras:
        fill(hair)
        d.append("ellipse 256,300 84,68 0,180")
        d.append("roundrectangle 172,286 340,312 10,10")
        fill(skin)
        d.append("ellipse 256,318 26,12 0,360")

    # Face: eyes, brows, cheeks and a smile.
    fill(INK)
    d.append("circle 222,268 222,260")
    d.append("circle 290,268 290,260")
    d.append("stroke " + shade(hair, 0.9) + " stroke-width 6 fill none")
    d.append("stroke-linecap round")
    d.append("line 206,242 234,238")
    d.append("line 278,238 306,242")
    d.append("stroke none")
    if "beard" not in extras:
        fill("#E8439333")
        d.append("circle 204,302 204,286")
        d.append("circle 308,302 308,286")
    smile = "#FFFFFF" if "beard" in extras else INK
    d.append("stroke %s stroke-width 7 fill none" % smile)
    d.append("arc 226,290 286,334 20,160")
    if "glasses" in extras:
        d.append("stroke %s stroke-width 6 fill none" % INK)
        d.append("circle 222,268 222,242")
        d.append("circle 290,268 290,242")
        d.append("line 248,266 264,266")
    d.append("stroke none")
    return d


def run(cmd):
    subprocess.run(cmd, check=True)


def write_portrait(out, pid, ext, bg, skin, hair, style, clothes, extras):
    path = os.path.join(out, "%s.%s" % (pid, ext))
    draw = portrait_draw(bg, skin, hair, style, clothes, extras)
    cmd = convert_cmd() + ["-size", "512x512", "xc:" + bg, "-draw", " ".join(draw), "-strip"]
    if ext == "jpg":
        cmd += ["-sampling-factor", "4:2:0", "-quality", "86"]
    else:
        cmd += ["-define", "png:exclude-chunks=date,time", "-colors", "128"]
    run(cmd + [path])
    return path


def shape_draw(shape, colour):
    c = 128
    if shape == "circle":
        return ["fill " + colour, "circle 128,128 128,10"]
    if shape == "square":
        return ["fill " + colour, "roundrectangle 14,14 242,242 48,48"]
    if shape == "hexagon":
        pts = [(c + 118 * math.cos(math.radians(a)), c + 118 * math.sin(math.radians(a)))
               for a in range(30, 390, 60)]
        return ["fill " + colour, poly(pts)]
    if shape == "diamond":
        return ["fill " + colour, poly([(128, 8), (248, 128), (128, 248), (8, 128)])]
    if shape == "house":
        return ["fill " + colour,
                poly([(128, 12), (246, 110), (226, 110), (226, 244), (30, 244), (30, 110), (10, 110)])]
    if shape == "arch":
        return ["fill " + colour, "roundrectangle 30,90 226,246 20,20", "circle 128,104 128,6"]
    if shape == "wave":
        # a circle with a wave across its lower part (clipped by write_logo)
        pts = [(x, 196 + 12 * math.sin(x / 20.0)) for x in range(0, 257, 8)]
        return ["fill " + colour, "circle 128,128 128,10",
                "fill " + shade(colour, 1.35), poly(pts + [(256, 256), (0, 256)])]
    raise ValueError(shape)


def write_logo(out, oid, initials, colour, shape):
    path = os.path.join(out, "org-%s.png" % oid)
    draw = shape_draw(shape, colour)
    text_colour = INK if colour == YELLOW else WHITE
    f = font()
    cmd = convert_cmd() + ["-size", "256x256", "xc:none", "-draw", " ".join(draw)]
    if f:
        cmd += ["-font", f]
    if shape == "wave":
        cmd += ["(", "-size", "256x256", "xc:none", "-fill", "white",
                "-draw", "circle 128,128 128,10", ")", "-compose", "DstIn", "-composite",
                "-compose", "Over"]
    dy = 14 if shape in ("house", "arch") else 0
    cmd += ["-fill", text_colour, "-pointsize", "92", "-gravity", "center",
            "-annotate", "+0+%d" % dy, initials,
            "-strip", "-define", "png:exclude-chunks=date,time", path]
    run(cmd)
    return path


def write_site_logo(out):
    """A rounded square cut into six wheel-coloured slices, like the mock-ups."""
    path = os.path.join(out, "logo.png")
    colours = [CORAL, YELLOW, GREEN, BLUE, VIOLET, PINK]
    draw = []
    for i, colour in enumerate(colours):
        a0 = -90 + i * 60
        pts = [(128, 128)]
        for k in range(0, 61, 5):
            a = math.radians(a0 + k)
            pts.append((128 + 200 * math.cos(a), 128 + 200 * math.sin(a)))
        draw += ["fill " + colour, poly(pts)]
    # a small white "door" in the middle: Ovi means door
    draw += ["fill " + WHITE, "roundrectangle 104,84 152,172 14,14",
             "fill " + INK, "circle 142,132 142,126"]
    cmd = convert_cmd() + [
        "-size", "256x256", "xc:none", "-draw", " ".join(draw),
        "(", "-size", "256x256", "xc:none", "-fill", "white",
        "-draw", "roundrectangle 0,0 255,255 60,60", ")",
        "-compose", "DstIn", "-composite",
        "-strip", "-define", "png:exclude-chunks=date,time", path]
    run(cmd)
    return path


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else DEFAULT_OUT
    os.makedirs(out, exist_ok=True)
    written = []
    for p in PORTRAITS:
        written.append(write_portrait(out, *p))
    for l in LOGOS:
        written.append(write_logo(out, *l))
    written.append(write_site_logo(out))
    for path in written:
        size = os.path.getsize(path)
        flag = "" if size < 60 * 1024 else "  (over 60 KB!)"
        print("%-40s %6d bytes%s" % (os.path.relpath(path), size, flag))


if __name__ == "__main__":
    main()
