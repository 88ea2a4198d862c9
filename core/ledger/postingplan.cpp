#include "ledger/postingplan.h"

namespace coffer {

const QString fxClearingAccount = QStringLiteral("FX_CLEARING");

namespace {

Money negate(const Money &money)
{
    // Amounts are validated positive, so negation cannot overflow.
    return Money(-money.minorUnits(), money.currency());
}

} // namespace

QList<Posting> planPostings(const Transaction &record)
{
    const Money &amount = record.amount;
    switch (record.type) {
    case TransactionType::Income:
        return {Posting {record.walletId, 0, {}, amount},
                Posting {0, record.categoryId, {}, negate(amount)}};
    case TransactionType::Expense:
        return {Posting {record.walletId, 0, {}, negate(amount)},
                Posting {0, record.categoryId, {}, amount}};
    case TransactionType::Transfer: {
        const Money received = record.toAmount.value_or(amount);
        if (received.currency() == amount.currency())
            return {Posting {record.walletId, 0, {}, negate(amount)},
                    Posting {record.toWalletId, 0, {}, received}};
        return {Posting {record.walletId, 0, {}, negate(amount)},
                Posting {0, 0, fxClearingAccount, amount},
                Posting {0, 0, fxClearingAccount, negate(received)},
                Posting {record.toWalletId, 0, {}, received}};
    }
    }
    Q_UNREACHABLE();
    return {};
}

QList<Posting> negatedPostings(const QList<Posting> &postings)
{
    QList<Posting> negated = postings;
    for (Posting &posting : negated)
        posting.amount = negate(posting.amount);
    return negated;
}

qint64 balanceChangeOf(const Transaction &t, const Wallet &wallet)
{
    const bool arrives = t.type == TransactionType::Income
        || (t.type == TransactionType::Transfer && t.toWalletId == wallet.id);
    const Money &moved = t.type == TransactionType::Transfer && t.toWalletId == wallet.id
        ? t.toAmount.value_or(t.amount)
        : t.amount;
    const qint64 change = arrives ? moved.minorUnits() : -moved.minorUnits();
    return wallet.balanceSign() * (t.reversesId != 0 ? -change : change);
}

} // namespace coffer
