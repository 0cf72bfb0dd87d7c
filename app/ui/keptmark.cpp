#include "keptmark.h"

#include <QGuiApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QPixmap>

namespace KeptMark {

namespace {

QPixmap drawn(int size, qreal ratio)
{
    QPixmap pixmap(QSize(size, size) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal s = size;
    QPainterPath ribbon;
    ribbon.moveTo(s * 0.25, s * 0.1);
    ribbon.lineTo(s * 0.75, s * 0.1);
    ribbon.lineTo(s * 0.75, s * 0.9);
    ribbon.lineTo(s * 0.5, s * 0.68);
    ribbon.lineTo(s * 0.25, s * 0.9);
    ribbon.closeSubpath();
    // The palette's highlight colour reads well on light and dark themes.
    painter.fillPath(ribbon, QGuiApplication::palette().color(QPalette::Highlight));
    return pixmap;
}

} // namespace

QIcon icon()
{
    static const QIcon made = [] {
        QIcon icon;
        for (int size : {16, 24, 32})
            for (qreal ratio : {1.0, 2.0})
                icon.addPixmap(drawn(size, ratio));
        return icon;
    }();
    return made;
}

} // namespace KeptMark
