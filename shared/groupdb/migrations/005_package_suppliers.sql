-- Schema version 5: adaptation is contracted with each system's own developer (单一来源), so a
-- hospital's adaptation package of a budget year is one row per developer (shared/procurement/
-- packages.ts, `tenderSupplierOf`). `supplier` is that developer ('' when the inventory does not
-- name one) and NULL on every other package, whose suppliers compete in the tender. Rows pushed
-- before this version keep NULL (one adaptation row) until the hospital's next push.
ALTER TABLE xcplan.plan_packages ADD COLUMN supplier text;
ALTER TABLE xcplan.plan_packages DROP CONSTRAINT plan_packages_pkey;
CREATE UNIQUE INDEX plan_packages_key ON xcplan.plan_packages (hospital_id, budget_year, package, coalesce(supplier, E'\x01'));

-- The joint tenders: each package of each budget year, and each developer's adaptation, over the
-- hospitals the caller may see (with the caller's rights, as in 004).
CREATE OR REPLACE VIEW xcplan.rollup_packages WITH (security_invoker = true) AS
SELECT budget_year,
       package,
       array_agg(hospital_id ORDER BY hospital_id) AS hospital_ids,
       sum(items) AS items,
       sum(quantity) AS quantity,
       sum(cost) AS cost,
       min(purchase_by) AS purchase_by,
       supplier
FROM xcplan.plan_packages
GROUP BY budget_year, package, supplier;
