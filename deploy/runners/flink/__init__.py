"""Beam's Flink job server from Maven-resolved jars (jobserver.py)."""
