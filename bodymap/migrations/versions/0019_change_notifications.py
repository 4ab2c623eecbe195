"""every change to a patient, a visit, a mark or a visit's safety rows is announced to the other
workstations (PostgreSQL NOTIFY)

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-06

On PostgreSQL, AFTER INSERT/UPDATE/DELETE row triggers on the tables below call
bodymap_notify_change(), which sends pg_notify('bodymap_changes', payload) with the table, the
operation and the ids of the patient and the visit concerned, never a name or any other value.
The open windows LISTEN on that channel (db/watch.py) and refresh their lists within a second.
The notification is delivered when the transaction commits, and not at all when it rolls back.

SQLite has no such channel: the windows there poll PRAGMA data_version, so this is a no-op.
"""
from alembic import op

revision = '0019'
down_revision = '0018'
branch_labels = None
depends_on = None

CHANNEL = "bodymap_changes"

# table -> (the column holding the patient's id, the column holding the visit's id); '' = none.
# safety_needle_logs (keyed by trigger point) is left out: like every change to a visit's marks
# and safety rows, a needle count bumps visits.version, and the visits trigger announces that.
WATCHED = {
    "patients": ("id", ""),
    "visits": ("patient_id", "id"),
    "trigger_points": ("", "visit_id"),
    "pain_zones": ("", "visit_id"),
    "visit_addenda": ("", "visit_id"),
    "safety_screen_reviews": ("patient_id", "visit_id"),
    "safety_precaution_areas": ("patient_id", ""),
    "safety_consents": ("patient_id", "visit_id"),
    "safety_visit_records": ("", "visit_id"),
    "safety_adverse_events": ("", "visit_id"),
}

# TG_ARGV: the patient column, the visit column. to_jsonb(row) ->> column reads one id of the
# row; the payload is built from those ids only.
FUNCTION = f"""CREATE OR REPLACE FUNCTION bodymap_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    data jsonb := to_jsonb(CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END);
    patient_col text := TG_ARGV[0];
    visit_col text := TG_ARGV[1];
BEGIN
    PERFORM pg_notify('{CHANNEL}', json_build_object(
        'table', TG_TABLE_NAME,
        'op', lower(TG_OP),
        'patient_id', CASE WHEN patient_col = '' THEN NULL ELSE (data ->> patient_col)::bigint END,
        'visit_id', CASE WHEN visit_col = '' THEN NULL ELSE (data ->> visit_col)::bigint END)::text);
    RETURN NULL;
END $$"""


def _trigger(table: str) -> str:
    return f"bodymap_notify_{table}"


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(FUNCTION)
    for table, (patient_col, visit_col) in WATCHED.items():
        op.execute(f"CREATE TRIGGER {_trigger(table)} AFTER INSERT OR UPDATE OR DELETE ON {table} "
                   f"FOR EACH ROW EXECUTE FUNCTION bodymap_notify_change('{patient_col}', '{visit_col}')")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in WATCHED:
        op.execute(f"DROP TRIGGER IF EXISTS {_trigger(table)} ON {table}")
    op.execute("DROP FUNCTION IF EXISTS bodymap_notify_change()")
