#include "sync/http_fetch.h"

#include "core/fs.h"
#include "core/log.h"
#include "core/mem.h"

#include <curl/curl.h>
#include <errno.h>
#include <inttypes.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#define ERROR_BODY_MAX	  (64 * 1024) /* an error page is read and thrown away */
#define STALL_BYTES_PER_S 1024
#define MAX_REDIRECTS	  5
#define HARD_TIMEOUT_S	  (30 * 60)

struct http_client {
	CURL *curl;
	const sync_ctx_t *ctx;
	char errbuf[CURL_ERROR_SIZE];
	char agent[256];
};

typedef struct xfer {
	http_client_t *h;
	strbuf_t *mem;	     /* the body goes here, or */
	int fd;		     /* here (-1: memory) */
	int64_t offset;	     /* bytes of the file already there (resume) */
	int64_t size;	     /* the whole file; the memory cap */
	int64_t written;     /* body bytes taken in this response */
	int64_t range_start; /* from Content-Range, -1 when none */
	bool started, discard, over, bad_range, io_error;
	http_resp_t *resp;
} xfer_t;

static pthread_once_t global_once = PTHREAD_ONCE_INIT;
static CURLcode global_rc;

static void global_init(void)
{
	global_rc = curl_global_init(CURL_GLOBAL_DEFAULT);
}

int sync_http_global_init(void)
{
	pthread_once(&global_once, global_init);
	if (global_rc != CURLE_OK)
		return err_set(OVI_ERR, "libcurl could not start: %s",
			       curl_easy_strerror(global_rc));
	return OVI_OK;
}

int http_open(const sync_ctx_t *c, http_client_t **out)
{
	*out = NULL;
	if (sync_http_global_init() < 0)
		return OVI_ERR;
	http_client_t *h = ovi_calloc(1, sizeof *h);
	if (!h)
		return err_set(OVI_ENOMEM, "out of memory");
	h->ctx = c;
	if (!(h->curl = curl_easy_init())) {
		ovi_free(h);
		return err_set(OVI_ERR, "libcurl could not start");
	}
	*out = h;
	return OVI_OK;
}

void http_close(http_client_t *h)
{
	if (!h)
		return;
	curl_easy_cleanup(h->curl);
	ovi_free(h);
}

/* "Name: value\r\n" -> value without spaces and line end, if name matches. */
static bool header_value(const char *line, size_t n, const char *name, char *out, size_t cap)
{
	size_t k = strlen(name);
	if (n <= k || strncasecmp(line, name, k) || line[k] != ':')
		return false;
	const char *v = line + k + 1, *end = line + n;
	while (v < end && (*v == ' ' || *v == '\t'))
		v++;
	while (end > v && (end[-1] == '\r' || end[-1] == '\n' || end[-1] == ' '))
		end--;
	size_t len = (size_t)(end - v) < cap - 1 ? (size_t)(end - v) : cap - 1;
	memcpy(out, v, len);
	out[len] = 0;
	return true;
}

static size_t on_header(char *line, size_t size, size_t nitems, void *ud)
{
	xfer_t *x = ud;
	size_t n = size * nitems;
	char range[128];
	if (n >= 5 && !strncmp(line, "HTTP/", 5)) {
		/* A new response (after a redirect): forget the previous one's. */
		x->resp->etag[0] = x->resp->last_modified[0] = 0;
		x->range_start = -1;
	} else if (header_value(line, n, "ETag", x->resp->etag, sizeof x->resp->etag) ||
		   header_value(line, n, "Last-Modified", x->resp->last_modified,
				sizeof x->resp->last_modified)) {
		/* stored */
	} else if (header_value(line, n, "Content-Range", range, sizeof range)) {
		long long start;
		x->range_start = sscanf(range, "bytes %lld-", &start) == 1 ? start : -2;
	}
	return n;
}

/* Decides, at the first byte of the body, where it goes. Returns false to
 * abort the transfer. */
