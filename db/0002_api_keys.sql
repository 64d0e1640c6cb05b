-- API keys for writes (and, when configured, reads). Only a SHA-256 hash of each key is stored: the key itself is
-- shown once when it is created. A key is found by its public prefix and then compared by hash in constant time.

CREATE TABLE api_keys (
    id           bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name         text        NOT NULL CHECK (char_length(name) BETWEEN 1 AND 100),
    prefix       text        NOT NULL UNIQUE CHECK (prefix ~ '^[A-Za-z0-9]{12}$'),
    key_hash     bytea       NOT NULL CHECK (octet_length(key_hash) = 32),
    scopes       text[]      NOT NULL CHECK (cardinality(scopes) > 0 AND scopes <@ ARRAY['read', 'write', 'admin']),
    created_at   timestamptz NOT NULL DEFAULT now(),
    last_used_at timestamptz,
    revoked_at   timestamptz CHECK (revoked_at IS NULL OR revoked_at >= created_at)
);
