"""The rules of the game: pure, seeded, no pygame and no sentences (see docs/architecture.md)."""
