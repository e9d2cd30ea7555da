"""Version of the hand-written runtime (kept equal to the distribution version in pyproject.toml)."""

__version__ = "0.1.0"
