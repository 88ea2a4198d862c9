#pragma once

#include <QString>

namespace coffer {

// One code per broken rule. Codes are stable: the CLI prints them verbatim
// ("error: <Code>: <detail>") and scripts may match on them.
enum class ErrorCode
{
    // Input shape
    InvalidArgument,
    UnknownOption,
    MissingOption,
    FieldRequired,
    FieldTooLong,
    InvalidText,
    InvalidDate,
    InvalidAmount,
    TooManyDecimals,
    AmountMustBePositive,
    AmountOverflow,
    InvalidRate,
    UnknownCurrency,
    CurrencyMismatch,
    InvalidReference,
    // Book and merchants
    BookNotFound,
    BookNotInitialised,
    MerchantNotFound,
    MerchantAlreadyExists,
    MerchantRequired,
    // Wallets
    WalletNotFound,
    WalletArchived,
    WalletNameTaken,
    DefaultWalletCannotBeArchived,
    WalletHasPendingEntries,
    WalletNotArchived,
    // Categories
    CategoryNotFound,
    CategoryArchived,
    CategoryTypeMismatch,
    CategoryNameTaken,
    FixedCategoryProtected,
    CategoryCycle,
    CategoryHasChildren,
    CategoryNotArchived,
    // Transactions
    TransactionNotFound,
    TransactionNotCancellable,
    TransactionNotCompletable,
    TransferToSameWallet,
    DuplicateReference,
    IdempotencyConflict,
    // Storage
    StorageError,
    SchemaTooNew,
    ConnectionFailed,
    // Sign-in, permissions and one-time passwords
    PermissionDenied,
    InvalidOtp,
    OtpReplayed,
    SignInFailed, // a wrong name or password (which one is not said)
    SignInThrottled, // too soon after failed attempts: wait, then try again
    UserLocked, // too many failed attempts: locked for a while or until unlocked
    UserDisabled,
    UserNotFound,
    UserNameTaken,
    UnknownRole,
    LastAdmin, // the change would leave the merchant without an admin
    TotpNotEnrolled,
    WeakPassword,
    // Payees and payouts
    PayeeNotFound, // also what a payee gets for another payee's wallet
    PayeeTypeMismatch, // the owner id belongs to a payee of another owner type
    CurrencyRequired, // the payee has wallets in several currencies: name one
    InvalidPaymentDetails, // a payout method's details break its kind's rule
    PayoutMethodNotFound,
    PayoutMethodExists, // the payee has this method already
    PayoutNotFound,
    PayoutStateConflict, // the state table does not allow the move
    PayoutConflict, // another active payout of the wallet uses the method
    InsufficientFunds, // more than the wallet's available balance
    SeparationOfDuties, // a requester approving, or one person in two roles of a payout
    InvalidProof, // a proof file that is empty, too big or not a PDF, PNG or JPEG
    AdjustmentNotFound, // also what a payee gets for another payee's adjustment
    AdjustmentNotOpen, // the adjustment is applied to another payout already
    // Customers and invoices
    CustomerNotFound,
    CustomerNameTaken,
    InvoiceNotFound, // also a draft id or number of another merchant
    InvoiceStateConflict, // e.g. editing an issued invoice, paying a cancelled one
    NothingToBill, // no lines to invoice
    // Secrets
    KeychainUnavailable,
    KeychainTimeout,
};

// The stable, CamelCase name of a code, e.g. "TooManyDecimals".
QString errorCodeName(ErrorCode code);

struct Error
{
    ErrorCode code;
    QString detail; // human text that names the field and the rule

    QString toString() const { return errorCodeName(code) + QStringLiteral(": ") + detail; }
};

inline Error makeError(ErrorCode code, const QString &detail)
{
    return Error {code, detail};
}

} // namespace coffer
