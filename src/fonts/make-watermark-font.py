#!/usr/bin/env python3
"""Cuts the font the portal draws photo watermarks in (decision 0028) from Noto Sans CJK SC Regular.

The full font is 16 MB; a watermark is a short line (an office's or the company's name), so the portal ships the
characters of GB 2312 (the 6,763 hanzi of everyday Simplified Chinese with its punctuation) and printable ASCII:
about 1.5 MB. A watermark with a character outside it is refused when it is saved, never drawn as a box; a
deployment that needs more points portal.watermark.font-file at a full font.

Needs fontTools (Debian: python3-fonttools) and the Noto Sans CJK collection file NotoSansCJK-Regular.ttc (Debian's
fonts-noto-cjk installs it; `fc-list | grep NotoSansCJK-Regular` finds it). From the project's folder:

    python3 src/fonts/make-watermark-font.py <path of NotoSansCJK-Regular.ttc>
"""
import sys

from fontTools import subset
from fontTools.ttLib import TTCollection, TTFont

OUT = "src/main/resources/fonts/NotoSansSC-GB2312.otf"


def gb2312():
    chars = {chr(c) for c in range(0x20, 0x7F)}
    for high in range(0xA1, 0xF8):
        for low in range(0xA1, 0xFF):
            try:
                chars.add(bytes([high, low]).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    return chars


def simplified_chinese_face(collection):
    names = [face["name"].getDebugName(4) for face in TTCollection(collection).fonts]
    return names.index("Noto Sans CJK SC")


def main(collection):
    font = TTFont(collection, fontNumber=simplified_chinese_face(collection))
    options = subset.Options()
    options.layout_features = []  # one line of text: no OpenType layout needed
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.hinting = False
    subsetter = subset.Subsetter(options)
    subsetter.populate(text="".join(sorted(gb2312())))
    subsetter.subset(font)
    font.save(OUT)
    print(f"{OUT}: {len(font.getGlyphOrder())} glyphs")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
