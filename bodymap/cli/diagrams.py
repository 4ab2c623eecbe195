"""`bodymap diagram VIEW --json` and `bodymap locate VIEW X Y`: the diagram catalogue on the command line."""
from __future__ import annotations

import json

from bodymap.cli.words import translate
from bodymap.domain.diagrams import available_views, load_view
from bodymap.errors import QT_TRANSLATE_NOOP, ValidationError


def add_commands(sub) -> None:
    diagram = sub.add_parser("diagram", help=translate("CommandLine", "print a view's geometry (landmarks, regions, muscles, sites)"))
    diagram.add_argument("view", help=translate("CommandLine", "view id (see `bodymap render --list`)"))
    diagram.add_argument("--json", action="store_true", required=True,
                         help=translate("CommandLine", "as JSON, in normalised coordinates (0..1), each item with its side"))
    diagram.set_defaults(handler=_diagram, needs_database=False)
    locate = sub.add_parser("locate", help=translate("CommandLine", "print the region, side and muscle at a normalised point"))
    locate.add_argument("view")
    locate.add_argument("x", type=float)
    locate.add_argument("y", type=float)
    locate.add_argument("--deep", action="store_true", help=translate("CommandLine", "resolve deep muscles too"))
    locate.set_defaults(handler=_locate, needs_database=False)


def _view(view_id: str):
    if view_id not in available_views():
        raise ValidationError(QT_TRANSLATE_NOOP("CommandLine", "Unknown view {view}; choose one of: {choices}.").format(
            view=repr(view_id), choices=", ".join(available_views())))
    return load_view(view_id)


def _diagram(_service, args) -> int:
    print(_view(args.view).to_json())
    return 0


def _locate(_service, args) -> int:
    view = _view(args.view)
    if not (0 <= args.x <= 1 and 0 <= args.y <= 1):
        raise ValidationError(QT_TRANSLATE_NOOP("CommandLine", "X and Y are normalised coordinates between 0 and 1."))
    where = view.locate(args.x, args.y, args.deep)
    if where.region is None:
        print(json.dumps({"view": view.id, "x": args.x, "y": args.y, "on_body": False}))
        return 0
    muscle = where.muscle
    out = {"view": view.id, "x": args.x, "y": args.y, "on_body": True,
           "region": where.region.region_id, "region_label": where.region.label,
           "side": muscle.side if muscle and muscle.side != "midline" else where.region.side,
           "muscle": muscle.muscle_id if muscle else None, "muscle_name": muscle.name if muscle else None,
           "layer": muscle.layer if muscle else None,
           "nearest_site": ({"muscle": where.site.muscle_id, "label": where.site.label, "side": where.site.side,
                             "distance": round(where.site_distance, 4)} if where.site else None)}
    print(json.dumps(out))
    return 0
