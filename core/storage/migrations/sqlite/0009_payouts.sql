-- Payouts (004_...txt and shared/DOMAIN.md "Payouts"): requests with a gapless
-- number per merchant and year, the amount held on the payee wallet from request to
-- its end, a timeline of every state change, approvals bound to what they saw,
-- immutable execution attempts, and proof-of-payment files kept in the book.
CREATE TABLE number_sequence (
    merchant_id INTEGER NOT NULL REFERENCES merchant (id),
    kind TEXT NOT NULL,
    year INTEGER NOT NULL,
    last_value INTEGER NOT NULL,
    PRIMARY KEY (merchant_id, kind, year)
);

CREATE TABLE payout (
    id INTEGER PRIMARY KEY,
    merchant_id INTEGER NOT NULL REFERENCES merchant (id),
    number TEXT NOT NULL,
    payee_id INTEGER NOT NULL REFERENCES payee (id),
    wallet_id INTEGER NOT NULL REFERENCES wallet (id),
    method_id INTEGER NOT NULL REFERENCES payout_method (id),
    currency TEXT NOT NULL,
    amount_minor INTEGER NOT NULL CHECK (amount_minor > 0),
    fee_minor INTEGER NOT NULL DEFAULT 0 CHECK (fee_minor >= 0),
    held_minor INTEGER NOT NULL CHECK (held_minor >= 0),
    instant INTEGER NOT NULL DEFAULT 0,
    state TEXT NOT NULL CHECK (state = 'pending' OR state = 'awaiting_exception_approval' OR state = 'approved' OR state = 'in_transit' OR state = 'paid' OR state = 'awaiting_reconciliation' OR state = 'failed' OR state = 'canceled' OR state = 'reversed'),
    policy_version INTEGER NOT NULL,
    requested_by TEXT NOT NULL,
    requested_by_id INTEGER NOT NULL,
    idempotency_key TEXT,
    latest_reference TEXT,
    paid_from_wallet_id INTEGER REFERENCES wallet (id),
    paid_entry_id INTEGER REFERENCES ledger_transaction (id),
    created_at TEXT NOT NULL,
    modified_at TEXT NOT NULL
);
CREATE UNIQUE INDEX payout_by_number ON payout (merchant_id, number);
CREATE UNIQUE INDEX payout_by_key ON payout (merchant_id, idempotency_key) WHERE idempotency_key IS NOT NULL;
CREATE INDEX payout_by_state ON payout (merchant_id, state, id);
CREATE INDEX payout_by_wallet ON payout (wallet_id, state);
CREATE INDEX payout_by_reference ON payout (merchant_id, latest_reference) WHERE latest_reference IS NOT NULL;

-- The timeline: every state a payout entered, by whom and when.
CREATE TABLE payout_event (
    id INTEGER PRIMARY KEY,
    payout_id INTEGER NOT NULL REFERENCES payout (id),
    from_state TEXT,
    to_state TEXT NOT NULL,
    actor TEXT NOT NULL,
    note TEXT,
    happened_at TEXT NOT NULL
);
CREATE INDEX payout_event_by_payout ON payout_event (payout_id, id);

-- An approval holds for the amount, method and policy version it saw; a change of
-- any of them voids it.
CREATE TABLE payout_approval (
    id INTEGER PRIMARY KEY,
    payout_id INTEGER NOT NULL REFERENCES payout (id),
    kind TEXT NOT NULL CHECK (kind = 'normal' OR kind = 'exception'),
    approver TEXT NOT NULL,
    approver_id INTEGER NOT NULL,
    amount_minor INTEGER NOT NULL,
    method_id INTEGER NOT NULL,
    policy_version INTEGER NOT NULL,
    approved_at TEXT NOT NULL,
    voided_at TEXT,
    void_reason TEXT
);
CREATE INDEX payout_approval_by_payout ON payout_approval (payout_id, id);

-- An execution attempt never changes once it has an outcome; a retry is a new one.
CREATE TABLE payout_attempt (
    id INTEGER PRIMARY KEY,
    merchant_id INTEGER NOT NULL REFERENCES merchant (id),
    payout_id INTEGER NOT NULL REFERENCES payout (id),
    attempt_no INTEGER NOT NULL,
    outcome TEXT NOT NULL CHECK (outcome = 'open' OR outcome = 'paid' OR outcome = 'mismatch' OR outcome = 'failed' OR outcome = 'returned'),
    external_reference TEXT,
    actual_minor INTEGER,
    failure_code TEXT,
    failure_message TEXT,
    note TEXT,
    idempotency_key TEXT,
    opened_by TEXT NOT NULL,
    opened_at TEXT NOT NULL,
    recorded_by TEXT,
    recorded_at TEXT
);
CREATE UNIQUE INDEX payout_attempt_number ON payout_attempt (payout_id, attempt_no);
CREATE UNIQUE INDEX payout_attempt_reference ON payout_attempt (merchant_id, external_reference) WHERE external_reference IS NOT NULL;

-- Files kept in the book (so a shared PostgreSQL book has them for every desktop).
CREATE TABLE document (
    id INTEGER PRIMARY KEY,
    merchant_id INTEGER NOT NULL REFERENCES merchant (id),
    file_name TEXT NOT NULL,
    mime_type TEXT NOT NULL,
    size_bytes INTEGER NOT NULL CHECK (size_bytes > 0),
    sha256 TEXT NOT NULL,
    content BLOB NOT NULL,
    uploaded_by TEXT NOT NULL,
    uploaded_at TEXT NOT NULL
);

-- A payout's proofs of payment; a replaced one stays, pointing at its successor.
CREATE TABLE payout_proof (
    id INTEGER PRIMARY KEY,
    payout_id INTEGER NOT NULL REFERENCES payout (id),
    attempt_id INTEGER NOT NULL REFERENCES payout_attempt (id),
    document_id INTEGER NOT NULL REFERENCES document (id),
    replaced_by_id INTEGER REFERENCES payout_proof (id),
    reason TEXT,
    added_by TEXT NOT NULL,
    added_at TEXT NOT NULL
);
CREATE INDEX payout_proof_by_payout ON payout_proof (payout_id, id);
