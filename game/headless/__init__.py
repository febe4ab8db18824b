"""The engine without a window: one game (autoplay), many games (batch), debrief export (report)."""
