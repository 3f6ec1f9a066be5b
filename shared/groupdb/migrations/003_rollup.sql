-- Schema version 3: the roll-up per hospital and year, computed by the database. The view runs
-- with the caller's rights (security_invoker), so row-level security decides which hospitals it
-- sums. Assets are first grouped by (hospital, domestic year) in one scan, then accumulated per
-- plan year.
CREATE INDEX assets_hospital_domestic_year ON xcplan.assets (hospital_id, domestic_year);

CREATE VIEW xcplan.rollup_years WITH (security_invoker = true) AS
WITH by_year AS (
  SELECT hospital_id,
         coalesce(domestic_year, 2147483647) AS dy,
         sum(quantity) FILTER (WHERE category = 'application') AS systems,
         sum(quantity) FILTER (WHERE category = 'terminal') AS terminals,
         sum(quantity) FILTER (WHERE category = 'server') AS servers,
         count(*) FILTER (WHERE category = 'application' AND tier = 'core') AS core_systems,
         sum(quantity) FILTER (WHERE family = 'oracle') AS oracle,
         sum(quantity) FILTER (WHERE family = 'windows') AS windows,
         sum(quantity) FILTER (WHERE family = 'vmware') AS vmware,
         sum(quantity) FILTER (WHERE family = 'intel') AS intel
  FROM xcplan.assets
  GROUP BY hospital_id, coalesce(domestic_year, 2147483647)
)
SELECT y.hospital_id,
       h.name AS hospital_name,
       h.province,
       y.revision,
       y.year,
       y.os, y.cpu, y.database, y.middleware, y.security, y.application, y.other, y.total,
       coalesce(sum(a.systems) FILTER (WHERE a.dy <= y.year), 0) AS systems_domestic,
       coalesce(sum(a.systems), 0) AS systems_total,
       coalesce(sum(a.terminals) FILTER (WHERE a.dy <= y.year), 0) AS terminals_domestic,
       coalesce(sum(a.terminals), 0) AS terminals_total,
       coalesce(sum(a.servers) FILTER (WHERE a.dy <= y.year), 0) AS servers_domestic,
       coalesce(sum(a.servers), 0) AS servers_total,
       coalesce(sum(a.core_systems) FILTER (WHERE a.dy > y.year), 0) AS core_systems_foreign,
       coalesce(sum(a.oracle) FILTER (WHERE a.dy > y.year), 0) AS oracle_instances,
       coalesce(sum(a.windows) FILTER (WHERE a.dy > y.year), 0) AS windows_seats,
       coalesce(sum(a.vmware) FILTER (WHERE a.dy > y.year), 0) AS vmware_hosts,
       coalesce(sum(a.intel) FILTER (WHERE a.dy > y.year), 0) AS intel_servers
FROM xcplan.plan_years y
JOIN xcplan.hospitals h ON h.id = y.hospital_id
LEFT JOIN by_year a ON a.hospital_id = y.hospital_id
GROUP BY y.hospital_id, h.name, h.province, y.revision, y.year, y.os, y.cpu, y.database, y.middleware,
         y.security, y.application, y.other, y.total;

GRANT SELECT ON xcplan.rollup_years TO xcplan_hospital, xcplan_overseer, xcplan_admin;
