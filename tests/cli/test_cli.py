"""`python -m bodymap.cli` as a user runs it: a subprocess, on SQLite (and once on PostgreSQL)."""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from bodymap.domain import reference

REPO_ROOT = Path(__file__).resolve().parents[2]
DEMO_NAME = "Alex Morgan (demo)"
# what bodymap.services.demo.create_demo charts: per visit, oldest first (trigger points, zones)
DEMO_COUNTS = [(3, 3), (2, 2), (2, 2)]
DEMO_TP_REGIONS = ["upper_trapezius_ridge", "medial_scapular_border", "pectoral"]


def run_cli(*args: str, env: dict | None = None, cwd: Path | None = None, timeout: float = 120):
    full_env = {k: v for k, v in os.environ.items() if k != "BODYMAP_DATABASE_URL"}
    full_env.update({"PYTHONPATH": os.pathsep.join(filter(None, [str(REPO_ROOT), os.environ.get("PYTHONPATH")])),
                     "QT_QPA_PLATFORM": "offscreen", "PYTHONIOENCODING": "utf-8"})
    full_env.update(env or {})
    return subprocess.run([sys.executable, "-m", "bodymap.cli", *args], capture_output=True, text=True,
                          env=full_env, cwd=cwd, timeout=timeout, stdin=subprocess.DEVNULL)


def ok(result) -> str:
    assert result.returncode == 0, f"exit {result.returncode}\nstdout:\n{result.stdout}\nstderr:\n{result.stderr}"
    assert "Traceback" not in result.stderr, result.stderr
    return result.stdout


def assert_clean_failure(result, *must_contain: str, must_not_contain: tuple[str, ...] = ()):
    """Non-zero exit, exactly one line on stderr starting 'bodymap:', no traceback."""
    assert result.returncode != 0, f"expected failure, got 0:\n{result.stdout}"
    assert "Traceback" not in result.stderr, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, f"expected one line on stderr, got {len(lines)}:\n{result.stderr}"
    line = lines[0]
    assert line.startswith("bodymap: "), line
    for text in must_contain:
        assert text in line, f"{text!r} not in {line!r}"
    for text in must_not_contain:
        assert text not in line, f"{text!r} leaked into {line!r}"
    assert "secret" not in result.stdout
    return line


def parse_demo(stdout: str):
    lines = [line.split("\t") for line in stdout.strip().splitlines()]
    assert lines[0][0] == "patient", stdout
    visits = []
    for fields in lines[1:]:
        assert fields[0] == "visit" and len(fields) == 5, fields
        m_tp, m_zone = re.fullmatch(r"(\d+) trigger points", fields[3]), re.fullmatch(r"(\d+) zones", fields[4])
        assert m_tp and m_zone, fields
        visits.append({"id": int(fields[1]), "date": fields[2], "tps": int(m_tp[1]), "zones": int(m_zone[1])})
    return lines[0][1], lines[0][2], visits


def parse_visits(stdout: str):
    rows = []
    for line in stdout.strip().splitlines():
        fields = line.split("\t")
        assert len(fields) == 6, f"expected 6 tab-separated fields: {line!r}"
        vid, chart, date, status, n_tp, n_zone = fields
        rows.append({"id": int(vid), "chart": chart, "date": date, "status": status,
                     "tps": int(n_tp), "zones": int(n_zone)})
    return rows


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    """A SQLite database with the demo in it (made once for the read-only tests)."""
    path = tmp_path_factory.mktemp("cli") / "demo.sqlite3"
    url = f"sqlite:///{path}"
    out = ok(run_cli("--database", url, "demo"))
    return url, out


