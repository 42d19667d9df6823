"""Layouts: what each command shows, laid out once as a Document for every backend."""
