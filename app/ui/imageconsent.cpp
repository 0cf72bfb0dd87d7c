#include "imageconsent.h"

#include <QSettings>
#include <QString>

namespace {

QString key(qint64 feedId)
{
    return QStringLiteral("images/alwaysLoad/feed%1").arg(feedId);
}

const QString policyKey = QStringLiteral("images/policy");

} // namespace

ImageConsent::ImageConsent(QSettings &settings) : m_settings(settings)
{
}

ImageConsent::Policy ImageConsent::policy() const
{
    // A hand-edited value falls back to asking, never to loading.
    return policyFromName(m_settings.value(policyKey).toString()).value_or(Policy::Ask);
}

void ImageConsent::setPolicy(Policy policy)
{
    m_settings.setValue(policyKey, policyName(policy));
}

QString ImageConsent::policyName(Policy policy)
{
    switch (policy) {
    case Policy::Always:
        return QStringLiteral("always");
    case Policy::Never:
        return QStringLiteral("never");
    case Policy::Ask:
        break;
    }
    return QStringLiteral("ask");
}

std::optional<ImageConsent::Policy> ImageConsent::policyFromName(const QString &name)
{
    for (Policy policy : {Policy::Ask, Policy::Always, Policy::Never}) {
        if (name == policyName(policy))
            return policy;
    }
    return std::nullopt;
}

bool ImageConsent::alwaysFor(qint64 feedId) const
{
    switch (policy()) {
    case Policy::Always:
        return true;
    case Policy::Never:
        return false;
    case Policy::Ask:
        break;
    }
    return m_settings.value(key(feedId), false).toBool();
}

void ImageConsent::setAlwaysFor(qint64 feedId, bool always)
{
    if (always)
        m_settings.setValue(key(feedId), true);
    else
        m_settings.remove(key(feedId));
}
