"""bodymap: trigger-point and referred-pain charting for dry-needling clinicians."""

# The one place the version is written: pyproject.toml reads it (setuptools dynamic version),
# `bodymap --version`, Help > About and the packages (packaging/) show it.
__version__ = "0.1.0"
