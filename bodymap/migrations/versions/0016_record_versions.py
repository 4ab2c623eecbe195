"""a version on accounts, clinic settings and clinic diagram templates

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-06

users.version, settings.version and diagram_templates.version are bumped by every change to the
row, as visits.version and patients.version are: an edit carries the version it loaded and is
refused (ConflictError) when another workstation changed the row in between. Plain ADD COLUMN,
not a batch rebuild, so no trigger or expression index of another table is touched.
"""
from alembic import op
import sqlalchemy as sa

revision = '0016'
down_revision = '0015'
branch_labels = None
depends_on = None

TABLES = ('users', 'settings', 'diagram_templates')


def upgrade() -> None:
    for table in TABLES:
        op.add_column(table, sa.Column('version', sa.Integer(), server_default='1', nullable=False))


def downgrade() -> None:
    for table in TABLES:
        # a plain DROP COLUMN (SQLite 3.35+), not a batch rebuild
        op.execute(f"ALTER TABLE {table} DROP COLUMN version")
