"""MeetingDesk: meetings that decide, and proof that what they decide gets done."""

__version__ = "0.1.0"
