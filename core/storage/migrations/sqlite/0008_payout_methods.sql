-- Payout methods (000_...txt): how a payee is paid, saved per payee. Details are
-- kept as checked (a card only by its last four digits) beside the masked text
-- that screens and the audit trail show. A removed method stays, inactive, for
-- the payouts that used it. One default per payee.
CREATE TABLE payout_method (
    id INTEGER PRIMARY KEY,
    merchant_id INTEGER NOT NULL REFERENCES merchant (id),
    payee_id INTEGER NOT NULL REFERENCES payee (id),
    kind TEXT NOT NULL CHECK (kind = 'bank' OR kind = 'paypal' OR kind = 'venmo' OR kind = 'cashapp' OR kind = 'debit_card' OR kind = 'crypto'),
    currency TEXT NOT NULL,
    details TEXT NOT NULL,
    masked TEXT NOT NULL,
    is_default INTEGER NOT NULL DEFAULT 0,
    status TEXT NOT NULL DEFAULT 'ACTIVE' CHECK (status = 'ACTIVE' OR status = 'INACTIVE'),
    created_by TEXT,
    created_at TEXT NOT NULL,
    modified_by TEXT,
    modified_at TEXT NOT NULL,
    CHECK (is_default = 0 OR status = 'ACTIVE')
);
CREATE INDEX payout_method_by_payee ON payout_method (payee_id, id);
CREATE UNIQUE INDEX payout_method_one_default ON payout_method (payee_id) WHERE is_default = 1;
CREATE UNIQUE INDEX payout_method_once ON payout_method (payee_id, kind, currency, details) WHERE status = 'ACTIVE';
