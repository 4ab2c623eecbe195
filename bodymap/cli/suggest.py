"""`bodymap suggest --visit ID [--top N] [--json]`: muscles whose referral patterns explain the
pain zones of a visit (see docs/SUGGESTIONS.md).

Text output: one tab-separated line per suggestion (rank, muscle id, side, score, name); the
caveat (and, when the pain follows one or two dermatomes, the radicular-pain note) goes to
stderr so the lines stay easy to parse. --json adds the reasons, the caveat and "radicular".
"""
from __future__ import annotations

import json

from bodymap.cli.words import translate
from bodymap.errors import QT_TRANSLATE_NOOP, ValidationError


def add_commands(sub) -> None:
    cmd = sub.add_parser("suggest", help=translate("CommandLine", "rank muscles whose referral patterns explain a visit's pain zones"))
    cmd.add_argument("--visit", type=int, required=True, metavar="ID")
    cmd.add_argument("--top", type=int, default=10, metavar="N", help=translate("CommandLine", "how many (default 10; 0 = all)"))
    cmd.add_argument("--json", action="store_true", help=translate("CommandLine", "JSON with coverage, precision and reasons"))
    cmd.set_defaults(handler=_suggest)


def _suggest(service, args) -> int:
    from bodymap.domain import reference
    from bodymap.domain.suggest import suggest
    if args.top < 0:
        raise ValidationError(QT_TRANSLATE_NOOP("CommandLine", "--top must be 0 (all) or more."))
    chart = service.get_chart(args.visit)
    from bodymap.domain.dermatomes import radicular_flag
    ranked = suggest(chart.zones, top=args.top or None, trigger_points=chart.trigger_points)
    flag = radicular_flag(chart.zones)
    if args.json:
        radicular = None if flag is None else {"side": flag.side, "dermatomes": list(flag.dermatomes),
                                               "share": round(flag.share, 4), "regions": list(flag.regions),
                                               "text": flag.describe()}
        print(json.dumps({"visit_id": chart.visit.id, "zones": len(chart.zones),
                          "caveat": reference.CAVEAT, "radicular": radicular,
                          "suggestions": [dict(rank=i, **s.to_dict()) for i, s in enumerate(ranked, 1)]},
                         indent=2, sort_keys=True, ensure_ascii=False))
        return 0
    import sys
    if not chart.zones:
        print(translate("CommandLine", "visit {visit} has no pain zones: nothing to suggest").format(visit=chart.visit.id),
              file=sys.stderr)
    if flag is not None:
        print(f"note: {flag.describe()}", file=sys.stderr)
    for i, s in enumerate(ranked, 1):
        print(f"{i}\t{s.muscle_id}\t{s.side}\t{s.score:.3f}\t{s.name}")
    print(f"note: {reference.CAVEAT}", file=sys.stderr)
    return 0
