-- Pending entries are few; this index finds them without scanning the register
-- (a wallet with pending entries cannot be archived).
CREATE INDEX ledger_transaction_pending ON ledger_transaction (merchant_id, wallet_id, to_wallet_id)
    WHERE status = 'PENDING';
