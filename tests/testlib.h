/*
 * testlib: the smallest test harness that reports like a real one.
 *
 * TEST(name) { ... CHECK(cond); CHECK_INT(a, b); CHECK_STR(a, b); }
 * int main(void) { RUN(name); ...; return test_summary(); }
 *
 * A failed CHECK prints file:line and the values, marks the test failed and
 * goes on; test_summary() prints "N passed, N failed" and returns nonzero when
 * anything failed.
 */
#ifndef OVI_TESTLIB_H
#define OVI_TESTLIB_H

#include <stdio.h>
#include <string.h>

extern int test_failed_checks;
void test_run(const char *name, void (*fn)(void));
int test_summary(void);
/* A fresh empty folder under the build tree for this test; caller owns the
 * returned string (free()). */
char *test_tmpdir(const char *name);
/* Reads a whole file; caller frees. NULL when it cannot be read. */
char *test_read_file(const char *path, size_t *len);
int test_write_file(const char *path, const void *data, size_t len);

#define TEST(name) static void name(void)
#define RUN(name)  test_run(#name, name)

#define CHECK(cond)                                                                                \
	do {                                                                                       \
		if (!(cond)) {                                                                     \
			fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond);   \
			test_failed_checks++;                                                      \
		}                                                                                  \
	} while (0)

#define CHECK_INT(a, b)                                                                            \
	do {                                                                                       \
		long long a_ = (long long)(a), b_ = (long long)(b);                                \
		if (a_ != b_) {                                                                    \
			fprintf(stderr, "%s:%d: %s == %lld, expected %s == %lld\n", __FILE__,      \
				__LINE__, #a, a_, #b, b_);                                         \
			test_failed_checks++;                                                      \
		}                                                                                  \
	} while (0)

#define CHECK_STR(a, b)                                                                            \
	do {                                                                                       \
		const char *a_ = (a), *b_ = (b);                                                   \
		if (!a_ || !b_ || strcmp(a_, b_) != 0) {                                           \
			fprintf(stderr, "%s:%d: %s == \"%s\", expected \"%s\"\n", __FILE__,        \
				__LINE__, #a, a_ ? a_ : "(null)", b_ ? b_ : "(null)");             \
			test_failed_checks++;                                                      \
		}                                                                                  \
	} while (0)

/* Checks that haystack contains needle. */
#define CHECK_CONTAINS(hay, needle)                                                                \
	do {                                                                                       \
		const char *h_ = (hay), *n_ = (needle);                                            \
		if (!h_ || !strstr(h_, n_)) {                                                      \
			fprintf(stderr, "%s:%d: \"%s\" does not contain \"%s\"\n", __FILE__,       \
				__LINE__, h_ ? h_ : "(null)", n_);                                 \
			test_failed_checks++;                                                      \
		}                                                                                  \
	} while (0)

#endif
