// libFuzzer target: a template's text and its {{variables}} (they come from
// the server and from the user): the names used, the variables object, and
// the text filled with values and defaults. Input: text, a NUL, then
// "name=value" lines for the values.
#include "models/TemplateFill.h"

#include <QJsonObject>

#include <cstddef>
#include <cstdint>

using namespace pitchside;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *bytes, std::size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(bytes), qsizetype(size));
    const qsizetype nul = input.indexOf('\0');
    const QString text = QString::fromUtf8(nul < 0 ? input : input.left(nul));
    QHash<QString, QString> values;
    QJsonObject defaults;
    if (nul >= 0) {
        const QList<QByteArray> lines = input.mid(nul + 1).split('\n');
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const qsizetype eq = lines[i].indexOf('=');
            const QString name = QString::fromUtf8(eq < 0 ? lines[i] : lines[i].left(eq));
            const QString value = eq < 0 ? QString() : QString::fromUtf8(lines[i].mid(eq + 1));
            if (i % 2 == 0)
                values.insert(name, value);
            else
                defaults.insert(name, value);
        }
    }
    (void)TemplateFill::variablesIn(text);
    (void)TemplateFill::variablesObject(text, defaults);
    (void)TemplateFill::fill(text, values, defaults);
    return 0;
}