def test_demo_prints_what_it_created(demo_db):
    _url, out = demo_db
    chart, name, visits = parse_demo(out)
    assert (chart, name) == ("DEMO-0001", DEMO_NAME)
    assert [(v["tps"], v["zones"]) for v in visits] == DEMO_COUNTS
    assert len({v["id"] for v in visits}) == 3
    assert all(re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d", v["date"]) for v in visits), visits


def test_demo_twice_makes_a_second_patient(tmp_path):
    url = f"sqlite:///{tmp_path / 'twice.sqlite3'}"
    assert parse_demo(ok(run_cli("--database", url, "demo")))[0] == "DEMO-0001"
    chart, _name, visits = parse_demo(ok(run_cli("--database", url, "demo")))
    assert chart == "DEMO-0002"
    assert len(parse_visits(ok(run_cli("--database", url, "visits")))) == 6
    assert [v["id"] for v in parse_visits(ok(run_cli("--database", url, "visits", "--patient", "DEMO-0002")))] == \
        [v["id"] for v in visits]


def test_visits_match_what_demo_made(demo_db):
    url, out = demo_db
    chart, _name, made = parse_demo(out)
    rows = parse_visits(ok(run_cli("--database", url, "visits")))
    assert [r["id"] for r in rows] == [v["id"] for v in made]  # oldest first
    for row, visit in zip(rows, made):
        assert row["chart"] == chart
        assert (row["tps"], row["zones"]) == (visit["tps"], visit["zones"])
        assert row["date"].replace("T", " ").startswith(visit["date"]), (row, visit)
        assert row["status"] in ("draft", "signed")
    assert sum(r["status"] == "signed" for r in rows) == 1


def test_visits_for_one_patient(demo_db, tmp_path):
    url, out = demo_db
    _chart, _name, made = parse_demo(out)
    rows = parse_visits(ok(run_cli("--database", url, "visits", "--patient", "DEMO-0001")))
    assert [r["id"] for r in rows] == [v["id"] for v in made]
    assert {r["chart"] for r in rows} == {"DEMO-0001"}
    missing = run_cli("--database", url, "visits", "--patient", "NOPE-1")
    assert_clean_failure(missing, "NOPE-1")
    empty = f"sqlite:///{tmp_path / 'empty.sqlite3'}"
    assert ok(run_cli("--database", empty, "visits")).strip() == ""


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    assert data[12:16] == b"IHDR"
    return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")


def test_render_produces_a_png(demo_db, tmp_path):
    url, out = demo_db
    first_visit = parse_demo(out)[2][0]["id"]
    target = tmp_path / "a.png"
    printed = ok(run_cli("--database", url, "render", "anterior", "--visit", str(first_visit), "-o", str(target),
                         "--height", "400"))
    assert printed.strip() == str(target)
    width, height = _png_size(target)
    assert height == 400 and 100 <= width <= 400
    from PIL import Image
    with Image.open(target) as img:
        colours = img.convert("RGB").getcolors(maxcolors=1_000_000)
    assert colours is None or len(colours) > 10, "the rendered diagram is blank"
    # with no visit the same view has no marks, so the pictures differ
    blank = tmp_path / "blank.png"
    ok(run_cli("--database", url, "render", "anterior", "-o", str(blank), "--height", "400"))
    assert _png_size(blank) == (width, height)
    with Image.open(target) as a, Image.open(blank) as b:
        assert a.convert("RGB").tobytes() != b.convert("RGB").tobytes(), "the visit's marks were not drawn"


def test_render_unknown_view_is_a_clear_error(demo_db, tmp_path):
    url, _out = demo_db
    result = run_cli("--database", url, "render", "lateral", "--visit", "1", "-o", str(tmp_path / "x.png"))
    assert_clean_failure(result, "lateral", "anterior", "posterior")
    assert not (tmp_path / "x.png").exists()


def test_render_unknown_visit_is_a_clear_error(demo_db, tmp_path):
    url, _out = demo_db
    result = run_cli("--database", url, "render", "anterior", "--visit", "9999", "-o", str(tmp_path / "x.png"))
    assert_clean_failure(result, "9999")
    assert not (tmp_path / "x.png").exists()


def _normalised(text: str) -> str:
    return " ".join(text.split()).casefold()


def test_export_pdf_contains_patient_and_trigger_point_regions(demo_db, tmp_path):
    if shutil.which("pdftotext") is None:
        pytest.fail("pdftotext (poppler-utils) is needed to read the PDF back")
    url, out = demo_db
    first_visit = parse_demo(out)[2][0]["id"]
    target = tmp_path / "v.pdf"
    printed = ok(run_cli("--database", url, "export", "--visit", str(first_visit), "--format", "pdf",
                         "-o", str(target)))
    assert printed.strip() == str(target)
    assert target.read_bytes()[:5] == b"%PDF-"
    extracted = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True, timeout=60)
    assert extracted.returncode == 0, extracted.stderr
    text = _normalised(extracted.stdout)
    assert _normalised(DEMO_NAME) in text
    assert "demo-0001" in text
    for region in DEMO_TP_REGIONS:
        label = reference.region_label(region)
        assert _normalised(label) in text, f"region label {label!r} not in the PDF text"


