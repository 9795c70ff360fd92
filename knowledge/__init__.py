"""Guidance cards, their Chroma store, offline embeddings and CV reading.

Nothing here imports the rest of the product: callers pass paths and settings in.
"""
