-- Schema version 4: each head revision's tender packages (采购包, shared/procurement/packages.ts),
-- and the joint tenders (联合采购包) the group can run: each package of each budget year over the
-- hospitals the caller may see. Like the other hospital-owned tables, a hospital's rows are replaced
-- by its next push; a hospital pushed before this version has none until then.
CREATE TABLE xcplan.plan_packages (
  hospital_id text NOT NULL REFERENCES xcplan.hospitals (id),
  revision integer NOT NULL,
  budget_year integer NOT NULL,
  package text NOT NULL,
  items integer NOT NULL CHECK (items > 0),
  quantity bigint NOT NULL CHECK (quantity >= 0),
  cost numeric(18, 2) NOT NULL,
  purchase_by date,
  PRIMARY KEY (hospital_id, budget_year, package)
);

GRANT SELECT, INSERT, DELETE ON xcplan.plan_packages TO xcplan_hospital;
GRANT SELECT ON xcplan.plan_packages TO xcplan_overseer, xcplan_admin;

-- The same three policies as every hospital-owned table (002_access.sql).
ALTER TABLE xcplan.plan_packages ENABLE ROW LEVEL SECURITY;
CREATE POLICY hospital_own ON xcplan.plan_packages TO xcplan_hospital
  USING (hospital_id IN (SELECT m.hospital_id FROM xcplan.members m WHERE m.role_name = current_user))
  WITH CHECK (hospital_id IN (SELECT m.hospital_id FROM xcplan.members m WHERE m.role_name = current_user));
CREATE POLICY overseer_read ON xcplan.plan_packages FOR SELECT TO xcplan_overseer
  USING (hospital_id IN (SELECT o.hospital_id FROM xcplan.oversight o WHERE o.role_name = current_user));
CREATE POLICY admin_all ON xcplan.plan_packages TO xcplan_admin USING (true) WITH CHECK (true);

-- With the caller's rights (security_invoker): row-level security decides which hospitals it sums.
-- A joint tender must suit the earliest deadline among its hospitals.
CREATE VIEW xcplan.rollup_packages WITH (security_invoker = true) AS
SELECT budget_year,
       package,
       array_agg(hospital_id ORDER BY hospital_id) AS hospital_ids,
       sum(items) AS items,
       sum(quantity) AS quantity,
       sum(cost) AS cost,
       min(purchase_by) AS purchase_by
FROM xcplan.plan_packages
GROUP BY budget_year, package;

GRANT SELECT ON xcplan.rollup_packages TO xcplan_hospital, xcplan_overseer, xcplan_admin;
