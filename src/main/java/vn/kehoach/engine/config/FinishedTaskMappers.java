package vn.kehoach.engine.config;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;

/**
 * The loser of a race on a task can run into many things inside the engine: the task's grants already removed
 * (403), or an engine error from a process instance changing under it (500). When the task has in fact been
 * completed, the answer is the one 409 of {@link FinishedTaskConflict}; otherwise Camunda's own answer.
 */
final class FinishedTaskMappers {

  private FinishedTaskMappers() {}

  @Priority(1)
  static final class ForAuthorization implements ExceptionMapper<AuthorizationException> {
    private final FinishedTaskConflict finished;
    @Context
    private UriInfo uri;

    ForAuthorization(FinishedTaskConflict finished) {
      this.finished = finished;
    }

    @Override
    public Response toResponse(AuthorizationException exception) {
      Response alreadyDone = finished.answer(uri);
      return alreadyDone != null ? alreadyDone : ExceptionHandlerHelper.getInstance().getResponse(exception);
    }
  }

  @Priority(1)
  static final class ForUnexpected implements ExceptionMapper<RuntimeException> {
    private final FinishedTaskConflict finished;
    @Context
    private UriInfo uri;

    ForUnexpected(FinishedTaskConflict finished) {
      this.finished = finished;
    }

    @Override
    public Response toResponse(RuntimeException exception) {
      Response alreadyDone = finished.answer(uri);
      return alreadyDone != null ? alreadyDone : ExceptionHandlerHelper.getInstance().getResponse(exception);
    }
  }
}
