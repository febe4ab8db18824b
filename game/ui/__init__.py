"""The desktop game: the only package that imports pygame."""
