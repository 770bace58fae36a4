"""local vendor package."""
