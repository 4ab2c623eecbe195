"""a patient's preferred language for the handout

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-06

patients.language holds a code of bodymap.domain.languages ('es', 'de', 'pt_BR', ...) or '' when
none was chosen (the handout is then in the interface language). A plain ADD COLUMN with a
constant default on both SQLite and PostgreSQL: no table rebuild, so the triggers of 0010 and
0019 on patients stay as they are.
"""
from alembic import op
import sqlalchemy as sa

revision = '0020'
down_revision = '0019'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('patients', sa.Column('language', sa.String(length=16), server_default=sa.text("''"), nullable=False))


def downgrade() -> None:
    op.drop_column('patients', 'language')          # SQLite 3.35+ drops a column in place
