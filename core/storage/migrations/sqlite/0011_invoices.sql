-- Invoices and customer accounts (002_...txt): the merchant's customers with their
-- billing settings; a customer ledger whose every line keeps the balance after it,
-- beside a current balance written in the same transaction; invoices and credit
-- notes with their lines, numbered when issued from number_sequence (INV, CRN); the
-- ledger entries an invoice bills (each once); payments and how they are allocated.
-- What prints on an invoice about the merchant lives on the merchant row.
ALTER TABLE merchant ADD COLUMN address TEXT;
ALTER TABLE merchant ADD COLUMN tax_id TEXT;
ALTER TABLE merchant ADD COLUMN email TEXT;
ALTER TABLE merchant ADD COLUMN logo_document_id INTEGER REFERENCES document (id);
ALTER TABLE merchant ADD COLUMN document_language TEXT NOT NULL DEFAULT 'en' CHECK (document_language IN ('en', 'vi'));

CREATE TABLE customer (
    id INTEGER PRIMARY KEY,
    merchant_id INTEGER NOT NULL REFERENCES merchant (id),
    name TEXT NOT NULL,
    name_key TEXT NOT NULL,
    email TEXT,
    tax_id TEXT,
    address TEXT,
    currency TEXT NOT NULL,
    terms_days INTEGER NOT NULL CHECK (terms_days BETWEEN 0 AND 365),
    cycle TEXT NOT NULL CHECK (cycle IN ('none', 'monthly')),
    tax_mode TEXT NOT NULL CHECK (tax_mode IN ('exclusive', 'inclusive')),
    tax_rounding TEXT NOT NULL CHECK (tax_rounding IN ('per_line', 'per_invoice')),
    item_tax_rate_ppm INTEGER NOT NULL DEFAULT 0 CHECK (item_tax_rate_ppm BETWEEN 0 AND 1000000),
    cost_tax_rate_ppm INTEGER NOT NULL DEFAULT 0 CHECK (cost_tax_rate_ppm BETWEEN 0 AND 1000000),
    balance_minor INTEGER NOT NULL DEFAULT 0,
    version INTEGER NOT NULL DEFAULT 1,
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    modified_at TEXT NOT NULL
);
CREATE UNIQUE INDEX customer_by_name ON customer (merchant_id, name_key);

CREATE TABLE invoice (
    id INTEGER PRIMARY KEY,
    merchant_id INTEGER NOT NULL REFERENCES merchant (id),
    customer_id INTEGER NOT NULL REFERENCES customer (id),
    kind TEXT NOT NULL CHECK (kind IN ('invoice', 'credit_note')),
    number TEXT,
    state TEXT NOT NULL CHECK (state IN ('draft', 'issued', 'paid', 'overdue', 'cancelled')),
    currency TEXT NOT NULL,
    tax_mode TEXT NOT NULL CHECK (tax_mode IN ('exclusive', 'inclusive')),
    tax_rounding TEXT NOT NULL CHECK (tax_rounding IN ('per_line', 'per_invoice')),
    issue_date TEXT,
    due_date TEXT,
    billing_period TEXT,
    cancels_invoice_id INTEGER REFERENCES invoice (id),
    note TEXT,
    subtotal_minor INTEGER NOT NULL DEFAULT 0,
    tax_minor INTEGER NOT NULL DEFAULT 0,
    total_minor INTEGER NOT NULL DEFAULT 0 CHECK (total_minor >= 0),
    paid_minor INTEGER NOT NULL DEFAULT 0 CHECK (paid_minor >= 0),
    parties TEXT,
    document_id INTEGER REFERENCES document (id),
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    modified_at TEXT NOT NULL,
    CHECK ((state = 'draft') = (number IS NULL)),
    CHECK (paid_minor <= total_minor)
);
CREATE UNIQUE INDEX invoice_by_number ON invoice (merchant_id, number) WHERE number IS NOT NULL;
-- One monthly invoice per customer and month; a cancelled one lets the month be
-- billed again.
CREATE UNIQUE INDEX invoice_one_per_period ON invoice (customer_id, billing_period)
    WHERE billing_period IS NOT NULL AND kind = 'invoice' AND state <> 'cancelled';
