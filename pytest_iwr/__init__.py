"""pytest-iwr: IWR-Bench (interactive webpage reconstruction) as a pytest plugin."""

__version__ = "0.1.0"
