package vn.kehoach.cascade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.kehoach.assignment.Assignment;
import vn.kehoach.assignment.AssignmentKind;
import vn.kehoach.assignment.AssignmentRole;
import vn.kehoach.assignment.AssignmentStatus;
import vn.kehoach.engine.assignment.AssignmentProcess;
import vn.kehoach.engine.lifecycle.PlanLifecycleProcess.Elements;
import vn.kehoach.organisation.Viewer;
import vn.kehoach.plan.ImplementedDocument;
import vn.kehoach.plan.IssuedPlanRequest;
import vn.kehoach.plan.Plan;
import vn.kehoach.plan.PlanRequest;
import vn.kehoach.plan.PlanRequest.AssignmentRequest;
import vn.kehoach.plan.PlanService;
import vn.kehoach.plan.PlanState;
import vn.kehoach.support.ProcessTest;
import vn.kehoach.support.Workflow;

/**
 * Issue 15: a three-level cascade, province → city → ward, built through the API and the engine. The tasks are
 * sentences of the seeds: the province's to its Party committees (seed 000, Kế hoạch thực hiện Chỉ thị 02-CT/TW,
 * "Tổ chức thực hiện" 1 and 5), the ward's to its People's Committee (seed 001, "Tổ chức thực hiện" 1). The engine
 * clock moves; nothing sleeps.
 */
@ProcessTest
class CascadeTest {

  static final String PARTY_COMMITTEES_TASK = "Tổ chức quán triệt, triển khai thực hiện nghiêm túc Chỉ thị số "
      + "02-CT/TW của Ban Bí thư và Kế hoạch của Ban Thường vụ Tỉnh ủy.";
  static final String POLICE_TASK = "Đảng ủy Công an tỉnh chủ trì, phối hợp các cơ quan liên quan tham mưu Ban Thường "
      + "vụ Tỉnh ủy theo dõi, hướng dẫn, đôn đốc các cấp ủy, tổ chức đảng triển khai thực hiện Chỉ thị số 02-CT/TW và "
      + "Kế hoạch này.";
  static final String WARD_TASK = "Xây dựng kế hoạch và tổ chức triển khai thực hiện xong trong tháng 4/2024.";

