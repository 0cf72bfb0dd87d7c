#include "exportaction.h"

#include "database.h"
#include "exportdialog.h"

#include <QAction>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QWidget>

namespace {

// The export's own connection, on the worker thread that uses it (a Qt Sql
// connection belongs to the thread that opened it); it only reads.
Result<std::unique_ptr<Database>> openReadOnly(const QString &path)
{
    DatabaseOptions options;
    options.access = DatabaseOptions::Access::ReadOnly;
    return Database::open(path, options);
}

} // namespace

ExportAction::ExportAction(const QString &databasePath, Offers offers, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_databasePath(databasePath)
    , m_offers(std::move(offers))
    , m_dialogParent(dialogParent)
    , m_action(new QAction(tr("&Export…"), dialogParent))
    , m_worker(std::make_unique<QObject>())
{
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_action->setToolTip(tr("Save the current thread, the selected threads or the list as HTML, Markdown, "
                            "text or PDF, each with its citation"));
    connect(m_action, &QAction::triggered, this, &ExportAction::run);
    m_thread.setObjectName(QStringLiteral("Docket export"));
    m_worker->moveToThread(&m_thread);
    m_thread.start();
}

ExportAction::~ExportAction()
{
    // A file being written is finished (QSaveFile renames only when whole).
    m_thread.quit();
    m_thread.wait();
}

bool ExportAction::confirm(const QString &question)
{
    if (m_confirm)
        return m_confirm(question);
    return QMessageBox::question(m_dialogParent, tr("Export"), question,
                                 QMessageBox::Yes | QMessageBox::Cancel) == QMessageBox::Yes;
}

QString ExportAction::replaceQuestion(const QStringList &existing)
{
    if (existing.size() == 1)
        return tr("%1 already exists. Replace it?").arg(QDir::toNativeSeparators(existing.first()));
    return tr("%n file(s) already exist in %1. Replace them?", nullptr, int(existing.size()))
        .arg(QDir::toNativeSeparators(QFileInfo(existing.first()).absolutePath()));
}

void ExportAction::run()
{
    if (m_busy) {
        Q_EMIT message(tr("An export is already being written."));
        return;
    }
    const ExportOffer offer = m_offers();
    const std::optional<ExportRequest> request =
        m_prompt ? m_prompt(offer) : ExportDialog::ask(offer, m_dialogParent);
    if (!request) {
        Q_EMIT finished(false, {});
        return;
    }
    m_busy = true;
    m_action->setEnabled(false);
    Q_EMIT message(tr("Reading the threads to export…"));
    // Reading the threads and writing the files happen on the worker: a
    // list of thousands takes seconds, which the window must not freeze for.
    const QPointer<ExportAction> self(this);
    const QString path = m_databasePath;
    QMetaObject::invokeMethod(m_worker.get(), [self, path, offer, request = *request] {
        Result<ExportJob::Plan> made = Result<ExportJob::Plan>::failure(QString());
        if (Result<std::unique_ptr<Database>> database = openReadOnly(path); !database)
            made = database.error();
        else
            made = ExportJob::plan(*database.value(), request, offer, QDateTime::currentDateTimeUtc());
        QMetaObject::invokeMethod(self, [self, made] {
            if (self)
                self->planned(made);
        });
    });
}

void ExportAction::planned(const Result<ExportJob::Plan> &plan)
{
    if (!plan) {
        fail(plan.error().message);
        return;
    }
    if (!plan->existing.isEmpty() && !confirm(replaceQuestion(plan->existing))) {
        m_busy = false;
        m_action->setEnabled(true);
        Q_EMIT message(tr("Export cancelled; nothing was replaced."));
        Q_EMIT finished(false, {});
        return;
    }
    const QPointer<ExportAction> self(this);
    const bool truncated = plan->truncated;
    const QString path = m_databasePath;
    QMetaObject::invokeMethod(m_worker.get(), [self, path, work = plan.value(), truncated] {
        auto report = [self](int done, int total) {
            if (total <= 1)
                return;
            QMetaObject::invokeMethod(self, [self, done, total] {
                if (self)
                    Q_EMIT self->message(tr("Exported %1 of %2 files…")
                                             .arg(QLocale().toString(done), QLocale().toString(total)));
            });
        };
        Result<QStringList> paths = Result<QStringList>::failure(QString());
        if (Result<std::unique_ptr<Database>> database = openReadOnly(path); !database)
            paths = database.error();
        else
            paths = ExportJob::write(*database.value(), work, QDateTime::currentDateTimeUtc(), report);
        QMetaObject::invokeMethod(self, [self, paths, truncated] {
            if (self)
                self->written(paths, truncated);
        });
    });
}

void ExportAction::written(const Result<QStringList> &paths, bool truncated)
{
    if (!paths) {
        fail(paths.error().message);
        return;
    }
    m_busy = false;
    m_action->setEnabled(true);
    QString text = paths->size() == 1
                       ? tr("Exported to %1.").arg(QDir::toNativeSeparators(paths->first()))
                       : tr("Exported %n file(s) to %1.", nullptr, int(paths->size()))
                             .arg(QDir::toNativeSeparators(QFileInfo(paths->first()).absolutePath()));
    if (truncated)
        text += u' ' + tr("Only the first %1 threads of the list were exported.")
                           .arg(QLocale().toString(ExportJob::maxThreads));
    Q_EMIT message(text);
    Q_EMIT finished(true, paths.value());
}

void ExportAction::fail(const QString &text)
{
    m_busy = false;
    m_action->setEnabled(true);
    Q_EMIT message(tr("Export failed: %1").arg(text));
    Q_EMIT finished(false, {});
}
