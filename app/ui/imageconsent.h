// The user's answer to "Load images from <host>?": a policy for every feed, and "always" remembered per feed.
#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>

class QSettings;

class ImageConsent
{
public:
    // Ask: the reader asks, unless the user said "always" for the feed.
    enum class Policy { Ask, Always, Never };

    // settings must outlive this; the answers are stored there.
    explicit ImageConsent(QSettings &settings);

    Policy policy() const;
    void setPolicy(Policy policy);
    // "ask", "always", "never": how the policy is stored.
    static QString policyName(Policy policy);
    static std::optional<Policy> policyFromName(const QString &name);

    // Whether images of this feed load without asking (the policy included).
    bool alwaysFor(qint64 feedId) const;
    void setAlwaysFor(qint64 feedId, bool always);

private:
    QSettings &m_settings;
};
