package vn.kehoach.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.kehoach.assignment.Assignment;
import vn.kehoach.assignment.AssignmentKind;
import vn.kehoach.assignment.AssignmentRole;
import vn.kehoach.cascade.PlanTree;
import vn.kehoach.organisation.Viewer;
import vn.kehoach.plan.Plan;
import vn.kehoach.plan.PlanRequest;
import vn.kehoach.plan.PlanRequest.AssignmentRequest;
import vn.kehoach.plan.PlanService;
import vn.kehoach.plan.PlanState;

/**
 * Scenario 7 (issue 15): a cascade province → cities → wards built through the engine as the application builds it,
 * then the tree endpoint read over HTTP. The province plan gives each city an assignment "xây dựng kế hoạch"
 * (OWN_PLAN); issuing it opens each city's draft, which the city fills with OWN_PLAN assignments to its wards and
 * then drafts, reviews and signs (tasks completed through the TaskService, as {@link PlanDriving} does); each ward's
 * opened draft gets TASK assignments to the ward's units and is signed likewise. With the default sizes (10 × 10,
 * 10 assignments a plan) that is 111 plans and 1,110 assignments; the province's and the cities' 10 assignments are
 * all OWN_PLAN, the wards' all TASK.
 *
 * <p>The demo organisation has one city and one ward, so the scenario writes an organisation file of its own under
 * target/bench (the demo file plus the cities and wards, each an issuer with an office and a signer role) and starts
 * its own application context on a database of its own ({@code app.organisation.file}).
 *
 * <p>The tree {@code GET /api/plans/{id}/tree} of the province plan is then read as its monitoring unit (user
 * {@code congan}, HTTP Basic, as the client sends it) after a warm-up, and the same call in-process
 * ({@link PlanTree#of}) to tell the service's time from the HTTP layer's (authentication, JSON).
 */
final class CascadeBenchmark {

  static final String SCENARIO = "7. cascade";
  static final LocalDate DUE = LocalDate.of(2027, 6, 30);

  private final AppContext app;
  private final Report report;
  private final int cities;
  private final int wards;
  private final int perPlan;

  CascadeBenchmark(AppContext app, Report report, int cities, int wards, int perPlan) {
    this.app = app;
    this.report = report;
    this.cities = cities;
    this.wards = wards;
    this.perPlan = perPlan;
  }

  static String city(int c) {
    return String.format(Locale.ROOT, "bench-thanh-uy-%02d", c);
  }

  static String ward(int c, int w) {
    return String.format(Locale.ROOT, "bench-dang-uy-phuong-%02d-%02d", c, w);
  }

  /** The ward's units that carry out its tasks: its office, police and Fatherland Front. */
  static List<String> wardUnits(int c, int w) {
    String suffix = String.format(Locale.ROOT, "%02d-%02d", c, w);
    return List.of("bench-vp-phuong-" + suffix, "bench-ca-phuong-" + suffix, "bench-mttq-phuong-" + suffix);
  }

