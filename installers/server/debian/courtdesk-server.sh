#!/bin/sh
# courtdesk-server as installed by the .deb: with the service's settings, so admin commands
# reach the service's database, and as the service's user when run by root, so files the
# command creates (the SQLite database and its journal) stay the service's.
set -e
conf=/etc/courtdesk-server/courtdesk-server.conf
bundle=/opt/courtdesk-server/courtdesk-server
if [ -r "$conf" ]; then
  set -a
  . "$conf"
  set +a
fi
if [ "$(id -u)" = 0 ]; then
  # shellcheck disable=SC2086  # the options are words, as systemd splits them
  exec runuser -u courtdesk-server -- "$bundle" ${COURTDESK_SERVER_OPTIONS:-} "$@"
fi
# shellcheck disable=SC2086
exec "$bundle" ${COURTDESK_SERVER_OPTIONS:-} "$@"
