#pragma once

// Medians and percentiles for the media benchmarks.
#include <QVector>

#include <algorithm>

inline double percentile(QVector<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype at = qBound<qsizetype>(0, qsizetype(p * double(values.size() - 1) + 0.5), values.size() - 1);
    return values.at(at);
}

inline double median(const QVector<double> &values)
{
    return percentile(values, 0.5);
}
