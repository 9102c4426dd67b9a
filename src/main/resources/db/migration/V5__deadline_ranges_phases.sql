-- Deadlines as ranges, phases and report calendars (issue 14, part 5): the first day of a range (or of the first
-- phase, or of ongoing work "từ năm 2026"), the phases as written ("2024-01-01..2025-12-31;2026-01-01..2030-12-31"),
-- the period the first report of a report calendar covers (later ones: moved by whole cycles), and on each periodic
-- report the period it covered.

alter table assignment add column start_date date;
alter table assignment add column deadline_phases varchar(2000);
alter table assignment add column period_start date;
alter table assignment add column period_end date;
-- a report day outside the period's last month ("ngày 15 tháng đầu tiên của quý sau"): the first report's last day
alter table assignment add column first_report_date date;

alter table periodic_report add column period_start date;
alter table periodic_report add column period_end date;