CREATE UNIQUE INDEX invoice_one_credit_note ON invoice (cancels_invoice_id) WHERE cancels_invoice_id IS NOT NULL;
CREATE INDEX invoice_by_customer ON invoice (customer_id, state, issue_date);
CREATE INDEX invoice_by_state ON invoice (merchant_id, state, due_date);

CREATE TABLE invoice_line (
    id INTEGER PRIMARY KEY,
    invoice_id INTEGER NOT NULL REFERENCES invoice (id),
    position INTEGER NOT NULL,
    description TEXT NOT NULL,
    quantity_millionths INTEGER NOT NULL CHECK (quantity_millionths > 0),
    unit_price_minor INTEGER NOT NULL CHECK (unit_price_minor >= 0),
    discount_ppm INTEGER NOT NULL CHECK (discount_ppm BETWEEN 0 AND 1000000),
    tax_rate_ppm INTEGER NOT NULL CHECK (tax_rate_ppm BETWEEN 0 AND 1000000),
    net_minor INTEGER NOT NULL DEFAULT 0,
    tax_minor INTEGER NOT NULL DEFAULT 0,
    gross_minor INTEGER NOT NULL DEFAULT 0,
    source_transaction_id INTEGER REFERENCES ledger_transaction (id)
);
CREATE UNIQUE INDEX invoice_line_position ON invoice_line (invoice_id, position);

-- A ledger entry is billed once, by the invoice (draft or issued) that holds it; a
-- cancelled or deleted one lets its entries go (its lines still name them).
CREATE TABLE invoice_source (
    transaction_id INTEGER PRIMARY KEY REFERENCES ledger_transaction (id),
    invoice_id INTEGER NOT NULL REFERENCES invoice (id)
);
CREATE INDEX invoice_source_by_invoice ON invoice_source (invoice_id);

CREATE TABLE customer_ledger_line (
    id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customer (id),
    kind TEXT NOT NULL CHECK (kind IN ('invoice', 'credit_note', 'payment', 'refund', 'adjustment')),
    amount_minor INTEGER NOT NULL CHECK (amount_minor <> 0),
    balance_after_minor INTEGER NOT NULL,
    reference_type TEXT NOT NULL,
    reference_id TEXT NOT NULL,
    invoice_id INTEGER REFERENCES invoice (id),
    description TEXT NOT NULL,
    line_date TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX customer_ledger_by_customer ON customer_ledger_line (customer_id, id);

CREATE TABLE payment (
    id INTEGER PRIMARY KEY,
    merchant_id INTEGER NOT NULL REFERENCES merchant (id),
    customer_id INTEGER NOT NULL REFERENCES customer (id),
    currency TEXT NOT NULL,
    amount_minor INTEGER NOT NULL CHECK (amount_minor > 0),
    unallocated_minor INTEGER NOT NULL CHECK (unallocated_minor >= 0),
    method TEXT NOT NULL,
    reference TEXT,
    payment_date TEXT NOT NULL,
    wallet_id INTEGER REFERENCES wallet (id),
    entry_id INTEGER REFERENCES ledger_transaction (id),
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    CHECK (unallocated_minor <= amount_minor)
);
CREATE INDEX payment_by_customer ON payment (customer_id, payment_date, id);

CREATE TABLE payment_allocation (
    id INTEGER PRIMARY KEY,
    payment_id INTEGER NOT NULL REFERENCES payment (id),
    invoice_id INTEGER NOT NULL REFERENCES invoice (id),
    amount_minor INTEGER NOT NULL CHECK (amount_minor > 0),
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX payment_allocation_by_payment ON payment_allocation (payment_id);
CREATE INDEX payment_allocation_by_invoice ON payment_allocation (invoice_id);
-- A reference "customer:NAME" links an entry to the customer it is billed to; unlike
-- other references it is not a key, so one customer has many entries.
DROP INDEX ledger_transaction_by_reference;
CREATE UNIQUE INDEX ledger_transaction_by_reference
    ON ledger_transaction (merchant_id, type, reference_type, reference_id)
    WHERE reference_id IS NOT NULL AND reverses_id IS NULL AND reference_type <> 'customer';
CREATE INDEX ledger_transaction_by_customer ON ledger_transaction (merchant_id, reference_id, transaction_date)
    WHERE reference_type = 'customer';
