"""Pure rules and vocabulary of the office: no Qt, no database session."""
