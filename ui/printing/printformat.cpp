#include "printing/printformat.h"

namespace coffer::printing {

namespace {

QLocale localeFor(const QString &language)
{
    if (language == QLatin1String("vi"))
        return QLocale(QLocale::Vietnamese, QLocale::Vietnam);
    return QLocale(QLocale::English, QLocale::UnitedStates);
}

} // namespace

DocumentLocale::DocumentLocale(const QString &language)
    : m_labels(&labelsFor(language))
    , m_locale(localeFor(language))
{ }

QString DocumentLocale::money(const Money &amount) const
{
    return amount.format(m_locale).replace(QLatin1Char(' '), QChar::Nbsp);
}

QString DocumentLocale::date(const QDate &date) const
{
    return date.isValid() ? m_locale.toString(date, m_labels->dateFormat) : QString();
}

QString DocumentLocale::quantity(qint64 millionths) const
{
    return localDecimal(quantityText(millionths));
}

QString DocumentLocale::percent(qint64 partsPerMillion) const
{
    return localDecimal(percentText(partsPerMillion)) + QChar(QChar::Nbsp) + QLatin1Char('%');
}

QString DocumentLocale::paymentTerms(int termsDays) const
{
    if (termsDays <= 0)
        return m_labels->termsOnReceipt;
    if (termsDays == 1)
        return m_labels->termsOneDay;
    return m_labels->termsDays.arg(termsDays);
}

QString DocumentLocale::localDecimal(QString text) const
{
    return text.replace(QLatin1Char('.'), m_locale.decimalPoint());
}

Status checkPrintLanguage(const QString &language)
{
    if (isPrintLanguage(language))
        return success();
    return makeError(ErrorCode::InvalidArgument,
                     QStringLiteral("language: documents print in %1, not \"%2\"")
                         .arg(printLanguages().join(QStringLiteral(", ")), language));
}

QDate effectiveDueDate(const Invoice &invoice, int termsDays)
{
    if (invoice.dueDate.isValid())
        return invoice.dueDate;
    return invoice.issueDate.isValid() ? invoice.issueDate.addDays(termsDays) : QDate();
}

} // namespace coffer::printing
