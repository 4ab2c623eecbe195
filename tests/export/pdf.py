"""Reading a printout back: its words as pdftotext finds them, on one line."""
from __future__ import annotations

import subprocess


def pdf_words(path, layout: bool = True) -> str:
    """The PDF's words on one line; layout=False reads each table cell in order (wrapped cells)."""
    args = ["pdftotext", *(["-layout"] if layout else []), str(path), "-"]
    out = subprocess.run(args, capture_output=True, text=True, check=True).stdout
    return " ".join(out.split())
