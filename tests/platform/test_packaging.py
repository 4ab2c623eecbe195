"""packaging/: the PyInstaller spec's inputs exist and the smoke test (`make dist`) runs the
right program on each system, in an environment with no Python on PATH."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def smoke():
    spec = importlib.util.spec_from_file_location("bodymap_smoke", ROOT / "packaging" / "smoke.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("platform, cli, name", [
    ("linux", True, "bodymap"), ("linux", False, "bodymap"),
    ("win32", True, "bodymap-cli.exe"), ("win32", False, "bodymap.exe"),   # the window has no console
    ("darwin", True, "bodymap"),
])
def test_smoke_runs_the_program_of_each_system(smoke, monkeypatch, tmp_path, platform, cli, name):
    monkeypatch.setattr(smoke.sys, "platform", platform)
    assert smoke.program(tmp_path / "bodymap", cli=cli).name == name


def test_smoke_environment_has_no_python(smoke, tmp_path, monkeypatch):
    monkeypatch.setenv("VIRTUAL_ENV", str(ROOT / ".venv"))
    monkeypatch.setenv("PYTHONPATH", str(ROOT))
    env = smoke.clean_env(tmp_path)
    assert "VIRTUAL_ENV" not in env and "PYTHONPATH" not in env and "DISPLAY" not in env
    assert str(Path(sys.executable).parent) not in env["PATH"].split(":")
    assert env["XDG_DATA_HOME"].startswith(str(tmp_path))


def test_spec_takes_what_a_plain_build_missed():
    spec = (ROOT / "packaging" / "bodymap.spec").read_text("utf-8")
    assert 'collect_data_files("bodymap.migrations", include_py_files=True' in spec   # Alembic reads sources
    assert 'collect_submodules("bodymap")' in spec                                     # bodymap.assets & co
    assert (ROOT / "packaging" / "launcher.py").is_file()
    makefile = (ROOT / "Makefile").read_text("utf-8")
    assert "packaging/bodymap.spec" in makefile and "packaging/smoke.py dist/bodymap" in makefile


def test_icons_for_each_system():
    from PIL import Image

    import bodymap
    ico = Image.open(ROOT / "packaging" / "bodymap.ico")
    assert ico.format == "ICO" and (256, 256) in ico.info["sizes"] and (16, 16) in ico.info["sizes"]
    icns = Image.open(ROOT / "packaging" / "bodymap.icns")
    assert icns.format == "ICNS" and icns.size == (1024, 1024)
    assets = Path(bodymap.__file__).parent / "assets" / "icons"
    assert (assets / "bodymap.svg").read_text("utf-8").lstrip().startswith("<?xml")
    assert Image.open(assets / "bodymap-256.png").size == (256, 256)


def test_desktop_entry_and_appstream_metadata(tmp_path):
    import re
    import shutil
    import subprocess

    import bodymap
    linux = ROOT / "packaging" / "linux"
    desktop = linux / "org.bodymap.bodymap.desktop"
    metainfo = linux / "org.bodymap.bodymap.metainfo.xml"
    assert "Exec=bodymap-gui" in desktop.read_text("utf-8")
    releases = re.findall(r'<release version="([^"]+)"', metainfo.read_text("utf-8"))
    assert releases and releases[0] == bodymap.__version__, "the newest AppStream release is this version"
    if shutil.which("desktop-file-validate"):
        out = subprocess.run(["desktop-file-validate", str(desktop)], capture_output=True, text=True)
        assert out.returncode == 0 and "error" not in out.stdout.lower(), out.stdout
    if shutil.which("appstreamcli"):
        out = subprocess.run(["appstreamcli", "validate", "--no-net", str(metainfo)], capture_output=True, text=True)
        assert out.returncode == 0, out.stdout + out.stderr
