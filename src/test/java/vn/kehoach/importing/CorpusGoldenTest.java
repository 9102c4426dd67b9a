package vn.kehoach.importing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import vn.kehoach.deadline.parser.DeadlineForm;
import vn.kehoach.deadline.parser.ParsedDeadline;

/**
 * Each document of the corpus of real documents ({@code src/test/resources/import/corpus/<id>.txt}, or a {@code
 * .docx} beside it) against its hand reading ({@code <id>.json}, format and rules in the corpus README): header,
 * assignments (body as written, role, deadline phrase, form, start, last day), recipients as written and signature.
 * A difference is allowed only where the document's {@code knownGaps} lists its path; a listed gap that no longer
 * differs fails, so that the list stays true. Prints the shares read exactly and writes them to {@code
 * target/import-corpus-shares.md}.
 *
 * <p>{@code -Dimport.corpus=/some/folder} reads another folder of the same format (for trying documents before they
 * are committed).
 */
class CorpusGoldenTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path CORPUS = Path.of(System.getProperty("import.corpus",
      "src/test/resources/import/corpus"));
  private static final Path SHARES = Path.of("target/import-corpus-shares.md");
  /** Deadlines of a document without a date are read against this day; the corpus gives dates where it has them. */
  private static final LocalDate REFERENCE_IF_UNKNOWN = LocalDate.of(2025, 1, 1);
  private static final List<String> HEADER_FIELDS =
      List.of("issuer", "superiorBody", "kind", "kindCode", "number", "date", "place", "title");

  private static final Path DIFFERENCES = Path.of("target/import-corpus-differences.json");
  private static final Map<String, Outcome> OUTCOMES = new LinkedHashMap<>();
  private static final vn.kehoach.deadline.parser.DeadlineParser DEADLINES =
      new vn.kehoach.deadline.parser.DeadlineParser();

  private final PlanImporter importer = ImportFixtures.importer();

  /** What one document scored, for the shares. */
  record Outcome(String id, List<String> layout, boolean headerExact, int assignmentsExpected,
                 int assignmentsExact, Boolean recipientsExact, Boolean signatureExact,
                 Map<String, String> knownGaps, Map<String, String> differences) {}

  @TestFactory
  Stream<DynamicTest> readsEveryCorpusDocumentAsItsHandReading() throws IOException {
    List<Path> readings;
    try (Stream<Path> files = Files.list(CORPUS)) {
      readings = files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
    }
    return readings.stream().map(json -> DynamicTest.dynamicTest(id(json), () -> check(json)));
  }

  private void check(Path jsonFile) throws IOException {
    JsonNode reading = JSON.readTree(jsonFile.toFile());
    String id = reading.get("id").asText();
    ImportResult result = read(id);
    JsonNode expected = reading.get("expected");
    boolean excerpt = reading.path("excerpt").asBoolean(false);

    Map<String, String> differences = new LinkedHashMap<>();
    boolean headerExact = header(expected.get("header"), result.document().header(), differences);
    int[] assignments = assignments(expected, result.document().assignments(), differences,
        result.referenceDate());
    Boolean recipientsExact = recipients(expected.get("recipients"), result.document(), excerpt, differences);
    Boolean signatureExact = signature(expected.get("signature"), result.document().signature(), excerpt,
        differences);

    Map<String, String> gaps = new LinkedHashMap<>();
    reading.path("knownGaps").forEach(gap -> gaps.put(gap.get("path").asText(), gap.get("note").asText()));
    List<String> layout = new ArrayList<>();
    reading.path("layout").forEach(l -> layout.add(l.asText()));
    OUTCOMES.put(id, new Outcome(id, layout, headerExact, assignments[0], assignments[1], recipientsExact,
        signatureExact, gaps, differences));

    gaps.forEach((path, note) -> System.out.println(
        id + " known gap " + path + ": " + note + " — now: " + differences.get(path)));
    Map<String, String> unexpected = new LinkedHashMap<>(differences);
    unexpected.keySet().removeAll(gaps.keySet());
    assertThat(unexpected).as("%s: differences from the hand reading (path → difference)", id).isEmpty();
    assertThat(differences.keySet())
        .as("%s: a known gap that no longer differs is closed: remove it from knownGaps", id)
        .containsAll(gaps.keySet());
  }

  private ImportResult read(String id) throws IOException {
    Path docx = CORPUS.resolve(id + ".docx");
    if (Files.exists(docx)) {
      return importer.importDocx(new ByteArrayInputStream(Files.readAllBytes(docx)), Long.MAX_VALUE,
          REFERENCE_IF_UNKNOWN);
    }
    return importer.importText(Files.readString(CORPUS.resolve(id + ".txt"), StandardCharsets.UTF_8),
        REFERENCE_IF_UNKNOWN);
  }

  // --- header ---------------------------------------------------------------------------------------------------

  private static boolean header(JsonNode expected, DocumentHeader header, Map<String, String> differences) {
    Map<String, String> actual = new LinkedHashMap<>();
    actual.put("issuer", header.issuingBody());
    actual.put("superiorBody", header.superiorBody());
    actual.put("kind", header.kind() == null ? null : header.kind().toUpperCase(Locale.forLanguageTag("vi")));
    actual.put("kindCode", header.kindCode());
    actual.put("number", header.number() == null ? null : header.number().asWritten());
    actual.put("date", header.date() == null || header.date().date() == null ? null
        : header.date().date().toString());
    actual.put("place", header.place());
    actual.put("title", header.title());
    boolean exact = true;
    for (String field : HEADER_FIELDS) {
      JsonNode want = expected.get(field);
      if (want == null) {
        continue;
      }
      exact &= same("header." + field, text(want), actual.get(field), differences);
    }
    return exact;
  }

  // --- assignments ----------------------------------------------------------------------------------------------

  /** @return the number of expected assignments and of those read exactly */
  private static int[] assignments(JsonNode expected, List<ParsedAssignment> actual,
                                   Map<String, String> differences, LocalDate referenceDate) {
    boolean complete = expected.path("assignmentsComplete").asBoolean(true);
    JsonNode wanted = expected.get("assignments");
    List<ParsedAssignment> unused = new ArrayList<>(actual);
    int exact = 0;
    for (int i = 0; i < wanted.size(); i++) {
      JsonNode want = wanted.get(i);
      String path = "assignments[" + i + "]";
      ParsedAssignment found = find(want, unused);
      if (found == null) {
        differences.put(path, "expected " + normal(text(want.get("body"))) + " (" + text(want.get("role"))
            + ") but no such assignment was read");
        continue;
      }
      unused.remove(found);
      ParsedDeadline deadline = found.deadline();
      boolean ok = same(path + ".deadline", phrase(text(want.get("deadline"))), phrase(deadlinePhrase(deadline)),
          differences);
      ok &= same(path + ".form", text(want.get("form")), formName(deadline), differences);
      ok &= same(path + ".start", text(want.get("start")), string(component(deadline, "start")), differences);
      ok &= same(path + ".lastDay", text(want.get("lastDay")),
          deadline.form() == DeadlineForm.RECURRING ? null : string(deadline.lastDay()), differences);
      exact += ok ? 1 : 0;
      if (!ok) {
        String cause = deadlineCause(want, referenceDate);
        for (String field : List.of(".deadline", ".form", ".start", ".lastDay")) {
          differences.computeIfPresent(path + field, (k, v) -> v + " [" + cause + "]");
        }
      }
    }
    if (complete && !unused.isEmpty()) {
      differences.put("assignments.extra", unused.size() + " read but not in the hand reading: " + unused.stream()
          .map(a -> a.body() + " (" + a.role() + ", line " + a.line() + ")").toList());
    }
    return new int[] {wanted.size(), exact};
  }

  /**
   * Whose miss a deadline difference is: the deadline parser's when it does not read the hand-read phrase alone as
   * the reading says (form, start, last day), else the importer's (it gave the parser other text).
   */
  private static String deadlineCause(JsonNode want, LocalDate referenceDate) {
    String phrase = text(want.get("deadline"));
    if (phrase == null) {
      return "importer";
    }
    ParsedDeadline alone = DEADLINES.parse(phrase, referenceDate);
    boolean read = Objects.equals(phrase(phrase), phrase(deadlinePhrase(alone)))
        && Objects.equals(text(want.get("form")), formName(alone))
        && Objects.equals(text(want.get("start")), string(component(alone, "start")))
        && Objects.equals(text(want.get("lastDay")),
            alone.form() == DeadlineForm.RECURRING ? null : string(alone.lastDay()));
    return read ? "importer" : "deadline parser";
  }

  /** The unused assignment with the body and role, preferring the one whose task starts as the reading says. */
  private static ParsedAssignment find(JsonNode want, List<ParsedAssignment> candidates) {
    String body = normal(text(want.get("body")));
    String role = text(want.get("role"));
    String task = key(text(want.get("taskStartsWith")));
    ParsedAssignment first = null;
    for (ParsedAssignment candidate : candidates) {
      if (!Objects.equals(body, normal(candidate.body())) || !candidate.role().name().equals(role)) {
        continue;
      }
      if (task == null || startsAlike(key(candidate.task()), task)) {
        return candidate;
      }
      first = first == null ? candidate : first;
    }
    return first;
  }

  /** The task read may start with or without the words before the reading's start ("chủ trì, ..."). */
  private static boolean startsAlike(String actual, String wanted) {
    if (actual == null) {
      return false;
    }
    String head = wanted.substring(0, Math.min(wanted.length(), 30));
    return actual.startsWith(head) || actual.contains(head);
  }

  private static String deadlinePhrase(ParsedDeadline deadline) {
    return deadline.form() == DeadlineForm.UNPARSED ? null : deadline.matched();
  }

  /** The reading's NONE is the parser's UNPARSED: nothing read. */
  private static String formName(ParsedDeadline deadline) {
    return deadline.form() == DeadlineForm.UNPARSED ? "NONE" : deadline.form().name();
  }

  /** A record component the deadline parser may not have yet (start comes with RANGE and PHASED). */
  private static Object component(ParsedDeadline deadline, String name) {
    for (RecordComponent component : ParsedDeadline.class.getRecordComponents()) {
      if (component.getName().equals(name)) {
        try {
          return component.getAccessor().invoke(deadline);
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    return null;
  }

  // --- recipients and signature ---------------------------------------------------------------------------------

  private static Boolean recipients(JsonNode expected, ParsedPlanDocument document, boolean excerpt,
                                    Map<String, String> differences) {
    if (expected == null || expected.isNull() && excerpt) {
      return null;
    }
    List<String> want = new ArrayList<>();
    expected.forEach(entry -> want.add(entry(entry.asText())));
    List<String> got = document.recipientsAsWritten().stream().map(CorpusGoldenTest::entry).toList();
    if (!want.equals(got)) {
      differences.put("recipients", "expected [" + String.join(" ‖ ", want) + "] but was [" + String.join(" ‖ ", got)
          + "]");
      return false;
    }
    return true;
  }

  private static Boolean signature(JsonNode expected, Signature actual, boolean excerpt,
                                   Map<String, String> differences) {
    if (expected == null || expected.isNull() && excerpt) {
      return null;
    }
    if (expected.isNull() || actual == null) {
      return same("signature", expected.isNull() ? null : "present", actual == null ? null : "present", differences);
    }
    boolean ok = same("signature.mode", text(expected.get("mode")), actual.mode(), differences);
    ok &= same("signature.onBehalfOf", text(expected.get("onBehalfOf")), actual.onBehalfOf(), differences);
    ok &= same("signature.title", text(expected.get("title")), actual.title(), differences);
    ok &= same("signature.name", text(expected.get("name")), actual.name(), differences);
    return ok;
  }

  // --- comparing ------------------------------------------------------------------------------------------------

  private static boolean same(String path, String expected, String actual, Map<String, String> differences) {
    if (Objects.equals(normal(expected), normal(actual))) {
      return true;
    }
    differences.put(path, "expected <" + normal(expected) + "> but was <" + normal(actual) + ">");
    return false;
  }

  /** NFC, whitespace collapsed, stripped; null stays null. */
  static String normal(String text) {
    return text == null ? null
        : Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("[\\s\\p{Z}]+", " ").strip();
  }

  /** A deadline phrase without the punctuation around it. */
  private static String phrase(String text) {
    String normal = normal(text);
    return normal == null ? null : normal.replaceAll("^[\\s,;:.(]+|[\\s,;:.)]+$", "");
  }

  /** A list entry without the bullet and list punctuation, as {@link ListEntries} cleans it. */
  private static String entry(String text) {
    return normal(ListEntries.clean(normal(text)));
  }

  private static String key(String text) {
    return text == null ? null : normal(text).toLowerCase(Locale.forLanguageTag("vi"));
  }

  private static String text(JsonNode node) {
    return node == null || node.isNull() || node.isMissingNode() ? null : node.asText();
  }

  private static String string(Object value) {
    return value == null ? null : value.toString();
  }

  private static String id(Path json) {
    String name = json.getFileName().toString();
    return name.substring(0, name.length() - ".json".length());
  }

  // --- shares ---------------------------------------------------------------------------------------------------

  @AfterAll
  static void writeShares() throws IOException {
    if (OUTCOMES.isEmpty()) {
      return;
    }
    String report = shares(List.copyOf(OUTCOMES.values()));
    System.out.println(report);
    Files.createDirectories(SHARES.getParent());
    Files.writeString(SHARES, report, StandardCharsets.UTF_8);
    Map<String, Map<String, String>> differences = new LinkedHashMap<>();
    OUTCOMES.values().forEach(o -> differences.put(o.id(), o.differences()));
    JSON.writerWithDefaultPrettyPrinter().writeValue(DIFFERENCES.toFile(), differences);
  }

  static String shares(List<Outcome> outcomes) {
    int documents = outcomes.size();
    long headers = outcomes.stream().filter(Outcome::headerExact).count();
    int expected = outcomes.stream().mapToInt(Outcome::assignmentsExpected).sum();
    int exact = outcomes.stream().mapToInt(Outcome::assignmentsExact).sum();
    List<Outcome> withRecipients = outcomes.stream().filter(o -> o.recipientsExact() != null).toList();
    List<Outcome> withSignature = outcomes.stream().filter(o -> o.signatureExact() != null).toList();
    StringBuilder out = new StringBuilder("# Import corpus: shares read exactly\n\n");
    out.append("| what | read exactly | of | share |\n|---|---:|---:|---:|\n");
    row(out, "documents", documents, documents);
    row(out, "headers (issuer, superior body, kind, kind code, number, date, place, title)", headers, documents);
    row(out, "assignments (body, role, deadline phrase, form, start, last day)", exact, expected);
    row(out, "recipients (lists as written)", withRecipients.stream().filter(Outcome::recipientsExact).count(),
        withRecipients.size());
    row(out, "signatures (mode, on behalf of, title, name)",
        withSignature.stream().filter(Outcome::signatureExact).count(), withSignature.size());
    out.append("\n## By document\n\n| document | layout | header | assignments | recipients | signature |\n")
        .append("|---|---|---|---:|---|---|\n");
    for (Outcome o : outcomes) {
      out.append("| ").append(o.id()).append(" | ").append(String.join(", ", o.layout())).append(" | ")
          .append(o.headerExact() ? "yes" : "no").append(" | ").append(o.assignmentsExact()).append('/')
          .append(o.assignmentsExpected()).append(" | ").append(mark(o.recipientsExact())).append(" | ")
          .append(mark(o.signatureExact())).append(" |\n");
    }
    out.append("\n## Known gaps\n\n");
    boolean any = false;
    for (Outcome o : outcomes) {
      for (Map.Entry<String, String> gap : o.knownGaps().entrySet()) {
        any = true;
        out.append("- ").append(o.id()).append(" `").append(gap.getKey()).append("`: ").append(gap.getValue())
            .append(" — now: ").append(o.differences().getOrDefault(gap.getKey(), "(closed)")).append('\n');
      }
    }
    if (!any) {
      out.append("none\n");
    }
    return out.toString();
  }

  private static void row(StringBuilder out, String what, long exact, long of) {
    out.append("| ").append(what).append(" | ").append(exact).append(" | ").append(of).append(" | ")
        .append(of == 0 ? "–" : String.format(Locale.ROOT, "%.0f%%", 100.0 * exact / of)).append(" |\n");
  }

  private static String mark(Boolean exact) {
    return exact == null ? "–" : exact ? "yes" : "no";
  }
}
