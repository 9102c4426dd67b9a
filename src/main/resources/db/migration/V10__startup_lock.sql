-- One row that nodes starting at the same time lock while they bring the engine's users, groups, authorizations and
-- Tasklist filters in line with the organisation file: one after the other, never racing on the same rows
-- (two nodes of ClusterIT failed to start on a concurrent update of a Tasklist filter).
create table startup_lock (
  id integer primary key
);
insert into startup_lock (id) values (1);