static bool start_body(xfer_t *x)
{
	x->started = true;
	curl_easy_getinfo(x->h->curl, CURLINFO_RESPONSE_CODE, &x->resp->status);
	long st = x->resp->status;
	if (st != 200 && st != 206) {
		x->discard = true;
		return true;
	}
	if (x->fd < 0)
		return st == 200;
	if (st == 206) {
		if (x->range_start != x->offset) {
			x->bad_range = true;
			return false;
		}
		return true;
	}
	if (x->offset > 0) { /* the server ignored Range: start the file over */
		if (ftruncate(x->fd, 0) < 0 || lseek(x->fd, 0, SEEK_SET) < 0) {
			x->io_error = true;
			return false;
		}
		x->offset = 0;
		x->resp->restarted = true;
	}
	return true;
}

static size_t on_body(char *data, size_t size, size_t nmemb, void *ud)
{
	xfer_t *x = ud;
	size_t n = size * nmemb;
	if (!x->started && !start_body(x))
		return 0;
	if (x->discard) {
		x->written += (int64_t)n;
		return x->written > ERROR_BODY_MAX ? 0 : n;
	}
	if (x->offset + x->written + (int64_t)n > x->size) {
		x->over = true;
		return 0;
	}
	if (x->fd >= 0) {
		if (fs_write_all(x->fd, data, n) < 0) {
			x->io_error = true;
			return 0;
		}
	} else {
		sb_appendn(x->mem, data, n);
		if (x->mem->oom) {
			x->io_error = true;
			return 0;
		}
	}
	x->written += (int64_t)n;
	return n;
}

static int on_progress(void *ud, curl_off_t dltotal, curl_off_t dlnow, curl_off_t ultotal,
		       curl_off_t ulnow)
{
	const xfer_t *x = ud;
	return sync_stopping(x->h->ctx) ? 1 : 0;
}

static void set_common(http_client_t *h, xfer_t *x, const char *url, struct curl_slist *hdrs)
{
	CURL *c = h->curl;
	const sync_config_t *cfg = h->ctx->cfg;
	curl_easy_reset(c);
	curl_easy_setopt(c, CURLOPT_URL, url);
	curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
	curl_easy_setopt(c, CURLOPT_ERRORBUFFER, h->errbuf);
#if LIBCURL_VERSION_NUM >= 0x075500
	curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "http,https");
	curl_easy_setopt(c, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
#else
	curl_easy_setopt(c, CURLOPT_PROTOCOLS, (long)(CURLPROTO_HTTP | CURLPROTO_HTTPS));
	curl_easy_setopt(c, CURLOPT_REDIR_PROTOCOLS, (long)(CURLPROTO_HTTP | CURLPROTO_HTTPS));
#endif
	curl_easy_setopt(c, CURLOPT_FOLLOWLOCATION, 1L);
	curl_easy_setopt(c, CURLOPT_MAXREDIRS, (long)MAX_REDIRECTS);
	curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 1L);
	curl_easy_setopt(c, CURLOPT_SSL_VERIFYHOST, 2L);
	if (cfg->ca_file[0])
		curl_easy_setopt(c, CURLOPT_CAINFO, cfg->ca_file);
	curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT, (long)cfg->connect_timeout_s);
	curl_easy_setopt(c, CURLOPT_LOW_SPEED_LIMIT, (long)STALL_BYTES_PER_S);
	curl_easy_setopt(c, CURLOPT_LOW_SPEED_TIME, (long)cfg->stall_timeout_s);
	curl_easy_setopt(c, CURLOPT_TIMEOUT, (long)HARD_TIMEOUT_S);
	curl_easy_setopt(c, CURLOPT_USERAGENT, h->agent[0] ? h->agent : "Ovi");
	curl_easy_setopt(c, CURLOPT_HTTPHEADER, hdrs);
	curl_easy_setopt(c, CURLOPT_HEADERFUNCTION, on_header);
	curl_easy_setopt(c, CURLOPT_HEADERDATA, x);
	curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, on_body);
	curl_easy_setopt(c, CURLOPT_WRITEDATA, x);
	curl_easy_setopt(c, CURLOPT_NOPROGRESS, 0L);
	curl_easy_setopt(c, CURLOPT_XFERINFOFUNCTION, on_progress);
	curl_easy_setopt(c, CURLOPT_XFERINFODATA, x);
	/* A Content-Length above the cap is refused before the body comes. */
	curl_easy_setopt(c, CURLOPT_MAXFILESIZE_LARGE, (curl_off_t)x->size);
}