  /**
   * The demo organisation with {@code cities} city issuers and {@code wards} ward issuers under each (office, signer
   * role, and for a ward two more units taking tasks), written as YAML into {@code directory}.
   */
  @SuppressWarnings("unchecked")
  static Path organisationFile(Path directory, int cities, int wards) throws IOException {
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
    Map<String, Object> content;
    try (InputStream in = CascadeBenchmark.class.getResourceAsStream("/organisation/demo-organisation.yaml")) {
      content = yaml.readValue(in, LinkedHashMap.class);
    }
    List<Object> units = (List<Object>) content.get("units");
    List<Object> roles = (List<Object>) content.get("roles");
    content.put("name", "DEMO — Tỉnh ủy với " + cities + " thành phố × " + wards + " phường (đo hiệu năng)");
    for (int c = 1; c <= cities; c++) {
      String city = city(c);
      String n = String.format(Locale.ROOT, "%02d", c);
      units.add(issuer(city, "Thành ủy đo hiệu năng " + n, "TU", "bench-vp-thanh-uy-" + n, "bench-pbt-thanh-uy-" + n,
          "2020-09-01", "2025-09-01"));
      units.add(unit("bench-vp-thanh-uy-" + n, "Văn phòng Thành ủy đo hiệu năng " + n, city));
      roles.add(Map.of("id", "bench-pbt-thanh-uy-" + n, "name", "Phó Bí thư Thành ủy đo hiệu năng " + n, "unit", city));
      for (int w = 1; w <= wards; w++) {
        String ward = ward(c, w);
        String nw = String.format(Locale.ROOT, "%02d-%02d", c, w);
        List<String> own = wardUnits(c, w);
        units.add(issuer(ward, "Đảng ủy phường đo hiệu năng " + nw, "ĐU", own.get(0), "bench-pbt-phuong-" + nw,
            "2020-07-01", "2025-07-01"));
        units.add(unit(own.get(0), "Văn phòng Đảng ủy phường đo hiệu năng " + nw, ward));
        units.add(unit(own.get(1), "Chi bộ Công an phường đo hiệu năng " + nw, ward));
        units.add(unit(own.get(2), "Ủy ban MTTQ phường đo hiệu năng " + nw, ward));
        roles.add(Map.of("id", "bench-pbt-phuong-" + nw, "name", "Phó Bí thư Đảng ủy phường đo hiệu năng " + nw,
            "unit", ward));
      }
    }
    Files.createDirectories(directory);
    Path file = directory.resolve("cascade-organisation.yaml");
    yaml.writeValue(file.toFile(), content);
    return file;
  }

  private static Map<String, Object> issuer(String id, String name, String code, String office, String signer,
                                            String... termStarts) {
    Map<String, Object> unit = unit(id, name, null);
    unit.put("issuer", Map.of("kind", "PARTY", "code", code, "office", office, "signerRole", signer,
        "termStarts", List.of(termStarts)));
    return unit;
  }

  private static Map<String, Object> unit(String id, String name, String parent) {
    Map<String, Object> unit = new LinkedHashMap<>();
    unit.put("id", id);
    unit.put("name", name);
    unit.put("shortName", name);
    if (parent != null) {
      unit.put("parent", parent);
    }
    return unit;
  }

