-- Users of the book and their roles per merchant. A password is kept only as an
-- Argon2id hash string (salt and limits inside). secret_salt and the limits beside
-- it derive, from the password, the key that seals the user's TOTP secret: the
-- book alone never holds a usable secret. Failed sign-ins are counted here, so
-- back-off and locking survive a restart and hold across desktops.
CREATE TABLE app_user (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    name_key TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    secret_salt TEXT NOT NULL,
    secret_passes INTEGER NOT NULL,
    secret_memory INTEGER NOT NULL,
    disabled INTEGER NOT NULL DEFAULT 0,
    failed_sign_ins INTEGER NOT NULL DEFAULT 0,
    last_failed_at TEXT,
    locked_until TEXT,
    last_sign_in_at TEXT,
    totp_sealed TEXT,
    totp_algorithm TEXT,
    totp_digits INTEGER,
    totp_confirmed INTEGER NOT NULL DEFAULT 0,
    totp_last_step INTEGER NOT NULL DEFAULT 0,
    created_by TEXT,
    created_at TEXT NOT NULL
);
CREATE UNIQUE INDEX app_user_by_name ON app_user (name_key);
CREATE TABLE user_role (
    user_id INTEGER NOT NULL REFERENCES app_user (id),
    merchant_id INTEGER NOT NULL REFERENCES merchant (id),
    role TEXT NOT NULL CHECK (role IN ('owner', 'bookkeeper', 'reviewer', 'reconciler', 'admin',
                                       'payee', 'auditor')),
    payee_owner_type TEXT,
    payee_owner_id TEXT,
    PRIMARY KEY (user_id, merchant_id, role)
);
CREATE INDEX user_role_by_merchant ON user_role (merchant_id, user_id);
