#pragma once

#include <QImage>
#include <QString>

namespace coffer::ui {

// `text` as a QR code (libqrencode, error correction M), black modules on white
// with the four-module quiet zone scanners need, each module `scale` pixels wide.
// A null image when the text does not fit a QR code.
QImage qrCodeImage(const QString &text, int scale = 6);

} // namespace coffer::ui
