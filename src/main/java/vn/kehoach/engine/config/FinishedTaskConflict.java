package vn.kehoach.engine.config;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;

/**
 * Two people complete the same task at once: whatever the loser's call ran into (the task gone, its grants
 * already removed, a version conflict), the answer is one 409 that says the task was already completed, by whom
 * and when.
 */
final class FinishedTaskConflict {

  private final HistoryService history;
  private final IdentityService identity;

  FinishedTaskConflict(HistoryService history, IdentityService identity) {
    this.history = history;
    this.identity = identity;
  }

  /** The 409 answer if the request is about a task that has been completed, else null. */
  Response answer(UriInfo uri) {
    String taskId = taskId(uri);
    if (taskId == null) {
      return null;
    }
    HistoricTaskInstance done = finished(taskId);
    if (done == null) {
      return null;
    }
    ExceptionDto body = new ExceptionDto();
    body.setType("TaskAlreadyCompleted");
    body.setMessage("Task " + taskId + " was already completed" + (done.getAssignee() == null ? "" : " by "
        + done.getAssignee()) + " at " + done.getEndTime() + " (công việc đã được hoàn thành)");
    return Response.status(Response.Status.CONFLICT).entity(body).type(MediaType.APPLICATION_JSON_TYPE).build();
  }

  /** Looked up as the system: the caller may not read history, and the task's grants are gone with it. */
  private HistoricTaskInstance finished(String taskId) {
    Authentication caller = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      return history.createHistoricTaskInstanceQuery().taskId(taskId).finished().singleResult();
    } finally {
      if (caller != null) {
        identity.setAuthentication(caller);
      }
    }
  }

  /** The id in /task/{id}/..., or null for other resources. */
  private static String taskId(UriInfo uri) {
    if (uri == null) {
      return null;
    }
    var segments = uri.getPathSegments();
    for (int i = 0; i + 1 < segments.size(); i++) {
      if (segments.get(i).getPath().equals("task")) {
        return segments.get(i + 1).getPath();
      }
    }
    return null;
  }
}
