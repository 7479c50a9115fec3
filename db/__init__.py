"""The store: SQLAlchemy rows, the SQLite/PostgreSQL engine recipe, migrations, repositories."""
