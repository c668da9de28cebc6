"""Streamlit glue shared by app.py and the pages: connection, filters, cached measures, widgets.

The only package module that imports Streamlit; it holds no SQL and no business rule.
"""
