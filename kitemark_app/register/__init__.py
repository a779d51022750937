"""The council register: its own store (models, Alembic migrations, connection), on SQLite or PostgreSQL.

Registered organisations and the root they confirmed, received packs and their place in the team's workflow,
reviews and verdicts, moderation decisions and an append-only audit log. It never imports the VCO's workspace
(``kitemark_app.db``); the one-time import of an older data folder's assessor tables reads that file with sqlite3.
"""
