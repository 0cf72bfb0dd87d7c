// SettingsDialog: shows the values it is given, returns what the controls say, refuses a proxy without a
// host.
#include "settingsdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

Q_DECLARE_METATYPE(AppSettings)

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsAndReturnsTheValues_data();
    void showsAndReturnsTheValues();
    void controlsChangeTheValues();
    void okWaitsForAProxyHost_data();
    void okWaitsForAProxyHost();
    void proxyFieldsOnlyForAManualProxy();
    void noTrayNoStartInTray();
    void everyControlIsNamed();
    void tabOrderFollowsTheForm();

private:
    template <typename T> static T *control(const SettingsDialog &dialog, const char *name)
    {
        return dialog.findChild<T *>(QString::fromLatin1(name));
    }
};

void TestSettingsDialog::showsAndReturnsTheValues_data()
{
    QTest::addColumn<AppSettings>("settings");
    QTest::newRow("defaults") << AppSettings();
    AppSettings changed;
    changed.retentionDays = 90;
    changed.pollIntervalMinutes = 15;
    changed.images = ImageConsent::Policy::Never;
    changed.proxyMode = AppSettings::ProxyMode::Socks5;
    changed.proxyHost = QStringLiteral("proxy.firm.example");
    changed.proxyPort = 1080;
    changed.language = QStringLiteral("fa");
    changed.startInTray = true;
    changed.notifyNewThreads = false;
    QTest::newRow("everything changed") << changed;
    AppSettings http;
    http.proxyMode = AppSettings::ProxyMode::Http;
    http.proxyHost = QStringLiteral("10.1.2.3");
    http.proxyPort = 3128;
    http.images = ImageConsent::Policy::Always;
    http.language = QStringLiteral("de");
    QTest::newRow("http proxy, always load images") << http;
    AppSettings none;
    none.proxyMode = AppSettings::ProxyMode::None;
    none.retentionDays = 1;
    none.language = QStringLiteral("en");
    QTest::newRow("no proxy, one day") << none;
}

void TestSettingsDialog::showsAndReturnsTheValues()
{
    QFETCH(AppSettings, settings);
    const SettingsDialog dialog(settings);
    QCOMPARE(dialog.settings(), settings);
    QCOMPARE(control<QSpinBox>(dialog, "retentionDays")->value(), settings.retentionDays);
    QCOMPARE(control<QComboBox>(dialog, "language")->currentData().toString(), settings.language);
}

void TestSettingsDialog::controlsChangeTheValues()
{
    SettingsDialog dialog{AppSettings()};
    control<QSpinBox>(dialog, "retentionDays")->setValue(30);
    control<QSpinBox>(dialog, "pollMinutes")->setValue(120);
    auto *images = control<QComboBox>(dialog, "imagePolicy");
    images->setCurrentIndex(images->findData(int(ImageConsent::Policy::Never)));
    auto *proxy = control<QComboBox>(dialog, "proxyMode");
    proxy->setCurrentIndex(proxy->findData(int(AppSettings::ProxyMode::Http)));
    QTest::keyClicks(control<QLineEdit>(dialog, "proxyHost"), QStringLiteral("proxy.example"));
    control<QSpinBox>(dialog, "proxyPort")->setValue(8080);
    auto *language = control<QComboBox>(dialog, "language");
    language->setCurrentIndex(language->findData(QStringLiteral("es")));
    control<QCheckBox>(dialog, "startInTray")->setChecked(true);
    control<QCheckBox>(dialog, "notifyNewThreads")->setChecked(false);

    const AppSettings chosen = dialog.settings();
    QCOMPARE(chosen.retentionDays, 30);
    QCOMPARE(chosen.pollIntervalMinutes, 120);
    QCOMPARE(chosen.images, ImageConsent::Policy::Never);
    QCOMPARE(chosen.proxyText(), QStringLiteral("http://proxy.example:8080"));
    QCOMPARE(chosen.language, QStringLiteral("es"));
    QVERIFY(chosen.startInTray);
    QVERIFY(!chosen.notifyNewThreads);
    QCOMPARE(chosen.cacheSettings(),
             (ThreadWriter::CacheSettings{30, 120, QStringLiteral("http://proxy.example:8080")}));
}

