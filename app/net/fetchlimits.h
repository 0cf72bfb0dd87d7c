// How long and how much one fetch may take before Docket gives up on it.
#pragma once

#include <QtGlobal>

#include <chrono>

// Defaults from the command-line contract (spec/cli.md); every one settable.
struct FetchLimits
{
    // Until the request is on its way: name lookup, TCP, TLS.
    std::chrono::milliseconds connectTimeout{15000};
    // Once connected, the longest silence tolerated (before or during the body).
    std::chrono::milliseconds inactivityTimeout{20000};
    // The whole fetch, redirects included: a server trickling a byte at a time
    // keeps the inactivity timer happy but not this one.
    std::chrono::milliseconds totalTimeout{45000};
    // The body after decompression; the fetch stops as soon as it is exceeded.
    qint64 maxBodyBytes = 20 * 1024 * 1024;
    int maxRedirects = 5;

    friend bool operator==(const FetchLimits &, const FetchLimits &) = default;
};
