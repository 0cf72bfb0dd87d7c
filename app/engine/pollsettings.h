// The user's polling settings from the cache: the same for the window and `docket poll`.
#pragma once

#include "database.h"
#include "fetchlimits.h"
#include "pollpolicy.h"
#include "result.h"

#include <QNetworkProxy>

#include <optional>

struct PollSettings
{
    PollPolicy policy;
    FetchLimits limits;
    std::optional<QNetworkProxy> proxy; // empty: the system's configuration

    // The global poll interval and proxy as stored; the rest at defaults.
    static Result<PollSettings> read(Database &database);
};
