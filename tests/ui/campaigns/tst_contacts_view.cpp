// The Contacts tab and its dialogs over a real store, driven as people do:
// the search after its pause, the selection kept through a sort, a delete
// asked first and done in one go, categories and WhatsApp checks on a
// selection, a phone number refused with the reason (or the contact who
// has it), a category's name taken, and a CSV file from Excel imported on a
// worker thread — checked line by line, cancelled without a trace.
#include "models/campaigns/ContactTableModel.h"
#include "models/store/ContactRepository.h"
#include "models/store/Store.h"
#include "ui/campaigns/CategoryDialog.h"
#include "ui/campaigns/ContactDialog.h"
#include "ui/campaigns/ContactImportDialog.h"
#include "ui/campaigns/ContactsView.h"
#include "ui/common/FieldMessage.h"
#include "ui/common/MessageBanner.h"
#include "UiTestSupport.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QStackedWidget>
#include <QStringConverter>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUrl>

using namespace pitchside;
using namespace pitchside::ui;
using campaigns::ContactColumn;
using campaigns::ContactTableModel;

class TestContactsView : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<store::Store> m_store;

    QString contact(const QString &first, const QString &last, const QString &number)
    {
        Contact c;
        c.firstName = first;
        c.lastName = last;
        c.fullNumber = number;
        return m_store->contacts().create(c) ? QString() : c.id;
    }
    QString category(const QString &name)
    {
        ContactCategory c;
        c.name = name;
        c.color = QStringLiteral("#2E7D32");
        return m_store->contacts().createCategory(c) ? QString() : c.id;
    }
    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            return {};
        return f.fileName();
    }
    static void selectRows(ContactsView &view, const QList<int> &rows)
    {
        view.table()->clearSelection();
        for (int row : rows)
            view.table()->selectionModel()->select(view.model()->index(row, 0),
                                                   QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    static QSet<QString> asSet(const QStringList &list) { return {list.cbegin(), list.cend()}; }

private Q_SLOTS:
    void initTestCase() { uitest::useLanguage(QStringLiteral("en")); }
    void init()
    {
        store::StoreError error;
        m_store = store::Store::open(m_dir.filePath(QStringLiteral("%1.sqlite").arg(QTest::currentTestFunction())),
                                     &error);
        QVERIFY(m_store);
    }
    void cleanup() { m_store.reset(); }

    void explainsWhenEmptyThenCounts()
    {
        ContactsView view(*m_store);
        view.model()->setRefreshDelay(0);
        view.resize(1100, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(!view.table()->isVisible()); // the empty state instead
        contact(QStringLiteral("Camille"), QStringLiteral("Martin"), QStringLiteral("+33612345678"));
        QTRY_VERIFY(view.table()->isVisible());
        QCOMPARE(view.countLabel()->text(), QStringLiteral("1 contact"));
    }

    void searchesAfterAPauseAndKeepsTheSelection()
    {
        const QString camille = contact(QStringLiteral("Camille"), QStringLiteral("Martin"), QStringLiteral("+33633333333"));
        const QString emilie = contact(QStringLiteral("Émilie"), QStringLiteral("Dubois"), QStringLiteral("+33611111111"));
        contact(QStringLiteral("Emile"), QStringLiteral("Lefèvre"), QStringLiteral("+33622222222"));
        ContactsView view(*m_store);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.model()->rowCount(), 3);
        QTest::keyClicks(view.searchField(), QStringLiteral("emil"));
        QCOMPARE(view.model()->rowCount(), 3); // not on every key
        QTRY_COMPARE(view.model()->rowCount(), 2);
        QCOMPARE(view.countLabel()->text(), QStringLiteral("2 of 3 contacts"));
        view.searchField()->clear();
        QTRY_COMPARE(view.model()->rowCount(), 3);

        // By name: Dubois, Lefèvre, Martin. By number the order turns; the
        // selection follows the contacts.
        selectRows(view, {0, 2});
        QCOMPARE(asSet(view.selectedIds()), (QSet<QString>{emilie, camille}));
        QVERIFY(view.countLabel()->text().endsWith(QStringLiteral("2 selected")));
        view.table()->sortByColumn(ContactTableModel::NumberColumn, Qt::DescendingOrder);
        QCOMPARE(view.model()->idAt(0), camille);
        QCOMPARE(asSet(view.selectedIds()), (QSet<QString>{emilie, camille}));
    }

    void deletesASelectionAfterAsking()
    {
        contact(QStringLiteral("Ana"), QStringLiteral("Alves"), QStringLiteral("+33611111111"));
        contact(QStringLiteral("Bruno"), QStringLiteral("Blanc"), QStringLiteral("+33622222222"));
        const QString kept = contact(QStringLiteral("Chloé"), QStringLiteral("Colin"), QStringLiteral("+33633333333"));
        ContactsView view(*m_store);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        selectRows(view, {0, 1});
        view.deleteSelection();
        auto *box = view.findChild<QMessageBox *>();
        QVERIFY(box);
        QCOMPARE(box->text(), QStringLiteral("Delete 2 contacts?"));
        QAbstractButton *remove = nullptr;
        for (QAbstractButton *b : box->buttons()) {
            if (box->buttonRole(b) == QMessageBox::DestructiveRole)
                remove = b;
        }
        QVERIFY(remove);
        remove->click();
        QCOMPARE(m_store->contacts().count(), 1);
        QVERIFY(m_store->contacts().find(kept));
        QTRY_COMPARE(view.model()->rowCount(), 1);
        QVERIFY(view.banner()->text().contains(QStringLiteral("2 contacts deleted")));
    }

    void putsASelectionInACategoryAndChecksIt()
    {
        const QString parents = category(QStringLiteral("Parents U11"));
        const QString a = contact(QStringLiteral("Ana"), QStringLiteral("Alves"), QStringLiteral("+33611111111"));
        const QString b = contact(QStringLiteral("Bruno"), QStringLiteral("Blanc"), QStringLiteral("+33622222222"));
        ContactsView view(*m_store);
        view.model()->setRefreshDelay(0);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.categoryFilter()->findData(parents) >= 0, true);
        selectRows(view, {0, 1});
        view.addSelectionToCategory(parents);
        QCOMPARE(m_store->contacts().countInCategory(parents), 2);
        QVERIFY(view.banner()->text().contains(QStringLiteral("Parents U11")));
        view.showCategory(parents);
        QCOMPARE(view.model()->rowCount(), 2);
        selectRows(view, {1});
        view.removeSelectionFromCategory(parents);
        QTRY_COMPARE(view.model()->rowCount(), 1);
        QCOMPARE(m_store->contacts().find(b)->categoryIds, QStringList{});

        view.showCategory(QString());
        selectRows(view, {0, 1});
        view.checkSelection();
        QCOMPARE(m_store->contacts().verificationsWaiting(), (QSet<QString>{a, b}));
        QTRY_COMPARE(view.model()->index(0, 0).data(ContactTableModel::WhatsAppStateRole).toInt(),
                     int(ContactTableModel::WhatsAppState::Waiting));
        // The selection is still there for the next action.
        QCOMPARE(view.selectedIds().size(), 2);
    }

    void changesManyContactsOffTheWindowsThread()
    {
        const QString volunteers = category(QStringLiteral("Bénévoles"));
        QVector<Contact> many;
        for (int i = 0; i < 2000; ++i) {
            Contact c;
            c.firstName = QStringLiteral("Camille");
            c.lastName = QStringLiteral("Martin %1").arg(i);
            c.fullNumber = QStringLiteral("+336%1").arg(10000000 + i);
            many.push_back(c);
        }
        QVERIFY(!m_store->contacts().createMany(many));
        ContactsView view(*m_store);
        view.model()->setRefreshDelay(0);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.table()->selectAll();
        QCOMPARE(view.selectedIds().size(), 2000);
        view.addSelectionToCategory(volunteers);
        // Running on a worker: the window says so and waits before the next change.
        QVERIFY(view.isBusy());
        QVERIFY2(view.banner()->text().startsWith(QStringLiteral("Adding ")), qPrintable(view.banner()->text()));
        view.deleteSelection(); // refused while busy: nothing asked, nothing deleted
        if (auto *box = view.findChild<QMessageBox *>())
            box->reject();
        QTRY_VERIFY_WITH_TIMEOUT(!view.isBusy(), 30000);
        QCOMPARE(m_store->contacts().countInCategory(volunteers), 2000);
        QVERIFY2(view.banner()->text().endsWith(QStringLiteral("contacts in “Bénévoles”.")),
                 qPrintable(view.banner()->text()));
        // The window's store heard of it: the table shows the category.
        QTRY_VERIFY(view.model()->index(0, ContactTableModel::CategoriesColumn)
                        .data(ContactTableModel::CategoryIdsRole)
                        .toStringList()
                        .contains(volunteers));
        QCOMPARE(m_store->contacts().count(), 2000);
    }

    void refusesANumberItCannotReadOrAnotherHas()
    {
        const QString parents = category(QStringLiteral("Parents U11"));
        contact(QStringLiteral("Camille"), QStringLiteral("Martin"), QStringLiteral("+33612345678"));
        ContactDialog dialog(*m_store, QString(), {parents});
        dialog.show();
        dialog.firstNameField()->insert(QStringLiteral("Léa")); // QTest types ASCII only
        QVERIFY(!dialog.saveButton()->isEnabled()); // no number yet, and nothing said about it
        QVERIFY(dialog.numberMessage()->messages().isEmpty());
        QTest::keyClicks(dialog.numberField(), QStringLiteral("06 12"));
        QVERIFY(!dialog.saveButton()->isEnabled());
        QCOMPARE(dialog.numberMessage()->messages(), QStringList{QStringLiteral("Too short for a phone number")});
        QTest::keyClicks(dialog.numberField(), QStringLiteral(" 34 56 78"));
        QCOMPARE(dialog.numberMessage()->messages(),
                 QStringList{QStringLiteral("Another contact already has this number: Camille Martin")});
        QVERIFY(!dialog.saveButton()->isEnabled());
        dialog.numberField()->setText(QStringLiteral("+44 7911 123456"));
        QVERIFY2(dialog.numberMessage()->messages().isEmpty(), qPrintable(dialog.numberMessage()->messages().join(u' ')));
        QCOMPARE(dialog.numberHint()->text(), QStringLiteral("Saved as +44 7911 123456"));
        QVERIFY(dialog.saveButton()->isEnabled());
        QCOMPARE(dialog.categoryList()->item(0)->checkState(), Qt::Checked);
        dialog.saveButton()->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const std::optional<Contact> saved = m_store->contacts().find(dialog.contactId());
        QVERIFY(saved);
        QCOMPARE(saved->firstName, QStringLiteral("Léa"));
        QCOMPARE(saved->fullNumber, QStringLiteral("+447911123456"));
        QCOMPARE(saved->categoryIds, QStringList{parents});

        // Editing: the same number is no conflict with itself.
        ContactDialog edit(*m_store, saved->id);
        QCOMPARE(edit.numberField()->text(), QStringLiteral("+44 7911 123456"));
        QVERIFY(edit.saveButton()->isEnabled());
    }

    void refusesACategoryNameTaken()
    {
        category(QStringLiteral("Parents U11"));
        CategoryDialog dialog(*m_store, QString());
        dialog.show();
        QTest::keyClicks(dialog.nameField(), QStringLiteral("parents u11"));
        QVERIFY(!dialog.saveButton()->isEnabled());
        QCOMPARE(dialog.nameMessage()->messages(),
                 QStringList{QStringLiteral("Another category is already called “Parents U11”.")});
        dialog.nameField()->setText(QStringLiteral("Parents U13"));
        QVERIFY(dialog.saveButton()->isEnabled());
        dialog.setColor(CategoryDialog::presetColors().at(1));
        dialog.saveButton()->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const std::optional<ContactCategory> saved = m_store->contacts().findCategory(dialog.categoryId());
        QVERIFY(saved);
        QCOMPARE(saved->name, QStringLiteral("Parents U13"));
        QCOMPARE(saved->color, QStringLiteral("#1565C0"));

        // Edited: its own name is no conflict; deleted after asking, its contacts stay.
        const QString member = contact(QStringLiteral("Ana"), QStringLiteral("Alves"), QStringLiteral("+33611111111"));
        QVERIFY(!m_store->contacts().addToCategory({member}, saved->id));
        CategoryDialog edit(*m_store, saved->id);
        edit.show();
        QCOMPARE(edit.nameField()->text(), QStringLiteral("Parents U13"));
        QCOMPARE(edit.color(), CategoryDialog::presetColors().at(1));
        QVERIFY(edit.saveButton()->isEnabled());
        QPushButton *remove = nullptr;
        for (QPushButton *b : edit.findChildren<QPushButton *>()) {
            if (b->text() == QStringLiteral("Delete category"))
                remove = b;
        }
        QVERIFY(remove);
        remove->click();
        auto *box = edit.findChild<QMessageBox *>();
        QVERIFY(box);
        QCOMPARE(box->informativeText(), QStringLiteral("Its contact stays in your contacts, without this category."));
        for (QAbstractButton *b : box->buttons()) {
            if (box->buttonRole(b) == QMessageBox::DestructiveRole)
                b->click();
        }
        QCOMPARE(edit.result(), int(CategoryDialog::Deleted));
        QVERIFY(!m_store->contacts().findCategory(saved->id));
        QCOMPARE(m_store->contacts().find(member)->categoryIds, QStringList{});
    }

    void importsAnExcelFile()
    {
        const QString parents = category(QStringLiteral("Parents U11"));
        contact(QStringLiteral("Known"), QStringLiteral("One"), QStringLiteral("+33711223344"));
        // Excel in France: Windows-1252, semicolons.
        const QString text = QStringLiteral("Prénom;Nom;Téléphone\r\n"
                                            "Camille;Martin;06 12 34 56 78\r\n"
                                            "Émilie;Dubois;+33698765432\r\n"
                                            "Bad;Number;12\r\n"
                                            "Twice;Again;0612345678\r\n"
                                            "Already;There;07 11 22 33 44\r\n");
        auto toLatin = QStringEncoder(QStringConverter::Latin1);
        const QString path = writeFile(QStringLiteral("contacts.csv"), toLatin(text));
        QVERIFY(!path.isEmpty());

        ContactsView view(*m_store);
        view.model()->setRefreshDelay(0);
        ContactImportDialog dialog(*m_store);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QMimeData dragged; // the file dropped from the file manager
        dragged.setUrls({QUrl::fromLocalFile(path)});
        QVERIFY(uitest::drop(&dialog, dialog.rect().center(), dragged));
        QTRY_VERIFY(dialog.nextButton()->isEnabled());
        QVERIFY(dialog.formatLabel()->text().contains(QStringLiteral("Windows-1252")));
        QVERIFY(dialog.formatLabel()->text().contains(QStringLiteral("semicolons")));
        QVERIFY(dialog.formatLabel()->text().contains(QStringLiteral("5 lines")));
        dialog.nextButton()->click();
        QCOMPARE(dialog.step(), ContactImportDialog::Step::Columns);
        QCOMPARE(dialog.columnBox(0)->currentData().toInt(), int(ContactColumn::FirstName));
        QCOMPARE(dialog.columnBox(1)->currentData().toInt(), int(ContactColumn::LastName));
        QCOMPARE(dialog.columnBox(2)->currentData().toInt(), int(ContactColumn::Phone));
        dialog.nextButton()->click();
        QCOMPARE(dialog.step(), ContactImportDialog::Step::Check);
        QTRY_VERIFY(dialog.nextButton()->isEnabled());
        QCOMPARE(dialog.nextButton()->text(), QStringLiteral("Import 2 contacts"));
        QCOMPARE(dialog.problemList()->topLevelItemCount(), 3);
        QCOMPARE(dialog.problemList()->topLevelItem(0)->text(0), QStringLiteral("4"));
        QCOMPARE(dialog.categoryList()->count(), 1);
        dialog.categoryList()->item(0)->setCheckState(Qt::Checked);
        dialog.nextButton()->click();
        QCOMPARE(dialog.step(), ContactImportDialog::Step::Import);
        QTRY_COMPARE(dialog.outcomeLabel()->text(), QStringLiteral("2 contacts imported, 3 lines skipped."));
        QCOMPARE(dialog.importedCount(), 2);
        QCOMPARE(dialog.cancelButton()->text(), QStringLiteral("Close"));
        QCOMPARE(m_store->contacts().count(), 3);
        QCOMPARE(m_store->contacts().countInCategory(parents), 2);
        const std::optional<Contact> emilie = m_store->contacts().findByNumber(QStringLiteral("+33698765432"));
        QVERIFY(emilie);
        QCOMPARE(emilie->firstName, QStringLiteral("Émilie"));
        // The window's store heard of it, though another connection wrote.
        QTRY_COMPARE(view.model()->rowCount(), 3);
    }

    void saysWhyAFileCannotBeRead()
    {
        const QString path = writeFile(QStringLiteral("photo.xlsx"), QByteArray("PK\x03\x04\0\0\0\0binary", 14));
        ContactImportDialog dialog(*m_store);
        dialog.openFile(path);
        QTRY_VERIFY(!dialog.isBusy());
        QVERIFY(!dialog.fileMessage()->messages().isEmpty());
        QVERIFY(dialog.fileMessage()->messages().constFirst().contains(QStringLiteral("Save it as CSV")));
        QVERIFY(!dialog.nextButton()->isEnabled());
        dialog.openFile(m_dir.filePath(QStringLiteral("nowhere.csv")));
        QTRY_VERIFY(!dialog.isBusy());
        QVERIFY(dialog.fileMessage()->messages().constFirst().startsWith(QStringLiteral("The file cannot be opened")));
        QCOMPARE(dialog.step(), ContactImportDialog::Step::File);
    }

    void cancelledImportLeavesNothing()
    {
        QByteArray csv = "name,phone\n";
        for (int i = 0; i < 20000; ++i)
            csv += QStringLiteral("Contact %1,+336%2\n").arg(i).arg(10000000 + i).toUtf8();
        const QString path = writeFile(QStringLiteral("big.csv"), csv);
        ContactImportDialog dialog(*m_store);
        dialog.show();
        dialog.openFile(path);
        QTRY_VERIFY(dialog.nextButton()->isEnabled());
        dialog.nextButton()->click();
        dialog.nextButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.nextButton()->isEnabled(), 20000);
        QCOMPARE(dialog.nextButton()->text(), QStringLiteral("Import %1 contacts").arg(QLocale().toString(20000)));
        dialog.nextButton()->click();
        QVERIFY(dialog.isBusy());
        dialog.reject(); // Escape or Cancel: asks the worker to stop, the dialog stays
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.cancelButton()->text(), QStringLiteral("Cancelling…"));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 20000);
        QCOMPARE(dialog.outcomeLabel()->text(), QStringLiteral("Import cancelled: no contact was added."));
        QCOMPARE(m_store->contacts().count(), 0);
        QCOMPARE(m_store->outbox().count(), 0);
    }
};

QTEST_MAIN(TestContactsView)
#include "tst_contacts_view.moc"
