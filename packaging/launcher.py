"""The packaged program's entry point (PyInstaller's script): `bodymap` with the same arguments.

The Windows build also has bodymap-cli.exe (a console) from this same script; bodymap.exe there
is the window without a console, which is what the Start menu opens."""
import sys

from bodymap.cli import main

if __name__ == "__main__":
    sys.exit(main())
