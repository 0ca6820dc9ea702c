"""How bantin's Beam pipelines run on other runners (see README.md here)."""
