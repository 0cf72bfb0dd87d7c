// Docket: the window when run without a command, one headless command otherwise.
#include "commandline.h"
#include "exportcommand.h"
#include "mainwindow.h"
#include "singleinstance.h"
#include "translations.h"

#include <QApplication>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QIcon>
#include <QSize>
#include <QTextStream>

#include <cstdio>
#include <memory>

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Docket"));
    QCoreApplication::setApplicationName(QStringLiteral("docket"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DOCKET_VERSION));
}

// QApplication aborts the process when it cannot reach a display; say so
// plainly first, and point at what works without one.
bool displayAvailable()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    const QByteArray platform = qgetenv("QT_QPA_PLATFORM");
    if (!platform.isEmpty() && !platform.startsWith("xcb") && !platform.startsWith("wayland"))
        return true;
    return qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY");
#else
    return true;
#endif
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    const CommandLine::Invocation invocation = CommandLine::parse(arguments);

    const bool headless =
        !invocation.command.isEmpty() || invocation.help || invocation.version || !invocation.error.isEmpty();
    if (headless) {
        // A PDF export lays text out in fonts, which only a QGuiApplication
        // loads; on the offscreen platform it needs no display.
        std::unique_ptr<QCoreApplication> app;
        if (invocation.command == u"export" &&
            ExportCommand::needsGuiApplication(invocation.commandArguments)) {
            if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM") || !displayAvailable())
                qputenv("QT_QPA_PLATFORM", "offscreen");
            app = std::make_unique<QGuiApplication>(argc, argv);
        } else {
            app = std::make_unique<QCoreApplication>(argc, argv);
        }
        describeApplication();
        // The commands speak the system's language on stderr and in --help
        // (LANG=C: English); what scripts read on stdout is never translated.
        const Translations translations{QString()};
        QTextStream out(stdout);
        QTextStream err(stderr);
        // Parsed again now that its messages can be translated.
        return CommandLine::run(CommandLine::parse(arguments), out, err);
    }

    if (!displayAvailable()) {
        std::fputs("docket: no display to open the window on (DISPLAY is not set); "
                   "the headless commands work without one: docket --help\n",
                   stderr);
        return 2;
    }
    QApplication app(argc, argv);
    describeApplication();
    // The window and the tray show Docket's icon; the desktop entry's name
    // lets Wayland match the window to it.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.docket.Docket"));
    QIcon icon;
    for (const int size : {16, 24, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/png/docket-%1.png").arg(size), QSize(size, size));
    QApplication::setWindowIcon(icon);
    const Translations translations(Translations::chosenLanguage());
    const QString databasePath =
        invocation.databasePath.isEmpty() ? CommandLine::defaultDatabasePath() : invocation.databasePath;
    // One window per cache: a second start brings the first forward instead
    // of opening a second writer on the same file.
    SingleInstance instance(databasePath);
    if (!instance.claim()) {
        const QString message = QCoreApplication::translate(
            "main", "Docket is already open on this cache; its window was brought forward");
        std::fputs(qPrintable(QStringLiteral("docket: %1\n").arg(message)), stderr);
        return 0;
    }
    auto window = std::make_unique<MainWindow>(databasePath);
    QObject::connect(&instance, &SingleInstance::activated, window.get(), &MainWindow::bringForward);
    window->showAtStart();
    return app.exec();
}
