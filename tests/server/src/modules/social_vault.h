// Provider tokens at rest (API.md §9): AES-256-GCM with a key kept in the
// server's data folder (social-tokens.key, 0600, made on first use). Each
// account's tokens are one sealed record: a fresh 96-bit nonce, the
// ciphertext and the 128-bit tag, bound to the account id as associated
// data so that a record copied onto another account does not open.
#pragma once

#include "core/json.h"

#include <QByteArray>
#include <QString>
#include <optional>

class Database;

class SocialVault {
public:
    // Reads the key from dataDir (or makes it); fatal when it cannot.
    SocialVault(Database &db, const QString &dataDir);

    void store(const QString &accountId, const json &tokens);
    // The tokens, or nothing when absent or when the record does not open.
    std::optional<json> open(const QString &accountId);
    void erase(const QString &accountId);

    // For tests of the encryption: the sealed record as stored.
    QByteArray sealedRecord(const QString &accountId);

private:
    QByteArray seal(const QByteArray &plain, const QByteArray &aad) const;
    std::optional<QByteArray> unseal(const QByteArray &record, const QByteArray &aad) const;

    Database &m_db;
    QByteArray m_key;
};