  void run(int warmUp, int calls) throws Exception {
    PlanService plans = app.bean(PlanService.class);
    PlanDriving driving = new PlanDriving(app);

    long start = System.nanoTime();
    List<AssignmentRequest> toCities = new ArrayList<>();
    for (int c = 1; c <= cities; c++) {
      toCities.add(ownPlan(city(c), "Xây dựng kế hoạch của thành phố " + c + " thực hiện kế hoạch của tỉnh"));
    }
    fill(toCities, List.of("dang-uy-cong-an-tinh", "ban-tuyen-giao-dan-van", "uy-ban-kiem-tra-tinh-uy"));
    Plan province = driving.issue(new PlanRequest("Kế hoạch đo hiệu năng phân cấp (tỉnh)", "KH", "btv-tinh-uy",
        "dang-uy-cong-an-tinh", "dang-uy-cong-an-tinh", List.of(), toCities, List.of()));
    int issued = 1;
    double provinceSeconds = (System.nanoTime() - start) / 1e9;

    long citiesStart = System.nanoTime();
    List<Plan> cityPlans = new ArrayList<>();
    for (int c = 1; c <= cities; c++) {
      List<AssignmentRequest> toWards = new ArrayList<>();
      for (int w = 1; w <= wards; w++) {
        toWards.add(ownPlan(ward(c, w), "Xây dựng kế hoạch của phường " + c + "-" + w + " thực hiện kế hoạch"));
      }
      fill(toWards, List.of("cong-an-thanh-pho"));
      cityPlans.add(write(driving, plans, child(plans, province, c - 1), city(c), toWards));
      issued++;
    }
    double citiesSeconds = (System.nanoTime() - citiesStart) / 1e9;

    long wardsStart = System.nanoTime();
    for (int c = 1; c <= cities; c++) {
      for (int w = 1; w <= wards; w++) {
        List<AssignmentRequest> tasks = new ArrayList<>();
        fill(tasks, wardUnits(c, w));
        write(driving, plans, child(plans, cityPlans.get(c - 1), w - 1), ward(c, w), tasks);
        issued++;
      }
    }
    double wardsSeconds = (System.nanoTime() - wardsStart) / 1e9;
    double seconds = (System.nanoTime() - start) / 1e9;
    long done = plans.get(province.id()).assignments().stream().filter(Assignment::done).count();
    if (done < cities) {
      throw new IllegalStateException("only " + done + " of the province's " + cities + " city assignments are done");
    }
    int assignments = issued * perPlan;
    System.out.printf(Locale.ROOT, "  cascade: %d plans (%d assignments) issued in %.1f s: province %.2f s, cities "
        + "%.1f s, wards %.1f s%n", issued, assignments, seconds, provinceSeconds, citiesSeconds, wardsSeconds);
    String shape = "1 province × " + cities + " cities × " + wards + " wards, " + perPlan + " assignments a plan ("
        + assignments + " in all), one thread, " + app.database;
    report.single(SCENARIO, "build the tree (" + issued + " plans issued)", "s", seconds, shape);
    report.single(SCENARIO, "plans issued per second", "plans/s", issued / seconds,
        "city and ward plans: draft opened by the engine, edited, drafted, reviewed, signed");
    report.single(SCENARIO, "assignments started per second", "assignments/s", assignments / seconds, null);

    app.analyze();
    tree(province.id(), issued, warmUp, calls);
  }

