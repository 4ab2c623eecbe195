"""patient search: an index of the short substrings of every patient's name and chart number

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-27

Search as you type looks for a substring (`%text%`), which no B-tree can find without reading
every patient. This index finds the candidates (the patients with every piece of the text, in
any case); the service then checks them with the same LIKE/ILIKE as before, so the results and
their order do not change. Objects outside the ORM models (db.SEARCH_INDEX_OBJECTS):

SQLite: patient_search, a contentless FTS5 table with the trigram tokenizer (case-insensitive)
  of name and chart number, each padded with two U+001F, so that every character starts a
  trigram and a one- or two-character text is found as the start of one
  (patient_search_terms, an fts5vocab table, lists the trigrams and their patients); kept up
  to date by triggers on patients, so bulk inserts, imports and restores are covered too.
  Note: a later batch migration that rebuilds patients drops these triggers with the table;
  it must create them again (as 0004's audit_log triggers).
PostgreSQL: ix_patient_search_grams, a GIN expression index of patient_search_grams(name,
  chart_number): every distinct substring of one, two and three characters of lower(name)
  and lower(chart_number); ILIKE compares lower() of both sides, so a match always has all the
  grams of the text. No extension is needed (pg_trgm cannot look up one or two characters).
"""
from alembic import op

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None

# the indexed text of a patient row: name and chart number, each followed by two U+001F
SQLITE_TEXT = "{row}.name || char(31, 31) || {row}.chart_number || char(31, 31)"
SQLITE_UP = [
    """CREATE VIRTUAL TABLE patient_search USING fts5(
           text, content='', tokenize='trigram', detail='none', columnsize=0)""",
    "CREATE VIRTUAL TABLE patient_search_terms USING fts5vocab(patient_search, 'instance')",
    f"""CREATE TRIGGER patient_search_insert AFTER INSERT ON patients BEGIN
           INSERT INTO patient_search(rowid, text) VALUES (new.id, {SQLITE_TEXT.format(row='new')});
       END""",
    f"""CREATE TRIGGER patient_search_delete AFTER DELETE ON patients BEGIN
           INSERT INTO patient_search(patient_search, rowid, text)
               VALUES ('delete', old.id, {SQLITE_TEXT.format(row='old')});
       END""",
    f"""CREATE TRIGGER patient_search_update AFTER UPDATE OF id, name, chart_number ON patients BEGIN
           INSERT INTO patient_search(patient_search, rowid, text)
               VALUES ('delete', old.id, {SQLITE_TEXT.format(row='old')});
           INSERT INTO patient_search(rowid, text) VALUES (new.id, {SQLITE_TEXT.format(row='new')});
       END""",
    f"INSERT INTO patient_search(rowid, text) SELECT id, {SQLITE_TEXT.format(row='patients')} FROM patients",
    "INSERT INTO patient_search(patient_search) VALUES ('optimize')",
]
SQLITE_DOWN = [
    "DROP TRIGGER IF EXISTS patient_search_update",
    "DROP TRIGGER IF EXISTS patient_search_delete",
    "DROP TRIGGER IF EXISTS patient_search_insert",
    "DROP TABLE IF EXISTS patient_search_terms",
    "DROP TABLE IF EXISTS patient_search",
]

PG_UP = [
    # what the index holds for a patient: every distinct 1-, 2- and 3-character piece, in lower case.
    # COST: tens of microseconds a row, so the planner reads the index instead of computing it
    # row by row (which it would otherwise do for a common text, the LIMIT making it look cheap)
    """CREATE FUNCTION patient_search_grams(name text, chart_number text) RETURNS text[]
       LANGUAGE sql IMMUTABLE PARALLEL SAFE COST 1000 AS $$
           SELECT ARRAY(SELECT DISTINCT substr(v, i, n)
                        FROM unnest(ARRAY[lower(name), lower(chart_number)]) AS v,
                             generate_series(1, 3) AS n,
                             generate_series(1, char_length(v) - n + 1) AS i)
       $$""",
    # what a search looks up: the whole text up to three characters, else its 3-character pieces
    """CREATE FUNCTION patient_search_keys(text text) RETURNS text[]
       LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
           SELECT CASE WHEN char_length(v) <= 3 THEN ARRAY[v]
                       ELSE ARRAY(SELECT DISTINCT substr(v, i, 3) FROM generate_series(1, char_length(v) - 2) AS i)
                  END
           FROM lower(text) AS v
       $$""",
    "CREATE INDEX ix_patient_search_grams ON patients USING gin (patient_search_grams(name, chart_number))",
    "ANALYZE patients",
]
PG_DOWN = [
    "DROP INDEX IF EXISTS ix_patient_search_grams",
    "DROP FUNCTION IF EXISTS patient_search_keys(text)",
    "DROP FUNCTION IF EXISTS patient_search_grams(text, text)",
]


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    for statement in SQLITE_UP if dialect == "sqlite" else PG_UP if dialect == "postgresql" else []:
        op.execute(statement)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    for statement in SQLITE_DOWN if dialect == "sqlite" else PG_DOWN if dialect == "postgresql" else []:
        op.execute(statement)
