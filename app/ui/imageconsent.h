// The user's answer to "Load images from <host>?": remembered per feed when it is "always".
#pragma once

#include <QtGlobal>

class QSettings;

class ImageConsent
{
public:
    // settings must outlive this; the answers are stored there.
    explicit ImageConsent(QSettings &settings);

    bool alwaysFor(qint64 feedId) const;
    void setAlwaysFor(qint64 feedId, bool always);

private:
    QSettings &m_settings;
};
