"""Plants added in dataset 2026-12-02.1, each with its sources (exact quotes from the stored pages read)."""
PLANTS = []
