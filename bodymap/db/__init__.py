"""Database: typed ORM rows, the engine factory and migrations to head.

No globals: the composition root (app.py / cli.py) makes one engine and hands a session factory
to the services. SQLite runs in WAL mode with synchronous FULL and foreign keys enforced. The rows
live in rows.py and safety_rows.py, the engine in engine.py, migrations and audit protection in
schema.py; everything is re-exported here, so callers write `db.Patient`, `db.migrate`.
"""
from bodymap.db.base import (
    APP_NAME as APP_NAME,
)
from bodymap.db.base import (
    ENV_URL as ENV_URL,
)
from bodymap.db.base import (
    Base as Base,
)
from bodymap.db.base import (
    UTCDateTime as UTCDateTime,
)
from bodymap.db.base import (
    utcnow as utcnow,
)
from bodymap.db.engine import (
    OPEN_CHECK_SECONDS as OPEN_CHECK_SECONDS,
)
from bodymap.db.engine import (
    SQLITE_DAMAGE_CODES as SQLITE_DAMAGE_CODES,
)
from bodymap.db.engine import (
    _first_line as _first_line,
)
from bodymap.db.engine import (
    alembic_config as alembic_config,
)
from bodymap.db.engine import (
    default_database_path as default_database_path,
)
from bodymap.db.engine import (
    make_engine as make_engine,
)
from bodymap.db.engine import (
    mask_url as mask_url,
)
from bodymap.db.engine import (
    resolve_url as resolve_url,
)
from bodymap.db.engine import (
    restrict_to_owner as restrict_to_owner,
)
from bodymap.db.engine import (
    sqlite_damage as sqlite_damage,
)
from bodymap.db.locations import (
    data_folder as data_folder,
)
from bodymap.db.locations import (
    log_folder as log_folder,
)
from bodymap.db.rows import (
    Addendum as Addendum,
)
from bodymap.db.rows import (
    AuditChainHead as AuditChainHead,
)
from bodymap.db.rows import (
    AuditEntry as AuditEntry,
)
from bodymap.db.rows import (
    DiagramTemplate as DiagramTemplate,
)
from bodymap.db.rows import (
    PainZone as PainZone,
)
from bodymap.db.rows import (
    Patient as Patient,
)
from bodymap.db.rows import (
    Setting as Setting,
)
from bodymap.db.rows import (
    TriggerPoint as TriggerPoint,
)
from bodymap.db.rows import (
    User as User,
)
from bodymap.db.rows import (
    Visit as Visit,
)
from bodymap.db.rows import (
    zone_sources as zone_sources,
)
from bodymap.db.safety_rows import (
    SAFETY_TABLES as SAFETY_TABLES,
)
from bodymap.db.safety_rows import (
    AdverseEvent as AdverseEvent,
)
from bodymap.db.safety_rows import (
    Consent as Consent,
)
from bodymap.db.safety_rows import (
    NeedleLog as NeedleLog,
)
from bodymap.db.safety_rows import (
    PrecautionArea as PrecautionArea,
)
from bodymap.db.safety_rows import (
    ScreenReview as ScreenReview,
)
from bodymap.db.safety_rows import (
    VisitSafetyRow as VisitSafetyRow,
)
from bodymap.db.schema import (
    AUDIT_FUNCTION_PG as AUDIT_FUNCTION_PG,
)
from bodymap.db.schema import (
    AUDIT_TRIGGERS_PG as AUDIT_TRIGGERS_PG,
)
from bodymap.db.schema import (
    AUDIT_TRIGGERS_SQLITE as AUDIT_TRIGGERS_SQLITE,
)
from bodymap.db.schema import (
    HEAD_REVISION as HEAD_REVISION,
)
from bodymap.db.schema import (
    SEARCH_INDEX_OBJECTS as SEARCH_INDEX_OBJECTS,
)
from bodymap.db.schema import (
    create_audit_triggers as create_audit_triggers,
)
from bodymap.db.schema import (
    ensure_audit_protection as ensure_audit_protection,
)
from bodymap.db.schema import (
    include_object as include_object,
)
from bodymap.db.schema import (
    migrate as migrate,
)
from bodymap.db.schema import (
    missing_audit_triggers as missing_audit_triggers,
)
from bodymap.db.schema import (
    open_database as open_database,
)
from bodymap.db.schema import (
    schema_revision as schema_revision,
)
from bodymap.db.schema import (
    table_names as table_names,
)
