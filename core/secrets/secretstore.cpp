#include "secrets/secretstore.h"

#include <QEventLoop>
#include <QTimer>
#include <qt6keychain/keychain.h>

#include <memory>

namespace coffer {

namespace {

// What a finished job reported; shared with the job's slot, which may run after
// the caller gave up waiting.
struct Outcome
{
    bool finished = false;
    QKeychain::Error error = QKeychain::NoError;
    QString errorText;
    QString secret;
};

// Starts `job` and waits for it, at most `timeout`, in a local event loop.
std::shared_ptr<Outcome> runJob(QKeychain::Job *job, std::chrono::milliseconds timeout)
{
    auto outcome = std::make_shared<Outcome>();
    QEventLoop loop;
    job->setAutoDelete(true); // the job deletes itself when it finishes, even late
    QObject::connect(job, &QKeychain::Job::finished, job, [outcome, &loop, job](QKeychain::Job *) {
        if (outcome->finished)
            return;
        outcome->finished = true;
        outcome->error = job->error();
        outcome->errorText = job->errorString();
        if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(job))
            outcome->secret = read->textData();
        loop.quit();
    });
    QTimer::singleShot(timeout, &loop, &QEventLoop::quit);
    job->start();
    if (!outcome->finished)
        loop.exec();
    if (!outcome->finished) {
        // Too late: the slot must not touch the loop, which is about to go.
        QObject::disconnect(job, &QKeychain::Job::finished, nullptr, nullptr);
    }
    return outcome;
}

Error keychainError(const Outcome &outcome, std::chrono::milliseconds timeout)
{
    if (!outcome.finished)
        return makeError(ErrorCode::KeychainTimeout,
                         QStringLiteral("keychain: no answer within %1 ms").arg(timeout.count()));
    return makeError(ErrorCode::KeychainUnavailable,
                     QStringLiteral("keychain: %1").arg(outcome.errorText));
}

} // namespace

SecretStore::SecretStore(std::chrono::milliseconds timeout, const QString &service)
    : m_timeout(timeout)
    , m_service(service)
{ }

QString SecretStore::databaseKey(const QString &user, const QString &host, int port,
                                 const QString &database)
{
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(user, host).arg(port).arg(database);
}

Status SecretStore::write(const QString &key, const QString &secret) const
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->setTextData(secret);
    const auto outcome = runJob(job, m_timeout);
    if (!outcome->finished || outcome->error != QKeychain::NoError)
        return keychainError(*outcome, m_timeout);
    return success();
}

Result<std::optional<QString>> SecretStore::read(const QString &key) const
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setInsecureFallback(false);
    job->setKey(key);
    const auto outcome = runJob(job, m_timeout);
    if (outcome->finished && outcome->error == QKeychain::EntryNotFound)
        return std::optional<QString>();
    if (!outcome->finished || outcome->error != QKeychain::NoError)
        return keychainError(*outcome, m_timeout);
    return std::optional<QString>(outcome->secret);
}

Status SecretStore::remove(const QString &key) const
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setInsecureFallback(false);
    job->setKey(key);
    const auto outcome = runJob(job, m_timeout);
    if (outcome->finished && outcome->error == QKeychain::EntryNotFound)
        return success();
    if (!outcome->finished || outcome->error != QKeychain::NoError)
        return keychainError(*outcome, m_timeout);
    return success();
}

} // namespace coffer
