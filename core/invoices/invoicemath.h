#pragma once

#include "money/money.h"

namespace coffer {

// The exact arithmetic of invoice lines and totals: integers only, one named
// rounding per amount (half-up unless said), no floating point anywhere.

// How prices are written: without tax (tax is added on top) or with tax included
// (tax is the part of the price the rate accounts for).
enum class TaxMode
{
    Exclusive,
    Inclusive
};

// Where tax is rounded: on every line, or once per tax rate over the invoice (the
// rate group's tax is then shared among its lines by largest remainder, so the lines
// still add up to the group).
enum class TaxRounding
{
    PerLine,
    PerInvoice
};

// "exclusive"/"inclusive", "per_line"/"per_invoice".
QString toCode(TaxMode mode);
QString toCode(TaxRounding rounding);
std::optional<TaxMode> taxModeFromText(const QString &text);
std::optional<TaxRounding> taxRoundingFromText(const QString &text);

// A quantity with up to six decimals, kept as a count of millionths: "2.5" is
// 2'500'000.
constexpr qint64 quantityScale = 1'000'000;
// A percentage with up to four decimals, kept in parts per million: "8.25" (%) is
// 82'500; 100 % is 1'000'000.
constexpr qint64 rateScale = 1'000'000;

// The texts below are ASCII digits with at most one '.' point, a digit on each side
// of it ("0.5", not ".5" or "5."): no grouping, no sign, no exponent, no space inside
// (spaces around are ignored). Details read "FIELD: 'TEXT' RULE".
//
// Parses "3", "2.5", "0.125". Errors: InvalidArgument (not a number, zero or
// negative, more than six decimals, more than 1'000'000'000 units).
Result<qint64> parseQuantity(const QString &text,
                             const QString &field = QStringLiteral("quantity"));
// Parses a percentage "10", "8.25", "0" into parts per million. Errors: InvalidRate
// (not a number, negative, more than four decimals, above `maxPercent`).
// (payees/fees.h has parsePercent for fee shares, which are amounts, not rates.)
Result<qint64> parseRate(const QString &text, const QString &field, int maxPercent = 100);
// 2'500'000 -> "2.5"; 3'000'000 -> "3" (no trailing zeros). millionths >= 0.
QString quantityText(qint64 millionths);
// 82'500 -> "8.25"; 100'000 -> "10" (up to four decimals, no trailing zeros). The same
// function as in payees/fees.h, defined once, in payees/fees.cpp.
QString percentText(qint64 partsPerMillion);

// One line as written on the invoice.
struct LineInput
{
    qint64 quantity = 0; // millionths, > 0
    qint64 unitPrice = 0; // minor units, >= 0
    qint64 discount = 0; // parts per million, 0 ..= 1'000'000
    qint64 taxRate = 0; // parts per million, >= 0
};

// What a line comes to, in minor units: net + tax == gross.
struct LineAmounts
{
    qint64 net = 0;
    qint64 tax = 0;
    qint64 gross = 0;
};

// The tax of one rate over the invoice: the base it is charged on and the tax.
struct TaxBand
{
    qint64 rate = 0; // parts per million
    qint64 base = 0; // the nets of the lines at this rate
    qint64 tax = 0;

    friend bool operator==(const TaxBand &, const TaxBand &) = default;
};

struct InvoiceAmounts
{
    QList<LineAmounts> lines; // in the order given
    QList<TaxBand> bands; // by rate, ascending; a rate appears once
    qint64 subtotal = 0; // sum of nets
    qint64 tax = 0; // sum of the bands' tax == sum of the lines' tax
    qint64 total = 0; // subtotal + tax == sum of the lines' gross
};

// The amounts of an invoice's lines (all in one currency's minor units).
//
//   exclusive: the line's amount A = round(quantity × price × (1 − discount)) is its
//              net; per line, tax = round(net × rate); per invoice, a band's tax =
//              round(Σ nets at the rate × rate).
//   inclusive: A is the line's gross; per line, tax = round(gross × rate / (1 +
//              rate)); per invoice, a band's tax = round(Σ gross at the rate × rate
//              / (1 + rate)); net = gross − tax.
//
// Every round() is half-up (ties away from zero) on the exact rational value. Per
// invoice, a band's tax is shared among its lines in proportion to their A by largest
// remainder (the earliest line first on ties); a line whose A is 0 gets no tax. Every
// rate present makes a band, 0 % too; no lines give all zeros and no bands.
// Errors (every line is checked before any arithmetic; details read "line N: FIELD:
// RULE", N from 1): InvalidArgument (a quantity not above zero, a negative price, a
// discount outside 0..100 %, a negative rate), AmountOverflow (a line, a band or a
// total beyond 64 bits).
Result<InvoiceAmounts> computeInvoiceAmounts(const QList<LineInput> &lines, TaxMode mode,
                                             TaxRounding rounding);

} // namespace coffer
