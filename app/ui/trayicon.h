// Docket in the system tray: the unread count, Show / Refresh / Quit, and notices of new threads.
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

class QIcon;
class QMenu;
class QSystemTrayIcon;
class SourceTreeModel;

class TrayIcon : public QObject
{
    Q_OBJECT

public:
    // Only made where QSystemTrayIcon::isSystemTrayAvailable(); shown at once.
    explicit TrayIcon(const QIcon &icon, QObject *parent = nullptr);
    ~TrayIcon() override;

    void setUnread(qint64 unread);
    // Keeps the unread count in the tooltip as sources is read again; sources must outlive this.
    void followUnread(const SourceTreeModel &sources);
    QString toolTip() const;
    // Shows a notice by the tray, as the desktop does them.
    void announce(const QString &message);

    // "3 new threads from JURIST, SCOTUSblog" (at most a few names, then "and N more").
    static QString newThreadsMessage(int count, const QStringList &feedTitles);
    static QString unreadText(qint64 unread);

Q_SIGNALS:
    void showRequested();
    void refreshRequested();
    void quitRequested();

private:
    QSystemTrayIcon *m_icon = nullptr;
    std::unique_ptr<QMenu> m_menu; // a menu takes no QObject parent but a widget
};
