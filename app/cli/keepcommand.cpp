#include "keepcommand.h"

#include "threadmarking.h"
#include "threadstore.h"

namespace KeepCommand {

int run(const CommandContext &context)
{
    const ThreadMarking marking{QStringLiteral("off"), QStringLiteral("Kept"), QStringLiteral("Released"),
                                &ThreadStore::setKept};
    return marking.run(context);
}

} // namespace KeepCommand
