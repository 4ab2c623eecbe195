"""consent that holds up: items discussed, risk factors, copy given, signature strokes, withdrawal

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-06

Existing consents keep what they had; with no items recorded they count as incomplete, so a draft
visit with needling needs its consent recorded again before it can be signed (docs/SAFETY.md).
"""
import warnings

from alembic import op
import sqlalchemy as sa

revision = '0017'
down_revision = '0016'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", "Skipped unsupported reflection", sa.exc.SAWarning)
        with op.batch_alter_table('safety_consents', schema=None) as batch_op:
            batch_op.add_column(sa.Column('discussed', sa.JSON(), nullable=True))
            batch_op.add_column(sa.Column('risk_factors', sa.JSON(), nullable=True))
            batch_op.add_column(sa.Column('copy_given', sa.Boolean(), server_default=sa.false(), nullable=False))
            batch_op.add_column(sa.Column('signature', sa.JSON(), nullable=True))
            batch_op.add_column(sa.Column('signed_on_paper', sa.Boolean(), server_default=sa.false(),
                                          nullable=False))
            batch_op.add_column(sa.Column('withdrawn_at', sa.DateTime(timezone=True), nullable=True))
            batch_op.add_column(sa.Column('withdrawn_reason', sa.Text(), nullable=True))
            batch_op.add_column(sa.Column('withdrawn_by', sa.String(length=200), nullable=True))
            batch_op.add_column(sa.Column('withdrawn_by_id', sa.Integer(), nullable=True))
            batch_op.create_foreign_key('fk_safety_consents_withdrawn_by_id_users', 'users',
                                        ['withdrawn_by_id'], ['id'], ondelete='SET NULL')


def downgrade() -> None:
    with op.batch_alter_table('safety_consents', schema=None) as batch_op:
        batch_op.drop_constraint('fk_safety_consents_withdrawn_by_id_users', type_='foreignkey')
        for column in ('withdrawn_by_id', 'withdrawn_by', 'withdrawn_reason', 'withdrawn_at', 'signed_on_paper',
                       'signature', 'copy_given', 'risk_factors', 'discussed'):
            batch_op.drop_column(column)
