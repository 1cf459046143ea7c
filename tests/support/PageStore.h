#pragma once

// What a page under test is given: a real store, preferences and the
// UiContext over them, in a folder of their own. open() closes the one
// before (context first: it refers to the store).
#include "models/Preferences.h"
#include "models/store/Store.h"
#include "ui/UiContext.h"

#include <QString>

#include <memory>

namespace pitchside::testsupport {

struct PageStore
{
    std::unique_ptr<store::Store> store;
    std::unique_ptr<Preferences> prefs;
    std::unique_ptr<ui::UiContext> context;

    // False, with the reason in `error`, when the store does not open.
    bool open(const QString &folder, QString *error)
    {
        close();
        store::StoreError e;
        store = store::Store::open(folder + QStringLiteral("/pitchside.sqlite"), &e);
        if (!store) {
            *error = e.detail;
            return false;
        }
        prefs = std::make_unique<Preferences>(Preferences::makeSettings(folder));
        context = std::make_unique<ui::UiContext>(ui::UiContext{*store, *prefs, folder, QStringLiteral("Test")});
        return true;
    }

    void close()
    {
        context.reset();
        store.reset();
    }
};

} // namespace pitchside::testsupport
