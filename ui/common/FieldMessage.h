#pragma once

#include <QWidget>

class QLabel;

namespace pitchside::ui {

// A sentence under a form field that says what is wrong with it and what
// to do ("Instagram needs at least one photo…"), or nothing. Several
// messages stack, one per line.
class FieldMessage : public QWidget
{
    Q_OBJECT
public:
    enum class Kind { Warning, Error };

    explicit FieldMessage(QWidget *parent = nullptr);

    void setMessages(const QStringList &messages, Kind kind = Kind::Error);
    void clear() { setMessages({}); }
    QStringList messages() const { return m_messages; }
    Kind kind() const { return m_kind; }

private:
    QLabel *m_icon;
    QLabel *m_text;
    QStringList m_messages;
    Kind m_kind = Kind::Error;
};

} // namespace pitchside::ui
