#!/usr/bin/env bash
# A throw-away OpenLDAP directory for the tests (tests/support/ldap_server.h).
#   ldap_server.sh setup DIR LDAPS_PORT LDAP_PORT
# makes a test CA and a certificate for 127.0.0.1 signed by it (DIR/ca.pem),
# a slapd.conf (mdb database in DIR/db, the memberof overlay, TLS), loads
# the people with slapadd, then starts slapd on ldaps://127.0.0.1:LDAPS_PORT,
# ldap://127.0.0.1:LDAP_PORT (StartTLS or plain) and ldapi in DIR (the
# tests' own changes, as the root DN). The groups are added over ldapi once
# it listens, so that memberof fills each person's memberOf. slapd runs as
# a daemon (its pid in DIR/slapd.pid, which the caller kills); the script
# prints READY and ends.
#   ldap_server.sh start DIR LDAPS_PORT LDAP_PORT
# starts slapd again on the directory set up before (after a stop).
set -euo pipefail
mode=$1 dir=$2 ldaps_port=$3 ldap_port=$4
base="dc=council,dc=test"
socket="ldapi://$(printf '%s' "$dir/ldapi" | sed 's|/|%2F|g')"

start_slapd() {
  slapd -f "$dir/slapd.conf" -h "ldaps://127.0.0.1:$ldaps_port/ ldap://127.0.0.1:$ldap_port/ $socket"
  for _ in $(seq 1 100); do  # a readiness wait: slapd forks before it listens
    ldapsearch -x -H "$socket" -b "$base" -s base -D "cn=root,$base" -w root-secret >/dev/null 2>&1 && return 0
    sleep 0.1
  done
  echo "slapd did not start"
  exit 1
}

if [[ "$mode" == start ]]; then
  start_slapd
  echo READY
  exit 0
fi

mkdir -p "$dir/db"
cd "$dir"

openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=Health check test CA" \
  -keyout ca.key -out ca.pem 2>/dev/null
openssl req -newkey rsa:2048 -nodes -subj "/CN=127.0.0.1" -keyout server.key -out server.csr 2>/dev/null
printf 'subjectAltName=IP:127.0.0.1,DNS:localhost\n' >server.ext
openssl x509 -req -in server.csr -CA ca.pem -CAkey ca.key -CAcreateserial -days 2 -extfile server.ext \
  -out server.pem 2>/dev/null

cat >slapd.conf <<CONF
include /etc/ldap/schema/core.schema
include /etc/ldap/schema/cosine.schema
include /etc/ldap/schema/inetorgperson.schema
include /etc/ldap/schema/nis.schema
modulepath /usr/lib/ldap
moduleload back_mdb
moduleload memberof
pidfile $dir/slapd.pid
TLSCACertificateFile $dir/ca.pem
TLSCertificateFile $dir/server.pem
TLSCertificateKeyFile $dir/server.key
database mdb
maxsize 10485760
suffix "$base"
rootdn "cn=root,$base"
rootpw root-secret
directory $dir/db
overlay memberof
access to attrs=userPassword by self read by anonymous auth by * none
access to * by dn.exact="cn=svc-healthcheck,$base" read by self read by * none
CONF

person() {  # uid, password, department
  printf 'dn: uid=%s,ou=people,%s\nobjectClass: inetOrgPerson\nuid: %s\ncn: %s\nsn: %s\nmail: %s@council.test\nuserPassword: %s\n' \
    "$1" "$base" "$1" "$1" "$1" "$1" "$2"
  if [[ -n "${3:-}" ]]; then printf 'departmentNumber: %s\n' "$3"; fi
  printf '\n'
}
{
  printf 'dn: %s\nobjectClass: dcObject\nobjectClass: organization\ndc: council\no: Test council\n\n' "$base"
  printf 'dn: ou=people,%s\nobjectClass: organizationalUnit\nou: people\n\n' "$base"
  printf 'dn: ou=groups,%s\nobjectClass: organizationalUnit\nou: groups\n\n' "$base"
  printf 'dn: cn=svc-healthcheck,%s\nobjectClass: person\ncn: svc-healthcheck\nsn: service\nuserPassword: svc-secret\n\n' "$base"
  person ada ada-secret
  person dora dora-secret
  person jane jane-secret T0009
  person pat pat-secret
  person mo mo-secret
  person nobody nobody-secret
} >people.ldif
slapadd -f slapd.conf -l people.ldif >/dev/null 2>&1

group() {  # cn, members...
  local cn=$1; shift
  # groupOfNames must have a member: the service account stays in each, so
  # that a test can take the last person out.
  printf 'dn: cn=%s,ou=groups,%s\nobjectClass: groupOfNames\ncn: %s\nmember: cn=svc-healthcheck,%s\n' \
    "$cn" "$base" "$cn" "$base"
  for m in "$@"; do printf 'member: uid=%s,ou=people,%s\n' "$m" "$base"; done
  printf '\n'
}
{
  group hc-admins ada
  group hc-directors dora
  group hc-managers jane pat
  group hc-members mo
  group team-alder jane
  group team-birch pat
} >groups.ldif

start_slapd
ldapadd -x -H "$socket" -D "cn=root,$base" -w root-secret -f groups.ldif >/dev/null
echo READY
