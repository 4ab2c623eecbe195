"""Alembic environment: the engine comes from bodymap.db (config.attributes['engine'])."""
from alembic import context

from bodymap.db import Base, include_object

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    engine = config.attributes["engine"]
    with engine.connect() as connection:
        sqlite = connection.dialect.name == "sqlite"
        if sqlite:
            # batch migrations rebuild tables with DROP TABLE; with foreign keys on, that would
            # cascade and delete dependent rows. The pragma is ignored inside a transaction.
            connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
            connection.commit()
        try:
            with connection.begin():
                # include_object: autogenerate leaves the search index (migration 0009) alone
                context.configure(connection=connection, target_metadata=target_metadata,
                                  render_as_batch=sqlite, compare_type=True, include_object=include_object)
                context.run_migrations()
                if sqlite:
                    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise RuntimeError(f"migration left {len(broken)} dangling references")
        finally:
            if sqlite:
                connection.exec_driver_sql("PRAGMA foreign_keys=ON")
                connection.commit()


run_migrations_online()
