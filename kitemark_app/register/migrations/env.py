"""Alembic environment of the council register: runs on the connection ``register.store`` hands over."""

from alembic import context

from kitemark_app.register.models import RegisterBase

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only when someone runs the alembic CLI by hand
    raise RuntimeError("Run the register's migrations through kitemark_app.register.store.upgrade")

# Batch mode lets the same revisions alter tables on SQLite (which rebuilds them) and on PostgreSQL.
context.configure(
    connection=connection,
    target_metadata=RegisterBase.metadata,
    render_as_batch=True,
    version_table="register_alembic_version",
)
with context.begin_transaction():
    context.run_migrations()