  @Autowired TestRestTemplate rest;
  @Autowired ObjectMapper json;
  @Autowired Workflow workflow;
  @Autowired PlanService plans;
  @Autowired HistoryService historyService;
  @Autowired RuntimeService runtime;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void aProvincePlanCascadesToTheCityAndTheWardWithStatusRolledUp() throws Exception {
    clock("2024-04-01T09:00:00+07:00");
    Plan province = workflow.issued(new PlanRequest("Kế hoạch thực hiện Chỉ thị số 02-CT/TW (cascade)", "KH",
        "btv-tinh-uy", "dang-uy-cong-an-tinh", "dang-uy-cong-an-tinh", List.of(), List.of(
            new AssignmentRequest("thanh-uy", AssignmentRole.LEAD, PARTY_COMMITTEES_TASK, "trong tháng 4/2024", null,
                AssignmentKind.OWN_PLAN),
            new AssignmentRequest("dang-uy-cong-an-tinh", AssignmentRole.LEAD, POLICE_TASK, "trong quý II/2024",
                null)), List.of()));
    Assignment cityAssignment = province.assignments().get(0);
    Plan city = plans.get(plans.get(province.id()).assignments().get(0).childPlanId());
    assertThat(city.state()).isEqualTo(PlanState.DRAFTING);
    assertThat(city.issuer()).isEqualTo("thanh-uy");
    assertThat(city.drafter()).as("the city drafts its own plan").isEqualTo("thanh-uy");
    assertThat(city.implementsDocuments()).singleElement()
        .satisfies(d -> assertThat(d.planId()).isEqualTo(province.id()))
        .satisfies(d -> assertThat(d.number()).isEqualTo(province.number().text()));
    assertThat(workflow.task(city, Elements.DRAFT).getName()).contains("Thành ủy");

    // a unit that cannot number documents cannot be asked for a plan of its own
    JsonNode draft = get("thanhuy", "/api/plans/" + city.id());
    ResponseEntity<String> refused = put("thanhuy", city, draft.get("version").asInt(), List.of(Map.of(
        "unit", "cong-an-thanh-pho", "task", POLICE_TASK, "deadline", "trong tháng 5/2024", "kind", "OWN_PLAN")));
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains("không ban hành văn bản", "cong-an-thanh-pho");

    // the city writes its plan: the ward issues its own, the city police carry out a task
    ResponseEntity<String> edited = put("thanhuy", city, draft.get("version").asInt(), List.of(
        Map.of("unit", "dang-uy-phuong", "task", WARD_TASK, "deadline", "trong tháng 5/2024", "kind", "OWN_PLAN"),
        Map.of("unit", "cong-an-thanh-pho", "task", POLICE_TASK, "deadline", "trong quý II/2024")));
    assertThat(edited.getStatusCode()).as(edited.getBody()).isEqualTo(HttpStatus.OK);

    // the province's deadline passes before the city signs: the city's assignment escalates
    clock("2024-05-06T09:00:00+07:00");
    workflow.fireDueTimers(province);
    assertThat(assignment(province, 0).escalatedAt()).isNotNull();
    assertThat(assignment(province, 0).status(now())).isEqualTo(AssignmentStatus.IN_PROGRESS_OVERDUE);
    city = sign(city);
    assertThat(city.number().issuedOn()).isEqualTo(LocalDate.of(2024, 5, 6));
    assertThat(assignment(province, 0).status(now())).as("issued after 30/04").isEqualTo(AssignmentStatus.DONE_LATE);
    assertThat(assignment(province, 0).report()).contains(city.number().text());
    assertThat(historyService.createHistoricActivityInstanceQuery().activityId(AssignmentProcess.Elements.WAIT_FOR_OWN_PLAN)
        .finished().count()).as("the province's assignment stopped waiting").isGreaterThanOrEqualTo(1);
    assertThat(workflow.tasks(province, AssignmentProcess.Elements.URGE)).as("no urging once done").isEmpty();

    // the ward's first draft is refused at signature: the city's assignment stays open and escalates
    Plan ward = plans.get(assignment(city, 0).childPlanId());
    assertThat(ward.issuer()).isEqualTo("dang-uy-phuong");
    workflow.complete(ward, Elements.DRAFT, Map.of("draftReady", true));
    workflow.decide(ward, Elements.REVIEW, "APPROVE", null);
    workflow.decide(ward, Elements.SIGN, "REJECT", "Chưa cụ thể hóa nhiệm vụ cho các chi bộ");
    assertThat(plans.get(ward.id()).state()).isEqualTo(PlanState.REJECTED);
    clock("2024-06-03T09:00:00+07:00");
    workflow.fireDueTimers(city);
    assertThat(assignment(city, 0).done()).isFalse();
    assertThat(assignment(city, 0).status(now())).isEqualTo(AssignmentStatus.IN_PROGRESS_OVERDUE);
    assertThat(assignment(city, 0).escalatedAt()).as("escalated to the city's monitoring unit").isNotNull();

    // nobody but the system ends the wait: a message sent through the engine anyway rolls back (units cannot send
    // one at all: JobOperationsTest)
    long waiting = assignment(city, 0).id();
    assertThatThrownBy(() -> runtime.createMessageCorrelation(AssignmentProcess.OWN_PLAN_ISSUED_MESSAGE)
        .processInstanceVariableEquals("assignmentId", waiting).correlateAll())
        .hasMessageContaining("waits for the unit's own plan");
    assertThat(assignment(city, 0).done()).isFalse();

    // the ward's office drafts a new plan citing the city's: it takes the rejected one's place
    ResponseEntity<String> created = rest.withBasicAuth("vpphuong", "demo").postForEntity("/api/plans", Map.of(
        "title", "Kế hoạch thực hiện Kế hoạch số " + city.number().text() + " của Thành ủy",
        "issuer", "dang-uy-phuong", "drafter", "van-phong-dang-uy-phuong", "monitoringUnit", "chi-bo-cong-an-phuong",
        "implements", List.of(Map.of("number", city.number().text(), "date", city.number().issuedOn().toString())),
        "assignments", List.of(Map.of("unit", "ubnd-phuong", "task", WARD_TASK, "deadline", "trong tháng 6/2024"),
            Map.of("unit", "cac-chi-bo-truc-thuoc", "task", PARTY_COMMITTEES_TASK, "deadline", "thường xuyên"))),
        String.class);
    assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
    Plan secondWard = plans.get(json.readTree(created.getBody()).get("id").asLong());
    assertThat(assignment(city, 0).childPlanId()).isEqualTo(secondWard.id());
    clock("2024-06-04T09:00:00+07:00");
    secondWard = sign(secondWard);
    assertThat(assignment(city, 0).status(now())).isEqualTo(AssignmentStatus.DONE_LATE);

    // the tree, as the province's monitoring unit sees it
    JsonNode tree = get("congan", "/api/plans/" + province.id() + "/tree");
    JsonNode top = tree.get("plan");
    assertThat(tree.get("ancestors")).isEmpty();
    assertThat(counts(top.get("counts"))).isEqualTo(Map.of("DONE_LATE", 1, "IN_PROGRESS_ON_TIME", 1));
    assertThat(top.get("cascade").get("assignments").asInt()).isEqualTo(1);
    assertThat(top.get("cascade").get("issuedLate").asInt()).isEqualTo(1);
    JsonNode cityNode = top.get("children").get(0);
    assertThat(cityNode.get("header").get("number").asText()).isEqualTo(city.number().text());
    assertThat(counts(cityNode.get("counts"))).isEqualTo(Map.of("DONE_LATE", 1, "IN_PROGRESS_ON_TIME", 1));
    assertThat(cityNode.get("children")).extracting(n -> n.get("header").get("state").asText())
        .containsExactly("REJECTED", "IN_EXECUTION");
    JsonNode wardNode = cityNode.get("children").get(1);
    assertThat(counts(wardNode.get("counts"))).isEqualTo(Map.of("IN_PROGRESS_ON_TIME", 1, "ONGOING", 1));
    assertThat(counts(cityNode.get("rolledUp")))
        .isEqualTo(Map.of("DONE_LATE", 1, "IN_PROGRESS_ON_TIME", 2, "ONGOING", 1));
    assertThat(counts(top.get("rolledUp"))).isEqualTo(Map.of("DONE_LATE", 2, "IN_PROGRESS_ON_TIME", 3, "ONGOING", 1));

    // a unit sees its own branch and the headers above it; outside the branch the tree does not exist
    JsonNode fromWard = get("ubndphuong", "/api/plans/" + secondWard.id() + "/tree");
    assertThat(fromWard.get("ancestors")).extracting(h -> h.get("id").asLong())
        .containsExactly(province.id(), city.id());
    assertThat(fromWard.get("ancestors").get(0).has("counts")).isFalse();
    assertThat(status("ubndphuong", "/api/plans/" + province.id() + "/tree")).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(status("kiemtra", "/api/plans/" + city.id() + "/tree")).isEqualTo(HttpStatus.NOT_FOUND);
    JsonNode fromCity = get("thanhuy", "/api/plans/" + province.id() + "/tree");
    assertThat(fromCity.get("plan").get("children")).hasSize(1);

    // the province's consolidated report lists the city's plan with the statuses rolled up below it
    workflow.workTasks(province).forEach(task -> workflow.report(task, "Đã hướng dẫn, đôn đốc"));
    String unitReports = (String) workflow.variable(plans.get(province.id()).processInstanceId(), "unitReports");
    assertThat(unitReports).contains("Kế hoạch thực hiện của các đơn vị:", "- Thành ủy Bắc Giang: Kế hoạch số "
        + city.number().text() + " ngày 06/05/2024 (" + PlanState.IN_EXECUTION.label() + "): 2 đang thực hiện trong hạn, "
        + "1 hoàn thành quá hạn, 1 thường xuyên");
  }

