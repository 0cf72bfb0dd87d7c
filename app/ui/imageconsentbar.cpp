#include "imageconsentbar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStringList>

ImageConsentBar::ImageConsentBar(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_once(new QPushButton(tr("Load images"), this))
    , m_always(new QPushButton(tr("Always for this feed"), this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);
    setAccessibleName(tr("Remote images"));
    m_label->setWordWrap(true);
    m_once->setAccessibleName(tr("Load images for this article"));
    m_always->setAccessibleName(tr("Always load images for this feed"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_once);
    layout->addWidget(m_always);
    connect(m_once, &QPushButton::clicked, this, &ImageConsentBar::loadOnce);
    connect(m_always, &QPushButton::clicked, this, &ImageConsentBar::loadAlways);
}

void ImageConsentBar::setHosts(const QStringList &hosts)
{
    m_label->setText(tr("This article has images from %1.").arg(hosts.join(QStringLiteral(", "))));
}

QString ImageConsentBar::text() const
{
    return m_label->text();
}
