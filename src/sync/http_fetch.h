/*
 * http_fetch: the only place that talks to libcurl. GETs with the kiosk's
 * rules built in: http and https only (also after a redirect), at most 5
 * redirects, TLS verification on, a connect timeout, a stall timeout (slower
 * than 1 KB/s for stall_timeout_s), a hard cap on the body both from
 * Content-Length (CURLOPT_MAXFILESIZE_LARGE) and while it arrives (the write
 * callback), and an abort when the worker stops.
 */
#ifndef OVI_SYNC_HTTP_FETCH_H
#define OVI_SYNC_HTTP_FETCH_H

#include <stdint.h>

#include "core/str.h"
#include "sync/sync_internal.h"

typedef struct http_client http_client_t;

typedef struct http_resp {
	long status;		 /* the final response's status (after redirects) */
	char etag[256];		 /* its ETag, "" when none */
	char last_modified[128]; /* its Last-Modified, "" when none */
	bool restarted;		 /* a Range request got the whole file: started over */
} http_resp_t;

/* Caller closes with http_close(). */
int http_open(const sync_ctx_t *c, http_client_t **out);
void http_close(http_client_t *h); /* accepts NULL */

/* GETs url into mem (at most max bytes of body; more is an error). With etag
 * or last_modified (either may be NULL or ""), the request is conditional
 * and a 304 comes back as status 304 with an empty body. Returns 0 when a
 * response arrived (any status: the caller decides), or OVI_ERR with the
 * reason (timeout, refused redirect, too big, cut off, stopped). */
int http_get_mem(http_client_t *h, const char *url, const char *etag, const char *last_modified,
		 int64_t max, strbuf_t *mem, http_resp_t *resp);

/* GETs url into the open file fd, which already holds offset bytes of it: a
 * Range request resumes from there, and a server that answers with the whole
 * file instead (200) makes the file start over. size is the whole file's
 * size from the manifest: a byte beyond it is an error. Returns as
 * http_get_mem(); only a 200 or 206 body is written to fd. */
int http_get_file(http_client_t *h, const char *url, int fd, int64_t offset, int64_t size,
		  http_resp_t *resp);

/* The User-Agent of every request from h ("Ovi/0.1.0 (site ...; bundle 12;
 * kiosk ...)", sync_user_agent()). */
void http_set_agent(http_client_t *h, const char *agent);

/* PUTs data to url (never redirected; with ovi.ini's upload credentials:
 * basic, or AWS SigV4 for an S3-compatible store). Returns 0 when a response
 * arrived (resp->status: 200, 201 and 204 are success), else OVI_ERR. */
int http_put_mem(http_client_t *h, const char *url, const char *data, size_t len,
		 const char *content_type, http_resp_t *resp);
/* WebDAV's MKCOL: makes the collection url (201; 405 when it exists). */
int http_mkcol(http_client_t *h, const char *url, http_resp_t *resp);

#endif