  /**
   * Plans are often taken in out of order: the city's plan (issued on paper on 20/04) is in the system before the
   * province's plan it carries out. When the province's plan is taken in, the city's becomes its child, the city's
   * assignment is done on the day the city issued its plan, on time, and no draft is opened for it.
   */
  @Test
  void aParentTakenInAfterItsChildFindsItsAssignmentDoneOnTheChildsDate() throws Exception {
    clock("2024-05-10T09:00:00+07:00");
    Plan city = plans.trackIssued(new IssuedPlanRequest(new PlanRequest("Kế hoạch thực hiện Kế hoạch số 914-KH/TU "
        + "(thử nghiệm)", "KH", "thanh-uy", null, null, List.of(new ImplementedDocument("914-KH/TU",
        LocalDate.of(2024, 4, 2), "Ban Thường vụ Tỉnh ủy", null)), List.of(new AssignmentRequest("cong-an-thanh-pho",
        AssignmentRole.LEAD, POLICE_TASK, "trong quý II/2024", null)), List.of()), "915-KH/TU",
        LocalDate.of(2024, 4, 20), null, "van-phong-thanh-uy"), Viewer.SYSTEM);
    assertThat(city.implementsDocuments().get(0).planId()).as("its parent is not in the system yet").isNull();

    Plan province = plans.trackIssued(new IssuedPlanRequest(new PlanRequest("Kế hoạch số 914-KH/TU (thử nghiệm)",
        "KH", "btv-tinh-uy", null, "dang-uy-cong-an-tinh", List.of(), List.of(new AssignmentRequest("thanh-uy",
        AssignmentRole.LEAD, PARTY_COMMITTEES_TASK, "trong tháng 4/2024", null, AssignmentKind.OWN_PLAN)),
        List.of()), "914-KH/TU", LocalDate.of(2024, 4, 2), null, "van-phong-tinh-uy"), Viewer.SYSTEM);

    assertThat(plans.get(city.id()).implementsDocuments().get(0).planId()).isEqualTo(province.id());
    Assignment done = assignment(province, 0);
    assertThat(done.childPlanId()).isEqualTo(city.id());
    assertThat(done.status(now())).as("issued 20/04, due 30/04").isEqualTo(AssignmentStatus.DONE_ON_TIME);
    assertThat(workflow.tasks(province, AssignmentProcess.Elements.URGE)).isEmpty();
    assertThat(plans.list(new vn.kehoach.plan.PlanFilter("thanh-uy", null, null, null, null), 100, Viewer.SYSTEM))
        .as("no draft opened for the city").noneMatch(p -> p.state() == PlanState.DRAFTING
            && p.title().contains("914-KH/TU"));
    JsonNode tree = get("congan", "/api/plans/" + province.id() + "/tree");
    assertThat(tree.get("plan").get("children")).extracting(n -> n.get("header").get("id").asLong())
        .containsExactly(city.id());
    assertThat(tree.get("plan").get("cascade").get("issuedOnTime").asInt()).isEqualTo(1);
  }

