"""clinic diagram templates (an image calibrated on a built-in view's landmarks)

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-26
"""
from alembic import op
import sqlalchemy as sa

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'diagram_templates',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('name', sa.String(length=200), nullable=False),
        sa.Column('view_id', sa.String(length=40), nullable=False),
        sa.Column('image', sa.LargeBinary(), nullable=False),
        sa.Column('image_format', sa.String(length=8), nullable=False),
        sa.Column('width', sa.Integer(), nullable=False),
        sa.Column('height', sa.Integer(), nullable=False),
        sa.Column('calibration', sa.JSON(), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('created_by', sa.String(length=200), server_default=sa.text("''"), nullable=False),
        sa.Column('active', sa.Boolean(), server_default=sa.true(), nullable=False),
        sa.PrimaryKeyConstraint('id'),
    )
    with op.batch_alter_table('diagram_templates') as batch:
        batch.create_index(batch.f('ix_diagram_templates_view_id'), ['view_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('diagram_templates') as batch:
        batch.drop_index(batch.f('ix_diagram_templates_view_id'))
    op.drop_table('diagram_templates')
