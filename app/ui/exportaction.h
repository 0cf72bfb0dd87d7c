// Export… (Ctrl+E) in the window: asks what, how and where, asks before replacing files, writes off the UI
// thread.
#pragma once

#include "exportjob.h"
#include "exportrequest.h"

#include <QObject>
#include <QString>
#include <QThread>

#include <functional>
#include <memory>
#include <optional>

class QAction;
class QWidget;

class ExportAction : public QObject
{
    Q_OBJECT

public:
    // offers says what the window shows when Export… is chosen; the export
    // reads the cache at databasePath on its own connection, on a worker
    // thread. dialogParent parents the dialogs and owns the action.
    using Offers = std::function<ExportOffer()>;
    ExportAction(const QString &databasePath, Offers offers, QWidget *dialogParent);
    ~ExportAction() override;

    QAction *action() const { return m_action; }
    bool isBusy() const { return m_busy; }

    // Stand-ins for the dialogs, so tests can answer them: nullopt (or
    // false) is the user cancelling.
    using Prompt = std::function<std::optional<ExportRequest>(const ExportOffer &offer)>;
    using Confirm = std::function<bool(const QString &question)>;
    void setPrompt(Prompt prompt) { m_prompt = std::move(prompt); }
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }

    // Asks, then exports; the answer comes by finished().
    void run();

    // "Replace report.pdf?", "Replace 3 files in Matter 12?"
    static QString replaceQuestion(const QStringList &existing);

Q_SIGNALS:
    // Progress and outcomes in words, for the status bar.
    void message(const QString &text);
    // The export ended: the files written (none when it failed or was cancelled).
    void finished(bool ok, const QStringList &written);

private:
    void planned(const Result<ExportJob::Plan> &plan);
    void written(const Result<QStringList> &paths, bool truncated);
    void fail(const QString &text);
    bool confirm(const QString &question);

    QString m_databasePath;
    Offers m_offers;
    QWidget *m_dialogParent = nullptr;
    QAction *m_action = nullptr;
    Prompt m_prompt;
    Confirm m_confirm;
    QThread m_thread;
    // Lives on m_thread: the export's work is queued to it.
    std::unique_ptr<QObject> m_worker;
    bool m_busy = false;
};
