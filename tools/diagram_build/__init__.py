"""Generators for the body diagram assets (run by hand via tools/build_diagrams.py)."""
