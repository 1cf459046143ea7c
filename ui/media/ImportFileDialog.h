#pragma once

#include <QFileDialog>

namespace pitchside::ui {

// The file chooser of an import: it opens where the last import came from,
// else in Pictures, else in the home folder — never on a folder that does
// not exist, which Qt's own dialog puts in the file name field ("Pictures"
// on a machine without one). Qt's widget dialog (Linux without a portal)
// gets a size and columns that show whole names and dates.
class ImportFileDialog : public QFileDialog
{
    Q_OBJECT
public:
    enum class Mode { Files, Folder };

    ImportFileDialog(Mode mode, const QString &rememberedFolder, QWidget *parent = nullptr);

    // The first of the remembered folder, Pictures and home that exists.
    static QString startFolder(const QString &rememberedFolder);
    // The folder to remember after a choice (a folder's parent, a file's folder).
    QString folderToRemember() const;

protected:
    void showEvent(QShowEvent *event) override;

private:
    Mode m_mode;
};

} // namespace pitchside::ui
