package vn.kehoach.engine.config;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.camunda.bpm.engine.exception.NotValidException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;

/**
 * Our task listeners reject a completion that lacks what the model needs (a decision, a comment, a report) with
 * {@link NotValidException}. Camunda wraps exceptions thrown by listeners, so {@code /engine-rest} would answer
 * 500; this mapper finds the rejection inside and answers 400 with its message. Everything else is left to
 * Camunda's own handling.
 */
@Provider
@Priority(1)
public class RejectedTaskInputMapper implements ExceptionMapper<RestException> {

  @Override
  public Response toResponse(RestException exception) {
    NotValidException rejection = rejection(exception);
    if (rejection == null) {
      return ExceptionHandlerHelper.getInstance().getResponse(exception);
    }
    ExceptionDto body = ExceptionHandlerHelper.getInstance().fromException(rejection);
    return Response.status(Response.Status.BAD_REQUEST).entity(body).type(MediaType.APPLICATION_JSON_TYPE).build();
  }

  private static NotValidException rejection(Throwable exception) {
    for (Throwable cause = exception; cause != null && cause != cause.getCause(); cause = cause.getCause()) {
      if (cause instanceof NotValidException notValid) {
        return notValid;
      }
    }
    return null;
  }
}
