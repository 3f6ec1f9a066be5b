-- Schema version 6: a new business system is tendered on its own (one tender per system: a mail
-- system and a dialysis system have different suppliers competing for them), so a hospital's
-- new-system package of a budget year is one row per system (shared/procurement/packages.ts,
-- `tenderSystemOf`). `system` is the system's name and NULL on every other package. Rows pushed
-- before this version keep NULL (one new-system row) until the hospital's next push.
ALTER TABLE xcplan.plan_packages ADD COLUMN system text;
DROP INDEX xcplan.plan_packages_key;
CREATE UNIQUE INDEX plan_packages_key ON xcplan.plan_packages (hospital_id, budget_year, package, coalesce(supplier, E'\x01'), coalesce(system, E'\x01'));

-- The joint tenders: each package of each budget year, each developer's adaptation and each new
-- system, over the hospitals the caller may see (with the caller's rights, as in 004). A new
-- column goes last: CREATE OR REPLACE VIEW keeps the existing ones in place.
CREATE OR REPLACE VIEW xcplan.rollup_packages WITH (security_invoker = true) AS
SELECT budget_year,
       package,
       array_agg(hospital_id ORDER BY hospital_id) AS hospital_ids,
       sum(items) AS items,
       sum(quantity) AS quantity,
       sum(cost) AS cost,
       min(purchase_by) AS purchase_by,
       supplier,
       system
FROM xcplan.plan_packages
GROUP BY budget_year, package, supplier, system;
