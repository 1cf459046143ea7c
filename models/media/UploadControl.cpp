#include "UploadControl.h"

#include "MediaGridModel.h"
#include "UploadStateRepository.h"
#include "models/Logging.h"
#include "models/store/Store.h"

namespace pitchside::media {

UploadControl::UploadControl(store::Store &store) : m_store(store) {}

std::optional<UploadRecord> UploadControl::get(const QString &mediaId) const
{
    return UploadStateRepository(m_store.database().sql()).get(mediaId);
}

QVector<UploadRecord> UploadControl::unfinished(int limit) const
{
    return UploadStateRepository(m_store.database().sql()).unfinished(limit);
}

UploadTotals UploadControl::totals() const
{
    return UploadStateRepository(m_store.database().sql()).totals();
}

store::StoreError UploadControl::run(Command command, const QStringList &mediaIds)
{
    UploadStateRepository repo(m_store.database().sql());
    store::StoreError e;
    switch (command) {
    case Command::Pause:
        e = repo.pause(mediaIds);
        break;
    case Command::Resume:
        e = repo.resume(mediaIds);
        break;
    case Command::Cancel:
        e = repo.cancel(mediaIds);
        break;
    }
    if (e) {
        qCWarning(lcModels) << "upload command" << int(command) << "failed:" << e.detail;
        return e;
    }
    m_store.hub().notify(MediaGridModel::uploadEntity(), mediaIds);
    return e;
}

std::optional<UploadControl::Command> UploadControl::offeredFor(const UploadRecord &record)
{
    using S = UploadRecord::State;
    switch (record.state) {
    case S::Queued:
    case S::Uploading:
        return Command::Pause;
    case S::Paused:
    case S::Failed:
    case S::Cancelled:
        return Command::Resume;
    case S::Done:
        break;
    }
    return std::nullopt;
}

} // namespace pitchside::media
