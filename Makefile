# `make run` and `make test` set everything up themselves: a virtual environment in .venv,
# the Python packages, and (when run as root on Debian) the system packages they need.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-$(shell sha1sum pyproject.toml | cut -c1-12)

.PHONY: run test bench eval dist clean translations

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	rm -f $(VENV)/.installed-*
	touch $(STAMP)

run: $(STAMP)
	@tools/system_deps.sh run
	$(PY) -m bodymap.cli $(ARGS)

test: $(STAMP)
	@tools/system_deps.sh test
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q $(PYTEST_ARGS)

# The translations (docs/TRANSLATIONS.md): pyside6-lupdate merges new strings into
# bodymap/assets/i18n/*.ts, pyside6-lrelease compiles them to the .qm files that are committed beside
# them (so run, test and dist need no extra step; tests/render/test_i18n.py fails on a stale .qm).
translations: $(STAMP)
	$(PY) tools/translations.py

# The clinic-scale benchmarks (benchmarks/run.py): generates (once, cached under /tmp) a clinic of
# 10,000 patients, starts a throwaway PostgreSQL when its binaries are there, writes
# docs/PERFORMANCE.md. BENCH_ARGS="--quick --scale 0.01" for a smoke run.
bench: $(STAMP)
	@tools/system_deps.sh test
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/run.py $(BENCH_ARGS)

# The suggestion evaluation (benchmarks/eval_suggest.py): must-top-3, recall@5/10 and MRR of the
# muscle suggestions and of a naive baseline on every part of the evaluation set (the parts seen before
# and the fresh held-out one; docs/SUGGESTIONS.md), and the misses.
eval: $(STAMP)
	$(PY) benchmarks/eval_suggest.py $(EVAL_ARGS)

# The Linux bundle: PyInstaller (installed into the venv) builds dist/bodymap/ from
# packaging/bodymap.spec, then packaging/smoke.py runs the bundled program with no Python on PATH:
# demo, render, export --format pdf, and its window under Xvfb. SMOKE_ARGS="--venv .venv" also
# times the window's start against the venv (docs/PERFORMANCE.md).
dist: $(STAMP)
	@tools/system_deps.sh test
	$(PY) -m pip install --quiet 'pyinstaller>=6.10,<7'
	rm -rf dist/bodymap build/pyinstaller
	$(PY) -m PyInstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller \
		packaging/bodymap.spec
	$(PY) packaging/smoke.py dist/bodymap $(SMOKE_ARGS)

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache
