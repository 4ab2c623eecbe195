"""The handout uses the font bodymap ships (bodymap/assets/fonts), not whatever the system has:
rendered with fontconfig seeing no fonts at all, the PDF still holds real, searchable text in
DejaVu Sans, embedded."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from importlib import resources
from pathlib import Path

import pytest

from bodymap.render.fonts import FONT_FAMILY, FONT_FILES

REPO_ROOT = Path(__file__).resolve().parents[2]
needs_poppler = pytest.mark.skipif(not all(shutil.which(t) for t in ("pdftotext", "pdffonts", "fc-list")),
                                   reason="poppler-utils and fontconfig are not installed")


def test_font_files_and_licence_are_in_the_package():
    folder = resources.files("bodymap.assets") / "fonts"
    for name in (*FONT_FILES, "LICENSE-DejaVu.txt"):
        assert (folder / name).is_file(), name
    assert "Bitstream Vera" in (folder / "LICENSE-DejaVu.txt").read_text("utf-8")


def test_registering_adds_the_family(qapp):
    from PySide6.QtGui import QFontDatabase, QFontInfo

    from bodymap.render.fonts import register_fonts, shipped_font
    register_fonts()
    assert FONT_FAMILY in QFontDatabase.families()
    assert register_fonts() == []                 # once per application
    assert QFontInfo(shipped_font(10, bold=True)).family() == FONT_FAMILY


def _no_fonts_env(tmp_path: Path) -> dict[str, str]:
    conf = tmp_path / "fonts.conf"
    conf.write_text('<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n'
                    f"<fontconfig><cachedir>{tmp_path / 'fc-cache'}</cachedir></fontconfig>\n")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("FONTCONFIG", "QT_QPA_FONTDIR"))}
    env.update(FONTCONFIG_FILE=str(conf), QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path),
               XDG_DATA_HOME=str(tmp_path / "data"), XDG_CONFIG_HOME=str(tmp_path / "config"),
               PYTHONPATH=os.pathsep.join([str(REPO_ROOT), env.get("PYTHONPATH", "")]).rstrip(os.pathsep))
    env.pop("BODYMAP_DATABASE_URL", None)
    return env


@needs_poppler
def test_handout_pdf_has_real_text_in_the_shipped_font_with_no_system_fonts(tmp_path):
    env = _no_fonts_env(tmp_path)
    assert subprocess.run(["fc-list"], env=env, capture_output=True, text=True).stdout.strip() == "", \
        "the empty fontconfig file should hide every system font"
    url = f"sqlite:///{tmp_path / 'clinic.sqlite3'}"
    cli = [sys.executable, "-m", "bodymap.cli", "--database", url]
    subprocess.run([*cli, "demo"], env=env, check=True, capture_output=True, timeout=120)
    pdf = tmp_path / "handout.pdf"
    done = subprocess.run([*cli, "export", "--visit", "1", "--format", "pdf", "-o", str(pdf)],
                          env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "Alex Morgan" in text and "DEMO-0001" in text          # the demo patient, as words
    assert "Chief complaint" in text and "Left and right are the patient's own left and right" in text
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    rows = [line.split() for line in fonts.splitlines()[2:] if line.strip()]
    assert rows, "no fonts in the PDF: the text was not drawn"
    assert all("DejaVuSans" in row[0] for row in rows), fonts
    assert any(row[0].endswith("DejaVuSans-Bold") for row in rows), fonts
    assert all(row[-5] == "yes" for row in rows), f"every font embedded:\n{fonts}"
