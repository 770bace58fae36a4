"""The bridge between the Qt GUI and the plain-Python domain: threads in, signals out."""
