#pragma once

#include <QLayout>
#include <QStringList>
#include <QWidget>

class QLineEdit;
class QCompleter;
class QStringListModel;

namespace pitchside::ui {

// Lays widgets out in rows that wrap, like words (tag chips).
class FlowLayout : public QLayout
{
public:
    explicit FlowLayout(QWidget *parent = nullptr, int spacing = 6);
    ~FlowLayout() override;

    void addItem(QLayoutItem *item) override;
    int count() const override { return int(m_items.size()); }
    QLayoutItem *itemAt(int index) const override { return m_items.value(index); }
    QLayoutItem *takeAt(int index) override;
    QSize sizeHint() const override { return minimumSize(); }
    QSize minimumSize() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return arrange(QRect(0, 0, width, 0), false); }
    void setGeometry(const QRect &rect) override;

private:
    int arrange(const QRect &rect, bool apply) const;

    QList<QLayoutItem *> m_items;
    int m_spacing;
};

// Tags as chips that a click removes, and a field that adds one on Enter or
// comma, completing from the tags already in the library.
class TagEditor : public QWidget
{
    Q_OBJECT
public:
    explicit TagEditor(QWidget *parent = nullptr);

    void setTags(const QStringList &tags);
    QStringList tags() const { return m_tags; }
    void setSuggestions(const QStringList &known);
    QLineEdit *input() const { return m_input; }

    // A tag as people write it: trimmed, without '#', inner spaces kept single.
    static QString normalize(const QString &text);

Q_SIGNALS:
    void tagsEdited(const QStringList &tags);

private:
    void addFromInput();
    void rebuildChips();

    QStringList m_tags;
    QWidget *m_chips;
    FlowLayout *m_flow;
    QLineEdit *m_input;
    QStringListModel *m_known;
};

} // namespace pitchside::ui
