-- Coffer ledger schema, SQLite dialect. Money columns hold integer minor units.
-- CHECKs compare with '=' rather than IN (...): SQLite builds an ephemeral table for
-- an IN list on every inserted row, which measured at a third of a bulk load.
CREATE TABLE merchant (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    default_currency TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'ACTIVATED' CHECK (status = 'ACTIVATED' OR status = 'ARCHIVED'),
    created_by TEXT,
    created_at TEXT NOT NULL
);
CREATE UNIQUE INDEX merchant_by_name ON merchant (name);

CREATE TABLE wallet (
    id INTEGER PRIMARY KEY,
    merchant_id INTEGER NOT NULL REFERENCES merchant (id),
    type TEXT NOT NULL CHECK (type = 'CASH' OR type = 'BANK' OR type = 'EWALLET' OR type = 'CREDIT_CARD'),
    status TEXT NOT NULL DEFAULT 'ACTIVATED' CHECK (status = 'ACTIVATED' OR status = 'ARCHIVED'),
    name TEXT NOT NULL,
    name_i18n TEXT NOT NULL DEFAULT '{}',
    account_number TEXT,
    bank_name TEXT,
    currency TEXT NOT NULL,
    initial_balance_minor INTEGER NOT NULL DEFAULT 0,
    current_balance_minor INTEGER NOT NULL DEFAULT 0,
    pending_balance_minor INTEGER NOT NULL DEFAULT 0,
    held_balance_minor INTEGER NOT NULL DEFAULT 0,
    is_default INTEGER NOT NULL DEFAULT 0,
    is_excluded INTEGER NOT NULL DEFAULT 0,
    metadata TEXT,
    created_by TEXT,
    modified_by TEXT,
    created_at TEXT NOT NULL,
    modified_at TEXT NOT NULL,
    deleted_at TEXT
);
CREATE UNIQUE INDEX wallet_by_name ON wallet (merchant_id, name) WHERE deleted_at IS NULL;
CREATE UNIQUE INDEX wallet_one_default ON wallet (merchant_id) WHERE is_default = 1 AND deleted_at IS NULL;

CREATE TABLE category (
    id INTEGER PRIMARY KEY,
    merchant_id INTEGER REFERENCES merchant (id),
    identifier TEXT NOT NULL,
    code TEXT,
    value TEXT,
    type TEXT NOT NULL CHECK (type = 'INCOME' OR type = 'EXPENSE'),
    parent_id INTEGER REFERENCES category (id),
    status TEXT NOT NULL DEFAULT 'ACTIVATED' CHECK (status = 'ACTIVATED' OR status = 'ARCHIVED'),
    is_fixed INTEGER NOT NULL DEFAULT 0,
    name TEXT NOT NULL,
    name_i18n TEXT NOT NULL DEFAULT '{}',
    description_i18n TEXT NOT NULL DEFAULT '{}',
    created_by TEXT,
    modified_by TEXT,
    created_at TEXT NOT NULL,
    modified_at TEXT NOT NULL,
    deleted_at TEXT
);
CREATE UNIQUE INDEX category_by_identifier ON category (identifier);
CREATE UNIQUE INDEX category_by_code ON category (code) WHERE code IS NOT NULL;

CREATE TABLE ledger_transaction (
    id INTEGER PRIMARY KEY,
    merchant_id INTEGER NOT NULL REFERENCES merchant (id),
    type TEXT NOT NULL CHECK (type = 'INCOME' OR type = 'EXPENSE' OR type = 'TRANSFER'),
    status TEXT NOT NULL CHECK (status = 'PENDING' OR status = 'COMPLETED' OR status = 'CANCELLED'),
    amount_minor INTEGER NOT NULL CHECK (amount_minor > 0),
    currency TEXT NOT NULL,
    to_amount_minor INTEGER CHECK (to_amount_minor > 0),
    to_currency TEXT,
    exchange_rate_micros INTEGER CHECK (exchange_rate_micros > 0),
    transaction_date TEXT NOT NULL,
    period_month INTEGER NOT NULL,
    wallet_id INTEGER NOT NULL REFERENCES wallet (id),
    to_wallet_id INTEGER REFERENCES wallet (id),
    category_id INTEGER REFERENCES category (id),
    reference_type TEXT,
    reference_id TEXT,
    reverses_id INTEGER REFERENCES ledger_transaction (id),
    note TEXT,
    metadata TEXT,
    created_by TEXT,
    modified_by TEXT,
    created_at TEXT NOT NULL,
    modified_at TEXT NOT NULL
);
CREATE INDEX ledger_transaction_by_date ON ledger_transaction (merchant_id, transaction_date, id);
CREATE UNIQUE INDEX ledger_transaction_by_reference
    ON ledger_transaction (merchant_id, type, reference_type, reference_id)
    WHERE reference_id IS NOT NULL AND reverses_id IS NULL;
CREATE UNIQUE INDEX ledger_transaction_one_reversal
    ON ledger_transaction (reverses_id) WHERE reverses_id IS NOT NULL;

-- Double entry: every transaction's postings sum to zero per currency. A posting
-- belongs to exactly one account: a wallet, a category or a clearing account.
CREATE TABLE posting (
    transaction_id INTEGER NOT NULL REFERENCES ledger_transaction (id),
    line_no INTEGER NOT NULL,
    wallet_id INTEGER REFERENCES wallet (id),
    category_id INTEGER REFERENCES category (id),
    clearing_account TEXT,
    currency TEXT NOT NULL,
    amount_minor INTEGER NOT NULL,
    transaction_date TEXT NOT NULL,
    PRIMARY KEY (transaction_id, line_no),
    CHECK ((wallet_id IS NOT NULL) + (category_id IS NOT NULL) + (clearing_account IS NOT NULL) = 1)
) WITHOUT ROWID;
CREATE INDEX posting_wallet_register ON posting (wallet_id, transaction_date, transaction_id)
    WHERE wallet_id IS NOT NULL;

-- Maintained aggregate of completed wallet postings per (wallet, category, month);
-- category_id 0 holds transfers. Reports read this instead of scanning postings.
CREATE TABLE period_total (
    wallet_id INTEGER NOT NULL REFERENCES wallet (id),
    category_id INTEGER NOT NULL,
    period_month INTEGER NOT NULL,
    amount_minor INTEGER NOT NULL,
    entry_count INTEGER NOT NULL,
    PRIMARY KEY (wallet_id, category_id, period_month)
) WITHOUT ROWID;
