"""nearest reference trigger-point site of a charted trigger point

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-25
"""
from alembic import op
import sqlalchemy as sa

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('trigger_points') as batch:
        batch.add_column(sa.Column('site', sa.String(length=20), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('trigger_points') as batch:
        batch.drop_column('site')
