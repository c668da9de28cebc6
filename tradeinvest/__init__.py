"""tradeinvest: the measuring instrument of Trade & Invest Utrecht Region.

Layers, one direction only: ingest (read, map, validate, normalise) -> store (DuckDB, upload
history) -> measure (KPI definitions) -> pages (Streamlit, draw only).
"""
