-- Word searches in notes and references: trigram indexes answer ILIKE '%word%'
-- without reading every entry, when the pg_trgm extension can be created (it is a
-- trusted extension, so a book's owner may create it). Without it the search still
-- works, by scanning; the notice says why.
DO $$ BEGIN CREATE EXTENSION IF NOT EXISTS pg_trgm; EXCEPTION WHEN OTHERS THEN RAISE NOTICE 'pg_trgm unavailable (%): word searches will scan', SQLERRM; END $$;
DO $$ BEGIN IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN EXECUTE 'CREATE INDEX ledger_transaction_note_words ON ledger_transaction USING gin (note gin_trgm_ops)'; EXECUTE 'CREATE INDEX ledger_transaction_reference_words ON ledger_transaction USING gin (reference_id gin_trgm_ops)'; END IF; END $$;
