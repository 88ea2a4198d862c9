#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <QTextStream>

namespace coffer::cli {

// A plain-text table: a header row and aligned columns; `rightAligned` columns
// (amounts) line up on the right.
class TextTable
{
public:
    explicit TextTable(QStringList header, QList<int> rightAligned = {})
        : m_header(std::move(header))
        , m_rightAligned(std::move(rightAligned))
    { }
    void addRow(const QStringList &row) { m_rows.append(row); }
    void print(QTextStream &out) const;

private:
    QStringList m_header;
    QList<int> m_rightAligned;
    QList<QStringList> m_rows;
};

void printJson(QTextStream &out, const QJsonObject &object);

} // namespace coffer::cli
