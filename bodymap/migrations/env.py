"""Alembic environment: the engine comes from bodymap.db (config.attributes['engine'])."""
from alembic import context

from bodymap.db import Base

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    engine = config.attributes["engine"]
    with engine.begin() as connection:
        context.configure(connection=connection, target_metadata=target_metadata,
                          render_as_batch=connection.dialect.name == "sqlite",
                          compare_type=True)
        context.run_migrations()


run_migrations_online()
