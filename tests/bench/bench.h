/*
 * bench: what every benchmark here uses: a monotonic clock in milliseconds
 * and the median of a run's samples. Header-only.
 */
#ifndef OVI_BENCH_BENCH_H
#define OVI_BENCH_BENCH_H

#include <stdlib.h>
#include <time.h>

static inline double now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static inline int cmp_d(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return (x > y) - (x < y);
}

/* Sorts v (n > 0) and returns its middle value. */
static inline double median(double *v, int n)
{
	qsort(v, (size_t)n, sizeof *v, cmp_d);
	return v[n / 2];
}

#endif
