"""Running `bodymap` in process through bodymap.cli.main, on a fresh SQLite database."""
from __future__ import annotations

import pytest

from bodymap import cli


@pytest.fixture
def run(tmp_path, capsys):
    """run(*args) -> (exit code, stdout, stderr) of `bodymap --database <fresh file> *args`."""
    url = f"sqlite:///{tmp_path / 'cli.sqlite3'}"

    def run(*args):
        code = cli.main(["--database", url, *map(str, args)])
        out = capsys.readouterr()
        return code, out.out, out.err
    return run


@pytest.fixture
def demo_ids(run):
    """The visit ids that `bodymap demo` created, oldest first."""
    code, out, _err = run("demo")
    assert code == 0
    return [int(line.split("\t")[1]) for line in out.splitlines() if line.startswith("visit")]
