"""The Gradio front end: a thin adapter over :mod:`agent`."""
