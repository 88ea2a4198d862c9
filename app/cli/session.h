#pragma once

#include "arguments.h"
#include "ledger/book.h"

#include <QTextStream>

namespace coffer::cli {

// What one coffer-cli run works with: its streams, global options and, once a
// command needs it, the open book and the merchant it acts for.
struct Session
{
    Session(QTextStream &output, QTextStream &errors)
        : out(output)
        , err(errors)
    { }

    QTextStream &out;
    QTextStream &err;
    bool json = false;
    QString dbText; // --db; empty: the embedded default book
    QString merchantName; // --merchant
    QString userName; // --user
    std::unique_ptr<Book> book;
    SignedIn signedIn;
    QString password; // of the signed-in user, for acts that ask it again (totp enroll)
    Actor actor;
    Merchant merchant;
    int exitCode = 0; // set by a command that succeeds with findings (verify)

    // Opens the book (only `init` passes CreateIfMissing); PostgreSQL passwords come
    // from PGPASSWORD or a prompt.
    Status openBook(Book::Opening opening = Book::Opening::MustExist);
    // Opens the book, signs in --user and resolves the merchant (--merchant, or the
    // user's only one). Errors: MissingOption (no --user), the sign-in errors.
    Status openMerchant();
    // Opens the book and signs in --user (password from COFFER_PASSWORD or a prompt).
    Status signIn();
    // A secret from the environment variable, or typed at a prompt without echo.
    // Error: MissingOption naming the variable when neither is there.
    Result<QString> secret(const QString &variable, const QString &what) const;

    // Lookups shared by the commands; errors name the option.
    Result<Wallet> wallet(const QString &option, const QString &name) const;
    Result<Category> category(const QString &option, const QString &text,
                              std::optional<CategoryType> type = std::nullopt) const;
    QString walletName(qint64 walletId) const;
    QString categoryName(qint64 categoryId) const;

    mutable QList<Wallet> walletCache;
    mutable QList<Category> categoryCache;
};

// Parsers for option values; each error names the option and the rule.
Result<Money> parseAmount(const QString &option, const QString &text, const Currency &currency);
Result<QDate> parseDate(const QString &option, const QString &text);
Result<qint64> parsePositiveNumber(const QString &option, const QString &text);
// --limit N when given (at most 1'000'000), else 0: no limit.
Result<int> parseLimit(const CommandArguments &args);
Error relabel(Error error, const QString &option);
// --amount in the currency of the payee's wallet (--currency, or its only one);
// opens the merchant first. Errors name the option.
Result<Money> parsePayeeAmount(Session &session, const QString &ownerId,
                               const CommandArguments &args);
// A proof or evidence file read from disk; errors (InvalidProof) name the option.
Result<ProofFile> readProofFile(const QString &option, const QString &path);

using CommandHandler = Status (*)(Session &, const QStringList &);
Status runInit(Session &session, const QStringList &words);
Status runWallet(Session &session, const QStringList &words);
Status runCategory(Session &session, const QStringList &words);
Status runBalance(Session &session, const QStringList &words);
Status runTx(Session &session, const QStringList &words);
Status runTransfer(Session &session, const QStringList &words);
Status runEvent(Session &session, const QStringList &words);
Status runVerify(Session &session, const QStringList &words);
Status runGenerate(Session &session, const QStringList &words);
Status runBench(Session &session, const QStringList &words);
Status runUser(Session &session, const QStringList &words);
Status runTotp(Session &session, const QStringList &words);
Status runAudit(Session &session, const QStringList &words);
Status runFee(Session &session, const QStringList &words);
Status runPayee(Session &session, const QStringList &words);
Status runMethod(Session &session, const QStringList &words);
Status runPayout(Session &session, const QStringList &words);
Status runAdjustment(Session &session, const QStringList &words);
Status runCustomer(Session &session, const QStringList &words);
Status runInvoice(Session &session, const QStringList &words);
Status runPayment(Session &session, const QStringList &words);
Status runBilling(Session &session, const QStringList &words);
Status runReconcile(Session &session, const QStringList &words);
Status runLetterhead(Session &session, const QStringList &words);

// Exit codes: 0 done, 1 verify found differences, 2 an error.
constexpr int exitVerifyFailed = 1;
constexpr int exitError = 2;

} // namespace coffer::cli
