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
 * @param letterhead how its documents are headed and signed (optional: without it, the layout of its kind)
 */
public record IssuerProfile(IssuerKind kind, String code, String office, String signerRole, List<LocalDate> termStarts,
                            List<String> drafters, Letterhead letterhead) {

  public IssuerProfile {
    termStarts = termStarts == null ? List.of() : termStarts.stream().sorted().toList();
    drafters = drafters == null ? List.of() : List.copyOf(drafters);
  }

  public IssuerProfile(IssuerKind kind, String code, String office, String signerRole, List<LocalDate> termStarts,
                       List<String> drafters) {
    this(kind, code, office, signerRole, termStarts, drafters, null);
  }

  /**
   * The header and signature of the issuer's documents, as the seeds write them.
   *
   * @param superior the body above the issuer, first line of the header on the left ("ĐẢNG BỘ TỈNH TRÀ VINH"); may
   *     be null
   * @param place the place before the date ("Bắc Giang, ngày ..."); may be null
   * @param signsFor the first line of the signature: "T/M BAN THƯỜNG VỤ" (on behalf of a collective body) or
   *     "KT. CHỦ TỊCH" (signing for the head)
   * @param signerTitle the signer's title under it: "PHÓ BÍ THƯ", "PHÓ CHỦ TỊCH"
   */
  public record Letterhead(String superior, String place, String signsFor, String signerTitle) {}
}
