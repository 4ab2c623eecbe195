"""Command line: `bodymap` opens the window; sub-commands work without a display.

run.py parses and dispatches; each other module adds one group of sub-commands."""
from bodymap.cli.run import EXTRA_COMMANDS, build_parser, gui_main, main

__all__ = ["EXTRA_COMMANDS", "build_parser", "gui_main", "main"]
