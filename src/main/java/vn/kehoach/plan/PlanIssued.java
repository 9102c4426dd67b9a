package vn.kehoach.plan;

/**
 * Published in the transaction that gave a plan its number: issued here after signature, or taken in already issued.
 * A parent plan waiting for it (an assignment "xây dựng kế hoạch") is then done.
 */
public record PlanIssued(long planId) {}
