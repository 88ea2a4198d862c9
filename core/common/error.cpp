#include "common/error.h"

namespace coffer {

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidArgument: return QStringLiteral("InvalidArgument");
    case ErrorCode::UnknownOption: return QStringLiteral("UnknownOption");
    case ErrorCode::MissingOption: return QStringLiteral("MissingOption");
    case ErrorCode::FieldRequired: return QStringLiteral("FieldRequired");
    case ErrorCode::FieldTooLong: return QStringLiteral("FieldTooLong");
    case ErrorCode::InvalidText: return QStringLiteral("InvalidText");
    case ErrorCode::InvalidDate: return QStringLiteral("InvalidDate");
    case ErrorCode::InvalidAmount: return QStringLiteral("InvalidAmount");
    case ErrorCode::TooManyDecimals: return QStringLiteral("TooManyDecimals");
    case ErrorCode::AmountMustBePositive: return QStringLiteral("AmountMustBePositive");
    case ErrorCode::AmountOverflow: return QStringLiteral("AmountOverflow");
    case ErrorCode::InvalidRate: return QStringLiteral("InvalidRate");
    case ErrorCode::UnknownCurrency: return QStringLiteral("UnknownCurrency");
    case ErrorCode::CurrencyMismatch: return QStringLiteral("CurrencyMismatch");
    case ErrorCode::InvalidReference: return QStringLiteral("InvalidReference");
    case ErrorCode::BookNotFound: return QStringLiteral("BookNotFound");
    case ErrorCode::BookNotInitialised: return QStringLiteral("BookNotInitialised");
    case ErrorCode::MerchantNotFound: return QStringLiteral("MerchantNotFound");
    case ErrorCode::MerchantAlreadyExists: return QStringLiteral("MerchantAlreadyExists");
    case ErrorCode::MerchantRequired: return QStringLiteral("MerchantRequired");
    case ErrorCode::WalletNotFound: return QStringLiteral("WalletNotFound");
    case ErrorCode::WalletArchived: return QStringLiteral("WalletArchived");
    case ErrorCode::WalletNameTaken: return QStringLiteral("WalletNameTaken");
    case ErrorCode::DefaultWalletCannotBeArchived:
        return QStringLiteral("DefaultWalletCannotBeArchived");
    case ErrorCode::WalletHasPendingEntries: return QStringLiteral("WalletHasPendingEntries");
    case ErrorCode::WalletNotArchived: return QStringLiteral("WalletNotArchived");
    case ErrorCode::CategoryNotFound: return QStringLiteral("CategoryNotFound");
    case ErrorCode::CategoryArchived: return QStringLiteral("CategoryArchived");
    case ErrorCode::CategoryTypeMismatch: return QStringLiteral("CategoryTypeMismatch");
    case ErrorCode::CategoryNameTaken: return QStringLiteral("CategoryNameTaken");
    case ErrorCode::FixedCategoryProtected: return QStringLiteral("FixedCategoryProtected");
    case ErrorCode::CategoryCycle: return QStringLiteral("CategoryCycle");
    case ErrorCode::CategoryHasChildren: return QStringLiteral("CategoryHasChildren");
    case ErrorCode::CategoryNotArchived: return QStringLiteral("CategoryNotArchived");
    case ErrorCode::TransactionNotFound: return QStringLiteral("TransactionNotFound");
    case ErrorCode::TransactionNotCancellable: return QStringLiteral("TransactionNotCancellable");
    case ErrorCode::TransactionNotCompletable: return QStringLiteral("TransactionNotCompletable");
    case ErrorCode::TransferToSameWallet: return QStringLiteral("TransferToSameWallet");
    case ErrorCode::DuplicateReference: return QStringLiteral("DuplicateReference");
    case ErrorCode::IdempotencyConflict: return QStringLiteral("IdempotencyConflict");
    case ErrorCode::StorageError: return QStringLiteral("StorageError");
    case ErrorCode::SchemaTooNew: return QStringLiteral("SchemaTooNew");
    case ErrorCode::ConnectionFailed: return QStringLiteral("ConnectionFailed");
    case ErrorCode::PermissionDenied: return QStringLiteral("PermissionDenied");
    case ErrorCode::InvalidOtp: return QStringLiteral("InvalidOtp");
    case ErrorCode::OtpReplayed: return QStringLiteral("OtpReplayed");
    case ErrorCode::SignInFailed: return QStringLiteral("SignInFailed");
    case ErrorCode::SignInThrottled: return QStringLiteral("SignInThrottled");
    case ErrorCode::UserLocked: return QStringLiteral("UserLocked");
    case ErrorCode::UserDisabled: return QStringLiteral("UserDisabled");
    case ErrorCode::UserNotFound: return QStringLiteral("UserNotFound");
    case ErrorCode::UserNameTaken: return QStringLiteral("UserNameTaken");
    case ErrorCode::UnknownRole: return QStringLiteral("UnknownRole");
    case ErrorCode::LastAdmin: return QStringLiteral("LastAdmin");
    case ErrorCode::TotpNotEnrolled: return QStringLiteral("TotpNotEnrolled");
    case ErrorCode::WeakPassword: return QStringLiteral("WeakPassword");
    case ErrorCode::PayeeNotFound: return QStringLiteral("PayeeNotFound");
    case ErrorCode::PayeeTypeMismatch: return QStringLiteral("PayeeTypeMismatch");
    case ErrorCode::CurrencyRequired: return QStringLiteral("CurrencyRequired");
    case ErrorCode::InvalidPaymentDetails: return QStringLiteral("InvalidPaymentDetails");
    case ErrorCode::PayoutMethodNotFound: return QStringLiteral("PayoutMethodNotFound");
    case ErrorCode::PayoutMethodExists: return QStringLiteral("PayoutMethodExists");
    case ErrorCode::PayoutNotFound: return QStringLiteral("PayoutNotFound");
    case ErrorCode::PayoutStateConflict: return QStringLiteral("PayoutStateConflict");
    case ErrorCode::PayoutConflict: return QStringLiteral("PayoutConflict");
    case ErrorCode::InsufficientFunds: return QStringLiteral("InsufficientFunds");
    case ErrorCode::SeparationOfDuties: return QStringLiteral("SeparationOfDuties");
    case ErrorCode::InvalidProof: return QStringLiteral("InvalidProof");
    case ErrorCode::AdjustmentNotFound: return QStringLiteral("AdjustmentNotFound");
    case ErrorCode::AdjustmentNotOpen: return QStringLiteral("AdjustmentNotOpen");
    case ErrorCode::CustomerNotFound: return QStringLiteral("CustomerNotFound");
    case ErrorCode::CustomerNameTaken: return QStringLiteral("CustomerNameTaken");
    case ErrorCode::InvoiceNotFound: return QStringLiteral("InvoiceNotFound");
    case ErrorCode::InvoiceStateConflict: return QStringLiteral("InvoiceStateConflict");
    case ErrorCode::NothingToBill: return QStringLiteral("NothingToBill");
    case ErrorCode::KeychainUnavailable: return QStringLiteral("KeychainUnavailable");
    case ErrorCode::KeychainTimeout: return QStringLiteral("KeychainTimeout");
    }
    Q_UNREACHABLE();
    return QStringLiteral("UnknownError");
}

} // namespace coffer
