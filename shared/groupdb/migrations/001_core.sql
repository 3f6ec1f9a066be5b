-- Schema version 1: hospitals, append-only project revisions, and the normalised tables the
-- roll-ups read (assets, dependencies, the latest plan's waves and yearly figures).
-- Every hospital-owned table carries hospital_id first, so the schema partitions (or distributes,
-- e.g. Citus) by hospital without change.
CREATE SCHEMA IF NOT EXISTS xcplan;

CREATE TABLE xcplan.hospitals (
  id text PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 200),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 500),
  province text,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- The head revision of each hospital; the row lock on it serialises pushes of one hospital.
CREATE TABLE xcplan.heads (
  hospital_id text PRIMARY KEY REFERENCES xcplan.hospitals (id),
  revision integer NOT NULL DEFAULT 0 CHECK (revision >= 0)
);

-- Every project file a hospital pushed, byte for byte, never overwritten.
CREATE TABLE xcplan.revisions (
  hospital_id text NOT NULL REFERENCES xcplan.hospitals (id),
  revision integer NOT NULL CHECK (revision >= 1),
  base_revision integer NOT NULL CHECK (base_revision >= 0 AND base_revision < revision),
  body bytea NOT NULL,
  sha256 text NOT NULL CHECK (sha256 = encode(sha256(body), 'hex')),
  author text NOT NULL DEFAULT session_user,
  pushed_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (hospital_id, revision)
);

CREATE FUNCTION xcplan.refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'xcplan.revisions is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER revisions_append_only BEFORE UPDATE OR DELETE ON xcplan.revisions
  FOR EACH ROW EXECUTE FUNCTION xcplan.refuse_change();
CREATE TRIGGER revisions_no_truncate BEFORE TRUNCATE ON xcplan.revisions
  FOR EACH STATEMENT EXECUTE FUNCTION xcplan.refuse_change();

-- The head revision's assets, as the roll-ups need them.
CREATE TABLE xcplan.assets (
  hospital_id text NOT NULL REFERENCES xcplan.hospitals (id),
  revision integer NOT NULL,
  id text NOT NULL,
  name text NOT NULL,
  category text NOT NULL,
  quantity integer NOT NULL CHECK (quantity >= 0),
  vendor text,
  product text,
  tier text,
  vendor_origin text NOT NULL,
  disposition text NOT NULL,
  PRIMARY KEY (hospital_id, id)
);

CREATE TABLE xcplan.dependencies (
  hospital_id text NOT NULL REFERENCES xcplan.hospitals (id),
  revision integer NOT NULL,
  from_id text NOT NULL,
  to_id text NOT NULL,
  kind text NOT NULL
);
CREATE INDEX dependencies_hospital ON xcplan.dependencies (hospital_id);

CREATE TABLE xcplan.plan_waves (
  hospital_id text NOT NULL REFERENCES xcplan.hospitals (id),
  revision integer NOT NULL,
  wave integer NOT NULL,
  start_date date NOT NULL,
  end_date date NOT NULL,
  assets integer NOT NULL,
  effort double precision NOT NULL,
  cost numeric(18, 2) NOT NULL,
  PRIMARY KEY (hospital_id, wave)
);

CREATE TABLE xcplan.plan_years (
  hospital_id text NOT NULL REFERENCES xcplan.hospitals (id),
  revision integer NOT NULL,
  year integer NOT NULL,
  os numeric(18, 2) NOT NULL,
  cpu numeric(18, 2) NOT NULL,
  database numeric(18, 2) NOT NULL,
  middleware numeric(18, 2) NOT NULL,
  security numeric(18, 2) NOT NULL,
  application numeric(18, 2) NOT NULL,
  other numeric(18, 2) NOT NULL,
  total numeric(18, 2) NOT NULL,
  PRIMARY KEY (hospital_id, year)
);
