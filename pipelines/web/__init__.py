"""``bantin serve``: a small read-only web application over the bantin indices.

Pages (Vietnamese interface, server-side Jinja2 templates, inline SVG charts, no JavaScript):
search, article (the body with every extracted entity highlighted from its offsets), person,
document and meetings. Every query is built here, server-side; nothing a visitor sends is
passed to Elasticsearch as query DSL.
"""
