#pragma once

#include "invoices/invoiceservice.h"

#include <QAbstractTableModel>

#include <array>

namespace coffer::ui {

// The editable lines of a draft in the invoice editor. Cells hold what the user typed;
// each edit is parsed at once (quantity with parseQuantity, unit price with
// Money::parse in the user's locale, discount and tax with parseRate) and a cell that
// does not parse is marked (a red background, the rule in its tooltip) instead of
// being taken. The amounts are the core's (InvoiceService::amountsOf) over the lines
// that parse, recomputed on every edit.
class InvoiceLinesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Description,
        Quantity,
        UnitPrice,
        Discount,
        TaxRate,
        Amount, // computed: the net (exclusive prices) or gross (inclusive), read-only
        ColumnCount
    };
    static constexpr int InputCount = Amount;

    // One row as typed.
    struct Row
    {
        std::array<QString, InputCount> cells;
        std::array<QString, InputCount> problems; // empty: the cell is fine
        int position = 0; // the stored line it shows (0: not stored yet)
        bool changed = false; // edited since it was stored (it is then stored anew)
    };

    explicit InvoiceLinesModel(QObject *parent = nullptr);

    // The invoice's currency, tax mode and rounding, and the tax rate of new lines
    // (the customer's rate for items). The cells are parsed again.
    void setTerms(const Currency &currency, TaxMode mode, TaxRounding rounding,
                  qint64 defaultTaxRate);
    // Shows the stored lines of a draft (none changed).
    void setLines(const QList<InvoiceLine> &lines);
    // Appends an empty line (quantity 1, the default tax rate); returns its row.
    int appendRow();
    void removeLine(int row);
    // Sets the text of a cell as if typed (tests, and the editor's own use).
    bool setCell(int row, int column, const QString &text);

    const QList<Row> &rows() const { return m_rows; }
    // A row with neither description nor price is left out of totals and saving.
    bool isBlank(int row) const;
    // The first marked cell, as "line N: RULE", or empty when every line parses.
    QString firstProblem() const;
    // Marks a cell with the core's refusal (kept until the cell is edited).
    void markProblem(int row, int column, const QString &text);
    // What the row asks the core to add (the row must parse).
    NewInvoiceLine newLine(int row) const;
    void setStored(int row, int position);

    // The amounts of the lines that parse (in order), or the core's refusal.
    const Result<InvoiceAmounts> &amounts() const { return m_amounts; }
    const Currency &currency() const { return m_currency; }
    // The column a core refusal names ("quantity: …" -> Quantity), or -1.
    static int columnNamed(const QString &detail);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // The lines or their amounts changed.
    void amountsChanged();

private:
    QString parseProblem(const Row &row, int column) const;
    bool parses(const Row &row) const;
    InvoiceLine lineOf(const Row &row) const;
    void reparse();
    void recompute();

    QList<Row> m_rows;
    QList<int> m_computedRows; // the rows m_amounts' lines belong to
    Result<InvoiceAmounts> m_amounts = InvoiceAmounts {};
    Currency m_currency;
    TaxMode m_mode = TaxMode::Exclusive;
    TaxRounding m_rounding = TaxRounding::PerLine;
    qint64 m_defaultTaxRate = 0;
};

} // namespace coffer::ui