  private Plan sign(Plan plan) {
    if (!workflow.tasks(plan, Elements.DRAFT).isEmpty()) {
      workflow.complete(plan, Elements.DRAFT, Map.of("draftReady", true));
    }
    workflow.decide(plan, Elements.REVIEW, "APPROVE", null);
    workflow.decide(plan, Elements.SIGN, "APPROVE", null);
    Plan issued = plans.get(plan.id());
    assertThat(issued.number()).as("plan %s issued", plan.id()).isNotNull();
    return issued;
  }

  private Assignment assignment(Plan plan, int position) {
    return plans.get(plan.id()).assignments().get(position);
  }

  private static Map<String, Integer> counts(JsonNode counts) {
    Map<String, Integer> nonZero = new java.util.TreeMap<>();
    counts.fields().forEachRemaining(e -> {
      if (e.getValue().asInt() != 0) {
        nonZero.put(e.getKey(), e.getValue().asInt());
      }
    });
    return nonZero;
  }

  private JsonNode get(String user, String uri) throws Exception {
    ResponseEntity<String> response = rest.withBasicAuth(user, "demo").getForEntity(uri, String.class);
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    return json.readTree(response.getBody());
  }

  private HttpStatus status(String user, String uri) {
    return HttpStatus.valueOf(rest.withBasicAuth(user, "demo").getForEntity(uri, String.class).getStatusCode().value());
  }

  private ResponseEntity<String> put(String user, Plan plan, int version, List<Map<String, String>> assignments) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.setIfMatch("\"" + version + "\"");
    Map<String, Object> body = Map.of("title", plan.title(), "issuer", plan.issuer(), "drafter", plan.drafter(),
        "monitoringUnit", plan.monitoringUnit(), "implements", List.of(Map.of("number",
            plan.implementsDocuments().get(0).number(), "date", plan.implementsDocuments().get(0).date().toString())),
        "assignments", assignments);
    return rest.withBasicAuth(user, "demo").exchange("/api/plans/" + plan.id(), HttpMethod.PUT,
        new HttpEntity<>(body, headers), String.class);
  }

  private static java.time.Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  private static void clock(String at) {
    ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse(at).toInstant()));
  }
}
