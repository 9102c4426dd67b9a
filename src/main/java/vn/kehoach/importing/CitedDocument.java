package vn.kehoach.importing;

import java.time.LocalDate;

/**
 * A document the plan says it carries out ("Chỉ thị số 02-CT/TW, ngày 31/01/2026 của Ban Bí thư").
 *
 * @param kindName as written ("Chỉ thị")
 * @param kindCode the type code of the number ("CT"), else the usual code of the kind
 * @param number without spaces ("02-CT/TW", "31/CĐ-TTg")
 * @param date null when not written
 * @param issuer as written ("Ban Bí thư"), null when not written
 * @param subject what it is about (the words after "về"), null when not written
 */
public record CitedDocument(String kindName, String kindCode, String number, LocalDate date, String issuer,
                            String subject, int line) {}
