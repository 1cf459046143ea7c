#include "MediaDetailPane.h"

#include "../common/Icons.h"
#include "../common/Theme.h"
#include "MediaTexts.h"
#include "TagEditor.h"
#include "models/media/MediaGridModel.h"
#include "models/store/Store.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedLayout>
#include <QToolButton>
#include <QVBoxLayout>

namespace pitchside::ui {

namespace {

constexpr int kPreviewHeight = 150;

QLabel *sectionLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    return label;
}

} // namespace

MediaDetailPane::MediaDetailPane(store::Store &store, media::MediaGridModel &model, QWidget *parent)
    : QWidget(parent), m_store(store), m_model(model), m_stack(new QStackedLayout), m_none(new QWidget(this)),
      m_one(new QWidget(this)), m_preview(new QLabel(m_one)), m_name(new QLineEdit(m_one)),
      m_alt(new QPlainTextEdit(m_one)), m_tags(new TagEditor(m_one)), m_facts(new QLabel(m_one)),
      m_uploadIcon(new QLabel(m_one)), m_upload(new QLabel(m_one)), m_uploadAction(new QToolButton(m_one)), m_usage(new QLabel(m_one)),
      m_manyTitle(new QLabel(this)), m_manyTags(new TagEditor(this)), m_delete(new QPushButton(this))
{
    setObjectName(QStringLiteral("MediaDetailPane"));
    setMinimumWidth(280);
    setMaximumWidth(360);

    // Nothing selected.
    auto *noneLayout = new QVBoxLayout(m_none);
    noneLayout->addStretch(1);
    auto *noneIcon = new QLabel(m_none);
    noneIcon->setPixmap(Icons::uiPixmap(QStringLiteral("images"), 40, Theme::mutedText()));
    noneIcon->setAlignment(Qt::AlignCenter);
    auto *noneText = new QLabel(tr("Select a photo or video to see its details, tags and the posts that use it."), m_none);
    noneText->setWordWrap(true);
    noneText->setAlignment(Qt::AlignCenter);
    noneText->setProperty("class", QStringLiteral("muted"));
    noneLayout->addWidget(noneIcon);
    noneLayout->addWidget(noneText);
    noneLayout->addStretch(2);

    // One item.
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setMinimumHeight(kPreviewHeight);
    m_name->setAccessibleName(tr("File name"));
    m_name->setPlaceholderText(tr("File name"));
    m_name->setToolTip(tr("File name (Enter to rename)"));
    m_alt->setPlaceholderText(tr("What the picture shows, for people who cannot see it"));
    m_alt->setAccessibleName(tr("Alternative text"));
    m_alt->setTabChangesFocus(true);
    m_alt->setFixedHeight(m_alt->fontMetrics().lineSpacing() * 3 + 14);
    m_facts->setWordWrap(true);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_upload->setWordWrap(true);
    m_uploadAction->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_usage->setWordWrap(true);
    m_usage->setTextFormat(Qt::RichText);
    m_usage->setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(m_usage, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link.startsWith(u"post:"))
            Q_EMIT openPostRequested(link.mid(5));
    });
    auto *one = new QVBoxLayout(m_one);
    one->setContentsMargins(0, 0, 0, 0);
    one->setSpacing(Theme::spacing);
    one->addWidget(m_preview);
    one->addWidget(m_name);
    one->addWidget(sectionLabel(tr("Alternative text"), m_one));
    one->addWidget(m_alt);
    one->addWidget(sectionLabel(tr("Tags"), m_one));
    one->addWidget(m_tags);
    one->addWidget(m_facts);
    auto *uploadRow = new QHBoxLayout;
    uploadRow->addWidget(m_uploadIcon, 0, Qt::AlignTop);
    uploadRow->addWidget(m_upload, 1);
    uploadRow->addWidget(m_uploadAction, 0, Qt::AlignTop);
    one->addLayout(uploadRow);
    one->addWidget(sectionLabel(tr("Used in"), m_one));
    one->addWidget(m_usage);
    one->addStretch(1);

    // Several items.
    auto *many = new QWidget(this);
    auto *manyLayout = new QVBoxLayout(many);
    manyLayout->setContentsMargins(0, 0, 0, 0);
    QFont big = m_manyTitle->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    m_manyTitle->setFont(big);
    manyLayout->addWidget(m_manyTitle);
    manyLayout->addWidget(sectionLabel(tr("Add a tag to all of them"), many));
    manyLayout->addWidget(m_manyTags);
    manyLayout->addStretch(1);

    m_stack->addWidget(m_none);
    m_stack->addWidget(m_one);
    m_stack->addWidget(many);
    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(Theme::spacing * 2, Theme::spacing * 2, Theme::spacing * 2, Theme::spacing);
    contentLayout->addLayout(m_stack);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_delete->setIcon(Icons::ui(QStringLiteral("trash-2"), Theme::danger()));
    m_delete->setText(tr("Delete"));
    m_delete->setToolTip(tr("Delete from the library (Delete)"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, Theme::spacing * 2);
    layout->setSpacing(Theme::spacing);
    layout->addWidget(scroll, 1);
    auto *bottom = new QHBoxLayout;
    bottom->setContentsMargins(Theme::spacing * 2, 0, Theme::spacing * 2, 0);
    bottom->addWidget(m_delete);
    bottom->addStretch(1);
    layout->addLayout(bottom);

    m_altTimer.setSingleShot(true);
    m_altTimer.setInterval(800);
    connect(&m_altTimer, &QTimer::timeout, this, &MediaDetailPane::saveAlt);
    connect(m_name, &QLineEdit::editingFinished, this, &MediaDetailPane::saveName);
    connect(m_alt, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading)
            m_altTimer.start();
    });
    connect(m_tags, &TagEditor::tagsEdited, this, &MediaDetailPane::saveTags);
    connect(m_manyTags, &TagEditor::tagsEdited, this, &MediaDetailPane::addTagsToAll);
    connect(m_delete, &QPushButton::clicked, this, &MediaDetailPane::deleteRequested);
    connect(m_uploadAction, &QToolButton::clicked, this, [this] {
        Q_EMIT uploadCommandRequested(media::UploadControl::Command(m_uploadAction->property("command").toInt()), m_ids);
    });
    connect(&m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &from, const QModelIndex &to) {
        if (m_ids.size() != 1)
            return;
        const int row = m_model.rowOf(m_ids.constFirst());
        if (row >= from.row() && row <= to.row()) {
            updatePreview();
            updateUpload();
        }
    });
    setSelection({});
}

