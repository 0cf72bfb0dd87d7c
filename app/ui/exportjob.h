// The work behind Export… in the window: threads read from the cache, files named, articles written.
#pragma once

#include "exportarticle.h"
#include "exportrequest.h"
#include "result.h"
#include "threadrecord.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

#include <functional>

class Database;
class ImageStore;

namespace ExportJob {

// Enough for any matter's file, and few enough that one export cannot
// fill the memory or the disk by a slip of the mouse.
inline constexpr qsizetype maxThreads = 5000;

struct Plan
{
    ExportFormat format = ExportFormat::Html;
    QList<qint64> ids;      // the threads, in the order written
    QStringList paths;      // one for one document, else one per thread
    QStringList existing;   // of paths, those already there: asked before replacing
    bool truncated = false; // the list held more than maxThreads
};

// The thread as an export writes it, dates in local time (ExportSelection
// decides which text and which retrieval time), with the images Docket
// stored for it embedded (images may be null: none).
ExportArticle articleOf(const ThreadRecord &thread, const ImageStore *images);

// Reads the threads the request names (the offer's current thread or
// selection, else the list's threads up to maxThreads) and names the files.
// A folder must exist; a file's folder too. Nothing is written.
Result<Plan> plan(Database &database, const ExportRequest &request, const ExportOffer &offer,
                  const QDateTime &now);

// Writes every document, each beside its target and renamed over it (an
// interrupted export never leaves a half file where a good one was),
// reading each thread when its file is written so that one file per thread
// holds one thread in memory at a time; progress(done, total) after each
// file. A thread gone from the cache since the plan is left out. Returns
// the paths written.
Result<QStringList> write(Database &database, const Plan &plan, const QDateTime &now,
                          const std::function<void(int, int)> &progress = {});

} // namespace ExportJob
