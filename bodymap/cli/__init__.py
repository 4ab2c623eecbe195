"""Command line: `bodymap` opens the window; sub-commands work without a display.

run.py parses and dispatches; each other module adds one group of sub-commands. `bodymap`,
`bodymap gui` and `bodymap-gui` (with --database) go straight to the window without importing
run.py: its command modules load the database code, which the sign-in window must not wait for
(bodymap/startup.py loads it behind that window)."""
from __future__ import annotations

import sys
from typing import Any

__all__ = ["EXTRA_COMMANDS", "build_parser", "gui_main", "main"]


def _window_only(args: list[str], command: str | None = "gui") -> tuple[str | None] | None:
    """(database,) when `args` ask only for the window: [--database URL | --database=URL] [gui];
    None for anything else (help, version, a sub-command), which the full parser handles."""
    database, rest = None, list(args)
    while rest:
        arg = rest.pop(0)
        if arg == "--database" and rest and not rest[0].startswith("-"):
            database = rest.pop(0)
        elif arg.startswith("--database=") and len(arg) > len("--database="):
            database = arg.split("=", 1)[1]
        elif arg == command and not rest:
            command = None
        else:
            return None
    return (database,)


def main(argv: list[str] | None = None) -> int:
    window = _window_only(list(sys.argv[1:] if argv is None else argv))
    if window is not None:
        from bodymap.app import run_gui
        return run_gui(window[0])
    from bodymap.cli.run import main as run_main
    return run_main(argv)


def gui_main(argv: list[str] | None = None) -> int:
    """`bodymap-gui` (a gui-scripts launcher: no console window on Windows): the window only."""
    window = _window_only(list(sys.argv[1:] if argv is None else argv), command=None)
    if window is not None:
        from bodymap.app import run_gui
        return run_gui(window[0])
    from bodymap.cli.run import gui_main as run_gui_main
    return run_gui_main(argv)


def __getattr__(name: str) -> Any:
    if name in ("EXTRA_COMMANDS", "build_parser"):
        from bodymap.cli import run
        return getattr(run, name)
    raise AttributeError(name)
