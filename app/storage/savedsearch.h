// A search the user saved by name, to run again.
#pragma once

#include <QDateTime>
#include <QString>

struct SavedSearch
{
    QString name;
    QString query;   // user query syntax (SearchQuery)
    QDateTime saved; // UTC

    friend bool operator==(const SavedSearch &, const SavedSearch &) = default;
};
