"""patient search: a covering index in (name, id) order with the chart number

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-25
"""
from alembic import op

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index('ix_patients_search', 'patients', ['name', 'id', 'chart_number'], unique=False)
    if op.get_bind().dialect.name == 'sqlite':
        op.execute('ANALYZE patients')        # so the planner knows the new index is the better scan


def downgrade() -> None:
    op.drop_index('ix_patients_search', table_name='patients')
