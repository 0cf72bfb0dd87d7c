// Where the test fixtures are, and reading one.
#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

namespace TestData {

inline QString path(const QString &relative)
{
    return QStringLiteral(DOCKET_TEST_DATA "/") + relative;
}

// The fixture's bytes; empty (and a failed QVERIFY in the caller) when missing.
inline QByteArray read(const QString &relative)
{
    QFile file(path(relative));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace TestData
