"""adverse events classified mild / significant / serious, with onset and near misses; tolerance and
immediate outcome of the needling session

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-06

safety_adverse_events: severity becomes mild / significant / serious (old "moderate" rows become
"significant", "severe" rows "serious"; see docs/SAFETY.md) and is empty for a near miss; onset
and near_miss are new. The kinds the list no longer has keep what they said: "soreness" and
"stuck_needle" rows become "other" with the old label at the start of their description.
safety_visit_records: tolerance, outcome and session_note of the needling at the visit.
"""
import warnings

from alembic import op
import sqlalchemy as sa

revision = '0018'
down_revision = '0017'
branch_labels = None
depends_on = None

OLD_KINDS = (("soreness", "Post-needling soreness"), ("stuck_needle", "Stuck or bent needle"))
NEW_KINDS = (("pain_during", "Pain during needling"), ("pain_after_24h", "Pain after needling for more than 24 h"),
             ("aggravation", "Aggravation of symptoms"), ("nausea", "Nausea"), ("headache", "Headache"),
             ("drowsiness", "Drowsiness"), ("nerve_irritation", "Nerve irritation"))


def _relabel(kind: str, label: str, new_kind: str) -> None:
    op.execute(sa.text(
        "UPDATE safety_adverse_events SET kind = :new, description = CASE WHEN description = '' THEN :label "
        "ELSE :prefix || description END WHERE kind = :kind"
    ).bindparams(new=new_kind, label=label, prefix=f"{label}: ", kind=kind))


def upgrade() -> None:
    # SQLite's batch mode reflects the tables these refer to (patients' expression index of 0010
    # cannot be reflected, which is harmless: patients is not rebuilt)
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", "Skipped unsupported reflection", sa.exc.SAWarning)
        with op.batch_alter_table('safety_visit_records', schema=None) as batch_op:
            batch_op.add_column(sa.Column('tolerance', sa.String(length=20), nullable=True))
            batch_op.add_column(sa.Column('outcome', sa.String(length=20), nullable=True))
            batch_op.add_column(sa.Column('session_note', sa.Text(), server_default=sa.text("''"),
                                          nullable=False))
        with op.batch_alter_table('safety_adverse_events', schema=None) as batch_op:
            batch_op.alter_column('severity', existing_type=sa.String(length=10), type_=sa.String(length=12),
                                  nullable=True)
            batch_op.add_column(sa.Column('onset', sa.String(length=12), nullable=True))
            batch_op.add_column(sa.Column('near_miss', sa.Boolean(), server_default=sa.false(), nullable=False))
    op.execute("UPDATE safety_adverse_events SET severity = 'significant' WHERE severity = 'moderate'")
    op.execute("UPDATE safety_adverse_events SET severity = 'serious' WHERE severity = 'severe'")
    for kind, label in OLD_KINDS:
        _relabel(kind, label, "other")


def downgrade() -> None:
    for kind, label in NEW_KINDS:
        _relabel(kind, label, "other")
    op.execute("UPDATE safety_adverse_events SET description = 'Near miss: ' || description, severity = 'mild' "
               "WHERE near_miss")
    op.execute("UPDATE safety_adverse_events SET severity = 'moderate' WHERE severity = 'significant'")
    op.execute("UPDATE safety_adverse_events SET severity = 'severe' WHERE severity = 'serious'")
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", "Skipped unsupported reflection", sa.exc.SAWarning)
        with op.batch_alter_table('safety_adverse_events', schema=None) as batch_op:
            batch_op.drop_column('near_miss')
            batch_op.drop_column('onset')
            batch_op.alter_column('severity', existing_type=sa.String(length=12), type_=sa.String(length=10),
                                  nullable=False)
        with op.batch_alter_table('safety_visit_records', schema=None) as batch_op:
            batch_op.drop_column('session_note')
            batch_op.drop_column('outcome')
            batch_op.drop_column('tolerance')
