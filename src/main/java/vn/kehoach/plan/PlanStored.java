package vn.kehoach.plan;

/**
 * Published in the transaction that stored a new plan (drafted here, opened for an assignment, or taken in after
 * being issued elsewhere): features that follow plans (the cascade) link it without the plan knowing them.
 */
public record PlanStored(long planId) {}