def test_unreachable_database_is_one_clear_line_without_the_password(tmp_path):
    result = run_cli("--database", "postgresql+psycopg://bob:secret@127.0.0.1:1/x", "visits", timeout=60)
    assert_clean_failure(result, "127.0.0.1", must_not_contain=("secret",))


@pytest.mark.parametrize("url", [
    "garbage",
    "nosuchdriver://bob:secret@db.example/x",
    "postgresql+psycopg://bob:secret@db.example:notaport/x",
])
def test_garbage_url_is_one_clear_line_without_the_password(url):
    result = run_cli("--database", url, "visits", timeout=60)
    assert_clean_failure(result, must_not_contain=("secret",))


def test_environment_variable_is_honoured(tmp_path):
    env_db = tmp_path / "from-env.sqlite3"
    env = {"BODYMAP_DATABASE_URL": f"sqlite:///{env_db}"}
    chart, _name, made = parse_demo(ok(run_cli("demo", env=env)))
    assert env_db.exists()
    assert [r["id"] for r in parse_visits(ok(run_cli("visits", env=env)))] == [v["id"] for v in made]
    assert ok(run_cli("where", env=env)).strip() == f"sqlite:///{env_db}"
    # --database beats the environment variable
    other = tmp_path / "explicit.sqlite3"
    assert ok(run_cli("--database", f"sqlite:///{other}", "visits", env=env)).strip() == ""
    assert other.exists()
    assert ok(run_cli("--database", f"sqlite:///{other}", "where", env=env)).strip() == f"sqlite:///{other}"


def test_where_prints_the_masked_url(tmp_path):
    out = ok(run_cli("--database", "postgresql+psycopg://bob:secret@db.example:5433/clinic", "where"))
    assert out.strip() == "postgresql+psycopg://bob:***@db.example:5433/clinic"
    env = {"BODYMAP_DATABASE_URL": "postgresql+psycopg://ann:hunter2@10.0.0.5/charts"}
    out = ok(run_cli("where", env=env))
    assert out.strip() == "postgresql+psycopg://ann:***@10.0.0.5/charts"


def test_where_defaults_to_the_user_data_folder(tmp_path):
    env = {"HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path / "data")}
    out = ok(run_cli("where", env=env)).strip()
    assert out.startswith("sqlite:///") and out.endswith("bodymap.sqlite3")
    assert str(tmp_path) in out


@pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)
def test_demo_and_visits_on_postgresql(database_url):
    chart, name, made = parse_demo(ok(run_cli("--database", database_url, "demo")))
    assert (chart, name) == ("DEMO-0001", DEMO_NAME)
    assert [(v["tps"], v["zones"]) for v in made] == DEMO_COUNTS
    rows = parse_visits(ok(run_cli("--database", database_url, "visits")))
    assert [(r["id"], r["chart"], r["tps"], r["zones"]) for r in rows] == [
        (v["id"], chart, v["tps"], v["zones"]) for v in made]
    assert sum(r["status"] == "signed" for r in rows) == 1
