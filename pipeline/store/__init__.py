"""Storing extractions in SQLite, linking records across documents, and the run lock."""
