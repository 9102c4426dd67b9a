package vn.kehoach.cascade;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.kehoach.organisation.Viewer;

@RestController
public class PlanTreeController {

  private final PlanTree tree;

  public PlanTreeController(PlanTree tree) {
    this.tree = tree;
  }

  /** The cascade around a plan: headers of the plans it carries out, and the plans carrying it out. */
  @GetMapping("/api/plans/{id}/tree")
  public PlanTreeView tree(@PathVariable long id, Viewer viewer) {
    return tree.of(id, viewer);
  }
}
