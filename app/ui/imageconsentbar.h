// The bar above an article with remote images: "This article has images from <host>. [Load images] [Always
// for this feed]".
#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

class ImageConsentBar : public QFrame
{
    Q_OBJECT

public:
    explicit ImageConsentBar(QWidget *parent = nullptr);

    void setHosts(const QStringList &hosts);
    QString text() const;

Q_SIGNALS:
    void loadOnce();
    void loadAlways();

private:
    QLabel *m_label = nullptr;
    QPushButton *m_once = nullptr;
    QPushButton *m_always = nullptr;
};
