#pragma once

#include <QString>

namespace pitchside {

// A post's life cycle (API.md §4).
enum class PostStatus { Draft, Scheduled, Publishing, Published, Failed };

inline constexpr PostStatus AllPostStatuses[] = {PostStatus::Draft, PostStatus::Scheduled, PostStatus::Publishing,
                                                 PostStatus::Published, PostStatus::Failed};

QString postStatusKey(PostStatus status); // "draft", "scheduled", …
bool postStatusFromKey(const QString &key, PostStatus *status);
QString postStatusName(PostStatus status); // translated, for people

} // namespace pitchside
