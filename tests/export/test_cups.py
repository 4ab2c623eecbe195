"""Printing through a real CUPS queue: the CUPS-PDF backend turns the print job into a PDF we read.

Needs the Debian packages cups and printer-driver-cups-pdf (tools/system_deps.sh test). Without
them the test is skipped with the reason, unless BODYMAP_REQUIRE_CUPS=1 (CI) makes that a failure.
Starts cupsd when it is not running (as root) and stops what it started; every wait is bounded.
"""
from __future__ import annotations

import os
import pwd
import re
import shutil
import subprocess
import time
import uuid
from pathlib import Path

import pytest

from tests.export.test_report import PATIENT_NAME, pdf_info, pdf_text, standard_chart

QUEUE = "bodymap-pdf"
CONF = Path("/etc/cups/cups-pdf.conf")
BACKEND = Path("/usr/lib/cups/backend/cups-pdf")
WAIT = 60.0


def _required() -> bool:
    return os.environ.get("BODYMAP_REQUIRE_CUPS", "").strip() not in ("", "0", "false", "no")


def _unavailable(reason: str):
    if _required():
        pytest.fail(f"{reason} (BODYMAP_REQUIRE_CUPS=1, so this is an error, not a skip)", pytrace=False)
    pytest.skip(reason)


def _run(*args: str, timeout: float = 30.0) -> subprocess.CompletedProcess:
    return subprocess.run(list(args), capture_output=True, text=True, timeout=timeout, stdin=subprocess.DEVNULL)


def _scheduler_running() -> bool:
    return _run("lpstat", "-r").stdout.strip() == "scheduler is running"


def _wait(predicate, seconds: float = WAIT, step: float = 0.2):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(step)
    return None


def output_folder() -> Path:
    """Where CUPS-PDF writes the current user's jobs (the `Out` setting of cups-pdf.conf)."""
    user = pwd.getpwuid(os.getuid())
    out = "/var/spool/cups-pdf/${USER}"
    if CONF.exists():
        for line in CONF.read_text(errors="replace").splitlines():
            m = re.match(r"\s*Out\s+(\S+)", line)
            if m:
                out = m.group(1)
    return Path(out.replace("${HOME}", user.pw_dir).replace("${USER}", user.pw_name))


def _model() -> str:
    listing = _run("lpinfo", "-m", timeout=60).stdout.splitlines()
    for line in listing:
        if "cups-pdf" in line.lower() and "_opt" in line:
            return line.split()[0]
    for line in listing:
        if "cups-pdf" in line.lower():
            return line.split()[0]
    return ""


@pytest.fixture(scope="module")
def cups_queue():
    missing = [tool for tool in ("cupsd", "lpadmin", "lpstat", "lpinfo") if not shutil.which(tool)
               and not Path("/usr/sbin", tool).exists()]
    if missing or not BACKEND.exists():
        _unavailable("CUPS with the CUPS-PDF backend is not installed (Debian packages: cups "
                     "printer-driver-cups-pdf)")
    if not all(shutil.which(t) for t in ("pdftotext", "pdfinfo")):
        _unavailable("poppler-utils (pdftotext, pdfinfo) is not installed")
    started = None
    if not _scheduler_running():
        if os.geteuid() != 0:
            _unavailable("cupsd is not running and only root can start it here")
        cupsd = shutil.which("cupsd") or "/usr/sbin/cupsd"
        started = subprocess.Popen([cupsd, "-f"], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL)
        if not _wait(_scheduler_running, 30):
            started.terminate()
            pytest.fail("cupsd did not start within 30 s", pytrace=False)
    model = _model()
    if not model:
        _unavailable("lpinfo lists no CUPS-PDF driver")
    # pdftocairo keeps text as text on its way through PostScript; the default renderer
    # (Ghostscript) rasterises pages with transparency, so the text could not be read back
    add = _run("lpadmin", "-p", QUEUE, "-E", "-v", "cups-pdf:/", "-m", model,
               "-o", "pdftops-renderer-default=pdftocairo", timeout=60)
    if add.returncode != 0:
        pytest.fail(f"lpadmin could not add the queue: {add.stderr.strip()}", pytrace=False)
    try:
        yield QUEUE
    finally:
        _run("cancel", "-a", QUEUE)
        _run("lpadmin", "-x", QUEUE)
        if started is not None:
            started.terminate()
            try:
                started.wait(20)
            except subprocess.TimeoutExpired:
                started.kill()


def test_print_a_visit_to_a_cups_pdf_queue(qapp, cups_queue):
    from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

    from bodymap.export.report import paint_report
    info = _wait(lambda: next((p for p in QPrinterInfo.availablePrinters() if p.printerName() == cups_queue), None),
                 30, 0.5)
    assert info is not None, f"Qt does not list the CUPS queue {cups_queue}"
    token = f"bodymap-cups-{uuid.uuid4().hex[:8]}"
    printer = QPrinter(info, QPrinter.PrinterMode.HighResolution)
    printer.setDocName(token)
    assert printer.outputFormat() == QPrinter.OutputFormat.NativeFormat
    pages = paint_report(printer, standard_chart("signed"))
    del printer                                     # the job is submitted when the printer is done

    folder = output_folder()

    def finished():
        found = sorted(folder.glob(f"{token}*.pdf")) if folder.is_dir() else []
        if found and found[0].stat().st_size > 0:
            try:
                return found[0] if int(pdf_info(found[0])["Pages"]) >= 1 else None
            except (subprocess.CalledProcessError, KeyError, ValueError):
                return None                         # still being written
        return None
    pdf = _wait(finished)
    assert pdf is not None, f"no PDF from CUPS-PDF in {folder} after {WAIT:.0f} s"
    try:
        assert int(pdf_info(pdf)["Pages"]) == pages
        assert PATIENT_NAME in pdf_text(pdf)
    finally:
        pdf.unlink(missing_ok=True)
