"""carried-forward zones and confirmation of carried marks

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25
"""
from alembic import op
import sqlalchemy as sa

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('trigger_points') as batch:
        batch.add_column(sa.Column('carry_confirmed', sa.Boolean(), nullable=False,
                                   server_default=sa.false()))
    with op.batch_alter_table('pain_zones') as batch:
        batch.add_column(sa.Column('carried_from_id', sa.Integer(), nullable=True))
        batch.add_column(sa.Column('carry_confirmed', sa.Boolean(), nullable=False,
                                   server_default=sa.false()))
        batch.create_foreign_key('fk_pain_zones_carried_from', 'pain_zones', ['carried_from_id'], ['id'],
                                 ondelete='SET NULL')


def downgrade() -> None:
    with op.batch_alter_table('pain_zones') as batch:
        batch.drop_constraint('fk_pain_zones_carried_from', type_='foreignkey')
        batch.drop_column('carry_confirmed')
        batch.drop_column('carried_from_id')
    with op.batch_alter_table('trigger_points') as batch:
        batch.drop_column('carry_confirmed')