void TestSettingsDialog::okWaitsForAProxyHost_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("okEnabled");
    QTest::newRow("system, no host") << int(AppSettings::ProxyMode::System) << QString() << true;
    QTest::newRow("none, no host") << int(AppSettings::ProxyMode::None) << QString() << true;
    QTest::newRow("http, no host") << int(AppSettings::ProxyMode::Http) << QString() << false;
    QTest::newRow("socks5, blank host")
        << int(AppSettings::ProxyMode::Socks5) << QStringLiteral("   ") << false;
    QTest::newRow("socks5 with host")
        << int(AppSettings::ProxyMode::Socks5) << QStringLiteral("proxy.example") << true;
}

void TestSettingsDialog::okWaitsForAProxyHost()
{
    QFETCH(int, mode);
    QFETCH(QString, host);
    QFETCH(bool, okEnabled);
    SettingsDialog dialog{AppSettings()};
    auto *proxy = control<QComboBox>(dialog, "proxyMode");
    proxy->setCurrentIndex(proxy->findData(mode));
    control<QLineEdit>(dialog, "proxyHost")->setText(host);
    QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QCOMPARE(ok->isEnabled(), okEnabled);
    QCOMPARE(dialog.settings().isValid(), okEnabled);
}

void TestSettingsDialog::proxyFieldsOnlyForAManualProxy()
{
    SettingsDialog dialog{AppSettings()};
    auto *host = control<QLineEdit>(dialog, "proxyHost");
    QVERIFY(!host->isEnabled());
    QVERIFY(!control<QSpinBox>(dialog, "proxyPort")->isEnabled());
    auto *proxy = control<QComboBox>(dialog, "proxyMode");
    proxy->setCurrentIndex(proxy->findData(int(AppSettings::ProxyMode::Http)));
    QVERIFY(host->isEnabled());
    // A host typed for a manual proxy is not kept once the system's is chosen again.
    host->setText(QStringLiteral("proxy.example"));
    proxy->setCurrentIndex(proxy->findData(int(AppSettings::ProxyMode::System)));
    QCOMPARE(dialog.settings().proxyText(), QString());
    QCOMPARE(dialog.settings().proxyHost, QString());
}

void TestSettingsDialog::noTrayNoStartInTray()
{
    const SettingsDialog with(AppSettings(), true);
    QVERIFY(control<QCheckBox>(with, "startInTray")->isEnabled());
    const SettingsDialog without(AppSettings(), false);
    QVERIFY(!control<QCheckBox>(without, "startInTray")->isEnabled());
}

void TestSettingsDialog::everyControlIsNamed()
{
    const SettingsDialog dialog{AppSettings()};
    int checked = 0;
    for (QWidget *widget : dialog.findChildren<QWidget *>()) {
        // The spin boxes' and combo boxes' own inner editors speak for them.
        const bool inner = qobject_cast<QAbstractSpinBox *>(widget->parentWidget()) ||
                           qobject_cast<QComboBox *>(widget->parentWidget());
        const bool control = qobject_cast<QAbstractSpinBox *>(widget) || qobject_cast<QComboBox *>(widget) ||
                             qobject_cast<QLineEdit *>(widget) || qobject_cast<QCheckBox *>(widget);
        if (!control || inner)
            continue;
        ++checked;
        QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
    }
    QCOMPARE(checked, 9);
}

void TestSettingsDialog::tabOrderFollowsTheForm()
{
    SettingsDialog dialog{AppSettings()};
    const QStringList expected{
        QStringLiteral("retentionDays"), QStringLiteral("pollMinutes"), QStringLiteral("imagePolicy"),
        QStringLiteral("proxyMode"),     QStringLiteral("proxyHost"),   QStringLiteral("proxyPort"),
        QStringLiteral("language"),      QStringLiteral("startInTray"), QStringLiteral("notifyNewThreads")};
    QStringList order;
    QWidget *widget = control<QWidget>(dialog, "retentionDays");
    for (int step = 0; step < 100 && order.size() < expected.size(); ++step) {
        if (expected.contains(widget->objectName()) && !order.contains(widget->objectName()))
            order.append(widget->objectName());
        widget = widget->nextInFocusChain();
    }
    QCOMPARE(order, expected);
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
