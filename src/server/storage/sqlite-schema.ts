/**
 * SQLite schema, applied in order; `user_version` records how far a database has come. Append
 * only: an existing database runs just the steps it has not had yet.
 */
export const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE users (
    id TEXT PRIMARY KEY,
    username TEXT NOT NULL UNIQUE COLLATE NOCASE,
    password_hash TEXT NOT NULL,
    role TEXT NOT NULL,
    unit_ids TEXT NOT NULL DEFAULT '[]',
    active INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL
  );
  CREATE TABLE tokens (
    hash TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users(id),
    expires_at TEXT NOT NULL,
    revoked INTEGER NOT NULL DEFAULT 0
  );
  CREATE INDEX tokens_user ON tokens(user_id);
  CREATE TABLE records (
    tbl TEXT NOT NULL,
    id TEXT NOT NULL,
    unit_id TEXT NOT NULL,
    version INTEGER NOT NULL,
    deleted INTEGER NOT NULL,
    data TEXT NOT NULL,
    meta TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (tbl, id)
  );
  CREATE UNIQUE INDEX records_version ON records(version);
  CREATE INDEX records_unit_version ON records(unit_id, version);
  CREATE TABLE mutations (
    client_id TEXT NOT NULL,
    mutation_id TEXT NOT NULL,
    result TEXT NOT NULL,
    PRIMARY KEY (client_id, mutation_id)
  );
  CREATE TABLE seq (id INTEGER PRIMARY KEY CHECK (id = 1), value INTEGER NOT NULL);
  INSERT INTO seq (id, value) VALUES (1, 0);
  `,
  // 2: accounts carry the person's full name and NIP ('' = not given).
  `
  ALTER TABLE users ADD COLUMN full_name TEXT NOT NULL DEFAULT '';
  ALTER TABLE users ADD COLUMN nip TEXT NOT NULL DEFAULT '';
  `,
  // 3: records that moved from one unit to another, so the old unit's people lose them too.
  `
  CREATE TABLE departures (
    seq INTEGER PRIMARY KEY,
    tbl TEXT NOT NULL,
    id TEXT NOT NULL,
    from_unit TEXT NOT NULL
  );
  CREATE INDEX departures_unit_seq ON departures(from_unit, seq);
  `,
];
