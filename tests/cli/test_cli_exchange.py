"""`bodymap export` in every format and `bodymap import`, run as a user runs them."""
from __future__ import annotations

import csv
import io
import json
import os
import stat

import pytest

from tests.cli.test_cli import DEMO_NAME, assert_clean_failure, ok, run_cli


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    folder = tmp_path_factory.mktemp("cli-exchange")
    url = f"sqlite:///{folder / 'demo.sqlite3'}"
    ok(run_cli("--database", url, "demo"))
    return url, folder


def test_export_visit_pdf_unchanged_form(demo, tmp_path):
    url, _ = demo
    out = tmp_path / "v.pdf"
    assert ok(run_cli("--database", url, "export", "--visit", "1", "--format", "pdf", "-o", str(out))).strip() == str(out)
    assert out.read_bytes().startswith(b"%PDF") and stat.S_IMODE(os.stat(out).st_mode) == 0o600


def test_export_patient_pdfs_into_a_folder(demo, tmp_path):
    url, _ = demo
    printed = ok(run_cli("--database", url, "export", "--patient", "DEMO-0001", "-o", str(tmp_path),
                         "--page-size", "Letter", "--landscape")).split()
    names = sorted(p.name for p in tmp_path.iterdir())
    assert len(names) == 3 and names == sorted(os.path.basename(p) for p in printed)
    assert all(n.startswith("DEMO-0001_") and n.endswith(("_1.pdf", "_2.pdf", "_3.pdf")) for n in names)


def test_export_png_csv_json_fhir(demo, tmp_path):
    url, _ = demo
    one = tmp_path / "front.png"
    ok(run_cli("--database", url, "export", "--visit", "1", "--format", "png", "--view", "anterior",
               "--height", "300", "-o", str(one)))
    from PIL import Image
    assert Image.open(one).height == 300
    views = tmp_path / "views"
    views.mkdir()
    ok(run_cli("--database", url, "export", "--visit", "1", "--format", "png", "--height", "200", "-o", str(views)))
    from bodymap.domain.diagrams import available_views
    assert len(list(views.iterdir())) == len(available_views())
    ok(run_cli("--database", url, "export", "--all", "--format", "csv", "-o", str(tmp_path / "a.csv")))
    rows = list(csv.DictReader(io.StringIO((tmp_path / "a.csv").read_text(encoding="utf-8-sig"))))
    assert len(rows) == 14 and rows[0]["patient_name"] == DEMO_NAME
    ok(run_cli("--database", url, "export", "--patient", "DEMO-0001", "--format", "json", "-o", str(tmp_path / "p.json")))
    doc = json.loads((tmp_path / "p.json").read_text(encoding="utf-8"))
    assert doc["scope"] == "patient" and len(doc["patients"][0]["visits"]) == 3
    ok(run_cli("--database", url, "export", "--visit", "2", "--format", "fhir", "-o", str(tmp_path / "b.json")))
    assert json.loads((tmp_path / "b.json").read_text(encoding="utf-8"))["resourceType"] == "Bundle"


def test_import_refuses_then_renames(demo, tmp_path):
    url, _ = demo
    exported = tmp_path / "all.json"
    ok(run_cli("--database", url, "export", "--all", "--format", "json", "-o", str(exported)))
    assert_clean_failure(run_cli("--database", url, "import", str(exported)), "DEMO-0001", "already in use",
                         "$.patients[0].chart_number")
    out = ok(run_cli("--database", url, "import", str(exported), "--on-conflict", "rename"))
    assert "DEMO-0001-2" in out
    fresh = f"sqlite:///{tmp_path / 'fresh.sqlite3'}"
    assert "Imported 1 patient, 3 visits" in ok(run_cli("--database", fresh, "import", str(exported)))


