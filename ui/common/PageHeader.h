#pragma once

#include <QWidget>

class QHBoxLayout;
class QLabel;

namespace pitchside::ui {

// A page's header: its title, a one-line explanation, then its filters and
// its main action on the right (UX.md "Structure").
class PageHeader : public QWidget
{
    Q_OBJECT
public:
    explicit PageHeader(QWidget *parent = nullptr);

    void setTitle(const QString &title);
    void setSubtitle(const QString &subtitle);
    void addWidget(QWidget *widget); // placed on the right, in order

private:
    QLabel *m_title;
    QLabel *m_subtitle;
    QHBoxLayout *m_actions;
};

} // namespace pitchside::ui
