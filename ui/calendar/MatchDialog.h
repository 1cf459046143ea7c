#pragma once

#include "../common/LocalDateTimeEdit.h"
#include "models/Match.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QToolButton;

namespace pitchside::store {
class Store;
}

namespace pitchside::ui {

class FieldMessage;
class MediaThumbnails;

// Adds or edits a fixture (seed A §4.3): the two teams with their logos,
// date, venue, competition, status and score. The page saves it through
// MatchRepository (row and outbox entry together).
class MatchDialog : public QDialog
{
    Q_OBJECT
public:
    enum Outcome { Saved = QDialog::Accepted, Deleted = 2, MatchdayPost = 3 };

    MatchDialog(store::Store &store, MediaThumbnails &thumbnails, const Match &match, bool isNew,
                QWidget *parent = nullptr);

    Match match() const; // what the form says
    bool isValid(QStringList *problems = nullptr) const;

    // Widgets, for tests.
    QLineEdit *homeName() const { return m_homeName; }
    QLineEdit *awayName() const { return m_awayName; }
    QSpinBox *homeScore() const { return m_homeScore; }
    QSpinBox *awayScore() const { return m_awayScore; }
    QComboBox *status() const { return m_status; }
    LocalDateTimeEdit *when() const { return m_when; }
    QLineEdit *venue() const { return m_venue; }
    QPushButton *saveButton() const { return m_save; }

private:
    QToolButton *makeLogoButton(bool home);
    void chooseLogo(bool home);
    void refresh();

    store::Store &m_store;
    MediaThumbnails &m_thumbnails;
    Match m_match;
    QLineEdit *m_homeName;
    QLineEdit *m_awayName;
    QToolButton *m_homeLogo;
    QToolButton *m_awayLogo;
    QSpinBox *m_homeScore;
    QSpinBox *m_awayScore;
    LocalDateTimeEdit *m_when;
    QComboBox *m_competition;
    QLineEdit *m_venue;
    QComboBox *m_status;
    QComboBox *m_profile;
    FieldMessage *m_problems;
    QPushButton *m_save = nullptr;
};

} // namespace pitchside::ui
