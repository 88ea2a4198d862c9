#pragma once

#include "invoices/invoicetypes.h"

#include <QWidget>

#include <array>

class QLabel;

namespace coffer::ui {

// What customers owe on open invoices, by how far past due, in one currency.
struct Aging
{
    enum Bucket
    {
        NotYetDue,
        Days1To30,
        Days31To60,
        Days61To90,
        Over90,
        BucketCount
    };
    Currency currency;
    std::array<qint64, BucketCount> outstanding {}; // minor units
    qint64 total = 0;
    bool overflow = false; // a sum beyond 64 bits (then the sums are not shown)

    static Bucket bucketOf(int daysLate);
};

// The outstanding of the open invoices among `invoices`, by bucket, one Aging per
// currency (by currency code). Invoices that are not open are left out.
QList<Aging> agingOf(const QList<Invoice> &invoices, const QDate &today);

// A strip of boxes above the invoice list: one per bucket and one for the total, each
// with its amount per currency.
class AgingStrip : public QWidget
{
    Q_OBJECT

public:
    explicit AgingStrip(QWidget *parent = nullptr);
    void setAging(const QList<Aging> &aging);
    // What a box shows under its heading ("1,200.00 USD", one line per currency; "—"
    // when nothing); `bucket` BucketCount: the total box.
    QString amountText(Aging::Bucket bucket) const;

    static QString bucketName(Aging::Bucket bucket);

private:
    std::array<QLabel *, Aging::BucketCount + 1> m_amounts {};
};

} // namespace coffer::ui
