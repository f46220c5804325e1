package fr.aiguillage.infra;

import fr.aiguillage.identity.IdentityProviderException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

@Provider
public class IdentityProviderExceptionMapper implements ExceptionMapper<IdentityProviderException> {
  @Override
  public Response toResponse(IdentityProviderException e) {
    return Problem.response(
        502,
        "Service d'identité indisponible",
        e.getMessage() + " Rien n'a été enregistré : vous pouvez relancer la demande.");
  }
}