  private void tree(long provinceId, int plansInTree, int warmUp, int calls) throws Exception {
    String port = app.context.getEnvironment().getProperty("local.server.port");
    HttpClient client = HttpClient.newHttpClient();
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/plans/" + provinceId
            + "/tree")).header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
            "congan:demo".getBytes(StandardCharsets.UTF_8))).GET().build();
    HttpResponse<String> first = client.send(request, HttpResponse.BodyHandlers.ofString());
    if (first.statusCode() != 200) {
      throw new IllegalStateException("tree: HTTP " + first.statusCode() + " " + first.body());
    }
    int nodes = nodes(new ObjectMapper().readTree(first.body()).get("plan"));
    if (nodes != plansInTree) {
      throw new IllegalStateException("the tree shows " + nodes + " plans, not " + plansInTree);
    }
    for (int i = 0; i < warmUp; i++) {
      client.send(request, HttpResponse.BodyHandlers.discarding());
    }
    double[] http = new double[calls];
    for (int i = 0; i < calls; i++) {
      long t = System.nanoTime();
      HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
      http[i] = (System.nanoTime() - t) / 1e6;
      if (response.statusCode() != 200) {
        throw new IllegalStateException("tree: HTTP " + response.statusCode());
      }
    }
    // the floor of any call: authentication (HTTP Basic, the password checked by the engine's identity service),
    // dispatch, one statement and a small answer
    HttpRequest missing = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/plans/"
        + (provinceId + 1_000_000) + "/tree")).header("Authorization", request.headers().firstValue("Authorization")
        .orElseThrow()).GET().build();
    for (int i = 0; i < warmUp; i++) {
      client.send(missing, HttpResponse.BodyHandlers.discarding());
    }
    double[] floor = new double[calls];
    for (int i = 0; i < calls; i++) {
      long t = System.nanoTime();
      HttpResponse<String> response = client.send(missing, HttpResponse.BodyHandlers.ofString());
      floor[i] = (System.nanoTime() - t) / 1e6;
      if (response.statusCode() != 404) {
        throw new IllegalStateException("missing tree: HTTP " + response.statusCode());
      }
    }
    PlanTree tree = app.bean(PlanTree.class);
    PgStatements statements = new PgStatements(app.bean(javax.sql.DataSource.class));
    statements.reset();
    Viewer monitor = new Viewer("congan", Set.of("dang-uy-cong-an-tinh"), false);
    for (int i = 0; i < warmUp; i++) {
      tree.of(provinceId, monitor);
    }
    double[] service = new double[calls];
    for (int i = 0; i < calls; i++) {
      long t = System.nanoTime();
      tree.of(provinceId, monitor);
      service[i] = (System.nanoTime() - t) / 1e6;
    }
    statements.report(report, SCENARIO + ", PlanTree.of in-process (" + (warmUp + calls) + " calls)", 8);
    String note = calls + " calls after " + warmUp + " warm-up, " + plansInTree + " plans in the tree, "
        + first.body().length() / 1024 + " KiB of JSON; target 100 ms";
    Map<String, String> notes = Map.of("HTTP floor: GET /api/plans/{missing}/tree, 404", calls + " calls after "
        + warmUp + " warm-up, same user and client: authentication, one statement, a 404 answer");
    for (Map.Entry<String, double[]> entry : Map.of("GET /api/plans/{id}/tree over HTTP", http,
        "PlanTree.of in-process", service, "HTTP floor: GET /api/plans/{missing}/tree, 404", floor).entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
      double[] ms = entry.getValue();
      report.single(SCENARIO, entry.getKey() + ", p50", "ms", Rounds.percentile(ms, 50),
          notes.getOrDefault(entry.getKey(), note));
      report.single(SCENARIO, entry.getKey() + ", p95", "ms", Rounds.percentile(ms, 95), null);
      report.single(SCENARIO, entry.getKey() + ", max", "ms", Rounds.percentile(ms, 100), null);
    }
  }

  private static int nodes(JsonNode node) {
    int n = 1;
    for (JsonNode child : node.get("children")) {
      n += nodes(child);
    }
    return n;
  }

  /** The draft the engine opened for the parent's assignment at {@code position}. */
  private static Plan child(PlanService plans, Plan parent, int position) {
    Long id = plans.get(parent.id()).assignments().get(position).childPlanId();
    if (id == null) {
      throw new IllegalStateException("assignment " + position + " of plan " + parent.id() + " opened no plan");
    }
    return plans.get(id);
  }

  /** The unit writes its opened draft (its own assignments instead of the one prefilled), then it is signed. */
  private static Plan write(PlanDriving driving, PlanService plans, Plan draft, String unit,
                            List<AssignmentRequest> assignments) {
    if (draft.state() != PlanState.DRAFTING || !draft.issuer().equals(unit)) {
      throw new IllegalStateException("plan " + draft.id() + " is " + draft.state() + " of " + draft.issuer());
    }
    Viewer drafter = new Viewer("bench-" + unit, Set.of(unit), false);
    Plan edited = plans.edit(draft.id(), new PlanRequest(draft.title(), "KH", unit, unit, unit,
        draft.implementsDocuments(), assignments, List.of()), "*", drafter);
    Plan signed = driving.sign(edited);
    if (signed.number() == null) {
      throw new IllegalStateException("plan " + signed.id() + " of " + unit + " not issued: " + signed.state());
    }
    return signed;
  }

  private static AssignmentRequest ownPlan(String unit, String task) {
    return new AssignmentRequest(unit, AssignmentRole.LEAD, task, DUE.toString(), DUE.toString(),
        AssignmentKind.OWN_PLAN);
  }

  /** TASK assignments to these units in turn, up to the plan's size. */
  private void fill(List<AssignmentRequest> assignments, List<String> units) {
    for (int i = 0; assignments.size() < perPlan; i++) {
      assignments.add(new AssignmentRequest(units.get(i % units.size()), AssignmentRole.LEAD,
          "Nhiệm vụ " + (assignments.size() + 1) + " của kế hoạch đo hiệu năng", DUE.toString(), DUE.toString()));
    }
  }
}
