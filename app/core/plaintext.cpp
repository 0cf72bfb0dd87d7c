#include "plaintext.h"

namespace PlainText {

QString collapse(QStringView text)
{
    return text.toString().simplified();
}

QString fromHtml(QStringView html)
{
    return collapse(html);
}

} // namespace PlainText
