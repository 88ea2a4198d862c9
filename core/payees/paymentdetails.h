#pragma once

#include "common/result.h"

#include <QList>
#include <QString>

#include <optional>

namespace coffer {

// How a payee is paid (000_...txt).
enum class MethodKind
{
    Bank,
    PayPal,
    Venmo,
    CashApp,
    DebitCard,
    Crypto
};

// "bank", "paypal", "venmo", "cashapp", "debit_card", "crypto".
QString toCode(MethodKind kind);
std::optional<MethodKind> methodKindFromText(const QString &text);
QList<MethodKind> allMethodKinds();

// Payment details as typed, checked for their kind and reduced to what the book
// keeps: `stored` (normalised; a card keeps only its last four digits) and
// `masked` (what screens, listings and the audit trail show).
//   bank        an IBAN (country length and mod-97 checksum), or an account
//               number of 4 to 34 digits
//   paypal      an e-mail address
//   venmo       @handle: 5 to 30 letters, digits, '-' or '_'
//   cashapp     $cashtag: a letter, then up to 19 letters or digits
//   debit_card  the card number (12 to 19 digits, Luhn checksum), or its last four
//   crypto      NETWORK:ADDRESS for bitcoin (bc1... or a base58 1.../3...),
//               ethereum (0x and 40 hex digits), tron (T and 33 base58) or solana
//               (32 to 44 base58)
struct PaymentDetails
{
    QString stored;
    QString masked;
};
// Error: InvalidPaymentDetails naming the kind and the rule.
Result<PaymentDetails> checkPaymentDetails(MethodKind kind, const QString &text);

// ISO 13616: the country's length and the mod-97 checksum. For tests and screens.
bool isValidIban(const QString &compactIban);
bool passesLuhn(const QString &digits);

} // namespace coffer
