package fr.aiguillage.infra;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A body that Liberty could not read before any resource saw it. */
@Provider
public class ProcessingExceptionMapper implements ExceptionMapper<ProcessingException> {
  @Override
  public Response toResponse(ProcessingException e) {
    return WebExceptionMapper.unreadableBody(e);
  }
}
