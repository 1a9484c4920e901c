"""Publishing: Datasette settings and plugin, and the JSON export."""