void MediaDetailPane::setSelection(const QStringList &ids)
{
    if (ids == m_ids) {
        refresh();
        return;
    }
    flush();
    m_ids = ids;
    refresh();
}

void MediaDetailPane::refresh()
{
    m_delete->setVisible(!m_ids.isEmpty());
    if (m_ids.isEmpty()) {
        m_stack->setCurrentWidget(m_none);
        return;
    }
    const QStringList known = m_store.media().allTags();
    m_tags->setSuggestions(known);
    m_manyTags->setSuggestions(known);
    if (m_ids.size() > 1) {
        showMany();
        return;
    }
    const std::optional<Media> m = m_store.media().find(m_ids.constFirst());
    if (!m || m->sync.deleted) {
        m_ids.clear();
        refresh();
        return;
    }
    showOne(*m);
}

void MediaDetailPane::showMany()
{
    m_manyTitle->setText(tr("%n items selected", nullptr, int(m_ids.size())));
    m_delete->setText(tr("Delete %n items", nullptr, int(m_ids.size())));
    m_stack->setCurrentIndex(2);
}

void MediaDetailPane::showOne(const Media &m)
{
    m_loading = true;
    // Never overwrite what the person is typing, nor what they typed and is
    // not saved yet: a write elsewhere (a tag added, an import finishing)
    // refreshes the pane while the alt text waits for its save (issue 11).
    if (!m_name->hasFocus() && !m_name->isModified())
        m_name->setText(m.filename);
    if (!m_alt->hasFocus() && !m_altTimer.isActive() && m_alt->toPlainText() != m.altText)
        m_alt->setPlainText(m.altText);
    m_tags->setTags(m.tags);
    m_loading = false;
    m_delete->setText(tr("Delete"));

    const QLocale locale;
    QStringList facts;
    QString line = MediaTexts::typeName(m.mimeType);
    if (m.width > 0)
        line += QStringLiteral(" · %1 × %2").arg(m.width).arg(m.height);
    if (m.type == Media::Type::Video && m.durationMs > 0)
        line += QStringLiteral(" · ") + MediaTexts::duration(m.durationMs);
    facts << line + QStringLiteral(" · ") + MediaTexts::size(m.sizeBytes);
    const QDateTime added = m.createdAt.toLocalTime();
    facts << tr("Added %1 at %2").arg(locale.toString(added.date(), QStringLiteral("d MMMM yyyy")),
                                      locale.toString(added.time(), QLocale::ShortFormat));
    if (m.localPath.isEmpty())
        facts << tr("On your Pitchside account only (not downloaded to this computer)");
    m_facts->setText(facts.join(u'\n'));
    m_facts->setToolTip(QStringLiteral("SHA-256 %1").arg(m.sha256));

    const QVector<PostSummary> posts = m_store.posts().usingMedia(m.id);
    if (posts.isEmpty()) {
        m_usage->setText(QStringLiteral("<span style='color:%1'>%2</span>")
                             .arg(Theme::mutedText().name(), tr("No post uses it yet. Drag it onto a post in the editor.")));
    } else {
        QStringList lines;
        for (const PostSummary &p : posts) {
            const QString preview = p.preview.isEmpty() ? tr("(post without text)") : p.preview.left(60).toHtmlEscaped();
            lines << QStringLiteral("<a href='post:%1'>%2</a> <span style='color:%3'>· %4</span>")
                         .arg(p.id, preview, Theme::mutedText().name(), postStatusName(p.status));
        }
        m_usage->setText(lines.join(QStringLiteral("<br>")));
    }
    updatePreview();
    updateUpload();
    m_stack->setCurrentWidget(m_one);
}

