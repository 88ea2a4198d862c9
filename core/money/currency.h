#pragma once

#include "common/result.h"

#include <QList>
#include <QString>

namespace coffer {

// An ISO 4217 currency with its minor-unit exponent (VND 0, USD 2, BHD 3, CLF 4).
// The table ships inside the program as a resource; codes without minor units
// (gold, SDR, testing codes) are not usable for money and are not listed.
class Currency
{
public:
    Currency() = default;

    // Looks a code up case-insensitively; UnknownCurrency when absent.
    static Result<Currency> fromCode(const QString &code);
    static QList<Currency> all();
    // A code read back from a book: the ISO currency, or, for a code this build does
    // not know (a newer table, a damaged row), a currency that keeps the code with no
    // minor units and isListed() false, so the row still loads and verify names it.
    static Currency fromStoredCode(const QString &code);
    bool isListed() const { return m_listed; }

    bool isValid() const { return !m_code.isEmpty(); }
    const QString &code() const { return m_code; }
    int minorUnits() const { return m_minorUnits; }
    const QString &name() const { return m_name; }

    // 10^minorUnits: how many minor units make one major unit.
    qint64 scale() const;

    friend bool operator==(const Currency &a, const Currency &b) { return a.m_code == b.m_code; }

private:
    Currency(QString code, int minorUnits, QString name);

    QString m_code;
    int m_minorUnits = 0;
    QString m_name;
    bool m_listed = true;

    friend class CurrencyTable;
};

// 10^exponent for 0 <= exponent <= 18.
qint64 powerOfTen(int exponent);

} // namespace coffer
