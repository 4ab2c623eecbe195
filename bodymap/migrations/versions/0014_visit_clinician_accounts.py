"""the treating and the signing clinician of a visit are accounts

Revision ID: 0014
Revises: 0010
Create Date: 2026-12-05

visits.clinician stays as the name shown (a snapshot, so a renamed account does not rewrite old
records); visits.clinician_id and visits.signed_by_id name the accounts. Existing visits are
linked where exactly one account has the display name the visit holds; the others keep their text
and, if still drafts, must be given a treating clinician before they can be signed.
"""
import warnings

from alembic import op
import sqlalchemy as sa

revision = '0014'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # SQLite's batch rebuild reflects the tables visits refers to; patients' expression index
    # (0010) cannot be reflected, which is harmless here: patients is not rebuilt
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", "Skipped unsupported reflection", sa.exc.SAWarning)
        with op.batch_alter_table('visits', schema=None) as batch_op:
            batch_op.add_column(sa.Column('clinician_id', sa.Integer(), nullable=True))
            batch_op.add_column(sa.Column('signed_by_id', sa.Integer(), nullable=True))
            batch_op.create_foreign_key('fk_visits_clinician_id_users', 'users', ['clinician_id'], ['id'],
                                        ondelete='SET NULL')
            batch_op.create_foreign_key('fk_visits_signed_by_id_users', 'users', ['signed_by_id'], ['id'],
                                        ondelete='SET NULL')
    for column, name in (("clinician_id", "clinician"), ("signed_by_id", "signed_by")):
        op.execute(f"""
            UPDATE visits SET {column} = (SELECT min(u.id) FROM users u WHERE u.display_name = visits.{name})
            WHERE {name} <> '' AND (SELECT count(*) FROM users u WHERE u.display_name = visits.{name}) = 1
        """)


def downgrade() -> None:
    with op.batch_alter_table('visits', schema=None) as batch_op:
        batch_op.drop_constraint('fk_visits_signed_by_id_users', type_='foreignkey')
        batch_op.drop_constraint('fk_visits_clinician_id_users', type_='foreignkey')
        batch_op.drop_column('signed_by_id')
        batch_op.drop_column('clinician_id')
