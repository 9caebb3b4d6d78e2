#include "bundle/safepath.h"

#include <string.h>

bool safepath_ok(const char *p, const char **why)
{
	const char *dummy;
	if (!why)
		why = &dummy;
	size_t n = strlen(p);
	if (n == 0) {
		*why = "the file name is empty";
		return false;
	}
	if (n > 128) {
		*why = "the file name is longer than 128 characters";
		return false;
	}
	if (p[0] == '/') {
		*why = "the path is absolute (starts with /); paths must be inside the bundle";
		return false;
	}
	int slashes = 0;
	const char *comp = p;
	for (const char *s = p;; s++) {
		if (*s == '/' || *s == 0) {
			size_t len = (size_t)(s - comp);
			if (len == 0) {
				*why = "the path has an empty folder name (//)";
				return false;
			}
			if (comp[0] == '.') {
				*why = (len == 2 && comp[1] == '.')
					       ? "the path goes outside the bundle (..)"
					       : "a file or folder name starts with a dot";
				return false;
			}
			if (*s == 0)
				break;
			if (++slashes > 1) {
				*why = "the path has more than one folder level";
				return false;
			}
			comp = s + 1;
			continue;
		}
		char c = *s;
		if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
		      c == '-' || c == '_' || c == '.')) {
			*why = "the file name has a character other than letters a-z, digits, - _ "
			       "and .";
			return false;
		}
	}
	return true;
}
