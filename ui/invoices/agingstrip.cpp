#include "invoices/agingstrip.h"

#include "invoices/invoicetexts.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QMap>
#include <QVBoxLayout>

namespace coffer::ui {

Aging::Bucket Aging::bucketOf(int daysLate)
{
    if (daysLate <= 0)
        return NotYetDue;
    if (daysLate <= 30)
        return Days1To30;
    if (daysLate <= 60)
        return Days31To60;
    if (daysLate <= 90)
        return Days61To90;
    return Over90;
}

QList<Aging> agingOf(const QList<Invoice> &invoices, const QDate &today)
{
    QMap<QString, Aging> byCurrency;
    for (const Invoice &invoice : invoices) {
        if (!isOpen(invoice))
            continue;
        Aging &aging = byCurrency[invoice.currency.code()];
        aging.currency = invoice.currency;
        const qint64 owed = invoice.outstanding().minorUnits();
        qint64 &bucket = aging.outstanding[Aging::bucketOf(daysLate(invoice, today))];
        aging.overflow = aging.overflow || qAddOverflow(bucket, owed, &bucket)
            || qAddOverflow(aging.total, owed, &aging.total);
    }
    return byCurrency.values();
}

QString AgingStrip::bucketName(Aging::Bucket bucket)
{
    switch (bucket) {
    case Aging::NotYetDue: return tr("Not yet due");
    case Aging::Days1To30: return tr("1–30 days late");
    case Aging::Days31To60: return tr("31–60 days late");
    case Aging::Days61To90: return tr("61–90 days late");
    case Aging::Over90: return tr("Over 90 days late");
    case Aging::BucketCount: break;
    }
    return tr("Outstanding");
}

namespace {

QFrame *box(const QString &heading, QLabel *amount, QWidget *parent)
{
    auto *frame = new QFrame(parent);
    frame->setFrameShape(QFrame::StyledPanel);
    auto *title = new QLabel(heading, frame);
    QFont small = title->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    title->setFont(small);
    title->setForegroundRole(QPalette::PlaceholderText);
    QFont strong = amount->font();
    strong.setBold(true);
    amount->setFont(strong);
    amount->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->setSpacing(2);
    layout->addWidget(title);
    layout->addWidget(amount);
    layout->addStretch(1);
    return frame;
}

} // namespace

AgingStrip::AgingStrip(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("aging"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (int b = 0; b <= Aging::BucketCount; ++b) {
        m_amounts[b] = new QLabel(this);
        m_amounts[b]->setObjectName(QStringLiteral("aging%1").arg(b));
        layout->addWidget(box(bucketName(Aging::Bucket(b)), m_amounts[b], this), 1);
    }
    setAging({});
}

void AgingStrip::setAging(const QList<Aging> &aging)
{
    for (int b = 0; b <= Aging::BucketCount; ++b) {
        QStringList lines;
        for (const Aging &a : aging) {
            const qint64 minor = b == Aging::BucketCount ? a.total : a.outstanding[b];
            if (a.overflow)
                lines << tr("too large to sum (%1)").arg(a.currency.code());
            else if (minor != 0)
                lines << InvoiceTexts::money(Money(minor, a.currency));
        }
        m_amounts[b]->setText(lines.isEmpty() ? QStringLiteral("—")
                                              : lines.join(QLatin1Char('\n')));
    }
}

QString AgingStrip::amountText(Aging::Bucket bucket) const
{
    return m_amounts[bucket]->text();
}

} // namespace coffer::ui