def test_clear_one_line_errors(demo, tmp_path):
    url, _ = demo
    assert_clean_failure(run_cli("--database", url, "export", "--visit", "999", "-o", str(tmp_path / "x.pdf")),
                         "999")
    assert_clean_failure(run_cli("--database", url, "export", "--visit", "1", "--page-size", "B7",
                                 "-o", str(tmp_path / "x.pdf")), "page size")
    assert_clean_failure(run_cli("--database", url, "export", "--patient", "DEMO-0001",
                                 "-o", str(tmp_path / "nofolder" / "x.pdf")), "folder")
    assert_clean_failure(run_cli("--database", url, "export", "--patient", "NOPE", "--format", "csv",
                                 "-o", str(tmp_path / "x.csv")), "NOPE")
    assert_clean_failure(run_cli("--database", url, "export", "--visit", "1", "--format", "csv",
                                 "-o", str(tmp_path / "missing" / "x.csv")), "missing")
    assert_clean_failure(run_cli("--database", url, "export", "--visit", "1", "--format", "png", "--height", "5",
                                 "-o", str(tmp_path)), "--height")
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "bodymap", "schema_version": 9, "patients": []}')
    assert_clean_failure(run_cli("--database", url, "import", str(bad)), "schema version 9")
    assert_clean_failure(run_cli("--database", url, "import", str(tmp_path / "absent.json")), "Cannot read")
    assert not list(tmp_path.glob("*.tmp")) and not list(tmp_path.glob(".*.tmp"))
    usage = run_cli("--database", url, "export", "--visit", "1", "--all", "-o", "x")
    assert usage.returncode == 2 and "Traceback" not in usage.stderr


def test_import_recomputes_labels_and_refuses_hostile_files(demo, tmp_path):
    """As a user runs it: labels from the file are reported and replaced, a lone surrogate or a
    device is refused, and the database still exports in every format afterwards."""
    url, _ = demo
    exported = tmp_path / "p.json"
    ok(run_cli("--database", url, "export", "--patient", "DEMO-0001", "--format", "json", "-o", str(exported)))
    doc = json.loads(exported.read_text(encoding="utf-8"))
    tp = next(t for v in doc["patients"][0]["visits"] for t in v["trigger_points"])
    tp["region"], tp["side"] = "calf", "midline" if tp["side"] != "midline" else "left"
    hostile = tmp_path / "hostile.json"
    hostile.write_text(json.dumps(doc), encoding="utf-8")
    fresh = f"sqlite:///{tmp_path / 'fresh.sqlite3'}"
    out = ok(run_cli("--database", fresh, "import", str(hostile)))
    assert "1 mark had region, side or muscle labels that disagree" in out and DEMO_NAME not in out
    zone = next(z for v in doc["patients"][0]["visits"] for z in v["zones"])
    zone["regions"] = ["right:\ud800"]
    doc["patients"][0]["chart_number"] = "OTHER-1"
    hostile.write_text(json.dumps(doc), encoding="utf-8")        # \ud800 escaped, as a file can hold it
    assert_clean_failure(run_cli("--database", fresh, "import", str(hostile)), "Expected a body region",
                         ".zones[0].regions[0]")
    assert_clean_failure(run_cli("--database", fresh, "import", "/dev/zero"), "not a regular file")
    for fmt in ("json", "csv", "fhir"):
        ok(run_cli("--database", fresh, "export", "--all", "--format", fmt, "-o", str(tmp_path / f"all.{fmt}")))


def test_export_pdf_copy_patient_by_default_or_clinician(demo, tmp_path):
    import subprocess
    url, _ = demo

    def text(*extra):
        out = tmp_path / f"v{len(extra)}.pdf"
        ok(run_cli("--database", url, "export", "--visit", "1", "--format", "pdf", "-o", str(out), *extra))
        return " ".join(subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                                       check=True).stdout.split())
    default, patient, clinician = text(), text("--copy", "patient"), text("--copy", "clinician", "--landscape")
    assert "Your trigger point and pain chart" in default and "Needle count" not in default
    assert "Your trigger point and pain chart" in patient and "Needle count" not in patient
    assert "(clinician copy)" in clinician and "Needle count" in clinician and "Taut band" in clinician
    folder = tmp_path / "batch"
    folder.mkdir()
    ok(run_cli("--database", url, "export", "--patient", "DEMO-0001", "--copy", "clinician", "-o", str(folder)))
    assert len(list(folder.iterdir())) == 3
    bad = run_cli("--database", url, "export", "--visit", "1", "--copy", "nurse", "-o", str(tmp_path / "x.pdf"))
    assert bad.returncode != 0 and "--copy" in bad.stderr and not (tmp_path / "x.pdf").exists()
