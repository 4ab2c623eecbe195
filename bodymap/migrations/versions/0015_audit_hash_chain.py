"""the audit trail becomes a hash chain: audit_log.prev_id and .hash, and the audit_chain head

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-06

Every audit row carries the sha256 of its content and of the row before it
(bodymap.domain.audit_chain); the one-row audit_chain table names the last row and its hash and is
locked by every append. Existing rows are chained here in id order: the append-only triggers are
lifted for the backfill (as the owner who runs migrations) and put back in the same transaction
on PostgreSQL; on SQLite the update trigger is dropped and created again.
"""
from alembic import op
import sqlalchemy as sa

from bodymap.db import UTCDateTime, create_audit_triggers
from bodymap.domain.audit_chain import GENESIS, link_hash

revision = '0015'
down_revision = '0014'
branch_labels = None
depends_on = None

BATCH = 2000
_LOG = sa.table("audit_log", sa.column("id", sa.Integer), sa.column("at", UTCDateTime()),
                sa.column("actor_id", sa.Integer), sa.column("actor_name", sa.String),
                sa.column("action", sa.String), sa.column("entity", sa.String),
                sa.column("entity_id", sa.Integer), sa.column("patient_id", sa.Integer),
                sa.column("visit_id", sa.Integer), sa.column("before", sa.JSON),
                sa.column("after", sa.JSON), sa.column("prev_id", sa.Integer), sa.column("hash", sa.String))


def upgrade() -> None:
    # plain ADD COLUMN on SQLite too: a batch rebuild would drop audit_log's triggers
    op.add_column('audit_log', sa.Column('prev_id', sa.Integer(), nullable=True))
    op.add_column('audit_log', sa.Column('hash', sa.String(length=64), nullable=True))
    op.create_table('audit_chain',
                    sa.Column('id', sa.Integer(), autoincrement=False, nullable=False),
                    sa.Column('last_id', sa.Integer(), nullable=True),
                    sa.Column('last_hash', sa.String(length=64), nullable=False),
                    sa.CheckConstraint('id = 1', name='ck_audit_chain_one_row'),
                    sa.PrimaryKeyConstraint('id'))
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        bind.exec_driver_sql("ALTER TABLE audit_log DISABLE TRIGGER USER")
    elif bind.dialect.name == "sqlite":
        bind.exec_driver_sql("DROP TRIGGER IF EXISTS audit_log_no_update")
    prev_id, prev_hash = None, GENESIS
    set_link = (sa.update(_LOG).where(_LOG.c.id == sa.bindparam("row_id"))
                .values(prev_id=sa.bindparam("link"), hash=sa.bindparam("digest")))
    while True:
        query = sa.select(*(c for c in _LOG.c if c.name not in ("prev_id", "hash"))).order_by(_LOG.c.id)
        if prev_id is not None:
            query = query.where(_LOG.c.id > prev_id)
        rows = bind.execute(query.limit(BATCH)).mappings().all()
        if not rows:
            break
        links = []
        for row in rows:
            content = {**row, "prev_id": prev_id}
            digest = link_hash(prev_hash, content)
            links.append({"row_id": row["id"], "link": prev_id, "digest": digest})
            prev_id, prev_hash = row["id"], digest
        bind.execute(set_link, links)
    if bind.dialect.name == "postgresql":
        bind.exec_driver_sql("ALTER TABLE audit_log ENABLE TRIGGER USER")
    elif bind.dialect.name == "sqlite":
        create_audit_triggers(bind, ["audit_log_no_update"])
    bind.execute(sa.text("INSERT INTO audit_chain (id, last_id, last_hash) VALUES (1, :last_id, :last_hash)"),
                 {"last_id": prev_id, "last_hash": prev_hash})


def downgrade() -> None:
    op.drop_table('audit_chain')
    # a plain DROP COLUMN (SQLite 3.35+), not a batch rebuild, which would drop the triggers
    op.execute("ALTER TABLE audit_log DROP COLUMN hash")
    op.execute("ALTER TABLE audit_log DROP COLUMN prev_id")
