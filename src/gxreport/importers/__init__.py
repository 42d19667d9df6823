"""Getting figures in: from a spreadsheet (sheet.py), from a report's text."""
