-- A plan that carries out another plan in the system points to it (province → city → ward).
alter table plan_document add column implemented_plan_id bigint references plan (id);
create index ix_plan_document_implemented on plan_document (implemented_plan_id);
