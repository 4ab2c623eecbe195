"""The built-in trigger-point reference (muscles, trigger-point sites, regions, referral patterns).

Shipped as bodymap/assets/reference/trigger_points.json with its sources and confidence. It is an
aid to clinical reasoning: referral maps are population tendencies, not a diagnosis.
"""
from __future__ import annotations

import functools
import json
from importlib import resources

CAVEAT = ("Referral patterns are population tendencies from the literature, not a diagnosis; "
          "patients vary and red flags must be excluded clinically.")


@functools.cache
def _data() -> dict:
    path = resources.files("bodymap.assets").joinpath("reference/trigger_points.json")
    return json.loads(path.read_text(encoding="utf-8"))


@functools.cache
def _regions() -> dict[str, dict]:
    return {r["id"]: r for r in _data()["regions"]}


@functools.cache
def _muscles() -> dict[str, dict]:
    return {m["id"]: m for m in _data()["muscles"]}


def region_label(region_id: str) -> str:
    """Human label of a region id; KeyError for an unknown id."""
    return _regions()[region_id]["label"]


def region_ids() -> tuple[str, ...]:
    return tuple(_regions())


def is_paired(region_id: str) -> bool:
    return bool(_regions()[region_id]["paired"])


def muscle_name(muscle_id: str) -> str:
    return _muscles()[muscle_id]["name"]


def muscle_ids() -> tuple[str, ...]:
    return tuple(_muscles())
