"""Exchange formats without Qt: CSV, lossless JSON (export and import) and FHIR R4.

See docs/EXPORTS.md for the formats. Every file written here holds health data, so it is written
atomically and readable by its owner only (mode 0600).
"""
