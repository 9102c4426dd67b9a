package vn.kehoach.engine.task;

/** The answer of a decision task (review, signature, report acceptance, extension): the {@code decision} field. */
public enum Decision { APPROVE, RETURN, REJECT }
