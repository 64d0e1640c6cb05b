# Sourced by bench/load.sh and bench/peer/run.sh: the postgres:// URL of the database the service serves, for psql and
# the peer. database_url ROOT prints it from ConnectionStrings__Content (Npgsql's "Host=…;Port=…;Username=…;…") when
# set, else from the development cluster's folder (its port and password file) that bench-data filled.
database_url() {
  local root="$1"
  if [ -n "${ConnectionStrings__Content:-}" ]; then
    local part key value host=127.0.0.1 port=5432 user=postgres password="" database=postgres
    local IFS=';'
    for part in $ConnectionStrings__Content; do
      key="$(tr -d ' ' <<<"${part%%=*}" | tr '[:upper:]' '[:lower:]')"
      value="${part#*=}"
      value="${value#"${value%%[! ]*}"}" value="${value%"${value##*[! ]}"}"
      case "$key" in
        host|server) host="$value" ;;
        port) port="$value" ;;
        username|userid|user) user="$value" ;;
        password) password="$value" ;;
        database) database="$value" ;;
      esac
    done
    printf 'postgres://%s%s@%s:%s/%s\n' "$(uri_encoded "$user")" "${password:+:$(uri_encoded "$password")}" "$host" "$port" "$database"
  else
    local cluster="$root/src/ContentApi/.data/postgres"
    [ -r "$cluster/pgdata/postmaster.pid" ] || { echo "start the development cluster first (bench-data or dotnet run), or set ConnectionStrings__Content" >&2; return 1; }
    printf 'postgres://postgres:%s@127.0.0.1:%s/postgres\n' "$(uri_encoded "$(cat "$cluster/password")")" "$(sed -n 4p "$cluster/pgdata/postmaster.pid")"
  fi
}

# uri_encoded TEXT: TEXT with every byte but letters, digits and -._~ percent-encoded (a password may hold @, : or /).
uri_encoded() {
  local LC_ALL=C text="$1" i c
  for ((i = 0; i < ${#text}; i++)); do
    c="${text:i:1}"
    case "$c" in
      [a-zA-Z0-9.~_-]) printf '%s' "$c" ;;
      *) printf '%%%02X' "'$c" ;;
    esac
  done
}
