-- Plans that carry out plans (issue 15): an assignment may ask the unit to issue its own implementing plan
-- ("xây dựng kế hoạch và tổ chức triển khai thực hiện"); it is done when that child plan is issued. The child in force
-- is kept on the assignment (a child rejected at signature is replaced by the unit's next one).
alter table assignment add column kind varchar(16) default 'TASK' not null;
alter table assignment add column child_plan_id bigint references plan (id);
create index ix_assignment_child_plan on assignment (child_plan_id);
