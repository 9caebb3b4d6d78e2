/*
 * paths: where Ovi finds its own files (assets, demo content) and its state.
 */
#ifndef OVI_CORE_PATHS_H
#define OVI_CORE_PATHS_H

/* The folder holding assets/ and content/: $OVI_SHARE, else the source tree
 * this binary was built from (a developer's build), else the installed
 * share/ovi. Borrowed, static. */
const char *paths_share_dir(void);
/* The state folder: explicit (--data) if given, else $OVI_DATA, else
 * $XDG_DATA_HOME/ovi, else $HOME/.local/share/ovi. Written into out,
 * absolute (a relative one is taken from the working directory) and
 * normalised (paths_normalize()). OVI_OK, or OVI_EUSAGE when it does not
 * fit in cap (out is then "") or the working directory cannot be read. */
int paths_data_dir(const char *explicit_dir, char *out, unsigned cap);
/* abs (an absolute path) with empty, "." and ".." components taken out,
 * into out ("/a/./b/../c/" -> "/a/c"). Lexical: symbolic links are not
 * followed. OVI_OK, or OVI_EUSAGE (with a message) when the result does
 * not fit in cap: out is then "", never a shorter path that means another
 * folder. */
int paths_normalize(const char *abs, char *out, unsigned cap);
/* True when this binary runs from a source build (not installed). */
int paths_is_dev_build(void);

#endif
