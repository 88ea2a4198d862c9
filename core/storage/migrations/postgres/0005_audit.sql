-- The audit trail: one record per change of money, users, roles, settings or payout
-- state, written in the same transaction as the change. Each record's hash covers
-- its own fields and the previous record's hash (SHA-256), so that an edited,
-- removed or inserted record breaks the chain. audit_head holds the newest record
-- (and is the row appends lock, one at a time across desktops).
CREATE TABLE audit_record (
    id BIGINT PRIMARY KEY,
    recorded_at TEXT NOT NULL,
    merchant_id BIGINT,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    object_type TEXT NOT NULL,
    object_id TEXT NOT NULL,
    before_json TEXT,
    after_json TEXT,
    previous_hash TEXT NOT NULL,
    record_hash TEXT NOT NULL
);
CREATE INDEX audit_record_by_merchant ON audit_record (merchant_id, id);
CREATE TABLE audit_head (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    last_id BIGINT NOT NULL,
    last_hash TEXT NOT NULL
);
INSERT INTO audit_head (id, last_id, last_hash)
    VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