QString MediaDetailPane::usageText() const
{
    return m_usage->text();
}

void MediaDetailPane::updatePreview()
{
    if (m_ids.size() != 1)
        return;
    const int row = m_model.rowOf(m_ids.constFirst());
    const QImage image = row >= 0 ? m_model.index(row).data(media::MediaGridModel::ThumbnailRole).value<QImage>() : QImage();
    if (image.isNull()) {
        const bool video = row >= 0 && m_model.index(row).data(media::MediaGridModel::TypeRole).toInt() == int(Media::Type::Video);
        m_preview->setPixmap(Icons::uiPixmap(video ? QStringLiteral("film") : QStringLiteral("image"), 48, Theme::mutedText()));
        return;
    }
    const qreal dpr = devicePixelRatioF();
    const QSize box = QSize(qMax(120, m_preview->width()), kPreviewHeight) * dpr;
    QPixmap pixmap = QPixmap::fromImage(image.scaled(box, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    pixmap.setDevicePixelRatio(dpr);
    m_preview->setPixmap(pixmap);
}

void MediaDetailPane::updateUpload()
{
    if (m_ids.size() != 1)
        return;
    using Command = media::UploadControl::Command;
    const std::optional<media::UploadRecord> u = media::UploadControl(m_store).get(m_ids.constFirst());
    const std::optional<Media> m = m_store.media().find(m_ids.constFirst());
    QString text;
    // The command the button offers, if any (Resume stands for none: the button is hidden).
    Command command = Command::Resume;
    bool offered = false;
    if (u) {
        if (const std::optional<Command> c = media::UploadControl::offeredFor(*u)) {
            command = *c;
            offered = true;
        }
    }
    QString icon = QStringLiteral("cloud-check");
    QColor color = Theme::success();
    if (!u) {
        text = m && m->sync.version > 0 ? tr("On your Pitchside account") : tr("Only on this computer");
        if (!m || m->sync.version == 0) {
            icon = QStringLiteral("house");
            color = Theme::mutedText();
        }
    } else {
        text = MediaTexts::uploadState(*u);
        using S = media::UploadRecord::State;
        switch (u->state) {
        case S::Queued:
        case S::Uploading:
            icon = QStringLiteral("cloud-upload");
            color = Theme::accent();
            break;
        case S::Paused:
            icon = QStringLiteral("pause");
            color = Theme::mutedText();
            break;
        case S::Failed:
        case S::Cancelled:
            icon = u->state == S::Failed ? QStringLiteral("circle-alert") : QStringLiteral("cloud-off");
            color = u->state == S::Failed ? Theme::danger() : Theme::mutedText();
            break;
        case S::Done:
            break;
        }
    }
    m_uploadIcon->setPixmap(Icons::uiPixmap(icon, 16, color));
    m_upload->setText(text);
    m_upload->setStyleSheet(QStringLiteral("color: %1").arg(color == Theme::success() || color == Theme::accent()
                                                                ? palette().color(QPalette::Text).name()
                                                                : color.name()));
    const bool pause = offered && command == Command::Pause;
    m_uploadAction->setVisible(offered);
    m_uploadAction->setProperty("command", int(command));
    m_uploadAction->setIcon(Icons::ui(pause ? QStringLiteral("pause") : QStringLiteral("rotate-ccw")));
    m_uploadAction->setText(pause ? tr("Pause") : u && u->state == media::UploadRecord::State::Paused ? tr("Resume")
                                                                                                      : tr("Retry"));
}

void MediaDetailPane::flush()
{
    if (m_altTimer.isActive()) {
        m_altTimer.stop();
        saveAlt();
    }
    if (m_name->isModified())
        saveName();
}

void MediaDetailPane::report(const store::StoreError &error, const QString &sentence)
{
    if (!error)
        return;
    // What was typed stays in the field: the person can try again.
    Q_EMIT writeFailed(sentence.arg(error.userMessage()));
}

void MediaDetailPane::saveName()
{
    if (m_ids.size() != 1 || m_loading)
        return;
    m_name->setModified(false);
    const QString name = m_name->text().trimmed();
    if (name.isEmpty())
        return;
    report(m_store.media().update(m_ids.constFirst(), [&name](Media &m) { m.filename = name; }),
           tr("The new name could not be saved: %1"));
}

void MediaDetailPane::saveAlt()
{
    if (m_ids.size() != 1)
        return;
    const QString alt = m_alt->toPlainText().trimmed();
    report(m_store.media().update(m_ids.constFirst(), [&alt](Media &m) { m.altText = alt; }),
           tr("The alternative text could not be saved: %1"));
}

void MediaDetailPane::saveTags(const QStringList &edited)
{
    if (m_ids.size() != 1)
        return;
    // A copy: saving the other fields first refreshes the tag editor the
    // list may belong to.
    const QStringList tags = edited;
    flush(); // what was typed in the other fields goes first
    report(m_store.media().update(m_ids.constFirst(), [&tags](Media &m) { m.tags = tags; }),
           tr("The tags could not be saved: %1"));
}

void MediaDetailPane::addTagsToAll(const QStringList &added)
{
    int failed = 0;
    store::StoreError last;
    for (const QString &id : std::as_const(m_ids)) {
        const store::StoreError e = m_store.media().update(id, [&added](Media &m) {
            for (const QString &t : added) {
                if (!m.tags.contains(t))
                    m.tags << t;
            }
        });
        if (e) {
            ++failed;
            last = e;
        }
    }
    m_manyTags->setTags({});
    if (failed > 0)
        report(last, tr("The tags of %n item(s) could not be saved: %1", nullptr, failed));
}

} // namespace pitchside::ui
