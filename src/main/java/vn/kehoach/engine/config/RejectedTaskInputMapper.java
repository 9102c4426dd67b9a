package vn.kehoach.engine.config;

import vn.kehoach.system.ConflictException;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.exception.NotValidException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;

/**
 * Our task listeners reject a completion that lacks what the model needs (a decision, a comment, a report) with
 * {@link NotValidException}. Camunda wraps exceptions thrown by listeners, so {@code /engine-rest} would answer
 * 500; this mapper finds the rejection inside and answers 400 with its message, and answers 409 to the loser of
 * a race on the same task. Everything else is left to Camunda's own handling.
 */
@Provider
@Priority(1)
public class RejectedTaskInputMapper implements ExceptionMapper<RestException> {

  private final FinishedTaskConflict finished;

  @Context
  private UriInfo uri;

  RejectedTaskInputMapper(FinishedTaskConflict finished) {
    this.finished = finished;
  }

  @Override
  public Response toResponse(RestException exception) {
    Response alreadyDone = finished.answer(uri);
    if (alreadyDone != null) {
      return alreadyDone;
    }
    Throwable rejection = find(exception, NotValidException.class);
    if (rejection != null) {
      return answer(Response.Status.BAD_REQUEST, rejection);
    }
    Throwable changed = find(exception, ConflictException.class);
    if (changed != null) {
      return answer(Response.Status.CONFLICT, changed);
    }
    Throwable conflict = find(exception, OptimisticLockingException.class);
    conflict = conflict != null ? conflict : find(exception, TaskAlreadyClaimedException.class);
    if (conflict != null) {
      return answer(Response.Status.CONFLICT, conflict);
    }
    return ExceptionHandlerHelper.getInstance().getResponse(exception);
  }

  private static Response answer(Response.Status status, Throwable cause) {
    ExceptionDto body = ExceptionHandlerHelper.getInstance().fromException(cause);
    return Response.status(status).entity(body).type(MediaType.APPLICATION_JSON_TYPE).build();
  }

  private static Throwable find(Throwable exception, Class<? extends Throwable> type) {
    for (Throwable cause = exception; cause != null && cause != cause.getCause(); cause = cause.getCause()) {
      if (type.isInstance(cause)) {
        return cause;
      }
    }
    return null;
  }
}
