#pragma once

#include <QColor>
#include <QStyledItemDelegate>

namespace pitchside::ui {

// Categories drawn as coloured chips with their names, as many as fit the
// cell, then "+2" (the contacts table, and any list that shows categories).
// The index gives the names and their colours under two roles of the model.
class CategoryChipsDelegate : public QStyledItemDelegate
{
public:
    // `namesRole`: a QStringList; `colorsRole`: a QVariantList of QColor, in the same order.
    CategoryChipsDelegate(int namesRole, int colorsRole, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // Black or white, whichever reads better on `fill` (WCAG contrast).
    static QColor textOn(const QColor &fill);

private:
    int m_namesRole;
    int m_colorsRole;
};

} // namespace pitchside::ui
