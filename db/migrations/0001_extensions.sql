-- Trigram matching for typo-tolerant search (available on PGlite and PostgreSQL contrib).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
