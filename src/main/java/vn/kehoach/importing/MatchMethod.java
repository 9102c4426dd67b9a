package vn.kehoach.importing;

/** How a body as written was matched to a unit, from the surest to the least sure. */
public enum MatchMethod {
  /** The unit's name (diacritics, case, "uỷ/ủy" and punctuation aside). */
  EXACT,
  /** The unit's short name or one of its aliases. */
  ALIAS,
  /** After writing out abbreviations on either side ("UBND" → "Ủy ban nhân dân", "ĐU" → "Đảng ủy"). */
  ABBREVIATION,
  /** By word similarity above the threshold: check it. */
  FUZZY,
  /** No unit. */
  NONE
}
