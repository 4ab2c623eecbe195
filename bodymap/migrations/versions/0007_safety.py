"""needling safety: health screen, precaution areas, consent, needle log, count-out, adverse events

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-26
"""
from alembic import op
import sqlalchemy as sa

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def _user_fk(column: str):
    return sa.ForeignKeyConstraint([column], ['users.id'], ondelete='SET NULL')


def upgrade() -> None:
    op.create_table(
        'safety_screen_reviews',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('visit_id', sa.Integer(), nullable=False),
        sa.Column('patient_id', sa.Integer(), nullable=False),
        sa.Column('answers', sa.JSON(), nullable=False),
        sa.Column('reviewed_by', sa.String(length=200), nullable=False),
        sa.Column('reviewed_by_id', sa.Integer(), nullable=True),
        sa.Column('reviewed_at', sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(['visit_id'], ['visits.id'], ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['patient_id'], ['patients.id'], ondelete='CASCADE'),
        _user_fk('reviewed_by_id'),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('visit_id'),
    )
    op.create_table(
        'safety_precaution_areas',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('patient_id', sa.Integer(), nullable=False),
        sa.Column('view', sa.String(length=40), nullable=False),
        sa.Column('diagram_version', sa.Integer(), nullable=False),
        sa.Column('polygons', sa.JSON(), nullable=False),
        sa.Column('kind', sa.String(length=20), nullable=False),
        sa.Column('side', sa.String(length=10), nullable=False),
        sa.Column('note', sa.Text(), nullable=False),
        sa.Column('created_by', sa.String(length=200), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(['patient_id'], ['patients.id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_table(
        'safety_consents',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('patient_id', sa.Integer(), nullable=False),
        sa.Column('visit_id', sa.Integer(), nullable=True),
        sa.Column('given_on', sa.Date(), nullable=False),
        sa.Column('method', sa.String(length=10), nullable=False),
        sa.Column('method_note', sa.String(length=200), nullable=False),
        sa.Column('scope', sa.String(length=10), nullable=False),
        sa.Column('valid_until', sa.Date(), nullable=True),
        sa.Column('max_visits', sa.Integer(), nullable=True),
        sa.Column('statement', sa.Text(), nullable=False),
        sa.Column('notes', sa.Text(), nullable=False),
        sa.Column('obtained_by', sa.String(length=200), nullable=False),
        sa.Column('obtained_by_id', sa.Integer(), nullable=True),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(['patient_id'], ['patients.id'], ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['visit_id'], ['visits.id'], ondelete='SET NULL'),
        _user_fk('obtained_by_id'),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_table(
        'safety_needle_logs',
        sa.Column('trigger_point_id', sa.Integer(), nullable=False),
        sa.Column('needles', sa.Integer(), nullable=True),
        sa.Column('passes', sa.Integer(), nullable=True),
        sa.Column('thorax_ack_by', sa.String(length=200), nullable=True),
        sa.Column('thorax_ack_at', sa.DateTime(timezone=True), nullable=True),
        sa.Column('precaution_ack_by', sa.String(length=200), nullable=True),
        sa.Column('precaution_ack_at', sa.DateTime(timezone=True), nullable=True),
        sa.Column('precaution_ack_areas', sa.JSON(), nullable=True),
        sa.ForeignKeyConstraint(['trigger_point_id'], ['trigger_points.id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('trigger_point_id'),
    )
    op.create_table(
        'safety_visit_records',
        sa.Column('visit_id', sa.Integer(), nullable=False),
        sa.Column('needles_removed', sa.Integer(), nullable=True),
        sa.Column('count_note', sa.Text(), nullable=False),
        sa.Column('counted_by', sa.String(length=200), nullable=False),
        sa.Column('counted_at', sa.DateTime(timezone=True), nullable=True),
        sa.Column('pain_after', sa.Integer(), nullable=True),
        sa.Column('rom_note', sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(['visit_id'], ['visits.id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('visit_id'),
    )
    op.create_table(
        'safety_adverse_events',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('visit_id', sa.Integer(), nullable=False),
        sa.Column('kind', sa.String(length=20), nullable=False),
        sa.Column('severity', sa.String(length=10), nullable=False),
        sa.Column('description', sa.Text(), nullable=False),
        sa.Column('action_taken', sa.Text(), nullable=False),
        sa.Column('follow_up', sa.Text(), nullable=False),
        sa.Column('occurred_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('recorded_by', sa.String(length=200), nullable=False),
        sa.Column('recorded_by_id', sa.Integer(), nullable=True),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(['visit_id'], ['visits.id'], ondelete='CASCADE'),
        _user_fk('recorded_by_id'),
        sa.PrimaryKeyConstraint('id'),
    )
    for table, column in (('safety_screen_reviews', 'patient_id'), ('safety_precaution_areas', 'patient_id'),
                          ('safety_consents', 'patient_id'), ('safety_consents', 'visit_id'),
                          ('safety_adverse_events', 'visit_id')):
        with op.batch_alter_table(table) as batch:
            batch.create_index(batch.f(f'ix_{table}_{column}'), [column], unique=False)


def downgrade() -> None:
    for table in ('safety_adverse_events', 'safety_visit_records', 'safety_needle_logs', 'safety_consents',
                  'safety_precaution_areas', 'safety_screen_reviews'):
        op.drop_table(table)
