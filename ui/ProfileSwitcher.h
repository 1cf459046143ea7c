#pragma once

#include <QComboBox>

namespace pitchside {
class Preferences;
namespace store {
class Store;
}
} // namespace pitchside

namespace pitchside::ui {

// The active profile (club, team, sponsor…) at the top of the rail. Hidden
// while the account has no profiles. The rail is narrow: the closed box shows
// the name alone, elided, and its tooltip the whole of it.
class ProfileSwitcher : public QComboBox
{
    Q_OBJECT
public:
    ProfileSwitcher(store::Store &store, Preferences &preferences, QWidget *parent = nullptr);

    QString activeProfileId() const;

Q_SIGNALS:
    void activeProfileChanged(const QString &profileId);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void reload();

    store::Store &m_store;
    Preferences &m_preferences;
};

} // namespace pitchside::ui
