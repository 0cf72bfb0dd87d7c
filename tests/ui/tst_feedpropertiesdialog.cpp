// FeedPropertiesDialog: a feed's title, folder, retention and poll interval, where 0 means "the global
// setting".
#include "feedpropertiesdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

Q_DECLARE_METATYPE(ThreadWriter::FeedProperties)

class TestFeedPropertiesDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsAndReturnsTheValues_data();
    void showsAndReturnsTheValues();
    void globalValuesAreShownInWords();
    void editsAreReturned();
    void okWaitsForATitle();
    void everyControlIsNamed();

private:
    template <typename T> static T *control(const FeedPropertiesDialog &dialog, const char *name)
    {
        return dialog.findChild<T *>(QString::fromLatin1(name));
    }
    const QStringList m_folders{QStringLiteral("Courts"), QStringLiteral("Courts/Appeals"),
                                QStringLiteral("News")};
};

void TestFeedPropertiesDialog::showsAndReturnsTheValues_data()
{
    QTest::addColumn<ThreadWriter::FeedProperties>("properties");
    QTest::newRow("global values, top level")
        << ThreadWriter::FeedProperties{QStringLiteral("JURIST"), {}, {}, {}, {}};
    QTest::newRow("own values, in a folder, always capturing") << ThreadWriter::FeedProperties{
        QStringLiteral("Tenth Circuit"), QStringLiteral("Courts/Appeals"), 90, 15, true};
    QTest::newRow("a folder not listed, never capturing")
        << ThreadWriter::FeedProperties{QStringLiteral("Blog"), QStringLiteral("Reading list"), 1, {}, false};
}

void TestFeedPropertiesDialog::showsAndReturnsTheValues()
{
    QFETCH(ThreadWriter::FeedProperties, properties);
    const FeedPropertiesDialog dialog(properties, m_folders, 21, 30);
    QCOMPARE(dialog.properties(), properties);
    QCOMPARE(control<QLineEdit>(dialog, "feedTitle")->text(), properties.title);
}

void TestFeedPropertiesDialog::globalValuesAreShownInWords()
{
    const FeedPropertiesDialog dialog({QStringLiteral("JURIST"), {}, {}, {}, {}}, m_folders, 14, 45);
    auto *retention = control<QSpinBox>(dialog, "feedRetention");
    auto *poll = control<QSpinBox>(dialog, "feedPollInterval");
    QVERIFY2(retention->text().contains(u"14"), qPrintable(retention->text()));
    QVERIFY(retention->text().contains(u"global"));
    QVERIFY2(poll->text().contains(u"45"), qPrintable(poll->text()));
}

void TestFeedPropertiesDialog::editsAreReturned()
{
    FeedPropertiesDialog dialog({QStringLiteral("JURIST"), {}, {}, {}, {}}, m_folders, 21, 30);
    auto *title = control<QLineEdit>(dialog, "feedTitle");
    title->selectAll();
    QTest::keyClicks(title, QStringLiteral("  JURIST   news "));
    auto *folder = control<QComboBox>(dialog, "feedFolder");
    QCOMPARE(folder->count(), 4); // none, then the folders
    folder->setCurrentIndex(folder->findText(QStringLiteral("News")));
    control<QSpinBox>(dialog, "feedRetention")->setValue(60);
    control<QSpinBox>(dialog, "feedPollInterval")->setValue(120);
    auto *capture = control<QComboBox>(dialog, "feedCapture");
    QCOMPARE(capture->currentIndex(), 0); // automatic
    capture->setCurrentIndex(2);
    QCOMPARE(dialog.properties(), (ThreadWriter::FeedProperties{QStringLiteral("JURIST news"),
                                                                QStringLiteral("News"), 60, 120, false}));
    // A name typed into the folder box is a new folder.
    folder->setCurrentText(QStringLiteral("  Morning reading "));
    QCOMPARE(dialog.properties().folder, QStringLiteral("Morning reading"));
}

void TestFeedPropertiesDialog::okWaitsForATitle()
{
    FeedPropertiesDialog dialog({QStringLiteral("JURIST"), {}, {}, {}, {}}, m_folders, 21, 30);
    QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(ok->isEnabled());
    control<QLineEdit>(dialog, "feedTitle")->setText(QStringLiteral("   "));
    QVERIFY(!ok->isEnabled());
}

void TestFeedPropertiesDialog::everyControlIsNamed()
{
    const FeedPropertiesDialog dialog({QStringLiteral("JURIST"), {}, {}, {}, {}}, m_folders, 21, 30);
    for (const char *name : {"feedTitle", "feedFolder", "feedRetention", "feedPollInterval", "feedCapture"}) {
        QWidget *widget = control<QWidget>(dialog, name);
        QVERIFY2(widget, name);
        QVERIFY2(!widget->accessibleName().isEmpty(), name);
    }
}

QTEST_MAIN(TestFeedPropertiesDialog)
#include "tst_feedpropertiesdialog.moc"
