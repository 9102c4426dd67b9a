package vn.kehoach.organisation;

/** Which numbering regulation an issuing body follows. */
public enum IssuerKind {
  /** Party bodies: Hướng dẫn 36-HD/VPTW, numbers run through the committee's term, written {@code 37-KH/ĐUK}. */
  PARTY,
  /** State bodies: Nghị định 30/2020/NĐ-CP, numbers run per calendar year, written {@code 20/KH-UBND}. */
  STATE
}
