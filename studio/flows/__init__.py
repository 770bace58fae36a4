"""Qt-free workflows shared by the GUI services and the CLI."""
