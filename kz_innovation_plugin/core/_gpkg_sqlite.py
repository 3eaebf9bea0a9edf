"""What the GeoPackage writers share: one SQLite transaction on a file, quoted names."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def quoted(name: str) -> str:
    """A table, column or trigger name to put between double quotes in SQL."""
    return name.replace('"', '""')


@contextmanager
def transaction(path: str | Path) -> Iterator[sqlite3.Connection]:
    """A connection to the GeoPackage at ``path`` inside one transaction: committed when the
    block ends, rolled back when it raises (the file then stays as it was)."""
    connection = sqlite3.connect(str(path), isolation_level=None)
    try:
        connection.execute("BEGIN")
        yield connection
        connection.execute("COMMIT")
    except BaseException:
        if connection.in_transaction:
            connection.execute("ROLLBACK")
        raise
    finally:
        connection.close()
