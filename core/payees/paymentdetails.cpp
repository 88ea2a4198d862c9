#include "payees/paymentdetails.h"

#include <QHash>
#include <QRegularExpression>

namespace coffer {

namespace {

Error invalid(MethodKind kind, const QString &rule)
{
    return makeError(ErrorCode::InvalidPaymentDetails,
                     QStringLiteral("details: a %1 method needs %2").arg(toCode(kind), rule));
}

// IBAN lengths of the SWIFT IBAN registry; other countries are checked by their
// checksum and the general bounds alone.
int ibanLength(const QString &country)
{
    static const QHash<QString, int> lengths {
        {QStringLiteral("AD"), 24}, {QStringLiteral("AE"), 23}, {QStringLiteral("AL"), 28},
        {QStringLiteral("AT"), 20}, {QStringLiteral("AZ"), 28}, {QStringLiteral("BA"), 20},
        {QStringLiteral("BE"), 16}, {QStringLiteral("BG"), 22}, {QStringLiteral("BH"), 22},
        {QStringLiteral("BR"), 29}, {QStringLiteral("BY"), 28}, {QStringLiteral("CH"), 21},
        {QStringLiteral("CR"), 22}, {QStringLiteral("CY"), 28}, {QStringLiteral("CZ"), 24},
        {QStringLiteral("DE"), 22}, {QStringLiteral("DK"), 18}, {QStringLiteral("DO"), 28},
        {QStringLiteral("EE"), 20}, {QStringLiteral("EG"), 29}, {QStringLiteral("ES"), 24},
        {QStringLiteral("FI"), 18}, {QStringLiteral("FO"), 18}, {QStringLiteral("FR"), 27},
        {QStringLiteral("GB"), 22}, {QStringLiteral("GE"), 22}, {QStringLiteral("GI"), 23},
        {QStringLiteral("GL"), 18}, {QStringLiteral("GR"), 27}, {QStringLiteral("GT"), 28},
        {QStringLiteral("HR"), 21}, {QStringLiteral("HU"), 28}, {QStringLiteral("IE"), 22},
        {QStringLiteral("IL"), 23}, {QStringLiteral("IQ"), 23}, {QStringLiteral("IS"), 26},
        {QStringLiteral("IT"), 27}, {QStringLiteral("JO"), 30}, {QStringLiteral("KW"), 30},
        {QStringLiteral("KZ"), 20}, {QStringLiteral("LB"), 28}, {QStringLiteral("LC"), 32},
        {QStringLiteral("LI"), 21}, {QStringLiteral("LT"), 20}, {QStringLiteral("LU"), 20},
        {QStringLiteral("LV"), 21}, {QStringLiteral("MC"), 27}, {QStringLiteral("MD"), 24},
        {QStringLiteral("ME"), 22}, {QStringLiteral("MK"), 19}, {QStringLiteral("MR"), 27},
        {QStringLiteral("MT"), 31}, {QStringLiteral("MU"), 30}, {QStringLiteral("NL"), 18},
        {QStringLiteral("NO"), 15}, {QStringLiteral("PK"), 24}, {QStringLiteral("PL"), 28},
        {QStringLiteral("PS"), 29}, {QStringLiteral("PT"), 25}, {QStringLiteral("QA"), 29},
        {QStringLiteral("RO"), 24}, {QStringLiteral("RS"), 22}, {QStringLiteral("SA"), 24},
        {QStringLiteral("SC"), 31}, {QStringLiteral("SE"), 24}, {QStringLiteral("SI"), 19},
        {QStringLiteral("SK"), 24}, {QStringLiteral("SM"), 27}, {QStringLiteral("ST"), 25},
        {QStringLiteral("SV"), 28}, {QStringLiteral("TL"), 23}, {QStringLiteral("TN"), 24},
        {QStringLiteral("TR"), 26}, {QStringLiteral("UA"), 29}, {QStringLiteral("VA"), 22},
        {QStringLiteral("VG"), 24}, {QStringLiteral("XK"), 20}};
    return lengths.value(country, 0);
}

QString lastFour(const QString &text)
{
    return text.right(4);
}

// Keeps the first `keep` characters and the last `tail`, with dots between.
QString maskMiddle(const QString &text, int keep, int tail)
{
    if (text.size() <= keep + tail)
        return text.left(keep) + QStringLiteral("•••");
    return text.left(keep) + QStringLiteral("•••") + text.right(tail);
}

Result<PaymentDetails> bankDetails(const QString &text)
{
    QString compact = text;
    compact.remove(QLatin1Char(' ')).remove(QLatin1Char('-'));
    compact = compact.toUpper();
    static const QRegularExpression ibanShape(QStringLiteral("^[A-Z]{2}\\d{2}[A-Z0-9]{11,30}$"));
    static const QRegularExpression account(QStringLiteral("^\\d{4,34}$"));
    if (compact.size() >= 2 && compact.at(0).isLetter() && compact.at(1).isLetter()) {
        if (!ibanShape.match(compact).hasMatch() || !isValidIban(compact))
            return invalid(MethodKind::Bank,
                           QStringLiteral("a valid IBAN: '%1' has the wrong length or check "
                                          "digits")
                               .arg(text.trimmed()));
        return PaymentDetails {
            compact, QStringLiteral("IBAN %1 ••••%2").arg(compact.left(2), lastFour(compact))};
    }
    if (!account.match(compact).hasMatch())
        return invalid(MethodKind::Bank,
                       QStringLiteral("an IBAN, or an account number of 4 to 34 digits"));
    return PaymentDetails {compact, QStringLiteral("Account ••••%1").arg(lastFour(compact))};
}

Result<PaymentDetails> paypalDetails(const QString &text)
{
    static const QRegularExpression email(QStringLiteral(
        "^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
        "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$"));
    const QString address = text.trimmed();
    if (address.size() > 254 || !email.match(address).hasMatch())
        return invalid(MethodKind::PayPal,
                       QStringLiteral("an e-mail address such as "
                                      "name@example.com"));
    const qsizetype at = address.indexOf(QLatin1Char('@'));
    const QString domain = address.mid(at + 1).toLower();
    return PaymentDetails {address.left(at) + QLatin1Char('@') + domain,
                           address.left(1) + QStringLiteral("•••@") + domain};
}

Result<PaymentDetails> handleDetails(MethodKind kind, const QString &text)
{
    static const QRegularExpression venmo(QStringLiteral("^@?([A-Za-z0-9_-]{5,30})$"));
    static const QRegularExpression cashtag(QStringLiteral("^\\$?([A-Za-z][A-Za-z0-9]{0,19})$"));
    const bool isVenmo = kind == MethodKind::Venmo;
    const auto match = (isVenmo ? venmo : cashtag).match(text.trimmed());
    if (!match.hasMatch())
        return invalid(kind,
                       isVenmo ? QStringLiteral("a handle such as @name-1 (5 to 30 "
                                                "letters, digits, '-' or '_')")
                               : QStringLiteral("a $cashtag: a letter, then up to 19 "
                                                "letters or digits"));
    const QString handle
        = (isVenmo ? QStringLiteral("@") : QStringLiteral("$")) + match.captured(1);
    return PaymentDetails {handle, maskMiddle(handle, 3, 0)};
}

QString cardBrand(const QString &digits)
{
    const int two = digits.left(2).toInt();
    const int four = digits.left(4).toInt();
    if (digits.startsWith(QLatin1Char('4')))
        return QStringLiteral("Visa");
    if ((two >= 51 && two <= 55) || (four >= 2221 && four <= 2720))
        return QStringLiteral("Mastercard");
    if (two == 34 || two == 37)
        return QStringLiteral("Amex");
    return QStringLiteral("Card");
}

Result<PaymentDetails> cardDetails(const QString &text)
{
    QString digits = text;
    digits.remove(QLatin1Char(' ')).remove(QLatin1Char('-'));
    static const QRegularExpression onlyDigits(QStringLiteral("^\\d+$"));
    if (!onlyDigits.match(digits).hasMatch()
        || !(digits.size() == 4 || (digits.size() >= 12 && digits.size() <= 19)))
        return invalid(MethodKind::DebitCard,
                       QStringLiteral("the card number (12 to 19 digits) or its last four digits"));
    if (digits.size() == 4)
        return PaymentDetails {digits, QStringLiteral("Card ••••%1").arg(digits)};
    if (!passesLuhn(digits))
        return invalid(MethodKind::DebitCard,
                       QStringLiteral("a card number whose check digit is right (Luhn)"));
    // Only the last four digits are kept: the book never holds a card number.
    return PaymentDetails {lastFour(digits),
                           QStringLiteral("%1 ••••%2").arg(cardBrand(digits), lastFour(digits))};
}

Result<PaymentDetails> cryptoDetails(const QString &text)
{
    static const QHash<QString, QRegularExpression> networks {
        {QStringLiteral("bitcoin"),
         QRegularExpression(QStringLiteral("^(bc1[02-9ac-hj-np-z]{39,59}|[13][1-9A-HJ-NP-Za-km-z]"
                                           "{25,34})$"))},
        {QStringLiteral("ethereum"), QRegularExpression(QStringLiteral("^0x[0-9A-Fa-f]{40}$"))},
        {QStringLiteral("tron"), QRegularExpression(QStringLiteral("^T[1-9A-HJ-NP-Za-km-z]{33}$"))},
        {QStringLiteral("solana"),
         QRegularExpression(QStringLiteral("^[1-9A-HJ-NP-Za-km-z]{32,44}$"))},
    };
    const QString trimmed = text.trimmed();
    const qsizetype colon = trimmed.indexOf(QLatin1Char(':'));
    const QString network = trimmed.left(colon).trimmed().toLower();
    const QString address = trimmed.mid(colon + 1).trimmed();
    const auto shape = networks.constFind(network);
    if (colon <= 0 || shape == networks.constEnd())
        return invalid(MethodKind::Crypto,
                       QStringLiteral("NETWORK:ADDRESS with the network bitcoin, ethereum, tron "
                                      "or solana"));
    if (!shape->match(address).hasMatch())
        return invalid(MethodKind::Crypto,
                       QStringLiteral("a %1 address; '%2' is not one").arg(network, address));
    return PaymentDetails {network + QLatin1Char(':') + address,
                           network + QLatin1Char(' ') + maskMiddle(address, 6, 4)};
}

} // namespace

QString toCode(MethodKind kind)
{
    switch (kind) {
    case MethodKind::Bank: return QStringLiteral("bank");
    case MethodKind::PayPal: return QStringLiteral("paypal");
    case MethodKind::Venmo: return QStringLiteral("venmo");
    case MethodKind::CashApp: return QStringLiteral("cashapp");
    case MethodKind::DebitCard: return QStringLiteral("debit_card");
    case MethodKind::Crypto: return QStringLiteral("crypto");
    }
    return {};
}

QList<MethodKind> allMethodKinds()
{
    return {MethodKind::Bank,    MethodKind::PayPal,    MethodKind::Venmo,
            MethodKind::CashApp, MethodKind::DebitCard, MethodKind::Crypto};
}

std::optional<MethodKind> methodKindFromText(const QString &text)
{
    for (MethodKind kind : allMethodKinds()) {
        if (toCode(kind).compare(text.trimmed(), Qt::CaseInsensitive) == 0)
            return kind;
    }
    return std::nullopt;
}

bool isValidIban(const QString &iban)
{
    if (iban.size() < 15 || iban.size() > 34)
        return false;
    const int expected = ibanLength(iban.left(2));
    if (expected != 0 && iban.size() != expected)
        return false;
    // Move the first four characters to the end, letters to 10..35, mod 97 == 1.
    const QString rearranged = iban.mid(4) + iban.left(4);
    int remainder = 0;
    for (QChar c : rearranged) {
        if (c.isDigit()) {
            remainder = (remainder * 10 + c.digitValue()) % 97;
        } else if (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) {
            const int value = c.unicode() - 'A' + 10;
            remainder = (remainder * 100 + value) % 97;
        } else {
            return false;
        }
    }
    return remainder == 1;
}

bool passesLuhn(const QString &digits)
{
    int sum = 0;
    bool twice = false;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        if (!digits.at(i).isDigit())
            return false;
        int d = digits.at(i).digitValue();
        if (twice) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        twice = !twice;
    }
    return !digits.isEmpty() && sum % 10 == 0;
}

Result<PaymentDetails> checkPaymentDetails(MethodKind kind, const QString &text)
{
    if (text.trimmed().isEmpty())
        return makeError(
            ErrorCode::FieldRequired,
            QStringLiteral("details: a %1 method needs its details").arg(toCode(kind)));
    if (text.size() > 200)
        return makeError(ErrorCode::FieldTooLong,
                         QStringLiteral("details: at most 200 characters"));
    switch (kind) {
    case MethodKind::Bank: return bankDetails(text);
    case MethodKind::PayPal: return paypalDetails(text);
    case MethodKind::Venmo:
    case MethodKind::CashApp: return handleDetails(kind, text);
    case MethodKind::DebitCard: return cardDetails(text);
    case MethodKind::Crypto: return cryptoDetails(text);
    }
    return invalid(kind, QStringLiteral("a known kind"));
}

} // namespace coffer
