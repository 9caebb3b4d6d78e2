#!/usr/bin/env bash
# A network of kiosks uploading to its drop: three kiosks (three sites, each
# its own signed bundle and weeks of counts) PUT their counts and status to a
# real WebDAV server (Apache's mod_dav, started here on loopback, with a
# password), then ovi report makes one page of the uploaded tree. A server
# that misbehaves (500, 403, full, slow, a wrong password) gets a clear
# message and changes nothing on the kiosk; nothing a young person typed is
# ever uploaded; every request names Ovi's version, the site and the bundle.
# Usage: test_sync_network.sh OVI SOURCE_DIR TMP
set -u
ovi=$1 src=$2 tmp=$3
rm -rf "$tmp" && mkdir -p "$tmp"
export HOME="$tmp/home" XDG_DATA_HOME= SDL_VIDEODRIVER=${SDL_VIDEODRIVER:-dummy}
unset OVI_DATA OVI_CONFIG
pass=0 fail=0
ok() { pass=$((pass + 1)); echo "ok   $1"; }
bad() { fail=$((fail + 1)); echo "FAIL $1"; }
has() { grep -q -- "$2" "$3" && ok "$1" || bad "$1: no '$2' in $(head -c 600 "$3")"; }
py=python3
[ -x /usr/bin/python3 ] && py=/usr/bin/python3
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null; done; [ -f "$tmp/dav/httpd.pid" ] && kill "$(cat "$tmp/dav/httpd.pid")" 2>/dev/null; }
trap cleanup EXIT
free_port() { $py -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# ---- A real WebDAV server: Apache with mod_dav, basic auth.
apache=$(command -v apache2 || command -v httpd || echo /usr/sbin/apache2)
mods=/usr/lib/apache2/modules
if [ ! -x "$apache" ] || [ ! -f "$mods/mod_dav_fs.so" ]; then
  bad "Apache with mod_dav is missing (apt-get install apache2-bin; kiosk/dev/deps.sh --test)"
  echo "$pass passed, $fail failed"; exit 1
fi
dav_port=$(free_port)
mkdir -p "$tmp/dav/www" "$tmp/dav/lock"
user=nobody group=nogroup
getent group nogroup >/dev/null || group=nobody
$py -c 'import base64,hashlib,sys; print("drop:{SHA}" + base64.b64encode(hashlib.sha1(b"s3cret-drop").digest()).decode())' >"$tmp/dav/htpasswd"
cat >"$tmp/dav/httpd.conf" <<CONF
ServerRoot $tmp/dav
ServerName 127.0.0.1
Listen 127.0.0.1:$dav_port
PidFile $tmp/dav/httpd.pid
ErrorLog $tmp/dav/error.log
LogFormat "%m %U %>s \"%{User-Agent}i\"" ovi
CustomLog $tmp/dav/access.log ovi
LoadModule mpm_event_module $mods/mod_mpm_event.so
LoadModule authz_core_module $mods/mod_authz_core.so
LoadModule auth_basic_module $mods/mod_auth_basic.so
LoadModule authn_core_module $mods/mod_authn_core.so
LoadModule authn_file_module $mods/mod_authn_file.so
LoadModule authz_user_module $mods/mod_authz_user.so
LoadModule dav_module $mods/mod_dav.so
LoadModule dav_fs_module $mods/mod_dav_fs.so
DAVLockDB $tmp/dav/lock/db
DocumentRoot $tmp/dav/www
User $user
Group $group
<Directory $tmp/dav/www>
  Dav On
  AuthType Basic
  AuthName "ovi drop"
  AuthUserFile $tmp/dav/htpasswd
  Require valid-user
</Directory>
CONF
[ "$(id -u)" = 0 ] && chown -R "$user:$group" "$tmp/dav/www" "$tmp/dav/lock"
chmod 0755 "$tmp" "$tmp/dav"
if "$apache" -f "$tmp/dav/httpd.conf" -k start 2>"$tmp/dav/start.log"; then
  for _ in $(seq 100); do (exec 3<>"/dev/tcp/127.0.0.1/$dav_port") 2>/dev/null && break; sleep 0.05; done
  ok "Apache mod_dav on 127.0.0.1:$dav_port"
else
  bad "Apache did not start: $(cat "$tmp/dav/start.log" "$tmp/dav/error.log" 2>/dev/null | tail -3)"
fi

# ---- Three kiosks, three sites.
mkdir -p "$tmp/keys" && (cd "$tmp/keys" && minisign -G -W -p site.pub -s site.key >/dev/null 2>&1)
i=0
for site in ohjaamo-keskusta:Ohjaamo_Keskusta nuorisotalo-itakeskus:Nuorisotalo_Itäkeskus olohuone-kallio:Olohuone_Kallio; do
  i=$((i + 1)) id=${site%%:*} name=${site#*:} name=${name//_/ }
  b=$tmp/bundle-$id
  cp -r "$src/content" "$b" && rm -f "$b/manifest.txt.minisig"
  sed -i "2s/^[^,]*,[^,]*,[^,]*/$name,$name,$name/" "$b/site.csv"
  "$ovi" pack "$b" --site "$id" >/dev/null && minisign -S -s "$tmp/keys/site.key" -m "$b/manifest.txt" >/dev/null 2>&1
  cat >"$tmp/ovi-$i.ini" <<INI
[kiosk]
development = false
[trust]
key_file = $tmp/keys/site.pub
[sync]
usb_roots =
kiosk = $id-1
upload = true
upload_url = http://127.0.0.1:$dav_port/ovi/$id/kiosks/
upload_user = drop
upload_password = s3cret-drop
INI
  d=$tmp/kiosk-$i
  "$ovi" --config "$tmp/ovi-$i.ini" --data "$d" --now "2026-09-04 10:00" import "$b" >"$tmp/out" 2>&1 ||
    bad "import $id: $(cat "$tmp/out")"
  "$py" "$src/tests/report/seed-counts.py" "$d/ovi.db" 2026-09-07 12 "$i" $((2 + 2 * i)) >/dev/null
  # Something a young person typed, which must never leave the kiosk.
  sqlite3 "$d/ovi.db" "INSERT INTO questions (created, topic, lang, text, crisis, status) VALUES
    (1, '', 'fi', 'salainen kysymys $i', 0, 'pending')" 2>"$tmp/out" || bad "a question: $(cat "$tmp/out")"
  "$ovi" --config "$tmp/ovi-$i.ini" --data "$d" --now "2026-11-30 1$i:00" sync --once --source upload \
    >"$tmp/out" 2>&1 && ok "kiosk $i uploads" || bad "kiosk $i upload: $(cat "$tmp/out")"
done
w=$tmp/dav/www/ovi
for f in counters.csv labels.csv status.ini; do
  [ -s "$w/olohuone-kallio/kiosks/olohuone-kallio-1/$f" ] && ok "the drop has $f" || bad "no $f in the drop: $(find "$w" | head)"
done
grep -rqs "salainen kysymys" "$tmp/dav/www" && bad "a question was uploaded" || ok "nothing typed is uploaded"
ls "$w"/*/kiosks/*/ | grep -qE "signups|questions|ideas" && bad "sign-ups or questions uploaded" || ok "no sign-ups, questions or ideas in the drop"
has "the User-Agent names Ovi, the site, the bundle and the kiosk" \
  'PUT /ovi/olohuone-kallio/kiosks/olohuone-kallio-1/status.ini 201 "Ovi/[0-9.]* (site olohuone-kallio; bundle 3; kiosk olohuone-kallio-1)"' "$tmp/dav/access.log"
has "the missing folders are made with MKCOL" "MKCOL /ovi/ohjaamo-keskusta/kiosks/ 201" "$tmp/dav/access.log"

# ---- A regional coordinator's page of the uploaded tree.
"$ovi" report --out "$tmp/network.html" "$tmp/dav/www" >"$tmp/out" 2>&1 && ok "ovi report on the uploaded tree" || bad "report: $(cat "$tmp/out")"
has "three kiosks in the page" "3 kiosks" "$tmp/out"
for n in "Ohjaamo Keskusta" "Nuorisotalo Itäkeskus" "Olohuone Kallio"; do has "the page names $n" "$n" "$tmp/network.html"; done
has "when each was last seen" "2026-11-30 13:00" "$tmp/network.html"
# A second upload replaces the files (the counts grow, nothing piles up).
"$ovi" --config "$tmp/ovi-1.ini" --data "$tmp/kiosk-1" --now "2026-12-01 09:00" sync --once --source upload >/dev/null 2>&1
has "a later upload replaces the status" "written = 2026-12-01 09:00" "$w/ohjaamo-keskusta/kiosks/ohjaamo-keskusta-1/status.ini"

# ---- A wrong password: named, and nothing changes on the kiosk.
sed 's/^upload_password = .*/upload_password = wrong/' "$tmp/ovi-1.ini" >"$tmp/wrong.ini"
before=$(sqlite3 "$tmp/kiosk-1/ovi.db" "select sum(n) from counters")
"$ovi" --config "$tmp/wrong.ini" --data "$tmp/kiosk-1" sync --once --source upload >"$tmp/out" 2>&1
rc=$?
[ $rc = 1 ] && grep -q "check upload_user and upload_password" "$tmp/out" && ok "a wrong password is named" || bad "wrong password: exit $rc: $(cat "$tmp/out")"
[ "$(sqlite3 "$tmp/kiosk-1/ovi.db" "select sum(n) from counters")" = "$before" ] && ok "the kiosk's counts are unchanged" || bad "counts changed"

# ---- Servers that misbehave (tests/sync_httpd.py).
mkdir -p "$tmp/www"
$py "$src/tests/sync_httpd.py" "$tmp/www" "$tmp/port" "$tmp/httpd.log" &
pids+=($!)
for _ in $(seq 100); do [ -s "$tmp/port" ] && break; sleep 0.05; done
port=$(cat "$tmp/port")
try() { # try MODE WANT: an upload to /MODE/ fails (exit 1) naming WANT
  sed -e "s#^upload_url = .*#upload_url = http://127.0.0.1:$port/$1/ovi/#" -e '/^upload_user/d' -e '/^upload_password/d' \
    -e 's/^\[sync\]/[sync]\nstall_timeout = 2/' "$tmp/ovi-1.ini" >"$tmp/m.ini"
  "$ovi" --config "$tmp/m.ini" --data "$tmp/kiosk-1" sync --once --source upload >"$tmp/out" 2>&1
  local rc=$?
  [ $rc = 1 ] && grep -q -- "$2" "$tmp/out" && ok "a server answering $1: '$2'" || bad "$1: exit $rc: $(cat "$tmp/out")"
}
try put500 "answered 500"
try put403 "refused the upload (403)"
try put507 "full or refuses the size (507)"
try nothing-listens "answered 404"
sed -e "s#^upload_url = .*#upload_url = http://127.0.0.1:1/ovi/#" "$tmp/ovi-1.ini" >"$tmp/m.ini"
"$ovi" --config "$tmp/m.ini" --data "$tmp/kiosk-1" sync --once --source upload >"$tmp/out" 2>&1
[ $? = 1 ] && grep -q "upload failed" "$tmp/out" && ok "a closed port: upload failed, said so" || bad "closed port: $(cat "$tmp/out")"
[ "$(sqlite3 "$tmp/kiosk-1/ovi.db" "select sum(n) from counters")" = "$before" ] && ok "after every failure, the kiosk's counts are intact" || bad "counts changed"
# An S3-compatible store: the request is signed with AWS SigV4 for the region.
sed -e "s#^upload_url = .*#upload_url = http://127.0.0.1:$port/store/bucket/#" \
  -e 's/^upload_user = .*/upload_user = AKIAOVITEST/' -e 's/^upload_password = .*/upload_password = secretkey/' \
  "$tmp/ovi-2.ini" >"$tmp/s3.ini"
echo "upload_s3_region = eu-north-1" >>"$tmp/s3.ini"
"$ovi" --config "$tmp/s3.ini" --data "$tmp/kiosk-2" sync --once --source upload >"$tmp/out" 2>&1 && ok "an S3-style upload" || bad "s3: $(cat "$tmp/out")"
has "signed with AWS SigV4 for eu-north-1" "Auth: AWS4-HMAC-SHA256 Credential=AKIAOVITEST/[0-9]*/eu-north-1/s3/aws4_request" "$tmp/httpd.log"
[ -s "$tmp/www/put/bucket/nuorisotalo-itakeskus-1/status.ini" ] && ok "the S3-style store got the status" || bad "no status in the store"

echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
