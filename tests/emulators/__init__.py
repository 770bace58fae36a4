"""Local emulators of the vendor APIs, served on loopback by `harness.EmulatorServer`."""
