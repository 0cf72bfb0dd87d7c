#include "markreadcommand.h"

#include "threadmarking.h"
#include "threadstore.h"

namespace MarkReadCommand {

int run(const CommandContext &context)
{
    const ThreadMarking marking{QStringLiteral("unread"), QStringLiteral("Marked read"),
                                QStringLiteral("Marked unread"), &ThreadStore::setRead};
    return marking.run(context);
}

} // namespace MarkReadCommand
