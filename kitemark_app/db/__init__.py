"""Persistence: SQLAlchemy 2 models, the session factory and Alembic migrations shipped in the package."""
