package vn.kehoach.plan;

import vn.kehoach.system.NotFoundException;

/** No plan (or assignment of a plan) with that id. */
public class PlanNotFoundException extends NotFoundException {

  public PlanNotFoundException(long id) {
    super("Không tìm thấy kế hoạch " + id + " (plan " + id + " not found)");
  }

  public PlanNotFoundException(String message) {
    super(message);
  }
}
