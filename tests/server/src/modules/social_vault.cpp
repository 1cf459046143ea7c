#include "social_vault.h"

#include "core/ids.h"
#include "core/log.h"
#include "store/database.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>

#include <openssl/evp.h>

#include <memory>

namespace {

constexpr int kKeyBytes = 32;
constexpr int kNonceBytes = 12;
constexpr int kTagBytes = 16;

using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

QByteArray loadOrMakeKey(const QString &dataDir)
{
    const QString path = QDir(dataDir).filePath(QStringLiteral("social-tokens.key"));
    QFile f(path);
    if (f.exists()) {
        if (!f.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(path));
        const QByteArray key = f.readAll();
        if (key.size() != kKeyBytes)
            qFatal("%s does not hold a %d-byte key", qPrintable(path), kKeyBytes);
        return key;
    }
    const QByteArray key = ids::randomBytes(kKeyBytes);
    if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly)
        || !f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) || f.write(key) != key.size()
        || !f.flush())
        qFatal("cannot write %s", qPrintable(path));
    return key;
}

} // namespace

SocialVault::SocialVault(Database &db, const QString &dataDir) : m_db(db), m_key(loadOrMakeKey(dataDir))
{
    m_db.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS social_tokens(account_id TEXT PRIMARY KEY,"
                             " sealed BLOB NOT NULL, updated_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP)"));
}

QByteArray SocialVault::seal(const QByteArray &plain, const QByteArray &aad) const
{
    const QByteArray nonce = ids::randomBytes(kNonceBytes);
    QByteArray out(plain.size(), Qt::Uninitialized);
    QByteArray tag(kTagBytes, Qt::Uninitialized);
    CipherCtx ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    int len = 0, tail = 0;
    const auto *key = reinterpret_cast<const unsigned char *>(m_key.constData());
    const auto *iv = reinterpret_cast<const unsigned char *>(nonce.constData());
    if (!ctx || EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, key, iv) != 1
        || EVP_EncryptUpdate(ctx.get(), nullptr, &len, reinterpret_cast<const unsigned char *>(aad.constData()),
                             int(aad.size())) != 1
        || EVP_EncryptUpdate(ctx.get(), reinterpret_cast<unsigned char *>(out.data()), &len,
                             reinterpret_cast<const unsigned char *>(plain.constData()), int(plain.size())) != 1
        || EVP_EncryptFinal_ex(ctx.get(), reinterpret_cast<unsigned char *>(out.data()) + len, &tail) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, kTagBytes, tag.data()) != 1)
        qFatal("AES-256-GCM encryption failed");
    out.resize(len + tail);
    return nonce + out + tag;
}

std::optional<QByteArray> SocialVault::unseal(const QByteArray &record, const QByteArray &aad) const
{
    if (record.size() < kNonceBytes + kTagBytes)
        return std::nullopt;
    const QByteArray nonce = record.left(kNonceBytes);
    const QByteArray cipher = record.mid(kNonceBytes, record.size() - kNonceBytes - kTagBytes);
    QByteArray tag = record.right(kTagBytes);
    QByteArray out(cipher.size(), Qt::Uninitialized);
    CipherCtx ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    int len = 0, tail = 0;
    const auto *key = reinterpret_cast<const unsigned char *>(m_key.constData());
    const auto *iv = reinterpret_cast<const unsigned char *>(nonce.constData());
    if (!ctx || EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, key, iv) != 1
        || EVP_DecryptUpdate(ctx.get(), nullptr, &len, reinterpret_cast<const unsigned char *>(aad.constData()),
                             int(aad.size())) != 1
        || EVP_DecryptUpdate(ctx.get(), reinterpret_cast<unsigned char *>(out.data()), &len,
                             reinterpret_cast<const unsigned char *>(cipher.constData()), int(cipher.size())) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, kTagBytes, tag.data()) != 1
        || EVP_DecryptFinal_ex(ctx.get(), reinterpret_cast<unsigned char *>(out.data()) + len, &tail) != 1)
        return std::nullopt; // altered, or sealed for another account
    out.resize(len + tail);
    return out;
}

void SocialVault::store(const QString &accountId, const json &tokens)
{
    const QByteArray plain = QByteArray::fromStdString(tokens.dump());
    m_db.exec(QStringLiteral("INSERT OR REPLACE INTO social_tokens(account_id, sealed, updated_at)"
                             " VALUES(?, ?, CURRENT_TIMESTAMP)"),
              {accountId, seal(plain, accountId.toUtf8())});
}

std::optional<json> SocialVault::open(const QString &accountId)
{
    const QByteArray record = sealedRecord(accountId);
    if (record.isEmpty())
        return std::nullopt;
    const std::optional<QByteArray> plain = unseal(record, accountId.toUtf8());
    if (!plain) {
        qCWarning(lcAuth) << "the tokens of social account" << accountId << "do not open";
        return std::nullopt;
    }
    json tokens = json::parse(plain->constBegin(), plain->constEnd(), nullptr, false);
    if (!tokens.is_object())
        return std::nullopt;
    return tokens;
}

void SocialVault::erase(const QString &accountId)
{
    m_db.exec(QStringLiteral("DELETE FROM social_tokens WHERE account_id = ?"), {accountId});
}

QByteArray SocialVault::sealedRecord(const QString &accountId)
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT sealed FROM social_tokens WHERE account_id = ?"), {accountId});
    return q.next() ? q.value(0).toByteArray() : QByteArray();
}
