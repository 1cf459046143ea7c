#include "blurhash.h"

#include <QList>
#include <algorithm>
#include <array>
#include <cmath>
#include <vector>

namespace blurhash {

namespace {

constexpr char kBase83[] =
    "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz#$%*+,-.:;=?@[]^_{|}~";

QString base83(int value, int length)
{
    QString out(length, QLatin1Char('0'));
    for (int i = 1; i <= length; ++i) {
        int digit = value;
        for (int k = 0; k < length - i; ++k)
            digit /= 83;
        out[i - 1] = QLatin1Char(kBase83[digit % 83]);
    }
    return out;
}

double srgbToLinear(int v)
{
    // 256 values: a table beats calling pow() for every pixel and component.
    static const auto table = [] {
        std::array<double, 256> t{};
        for (int i = 0; i < 256; ++i) {
            const double x = i / 255.0;
            t[size_t(i)] = x <= 0.04045 ? x / 12.92 : std::pow((x + 0.055) / 1.055, 2.4);
        }
        return t;
    }();
    return table[size_t(v)];
}

int linearToSrgb(double v)
{
    const double x = std::clamp(v, 0.0, 1.0);
    if (x <= 0.0031308)
        return int(x * 12.92 * 255 + 0.5);
    return int((1.055 * std::pow(x, 1 / 2.4) - 0.055) * 255 + 0.5);
}

double signPow(double v, double e) { return std::copysign(std::pow(std::abs(v), e), v); }

} // namespace

QString encode(const QImage &source, int xComponents, int yComponents)
{
    if (source.isNull())
        return {};
    // 32 px is plenty for 4x3 components and keeps this O(1) per image.
    const QImage img = source.scaled(32, 32, Qt::KeepAspectRatio, Qt::SmoothTransformation)
                           .convertToFormat(QImage::Format_RGB888);
    const int w = img.width();
    const int h = img.height();
    std::vector<std::array<double, 3>> linear(size_t(w) * size_t(h));
    for (int y = 0; y < h; ++y) {
        const uchar *line = img.constScanLine(y);
        for (int x = 0; x < w; ++x)
            linear[size_t(y * w + x)] = {srgbToLinear(line[3 * x]), srgbToLinear(line[3 * x + 1]),
                                         srgbToLinear(line[3 * x + 2])};
    }
    QList<std::array<double, 3>> factors;
    std::vector<double> cosX(static_cast<size_t>(w)), cosY(static_cast<size_t>(h));
    for (int j = 0; j < yComponents; ++j) {
        for (int y = 0; y < h; ++y)
            cosY[size_t(y)] = std::cos(M_PI * j * y / h);
        for (int i = 0; i < xComponents; ++i) {
            for (int x = 0; x < w; ++x)
                cosX[size_t(x)] = std::cos(M_PI * i * x / w);
            const double norm = (i == 0 && j == 0) ? 1.0 : 2.0;
            std::array<double, 3> f{0, 0, 0};
            for (int y = 0; y < h; ++y) {
                for (int x = 0; x < w; ++x) {
                    const double basis = cosX[size_t(x)] * cosY[size_t(y)];
                    const auto &px = linear[size_t(y * w + x)];
                    f[0] += basis * px[0];
                    f[1] += basis * px[1];
                    f[2] += basis * px[2];
                }
            }
            const double scale = norm / (w * h);
            factors.append({f[0] * scale, f[1] * scale, f[2] * scale});
        }
    }
    QString hash = base83((xComponents - 1) + (yComponents - 1) * 9, 1);
    double maximum = 1.0;
    if (factors.size() > 1) {
        double actualMax = 0;
        for (int k = 1; k < factors.size(); ++k)
            for (double v : factors[k])
                actualMax = std::max(actualMax, std::abs(v));
        const int quantised = std::clamp(int(std::floor(actualMax * 166 - 0.5)), 0, 82);
        maximum = (quantised + 1) / 166.0;
        hash += base83(quantised, 1);
    } else {
        hash += base83(0, 1);
    }
    const auto &dc = factors[0];
    hash += base83((linearToSrgb(dc[0]) << 16) + (linearToSrgb(dc[1]) << 8) + linearToSrgb(dc[2]), 4);
    for (int k = 1; k < factors.size(); ++k) {
        auto q = [&](double v) {
            return std::clamp(int(std::floor(signPow(v / maximum, 0.5) * 9 + 9.5)), 0, 18);
        };
        hash += base83(q(factors[k][0]) * 19 * 19 + q(factors[k][1]) * 19 + q(factors[k][2]), 2);
    }
    return hash;
}

} // namespace blurhash
