// Adding a feed: an address, the feed found behind it with a preview of its latest threads, a folder,
// subscribe.
#pragma once

#include "feedfinder.h"

#include <QDialog>
#include <QString>
#include <QStringList>

#include <optional>

class Poller;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

// Network, parsing and the subscription's write all happen on the poller's
// thread; the dialog only shows their answers and never waits on them.
class AddFeedDialog : public QDialog
{
    Q_OBJECT

public:
    // folders: "Parent/Child" paths to offer; the user may type a new one.
    AddFeedDialog(Poller &poller, const QStringList &folders, QWidget *parent = nullptr);

    QLineEdit *addressField() const { return m_address; }
    QPushButton *findButton() const { return m_findButton; }
    QPushButton *subscribeButton() const { return m_subscribeButton; }
    QLabel *statusLabel() const { return m_status; }
    QListWidget *previewList() const { return m_preview; }
    QLineEdit *titleField() const { return m_title; }
    QComboBox *folderField() const { return m_folder; }
    QComboBox *otherFeeds() const { return m_others; }
    // What was found, once found.
    const std::optional<FoundFeed> &found() const { return m_found; }

    // The subscription made, once the dialog was accepted.
    qint64 subscribedId() const { return m_subscribedId; }

Q_SIGNALS:
    // The address is a file on this computer (a path or file://): the
    // window's writer reads it as `docket add` does.
    void fileChosen(const QString &location);
    void subscribedTo(qint64 feedId, const QString &title, int threads);

private:
    void find();
    void showFound(const FoundFeed &feed);
    void showNotFound(const QString &message);
    void subscribe();
    void setBusy(bool busy, const QString &message);

    Poller &m_poller;
    QLineEdit *m_address = nullptr;
    QPushButton *m_findButton = nullptr;
    QLabel *m_status = nullptr;
    QListWidget *m_preview = nullptr;
    QComboBox *m_others = nullptr;
    QLineEdit *m_title = nullptr;
    QComboBox *m_folder = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_subscribeButton = nullptr;
    std::optional<FoundFeed> m_found;
    qint64 m_subscribedId = 0;
    bool m_waiting = false;
};
