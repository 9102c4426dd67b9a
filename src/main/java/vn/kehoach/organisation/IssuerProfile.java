package vn.kehoach.organisation;

import java.time.LocalDate;
import java.util.List;

/**
 * What a unit needs in order to issue documents: its numbering rule, the code in its numbers,
 * the office that reviews its drafts and the role that signs them.
 *
 * @param termStarts for Party bodies, the first day of each term (the day after a congress closes), oldest first
 * @param drafters units outside the issuer that also draft its plans; its own units always do (see
 *     {@link Organisation#draftsFor})
 */
public record IssuerProfile(IssuerKind kind, String code, String office, String signerRole, List<LocalDate> termStarts,
                            List<String> drafters) {

  public IssuerProfile {
    termStarts = termStarts == null ? List.of() : termStarts.stream().sorted().toList();
    drafters = drafters == null ? List.of() : List.copyOf(drafters);
  }
}
