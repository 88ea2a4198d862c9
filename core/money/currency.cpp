#include "money/currency.h"

#include <QFile>
#include <QHash>
#include <QTextStream>

#include <algorithm>

namespace coffer {

class CurrencyTable
{
public:
    static const CurrencyTable &instance()
    {
        static const CurrencyTable table;
        return table;
    }

    QHash<QString, Currency> byCode;
    QList<Currency> ordered;

private:
    CurrencyTable()
    {
        QFile file(QStringLiteral(":/coffer/data/iso4217-minor-units.csv"));
        const bool opened = file.open(QIODevice::ReadOnly | QIODevice::Text);
        Q_ASSERT_X(opened, "CurrencyTable", "the ISO 4217 resource is missing");
        if (!opened)
            return;
        QTextStream in(&file);
        in.readLine(); // header: alpha_code,numeric_code,minor_units,currency_name,...
        while (!in.atEnd()) {
            const QStringList fields = in.readLine().split(QLatin1Char(','));
            if (fields.size() < 4)
                continue;
            bool numeric = false;
            const int minorUnits = fields.at(2).toInt(&numeric);
            if (!numeric) // "N.A.": no minor units, not a currency for money
                continue;
            Currency currency(fields.at(0).trimmed(), minorUnits, fields.at(3).trimmed());
            byCode.insert(currency.code(), currency);
            ordered.append(currency);
        }
        std::sort(ordered.begin(), ordered.end(),
                  [](const Currency &a, const Currency &b) { return a.code() < b.code(); });
    }
};

Currency::Currency(QString code, int minorUnits, QString name)
    : m_code(std::move(code))
    , m_minorUnits(minorUnits)
    , m_name(std::move(name))
{ }

Result<Currency> Currency::fromCode(const QString &code)
{
    const auto &table = CurrencyTable::instance().byCode;
    const auto found = table.constFind(code.trimmed().toUpper());
    if (found == table.constEnd())
        return makeError(
            ErrorCode::UnknownCurrency,
            QStringLiteral("currency: '%1' is not an ISO 4217 currency with minor units")
                .arg(code));
    return *found;
}

Currency Currency::fromStoredCode(const QString &code)
{
    auto listed = fromCode(code);
    if (listed)
        return *listed;
    Currency unlisted(code.isEmpty() ? QStringLiteral("???") : code, 0, QString());
    unlisted.m_listed = false;
    return unlisted;
}

QList<Currency> Currency::all()
{
    return CurrencyTable::instance().ordered;
}

qint64 Currency::scale() const
{
    return powerOfTen(m_minorUnits);
}

qint64 powerOfTen(int exponent)
{
    Q_ASSERT(exponent >= 0 && exponent <= 18);
    qint64 value = 1;
    for (int i = 0; i < exponent; ++i)
        value *= 10;
    return value;
}

} // namespace coffer
