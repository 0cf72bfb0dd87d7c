#include "imageconsent.h"

#include <QSettings>
#include <QString>

namespace {

QString key(qint64 feedId)
{
    return QStringLiteral("images/alwaysLoad/feed%1").arg(feedId);
}

} // namespace

ImageConsent::ImageConsent(QSettings &settings) : m_settings(settings)
{
}

bool ImageConsent::alwaysFor(qint64 feedId) const
{
    return m_settings.value(key(feedId), false).toBool();
}

void ImageConsent::setAlwaysFor(qint64 feedId, bool always)
{
    if (always)
        m_settings.setValue(key(feedId), true);
    else
        m_settings.remove(key(feedId));
}
