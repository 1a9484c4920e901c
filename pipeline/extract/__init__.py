"""Extraction: document facts, structure (agenda, reports, recommendations, decisions) and the records in them."""
