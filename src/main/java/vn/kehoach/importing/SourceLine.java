package vn.kehoach.importing;

/**
 * One non-empty line of the document after cleaning.
 *
 * @param number the line's number in the text as given (1-based), for warnings
 * @param blankBefore an empty line came before it
 * @param breakBefore a separator ("-----", "*") came before it: never joined to the line above
 */
record SourceLine(int number, String text, boolean blankBefore, boolean breakBefore) {}
