"""Canonical forms of titles, bodies, places and people, and people resolved across articles.

Pure, typed functions over data files (``data/``); no Beam. ``canonicalize(article)`` is the
step applied after extraction; :mod:`transforms.canonical.resolve` links people across articles.
"""

from transforms.canonical.apply import canonicalize, canonicalize_extraction

__all__ = ["canonicalize", "canonicalize_extraction"]
