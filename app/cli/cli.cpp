#include "cli.h"

#include "session.h"

#include <QHash>

namespace coffer::cli {

QString usage()
{
    return QStringLiteral(
        "usage: coffer-cli [--db PATH | --db postgresql://USER@HOST:PORT/DB] [--merchant NAME] "
        "[--user NAME] [--json] COMMAND ...\n"
        "  init --merchant NAME [--currency CODE] --admin NAME\n"
        "  wallet add --name NAME --type cash|bank|ewallet|credit_card [--currency CODE] "
        "[--initial AMOUNT] [--default] [--excluded] [--account-number TEXT] [--bank-name TEXT]\n"
        "  wallet list\n"
        "  wallet archive NAME\n"
        "  wallet restore NAME\n"
        "  category list\n"
        "  category add --name NAME --type income|expense [--parent NAME]\n"
        "  tx add --type income|expense --wallet NAME --amount AMOUNT [--category CODE_OR_NAME] "
        "[--date YYYY-MM-DD] [--status pending|completed] [--reference TYPE:ID] [--note TEXT]\n"
        "  tx list [--wallet NAME] [--from DATE] [--to DATE] [--limit N]\n"
        "  tx cancel ID\n"
        "  tx complete ID\n"
        "  transfer --from NAME --to NAME --amount AMOUNT [--to-amount AMOUNT | --rate RATE] "
        "[--date DATE] [--note TEXT]\n"
        "  event sale-paid --reference ID --wallet NAME --amount AMOUNT [--date DATE]\n"
        "  event purchase-received --reference ID --wallet NAME --amount AMOUNT [--date DATE]\n"
        "  balance [--wallet NAME]\n"
        "  verify\n"
        "  generate --transactions N [--seed S] [--until YYYY-MM-DD]\n"
        "  bench [--transactions N[,N...]] [--seed S]\n"
        "  user add --name NAME --role owner|bookkeeper|reviewer|reconciler|admin|payee|auditor "
        "[--payee OWNER_TYPE:OWNER_ID]\n"
        "  user list\n"
        "  user role NAME ROLE [--payee OWNER_TYPE:OWNER_ID]\n"
        "  user disable NAME | user enable NAME | user unlock NAME\n"
        "  user password NAME\n"
        "  totp enroll [--algorithm SHA1|SHA256|SHA512] [--digits 6|8]\n"
        "  totp verify CODE\n"
        "  audit list [--limit N] [--actor NAME] [--action PREFIX] [--from DATE] [--to DATE]\n"
        "  audit verify [--head HASH]   (HASH: the 64 hex digits it printed before)\n"
        "  fee set [--percent P] [--fixed AMOUNT [CODE]] [--credit-type TYPE] "
        "[--instant-percent P]\n"
        "  fee show\n"
        "  payee get-or-create --owner-type customer|affiliate|creator|vendor --owner-id ID "
        "--currency CODE\n"
        "  payee credit --owner-id ID --type earning|tip|bonus|commission|referral|refund|"
        "adjustment --amount GROSS [--currency CODE] [--available-on YYYY-MM-DD] "
        "[--idempotency-key K] [--note TEXT]\n"
        "  payee show --owner-id ID [--limit N]   (available, pending, held, history)\n"
        "  payee list\n"
        "  method add --owner-id ID --kind bank|paypal|venmo|cashapp|debit_card|crypto --details "
        "TEXT [--currency CODE] [--default]\n"
        "  method list --owner-id ID\n"
        "  method remove ID | method default ID\n"
        "  payout request --owner-id ID --amount A [--method ID] [--instant] [--currency CODE] "
        "[--idempotency-key K]   (prints the payout number)\n"
        "  payout approve NUMBER   (the one-time password from COFFER_TOTP or a prompt)\n"
        "  payout process NUMBER\n"
        "  payout execute NUMBER --reference REF --actual-amount A --proof FILE [--note TEXT] "
        "[--wallet NAME] [--idempotency-key K]\n"
        "  payout fail NUMBER --code CODE --message TEXT [--retry]\n"
        "  payout cancel NUMBER [--reason TEXT]\n"
        "  payout replace-proof NUMBER --proof FILE --reason TEXT\n"
        "  payout list [--state STATE] [--owner-id ID] [--limit N]\n"
        "  payout show NUMBER [--save-proof DOCUMENT_ID --out FILE]\n"
        "  customer add --name NAME [--email E] [--tax-id T] [--address TEXT] [--currency CODE] "
        "[--terms DAYS] [--cycle none|monthly] [--tax-mode exclusive|inclusive] "
        "[--rounding per_line|per_invoice] [--tax-rate PERCENT] [--cost-tax-rate PERCENT]\n"
        "  customer list\n"
        "  customer show NAME [--limit N]   (ledger with balance_after, balance, open invoices)\n"
        "  invoice create --customer NAME [--due YYYY-MM-DD] [--note TEXT] "
        "[--uninvoiced-through YYYY-MM-DD]   (prints the draft's id)\n"
        "  invoice add-line ID --description TEXT --quantity Q --unit-price P "
        "[--tax-rate PERCENT] [--discount PERCENT]\n"
        "  invoice issue ID   (prints the number INV-YYYY-NNNNNN)\n"
        "  invoice cancel NUMBER --reason TEXT   (issues a credit note)\n"
        "  invoice delete ID   (a draft)\n"
        "  invoice list [--state draft|issued|partly_paid|paid|overdue|cancelled] "
        "[--customer NAME] [--limit N]\n"
        "  invoice show NUMBER\n"
        "  invoice pdf NUMBER --out FILE\n"
        "  payment register --customer NAME --amount A [--method M] [--reference R] "
        "[--date YYYY-MM-DD] [--invoice NUMBER] [--wallet NAME]   (--wallet: also record the "
        "sale in that wallet)\n"
        "  payment list [--customer NAME] [--limit N]\n"
        "  payment receipt ID --out FILE   (the payment's receipt as PDF)\n"
        "  billing run-monthly --month YYYY-MM\n"
        "  billing mark-overdue [--as-of YYYY-MM-DD] [--out DIR]   (reminder letters and e-mail "
        "drafts go to DIR, by default reminders-DATE)\n"
        "  letterhead show | letterhead set [--address TEXT] [--tax-id T] [--email E] "
        "[--logo FILE|none] [--language en|vi]   (what invoices print about the merchant)\n"
        "  reconcile   (customer balances against their ledgers; exit 1 on drift)\n"
        "Without --db the embedded book in the user's data folder is used. Every command\n"
        "but init and bench signs in --user: the password comes from COFFER_PASSWORD or a\n"
        "prompt (init: the admin's password; user add and user password: the new one\n"
        "from COFFER_NEW_PASSWORD or a prompt). PostgreSQL passwords come from PGPASSWORD\n"
        "or a prompt. Exit: 0 done, 1 verify or audit verify found a problem, 2 error.\n");
}

namespace {

// The core names fields ("amount: ..."); on the command line they are options.
Error optionNamed(Error error)
{
    static const QStringList fields {QStringLiteral("amount"),
                                     QStringLiteral("to-amount"),
                                     QStringLiteral("to"),
                                     QStringLiteral("wallet"),
                                     QStringLiteral("category"),
                                     QStringLiteral("date"),
                                     QStringLiteral("note"),
                                     QStringLiteral("reference"),
                                     QStringLiteral("rate"),
                                     QStringLiteral("name"),
                                     QStringLiteral("initial"),
                                     QStringLiteral("currency"),
                                     QStringLiteral("parent"),
                                     QStringLiteral("status"),
                                     QStringLiteral("merchant"),
                                     QStringLiteral("metadata"),
                                     QStringLiteral("type"),
                                     QStringLiteral("payee"),
                                     QStringLiteral("owner-id"),
                                     QStringLiteral("idempotency-key"),
                                     QStringLiteral("available-on"),
                                     QStringLiteral("percent"),
                                     QStringLiteral("fixed"),
                                     QStringLiteral("instant-percent"),
                                     QStringLiteral("details"),
                                     QStringLiteral("method"),
                                     QStringLiteral("proof"),
                                     QStringLiteral("actual-amount"),
                                     QStringLiteral("code"),
                                     QStringLiteral("message"),
                                     QStringLiteral("reason"),
                                     QStringLiteral("evidence"),
                                     QStringLiteral("adjustment"),
                                     QStringLiteral("mode"),
                                     QStringLiteral("adjustment-amount"),
                                     QStringLiteral("email"),
                                     QStringLiteral("address"),
                                     QStringLiteral("terms"),
                                     QStringLiteral("description"),
                                     QStringLiteral("quantity"),
                                     QStringLiteral("discount"),
                                     QStringLiteral("due"),
                                     QStringLiteral("month"),
                                     QStringLiteral("language"),
                                     QStringLiteral("logo"),
                                     QStringLiteral("as-of")};
    // Fields the core names in words, and the option that sets them.
    static const QHash<QString, QString> spelled {
        {QStringLiteral("tax id"), QStringLiteral("tax-id")},
        {QStringLiteral("unit price"), QStringLiteral("unit-price")},
        {QStringLiteral("tax rate"), QStringLiteral("tax-rate")},
        {QStringLiteral("cost tax rate"), QStringLiteral("cost-tax-rate")}};
    const qsizetype colon = error.detail.indexOf(QStringLiteral(": "));
    if (colon <= 0)
        return error;
    const QString field = error.detail.left(colon);
    if (spelled.contains(field))
        error.detail.replace(0, colon, QStringLiteral("--") + spelled.value(field));
    else if (fields.contains(field))
        error.detail.prepend(QStringLiteral("--"));
    return error;
}

// The options of any command that take no value. --json is the JSON flag wherever
// it cannot be the value of the option before it.
const QStringList flagOptions {QStringLiteral("--default"), QStringLiteral("--excluded"),
                               QStringLiteral("--instant"), QStringLiteral("--retry"),
                               QStringLiteral("--json")};

void takeJsonFlag(QStringList &words, bool &json)
{
    for (qsizetype i = words.size() - 1; i >= 0; --i) {
        if (words.at(i) != QStringLiteral("--json"))
            continue;
        const QString before = i > 0 ? words.at(i - 1) : QString();
        const bool isValue
            = before.startsWith(QStringLiteral("--")) && !flagOptions.contains(before);
        if (!isValue) {
            words.removeAt(i);
            json = true;
        }
    }
}

} // namespace

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    Session session {out, err};
    QStringList words = arguments;
    // Global options come before the command; --json is also accepted after it.
    Status parsed = success();
    while (!words.isEmpty() && words.first().startsWith(QStringLiteral("--"))) {
        const QString option = words.takeFirst();
        if (option == QStringLiteral("--json")) {
            session.json = true;
        } else if (option == QStringLiteral("--help")) {
            out << usage();
            return 0;
        } else if (option == QStringLiteral("--db") || option == QStringLiteral("--merchant")
                   || option == QStringLiteral("--user")) {
            if (words.isEmpty() || words.first().startsWith(QStringLiteral("--"))) {
                parsed = makeError(ErrorCode::MissingOption,
                                   QStringLiteral("%1: needs a value").arg(option));
                break;
            }
            QString &target = option == QStringLiteral("--db") ? session.dbText
                : option == QStringLiteral("--merchant")       ? session.merchantName
                                                               : session.userName;
            target = words.takeFirst();
        } else {
            parsed
                = makeError(ErrorCode::UnknownOption,
                            QStringLiteral("%1: is not a global option (see --help)").arg(option));
            break;
        }
    }
    takeJsonFlag(words, session.json);

