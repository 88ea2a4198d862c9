#pragma once

#include "ledger/walletrepository.h"
#include "payees/methodrepository.h"
#include "payees/payeeaccess.h"
#include "payees/payeerepository.h"

#include <functional>

namespace coffer {

// A payee's payout methods: saved per payee, one default, removed by making them
// inactive (payouts keep naming them). Staff with RequestPayouts manage any payee's
// methods and a payee user their own (RequestOwnPayout); readers read them. To a
// payee user, another payee's method is PayoutMethodNotFound.
class MethodService
{
public:
    explicit MethodService(Database &database)
        : m_database(database)
        , m_methods(database)
        , m_payees(database)
        , m_wallets(database)
    { }

    // Errors: PayeeNotFound, InvalidPaymentDetails/FieldRequired/FieldTooLong
    // (details), CurrencyRequired (the payee has no single wallet: name the
    // currency), UnknownCurrency, PayoutMethodExists.
    Result<PayoutMethod> add(const Actor &actor, const NewPayoutMethod &method);
    Result<QList<PayoutMethod>> list(const Actor &actor, const QString &ownerId) const;
    Result<PayoutMethod> get(const Actor &actor, qint64 methodId) const;
    // Errors: PayoutMethodNotFound, InvalidArgument (already inactive),
    // PayoutConflict (an open payout pays through it).
    Result<PayoutMethod> remove(const Actor &actor, qint64 methodId);
    // Errors: PayoutMethodNotFound, InvalidArgument (inactive).
    Result<PayoutMethod> setDefault(const Actor &actor, qint64 methodId);

private:
    // Locks the method, lets `change` check and apply it (false: nothing changes,
    // nothing is written), records `action` with the method before and after.
    using Change = std::function<Result<bool>(PayoutMethod &method)>;
    Result<PayoutMethod> changeMethod(const Actor &actor, qint64 methodId, const QString &action,
                                      const Change &change);
    // The method, locked, once the actor may manage its payee.
    Result<PayoutMethod> reachMethod(const Actor &actor, qint64 methodId, PayeeAccess access,
                                     bool lock) const;
    Result<Currency> currencyFor(const NewPayoutMethod &method, const Payee &payee) const;

    Database &m_database;
    MethodRepository m_methods;
    PayeeRepository m_payees;
    WalletRepository m_wallets;
};

} // namespace coffer
