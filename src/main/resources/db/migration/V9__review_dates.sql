-- Interim and final reviews (issue 16): a plan may set the day of its sơ kết and of its tổng kết. At 08:00 (Vietnam)
-- of the first a timer opens an interim consolidation while the work goes on; at the second the work still open is
-- interrupted and the final consolidation opens. Both optional.
alter table plan add column interim_review_on date;
alter table plan add column final_review_on date;
