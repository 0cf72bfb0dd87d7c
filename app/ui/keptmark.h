// The small bookmark that marks a kept thread wherever threads are listed.
#pragma once

#include <QIcon>

namespace KeptMark {

// Drawn rather than shipped as a file, so it stays crisp at any scale.
QIcon icon();

} // namespace KeptMark
