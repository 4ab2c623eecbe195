"""audit_log protection against overwrite and truncate; a version on patients

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-05

SQLite: REPLACE INTO audit_log with an existing id deleted the old row without firing the DELETE
trigger; audit_log_no_overwrite refuses any INSERT over an existing row. PostgreSQL: TRUNCATE does
not fire row triggers; audit_log_no_truncate refuses it. patients.version is bumped by every change
to a patient's details, as visits.version is (the edit then carries the version it loaded).
ix_patients_chart_key indexes the chart number as it is compared (trimmed, case-folded).
patients gets its column with a plain ADD COLUMN, not a batch rebuild, so the search triggers of
0009 stay as they are.
"""
from alembic import op
import sqlalchemy as sa

from bodymap.db import create_audit_triggers

revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('patients', sa.Column('version', sa.Integer(), server_default='1', nullable=False))
    # chart numbers are compared trimmed and case-folded; not unique, so that a database that already
    # holds "A-1" and "a-1" still migrates (new ones are refused by the service)
    key = ("translate(trim(chart_number), 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')"
           if op.get_bind().dialect.name == "postgresql" else "lower(trim(chart_number))")
    op.create_index('ix_patients_chart_key', 'patients', [sa.text(key)])      # services.patients.chart_key_of
    bind = op.get_bind()
    names = {"sqlite": ["audit_log_no_overwrite"], "postgresql": ["audit_log_no_truncate"]}
    create_audit_triggers(bind, names.get(bind.dialect.name, []))


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS audit_log_no_truncate ON audit_log")
    elif bind.dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS audit_log_no_overwrite")
    op.drop_index('ix_patients_chart_key', table_name='patients')
    # a plain DROP COLUMN (SQLite 3.35+), not a batch rebuild, which would drop 0009's triggers
    op.execute("ALTER TABLE patients DROP COLUMN version")
