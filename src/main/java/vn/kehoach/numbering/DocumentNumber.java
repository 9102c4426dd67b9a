package vn.kehoach.numbering;

import java.time.LocalDate;

/**
 * The number and date a document gets at issue, e.g. sequence 37 written "37-KH/ĐUK".
 *
 * @param period the register period it was taken in ("term-2025-10-16", "year-2024"): numbers restart with each
 */
public record DocumentNumber(int sequence, String text, LocalDate issuedOn, String period) {}
