"""The bare-script baseline for `gavel backlog import` in scripts/performance.sh: Python's csv
module reads the Jira CSV and sqlite3 writes every row, every column, into one table, in one
transaction, committed durably as Gavel commits (WAL, synchronous=FULL). No validation, no
history, no report: the least any importer does.

Usage: python3 python_import.py JIRA.csv DATABASE
"""

import csv
import sqlite3
import sys

csv_path, database = sys.argv[1:3]
with open(csv_path, newline="", encoding="utf-8-sig") as file:
    rows = csv.reader(file)
    header = next(rows)
    connection = sqlite3.connect(database)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=FULL")
    columns = ", ".join(f"c{index}" for index in range(len(header)))
    connection.execute(f"CREATE TABLE issue ({columns})")
    placeholders = ", ".join("?" * len(header))
    with connection:
        connection.executemany(f"INSERT INTO issue VALUES ({placeholders})", rows)
    connection.close()
