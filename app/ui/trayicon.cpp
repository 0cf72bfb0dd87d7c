#include "trayicon.h"

#include "sourcetreemodel.h"

#include <QIcon>
#include <QMenu>
#include <QSystemTrayIcon>

namespace {

// More names than this make a notice nobody reads to the end.
constexpr int namesShown = 3;

} // namespace

TrayIcon::TrayIcon(const QIcon &icon, QObject *parent)
    : QObject(parent), m_icon(new QSystemTrayIcon(icon, this)), m_menu(new QMenu)
{
    m_menu->setAccessibleName(tr("Docket tray menu"));
    m_menu->addAction(tr("&Show Docket"), this, &TrayIcon::showRequested);
    m_menu->addAction(tr("&Refresh"), this, &TrayIcon::refreshRequested);
    m_menu->addSeparator();
    m_menu->addAction(tr("&Quit"), this, &TrayIcon::quitRequested);
    m_icon->setContextMenu(m_menu.get());
    connect(m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            Q_EMIT showRequested();
    });
    connect(m_icon, &QSystemTrayIcon::messageClicked, this, &TrayIcon::showRequested);
    setUnread(0);
    m_icon->show();
}

TrayIcon::~TrayIcon() = default;

void TrayIcon::setUnread(qint64 unread)
{
    m_icon->setToolTip(unreadText(unread));
}

void TrayIcon::followUnread(const SourceTreeModel &sources)
{
    auto update = [this, &sources] {
        const QModelIndex unread = sources.indexOf(SourceKey{SourceKey::Kind::Unread, 0, {}});
        setUnread(unread.data(SourceTreeModel::UnreadRole).toLongLong());
    };
    connect(&sources, &QAbstractItemModel::modelReset, this, update);
    connect(&sources, &QAbstractItemModel::dataChanged, this, update);
    update();
}

QString TrayIcon::toolTip() const
{
    return m_icon->toolTip();
}

void TrayIcon::announce(const QString &message)
{
    m_icon->showMessage(tr("Docket"), message, QSystemTrayIcon::Information);
}

QString TrayIcon::unreadText(qint64 unread)
{
    if (unread == 0)
        return tr("Docket: nothing unread");
    return unread == 1 ? tr("Docket: 1 unread thread") : tr("Docket: %1 unread threads").arg(unread);
}

QString TrayIcon::newThreadsMessage(int count, const QStringList &feedTitles)
{
    QStringList names = feedTitles.mid(0, namesShown);
    if (feedTitles.size() > namesShown)
        names.append(tr("%1 more").arg(feedTitles.size() - namesShown));
    // Spelled out for one and many: the notice is read at a glance.
    if (names.isEmpty())
        return count == 1 ? tr("1 new thread") : tr("%1 new threads").arg(count);
    const QString from = names.join(QStringLiteral(", "));
    return count == 1 ? tr("1 new thread from %1").arg(from)
                      : tr("%1 new threads from %2").arg(count).arg(from);
}
