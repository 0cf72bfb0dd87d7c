#include "singleinstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>

namespace {

const QByteArray activateMessage = QByteArrayLiteral("activate\n");
// A running Docket answers at once; this only bounds a hung one.
constexpr int answerMs = 1000;

// The same file however it is spelled. Its folder is resolved rather than
// the file, which a first start has not created yet.
QString canonicalKey(const QString &key)
{
    const QFileInfo file(QDir::cleanPath(QFileInfo(key).absoluteFilePath()));
    const QString folder = file.absoluteDir().canonicalPath();
    return folder.isEmpty() ? file.absoluteFilePath() : QDir(folder).filePath(file.fileName());
}

} // namespace

SingleInstance::SingleInstance(const QString &key, QObject *parent) : QObject(parent), m_name(serverName(key))
{
}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::serverName(const QString &key)
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    const QByteArray identity = (user + u'\n' + QDir::homePath() + u'\n' + canonicalKey(key)).toUtf8();
    const QByteArray hash = QCryptographicHash::hash(identity, QCryptographicHash::Sha256).toHex().left(32);
    return QStringLiteral("docket-") + QString::fromLatin1(hash);
}

bool SingleInstance::claim()
{
    if (m_server)
        return true;
    {
        QLocalSocket running;
        running.connectToServer(m_name);
        if (running.waitForConnected(answerMs)) {
            running.write(activateMessage);
            running.waitForBytesWritten(answerMs);
            running.disconnectFromServer();
            return false;
        }
    }
    auto *server = new QLocalServer(this);
    server->setSocketOptions(QLocalServer::UserAccessOption);
    bool listening = server->listen(m_name);
    if (!listening && server->serverError() == QAbstractSocket::AddressInUseError) {
        // Nobody answered on it: a Docket that crashed left its socket behind.
        QLocalServer::removeServer(m_name);
        listening = server->listen(m_name);
    }
    if (!listening) {
        // Better a Docket that cannot be brought forward than none at all.
        qWarning("docket: cannot listen for other starts on %s: %s", qPrintable(m_name),
                 qPrintable(server->errorString()));
        server->deleteLater();
        return true;
    }
    m_server = server;
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::accept);
    return true;
}

void SingleInstance::accept()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { read(socket); });
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        read(socket); // what arrived with the connection
    }
}

void SingleInstance::read(QLocalSocket *socket)
{
    // Only the one short message is expected; anything longer is not a Docket.
    if (socket->bytesAvailable() > 64) {
        socket->abort();
        return;
    }
    if (!socket->canReadLine())
        return;
    if (socket->readLine() == activateMessage)
        Q_EMIT activated();
}
