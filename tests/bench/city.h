/*
 * city: a synthetic bundle the size of a whole city's network, for the
 * benchmarks: the demo's topics, groups and help, with 1,500 people, 6,000
 * roster slots (each person once on Monday to Thursday, 09:00 to 15:00, so
 * a Monday's Today lists 1,500 people), 3,000 sessions and 600 services.
 * Unsigned and unpacked: fx_pack() and fx_sign() it.
 */
#ifndef OVI_BENCH_CITY_H
#define OVI_BENCH_CITY_H

void bench_city(const char *dir);

#endif
