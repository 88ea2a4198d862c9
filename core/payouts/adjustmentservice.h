#pragma once

#include "payees/payeeservice.h"
#include "payouts/adjustmentrepository.h"
#include "payouts/payoutrepository.h"

namespace coffer {

// Payout adjustments (004_...txt): durable obligations between a payee and the
// merchant. A deduction (carry-forward deduction, invoice fee, manual recovery) is
// owed by the payee and recovered from a payout; a carry-forward credit is owed to
// the payee and sent with a payout. Each has a mode: auto ones join the payee's next
// payout by themselves, oldest first; manual ones when the request names them;
// exception ones, and any whose mode differs from policy, only through an
// exception approval by another person.
//
// The policy gives each class its mode for a payee: the payee's program (the rule
// for its owner type) first, else the payee's own rule, else the class's default
// (carry-forwards auto, invoice fees and manual recoveries manual).
//
// Permissions: reconcilers and admins (ReconcilePayouts) add adjustments; the
// book's readers read them, a payee their own; policy is a setting
// (ManageSettings), and a change voids the approvals of payouts not yet sent.
class AdjustmentService
{
public:
    AdjustmentService(Database &database, PayeeService &payees)
        : m_database(database)
        , m_payees(payees)
        , m_adjustments(database)
        , m_documents(database)
        , m_payeeRows(database)
    { }

    // Errors: PayeeNotFound, CurrencyRequired/CurrencyMismatch (the wallet),
    // AmountMustBePositive, InvalidArgument (a manual recovery in auto mode),
    // FieldRequired (evidence of a manual recovery; the invoice reference of an
    // invoice fee), InvalidProof (evidence), FieldTooLong/InvalidText (note).
    Result<Adjustment> add(const Actor &actor, const NewAdjustment &adjustment);
    // Newest first; ownerId empty: every payee the actor may read.
    Result<QList<Adjustment>> list(const Actor &actor, const QString &ownerId,
                                   int limit = 500) const;
    // The evidence file of an adjustment. Errors: AdjustmentNotFound,
    // InvalidArgument (none kept).
    Result<QByteArray> evidenceFile(const Actor &actor, qint64 adjustmentId) const;

    // The mode of every class for the payee, and where each comes from.
    Result<QList<AdjustmentRule>> policy(const Actor &actor, const QString &ownerId) const;
    // Errors: PayeeNotFound, InvalidArgument (a manual recovery in auto mode; no
    // program or payee named).
    Result<QList<AdjustmentRule>> setPolicy(const Actor &actor, const PolicyChange &change);

private:
    Database &m_database;
    PayeeService &m_payees;
    AdjustmentRepository m_adjustments;
    PayoutRepository m_documents;
    PayeeRepository m_payeeRows;
};

// The rules of program and payee (program first) resolved for every class.
QList<AdjustmentRule> resolvePolicy(const QList<AdjustmentRule> &stored);
AdjustmentMode modeFor(const QList<AdjustmentRule> &resolved, AdjustmentClass adjustmentClass);

// The JSON of an adjustment that the audit trail and coffer-cli keep.
QJsonObject adjustmentJson(const Adjustment &adjustment);

} // namespace coffer
