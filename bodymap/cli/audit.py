"""`bodymap audit --verify [--expect-head HASH]`: walks the audit trail's hash chain.

Exit 0 with the row count and the head hash when every row verifies; exit 3 naming the first row
that does not (content changed, row missing, link broken, not chained) or when the expected head
hash is not in the chain; 1 when the database cannot be used. Only row ids are printed, never
what a row holds. Record the head hash somewhere else now and then (print it, mail it): a later
`--expect-head` with it shows that the trail up to that row was not rewritten since.
"""
from __future__ import annotations

import re
import sys

from bodymap.cli.words import message, translate
from bodymap.services.audit_chain import AuditChainService

EXIT_OK, EXIT_USAGE, EXIT_BROKEN = 0, 2, 3
_HASH = re.compile(r"^[0-9a-f]{64}$")


def add_commands(sub) -> None:
    audit = sub.add_parser("audit", help=translate("CommandLine", "check that the audit trail was not changed (its hash chain)"))
    audit.add_argument("--verify", action="store_true", help=translate("CommandLine", "walk the whole chain, first row to last"))
    audit.add_argument("--expect-head", metavar="HASH",
                       help=translate("CommandLine", "a head hash recorded earlier (64 hex digits): it must still be in the chain"))
    audit.set_defaults(handler=_audit)


def _audit(service, args) -> int:
    expect = args.expect_head.strip().lower() if args.expect_head is not None else None
    if not args.verify:
        print("bodymap: " + translate("CommandLine", "audit needs --verify (see bodymap audit --help)."), file=sys.stderr)
        return EXIT_USAGE
    if expect is not None and not _HASH.match(expect):
        print("bodymap: " + translate("CommandLine", "--expect-head must be a hash of 64 hexadecimal digits, as "
                                        "`bodymap audit --verify` prints it."), file=sys.stderr)
        return EXIT_USAGE
    report = AuditChainService.for_service(service).verify(expect_head=expect)
    if report.problem is not None:
        broken = translate("CommandLine", "the audit trail does not verify at {where}. {rows} row before it verify.") \
            if report.rows == 1 else translate("CommandLine", "the audit trail does not verify at {where}. {rows} rows "
                                                              "before it verify.")
        print("bodymap: " + broken.format(where=message(report.problem.message()), rows=report.rows), file=sys.stderr)
        return EXIT_BROKEN
    head = translate("CommandLine", "row {id}").format(id=report.head_id) if report.head_id is not None \
        else translate("CommandLine", "no rows yet")
    intact = translate("CommandLine", "audit trail intact: {rows} row, head {head}, hash {hash}") if report.rows == 1 \
        else translate("CommandLine", "audit trail intact: {rows} rows, head {head}, hash {hash}")
    print(intact.format(rows=report.rows, head=head, hash=report.head_hash))
    if expect is not None:
        print(translate("CommandLine", "the expected head hash is in the chain (it is the head)")
              if expect == report.head_hash else translate("CommandLine", "the expected head hash is in the chain"))
    return EXIT_OK