    static const QHash<QString, CommandHandler> commands {
        {QStringLiteral("init"), runInit},
        {QStringLiteral("wallet"), runWallet},
        {QStringLiteral("category"), runCategory},
        {QStringLiteral("balance"), runBalance},
        {QStringLiteral("tx"), runTx},
        {QStringLiteral("transfer"), runTransfer},
        {QStringLiteral("event"), runEvent},
        {QStringLiteral("verify"), runVerify},
        {QStringLiteral("generate"), runGenerate},
        {QStringLiteral("bench"), runBench},
        {QStringLiteral("user"), runUser},
        {QStringLiteral("totp"), runTotp},
        {QStringLiteral("audit"), runAudit},
        {QStringLiteral("fee"), runFee},
        {QStringLiteral("payee"), runPayee},
        {QStringLiteral("method"), runMethod},
        {QStringLiteral("payout"), runPayout},
        {QStringLiteral("adjustment"), runAdjustment},
        {QStringLiteral("customer"), runCustomer},
        {QStringLiteral("invoice"), runInvoice},
        {QStringLiteral("payment"), runPayment},
        {QStringLiteral("billing"), runBilling},
        {QStringLiteral("reconcile"), runReconcile},
        {QStringLiteral("letterhead"), runLetterhead},
    };
    if (parsed && words.isEmpty())
        parsed = makeError(ErrorCode::InvalidArgument,
                           QStringLiteral("no command given (see --help)"));
    if (parsed && !commands.contains(words.first()))
        parsed = makeError(ErrorCode::InvalidArgument,
                           QStringLiteral("'%1' is not a command (see --help)").arg(words.first()));
    if (parsed) {
        const QString command = words.takeFirst();
        parsed = commands.value(command)(session, words);
    }
    out.flush();
    if (!parsed) {
        parsed = optionNamed(parsed.error());
        err << "error: " << parsed.error().toString() << '\n';
        err.flush();
        return exitError;
    }
    return session.exitCode;
}

} // namespace coffer::cli
