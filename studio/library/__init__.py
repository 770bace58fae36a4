"""The voice library: takes, derived samples, voices, jobs and auditions in SQLite (no Qt)."""
