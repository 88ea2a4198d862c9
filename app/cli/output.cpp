#include "output.h"

#include <QJsonDocument>

namespace coffer::cli {

void TextTable::print(QTextStream &out) const
{
    QList<qsizetype> widths(m_header.size(), 0);
    auto measure = [&](const QStringList &row) {
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = qMax(widths[i], row.at(i).size());
    };
    measure(m_header);
    for (const QStringList &row : m_rows)
        measure(row);
    auto printRow = [&](const QStringList &row) {
        QStringList cells;
        for (qsizetype i = 0; i < widths.size(); ++i) {
            const QString cell = row.value(i);
            cells.append(m_rightAligned.contains(int(i)) ? cell.rightJustified(widths[i])
                                                         : cell.leftJustified(widths[i]));
        }
        out << cells.join(QStringLiteral("  ")).trimmed() << '\n';
    };
    printRow(m_header);
    for (const QStringList &row : m_rows)
        printRow(row);
}

void printJson(QTextStream &out, const QJsonObject &object)
{
    out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
}

} // namespace coffer::cli
