"""Committee papers to data: read council PDFs, extract their records, publish them."""
__version__ = "0.1.0"