static int perform(http_client_t *h, xfer_t *x, const char *url)
{
	h->errbuf[0] = 0;
	CURLcode cc = curl_easy_perform(h->curl);
	if (!x->started)
		curl_easy_getinfo(h->curl, CURLINFO_RESPONSE_CODE, &x->resp->status);
	if (cc == CURLE_OK)
		return OVI_OK;
	if (x->discard && x->written > ERROR_BODY_MAX) /* only an error page was cut */
		return OVI_OK;
	if (sync_stopping(h->ctx))
		return err_set(OVI_ERR, "%s: stopped", url);
	if (x->over || cc == CURLE_FILESIZE_EXCEEDED)
		return err_set(OVI_ERR, "%s: the server sent more than the %lld bytes expected",
			       url, (long long)x->size);
	if (x->bad_range)
		return err_set(OVI_ERR,
			       "%s: the server answered a resumed download with the "
			       "wrong part of the file",
			       url);
	if (x->io_error)
		return err_set(OVI_ERR, "%s: cannot store the download: %s", url,
			       x->mem && x->mem->oom ? "out of memory" : strerror(errno));
	const char *why = h->errbuf[0] ? h->errbuf : curl_easy_strerror(cc);
	switch (cc) {
	case CURLE_OPERATION_TIMEDOUT:
		return err_set(OVI_ERR, "%s: the server is too slow or does not answer (%s)", url,
			       why);
	case CURLE_TOO_MANY_REDIRECTS:
		return err_set(OVI_ERR, "%s: too many redirects (at most %d)", url, MAX_REDIRECTS);
	case CURLE_UNSUPPORTED_PROTOCOL:
		return err_set(OVI_ERR,
			       "%s: refused a redirect or URL that is not http or https "
			       "(%s)",
			       url, why);
	case CURLE_PARTIAL_FILE:
		return err_set(OVI_ERR, "%s: the download was cut off (%s)", url, why);
	default:
		return err_set(OVI_ERR, "%s: %s", url, why);
	}
}

int http_get_mem(http_client_t *h, const char *url, const char *etag, const char *last_modified,
		 int64_t max, strbuf_t *mem, http_resp_t *resp)
{
	memset(resp, 0, sizeof *resp);
	sb_reset(mem);
	xfer_t x = {.h = h, .mem = mem, .fd = -1, .size = max, .range_start = -1, .resp = resp};
	struct curl_slist *hdrs = NULL, *t;
	char line[512];
	/* A cache between here and the server must ask the server again. */
	hdrs = curl_slist_append(hdrs, "Cache-Control: no-cache");
	if (hdrs && etag && *etag) {
		snprintf(line, sizeof line, "If-None-Match: %s", etag);
		hdrs = (t = curl_slist_append(hdrs, line)) ? t : hdrs;
	}
	if (hdrs && last_modified && *last_modified) {
		snprintf(line, sizeof line, "If-Modified-Since: %s", last_modified);
		hdrs = (t = curl_slist_append(hdrs, line)) ? t : hdrs;
	}
	if (!hdrs)
		return err_set(OVI_ENOMEM, "out of memory");
	set_common(h, &x, url, hdrs);
	int rc = perform(h, &x, url);
	curl_slist_free_all(hdrs);
	if (rc == OVI_OK && x.discard)
		sb_reset(mem);
	return rc;
}

void http_set_agent(http_client_t *h, const char *agent)
{
	str_copy(h->agent, sizeof h->agent, agent);
}

/* The upload's credentials: HTTP basic (WebDAV) or AWS SigV4 (an
 * S3-compatible store), from ovi.ini [sync]. */
