"""The structured techniques as stage machines, free of Qt and of the database (``shared/domain/techniques.md``)."""
