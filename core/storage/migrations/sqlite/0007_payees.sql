-- coffer: rebuilds tables
-- Payees and their wallets (000_...txt): money the merchant owes a customer,
-- affiliate, creator or vendor. A payee is known by an owner id unique within its
-- merchant; each of its wallets holds one currency. A payee wallet is a wallet of
-- type PAYEE (a liability: its balance is what the merchant owes), so the wallet
-- table is rebuilt for the new type and the payee column.
CREATE TABLE payee (
    id INTEGER PRIMARY KEY,
    merchant_id INTEGER NOT NULL REFERENCES merchant (id),
    owner_type TEXT NOT NULL CHECK (owner_type = 'customer' OR owner_type = 'affiliate' OR owner_type = 'creator' OR owner_type = 'vendor'),
    owner_id TEXT NOT NULL,
    created_by TEXT,
    created_at TEXT NOT NULL
);
CREATE UNIQUE INDEX payee_by_owner ON payee (merchant_id, owner_id);

CREATE TABLE wallet_rebuilt (
    id INTEGER PRIMARY KEY,
    merchant_id INTEGER NOT NULL REFERENCES merchant (id),
    type TEXT NOT NULL CHECK (type = 'CASH' OR type = 'BANK' OR type = 'EWALLET' OR type = 'CREDIT_CARD' OR type = 'PAYEE'),
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
    deleted_at TEXT,
    payee_id INTEGER REFERENCES payee (id),
    CHECK ((type = 'PAYEE') = (payee_id IS NOT NULL))
);
INSERT INTO wallet_rebuilt (id, merchant_id, type, status, name, name_i18n, account_number, bank_name, currency, initial_balance_minor, current_balance_minor, pending_balance_minor, held_balance_minor, is_default, is_excluded, metadata, created_by, modified_by, created_at, modified_at, deleted_at)
    SELECT id, merchant_id, type, status, name, name_i18n, account_number, bank_name, currency, initial_balance_minor, current_balance_minor, pending_balance_minor, held_balance_minor, is_default, is_excluded, metadata, created_by, modified_by, created_at, modified_at, deleted_at FROM wallet;
DROP TABLE wallet;
ALTER TABLE wallet_rebuilt RENAME TO wallet;
CREATE UNIQUE INDEX wallet_by_name ON wallet (merchant_id, name) WHERE deleted_at IS NULL AND payee_id IS NULL;
CREATE UNIQUE INDEX wallet_one_default ON wallet (merchant_id) WHERE is_default = 1 AND deleted_at IS NULL;
CREATE UNIQUE INDEX wallet_by_payee ON wallet (payee_id, currency) WHERE payee_id IS NOT NULL;

-- Platform fees taken from a credit before it reaches the payee: per merchant, and
-- optionally per credit type ('*' is the rule for every type without its own).
-- The share is in millionths (1.5% = 15000); the fixed part applies to credits in
-- its currency.
CREATE TABLE payee_fee (
    merchant_id INTEGER NOT NULL REFERENCES merchant (id),
    credit_type TEXT NOT NULL,
    parts_per_million INTEGER NOT NULL CHECK (parts_per_million >= 0 AND parts_per_million <= 1000000),
    fixed_minor INTEGER NOT NULL DEFAULT 0 CHECK (fixed_minor >= 0),
    fixed_currency TEXT,
    modified_by TEXT,
    modified_at TEXT NOT NULL,
    PRIMARY KEY (merchant_id, credit_type)
);
-- A merchant's payout settings; a merchant without a row has the defaults. The
-- policy version rises with every change of fees or adjustment policy, and an
-- approval is bound to the version it saw.
CREATE TABLE payout_setting (
    merchant_id INTEGER PRIMARY KEY REFERENCES merchant (id),
    instant_fee_ppm INTEGER NOT NULL DEFAULT 15000 CHECK (instant_fee_ppm >= 0 AND instant_fee_ppm <= 1000000),
    policy_version INTEGER NOT NULL DEFAULT 1,
    modified_by TEXT,
    modified_at TEXT NOT NULL
);

-- Fixed categories for payee credits and the merchant's fee income.
INSERT INTO category (merchant_id, identifier, code, value, type, parent_id, status, is_fixed, name, name_i18n, description_i18n, created_by, modified_by, created_at, modified_at)
    VALUES (NULL, '003_PLATFORM_FEES', 'PLATFORM_FEES', '003_PLATFORM_FEES', 'INCOME', NULL, 'ACTIVATED', 1, 'Platform fees', '{"en": "Platform fees", "vi": "Phí nền tảng"}', '{"en": "Fees taken from payee credits", "vi": "Phí khấu trừ từ khoản ghi có cho người nhận"}', 'system', 'system', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
INSERT INTO category (merchant_id, identifier, code, value, type, parent_id, status, is_fixed, name, name_i18n, description_i18n, created_by, modified_by, created_at, modified_at)
    VALUES (NULL, '004_INSTANT_PAYOUT_FEES', 'INSTANT_PAYOUT_FEES', '004_INSTANT_PAYOUT_FEES', 'INCOME', NULL, 'ACTIVATED', 1, 'Instant payout fees', '{"en": "Instant payout fees", "vi": "Phí chi trả tức thì"}', '{"en": "Fees for instant payouts", "vi": "Phí cho các khoản chi trả tức thì"}', 'system', 'system', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
INSERT INTO category (merchant_id, identifier, code, value, type, parent_id, status, is_fixed, name, name_i18n, description_i18n, created_by, modified_by, created_at, modified_at)
    VALUES (NULL, '103_PAYEE_EARNINGS', 'PAYEE_EARNINGS', '103_PAYEE_EARNINGS', 'EXPENSE', NULL, 'ACTIVATED', 1, 'Payee earnings', '{"en": "Payee earnings", "vi": "Thu nhập của người nhận"}', '{"en": "Earnings, tips, bonuses and commissions owed to payees", "vi": "Thu nhập, tiền thưởng và hoa hồng phải trả cho người nhận"}', 'system', 'system', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
