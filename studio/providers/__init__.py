"""Vendor clients and the offline engine behind one `Provider` interface (no Qt)."""
