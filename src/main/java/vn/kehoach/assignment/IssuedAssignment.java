package vn.kehoach.assignment;

import java.time.LocalDate;

/** An assignment of an issued plan, with the plan's issuer and issue date, for status reports. */
public record IssuedAssignment(Assignment assignment, String issuer, LocalDate issuedOn) {}
