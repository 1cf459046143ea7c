#include "ContentInput.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringDecoder>

#include <cstdio>

namespace pitchside::cli {

std::optional<QString> readContentFile(const QString &path, QString *error)
{
    const bool stdinput = path == u"-";
    const QString name = stdinput ? QCoreApplication::translate("Cli", "standard input") : path;
    QFile file;
    bool opened = false;
    if (stdinput) {
        opened = file.open(stdin, QIODevice::ReadOnly);
    } else {
        file.setFileName(path);
        opened = file.open(QIODevice::ReadOnly);
    }
    QByteArray bytes;
    if (opened)
        bytes = file.readAll();
    // readAll() says nothing of a failed read (a folder, an I/O error) but the error string.
    if (!opened || file.error() != QFileDevice::NoError) {
        *error = QCoreApplication::translate("Cli", "cannot read %1: %2").arg(name, file.errorString());
        return std::nullopt;
    }
    // Strict: a text in another encoding would be saved as mojibake, or with
    // replacement characters, and published so.
    QStringDecoder decoder(QStringDecoder::Utf8, QStringConverter::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        *error = QCoreApplication::translate("Cli", "%1 is not UTF-8 text: save it as UTF-8 and try again").arg(name);
        return std::nullopt;
    }
    if (text.endsWith(u"\r\n"))
        text.chop(2);
    else if (text.endsWith(u'\n'))
        text.chop(1);
    return text;
}

} // namespace pitchside::cli
