-- Payout adjustments (004_...txt, "payout_adjustments: durable obligations and
-- offsets"): what a payee owes the merchant (a deduction) or the merchant owes a
-- payee beyond the wallet (a credit), applied whole to a payout (payout_id) and
-- released when that payout is canceled or fails; the policy that says, per class,
-- whether an adjustment applies by itself (auto), when chosen (manual), or only
-- with an exception approval, set for a program (the payees of an owner type) or
-- for one payee.
ALTER TABLE payout ADD COLUMN deductions_minor INTEGER NOT NULL DEFAULT 0 CHECK (deductions_minor >= 0);
ALTER TABLE payout ADD COLUMN credits_minor INTEGER NOT NULL DEFAULT 0 CHECK (credits_minor >= 0);

CREATE TABLE payout_adjustment (
    id INTEGER PRIMARY KEY,
    merchant_id INTEGER NOT NULL REFERENCES merchant (id),
    payee_id INTEGER NOT NULL REFERENCES payee (id),
    wallet_id INTEGER NOT NULL REFERENCES wallet (id),
    currency TEXT NOT NULL,
    class TEXT NOT NULL CHECK (class IN ('carry_forward_deduction', 'carry_forward_credit', 'invoice_fee', 'manual_recovery')),
    mode TEXT NOT NULL CHECK (mode IN ('auto', 'manual', 'exception')),
    amount_minor INTEGER NOT NULL CHECK (amount_minor > 0),
    note TEXT,
    evidence_document_id INTEGER REFERENCES document (id),
    source_payout_id INTEGER REFERENCES payout (id),
    payout_id INTEGER REFERENCES payout (id),
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    modified_at TEXT NOT NULL
);
CREATE INDEX payout_adjustment_by_wallet ON payout_adjustment (wallet_id, payout_id, id);
CREATE INDEX payout_adjustment_by_payout ON payout_adjustment (payout_id);
CREATE INDEX payout_adjustment_by_source ON payout_adjustment (source_payout_id);
CREATE INDEX payout_adjustment_by_merchant ON payout_adjustment (merchant_id, payee_id, id);

CREATE TABLE adjustment_policy (
    id INTEGER PRIMARY KEY,
    merchant_id INTEGER NOT NULL REFERENCES merchant (id),
    owner_type TEXT CHECK (owner_type IN ('customer', 'affiliate', 'creator', 'vendor')),
    payee_id INTEGER REFERENCES payee (id),
    class TEXT NOT NULL CHECK (class IN ('carry_forward_deduction', 'carry_forward_credit', 'invoice_fee', 'manual_recovery')),
    mode TEXT NOT NULL CHECK (mode IN ('auto', 'manual', 'exception')),
    modified_by TEXT NOT NULL,
    modified_at TEXT NOT NULL,
    CHECK ((owner_type IS NULL AND payee_id IS NOT NULL) OR (owner_type IS NOT NULL AND payee_id IS NULL)),
    CHECK (class <> 'manual_recovery' OR mode <> 'auto')
);
CREATE UNIQUE INDEX adjustment_policy_for_program ON adjustment_policy (merchant_id, owner_type, class) WHERE owner_type IS NOT NULL;
CREATE UNIQUE INDEX adjustment_policy_for_payee ON adjustment_policy (merchant_id, payee_id, class) WHERE payee_id IS NOT NULL;

-- Fixed categories for what adjustments move: recoveries from payees (income) and
-- what the merchant pays beyond a payee's wallet (expense).
INSERT INTO category (merchant_id, identifier, code, value, type, parent_id, status, is_fixed, name, name_i18n, description_i18n, created_by, modified_by, created_at, modified_at)
    VALUES (NULL, '005_PAYOUT_RECOVERIES', 'PAYOUT_RECOVERIES', '005_PAYOUT_RECOVERIES', 'INCOME', NULL, 'ACTIVATED', 1, 'Payout recoveries', '{"en": "Payout recoveries", "vi": "Khoản thu hồi từ chi trả"}', '{"en": "Amounts payees owed, recovered from their payouts", "vi": "Các khoản người nhận còn nợ, thu hồi từ khoản chi trả"}', 'system', 'system', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
INSERT INTO category (merchant_id, identifier, code, value, type, parent_id, status, is_fixed, name, name_i18n, description_i18n, created_by, modified_by, created_at, modified_at)
    VALUES (NULL, '104_PAYOUT_ADJUSTMENTS', 'PAYOUT_ADJUSTMENTS', '104_PAYOUT_ADJUSTMENTS', 'EXPENSE', NULL, 'ACTIVATED', 1, 'Payout adjustments', '{"en": "Payout adjustments", "vi": "Điều chỉnh chi trả"}', '{"en": "Amounts paid to payees beyond their wallets, and overpayments", "vi": "Các khoản trả cho người nhận ngoài ví, và khoản trả thừa"}', 'system', 'system', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
