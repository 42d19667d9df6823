"""Renderers: pure functions from a report to text. Only ``_fmt`` rounds for display.

Each format module (table, markdown, json, csv) has ``render_<command>`` functions; the
command line picks one by name.
"""
