package vn.kehoach.numbering;

import java.time.LocalDate;

/** The number and date a document gets at issue, e.g. sequence 37 written "37-KH/ĐUK". */
public record DocumentNumber(int sequence, String text, LocalDate issuedOn) {}
