"""gxreport: exact figures for half-year work reports."""

__version__ = "0.1.0"
