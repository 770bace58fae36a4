"""Voice Studio: record, validate, clone and audition voices."""

__version__ = "0.1.0"
