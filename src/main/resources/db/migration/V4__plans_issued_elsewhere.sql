-- Plans issued elsewhere (issue 14): a plan an office takes in to follow its execution keeps the number and date
-- its issuer gave it, outside any register of ours (number_period stays null, so the register's uniqueness does not
-- apply), and the issuer's name as written when that issuer is not in the organisation.

alter table plan add column issued_elsewhere boolean default false not null;
alter table plan add column external_issuer varchar(1000);
create index ix_plan_issued_elsewhere_number on plan (number_text, issued_on);
