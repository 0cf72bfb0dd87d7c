// One Docket per cache and user: a second start brings the running window forward instead of opening a second
// writer.
#pragma once

#include <QObject>
#include <QString>

class QLocalServer;
class QLocalSocket;

class SingleInstance : public QObject
{
    Q_OBJECT

public:
    // key names the cache (its path); the user's name is added, so two
    // people on one machine each have their own Docket.
    explicit SingleInstance(const QString &key, QObject *parent = nullptr);
    ~SingleInstance() override;

    // Becomes the Docket for this key and returns true; or, when one is
    // already running, asks it to come forward and returns false.
    bool claim();
    bool isPrimary() const { return m_server != nullptr; }

    // The local server's name for key: a hash, so paths of any length or
    // character fit every platform's limits.
    static QString serverName(const QString &key);

Q_SIGNALS:
    // Another start asked this one to come forward.
    void activated();

private:
    void accept();
    void read(QLocalSocket *socket);

    QString m_name;
    QLocalServer *m_server = nullptr;
};
