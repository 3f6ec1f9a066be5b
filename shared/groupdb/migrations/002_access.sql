-- Schema version 2: who may see and write what, enforced by the database (row-level security).
--   xcplan_hospital  members write and read only their own hospital's rows (xcplan.members)
--   xcplan_overseer  a group or health commission reads the hospitals it oversees (xcplan.oversight), writes none
--   xcplan_admin     manages hospitals, members and oversight; reads everything
-- Login roles are made members of these group roles by the DBA (see README).
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'xcplan_hospital') THEN CREATE ROLE xcplan_hospital NOLOGIN; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'xcplan_overseer') THEN CREATE ROLE xcplan_overseer NOLOGIN; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'xcplan_admin') THEN CREATE ROLE xcplan_admin NOLOGIN; END IF;
END
$$;

-- Normalised figures derived from the plan, added in this version: the year each asset is
-- domestic (NULL: not within the plan, e.g. retained) and its foreign family, if any.
ALTER TABLE xcplan.assets ADD COLUMN domestic_year integer, ADD COLUMN family text;

CREATE TABLE xcplan.members (
  role_name text NOT NULL,
  hospital_id text NOT NULL REFERENCES xcplan.hospitals (id),
  PRIMARY KEY (role_name, hospital_id)
);
CREATE TABLE xcplan.oversight (
  role_name text NOT NULL,
  hospital_id text NOT NULL REFERENCES xcplan.hospitals (id),
  PRIMARY KEY (role_name, hospital_id)
);
CREATE INDEX members_hospital ON xcplan.members (hospital_id);
CREATE INDEX oversight_hospital ON xcplan.oversight (hospital_id);

GRANT USAGE ON SCHEMA xcplan TO xcplan_hospital, xcplan_overseer, xcplan_admin;
REVOKE ALL ON ALL TABLES IN SCHEMA xcplan FROM PUBLIC;

GRANT SELECT ON xcplan.hospitals, xcplan.members TO xcplan_hospital;
GRANT SELECT, UPDATE ON xcplan.heads TO xcplan_hospital;
GRANT SELECT, INSERT ON xcplan.revisions TO xcplan_hospital;
GRANT SELECT, INSERT, DELETE ON xcplan.assets, xcplan.dependencies, xcplan.plan_waves, xcplan.plan_years TO xcplan_hospital;

GRANT SELECT ON xcplan.hospitals, xcplan.heads, xcplan.revisions, xcplan.assets, xcplan.dependencies,
  xcplan.plan_waves, xcplan.plan_years, xcplan.oversight TO xcplan_overseer;

GRANT SELECT, INSERT, UPDATE, DELETE ON xcplan.hospitals, xcplan.heads, xcplan.members, xcplan.oversight TO xcplan_admin;
GRANT SELECT ON xcplan.revisions, xcplan.assets, xcplan.dependencies, xcplan.plan_waves, xcplan.plan_years TO xcplan_admin;
GRANT xcplan_hospital, xcplan_overseer TO xcplan_admin WITH ADMIN OPTION;

-- The mapping tables: each login role sees its own lines.
ALTER TABLE xcplan.members ENABLE ROW LEVEL SECURITY;
ALTER TABLE xcplan.oversight ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_lines ON xcplan.members FOR SELECT TO xcplan_hospital USING (role_name = current_user);
CREATE POLICY own_lines ON xcplan.oversight FOR SELECT TO xcplan_overseer USING (role_name = current_user);
CREATE POLICY admin_all ON xcplan.members TO xcplan_admin USING (true) WITH CHECK (true);
CREATE POLICY admin_all ON xcplan.oversight TO xcplan_admin USING (true) WITH CHECK (true);

-- Every hospital-owned table: the same three policies. The sub-selects are uncorrelated, so the
-- planner evaluates them once per statement (a hashed sub-plan), not once per row.
DO $$
DECLARE
  t text;
  key text;
BEGIN
  FOREACH t IN ARRAY ARRAY['hospitals', 'heads', 'revisions', 'assets', 'dependencies', 'plan_waves', 'plan_years'] LOOP
    key := CASE WHEN t = 'hospitals' THEN 'id' ELSE 'hospital_id' END;
    EXECUTE format('ALTER TABLE xcplan.%I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY hospital_own ON xcplan.%I TO xcplan_hospital USING (%I IN (SELECT m.hospital_id FROM xcplan.members m WHERE m.role_name = current_user)) WITH CHECK (%I IN (SELECT m.hospital_id FROM xcplan.members m WHERE m.role_name = current_user))', t, key, key);
    EXECUTE format('CREATE POLICY overseer_read ON xcplan.%I FOR SELECT TO xcplan_overseer USING (%I IN (SELECT o.hospital_id FROM xcplan.oversight o WHERE o.role_name = current_user))', t, key);
    EXECUTE format('CREATE POLICY admin_all ON xcplan.%I TO xcplan_admin USING (true) WITH CHECK (true)', t);
  END LOOP;
END
$$;

-- A revision's author is the database role that pushed it, not a claim of the client.
CREATE POLICY author_is_pusher ON xcplan.revisions AS RESTRICTIVE FOR INSERT TO xcplan_hospital WITH CHECK (author = session_user);