static void set_auth(http_client_t *h)
{
	const sync_config_t *cfg = h->ctx->cfg;
	if (!cfg->upload_user[0])
		return;
	curl_easy_setopt(h->curl, CURLOPT_USERNAME, cfg->upload_user);
	curl_easy_setopt(h->curl, CURLOPT_PASSWORD, cfg->upload_password);
	if (cfg->upload_s3_region[0]) {
		char sig[128];
		snprintf(sig, sizeof sig, "aws:amz:%s:s3", cfg->upload_s3_region);
		curl_easy_setopt(h->curl, CURLOPT_AWS_SIGV4, sig);
	} else {
		curl_easy_setopt(h->curl, CURLOPT_HTTPAUTH, (long)CURLAUTH_BASIC);
	}
	/* Credentials never follow a redirect to another host. */
	curl_easy_setopt(h->curl, CURLOPT_UNRESTRICTED_AUTH, 0L);
}

typedef struct upload_src {
	const char *data;
	size_t len, pos;
} upload_src_t;

static size_t on_read(char *buf, size_t size, size_t nmemb, void *ud)
{
	upload_src_t *u = ud;
	size_t n = size * nmemb;
	if (n > u->len - u->pos)
		n = u->len - u->pos;
	memcpy(buf, u->data + u->pos, n);
	u->pos += n;
	return n;
}

/* One request of the uploads: a PUT of data (content_type) or, with data
 * NULL, the WebDAV method. Never redirected: its body and credentials stay
 * with the address ovi.ini names. Any error page is read and dropped. */
static int send_request(http_client_t *h, const char *url, const char *method, const char *data,
			size_t len, const char *content_type, http_resp_t *resp)
{
	memset(resp, 0, sizeof *resp);
	strbuf_t body = {0};
	xfer_t x = {
		.h = h, .mem = &body, .fd = -1, .size = 64 * 1024, .range_start = -1, .resp = resp};
	/* No "Expect: 100-continue" round trip for a few kilobytes. */
	struct curl_slist *hdrs = curl_slist_append(NULL, "Expect:"), *t;
	if (hdrs && data) {
		char line[200];
		snprintf(line, sizeof line, "Content-Type: %s", content_type);
		hdrs = (t = curl_slist_append(hdrs, line)) ? t : hdrs;
	}
	if (!hdrs)
		return err_set(OVI_ENOMEM, "out of memory");
	set_common(h, &x, url, hdrs);
	curl_easy_setopt(h->curl, CURLOPT_FOLLOWLOCATION, 0L);
	upload_src_t u = {.data = data, .len = len};
	if (data) {
		curl_easy_setopt(h->curl, CURLOPT_UPLOAD, 1L);
		curl_easy_setopt(h->curl, CURLOPT_READFUNCTION, on_read);
		curl_easy_setopt(h->curl, CURLOPT_READDATA, &u);
		curl_easy_setopt(h->curl, CURLOPT_INFILESIZE_LARGE, (curl_off_t)len);
	} else {
		curl_easy_setopt(h->curl, CURLOPT_CUSTOMREQUEST, method);
	}
	set_auth(h);
	int rc = perform(h, &x, url);
	if (rc == OVI_OK && !x.started)
		curl_easy_getinfo(h->curl, CURLINFO_RESPONSE_CODE, &resp->status);
	curl_slist_free_all(hdrs);
	sb_free(&body);
	return rc;
}

int http_put_mem(http_client_t *h, const char *url, const char *data, size_t len,
		 const char *content_type, http_resp_t *resp)
{
	return send_request(h, url, "PUT", data ? data : "", len, content_type, resp);
}

int http_mkcol(http_client_t *h, const char *url, http_resp_t *resp)
{
	return send_request(h, url, "MKCOL", NULL, 0, NULL, resp);
}

int http_get_file(http_client_t *h, const char *url, int fd, int64_t offset, int64_t size,
		  http_resp_t *resp)
{
	memset(resp, 0, sizeof *resp);
	xfer_t x = {
		.h = h, .fd = fd, .offset = offset, .size = size, .range_start = -1, .resp = resp};
	set_common(h, &x, url, NULL);
	char range[48];
	if (offset > 0) {
		snprintf(range, sizeof range, "%" PRId64 "-", offset);
		curl_easy_setopt(h->curl, CURLOPT_RANGE, range);
	}
	return perform(h, &x, url);
}
