"""Typst's side of scripts/performance.sh's comparison: the minutes JSON (`gavel minutes show`)
laid out by minutes.typ beside this file, with IBM Plex Sans from assets/fonts, through the
`typst` package from PyPI (the version performance.sh pins).

Usage: python typst_minutes.py MINUTES.json OUT.pdf FONT_FOLDER
"""

import sys
from pathlib import Path

import typst

minutes_json, output, fonts = sys.argv[1:4]
typst.compile(
    str(Path(__file__).with_name("minutes.typ")),
    output=output,
    font_paths=[fonts],
    ignore_system_fonts=True,
    sys_inputs={"minutes": Path(minutes_json).read_text(encoding="utf-8")},
)
