package vn.kehoach.importing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.kehoach.plan.PlanRequest;
import vn.kehoach.plan.PlanRequest.AssignmentRequest;
import vn.kehoach.plan.PlanRequest.RecipientRequest;

/**
 * Each seed document against its expected result, written by hand from the document
 * ({@code import/seed-00N.expected.json}), field by field. A field the importer still gets wrong is listed in the
 * file's {@code knownGaps}: the test reports it and checks it is still a gap, so that closing one means updating the
 * file.
 */
class SeedGoldenTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final PlanImporter importer = ImportFixtures.importer();

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(strings = {"000", "001", "002", "003", "004"})
  void importsTheSeedAsWrittenByHand(String seed, TestReporter reporter) throws IOException {
    JsonNode expected = JSON.readTree(ImportFixtures.resource("/import/seed-" + seed + ".expected.json"));
    ImportResult result = importer.importText(ImportFixtures.seed(expected.get("seed").asText()),
        LocalDate.parse(expected.get("referenceDateIfUnknown").asText()));

    GoldenComparison compare = new GoldenComparison();
    header(compare, expected.get("header"), result);
    document(compare, expected, result.document());
    plan(compare, expected.get("plan"), result);
    warningCodes(compare, expected.get("warningCodes"), result);

    Map<String, String> gaps = new LinkedHashMap<>();
    expected.get("knownGaps").forEach(gap -> gaps.put(gap.get("path").asText(), gap.get("note").asText()));
    Map<String, String> unexpected = new LinkedHashMap<>(compare.differences());
    unexpected.keySet().removeAll(gaps.keySet());
    gaps.forEach((path, note) -> {
      String report = "seed " + seed + " known gap " + path + ": " + note + " — now: "
          + compare.differences().get(path);
      reporter.publishEntry("known gap", report);
      System.out.println(report); // surefire keeps it in target/surefire-reports/*-output.txt
    });

    assertThat(unexpected).as("seed %s: differences from the expected result (path → difference)", seed).isEmpty();
    assertThat(compare.differences().keySet())
        .as("seed %s: a known gap that no longer differs is closed: remove it from knownGaps", seed)
        .containsAll(gaps.keySet());
  }

  private static void header(GoldenComparison compare, JsonNode expected, ImportResult result) {
    DocumentHeader header = result.document().header();
    DocumentNumberText number = header.number();
    DocumentDateText date = header.date();
    compare.value("header.issuingBody", expected.get("issuingBody"), header.issuingBody());
    compare.value("header.issuingBodySource", expected.get("issuingBodySource"), header.issuingBodySource());
    compare.value("header.superiorBody", expected.get("superiorBody"), header.superiorBody());
    compare.value("header.numberAsWritten", expected.get("numberAsWritten"),
        number == null ? null : number.asWritten());
    compare.value("header.number", expected.get("number"), number == null ? null : number.number());
    compare.value("header.numberType", expected.get("numberType"), number == null ? null : number.type());
    compare.value("header.issuerCode", expected.get("issuerCode"), number == null ? null : number.issuerCode());
    compare.value("header.date", expected.get("date"), date == null ? null : date.date());
    compare.value("header.dateMonth", expected.get("dateMonth"), date == null ? null : date.month());
    compare.value("header.dateYear", expected.get("dateYear"), date == null ? null : date.year());
    compare.value("header.kind", expected.get("kind"), header.kind());
    compare.value("header.referenceDate", expected.get("referenceDate"), result.referenceDate());
  }

  private static void document(GoldenComparison compare, JsonNode expected, ParsedPlanDocument document) {
    compare.list("sections", texts(expected.get("sections")),
        document.sections().stream().map(s -> s.numeral() + " " + s.heading()).toList());
    compare.list("addressees", texts(expected.get("addressees")),
        document.addressees().stream().map(BodyMention::name).toList());
    compare.list("genericBodies", texts(expected.get("genericBodies")),
        document.genericBodies().stream().map(BodyMention::name).toList());
    compare.value("monitoringBody", expected.get("monitoringBody"),
        document.monitoringBody() == null ? null : document.monitoringBody().name());

    JsonNode signature = expected.get("signature");
    Signature actual = document.signature();
    if (signature.isNull() || actual == null) {
      compare.value("signature", signature.isNull() ? signature : JSON.valueToTree("present"),
          actual == null ? null : "present");
    } else {
      compare.value("signature.mode", signature.get("mode"), actual.mode());
      compare.value("signature.onBehalfOf", signature.get("onBehalfOf"), actual.onBehalfOf());
      compare.value("signature.title", signature.get("title"), actual.title());
      compare.value("signature.name", signature.get("name"), actual.name());
    }

    String allText = document.paragraphs().stream().map(Paragraph::text).collect(Collectors.joining("\n"));
    compare.contains("paragraphs", expected.get("paragraphsContain"), allText);
    if (expected.has("paragraphsLack")) {
      expected.get("paragraphsLack").forEach(text -> {
        if (allText.contains(text.asText())) {
          compare.differences().put("paragraphs", "should not contain <" + text.asText() + ">");
        }
      });
    }
  }

  private static void plan(GoldenComparison compare, JsonNode expected, ImportResult result) {
    PlanRequest plan = result.plan();
    compare.value("plan.title", expected.get("title"), plan.title());
    compare.value("plan.type", expected.get("type"), plan.type());
    compare.value("plan.issuer", expected.get("issuer"), plan.issuer());
    compare.value("plan.monitoringUnit", expected.get("monitoringUnit"), plan.monitoringUnit());

    JsonNode documents = expected.get("implements");
    compare.size("plan.implements", documents, plan.implementsDocuments());
    List<CitedDocument> cited = result.document().implementedDocuments();
    for (int i = 0; i < Math.min(documents.size(), plan.implementsDocuments().size()); i++) {
      String path = "plan.implements[" + i + "]";
      JsonNode want = documents.get(i);
      compare.value(path + ".number", want.get("number"), plan.implementsDocuments().get(i).number());
      compare.value(path + ".date", want.get("date"), plan.implementsDocuments().get(i).date());
      compare.value(path + ".issuer", want.get("issuer"), plan.implementsDocuments().get(i).issuer());
      compare.value(path + ".kindCode", want.get("kindCode"), cited.get(i).kindCode());
      compare.value(path + ".kindName", want.get("kindName"), cited.get(i).kindName());
    }

    JsonNode assignments = expected.get("assignments");
    compare.size("plan.assignments", assignments, plan.assignments());
    for (int i = 0; i < Math.min(assignments.size(), plan.assignments().size()); i++) {
      String path = "plan.assignments[" + i + "]";
      JsonNode want = assignments.get(i);
      AssignmentRequest assignment = plan.assignments().get(i);
      ParsedAssignment parsed = result.document().assignments().get(i);
      compare.value(path + ".body", want.get("body"), parsed.body());
      compare.value(path + ".unit", want.get("unit"), assignment.unit());
      compare.value(path + ".match", want.get("match"), result.assignmentMatches().get(i).method());
      compare.value(path + ".role", want.get("role"), assignment.role());
      compare.startsWith(path + ".task", want.get("taskStartsWith"), assignment.task());
      compare.contains(path + ".task", want.get("taskContains"), assignment.task());
      compare.value(path + ".deadline", want.get("deadline"), assignment.deadline());
      compare.value(path + ".dueDate", JSON.nullNode(), assignment.dueDate());
      compare.value(path + ".deadlineForm", want.get("deadlineForm"), parsed.deadline().form());
      compare.value(path + ".deadlineLastDay", want.get("deadlineLastDay"), parsed.deadline().lastDay());
    }

    compare.byName("plan.recipients", expected.get("recipients"), plan.recipients(), RecipientRequest::name,
        (path, want, recipient) -> {
          compare.value(path + ".unit", want.get("unit"), recipient.unit());
          compare.value(path + ".purpose", want.get("purpose"), recipient.purpose());
        });
  }

  /** The distinct warning codes, exactly. */
  private static void warningCodes(GoldenComparison compare, JsonNode expected, ImportResult result) {
    Set<String> actual = result.warnings().stream().map(w -> w.code().name())
        .collect(Collectors.toCollection(TreeSet::new));
    compare.list("warningCodes", List.copyOf(new TreeSet<>(texts(expected))), List.copyOf(actual));
  }

  private static List<String> texts(JsonNode array) {
    return array == null || array.isMissingNode() ? List.of()
        : java.util.stream.StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
  }
}
