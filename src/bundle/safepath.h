/*
 * safepath: is a file name from a manifest safe to use inside the bundle?
 *
 * A hostile manifest could name "../../etc/passwd" or "/dev/sda". Only
 * relative paths of at most two components ("site.csv", "photos/aino.png")
 * made of ASCII letters, digits, '-', '_' and '.' are accepted; no component
 * may start with '.', no empty components, at most 128 bytes.
 */
#ifndef OVI_BUNDLE_SAFEPATH_H
#define OVI_BUNDLE_SAFEPATH_H

#include <stdbool.h>

/* True when safe; otherwise false and *why (static text) says what is wrong. */
bool safepath_ok(const char *path, const char **why);

#endif
