package vn.kehoach.evidence;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The kinds of file accepted as evidence, told by their content, not by their name: a PDF starts with
 * {@code %PDF-}, a JPEG with FF D8 FF, a PNG with its eight-byte signature; a .docx or .xlsx is a ZIP whose central
 * directory names {@code [Content_Types].xml} and {@code word/document.xml} or {@code xl/workbook.xml}. The directory
 * is read where the ZIP format puts it, at the end, without inflating anything (a ZIP bomb costs nothing here).
 */
public enum FileKind {
  PDF("application/pdf", "pdf", "PDF"),
  DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx", "Word (.docx)"),
  XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx", "Excel (.xlsx)"),
  JPEG("image/jpeg", "jpg", "ảnh JPEG"),
  PNG("image/png", "png", "ảnh PNG");

  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

  private final String contentType;
  private final String extension;
  private final String label;

  FileKind(String contentType, String extension, String label) {
    this.contentType = contentType;
    this.extension = extension;
    this.label = label;
  }

  public String contentType() {
    return contentType;
  }

  public String extension() {
    return extension;
  }

  public String label() {
    return label;
  }

  /** "PDF, Word (.docx), Excel (.xlsx), ảnh JPEG, ảnh PNG": what the refusal of another kind names. */
  public static String accepted() {
    return Arrays.stream(values()).map(FileKind::label).collect(Collectors.joining(", "));
  }

  public static Optional<FileKind> ofContentType(String contentType) {
    return Arrays.stream(values()).filter(k -> k.contentType.equals(contentType)).findFirst();
  }

  /** The kind the bytes are, if one of those accepted. */
  public static Optional<FileKind> sniff(byte[] bytes) {
    if (startsWith(bytes, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
      return Optional.of(PDF);
    }
    if (startsWith(bytes, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
      return Optional.of(JPEG);
    }
    if (startsWith(bytes, PNG_SIGNATURE)) {
      return Optional.of(PNG);
    }
    if (startsWith(bytes, new byte[] {'P', 'K', 3, 4})) {
      Set<String> names = zipEntryNames(bytes);
      if (names.contains("[Content_Types].xml")) {
        if (names.contains("word/document.xml")) {
          return Optional.of(DOCX);
        }
        if (names.contains("xl/workbook.xml")) {
          return Optional.of(XLSX);
        }
      }
    }
    return Optional.empty();
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
  }

  /** The names in a ZIP's central directory; empty when there is none where the format puts it. */
  static Set<String> zipEntryNames(byte[] zip) {
    Set<String> names = new HashSet<>();
    // the end-of-central-directory record: 22 bytes plus a comment of at most 65,535
    int end = -1;
    for (int i = zip.length - 22; i >= 0 && i >= zip.length - 22 - 65_535; i--) {
      if (u32(zip, i) == 0x06054b50L) {
        end = i;
        break;
      }
    }
    if (end < 0) {
      return names;
    }
    int entries = u16(zip, end + 10);
    long at = u32(zip, end + 16);
    for (int n = 0; n < entries && at >= 0 && at + 46 <= zip.length; n++) {
      int p = (int) at;
      if (u32(zip, p) != 0x02014b50L) {
        break;
      }
      int nameLength = u16(zip, p + 28);
      int extraLength = u16(zip, p + 30);
      int commentLength = u16(zip, p + 32);
      if (p + 46 + nameLength > zip.length) {
        break;
      }
      names.add(new String(zip, p + 46, nameLength, StandardCharsets.UTF_8));
      at = (long) p + 46 + nameLength + extraLength + commentLength;
    }
    return names;
  }

  private static int u16(byte[] b, int i) {
    return (b[i] & 0xFF) | (b[i + 1] & 0xFF) << 8;
  }

  private static long u32(byte[] b, int i) {
    return (u16(b, i) | (long) u16(b, i + 2) << 16) & 0xFFFFFFFFL;
  }
}
