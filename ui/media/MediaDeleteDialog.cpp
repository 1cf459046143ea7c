#include "MediaDeleteDialog.h"

#include "../common/Icons.h"
#include "../common/Theme.h"
#include "models/store/Store.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace pitchside::ui {

MediaDeleteDialog::MediaDeleteDialog(store::Store &store, const QStringList &ids,
                                     const QHash<QString, QStringList> &usedBy, QWidget *parent)
    : QDialog(parent)
{
    for (const QString &id : ids) {
        if (!usedBy.contains(id))
            m_deletable << id;
    }
    const auto nameOf = [&store](const QString &id) {
        const std::optional<Media> m = store.media().find(id);
        return m ? m->filename : id;
    };

    QString title;
    QString text;
    if (m_deletable.isEmpty()) {
        setWindowTitle(tr("Cannot delete"));
        title = ids.size() == 1 ? tr("“%1” is used by posts").arg(nameOf(ids.constFirst()))
                                : tr("These items are used by posts");
        text = tr("Take it out of these posts first; your Pitchside account refuses to delete media that a post uses.");
    } else {
        setWindowTitle(tr("Delete media"));
        title = m_deletable.size() == 1 ? tr("Delete “%1”?").arg(nameOf(m_deletable.constFirst()))
                                        : tr("Delete %n items?", nullptr, int(m_deletable.size()));
        text = tr("They are removed from this computer and from your Pitchside account.");
        if (!usedBy.isEmpty())
            text += u' ' + tr("%n item(s) used by posts will be kept:", nullptr, int(usedBy.size()));
    }
    m_message = title + u'\n' + text;

    QStringList links;
    for (auto it = usedBy.constBegin(); it != usedBy.constEnd(); ++it) {
        for (const QString &postId : it.value()) {
            const std::optional<Post> post = store.posts().find(postId);
            QString preview = post ? post->content.simplified().left(70) : QString();
            if (preview.isEmpty())
                preview = tr("(post without text)");
            links << QStringLiteral("<a href='post:%1'>%2</a> <span style='color:%3'>— %4</span>")
                         .arg(postId, preview.toHtmlEscaped(), Theme::mutedText().name(), nameOf(it.key()).toHtmlEscaped());
        }
    }

    auto *icon = new QLabel(this);
    icon->setPixmap(Icons::uiPixmap(m_deletable.isEmpty() ? QStringLiteral("circle-alert") : QStringLiteral("trash-2"), 32,
                                    m_deletable.isEmpty() ? Theme::warning() : Theme::danger()));
    auto *titleLabel = new QLabel(title, this);
    QFont f = titleLabel->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.1);
    titleLabel->setFont(f);
    titleLabel->setWordWrap(true);
    auto *textLabel = new QLabel(text, this);
    textLabel->setWordWrap(true);
    auto *linksLabel = new QLabel(links.join(QStringLiteral("<br>")), this);
    linksLabel->setTextFormat(Qt::RichText);
    linksLabel->setWordWrap(true);
    linksLabel->setVisible(!links.isEmpty());
    linksLabel->setObjectName(QStringLiteral("UsedByLinks"));
    connect(linksLabel, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link.startsWith(u"post:")) {
            Q_EMIT openPostRequested(link.mid(5));
            reject();
        }
    });

    auto *buttons = new QDialogButtonBox(this);
    if (m_deletable.isEmpty()) {
        buttons->addButton(QDialogButtonBox::Close);
    } else {
        QPushButton *del = buttons->addButton(tr("Delete"), QDialogButtonBox::AcceptRole);
        del->setIcon(Icons::ui(QStringLiteral("trash-2"), Theme::danger()));
        buttons->addButton(QDialogButtonBox::Cancel)->setDefault(true);
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *body = new QVBoxLayout;
    body->addWidget(titleLabel);
    body->addWidget(textLabel);
    body->addWidget(linksLabel);
    auto *row = new QHBoxLayout;
    row->addWidget(icon, 0, Qt::AlignTop);
    row->addSpacing(Theme::spacing * 2);
    row->addLayout(body, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addSpacing(Theme::spacing);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

QString MediaDeleteDialog::message() const
{
    return m_message;
}

} // namespace pitchside::ui
