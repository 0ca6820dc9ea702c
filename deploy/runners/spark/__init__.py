"""Beam's Spark job server from Maven-resolved jars (jobserver.py)."""
